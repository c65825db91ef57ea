// The invoice files as the world reads them: every Taxbox XML file read by a strict reader of the real
// structure written here from ../shared/spec/invoice-format.md and the genuine sample (never from
// Taxbox's writer); the genuine sample and QR codes read and checked; files of the old form still
// verifying; red invoices as real ones are.

#include "InvoiceFixtures.h"
#include "crypto/Crypto.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceDocument.h"
#include "invoice/InvoiceFile.h"
#include "invoice/OfdFile.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::invoice;

namespace {

const rules::RulePack &pack()
{
    return **rules::RulePack::builtIn();
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TAXBOX_TEST_DATA_DIR "/invoices/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

/// An element of the strict reader's tree.
struct Node
{
    QString name;
    QString text;
    QList<Node> children;
    [[nodiscard]] const Node *child(const QString &childName) const
    {
        for (const Node &c : children) {
            if (c.name == childName)
                return &c;
        }
        return nullptr;
    }
    [[nodiscard]] QString at(const QString &path) const
    {
        const Node *node = this;
        for (const QString &part : path.split(u'/')) {
            node = node->child(part);
            if (!node)
                return {};
        }
        return node->text;
    }
    [[nodiscard]] QStringList names() const
    {
        QStringList list;
        for (const Node &c : children)
            list.append(c.name);
        return list;
    }
};

/// Reads XML into a tree; fails the test on malformed XML.
Node parseTree(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    QList<Node> stack{Node{}};
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            stack.append(Node{xml.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!xml.isWhitespace())
                stack.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            Node done = stack.takeLast();
            stack.last().children.append(done);
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        qWarning() << "XML error" << xml.errorString();
    return stack.first().children.value(0);
}

/// The strict reader: what invoice-format.md says real files are, as a reader that refuses anything
/// else (like R2's typed model, which refuses a whole file whose IssueTime is not an xs:date). Returns
/// the problems found; empty when the file is as real files are.
QStringList strictProblems(const QByteArray &bytes)
{
    QStringList problems;
    const auto require = [&](bool ok, const QString &what) {
        if (!ok)
            problems.append(what);
    };
    require(bytes.startsWith(R"(<?xml version="1.0" encoding="utf-8" standalone="yes"?>)"), u"declaration"_s);
    const Node root = parseTree(bytes);
    require(root.name == u"EInvoice", u"root"_s);
    // The standard elements in order; anything else only after them (a reader skips what follows).
    const QStringList top = root.names();
    require(top.mid(0, 2) == QStringList({u"Header"_s, u"EInvoiceData"_s}), u"top order: "_s + top.join(u','));
    const qsizetype supervision = top.indexOf(u"TaxSupervisionInfo"_s);
    require(supervision >= 2, u"TaxSupervisionInfo"_s);
    for (qsizetype i = 2; i < supervision; ++i)
        require(top.at(i) == u"SellerAuthentication", u"unknown element before TaxSupervisionInfo: "_s + top.at(i));

    const Node *header = root.child(u"Header"_s);
    require(header && header->names().mid(0, 4) == QStringList({u"EIid"_s, u"EInvoiceTag"_s, u"Version"_s, u"InherentLabel"_s}),
            u"header order"_s);
    if (!header)
        return problems;
    require(QRegularExpression(u"^SWEI[1-8][0-9]00$"_s).match(header->at(u"EInvoiceTag"_s)).hasMatch(), u"EInvoiceTag"_s);
    require(QStringList({u"0.31"_s, u"0.32"_s}).contains(header->at(u"Version"_s)), u"Version "_s + header->at(u"Version"_s));
    const Node *labels = header->child(u"InherentLabel"_s);
    require(labels && labels->names().mid(0, 3) == QStringList({u"InIssuType"_s, u"EInvoiceType"_s, u"GeneralOrSpecialVAT"_s}),
            u"InherentLabel order"_s);
    if (!labels)
        return problems;
    const QString issueType = labels->at(u"InIssuType/LabelCode"_s);
    require(issueType == u"Y" || issueType == u"N", u"InIssuType"_s);
    require(labels->at(u"InIssuType/LabelName"_s) == u"是否蓝字发票标志", u"InIssuType name"_s);
    require(labels->at(u"EInvoiceType/LabelCode"_s) == u"01" && labels->at(u"EInvoiceType/LabelName"_s) == u"电子发票",
            u"EInvoiceType"_s);
    const QString vat = labels->at(u"GeneralOrSpecialVAT/LabelCode"_s);
    require((vat == u"01" && labels->at(u"GeneralOrSpecialVAT/LabelName"_s) == u"增值税专用发票")
                || (vat == u"02" && labels->at(u"GeneralOrSpecialVAT/LabelName"_s) == u"普通发票"),
            u"GeneralOrSpecialVAT"_s);

    const Node *data = root.child(u"EInvoiceData"_s);
    require(data != nullptr, u"EInvoiceData"_s);
    if (!data)
        return problems;
    // No element is written empty except the two groups real files write so.
    std::function<void(const Node &)> noEmpty = [&](const Node &node) {
        if (node.children.isEmpty() && node.text.isEmpty() && node.name != u"SpecificInformation"
            && node.name != u"AdditionalInformation")
            problems.append(u"empty "_s + node.name);
        for (const Node &c : node.children)
            noEmpty(c);
    };
    for (const QString &part : {u"Header"_s, u"EInvoiceData"_s, u"TaxSupervisionInfo"_s}) {
        if (const Node *node = root.child(part))
            noEmpty(*node);
    }
    static const QRegularExpression money(u"^-?[0-9]+\\.[0-9]{2}$"_s);
    static const QRegularExpression rate(u"^0(\\.[0-9]+)?$"_s);
    const Node *basic = data->child(u"BasicInformation"_s);
    require(basic != nullptr, u"BasicInformation"_s);
    if (!basic)
        return problems;
    for (const QString &field : {u"TotalAmWithoutTax"_s, u"TotalTaxAm"_s, u"TotalTax-includedAmount"_s})
        require(money.match(basic->at(field)).hasMatch(), field + u' ' + basic->at(field));
    require(!basic->at(u"TotalTax-includedAmountInChinese"_s).isEmpty(), u"words"_s);
    require(QRegularExpression(u"^20[0-9]{2}-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]$"_s)
                .match(basic->at(u"RequestTime"_s))
                .hasMatch(),
            u"RequestTime "_s + basic->at(u"RequestTime"_s));
    require(!data->at(u"SellerInformation/SellerName"_s).isEmpty() && !data->at(u"SellerInformation/SellerIdNum"_s).isEmpty(),
            u"seller"_s);
    require(!data->at(u"BuyerInformation/BuyerName"_s).isEmpty(), u"buyer"_s);
    qint64 amounts = 0;
    for (const Node &item : data->children) {
        if (item.name != u"IssuItemInformation")
            continue;
        static const QStringList known{u"ItemName"_s,
                                       u"SpecMod"_s,
                                       u"MeaUnits"_s,
                                       u"Quantity"_s,
                                       u"UnPrice"_s,
                                       u"Amount"_s,
                                       u"TaxRate"_s,
                                       u"ComTaxAm"_s,
                                       u"TotaltaxIncludedAmount"_s,
                                       u"TaxClassificationCode"_s};
        for (const QString &name : item.names())
            require(known.contains(name), u"unknown line element "_s + name);
        require(QRegularExpression(u"^\\*[^*]+\\*.+$"_s).match(item.at(u"ItemName"_s)).hasMatch(), u"ItemName"_s);
        require(money.match(item.at(u"Amount"_s)).hasMatch() && money.match(item.at(u"ComTaxAm"_s)).hasMatch()
                    && money.match(item.at(u"TotaltaxIncludedAmount"_s)).hasMatch(),
                u"line amounts"_s);
        require(rate.match(item.at(u"TaxRate"_s)).hasMatch(), u"TaxRate "_s + item.at(u"TaxRate"_s));
        const qint64 amount = qRound64(item.at(u"Amount"_s).toDouble() * 100); // the test's own arithmetic
        amounts += amount;
        if (!item.at(u"Quantity"_s).isEmpty()) {
            // Quantity × UnPrice = Amount: the price is without tax.
            const double product = item.at(u"Quantity"_s).toDouble() * item.at(u"UnPrice"_s).toDouble();
            require(std::abs(product * 100 - amount) < 0.51,
                    u"Quantity × UnPrice ≠ Amount on "_s + item.at(u"ItemName"_s) + u": "_s + item.at(u"Quantity"_s) + u" × "_s
                        + item.at(u"UnPrice"_s) + u" vs "_s + item.at(u"Amount"_s));
        } else {
            require(item.at(u"UnPrice"_s).isEmpty(), u"a price without a quantity"_s);
        }
    }
    require(amounts == qRound64(basic->at(u"TotalAmWithoutTax"_s).toDouble() * 100), u"lines do not add up"_s);

    const Node *taxInfo = root.child(u"TaxSupervisionInfo"_s);
    require(taxInfo
                && taxInfo->names() == QStringList({u"InvoiceNumber"_s, u"IssueTime"_s, u"TaxBureauCode"_s, u"TaxBureauName"_s}),
            u"TaxSupervisionInfo elements"_s);
    if (!taxInfo)
        return problems;
    require(QRegularExpression(u"^[0-9]{20}$"_s).match(taxInfo->at(u"InvoiceNumber"_s)).hasMatch(), u"InvoiceNumber"_s);
    require(header->at(u"EIid"_s) == taxInfo->at(u"InvoiceNumber"_s), u"EIid"_s);
    // xs:date, as R2's model types it.
    require(QRegularExpression(u"^20[0-9]{2}-[01][0-9]-[0-3][0-9]$"_s).match(taxInfo->at(u"IssueTime"_s)).hasMatch(),
            u"IssueTime "_s + taxInfo->at(u"IssueTime"_s));
    require(basic->at(u"RequestTime"_s).startsWith(taxInfo->at(u"IssueTime"_s)), u"dates disagree"_s);
    const QString province = taxInfo->at(u"InvoiceNumber"_s).mid(2, 2);
    require(header->at(u"EInvoiceTag"_s) == u"SWEI"_s + province + u"00"_s, u"EInvoiceTag vs number"_s);
    require(QRegularExpression(u"^1[0-9]{10}$"_s).match(taxInfo->at(u"TaxBureauCode"_s)).hasMatch()
                && taxInfo->at(u"TaxBureauCode"_s).mid(1, 2) == province,
            u"TaxBureauCode"_s);
    require(taxInfo->at(u"TaxBureauName"_s).startsWith(u"国家税务总局") && taxInfo->at(u"TaxBureauName"_s).endsWith(u"税务局"),
            u"TaxBureauName"_s);

    if (issueType == u"N") {
        require(basic->at(u"TotalTax-includedAmount"_s).startsWith(u'-'), u"red total"_s);
        require(basic->at(u"TotalTax-includedAmountInChinese"_s).startsWith(u"（负数）"), u"red words"_s);
        const QString blue = data->at(u"SpecificInformation/RedEInvoice/OriginalInvoiceCode"_s);
        require(QRegularExpression(u"^[0-9]{20}$"_s).match(blue).hasMatch(), u"OriginalInvoiceCode"_s);
        require(!data->at(u"SpecificInformation/RedEInvoice/CreditNoteNumber"_s).isEmpty(), u"CreditNoteNumber"_s);
        require(data->at(u"AdditionalInformation/Remark"_s).startsWith(u"被红冲蓝字数电发票号码："_s + blue), u"red remark"_s);
    }
    return problems;
}

} // namespace

class TestInvoiceFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void genuineQrCodesCheck();
    void genuineSampleIsReadAndChecked();
    void aChangedGenuineFileIsCaught();
    void theStrictReaderRefusesWhatRealReadersRefuse();
    void everyKindOfTaxboxFileReadsAsRealFilesDo();
    void redInvoicesAreAsRealOnesAre();
    void filesOfTheOldFormStillVerify();
    void aSellerInASeparatelyPlannedCityHasItsOwnBureau();
    void theOfdFileIsReadAsGenuineOnesAre();

private:
    IssuedInvoice issue(const InvoiceDraft &draft);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<InvoiceBook> m_book;
    testing::LocalServer m_server;
};

void TestInvoiceFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    profile.taxpayerKind = TaxpayerKind::General;
    auto created = store::EnterpriseStore::create(m_dir->filePath(u"e.db"_s), crypto::SecureBytes::random(32), u"e1"_s, profile,
                                                  {u"u1"_s, u"王会计"_s, Role::Accountant});
    QVERIFY(created);
    m_store = std::move(*created);
    m_book = std::make_unique<InvoiceBook>(*m_store, pack());
    m_book->setClock([] { return QDateTime(QDate(2026, 3, 15), QTime(2, 30, 5), Qt::UTC); });
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 50));
}

