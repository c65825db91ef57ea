// Input that other people's files and scripts bring: amounts with commas in the wrong place, a CSV
// quote left open, spreadsheets that declare two billion rows or inflate without end, JSON with the
// same key twice or numbers a double cannot hold. Each is refused with the field or line named, before
// anything large is allocated. Written from the formats' rules (RFC 4180, ECMA-376, RFC 8259), not
// from Taxbox's own writers.

#include "base/StrictJson.h"
#include "money/Money.h"
#include "payroll/Payroll.h"
#include "payroll/Spreadsheet.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <zlib.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::payroll;

namespace {

const QString kZhang = u"11010519491231002X"_s;
const QString kLi = u"440524188001010014"_s;
const QString kWang = u"110101199003070011"_s;

/// An XLSX package with `sheet` as its first worksheet, compressed (so a bomb stays small on disk).
void writeXlsx(const QString &path, const QByteArray &sheet, const QByteArray &sharedStrings = {})
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    QList<std::pair<QString, QByteArray>> parts{{u"xl/worksheets/sheet1.xml"_s, sheet}};
    if (!sharedStrings.isEmpty())
        parts.append({u"xl/sharedStrings.xml"_s, sharedStrings});
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
    }
    zip.close();
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + rows + "</sheetData></worksheet>";
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void payrollAmountsFollowMoneysOwnRule();
    void anUnterminatedQuoteIsRefusedNamingItsLine();
    void csvLimitsAreCheckedBeforeReading();
    void xlsxDeclaredDimensionsAreCheckedBeforeAllocating();
    void aZipBombStopsAtTheLimit();
    void jsonDuplicateKeysAreRefused();
    void jsonNumbersBeyondFifteenDigitsAreRefused();
    void longValuesAreCutInMessages();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostileInput::payrollAmountsFollowMoneysOwnRule()
{
    // "8000,50" is not 800,050.00: thousands separators group exactly three digits, otherwise the
    // row is refused naming the cell.
    const QList<QStringList> table{{u"身份证号"_s, u"本期收入"_s, u"基本养老保险费"_s},
                                   {kZhang, u"8000,50"_s, u"0"_s},
                                   {kLi, u"8,000.50"_s, u"1,2345"_s},
                                   {kWang, u"12,345,678.90"_s, u"800"_s}};
    auto parsed = parseEntries(
        table, {{u"resident_id"_s, u"身份证号"_s}, {u"income"_s, u"本期收入"_s}, {u"special_deductions"_s, u"基本养老保险费"_s}});
    QVERIFY(parsed);
    QCOMPARE(parsed->errors.size(), 2);
    QCOMPARE(parsed->errors.at(0).row, 2);
    QCOMPARE(parsed->errors.at(0).column, u"本期收入"_s);
    QVERIFY2(parsed->errors.at(0).reason.contains(u"three digits"_s), qPrintable(parsed->errors.at(0).reason));
    QCOMPARE(parsed->errors.at(1).row, 3);
    QCOMPARE(parsed->errors.at(1).column, u"基本养老保险费"_s);
    QCOMPARE(parsed->entries.size(), 1);
    QCOMPARE(parsed->entries.first().wages.incomeFen, 1'234'567'890);
    QCOMPARE(parsed->entries.first().wages.specialFen, 80'000);
}

void TestHostileInput::anUnterminatedQuoteIsRefusedNamingItsLine()
{
    // Read on, the open quote would take every later row into one cell (an income of 30 billion).
    const QString text = u"姓名,身份证号,本期收入\r\n张三,11010519491231002X,30000\r\n\"李四,110105194912310029,450000\r\n"
                         "王五,11010519491231004X,8000\r\n"_s;
    auto rows = Spreadsheet::parseCsv(text);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, u"unterminated_quote"_s);
    QVERIFY2(rows.error().message.contains(u"line 3"_s), qPrintable(rows.error().message));
    // Quoted line breaks count as lines of the file: the quote on line 4 is named as such.
    auto multiline = Spreadsheet::parseCsv(u"a,b\n\"x\ny\",1\n\"open"_s);
    QVERIFY(!multiline);
    QVERIFY2(multiline.error().message.contains(u"line 4"_s), qPrintable(multiline.error().message));
    // Through a file, the message names the file too; a closed quote with an escaped quote reads.
    const QString path = m_dir->filePath(u"payroll.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    auto read = Spreadsheet::read(path);
    QVERIFY(!read);
    QVERIFY(read.error().message.contains(u"payroll.csv"_s));
    QCOMPARE(*Spreadsheet::parseCsv(u"\"a \"\"b\"\", c\",2\n"_s), (QList<QStringList>{{u"a \"b\", c"_s, u"2"_s}}));
}

void TestHostileInput::csvLimitsAreCheckedBeforeReading()
{
    // A file larger than the limit is refused from its size alone (a sparse file: nothing is written).
    const QString huge = m_dir->filePath(u"huge.csv"_s);
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Spreadsheet::kMaxFileBytes + 1));
    file.close();
    auto read = Spreadsheet::read(huge);
    QVERIFY(!read);
    QCOMPARE(read.error().code, u"input_too_large"_s);
    QVERIFY(read.error().message.contains(u"huge.csv"_s));
    QVERIFY(read.error().message.contains(u"32 MB"_s));

    // Rows and columns beyond the limits.
    QString manyColumns = QString(u","_s).repeated(Spreadsheet::kMaxColumns) + u'\n';
    QCOMPARE(Spreadsheet::parseCsv(manyColumns).error().code, u"input_too_large"_s);
    QString manyRows = QString(u"1\n"_s).repeated(Spreadsheet::kMaxRows + 1);
    QCOMPARE(Spreadsheet::parseCsv(manyRows).error().code, u"input_too_large"_s);
    QCOMPARE(Spreadsheet::parseCsv(QString(u"1\n"_s).repeated(Spreadsheet::kMaxRows))->size(), Spreadsheet::kMaxRows);
}

