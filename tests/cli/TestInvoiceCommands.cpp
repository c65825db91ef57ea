// taxbox-cli invoice against a workspace whose numbers come from the real taxbox-server on loopback:
// issue one and a batch (all or nothing, or the valid ones), the ledger, show, XML export verified
// without a workspace (and a changed byte reported), the PDF rendered by pdftoppm, the 清单 import
// with its row errors, a red-letter invoice, void refused, and the sync delivering everything.

#include "../server/ServerProcess.h"
#include "CliRun.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::Literals::StringLiterals;

namespace {
const QMap<QString, QByteArray> kSecrets{{u"TAXBOX_PASSWORD"_s, "correct horse"}, {u"TAXBOX_SERVER_PASSWORD"_s, "correct horse"}};
const auto kCreditCode = u"91350100M000100Y43"_s;

QByteArray invoiceJson(const QString &amount, const QString &buyer = u"北京朝阳科技有限公司"_s,
                       const QString &code = u"91110108551385082Q"_s)
{
    return QStringLiteral(R"({"kind":"special","buyer":{"name":"%1","credit_code":"%2"},
        "lines":[{"tax_code":"3040201010000000000","short_name":"信息技术服务","name":"软件维护","quantity":"2",
                  "unit_price":"300","rate":"0.06"},
                 {"short_name":"计算机","name":"笔记本电脑","amount":"%3","price_includes_tax":true,"rate":"0.13"}],
        "drawer":"王会计"})")
        .arg(buyer, code, amount)
        .toUtf8();
}
} // namespace

class TestInvoiceCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void issueListShow();
    void batchIsAllOrNothing();
    void exportVerifyAndTamper();
    void pdfRendersWithPdftoppm();
    void importListWithRowErrors();
    void redLetterAndVoid();
    void customersAndProductsAsLists();
    void taxCodeTable();
    void receivedInvoicesAreImportedCheckedConfirmedAndExported();
    void ofdAndQrCodes();
    void syncDeliversTheInvoices();
    void aRestoredOrCopiedWorkspaceIssuesNoNumberTwice();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QString m_workspace;
    QString m_first;
};

Run TestInvoiceCommands::cli(const QStringList &arguments, const QByteArray &input)
{
    QStringList all = arguments;
    const bool standalone = arguments.value(1) == u"verify" || arguments.value(1) == u"qr";
    if (!standalone)
        all += QStringList{u"--workspace"_s, m_workspace};
    if (arguments.first() == u"invoice" && !standalone)
        all += QStringList{u"--enterprise"_s, kCreditCode};
    return runCli(all, input, u"C.UTF-8"_s, kSecrets);
}

void TestInvoiceCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_url
        = taxbox::test::startServerWithMember(m_server, m_dir.filePath(u"server"_s), kCreditCode, m_dir.filePath(u"server.log"_s))
              .toString();
    QVERIFY(!m_url.isEmpty());
    m_workspace = m_dir.filePath(u"ws"_s);
    QCOMPARE(
        runCli({u"workspace"_s, u"init"_s, u"--workspace"_s, m_workspace, u"--user"_s, u"王会计"_s}, {}, u"C.UTF-8"_s, kSecrets)
            .exitCode,
        0);
    const QByteArray enterprise
        = R"({"name":"福州闽江贸易有限公司","credit_code":"91350100M000100Y43","taxpayer_kind":"general","region":"350100",
             "address":"福州市鼓楼区五四路1号","phone":"0591-12345678","bank":"中国银行福州分行","bank_account":"1234567890"})";
    QCOMPARE(cli({u"enterprise"_s, u"add"_s}, enterprise).exitCode, 0);
    // No numbers yet: issuing says to sync.
    const Run refused = cli({u"invoice"_s, u"issue"_s}, invoiceJson(u"1130.00"_s));
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errorJson().value(u"code"_s).toString(), u"numbers_exhausted"_s);
    const Run synced
        = cli({u"sync"_s, u"--server"_s, m_url, u"--server-user"_s, u"王会计"_s, u"--numbers"_s, u"digital_invoice:40"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
}

void TestInvoiceCommands::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(5000);
}