void TestInvoiceFiles::cleanup()
{
    m_book.reset();
    m_store.reset();
    m_dir.reset();
}

IssuedInvoice TestInvoiceFiles::issue(const InvoiceDraft &draft)
{
    auto issued = m_book->issue(draft);
    if (!issued)
        qFatal("issue failed: %s", qPrintable(issued.error().message));
    return *issued;
}

void TestInvoiceFiles::genuineQrCodesCheck()
{
    // The two genuine payloads of invoice-format.md end in their CRC-16/UMTS.
    QCOMPARE(qrCheck("01,32,,26447000001243494438,285.92,20260619,,"), u"300A"_s);
    QCOMPARE(qrCheck("01,31,,24312000000358032546,633.00,20241118,,"), u"16C0"_s);
    // What a barcode gun types (with its Enter) is read.
    auto scanned = QrPayload::parse(u"01,31,,24312000000358032546,633.00,20241118,,16C0\r\n");
    QVERIFY2(scanned, scanned ? "" : qPrintable(scanned.error().message));
    QCOMPARE(scanned->kind, InvoiceKind::Special);
    QCOMPARE(scanned->number, u"24312000000358032546"_s);
    QCOMPARE(scanned->total.toString(), u"633.00"_s);
    QCOMPARE(scanned->date, QDate(2024, 11, 18));
    QVERIFY(scanned->checkMatches());
    // One changed digit of the total: the check code no longer agrees.
    auto changed = QrPayload::parse(u"01,31,,24312000000358032546,683.00,20241118,,16C0");
    QVERIFY(changed);
    QVERIFY(!changed->checkMatches());
    // Not a payload at all: said plainly.
    auto notOne = QrPayload::parse(u"https://example.com/x");
    QVERIFY(!notOne);
    QCOMPARE(notOne.error().code, u"not_qr_payload"_s);
}

