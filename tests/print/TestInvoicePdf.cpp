// The invoice's PDF read back by an outside reader (poppler's pdftotext and pdfinfo), not by Taxbox: the page is
// 210 × 140 mm, the form is Chinese whatever the interface language, and the text layer gives back every value
// of the invoice's XML file — tax IDs, numbers, amounts, specifications with digits — in unified ideographs
// (never Kangxi radicals).

#include "../core/InvoiceFixtures.h"
#include "InvoiceLayout.h"
#include "RefundApplicationFile.h"
#include "TablePdf.h"
#include "crypto/Crypto.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceFile.h"
#include "invoice/PdfInvoice.h"
#include "rules/PrintTemplates.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::invoice;

namespace {

QString run(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The values a reader of the printed form expects, read from the XML file by element name (the test's
/// own reading of the standard elements): every figure and text that the form prints.
QStringList printedValues(const QByteArray &xml)
{
    static const QStringList printed{u"InvoiceNumber"_s,
                                     u"SellerIdNum"_s,
                                     u"SellerName"_s,
                                     u"BuyerIdNum"_s,
                                     u"BuyerName"_s,
                                     u"ItemName"_s,
                                     u"SpecMod"_s,
                                     u"MeaUnits"_s,
                                     u"Quantity"_s,
                                     u"UnPrice"_s,
                                     u"Amount"_s,
                                     u"ComTaxAm"_s,
                                     u"TotalAmWithoutTax"_s,
                                     u"TotalTaxAm"_s,
                                     u"TotalTax-includedAmount"_s,
                                     u"TotalTax-includedAmountInChinese"_s,
                                     u"Drawer"_s,
                                     u"Remark"_s,
                                     u"TaxRate"_s,
                                     u"SellerAddr"_s,
                                     u"SellerTelNum"_s};
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || !printed.contains(reader.name()))
            continue;
        const QString name = reader.name().toString();
        const QString text = reader.readElementText();
        if (name == u"TaxRate")
            values.append(QString::number(qRound(text.toDouble() * 100)) + u'%');
        else
            values.append(text);
    }
    return values;
}

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyValueComesBackFromTheTextLayer_data();
    void everyValueComesBackFromTheTextLayer();
    void aPdfThatIsNoInvoiceIsSaidToBeSo();
    // Last: it puts a print pack in force for the rest of the process.
    void aPrintPackChangesTheFormFromItsDate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<InvoiceBook> m_book;
    testing::LocalServer m_server;
};

void TestInvoicePdf::init()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps-debian.sh --with-test-tools installs it");
    m_dir = std::make_unique<QTemporaryDir>();
    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    profile.address = u"福州市鼓楼区五四路1号"_s;
    profile.phone = u"0591-12345678"_s;
    auto created = store::EnterpriseStore::create(m_dir->filePath(u"e.db"_s), crypto::SecureBytes::random(32), u"e1"_s, profile,
                                                  {u"u1"_s, u"王会计"_s, Role::Accountant});
    QVERIFY(created);
    m_store = std::move(*created);
    m_book = std::make_unique<InvoiceBook>(*m_store, **rules::RulePack::builtIn());
    m_book->setClock([] { return QDateTime(QDate(2026, 3, 15), QTime(2, 30), Qt::UTC); });
    // Numbers for a device that may stay offline long enough to issue on the later dates the tests pick.
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10, 24 * 800));
}

void TestInvoicePdf::cleanup()
{
    m_book.reset();
    m_store.reset();
    m_dir.reset();
}

void TestInvoicePdf::everyValueComesBackFromTheTextLayer_data()
{
    QTest::addColumn<QByteArray>("draft");
    QTest::addColumn<QString>("locale");
    QTest::newRow("special, zh_CN") << QByteArray(R"({
        "kind": "special",
        "buyer": {"name": "北京朝阳科技有限公司", "credit_code": "91110108551385082Q", "bank": "工商银行朝阳支行",
                  "bank_account": "0200001234567890123"},
        "lines": [
          {"tax_code": "1090511030000000000", "short_name": "计算机", "name": "笔记本电脑", "specification": "ThinkPad X1",
           "unit": "台", "quantity": "3", "unit_price": "6999.99", "price_includes_tax": true, "rate": "0.13"},
          {"tax_code": "3040201010000000000", "short_name": "信息技术服务", "name": "安装调试", "unit": "小时",
           "quantity": "2.5", "unit_price": "123.4567", "rate": "0.06"}
        ],
        "remarks": "合同 HT-2026-001 第2批",
        "drawer": "王会计"})") << u"zh_CN"_s;
    QTest::newRow("ordinary to a person, English interface") << QByteArray(R"({
        "kind": "ordinary",
        "buyer": {"name": "张三", "individual": true},
        "lines": [{"tax_code": "3070401000000000000", "short_name": "餐饮服务", "name": "工作餐", "amount": "88.00",
                   "price_includes_tax": true, "rate": "0.01"}],
        "drawer": "李会计"})") << u"en_US"_s;
}