void TestInvoiceCommands::issueListShow()
{
    const Run issued = cli({u"invoice"_s, u"issue"_s}, invoiceJson(u"1130.00"_s));
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    const QJsonObject first = issued.outJson().value(u"issued"_s).toArray().first().toObject();
    m_first = first.value(u"number"_s).toString();
    QVERIFY(m_first.startsWith(QString::number(QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date().year() % 100)
                               + u"357"_s));
    QCOMPARE(m_first.size(), 20);
    QCOMPARE(first.value(u"total"_s).toString(), u"1766.00"_s);

    const Run list = cli({u"invoice"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.outJson().value(u"invoices"_s).toArray().size(), 1);
    const QJsonArray byRate = list.outJson().value(u"totals_by_rate"_s).toArray();
    QCOMPARE(byRate.size(), 2);
    QCOMPARE(byRate.at(0).toObject().value(u"tax"_s).toString(), u"130.00"_s);

    const Run show = cli({u"invoice"_s, u"show"_s, m_first});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.outJson().value(u"seller"_s).toObject().value(u"name"_s).toString(), u"福州闽江贸易有限公司"_s);
    QCOMPARE(show.outJson().value(u"total_in_words"_s).toString(), u"壹仟柒佰陆拾陆圆整"_s);
    QVERIFY(show.outJson().value(u"qr"_s).toString().startsWith(u"01,31,,"_s + m_first + u",1766.00,"_s));
    // A wrong field is named, and nothing is numbered.
    const Run bad = cli({u"invoice"_s, u"issue"_s}, invoiceJson(u"100"_s, u"北京朝阳科技有限公司"_s, u"91110108551385082X"_s));
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.errorJson().value(u"field"_s).toString(), u"buyer.credit_code"_s);
}

void TestInvoiceCommands::batchIsAllOrNothing()
{
    const QByteArray batch
        = "[" + invoiceJson(u"100.00"_s) + "," + invoiceJson(u"100.00"_s, QString()) + "," + invoiceJson(u"200.00"_s) + "]";
    const int before = cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size();
    const Run none = cli({u"invoice"_s, u"issue"_s}, batch);
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.outJson().value(u"issued"_s).toArray().size(), 0);
    const QJsonObject error = none.outJson().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"index"_s).toInt(), 2);
    QCOMPARE(error.value(u"field"_s).toString(), u"buyer.name"_s);
    QCOMPARE(cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size(), before);

    const Run valid = cli({u"invoice"_s, u"issue"_s, u"--valid-only"_s}, batch);
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(valid.outJson().value(u"issued"_s).toArray().size(), 2);
    QCOMPARE(cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size(), before + 2);
}

void TestInvoiceCommands::exportVerifyAndTamper()
{
    const QString xml = m_dir.filePath(u"invoice.xml"_s);
    const Run exported = cli({u"invoice"_s, u"export"_s, m_first, u"--format"_s, u"xml"_s, u"--out"_s, xml});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Run verified = runCli({u"invoice"_s, u"verify"_s, xml});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    QCOMPARE(verified.outJson().value(u"valid"_s).toBool(), true);
    QCOMPARE(verified.outJson().value(u"issuer_confirmed"_s).toBool(), false); // no trusted key was given
    QCOMPARE(verified.outJson().value(u"number"_s).toString(), m_first);
    // The PDF is read through its QR code and text layer (no signature in it, and none claimed).
    const QString pdf = m_dir.filePath(u"for-verify.pdf"_s);
    QVERIFY(cli({u"invoice"_s, u"export"_s, m_first, u"--format"_s, u"pdf"_s, u"--out"_s, pdf}).exitCode == 0);
    const Run fromPdf = runCli({u"invoice"_s, u"verify"_s, pdf});
    QVERIFY2(fromPdf.exitCode == 0, fromPdf.out.constData());
    QCOMPARE(fromPdf.outJson().value(u"number"_s).toString(), m_first);
    QCOMPARE(fromPdf.outJson().value(u"invoice"_s).toObject().value(u"source"_s).toString(), u"pdf"_s);
    QVERIFY(!fromPdf.outJson().value(u"sealed_by_taxbox"_s).toBool());

    QFile file(xml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes.replace("<Drawer>王会计</Drawer>", "<Drawer>李会计</Drawer>");
    const QString changed = m_dir.filePath(u"changed.xml"_s);
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const Run refused = runCli({u"invoice"_s, u"verify"_s, changed});
    QCOMPARE(refused.exitCode, 1);
    QStringList failed;
    for (const QJsonValue &check : refused.outJson().value(u"checks"_s).toArray()) {
        if (!check.toObject().value(u"passed"_s).toBool())
            failed.append(check.toObject().value(u"check"_s).toString());
    }
    QCOMPARE(failed, QStringList{u"format"_s});
    // …and the failure is on standard error, as every command's error is, naming the changed line.
    QCOMPARE(refused.errorJson().value(u"code"_s).toString(), u"invoice_not_verified"_s);
    QVERIFY(refused.errorJson().value(u"message"_s).toString().contains(u"<Drawer>李会计</Drawer>"_s));
    // Another server's key: the range is not vouched for.
    const Run otherKey = runCli({u"invoice"_s, u"verify"_s, xml, u"--server-key"_s, QString(u'A').repeated(43) + u'='});
    QCOMPARE(otherKey.exitCode, 1);
}

void TestInvoiceCommands::pdfRendersWithPdftoppm()
{
    const QString pdf = m_dir.filePath(u"invoice.pdf"_s);
    const Run exported = cli({u"invoice"_s, u"export"_s, m_first, u"--format"_s, u"pdf"_s, u"--out"_s, pdf});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty())
        QFAIL("pdftoppm (poppler-utils) is needed: scripts/install-deps-debian.sh --with-test-tools installs it");
    QProcess render;
    render.start(pdftoppm, {u"-r"_s, u"40"_s, u"-gray"_s, pdf, m_dir.filePath(u"page"_s)});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    QFile page(m_dir.filePath(u"page-1.pgm"_s));
    QVERIFY2(page.open(QIODevice::ReadOnly), "pdftoppm wrote no page");
    const QByteArray image = page.readAll();
    // A 210 × 140 mm page at 40 dpi is 331 × 220 pixels; the form's lines, text and QR make dark pixels.
    QVERIFY2(image.startsWith("P5\n331 220\n") || image.startsWith("P5\n330 220\n") || image.startsWith("P5\n331 221\n"),
             image.left(12).constData());
    const qsizetype dark = std::count_if(image.begin() + 15, image.end(), [](char c) { return static_cast<uchar>(c) < 100; });
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
}