void TestInvoiceFiles::genuineSampleIsReadAndChecked()
{
    const QByteArray bytes = readData(u"shudianpiao-genuine-gd-2024.xml"_s);
    auto document = readEInvoiceXml(bytes);
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    QCOMPARE(document->number, u"24442000000036916313"_s);
    QCOMPARE(document->kind, InvoiceKind::Special);
    QVERIFY(!document->red);
    QCOMPARE(document->issueDate, QDate(2024, 1, 24));
    QCOMPARE(document->seller.name, u"广州市XXXXXXX有限公司"_s);
    QCOMPARE(document->buyer.creditCode, u"012345678901234567"_s);
    QCOMPARE(document->lines.size(), 1);
    QCOMPARE(document->lines.at(0).unitPrice, u"15841.5841584158"_s);
    QCOMPARE(document->lines.at(0).rate, u"0.01"_s);
    QCOMPARE(document->total.toString(), u"16000.00"_s);
    QCOMPARE(document->taxBureauName, u"国家税务总局广东省税务局"_s);
    // Offline, everything checkable holds; what is not checkable is said.
    const Verification verification = verifyInvoiceFile(bytes, pack());
    QVERIFY2(verification.valid(), qPrintable(QString::fromUtf8(QJsonDocument(verification.toJson()).toJson())));
    QVERIFY(!verification.invoice);
    QCOMPARE(verification.unchecked.size(), 2);
    QVERIFY(verification.toJson().value(u"not_checked"_s).toArray().first().toString().contains(u"SM2"_s));
    // The strict reader, written from the spec, reads the genuine file too (it is the reader's own test).
    const QStringList problems = strictProblems(bytes);
    // All but what the publisher masked (EInvoiceTag XXXXXXXX, EIid 0123…).
    QCOMPARE(problems, (QStringList{u"EInvoiceTag"_s, u"EIid"_s, u"EInvoiceTag vs number"_s}));
}

