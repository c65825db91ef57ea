// The tax classification code table imported from a spreadsheet: required columns, bad codes reported,
// the first rate taken, saved and loaded, and searched by code, name, keyword and pinyin initials.
// (The codes below are shaped like the official ones; the tests do not vouch for them.)
#include "invoice/TaxCodeCatalogue.h"
#include "rules/RulePack.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::invoice;

namespace {
const QList<QStringList> kTable{
    {u"编码"_s, u"货物和劳务名称"_s, u"商品和服务分类简称"_s, u"增值税税率"_s, u"关键字"_s},
    {u"1090511030000000000"_s, u"便携式计算机"_s, u"计算机"_s, u"13%"_s, u"笔记本电脑"_s},
    {u"3040201000000000000"_s, u"软件服务"_s, u"信息技术服务"_s, u"6%"_s, QString()},
    {u"1010101010000000000"_s, u"稻谷"_s, u"谷物"_s, u"9%、13%"_s, QString()},
    {u"30402"_s, u"短的编码"_s, QString(), QString(), QString()},
    {u"3070401000000000000"_s, u"不征税项目"_s, u"未发生销售行为的不征税项目"_s, u"不征税"_s, QString()},
};
} // namespace

class TestTaxCodeCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsTheOfficialTable();
    void searches();
    void savesAndLoads();
    void summaryCodesFromTheColumn();
    void summaryCodesFromTheCodes();
    void checksALinesCode();
    void theShippedTableWorksOutOfTheBox();
};

void TestTaxCodeCatalogue::importsTheOfficialTable()
{
    QList<payroll::RowError> errors;
    auto catalogue = TaxCodeCatalogue::fromTable(kTable, errors);
    QVERIFY(catalogue);
    QCOMPARE(catalogue->size(), 4);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().row, 5);
    QCOMPARE(catalogue->find(u"1010101010000000000"_s)->rate, u"0.09"_s); // the first of "9%、13%"
    QCOMPARE(catalogue->find(u"3070401000000000000"_s)->rate, QString()); // no rate: the user chooses
    QVERIFY(!catalogue->find(u"30402"_s));
    QList<payroll::RowError> none;
    QCOMPARE(TaxCodeCatalogue::fromTable({{u"代码"_s, u"名称"_s}}, none).error().code, u"missing_column"_s);
}

void TestTaxCodeCatalogue::searches()
{
    QList<payroll::RowError> errors;
    auto catalogue = TaxCodeCatalogue::fromTable(kTable, errors);
    const auto codes = [&](const QString &query) {
        QStringList list;
        for (const TaxCode &entry : catalogue->search(query))
            list.append(entry.code);
        return list;
    };
    QCOMPARE(codes(u"10905"_s), QStringList{u"1090511030000000000"_s}); // start of the code
    QCOMPARE(codes(u"计算机"_s), QStringList{u"1090511030000000000"_s}); // part of the name
    QCOMPARE(codes(u"笔记本"_s), QStringList{u"1090511030000000000"_s}); // keyword
    QCOMPARE(codes(u"jsj"_s), QStringList{u"1090511030000000000"_s}); // pinyin initials
    QCOMPARE(codes(u"xxjsfw"_s), QStringList{u"3040201000000000000"_s});
    QCOMPARE(codes(u"DG"_s), QStringList{u"1010101010000000000"_s});
    QVERIFY(codes(u"0511"_s).isEmpty()); // codes match from their start only
    QVERIFY(codes(u"  "_s).isEmpty());
    QCOMPARE(catalogue->search(u"0"_s, 2).size(), 0);
    QCOMPARE(catalogue->search(u"1"_s, 1).size(), 1);
}

void TestTaxCodeCatalogue::savesAndLoads()
{
    QTemporaryDir dir;
    QList<payroll::RowError> errors;
    auto catalogue = TaxCodeCatalogue::fromTable(kTable, errors);
    const QString path = TaxCodeCatalogue::fileIn(dir.path());
    QCOMPARE(TaxCodeCatalogue::load(path)->size(), 0); // nothing imported yet
    QVERIFY(catalogue->save(path));
    auto loaded = TaxCodeCatalogue::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 4);
    QCOMPARE(loaded->search(u"jsj"_s).first().shortName, u"计算机"_s);
}