void TestInvoiceCommands::importListWithRowErrors()
{
    const QString csv = m_dir.filePath(u"list.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("序号,发票类型,购买方名称,购买方税号,自然人,项目名称,简称,数量,单价,金额,税率,含税,开票人\n"
               "1,专票,北京朝阳科技有限公司,91110108551385082Q,否,软件维护,信息技术服务,2,300,,6%,否,王会计\n"
               "1,专票,北京朝阳科技有限公司,91110108551385082Q,否,鼠标,计算机配套产品,,,113,13%,是,王会计\n"
               "2,普票,张三,,是,咨询,咨询服务,,,106,0.06,是,王会计\n"
               "3,普票,李四,,是,咨询,咨询服务,,,abc,0.06,是,王会计\n");
    file.close();
    const int before = cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size();
    const Run refused = cli({u"invoice"_s, u"import"_s, csv});
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject rowError = refused.outJson().value(u"row_errors"_s).toArray().first().toObject();
    QCOMPARE(rowError.value(u"row"_s).toInt(), 5);
    QCOMPARE(rowError.value(u"column"_s).toString(), u"金额"_s);
    QCOMPARE(cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size(), before);

    const Run valid = cli({u"invoice"_s, u"import"_s, csv, u"--valid-only"_s});
    QVERIFY2(valid.exitCode == 0, valid.err.constData());
    const QJsonArray issued = valid.outJson().value(u"issued"_s).toArray();
    QCOMPARE(issued.size(), 2);
    QCOMPARE(issued.at(0).toObject().value(u"total"_s).toString(), u"749.00"_s); // 636.00 + 113.00
    QCOMPARE(issued.at(1).toObject().value(u"kind"_s).toString(), u"ordinary"_s);

    const QString templateFile = m_dir.filePath(u"template.xlsx"_s);
    QCOMPARE(cli({u"invoice"_s, u"import"_s, templateFile, u"--template"_s}).exitCode, 0);
    QVERIFY(QFile::exists(templateFile));
}

void TestInvoiceCommands::redLetterAndVoid()
{
    QCOMPARE(cli({u"invoice"_s, u"void"_s, m_first}).errorJson().value(u"code"_s).toString(), u"cannot_void"_s);
    const Run request
        = cli({u"invoice"_s, u"red"_s, u"request"_s, m_first, u"--amount"_s, u"500"_s, u"--reason"_s, u"销货退回"_s});
    QVERIFY2(request.exitCode == 0, request.err.constData());
    const QString id = request.outJson().value(u"id"_s).toString();
    QCOMPARE(request.outJson().value(u"state"_s).toString(), u"requested"_s);
    // Not before the buyer confirmed; and never more than remains.
    QCOMPARE(cli({u"invoice"_s, u"red"_s, u"issue"_s, id}).errorJson().value(u"code"_s).toString(), u"not_confirmed"_s);
    QCOMPARE(cli({u"invoice"_s, u"red"_s, u"request"_s, m_first, u"--amount"_s, u"1300"_s, u"--reason"_s, u"x"_s})
                 .errorJson()
                 .value(u"code"_s)
                 .toString(),
             u"exceeds_remaining"_s);
    const Run list = cli({u"invoice"_s, u"red"_s, u"list"_s});
    QCOMPARE(list.outJson().value(u"confirmations"_s).toArray().first().toObject().value(u"amount"_s).toString(), u"500.00"_s);
    // A buyer outside this server confirmed on the 电子税务局: recorded with its number, confirmed at once.
    QCOMPARE(cli({u"invoice"_s, u"red"_s, u"request"_s, m_first, u"--amount"_s, u"100"_s, u"--reason"_s, u"开票有误"_s,
                  u"--confirmed-elsewhere"_s, u"12345"_s})
                 .errorJson()
                 .value(u"code"_s)
                 .toString(),
             u"invalid_confirmation_number"_s);
    const Run elsewhere = cli({u"invoice"_s, u"red"_s, u"request"_s, m_first, u"--amount"_s, u"100"_s, u"--reason"_s,
                               u"开票有误"_s, u"--confirmed-elsewhere"_s, u"44011224120000012345"_s});
    QVERIFY2(elsewhere.exitCode == 0, elsewhere.err.constData());
    QCOMPARE(elsewhere.outJson().value(u"state"_s).toString(), u"confirmed"_s);
    QCOMPARE(elsewhere.outJson().value(u"confirmation_number"_s).toString(), u"44011224120000012345"_s);
}