void TestInvoiceFiles::aChangedGenuineFileIsCaught()
{
    QByteArray bytes = readData(u"shudianpiao-genuine-gd-2024.xml"_s);
    QByteArray total = bytes;
    total.replace("<TotalTax-includedAmount>16000.00", "<TotalTax-includedAmount>18000.00");
    const Verification changed = verifyInvoiceFile(total, pack());
    QVERIFY(!changed.valid());
    QStringList failed;
    for (const VerificationCheck &check : changed.checks) {
        if (!check.passed)
            failed.append(check.name);
    }
    QCOMPARE(failed, (QStringList{u"arithmetic"_s, u"words"_s}));
    // A required element gone: the file is refused naming it as the invoice shows it.
    QByteArray noBuyer = bytes;
    noBuyer.replace("<BuyerName>广州XXXXXXXXXXX公司</BuyerName>", "");
    const Verification missing = verifyInvoiceFile(noBuyer, pack());
    QVERIFY(!missing.valid());
    QVERIFY2(missing.checks.first().message.contains(u"购买方名称"_s), qPrintable(missing.checks.first().message));
    // XML that is no invoice.
    QCOMPARE(readEInvoiceXml("<?xml version=\"1.0\"?><html/>").error().code, u"not_invoice"_s);
}

void TestInvoiceFiles::theStrictReaderRefusesWhatRealReadersRefuse()
{
    // The reader is only worth its verdicts if it refuses what real readers refuse: the old form's
    // IssueTime with a time, a price including tax, an empty element.
    const QByteArray old = readData(u"taxbox-1-blue.xml"_s);
    const QStringList problems = strictProblems(old);
    QVERIFY(problems.contains(u"declaration"_s));
    QVERIFY(std::any_of(problems.begin(), problems.end(), [](const QString &p) { return p.startsWith(u"IssueTime"_s); }));
    QVERIFY(std::any_of(problems.begin(), problems.end(), [](const QString &p) { return p.startsWith(u"Version"_s); }));
    QVERIFY(std::any_of(problems.begin(), problems.end(), [](const QString &p) { return p.startsWith(u"empty"_s); }));
}