void TestInvoicePdf::everyValueComesBackFromTheTextLayer()
{
    QFETCH(QByteArray, draft);
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    auto parsed = InvoiceDraft::fromJson(QJsonDocument::fromJson(draft).object());
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    auto issued = m_book->issue(*parsed);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    const QString path = m_dir->filePath(u"invoice.pdf"_s);
    QVERIFY(print::InvoiceLayout::writePdf(*issued, path));
    if (qEnvironmentVariableIsSet("TAXBOX_KEEP_PDF"))
        QFile::copy(path,
                    qEnvironmentVariable("TAXBOX_KEEP_PDF") + u'/' + QString::fromLatin1(QTest::currentDataTag()).left(7)
                        + u".pdf"_s);

    // 210 × 140 mm = 595.28 × 396.85 pt.
    const QString info = run(u"pdfinfo"_s, {path});
    QVERIFY2(info.contains(u"Page size:       595 x 397 pts"_s), qPrintable(info)); // as genuine PDFs

    const QString text = run(u"pdftotext"_s, {path, u"-"_s});
    const QString flat = QString(text).replace(u'\n', u' ');
    for (const QString &value : printedValues(InvoiceFile::toXml(*issued)))
        QVERIFY2(flat.contains(value), qPrintable(u"missing 「"_s + value + u"」 in:\n"_s + text));
    // Chinese labels whatever the interface language.
    // (购买方信息, 销售方信息 and 备注 are set top to bottom, one character a line, as on genuine forms.)
    for (const QString &label :
         {u"发票号码"_s, u"开票日期"_s, u"2026年03月15日"_s, u"名称："_s, u"统一社会信用代码/纳税人识别号："_s,
          u"价税合计（大写）"_s, u"开票人"_s, u"项目名称"_s, u"税率/征收率"_s})
        QVERIFY2(flat.contains(label), qPrintable(u"missing label "_s + label + u" in:\n"_s + text));
    QVERIFY(!text.contains(u"Invoice"_s) && !text.contains(u"Remarks"_s));
    QVERIFY(text.contains(issued->invoice.kind == InvoiceKind::Special ? u"电子发票（增值税专用发票）"_s
                                                                       : u"电子发票（普通发票）"_s));
    // Unified ideographs only: no Kangxi radicals (U+2F00–U+2FDF) nor CJK radicals supplement (U+2E80–U+2EFF).
    for (const QChar c : text)
        QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF), qPrintable(u"radical "_s + c + u" in:\n"_s + text));
    QLocale::setDefault(QLocale(u"zh_CN"_s));

    // Taxbox's reader of suppliers' PDFs reads the QR code (rendered and decoded) and the text layer.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto read = invoice::readPdfInvoice(file.readAll());
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const invoice::Invoice &invoice = issued->invoice;
    QCOMPARE(read->number, invoice.number);
    QCOMPARE(read->kind, invoice.kind);
    QCOMPARE(read->issueDate, QDate(2026, 3, 15));
    QCOMPARE(read->qrPayload, invoice.qrPayload());
    QCOMPARE(read->seller.creditCode, invoice.seller.creditCode);
    QCOMPARE(read->buyer.name, invoice.buyer.name);
    QCOMPARE(read->buyer.creditCode, invoice.buyer.creditCode);
    QCOMPARE(read->amount, invoice.totals.amount);
    QCOMPARE(read->tax, invoice.totals.tax);
    QCOMPARE(read->total, invoice.totals.total);
    QCOMPARE(read->totalInWords, invoice.totals.totalInWords);
    for (const invoice::VerificationCheck &check : invoice::checkDocument(*read))
        QVERIFY2(check.passed, qPrintable(check.name + u": "_s + check.message));
    // A printed total that no longer matches the QR code is caught.
    invoice::InvoiceDocument changed = *read;
    changed.total = Money::fromFen(changed.total.fen() + 100);
    changed.amount = Money::fromFen(changed.amount.fen() + 100);
    QStringList failed;
    for (const invoice::VerificationCheck &check : invoice::checkDocument(changed)) {
        if (!check.passed)
            failed.append(check.name);
    }
    QCOMPARE(failed, (QStringList{u"words"_s, u"qr"_s}));
}