void TestInvoiceCommands::customersAndProductsAsLists()
{
    const QString customers = m_dir.filePath(u"customers.csv"_s);
    QFile file(customers);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("名称,统一社会信用代码,地址,电话,自然人\n"
               "北京朝阳科技有限公司,91110108551385082Q,北京市朝阳区建国路88号,010-88886666,否\n"
               "厦门鹭岛贸易有限公司,91350200MA2XXXXX1X,厦门市思明区,0592-1234567,否\n"
               "张三,,,13800000000,是\n");
    file.close();
    const Run refused = cli({u"invoice"_s, u"customer"_s, u"import"_s, customers});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.outJson().value(u"errors"_s).toArray().first().toObject().value(u"row"_s).toInt(), 3);
    QCOMPARE(cli({u"invoice"_s, u"customer"_s, u"list"_s}).outJson().value(u"customers"_s).toArray().size(), 0);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("名称,统一社会信用代码,地址,电话,自然人\n"
               "北京朝阳科技有限公司,91110108551385082Q,北京市朝阳区建国路88号,010-88886666,否\n"
               "张三,,,13800000000,是\n");
    file.close();
    QCOMPARE(cli({u"invoice"_s, u"customer"_s, u"import"_s, customers}).outJson().value(u"imported"_s).toInt(), 2);
    const QJsonArray list = cli({u"invoice"_s, u"customer"_s, u"list"_s}).outJson().value(u"customers"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"名称"_s).toString(), u"北京朝阳科技有限公司"_s);
    QCOMPARE(list.at(0).toObject().value(u"统一社会信用代码"_s).toString(), u"91110108551385082Q"_s);
    const QString exported = m_dir.filePath(u"customers-out.csv"_s);
    QCOMPARE(cli({u"invoice"_s, u"customer"_s, u"export"_s, exported}).exitCode, 0);
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(out.readAll()).contains(u"北京朝阳科技有限公司,91110108551385082Q"_s));
    QCOMPARE(cli({u"invoice"_s, u"customer"_s, u"remove"_s, u"张三"_s}).exitCode, 0);
    QCOMPARE(cli({u"invoice"_s, u"customer"_s, u"list"_s}).outJson().value(u"customers"_s).toArray().size(), 1);

    const QString products = m_dir.filePath(u"products.csv"_s);
    QFile productFile(products);
    QVERIFY(productFile.open(QIODevice::WriteOnly));
    productFile.write("名称,税收分类编码,简称,单位,单价,含税,税率\n笔记本电脑,1090511030000000000,计算机,台,6780,是,13%\n"
                      "咨询,,咨询服务,次,,是,7%\n");
    productFile.close();
    // 7% is no rate in force: the whole list is refused.
    const Run badRate = cli({u"invoice"_s, u"product"_s, u"import"_s, products});
    QCOMPARE(badRate.exitCode, 1);
    QCOMPARE(badRate.errorJson().value(u"code"_s).toString(), u"invalid_rate"_s);
    QCOMPARE(cli({u"invoice"_s, u"product"_s, u"list"_s}).outJson().value(u"products"_s).toArray().size(), 0);
    QVERIFY(productFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    productFile.write("名称,税收分类编码,简称,单位,单价,含税,税率\n笔记本电脑,1090511030000000000,计算机,台,6780,是,13%\n");
    productFile.close();
    QCOMPARE(cli({u"invoice"_s, u"product"_s, u"import"_s, products}).outJson().value(u"imported"_s).toInt(), 1);
    const QJsonObject product
        = cli({u"invoice"_s, u"product"_s, u"list"_s}).outJson().value(u"products"_s).toArray().first().toObject();
    QCOMPARE(product.value(u"税率"_s).toString(), u"13%"_s);
    QCOMPARE(product.value(u"单价"_s).toString(), u"6780"_s);
    // Found by pinyin initials or the start of the code, not by what it does not hold.
    const auto search = [&](const QString &text) {
        return cli({u"invoice"_s, u"product"_s, u"list"_s, u"--search"_s, text}).outJson().value(u"products"_s).toArray().size();
    };
    QCOMPARE(search(u"bjb"_s), 1);
    QCOMPARE(search(u"10905"_s), 1);
    QCOMPARE(search(u"zxfw"_s), 0);
}