void TestInvoiceFiles::everyKindOfTaxboxFileReadsAsRealFilesDo()
{
    // Special with a price including tax, ordinary to an individual, a discount line, a quantity with
    // decimals: every file is as real files are, and Taxbox's reader of outside files reads it back.
    QList<InvoiceDraft> drafts{testing::sampleDraft(), testing::sampleDraft(u"99.99"_s, true)};
    auto discounted = InvoiceDraft::fromJson(QJsonDocument::fromJson(R"({
        "kind": "special",
        "buyer": {"name": "北京朝阳科技有限公司", "credit_code": "91110108551385082Q"},
        "lines": [
          {"tax_code": "1090511030000000000", "short_name": "计算机", "name": "笔记本电脑", "specification": "ThinkPad X1",
           "unit": "台", "quantity": "3", "unit_price": "6999.99", "price_includes_tax": true, "rate": "0.13"},
          {"tax_code": "1090511030000000000", "short_name": "计算机", "name": "笔记本电脑", "amount": "-300.00",
           "price_includes_tax": true, "rate": "0.13", "discount": true},
          {"tax_code": "3040201010000000000", "short_name": "信息技术服务", "name": "安装调试", "unit": "小时",
           "quantity": "2.5", "unit_price": "123.4567", "rate": "0.06"}
        ],
        "drawer": "王会计"})")
                                                 .object());
    QVERIFY2(discounted, discounted ? "" : qPrintable(discounted.error().message));
    drafts.append(*discounted);
    for (const InvoiceDraft &draft : drafts) {
        const IssuedInvoice issued = issue(draft);
        const QByteArray xml = InvoiceFile::toXml(issued);
        const QStringList problems = strictProblems(xml);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", "_s) + u"\n"_s + QString::fromUtf8(xml)));
        // Taxbox's own reader of suppliers' files reads what the standard elements say.
        auto document = readEInvoiceXml(xml);
        QVERIFY(document);
        QCOMPARE(document->number, issued.invoice.number);
        QCOMPARE(document->total, issued.invoice.totals.total);
        QCOMPARE(document->lines.size(), issued.invoice.lines.size());
        QCOMPARE(document->issueDate, QDate(2026, 3, 15));
        for (const VerificationCheck &check : checkDocument(*document))
            QVERIFY2(check.passed, qPrintable(check.name + u": "_s + check.message));
        const Verification verification = verifyInvoiceFile(xml, pack(), m_server.publicKey());
        QVERIFY2(verification.valid(), qPrintable(QString::fromUtf8(QJsonDocument(verification.toJson()).toJson())));
        QVERIFY(verification.issuerConfirmed);
        QCOMPARE(verification.invoice->invoice.content(), issued.invoice.content());
    }
    // The values themselves: a discount line has no quantity nor price; the seller's kind is there.
    const QByteArray xml = InvoiceFile::toXml(issue(*discounted));
    const Node root = parseTree(xml);
    QCOMPARE(root.at(u"Header/InherentLabel/TaxpayerType/LabelName"_s), u"一般纳税人"_s);
    QCOMPARE(root.at(u"Header/EInvoiceTag"_s), u"SWEI3500"_s);
    QCOMPARE(root.at(u"TaxSupervisionInfo/TaxBureauCode"_s), u"13500000000"_s);
    QCOMPARE(root.at(u"TaxSupervisionInfo/TaxBureauName"_s), u"国家税务总局福建省税务局"_s);
    QCOMPARE(root.at(u"TaxSupervisionInfo/IssueTime"_s), u"2026-03-15"_s);
    QCOMPARE(root.at(u"EInvoiceData/BasicInformation/RequestTime"_s), u"2026-03-15 10:30:05"_s);
    const Node *data = root.child(u"EInvoiceData"_s);
    QList<const Node *> items;
    for (const Node &c : data->children) {
        if (c.name == u"IssuItemInformation")
            items.append(&c);
    }
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0)->at(u"SpecMod"_s), u"ThinkPad X1"_s);
    QCOMPARE(items.at(0)->at(u"Amount"_s), u"18584.04"_s); // 20999.97 / 1.13, rounded
    QCOMPARE(items.at(0)->at(u"UnPrice"_s), u"6194.68"_s); // without tax: 18584.04 / 3
    QVERIFY(items.at(1)->child(u"Quantity"_s) == nullptr && items.at(1)->child(u"UnPrice"_s) == nullptr);
    QCOMPARE(items.at(2)->at(u"UnPrice"_s), u"123.4567"_s);
    QCOMPARE(items.at(2)->at(u"Amount"_s), u"308.64"_s);
    QVERIFY(data->child(u"BuyerInformation"_s)->child(u"BuyerAddr"_s) == nullptr); // absent, not empty
}