void TestTaxCodeCatalogue::summaryCodesFromTheColumn()
{
    QList<payroll::RowError> errors;
    // The column is trusted as it stands: 小麦 is marked a summary although nothing lies beneath it.
    auto catalogue = TaxCodeCatalogue::fromTable({{u"编码"_s, u"货物和劳务名称"_s, u"商品和服务分类简称"_s, u"是否汇总项"_s},
                                                  {u"1010101000000000000"_s, u"谷物"_s, u"谷物"_s, u"Y"_s},
                                                  {u"1010101010000000000"_s, u"稻谷"_s, u"谷物"_s, u"N"_s},
                                                  {u"1010101020000000000"_s, u"小麦"_s, u"谷物"_s, u"是"_s}},
                                                 errors);
    QVERIFY(catalogue);
    QVERIFY(catalogue->find(u"1010101000000000000"_s)->summary);
    QVERIFY(!catalogue->find(u"1010101010000000000"_s)->summary);
    QVERIFY(catalogue->find(u"1010101020000000000"_s)->summary);
    // Search offers only the codes a line may carry.
    QCOMPARE(catalogue->search(u"谷物"_s).size(), 1);
    QCOMPARE(catalogue->search(u"谷物"_s).first().name, u"稻谷"_s);

    // Kept as imported, not derived again on load.
    QTemporaryDir dir;
    const QString path = TaxCodeCatalogue::fileIn(dir.path());
    QVERIFY(catalogue->save(path));
    auto loaded = TaxCodeCatalogue::load(path);
    QVERIFY(loaded->find(u"1010101020000000000"_s)->summary);
    QVERIFY(!loaded->find(u"1010101010000000000"_s)->summary);
}

void TestTaxCodeCatalogue::summaryCodesFromTheCodes()
{
    QList<payroll::RowError> errors;
    auto catalogue = TaxCodeCatalogue::fromTable({{u"编码"_s, u"货物和劳务名称"_s},
                                                  {u"1000000000000000000"_s, u"货物"_s},
                                                  {u"1010101000000000000"_s, u"谷物"_s},
                                                  {u"1010101010000000000"_s, u"稻谷"_s},
                                                  {u"1010115010000000000"_s, u"水果"_s},
                                                  {u"1010115010100000000"_s, u"苹果"_s},
                                                  {u"1010115019900000000"_s, u"其他未列明水果"_s},
                                                  {u"1010101100000000000"_s, u"其他（同一级）"_s},
                                                  {u"3040201000000000000"_s, u"软件服务"_s}},
                                                 errors);
    QVERIFY(catalogue);
    QStringList summaries;
    for (const QString &code :
         {u"1000000000000000000"_s, u"1010101000000000000"_s, u"1010101010000000000"_s, u"1010115010000000000"_s,
          u"1010115010100000000"_s, u"1010115019900000000"_s, u"1010101100000000000"_s, u"3040201000000000000"_s}) {
        if (catalogue->find(code)->summary)
            summaries.append(code);
    }
    // 1010101100… is a sibling of 谷物 (1010101), not beneath it: its digits begin 10101011.
    QCOMPARE(summaries, (QStringList{u"1000000000000000000"_s, u"1010101000000000000"_s, u"1010115010000000000"_s}));

    // A table saved before summaries were kept ("summary" absent) has them derived on load.
    QTemporaryDir dir;
    const QString path = TaxCodeCatalogue::fileIn(dir.path());
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(R"({"codes": [{"code": "1010101000000000000", "name": "谷物"}, {"code": "1010101010000000000", "name": "稻谷"}]})");
    old.close();
    auto loaded = TaxCodeCatalogue::load(path);
    QVERIFY(loaded->find(u"1010101000000000000"_s)->summary);
    QVERIFY(!loaded->find(u"1010101010000000000"_s)->summary);
}