void TestInvoiceCommands::taxCodeTable()
{
    const auto search = [&](const QString &text) {
        return runCli({u"invoice"_s, u"codes"_s, u"search"_s, text, u"--workspace"_s, m_workspace}); // no password needed
    };
    // Before any import, the shipped table (version 32.0) answers.
    const QJsonArray shipped = search(u"jsj"_s).outJson().value(u"codes"_s).toArray();
    QVERIFY(!shipped.isEmpty());
    const QString table = m_dir.filePath(u"codes.csv"_s);
    QFile file(table);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("编码,货物和劳务名称,商品和服务分类简称,增值税税率\n1090511030000000000,便携式计算机,计算机,13%\n"
               "3040201000000000000,软件服务,信息技术服务,6%\nabc,坏行,,\n3040201010000000000,软件维护服务,信息技术服务,6%\n");
    file.close();
    const Run imported
        = runCli({u"invoice"_s, u"codes"_s, u"import"_s, table, u"--workspace"_s, m_workspace}, {}, u"C.UTF-8"_s, kSecrets);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.outJson().value(u"codes"_s).toInt(), 3);
    QCOMPARE(imported.outJson().value(u"skipped"_s).toArray().first().toObject().value(u"row"_s).toInt(), 4);
    const QJsonArray found = search(u"jsj"_s).outJson().value(u"codes"_s).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"code"_s).toString(), u"1090511030000000000"_s);
    QCOMPARE(found.first().toObject().value(u"rate"_s).toString(), u"0.13"_s);
    // 3040201 is the heading over 3040201010000000000: a summary code, not offered.
    const QJsonArray software = search(u"30402"_s).outJson().value(u"codes"_s).toArray();
    QCOMPARE(software.size(), 1);
    QCOMPARE(software.first().toObject().value(u"code"_s).toString(), u"3040201010000000000"_s);

    // Issuing now checks the lines' codes against the table.
    const int before = cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size();
    QByteArray summary = invoiceJson(u"100.00"_s);
    summary.replace("3040201010000000000", "3040201000000000000");
    const Run refused = cli({u"invoice"_s, u"issue"_s}, summary);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errorJson().value(u"code"_s).toString(), u"summary_tax_code"_s);
    QCOMPARE(refused.errorJson().value(u"field"_s).toString(), u"tax_code"_s);
    QByteArray unknown = invoiceJson(u"100.00"_s);
    unknown.replace("3040201010000000000", "3040201990000000000");
    QCOMPARE(cli({u"invoice"_s, u"issue"_s}, unknown).errorJson().value(u"code"_s).toString(), u"unknown_tax_code"_s);
    QCOMPARE(cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size(), before);
    const Run issued = cli({u"invoice"_s, u"issue"_s}, invoiceJson(u"100.00"_s));
    QVERIFY2(issued.exitCode == 0, issued.err.constData());

    // Nor is a product remembered with a summary code.
    const int products = cli({u"invoice"_s, u"product"_s, u"list"_s}).outJson().value(u"products"_s).toArray().size();
    const QString list = m_dir.filePath(u"summary-product.csv"_s);
    QFile productFile(list);
    QVERIFY(productFile.open(QIODevice::WriteOnly));
    productFile.write("名称,税收分类编码,简称,单位,单价,含税,税率\n软件,3040201000000000000,信息技术服务,套,100,是,6%\n");
    productFile.close();
    const Run product = cli({u"invoice"_s, u"product"_s, u"import"_s, list});
    QCOMPARE(product.exitCode, 1);
    QCOMPARE(product.errorJson().value(u"code"_s).toString(), u"summary_tax_code"_s);
    QCOMPARE(cli({u"invoice"_s, u"product"_s, u"list"_s}).outJson().value(u"products"_s).toArray().size(), products);
}