void TestInvoiceFiles::redInvoicesAreAsRealOnesAre()
{
    const IssuedInvoice blue = issue(testing::sampleDraft());
    RedRequest asked;
    asked.reason = u"销货退回"_s;
    asked.confirmedElsewhere = u"35011226031500000123"_s;
    auto request = m_book->requestRed(blue.invoice.number, asked);
    QVERIFY2(request, request ? "" : qPrintable(request.error().message));
    // Whatever the interface language, the signed remark is the Chinese one real red invoices carry.
    auto red = m_book->issueRed(request->id);
    QVERIFY2(red, red ? "" : qPrintable(red.error().message));
    QCOMPARE(red->invoice.remarks,
             u"被红冲蓝字数电发票号码："_s + blue.invoice.number + u" 红字发票信息确认单编号：35011226031500000123"_s);
    const QByteArray xml = InvoiceFile::toXml(*red);
    const QStringList problems = strictProblems(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", "_s)));
    const Node root = parseTree(xml);
    QCOMPARE(root.at(u"Header/InherentLabel/InIssuType/LabelCode"_s), u"N"_s);
    QCOMPARE(root.at(u"EInvoiceData/SpecificInformation/RedEInvoice/OriginalInvoiceCode"_s), blue.invoice.number);
    QCOMPARE(root.at(u"EInvoiceData/SpecificInformation/RedEInvoice/CreditNoteNumber"_s), u"35011226031500000123"_s);
    auto document = readEInvoiceXml(xml);
    QVERIFY(document && document->red);
    QCOMPARE(document->blueNumber, blue.invoice.number);
    QVERIFY(verifyInvoiceFile(xml, pack(), m_server.publicKey()).valid());
}