void TestTaxCodeCatalogue::checksALinesCode()
{
    QList<payroll::RowError> errors;
    auto catalogue = TaxCodeCatalogue::fromTable(
        {{u"编码"_s, u"货物和劳务名称"_s}, {u"1010101000000000000"_s, u"谷物"_s}, {u"1010101010000000000"_s, u"稻谷"_s}}, errors);
    QVERIFY(catalogue->checkCode(u"1010101010000000000"_s, 1));
    QVERIFY(catalogue->checkCode(QString(), 1)); // a line without a code is not the table's business
    const auto summary = catalogue->checkCode(u"1010101000000000000"_s, 3);
    QCOMPARE(summary.error().code, u"summary_tax_code"_s);
    QCOMPARE(summary.error().field, u"tax_code"_s);
    QVERIFY(summary.error().message.contains(u"谷物"_s));
    QVERIFY(summary.error().message.contains(u'3'));
    QCOMPARE(catalogue->checkCode(u"1010101020000000000"_s, 1).error().code, u"unknown_tax_code"_s);
    QVERIFY(TaxCodeCatalogue().checkCode(u"1010101020000000000"_s, 1)); // no table imported: nothing to check against
}

void TestTaxCodeCatalogue::theShippedTableWorksOutOfTheBox()
{
    // The tax bureau's table version 32.0 ships (its signature verified): 4,236 rows, 678 summaries.
    auto shipped = TaxCodeCatalogue::shipped();
    QVERIFY2(shipped, shipped ? "" : qPrintable(shipped.error().message));
    QCOMPARE(shipped->size(), 4236);
    QCOMPARE(shipped->version(), u"32.0"_s);
    QCOMPARE(shipped->find(u"1010101010000000000"_s)->name, u"稻谷"_s);
    QCOMPARE(shipped->find(u"1010101010000000000"_s)->shortName, u"谷物"_s);
    QVERIFY(shipped->find(u"1010101000000000000"_s)->summary);
    QCOMPARE(shipped->search(u"软件开发"_s).first().code, u"3040201010000000000"_s);
    // A workspace that imported none uses it; an imported table wins.
    QTemporaryDir dir;
    QCOMPARE(TaxCodeCatalogue::forWorkspace(dir.path())->size(), 4236);
    QList<payroll::RowError> errors;
    QVERIFY(TaxCodeCatalogue::fromTable(kTable, errors)->save(TaxCodeCatalogue::fileIn(dir.path())));
    QVERIFY(TaxCodeCatalogue::forWorkspace(dir.path())->size() < 100);

    // A line's rate must be one the table lists (13% for 终端显示设备), or 0, or a levy rate.
    QVERIFY(shipped->checkRate(u"1090511010000000000"_s, u"0.13"_s, 1));
    QVERIFY(shipped->checkRate(u"1090511010000000000"_s, u"0.03"_s, 1)); // a small-scale seller's levy rate
    QVERIFY(shipped->checkRate(u"1090511010000000000"_s, u"0"_s, 1)); // tax-free, with its reason
    const auto wrong = shipped->checkRate(u"1090511010000000000"_s, u"0.06"_s, 2);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"rate_not_listed"_s);
    QVERIFY2(wrong.error().message.contains(u"13%"_s) && wrong.error().message.contains(u"6%"_s)
                 && wrong.error().message.startsWith(u"Line 2"_s),
             qPrintable(wrong.error().message));
    // A code with two rates (13%、9%) takes either.
    const TaxCode sprouts = *shipped->find(u"1010112140000000000"_s); // 绿豆芽等芽苗菜: 13%、9%
    QCOMPARE(sprouts.rates, (QStringList{u"0.13"_s, u"0.09"_s}));
    QVERIFY(shipped->checkRate(sprouts.code, u"0.13"_s, 1) && shipped->checkRate(sprouts.code, u"0.09"_s, 1));
    QVERIFY(!shipped->checkRate(sprouts.code, u"0.06"_s, 1));

    // A changed byte of the table: it is refused, not used.
    QFile csv(u":/rules/tax-codes-32.0.csv"_s);
    QFile signature(u":/rules/tax-codes-32.0.csv.sig"_s);
    QVERIFY(csv.open(QIODevice::ReadOnly) && signature.open(QIODevice::ReadOnly));
    QByteArray changed = csv.readAll();
    changed.replace("稻谷", "稲谷");
    QCOMPARE(rules::verifySignedData(changed, signature.readAll()).error().code, u"tampered_data"_s);
}

QTEST_GUILESS_MAIN(TestTaxCodeCatalogue)
#include "TestTaxCodeCatalogue.moc"