void TestInvoiceCommands::receivedInvoicesAreImportedCheckedConfirmedAndExported()
{
    // The genuine sample as if sent to this enterprise: its masked buyer ID replaced by ours.
    QFile sample(QStringLiteral(TAXBOX_SOURCE_DIR "/tests/data/invoices/shudianpiao-genuine-gd-2024.xml"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray ours = sample.readAll();
    ours.replace("<BuyerIdNum>012345678901234567</BuyerIdNum>", "<BuyerIdNum>" + kCreditCode.toLatin1() + "</BuyerIdNum>");
    QDir(m_dir.path()).mkpath(u"received"_s);
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(u"received/"_s + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"supplier.xml"_s, ours);
    write(u"not-an-invoice.xml"_s, "<?xml version=\"1.0\"?><html><body/></html>");
    // A file naming another buyer, and one whose figures do not add up.
    write(
        u"someone-else.xml"_s, sample.fileName().isEmpty() ? QByteArray() : [&] {
            QByteArray other = ours;
            other.replace("<BuyerIdNum>" + kCreditCode.toLatin1(), "<BuyerIdNum>91110108551385082Q");
            other.replace("24442000000036916313", "24442000000036916314");
            return other;
        }());

    // Any refused file: nothing is imported, and every problem names its file.
    const Run refused = cli({u"invoice"_s, u"received"_s, u"import"_s, m_dir.filePath(u"received"_s)});
    QCOMPARE(refused.exitCode, 1);
    const QJsonArray problems = refused.outJson().value(u"refused"_s).toArray();
    QCOMPARE(problems.size(), 2);
    QStringList codes;
    for (const QJsonValue &problem : problems) {
        codes.append(problem.toObject().value(u"code"_s).toString());
        QVERIFY(problem.toObject().value(u"message"_s).toString().startsWith(problem.toObject().value(u"file"_s).toString()));
    }
    codes.sort();
    QCOMPARE(codes, (QStringList{u"not_invoice"_s, u"not_our_invoice"_s}));
    QCOMPARE(cli({u"invoice"_s, u"received"_s, u"list"_s}).outJson().value(u"count"_s).toInt(), 0);

    // The good one with --skip-bad; again: a duplicate, skipped; in a zip: the same.
    const Run imported = cli({u"invoice"_s, u"received"_s, u"import"_s, m_dir.filePath(u"received"_s), u"--skip-bad"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.outJson().value(u"imported"_s).toArray().size(), 1);
    QCOMPARE(cli({u"invoice"_s, u"received"_s, u"import"_s, m_dir.filePath(u"received/supplier.xml"_s)})
                 .outJson()
                 .value(u"duplicates"_s)
                 .toArray()
                 .size(),
             1);
    const QString zip = m_dir.filePath(u"month.zip"_s);
    {
        QuaZip archive(zip);
        QVERIFY(archive.open(QuaZip::mdCreate));
        QuaZipFile entry(&archive);
        QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(u"2024-01/supplier.xml"_s)));
        entry.write(ours);
        entry.close();
        archive.close();
    }
    const Run zipped = cli({u"invoice"_s, u"received"_s, u"import"_s, zip});
    QCOMPARE(zipped.outJson().value(u"duplicates"_s).toArray().first().toObject().value(u"file"_s).toString(),
             u"month.zip/2024-01/supplier.xml"_s);

    // An invoice first registered by its QR code alone cannot be deducted (its tax is unknown); importing its
    // file later fills in the details instead of counting a duplicate.
    const Run scanned
        = cli({u"invoice"_s, u"received"_s, u"add"_s, u"--qr"_s, u"01,31,,24312000000358032546,633.00,20241118,,16C0"_s});
    QVERIFY2(scanned.exitCode == 0, scanned.err.constData());
    QCOMPARE(cli({u"invoice"_s, u"received"_s, u"confirm"_s, u"24312000000358032546"_s, u"--deduct"_s, u"2024-12"_s})
                 .errorJson()
                 .value(u"code"_s)
                 .toString(),
             u"details_unknown"_s);
    // A decision already taken on it stays when its file fills in the details.
    QVERIFY(
        cli({u"invoice"_s, u"received"_s, u"confirm"_s, u"24312000000358032546"_s, u"--not-deduct"_s, u"用于集体福利"_s}).exitCode
        == 0);
    QByteArray later = ours;
    later.replace("24442000000036916313", "24312000000358032546");
    later.replace("<IssueTime>2024-01-24</IssueTime>", "<IssueTime>2024-11-18</IssueTime>");
    later.replace("2024-01-24 16:23:48", "2024-11-18 10:00:00");
    later.replace("<TotalAmWithoutTax>15841.58</TotalAmWithoutTax>", "<TotalAmWithoutTax>626.73</TotalAmWithoutTax>");
    later.replace("<TotalTaxAm>158.42</TotalTaxAm>", "<TotalTaxAm>6.27</TotalTaxAm>");
    later.replace("<TotalTax-includedAmount>16000.00</TotalTax-includedAmount>",
                  "<TotalTax-includedAmount>633.00</TotalTax-includedAmount>");
    later.replace("壹万陆仟圆整", "陆佰叁拾叁圆整");
    later.replace("<UnPrice>15841.5841584158</UnPrice>", "<UnPrice>626.73</UnPrice>");
    later.replace("<Amount>15841.58</Amount>", "<Amount>626.73</Amount>");
    later.replace("<ComTaxAm>158.42</ComTaxAm>", "<ComTaxAm>6.27</ComTaxAm>");
    later.replace("<TotaltaxIncludedAmount>16000.00</TotaltaxIncludedAmount>",
                  "<TotaltaxIncludedAmount>633.00</TotaltaxIncludedAmount>");
    const QString laterFile = m_dir.filePath(u"later.xml"_s);
    {
        QFile file(laterFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(later);
    }
    const Run filled = cli({u"invoice"_s, u"received"_s, u"import"_s, laterFile});
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QCOMPARE(filled.outJson().value(u"imported"_s).toArray().size(), 1);
    const QJsonObject filledIn = cli({u"invoice"_s, u"received"_s, u"show"_s, u"24312000000358032546"_s}).outJson();
    QCOMPARE(filledIn.value(u"deductible_tax"_s).toString(), u"6.27"_s);
    QCOMPARE(filledIn.value(u"use"_s).toString(), u"not_deduct"_s);
    QCOMPARE(filledIn.value(u"use_reason"_s).toString(), u"用于集体福利"_s);

    const QJsonObject shown = cli({u"invoice"_s, u"received"_s, u"show"_s, u"24442000000036916313"_s}).outJson();
    QCOMPARE(shown.value(u"total"_s).toString(), u"16000.00"_s);
    QCOMPARE(shown.value(u"deductible_tax"_s).toString(), u"158.42"_s);
    QVERIFY(shown.value(u"checks_passed"_s).toBool());
    QCOMPARE(shown.value(u"use"_s).toString(), u"unconfirmed"_s);

    // 用途确认: not before the invoice's month; then deducted in 2024-02.
    const Run early = cli({u"invoice"_s, u"received"_s, u"confirm"_s, u"24442000000036916313"_s, u"--deduct"_s, u"2023-12"_s});
    QCOMPARE(early.errorJson().value(u"code"_s).toString(), u"invalid_period"_s);
    const Run confirmed
        = cli({u"invoice"_s, u"received"_s, u"confirm"_s, u"24442000000036916313"_s, u"--deduct"_s, u"2024-02"_s});
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
    const QJsonObject deducted
        = cli({u"invoice"_s, u"received"_s, u"list"_s, u"--use"_s, u"deduct"_s, u"--period"_s, u"2024-02"_s}).outJson();
    QCOMPARE(deducted.value(u"count"_s).toInt(), 1);
    QCOMPARE(deducted.value(u"total_deductible_tax"_s).toString(), u"158.42"_s);

    // A passenger ticket typed by hand: 9% of the fare including tax (1090.00 → 90.00).
    const Run ticket = cli(
        {u"invoice"_s, u"received"_s, u"add"_s},
        R"({"type":"passenger","number":"7812345678901","date":"2026-03-01","seller":"中国东方航空","amount":"1090.00","mode":"air"})");
    QVERIFY2(ticket.exitCode == 0, ticket.err.constData());
    QCOMPARE(ticket.outJson().value(u"deductible_tax"_s).toString(), u"90.00"_s);
    const Run badMode
        = cli({u"invoice"_s, u"received"_s, u"add"_s},
              R"({"type":"passenger","number":"7812345678902","date":"2026-03-01","seller":"x","amount":"10.00","mode":"bike"})");
    QCOMPARE(badMode.errorJson().value(u"field"_s).toString(), u"mode"_s);

    // A voucher typed by mistake is taken off with a reason; a deducted invoice is not.
    const Run mistake
        = cli({u"invoice"_s, u"received"_s, u"add"_s},
              R"({"type":"toll","number":"T20261120001","date":"2026-11-20","seller":"x","amount":"10.00","tax":"0.30"})");
    QVERIFY2(mistake.exitCode == 0, mistake.err.constData());
    QCOMPARE(cli({u"invoice"_s, u"received"_s, u"remove"_s, u"T20261120001"_s}).errorJson().value(u"field"_s).toString(),
             u"reason"_s);
    QVERIFY(cli({u"invoice"_s, u"received"_s, u"remove"_s, u"T20261120001"_s, u"--reason"_s, u"录错了"_s}).exitCode == 0);
    QCOMPARE(cli({u"invoice"_s, u"received"_s, u"show"_s, u"T20261120001"_s}).errorJson().value(u"code"_s).toString(),
             u"not_found"_s);
    QCOMPARE(cli({u"invoice"_s, u"received"_s, u"remove"_s, u"24442000000036916313"_s, u"--reason"_s, u"x"_s})
                 .errorJson()
                 .value(u"code"_s)
                 .toString(),
             u"deducted"_s);

    // The ledger as a file, Chinese headings and a total row.
    const QString csv = m_dir.filePath(u"received.csv"_s);
    QVERIFY(cli({u"invoice"_s, u"received"_s, u"export"_s, u"--out"_s, csv}).exitCode == 0);
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY(text.contains(u"发票号码"_s) && text.contains(u"24442000000036916313"_s) && text.contains(u"合计"_s));
    QVERIFY(text.contains(u"254.69"_s)); // 158.42 + 6.27 + 90.00 deductible
}

void TestInvoiceCommands::ofdAndQrCodes()
{
    // Our own invoice as OFD: verify reads it through its CustomTag.
    const QString ofd = m_dir.filePath(u"invoice.ofd"_s);
    const Run exported = cli({u"invoice"_s, u"export"_s, m_first, u"--format"_s, u"ofd"_s, u"--out"_s, ofd});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Run verified = cli({u"invoice"_s, u"verify"_s, ofd});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    QCOMPARE(verified.outJson().value(u"number"_s).toString(), m_first);
    QCOMPARE(verified.outJson().value(u"invoice"_s).toObject().value(u"source"_s).toString(), u"ofd"_s);
    // A scanned QR payload: a genuine one passes, a mistyped one does not.
    const Run good = cli({u"invoice"_s, u"qr"_s, u"01,31,,24312000000358032546,633.00,20241118,,16C0"_s});
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(good.outJson().value(u"total"_s).toString(), u"633.00"_s);
    const Run bad = cli({u"invoice"_s, u"qr"_s, u"01,31,,24312000000358032546,683.00,20241118,,16C0"_s});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.errorJson().value(u"code"_s).toString(), u"qr_check_failed"_s);
}

void TestInvoiceCommands::syncDeliversTheInvoices()
{
    const int issued = cli({u"invoice"_s, u"list"_s}).outJson().value(u"invoices"_s).toArray().size();
    const Run synced = cli({u"sync"_s, u"--server"_s, m_url, u"--server-user"_s, u"王会计"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const QJsonObject report = synced.outJson().value(u"enterprises"_s).toArray().first().toObject();
    // Every invoice and the 红字确认单 confirmed on the 电子税务局 (the server is only told); the red-letter
    // request through the server is refused there (the buyer does not use it).
    QCOMPARE(report.value(u"accepted"_s).toInt(), issued + 1);
    QCOMPARE(report.value(u"rejected"_s).toInt(), 1);
    QCOMPARE(report.value(u"pending"_s).toInt(), 0);
    // The refused request shows as such, and holds nothing of the blue invoice any more.
    QJsonObject request;
    for (const QJsonValue &value : cli({u"invoice"_s, u"red"_s, u"list"_s}).outJson().value(u"confirmations"_s).toArray()) {
        if (value.toObject().value(u"amount"_s).toString() == u"500.00")
            request = value.toObject();
    }
    QCOMPARE(request.value(u"state"_s).toString(), u"rejected"_s);
    // The refused request holds nothing; the 100.00 confirmed on the 电子税务局 still does.
    QCOMPARE(cli({u"invoice"_s, u"red"_s, u"request"_s, m_first, u"--amount"_s, u"1666"_s, u"--reason"_s, u"x"_s}).exitCode, 0);
}

void TestInvoiceCommands::aRestoredOrCopiedWorkspaceIssuesNoNumberTwice()
{
    const auto issue = [this](const QString &workspace) {
        return runCli({u"invoice"_s, u"issue"_s, u"--workspace"_s, workspace, u"--enterprise"_s, kCreditCode},
                      invoiceJson(u"1130.00"_s), u"C.UTF-8"_s, kSecrets);
    };
    const auto numberOf = [](const Run &run) {
        return run.outJson().value(u"issued"_s).toArray().first().toObject().value(u"number"_s).toString();
    };
    // Monday's backup.
    const QString archive = m_dir.filePath(u"monday.zip"_s);
    const Run backup = cli({u"backup"_s, u"--out"_s, archive});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());

    // A copy of the workspace folder (another folder here; another computer alike) issues nothing from
    // the original's ranges, which the original goes on using.
    const QString copy = m_dir.filePath(u"ws-copy"_s);
    QVERIFY(QDir().mkpath(copy));
    for (QDirIterator it(m_workspace, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        const QString target = copy + file.mid(m_workspace.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(file, target));
    }
    const Run fromCopy = issue(copy);
    QCOMPARE(fromCopy.exitCode, 1);
    QCOMPARE(fromCopy.errorJson().value(u"code"_s).toString(), u"numbers_retired"_s);
    QCOMPARE(issue(copy).errorJson().value(u"code"_s).toString(), u"numbers_retired"_s); // still, on a second try

    // Tuesday: the original issues.
    const Run tuesday = issue(m_workspace);
    QVERIFY2(tuesday.exitCode == 0, tuesday.err.constData());
    const QString tuesdayNumber = numberOf(tuesday);

    // Wednesday: Monday's backup is restored. It lacks Tuesday's invoice, so its ranges are retired.
    const Run restore = cli({u"restore"_s, archive});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    const Run afterRestore = issue(m_workspace);
    QCOMPARE(afterRestore.exitCode, 1);
    QCOMPARE(afterRestore.errorJson().value(u"code"_s).toString(), u"numbers_retired"_s);
    QVERIFY(afterRestore.errorJson().value(u"message"_s).toString().contains(u"sync"_s));

    // After a sync with a new grant it issues again, never Tuesday's number.
    const Run synced
        = cli({u"sync"_s, u"--server"_s, m_url, u"--server-user"_s, u"王会计"_s, u"--numbers"_s, u"digital_invoice:5"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const Run thursday = issue(m_workspace);
    QVERIFY2(thursday.exitCode == 0, thursday.err.constData());
    QVERIFY(numberOf(thursday) != tuesdayNumber);
    QVERIFY(numberOf(thursday).right(15).toLongLong() > tuesdayNumber.right(15).toLongLong());

    // Every file Taxbox wrote that holds user data is the owner's alone (0600), the backup too.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(archive).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    for (QDirIterator it(m_workspace, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        QVERIFY2((QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser)) == ownerOnly,
                 qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestInvoiceCommands)
#include "TestInvoiceCommands.moc"