void TestInvoiceFiles::filesOfTheOldFormStillVerify()
{
    // Files exported before 2026-12 (Version taxbox-1, QR check CRC-16/CCITT-FALSE, English red remark):
    // their bytes were signed and handed out; they verify as they are, with the server key that signed them.
    const QByteArray serverKey = QByteArray::fromHex("5e22fc4f4dbc96254d3372dcee1335727f106d1d6e236147623544ba6aeeb6ed");
    for (const QString &name : {u"taxbox-1-blue.xml"_s, u"taxbox-1-red.xml"_s}) {
        const QByteArray bytes = readData(name);
        QVERIFY(InvoiceFile::isLegacy(bytes));
        const Verification verification = verifyInvoiceFile(bytes, pack(), serverKey);
        QVERIFY2(verification.valid(), qPrintable(QString::fromUtf8(QJsonDocument(verification.toJson()).toJson())));
        QVERIFY(verification.issuerConfirmed);
        QCOMPARE(verification.checks.last().name, u"qr"_s);
        // …and a changed one does not.
        QByteArray changed = bytes;
        changed.replace("北京朝阳", "北京海淀");
        QVERIFY(!verifyInvoiceFile(changed, pack(), serverKey).valid());
    }
}

void TestInvoiceFiles::aSellerInASeparatelyPlannedCityHasItsOwnBureau()
{
    Invoice invoice;
    invoice.number = u"26447000000000000001"_s;
    invoice.seller.creditCode = u"91440300708461136T"_s; // a Shenzhen registration
    QCOMPARE(taxBureauOf(invoice).code, u"14403000000"_s);
    QCOMPARE(taxBureauOf(invoice).name, u"国家税务总局深圳市税务局"_s);
    invoice.seller.creditCode = u"91440101MA59XXXX1X"_s; // Guangzhou
    QCOMPARE(taxBureauOf(invoice).code, u"14400000000"_s);
    QCOMPARE(taxBureauOf(invoice).name, u"国家税务总局广东省税务局"_s);
}