void TestInvoicePdf::aPdfThatIsNoInvoiceIsSaidToBeSo()
{
    QCOMPARE(invoice::readPdfInvoice("%PDF-1.4\nnot really").error().code, u"format"_s);
    // A page that declares itself 5 m square is not rendered at its size (25 Mpx at most): it is read, found
    // to be no invoice, and memory stays bounded.
    const QByteArray huge
        = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
          "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 14400 14400]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    QCOMPARE(invoice::readPdfInvoice(huge).error().code, u"not_invoice"_s);
    // A real PDF without a QR code or an invoice number: the withholding return's table.
    print::TableDocument table;
    table.title = u"个人所得税扣缴申报表"_s;
    table.rows = {{u"姓名"_s, u"收入"_s}, {u"张三"_s, u"8000.00"_s}};
    const QString path = m_dir->filePath(u"table.pdf"_s);
    QVERIFY(print::writeTablePdf(table, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(invoice::readPdfInvoice(file.readAll()).error().code, u"not_invoice"_s);
}

void TestInvoicePdf::aPrintPackChangesTheFormFromItsDate()
{
    // A print pack as the square would deliver it: from 2027 the form drops 规格型号 (its width goes to 项目名称), the
    // unit price is labelled 单价（不含税） and the drawer 开票人（签名）; the refund application gets a new title and
    // page label. Signed with a test data key.
    QFile shipped(u":/rules/cn-print.json"_s);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject pack = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonObject rules = pack.value(u"rules"_s).toObject();
    QJsonArray invoiceRanges = rules.value(u"invoice.form"_s).toArray();
    QJsonObject first = invoiceRanges.at(0).toObject();
    first.insert(u"to"_s, u"2026-12-31"_s);
    QJsonObject form = first.value(u"value"_s).toObject();
    QJsonArray columns;
    for (const QJsonValue &value : form.value(u"columns"_s).toArray()) {
        QJsonObject column = value.toObject();
        if (column.value(u"field"_s) == u"specification"_s)
            continue;
        if (column.value(u"field"_s) == u"name"_s)
            column.insert(u"width"_s, 800);
        if (column.value(u"field"_s) == u"unit_price"_s)
            column.insert(u"label"_s, u"单价（不含税）"_s);
        columns.append(column);
    }
    form.insert(u"columns"_s, columns);
    QJsonObject labels = form.value(u"labels"_s).toObject();
    labels.insert(u"drawer"_s, u"开票人（签名）："_s);
    form.insert(u"labels"_s, labels);
    invoiceRanges = {first, QJsonObject{{u"from"_s, u"2027-01-01"_s}, {u"source"_s, u"test"_s}, {u"value"_s, form}}};
    rules.insert(u"invoice.form"_s, invoiceRanges);
    QJsonArray refundRanges = rules.value(u"refund_application.print"_s).toArray();
    QJsonObject refundFirst = refundRanges.at(0).toObject();
    refundFirst.insert(u"to"_s, u"2026-12-31"_s);
    QJsonObject refundForm = refundFirst.value(u"value"_s).toObject();
    QJsonObject titles = refundForm.value(u"titles"_s).toObject();
    titles.insert(u"application"_s, u"退（抵）税申请表（2027年版）"_s);
    refundForm.insert(u"titles"_s, titles);
    refundForm.insert(u"page_label"_s, u"第%1页／共%2页"_s);
    refundRanges = {refundFirst, QJsonObject{{u"from"_s, u"2027-01-01"_s}, {u"source"_s, u"test"_s}, {u"value"_s, refundForm}}};
    rules.insert(u"refund_application.print"_s, refundRanges);
    pack.insert(u"rules"_s, rules);
    pack.insert(u"version"_s, u"2026.2"_s);
    const crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    const QList<taxbox::rules::TrustedKey> trusted{{u"test-data"_s, *crypto::Ed25519::publicKeyOf(key)}};
    const auto signedPack = [&](const QJsonObject &object) {
        const QByteArray bytes = QJsonDocument(object).toJson();
        return std::pair{bytes, *taxbox::rules::RulePack::sign(bytes, u"test-data"_s, key)};
    };

    // A pack whose columns do not fill the form is refused whole, with the reason, whichever way it arrives (here the
    // generic rule-pack install, as the sync would call it); nothing changes.
    QJsonObject broken = pack;
    QJsonObject brokenRules = rules;
    QJsonObject narrow = form;
    QJsonArray narrowColumns = columns;
    QJsonObject name = narrowColumns.at(0).toObject();
    name.insert(u"width"_s, 700);
    narrowColumns.replace(0, name);
    narrow.insert(u"columns"_s, narrowColumns);
    brokenRules.insert(u"invoice.form"_s, QJsonArray{QJsonObject{{u"from"_s, u"2021-12-01"_s}, {u"value"_s, narrow}}});
    broken.insert(u"rules"_s, brokenRules);
    const auto [brokenBytes, brokenSignature] = signedPack(broken);
    auto refused = taxbox::rules::RulePack::install(brokenBytes, brokenSignature, trusted);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"invalid_template"_s);
    QVERIFY2(refused.error().message.contains(u"1880"_s) && refused.error().message.contains(u"1980"_s),
             qPrintable(refused.error().message));
    QCOMPARE((*taxbox::rules::RulePack::inForce(u"cn-print"_s))->version(), u"2026.1"_s);

    const auto [bytes, signature] = signedPack(pack);
    auto installed = taxbox::rules::RulePack::install(bytes, signature, trusted);
    QVERIFY2(installed && *installed, installed ? "" : qPrintable(installed.error().message));

    // An invoice of 2026-12-31 (Beijing time) keeps the form it was issued on; one of 2027-01-05 has the new one.
    const auto printed = [&](const QDateTime &at) -> QString {
        m_book->setClock([at] { return at; });
        auto draft = InvoiceDraft::fromJson(QJsonDocument::fromJson(R"({
            "kind": "ordinary", "buyer": {"name": "张三", "individual": true},
            "lines": [{"tax_code": "3070401000000000000", "short_name": "餐饮服务", "name": "工作餐", "unit": "份",
                       "quantity": "2", "unit_price": "44.00", "price_includes_tax": true, "rate": "0.01"}],
            "drawer": "李会计"})")
                                                .object());
        if (!draft)
            return u"draft: "_s + draft.error().message;
        auto issued = m_book->issue(*draft);
        if (!issued)
            return u"issue: "_s + issued.error().message;
        const QString path = m_dir->filePath(u"invoice-%1.pdf"_s.arg(at.toSecsSinceEpoch()));
        if (!print::InvoiceLayout::writePdf(*issued, path))
            return u"pdf"_s;
        QString text = run(u"pdftotext"_s, {path, u"-"_s}).replace(u'\n', u' ');
        // Every value of the invoice's XML still comes back.
        for (const QString &value : printedValues(InvoiceFile::toXml(*issued))) {
            if (!text.contains(value))
                return u"missing "_s + value + u" in "_s + text;
        }
        return text;
    };
    const QString before = printed(QDateTime(QDate(2026, 12, 31), QTime(15, 59), Qt::UTC)); // 23:59 in Beijing
    QVERIFY2(before.contains(u"规格型号"_s) && before.contains(u"开票人："_s) && !before.contains(u"单价（不含税）"_s),
             qPrintable(before));
    const QString after = printed(QDateTime(QDate(2027, 1, 5), QTime(2, 0), Qt::UTC));
    QVERIFY2(!after.contains(u"规格型号"_s) && after.contains(u"单价（不含税）"_s) && after.contains(u"开票人（签名）："_s)
                 && after.contains(u"2027年01月05日"_s),
             qPrintable(after));

    // The refund application: the title and the page label of the day it is printed.
    refund::RefundApplications::Table table{u"退(抵)税申请表"_s,
                                            {u"纳税人名称：福州闽江贸易有限公司"_s},
                                            {{u"项目"_s, u"内容"_s}, {u"申请退税金额（元）"_s, u"1200.00"_s}},
                                            {},
                                            u"application"_s};
    const QString old = m_dir->filePath(u"application-2026.pdf"_s);
    const QString current = m_dir->filePath(u"application-2027.pdf"_s);
    QVERIFY(print::writeRefundApplication({table}, u"pdf"_s, old, QDate(2026, 12, 1)));
    QVERIFY(print::writeRefundApplication({table}, u"pdf"_s, current, QDate(2027, 2, 1)));
    const QString oldText = run(u"pdftotext"_s, {old, u"-"_s});
    const QString currentText = run(u"pdftotext"_s, {current, u"-"_s});
    QVERIFY2(oldText.contains(u"退(抵)税申请表"_s) && oldText.contains(u"第 1 页，共 1 页"_s), qPrintable(oldText));
    QVERIFY2(currentText.contains(u"退（抵）税申请表（2027年版）"_s) && currentText.contains(u"第1页／共1页"_s)
                 && currentText.contains(u"1200.00"_s),
             qPrintable(currentText));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestInvoicePdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestInvoicePdf.moc"