void TestHostileInput::xlsxDeclaredDimensionsAreCheckedBeforeAllocating()
{
    // A 1 KB file whose one row claims to be row 2,000,000,000: refused, not two billion empty rows.
    const QString far = m_dir->filePath(u"far.xlsx"_s);
    writeXlsx(far, sheetXml("<row r=\"2000000000\"><c r=\"A2000000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
    QVERIFY(QFileInfo(far).size() < 2048);
    auto rows = Spreadsheet::read(far);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, u"input_too_large"_s);
    QVERIFY2(rows.error().message.contains(u"rows"_s), qPrintable(rows.error().message));

    // A cell in column ZZZZZZ (about 321 million columns to its left).
    const QString wide = m_dir->filePath(u"wide.xlsx"_s);
    writeXlsx(wide, sheetXml("<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
    rows = Spreadsheet::read(wide);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, u"input_too_large"_s);
    QVERIFY2(rows.error().message.contains(u"columns"_s), qPrintable(rows.error().message));

    // A shared-string index out of range reads as empty; a damaged part is input_unreadable.
    const QString odd = m_dir->filePath(u"odd.xlsx"_s);
    writeXlsx(odd, sheetXml("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>99999</v></c></row>"), "<sst><si><t>a</t></si></sst>");
    QCOMPARE(*Spreadsheet::read(odd), (QList<QStringList>{{QString(), QString()}}));
    const QString broken = m_dir->filePath(u"broken.xlsx"_s);
    writeXlsx(broken, sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c>"));
    QCOMPARE(Spreadsheet::read(broken).error().code, u"input_unreadable"_s);
}

void TestHostileInput::aZipBombStopsAtTheLimit()
{
    // 65 MB of spaces compress to well under a megabyte; the reader stops at 64 MB unpacked.
    const QString bomb = m_dir->filePath(u"bomb.xlsx"_s);
    writeXlsx(bomb, QByteArray(Spreadsheet::kMaxXmlPartBytes + 1024 * 1024, ' '));
    QVERIFY(QFileInfo(bomb).size() < 1024 * 1024);
    auto rows = Spreadsheet::read(bomb);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, u"input_too_large"_s);
    QVERIFY2(rows.error().message.contains(u"64 MB"_s), qPrintable(rows.error().message));
}

void TestHostileInput::jsonDuplicateKeysAreRefused()
{
    // The last would win in QJsonDocument: "count":1,"count":100000 asks for 100,000 numbers.
    auto parsed = StrictJson::parse("{\"kind\":\"digital_invoice\",\"count\":1,\"count\":100000}", 1 << 20, u"test"_s);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, u"duplicate_key"_s);
    QCOMPARE(parsed.error().field, u"count"_s);
    // Nested, and spelled differently with an escape: still the same key.
    parsed = StrictJson::parse("{\"lines\":[{\"a\":1},{\"name\":\"x\",\"n\\u0061me\":\"y\"}]}", 1 << 20, u"test"_s);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().field, u"lines[2].name"_s);
    // The same key in two objects, or in strings, is fine.
    QVERIFY(StrictJson::parse("{\"a\":{\"k\":1},\"b\":{\"k\":1},\"c\":\"\\\"k\\\":1,\\\"k\\\":2\"}", 1 << 20, u"test"_s));
    QCOMPARE(StrictJson::parse("[" + QByteArray(100, '[') + QByteArray(100, ']') + "]", 1 << 20, u"test"_s).error().code,
             u"invalid_json"_s);
    QCOMPARE(StrictJson::parse(QByteArray(2048, ' ') + "{}", 1024, u"test"_s).error().code, u"input_too_large"_s);
}

void TestHostileInput::jsonNumbersBeyondFifteenDigitsAreRefused()
{
    auto parsed
        = StrictJson::parse("{\"income\":\"1\",\"lines\":[{\"amount\":1},{\"amount\":12345678901234567.5}]}", 1 << 20, u"t"_s);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, u"imprecise_number"_s);
    QCOMPARE(parsed.error().field, u"lines[2].amount"_s);
    QVERIFY(!StrictJson::parse("{\"income\":1234567890123.456}", 1 << 20, u"t"_s));
    // Fifteen significant digits are exact in a double; zeros that carry no value do not count.
    QVERIFY(StrictJson::parse("{\"income\":123456789012.345}", 1 << 20, u"t"_s));
    QVERIFY(StrictJson::parse("{\"income\":0.000000000000001}", 1 << 20, u"t"_s));
    QVERIFY(StrictJson::parse("{\"income\":12.500000000000000000, \"rate\":-1.5e-3}", 1 << 20, u"t"_s));
    QVERIFY(StrictJson::parse("[1, 2, {\"x\": [3, 4]}]", 1 << 20, u"t"_s));
}

void TestHostileInput::longValuesAreCutInMessages()
{
    const QString huge(1'000'000, u'9');
    auto money = Money::parse(huge + u"x"_s, u"Income"_s);
    QVERIFY(!money);
    QVERIFY(money.error().message.size() < 300);
    QCOMPARE(elided(u"abc"_s, 2), u"ab…"_s);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