void TestInvoiceFiles::theOfdFileIsReadAsGenuineOnesAre()
{
    // An independent reading of the OFD, the way invoice-ofd2json reads genuine invoices: OFD.xml's DocRoot →
    // the document's CustomTags → the CustomTag file's FileLoc → each field's ObjectRef → the page's
    // TextObject with that ID → its TextCode.
    const IssuedInvoice issued = issue(testing::sampleDraft());
    const QByteArray ofd = toOfd(issued);
    QVERIFY(isOfd(ofd));
    QByteArray bytes = ofd;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QHash<QString, QByteArray> parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile entry(&zip);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        parts.insert(zip.getCurrentFileName(), entry.readAll());
    }
    const auto textOf = [](const QByteArray &xml, const QString &qualifiedName) {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == qualifiedName)
                return reader.readElementText();
        }
        return QString();
    };
    QCOMPARE(textOf(parts.value(u"OFD.xml"_s), u"ofd:DocRoot"_s), u"Doc_0/Document.xml"_s);
    const QByteArray document = parts.value(u"Doc_0/Document.xml"_s);
    QCOMPARE(textOf(document, u"ofd:PhysicalBox"_s), u"0 0 210 140"_s);
    const QString tags = u"Doc_0/"_s + textOf(document, u"ofd:CustomTags"_s);
    const QString tag = tags.left(tags.lastIndexOf(u'/') + 1) + textOf(parts.value(tags), u"ofd:FileLoc"_s);
    QVERIFY2(parts.contains(tag), qPrintable(tag));
    QHash<QString, QStringList> refs;
    {
        QXmlStreamReader reader(parts.value(tag));
        QString field;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.qualifiedName() == u"ofd:ObjectRef")
                refs[field].append(reader.readElementText());
            else
                field = reader.name().toString();
        }
    }
    QHash<QString, QString> texts;
    {
        QXmlStreamReader reader(parts.value(u"Doc_0/Pages/Page_0/Content.xml"_s));
        QString id;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.qualifiedName() == u"ofd:TextObject")
                id = reader.attributes().value(u"ID"_s).toString();
            else if (reader.qualifiedName() == u"ofd:TextCode")
                texts[id] += reader.readElementText();
        }
    }
    const auto field = [&](const QString &name) {
        QStringList values;
        for (const QString &id : refs.value(name))
            values.append(texts.value(id));
        return values;
    };
    QCOMPARE(field(u"InvoiceNo"_s), QStringList{issued.invoice.number});
    QCOMPARE(field(u"IssueDate"_s), QStringList{u"2026年03月15日"_s});
    QCOMPARE(field(u"BuyerTaxID"_s), QStringList{u"91110108551385082Q"_s});
    QCOMPARE(field(u"SellerTaxID"_s), QStringList{u"91350100M000100Y43"_s});
    QCOMPARE(field(u"TaxInclusiveTotalAmount"_s), QStringList{u"¥1766.00"_s});
    QCOMPARE(field(u"Item"_s), (QStringList{u"*信息技术服务*软件维护"_s, u"*计算机*笔记本电脑"_s}));
    QCOMPARE(field(u"TaxScheme"_s), (QStringList{u"6%"_s, u"13%"_s}));
    QCOMPARE(field(u"Amount"_s), (QStringList{u"600.00"_s, u"1000.00"_s}));
    // Taxbox's reader of suppliers' OFD gives the same, and the checks hold.
    auto read = readOfd(ofd);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->number, issued.invoice.number);
    QCOMPARE(read->kind, InvoiceKind::Special);
    QCOMPARE(read->total.toString(), u"1766.00"_s);
    QCOMPARE(read->lines.at(1).rate, u"0.13"_s);
    for (const VerificationCheck &check : checkDocument(*read))
        QVERIFY2(check.passed, qPrintable(check.name + u": "_s + check.message));
    // The same invoice gives the same bytes.
    QCOMPARE(toOfd(issued), ofd);
    // A damaged archive is refused, not crashed on.
    QCOMPARE(readOfd(ofd.left(ofd.size() / 2)).error().code, u"format"_s);
}

QTEST_GUILESS_MAIN(TestInvoiceFiles)
#include "TestInvoiceFiles.moc"
