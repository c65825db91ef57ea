// Issuing on a real encrypted store: numbering from granted ranges and their limits, signatures, the
// outbox and audit in the same transaction, immutability, batches, red-letter limits, the ledger, and
// the XML file with its verification and tamper detection.
#include "InvoiceFixtures.h"

#include "crypto/Crypto.h"
#include "ids/InvoiceNumber.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceFile.h"
#include "invoice/TaxCodeCatalogue.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::invoice;

namespace {

const rules::RulePack &pack()
{
    return **rules::RulePack::builtIn();
}

EnterpriseProfile profile()
{
    EnterpriseProfile p;
    p.name = u"福州闽江贸易有限公司"_s;
    p.creditCode = u"91350100M000100Y43"_s;
    p.region = u"350100"_s;
    p.address = u"福州市鼓楼区五四路1号"_s;
    p.phone = u"0591-12345678"_s;
    return p;
}

InvoiceDraft draft(const QString &amount = u"1130.00"_s, bool individual = false)
{
    return testing::sampleDraft(amount, individual);
}

} // namespace

class TestInvoiceBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void issuingNeedsGrantedNumbers();
    void issuedInvoiceIsNumberedSignedAndQueued();
    void issuedInvoicesNeverChange();
    void draftErrorsNameTheField();
    void textThatWouldReadDifferentlyIsRefused();
    void rangeExhaustionAndOfflineLimitsStopIssuing();
    void batchIsAllOrNothingOrValidOnly();
    void aLargeBatchIsSealedOnEveryCoreInOrder();
    void codesOutsideTheImportedTableAreRefused();
    void xmlRoundTripVerifies();
    void tamperingIsReportedWithWhatFailed();
    void redLetterNeedsConfirmationAndNeverExceedsWhatRemains();
    void ledgerFiltersAndTotals();
    void customersAndProductsAreRemembered();
    void canonicalBytesMatchQtJsonForAnyText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<InvoiceBook> m_book;
    testing::LocalServer m_server;
};

void TestInvoiceBook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = store::EnterpriseStore::create(m_dir->filePath(u"e.db"_s), crypto::SecureBytes::random(32), u"e1"_s, profile(),
                                                  {u"u1"_s, u"王会计"_s, Role::Accountant});
    QVERIFY(created);
    m_store = std::move(*created);
    m_book = std::make_unique<InvoiceBook>(*m_store, pack());
    m_book->setClock([] { return QDateTime(QDate(2026, 3, 15), QTime(2, 30), Qt::UTC); });
}

void TestInvoiceBook::cleanup()
{
    m_book.reset();
    m_store.reset();
    m_dir.reset();
}

void TestInvoiceBook::issuingNeedsGrantedNumbers()
{
    auto refused = m_book->issue(draft());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"numbers_exhausted"_s);
    QVERIFY(refused.error().message.contains(u"sync"_s));
    QCOMPARE(*m_book->count(), 0);
}

void TestInvoiceBook::issuedInvoiceIsNumberedSignedAndQueued()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1001, 10));
    const qint64 outboxBefore = m_store->outbox()->size();
    auto issued = m_book->issue(draft());
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    const Invoice &invoice = issued->invoice;
    // 26 (year) 35 (Fujian) 7 (channel: the seller's own system) and the 15-digit sequence of the range.
    QCOMPARE(invoice.number, u"26357000000000001001"_s);
    QVERIFY(InvoiceNumber::parse(invoice.number));
    QCOMPARE(invoice.issuedAt.toString(Qt::ISODate), u"2026-03-15T10:30:00+08:00"_s);
    QCOMPARE(invoice.seller.name, u"福州闽江贸易有限公司"_s);
    // 2 × 300 = 600.00 at 6% → 36.00; 1130.00 including 13% → 1000.00 + 130.00.
    QCOMPARE(invoice.totals.amount.toString(), u"1600.00"_s);
    QCOMPARE(invoice.totals.tax.toString(), u"166.00"_s);
    QCOMPARE(invoice.totals.total.toString(), u"1766.00"_s);
    QCOMPARE(invoice.totals.totalInWords, u"壹仟柒佰陆拾陆圆整"_s);
    QCOMPARE(invoice.lines.at(0).displayName(), u"*信息技术服务*软件维护"_s);
    QVERIFY(crypto::Ed25519::verify(issued->signature.deviceKey(), invoice.signingBytes(), issued->signature.signature));
    QCOMPARE(invoice.qrPayload(),
             u"01,31,,26357000000000001001,1766.00,20260315,,"_s + qrCheck("01,31,,26357000000000001001,1766.00,20260315,,"));

    // The outbox and the audit log got it in the same transaction.
    auto outbox = m_store->outbox();
    QCOMPARE(outbox->size(), outboxBefore + 1);
    QCOMPARE(outbox->last().type, u"invoice.issued"_s);
    QCOMPARE(outbox->last().recordKey, u"invoice:26357000000000001001"_s);
    QCOMPARE(outbox->last().payload.value(u"content"_s).toObject(), invoice.content());
    QCOMPARE(m_store->auditLog()->last().recordId, invoice.number);

    // The next one takes the next number; what was stored reads back the same.
    auto second = m_book->issue(draft());
    QCOMPARE(second->invoice.number, u"26357000000000001002"_s);
    auto found = m_book->find(invoice.number);
    QVERIFY(found);
    QCOMPARE(found->invoice.content(), invoice.content());
    QCOMPARE(found->signature.grant, issued->signature.grant);
}

void TestInvoiceBook::issuedInvoicesNeverChange()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    auto issued = m_book->issue(draft());
    QVERIFY(issued);
    auto &db = m_store->database();
    QVERIFY(!db.execute("UPDATE invoice SET total_fen = 1"));
    QVERIFY(!db.execute("DELETE FROM invoice"));
    QVERIFY(!db.execute("UPDATE invoice_line SET tax_fen = 0"));
    QCOMPARE(*m_book->count(), 1);
}

void TestInvoiceBook::draftErrorsNameTheField()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    InvoiceDraft noCode = draft();
    noCode.buyer.creditCode.clear();
    QCOMPARE(m_book->issue(noCode).error().field, u"buyer.credit_code"_s);
    InvoiceDraft badCode = draft();
    badCode.buyer.creditCode = u"91350100M000100Y44"_s;
    QCOMPARE(m_book->issue(badCode).error().field, u"buyer.credit_code"_s);
    InvoiceDraft individualSpecial = draft(u"100"_s, true);
    individualSpecial.kind = InvoiceKind::Special;
    QCOMPARE(m_book->issue(individualSpecial).error().code, u"individual_special"_s);
    InvoiceDraft noDrawer = draft();
    noDrawer.drawer.clear();
    QCOMPARE(m_book->issue(noDrawer).error().field, u"drawer"_s);
    auto badRate = InvoiceDraft::fromJson(QJsonObject{
        {u"buyer"_s, QJsonObject{{u"name"_s, u"张三"_s}, {u"individual"_s, true}}},
        {u"drawer"_s, u"王"_s},
        {u"lines"_s, QJsonArray{QJsonObject{{u"name"_s, u"咨询"_s}, {u"amount"_s, u"100"_s}, {u"rate"_s, u"0.07"_s}}}}});
    QVERIFY(badRate);
    QCOMPARE(m_book->issue(*badRate).error().code, u"invalid_rate"_s);
    QCOMPARE(InvoiceDraft::fromJson(QJsonObject{{u"lines"_s, QJsonArray{QJsonObject{{u"amount"_s, u"1"_s}}}}}).error().field,
             u"lines[1].rate"_s);
    QCOMPARE(InvoiceDraft::fromJson(QJsonObject{{u"buyer_name"_s, u"x"_s}}).error().code, u"unknown_field"_s);
    // Nothing was numbered by the refusals.
    QCOMPARE(*m_book->count(), 0);
    QCOMPARE(m_book->issue(draft())->invoice.number.right(1), u"1"_s);
}

void TestInvoiceBook::textThatWouldReadDifferentlyIsRefused()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    // A right-to-left override in a signed buyer name turns what follows around on screen and paper.
    InvoiceDraft bidi = draft();
    bidi.buyer.name = u"北京朝阳科技有限公司\u202E司公限有"_s;
    auto refused = m_book->issue(bidi);
    QCOMPARE(refused.error().code, u"invalid_character"_s);
    QCOMPARE(refused.error().field, u"buyer.name"_s);
    QVERIFY2(refused.error().message.contains(u"U+202E"_s), qPrintable(refused.error().message));
    InvoiceDraft invisible = draft();
    invisible.lines.first().name = u"软件\u200B维护"_s;
    QCOMPARE(m_book->issue(invisible).error().field, u"lines[1].name"_s);
    InvoiceDraft control = draft();
    control.drawer = u"王\t会计"_s;
    QCOMPARE(m_book->issue(control).error().code, u"invalid_character"_s);
    // Lengths are characters, not UTF-16 units: 100 characters of 𠀀 (two units each) fit, 101 do not.
    InvoiceDraft longName = draft();
    longName.buyer.name = QString::fromUcs4(std::u32string(100, U'\U00020000').c_str(), 100);
    QVERIFY(invoice::checkInvoiceText(longName.buyer.name, u"buyer.name"_s, u"名称"_s, InvoiceTextLimits::kName));
    longName.buyer.name += u"司"_s;
    QCOMPARE(m_book->issue(longName).error().code, u"too_long"_s);
    // Remarks may have line breaks; nothing else of the above.
    InvoiceDraft remarks = draft();
    remarks.remarks = u"合同号 HT-2026-001\r\n项目：维护"_s;
    QVERIFY(m_book->issue(remarks));
    // Nothing was numbered by the refusals: the one issued invoice took the first number.
    QCOMPARE(*m_book->count(), 1);

    // A remembered product with a negative or absurd price is refused.
    LineInput product = draft().lines.first();
    product.unitPrice = *Decimal::parse(u"-1"_s);
    QCOMPARE(m_book->saveProduct(product).error().code, u"price_out_of_range"_s);
    product.unitPrice = *Decimal::parse(u"100000000000"_s);
    QCOMPARE(m_book->saveProduct(product).error().field, u"unit_price"_s);
    product.unitPrice = *Decimal::parse(u"99999999999.99"_s);
    QVERIFY(m_book->saveProduct(product));
}

void TestInvoiceBook::rangeExhaustionAndOfflineLimitsStopIssuing()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 2, 168, 300'000));
    QVERIFY(m_book->issue(draft(u"100.00"_s)));
    // Over the offline amount (3,000.00 since the last sync): refused, nothing taken.
    auto tooMuch = m_book->issue(draft(u"2000.00"_s));
    QCOMPARE(tooMuch.error().code, u"offline_amount_limit"_s);
    QVERIFY(m_book->issue(draft(u"100.00"_s)));
    auto exhausted = m_book->issue(draft(u"100.00"_s));
    QCOMPARE(exhausted.error().code, u"numbers_exhausted"_s);
    QCOMPARE(*m_book->count(), 2);

    // A new range, but a week and an hour offline: the time limit stops issuing.
    QVERIFY(testing::grantLocally(*m_store, m_server, 100, 5));
    m_book->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(169 * 3600); });
    QCOMPARE(m_book->issue(draft(u"100.00"_s)).error().code, u"offline_time_limit"_s);
    m_book->setClock([] { return QDateTime::currentDateTimeUtc(); });
    QCOMPARE(m_book->issue(draft(u"100.00"_s))->invoice.number.right(3), u"100"_s);
}

void TestInvoiceBook::batchIsAllOrNothingOrValidOnly()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 100));
    InvoiceDraft bad = draft();
    bad.buyer.name.clear();
    const QList<InvoiceDraft> drafts{draft(), bad, draft()};
    auto none = m_book->issueBatch(drafts, BatchMode::AllOrNothing);
    QVERIFY(none);
    QCOMPARE(none->issued.size(), 0);
    QCOMPARE(none->errors.size(), 1);
    QCOMPARE(none->errors.first().index, 2);
    QCOMPARE(none->errors.first().error.field, u"buyer.name"_s);
    QCOMPARE(*m_book->count(), 0);

    auto valid = m_book->issueBatch(drafts, BatchMode::ValidOnly);
    QCOMPARE(valid->issued.size(), 2);
    QCOMPARE(valid->errors.size(), 1);
    QCOMPARE(*m_book->count(), 2);
    QCOMPARE(valid->issued.at(1).invoice.number.right(1), u"2"_s);
}

void TestInvoiceBook::aLargeBatchIsSealedOnEveryCoreInOrder()
{
    // Enough invoices for the parallel sealing, each different (its amount), so a signature or content
    // given to the wrong invoice would show: every stored invoice must verify and match its outbox item.
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 1000));
    const qsizetype before = m_store->outbox()->size();
    QList<InvoiceDraft> drafts;
    for (int i = 0; i < 300; ++i)
        drafts.append(draft(u"%1.%2"_s.arg(100 + i).arg(i % 100, 2, 10, QChar(u'0'))));
    auto batch = m_book->issueBatch(drafts, BatchMode::AllOrNothing);
    QVERIFY(batch);
    QCOMPARE(batch->issued.size(), 300);
    auto outbox = m_store->outbox();
    QCOMPARE(outbox->size(), before + 300);
    for (int i = 0; i < 300; ++i) {
        const IssuedInvoice &issued = batch->issued.at(i);
        QCOMPARE(issued.invoice.number.right(3).toInt(), i + 1);
        // The i-th draft's amount (second line, including tax) made the i-th invoice.
        QCOMPARE(issued.invoice.lines.at(1).amount.fen() + issued.invoice.lines.at(1).tax.fen(), (100 + i) * 100 + i % 100);
        QVERIFY(crypto::Ed25519::verify(issued.signature.deviceKey(), issued.invoice.signingBytes(), issued.signature.signature));
        auto stored = m_book->find(issued.invoice.number);
        QVERIFY(stored);
        QCOMPARE(stored->invoice.content(), issued.invoice.content());
        QCOMPARE(stored->signature.signature, issued.signature.signature);
        const auto &item = outbox->at(before + i);
        QCOMPARE(item.recordKey, u"invoice:"_s + issued.invoice.number);
        QCOMPARE(item.payload.value(u"content"_s).toObject(), issued.invoice.content());
        QCOMPARE(item.payload.value(u"signature"_s).toString(), QString::fromLatin1(issued.signature.signature.toBase64()));
    }
}

void TestInvoiceBook::codesOutsideTheImportedTableAreRefused()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    // The sample's two codes, and 计算机 (10905110) as the heading over 便携式计算机 (no 是否汇总项 column).
    QList<payroll::RowError> errors;
    auto codes = TaxCodeCatalogue::fromTable({{u"编码"_s, u"货物和劳务名称"_s, u"商品和服务分类简称"_s},
                                              {u"3040201010000000000"_s, u"软件维护服务"_s, u"信息技术服务"_s},
                                              {u"1090511000000000000"_s, u"计算机"_s, u"计算机"_s},
                                              {u"1090511030000000000"_s, u"便携式计算机"_s, u"计算机"_s}},
                                             errors);
    QVERIFY(codes);
    m_book->setTaxCodes(&*codes);
    QVERIFY(m_book->issue(draft())); // both codes in the table, neither a summary

    InvoiceDraft summary = draft();
    summary.lines[1].taxCode = u"1090511000000000000"_s;
    auto refused = m_book->issue(summary);
    QCOMPARE(refused.error().code, u"summary_tax_code"_s);
    QCOMPARE(refused.error().field, u"tax_code"_s);
    QVERIFY(refused.error().message.contains(u"Line 2"_s) || refused.error().message.contains(u"第 2 行"_s));
    QVERIFY(!m_book->prepare(summary, QDateTime::currentDateTimeUtc())); // the live totals say so too

    InvoiceDraft unknown = draft();
    unknown.lines[0].taxCode = u"3040201990000000000"_s;
    QCOMPARE(m_book->issue(unknown).error().code, u"unknown_tax_code"_s);
    auto batch = m_book->issueBatch({draft(), unknown}, BatchMode::AllOrNothing);
    QCOMPARE(batch->errors.size(), 1);
    QCOMPARE(batch->errors.first().index, 2);
    QCOMPARE(*m_book->count(), 1); // only the first issue went through

    // A product is not remembered with a code an invoice could not carry.
    const qsizetype products = m_book->products()->size();
    LineInput product = summary.lines.at(1);
    product.name = u"台式机"_s;
    auto notSaved = m_book->saveProduct(product);
    QCOMPARE(notSaved.error().code, u"summary_tax_code"_s);
    QVERIFY(notSaved.error().message.startsWith(u"1090511000000000000"_s)); // no line to name
    QCOMPARE(m_book->products()->size(), products);

    // Without a table (none imported), codes are not checked.
    const TaxCodeCatalogue none;
    m_book->setTaxCodes(&none);
    QVERIFY(m_book->issue(unknown));
}

void TestInvoiceBook::xmlRoundTripVerifies()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    auto issued = m_book->issue(draft());
    QVERIFY(issued);
    const QByteArray xml = InvoiceFile::toXml(*issued);
    QVERIFY(xml.contains("<EInvoice>"));
    QVERIFY(xml.contains("<SellerInformation>"));
    QVERIFY(xml.contains("<IssuItemInformation>"));
    QVERIFY(xml.contains("<ItemName>*信息技术服务*软件维护</ItemName>"));
    auto read = InvoiceFile::fromXml(xml);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->invoice.content(), issued->invoice.content());
    QCOMPARE(InvoiceFile::toXml(*read), xml);

    const Verification verification = verifyInvoiceFile(xml, pack(), m_server.publicKey());
    QVERIFY2(verification.valid(), qPrintable(QString::fromUtf8(QJsonDocument(verification.toJson()).toJson())));
    QCOMPARE(verification.checks.size(), 5);
    // Another server's key does not vouch for the range.
    testing::LocalServer stranger;
    const Verification untrusted = verifyInvoiceFile(xml, pack(), stranger.publicKey());
    QVERIFY(!untrusted.valid());
    QCOMPARE(untrusted.checks.at(2).name, u"grant"_s);
    QVERIFY(!untrusted.checks.at(2).passed);
}

void TestInvoiceBook::tamperingIsReportedWithWhatFailed()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    auto issued = m_book->issue(draft());
    const QByteArray xml = InvoiceFile::toXml(*issued);
    const auto failed = [&](const QByteArray &changed) {
        QStringList names;
        for (const VerificationCheck &check : verifyInvoiceFile(changed, pack(), m_server.publicKey()).checks) {
            if (!check.passed)
                names.append(check.name);
        }
        return names;
    };
    QCOMPARE(failed(xml), QStringList());
    // One changed digit of the buyer's total: the file no longer says what the sealed invoice says, and
    // the message names the line.
    QByteArray total = xml;
    total.replace("<TotalTax-includedAmount>1766.00<", "<TotalTax-includedAmount>1767.00<");
    QCOMPARE(failed(total), QStringList{u"format"_s});
    const Verification changed = verifyInvoiceFile(total, pack(), m_server.publicKey());
    QVERIFY2(changed.checks.at(0).message.contains(u"<TotalTax-includedAmount>1767.00</TotalTax-includedAmount>"_s)
                 && changed.checks.at(0).message.contains(u"<TotalTax-includedAmount>1766.00</TotalTax-includedAmount>"_s),
             qPrintable(changed.checks.at(0).message));
    // The buyer's name: the same.
    QByteArray buyer = xml;
    buyer.replace("北京朝阳", "北京海淀");
    QCOMPARE(failed(buyer), QStringList{u"format"_s});
    // A blank added between elements: the content is intact but the file is not what was exported.
    QByteArray blank = xml;
    blank.replace("<Drawer>", " <Drawer>");
    QCOMPARE(failed(blank), QStringList{u"format"_s});
    // The sealed content itself changed (and the visible part with it): the device's signature fails.
    QByteArray sealed = xml;
    const qsizetype begin = sealed.indexOf("<Content>") + 9;
    const qsizetype end = sealed.indexOf("</Content>");
    QByteArray content = QByteArray::fromBase64(sealed.mid(begin, end - begin));
    content.replace("北京朝阳", "北京海淀");
    sealed.replace(begin, end - begin, content.toBase64());
    sealed.replace("北京朝阳", "北京海淀");
    QCOMPARE(failed(sealed), QStringList{u"signature"_s});
    // Not XML at all.
    QCOMPARE(failed(xml.left(xml.size() / 2)), QStringList{u"format"_s});
}

void TestInvoiceBook::redLetterNeedsConfirmationAndNeverExceedsWhatRemains()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    auto blue = m_book->issue(draft());
    QVERIFY(blue);
    const QString number = blue->invoice.number;
    // An enterprise buyer must confirm through the server first.
    auto request = m_book->requestRed(number, Money::fromFen(50'000), u"销货退回"_s);
    QVERIFY2(request, request ? "" : qPrintable(request.error().message));
    QCOMPARE(request->state, u"requested"_s);
    QCOMPARE(m_store->outbox()->last().type, u"red_confirmation.requested"_s);
    QCOMPARE(m_book->issueRed(request->id).error().code, u"not_confirmed"_s);
    // Never more than remains: 1766.00 less the 500.00 asked for.
    QCOMPARE(m_book->requestRed(number, Money::fromFen(126'601), u"x"_s).error().code, u"exceeds_remaining"_s);
    QCOMPARE(m_book->requestRed(number, {}, QString()).error().field, u"reason"_s);

    QVERIFY(m_book->receiveRedDecision(request->id, true));
    auto red = m_book->issueRed(request->id);
    QVERIFY2(red, red ? "" : qPrintable(red.error().message));
    QVERIFY(red->invoice.isRed());
    QCOMPARE(red->invoice.totals.total.toString(), u"-500.00"_s);
    QCOMPARE(red->invoice.totals.totalInWords, u"（负数）伍佰圆整"_s);
    QCOMPARE(red->invoice.red->blueNumber, number);
    QVERIFY(checkContent(red->invoice, pack()));
    QCOMPARE(m_store->outbox()->last().type, u"invoice.red_issued"_s);
    // A confirmation is used once.
    QCOMPARE(m_book->issueRed(request->id).error().code, u"not_confirmed"_s);

    // The rest, in full: the ledger shows the blue one reversed.
    auto rest = m_book->requestRed(number, {}, u"开票有误"_s);
    QCOMPARE(rest->amount.toString(), u"1266.00"_s);
    QVERIFY(m_book->receiveRedDecision(rest->id, true));
    QVERIFY(m_book->issueRed(rest->id));
    QCOMPARE(m_book->requestRed(number, {}, u"again"_s).error().code, u"nothing_remains"_s);
    auto rows = m_book->ledger({});
    const auto row = std::find_if(rows->begin(), rows->end(), [&](const LedgerRow &r) { return r.number == number; });
    QCOMPARE(row->status, InvoiceStatus::Reversed);
    QCOMPARE(row->remaining.fen(), 0);

    // A refused request frees its amount; an individual buyer confirms nothing.
    auto person = m_book->issue(draft(u"100.00"_s, true));
    auto own = m_book->requestRed(person->invoice.number, {}, u"退货"_s);
    QCOMPARE(own->state, u"confirmed"_s);
    QCOMPARE(m_book->issueRed(own->id)->invoice.totals.total.fen(), -person->invoice.totals.total.fen());
}

void TestInvoiceBook::ledgerFiltersAndTotals()
{
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    QVERIFY(m_book->issue(draft()));
    QVERIFY(m_book->issue(draft(u"226.00"_s, true)));
    m_book->setClock([] { return QDateTime(QDate(2026, 4, 2), QTime(1, 0), Qt::UTC); });
    QVERIFY(m_book->issue(draft(u"565.00"_s)));
    QCOMPARE(m_book->ledger({})->size(), 3);
    LedgerFilter april;
    april.from = QDate(2026, 4, 1);
    QCOMPARE(m_book->ledger(april)->size(), 1);
    LedgerFilter buyer;
    buyer.buyer = u"张三"_s;
    QCOMPARE(m_book->ledger(buyer)->first().total.toString(), u"862.00"_s);
    LedgerFilter byCode;
    byCode.buyer = u"91110108551385082q"_s;
    QCOMPARE(m_book->ledger(byCode)->size(), 2);
    LedgerFilter big;
    big.minTotal = Money::fromFen(150'000);
    QCOMPARE(m_book->ledger(big)->size(), 1);

    auto totals = m_book->totalsByRateAndMonth({});
    QVERIFY(totals);
    // March: 13% lines 1000.00 + 200.00, 6% lines 600.00 × 2; April: 500.00 and 600.00.
    QCOMPARE(totals->size(), 4);
    QCOMPARE(totals->at(0).month, u"2026-03"_s);
    QCOMPARE(totals->at(0).rate, u"0.13"_s);
    QCOMPARE(totals->at(0).amount.toString(), u"1200.00"_s);
    QCOMPARE(totals->at(0).tax.toString(), u"156.00"_s);
    QCOMPARE(totals->at(1).rate, u"0.06"_s);
    QCOMPARE(totals->at(1).invoices, 2);
    QCOMPARE(totals->at(1).tax.toString(), u"72.00"_s);
}

void TestInvoiceBook::customersAndProductsAreRemembered()
{
    auto saved = m_book->saveCustomer(draft().buyer);
    QVERIFY(saved);
    Party changed = draft().buyer;
    changed.phone = u"010-1234"_s;
    QCOMPARE(m_book->saveCustomer(changed)->id, saved->id);
    QCOMPARE(m_book->customers()->size(), 1);
    QCOMPARE(m_book->customers()->first().party.phone, u"010-1234"_s);
    Party bad = changed;
    bad.creditCode = u"123"_s;
    QCOMPARE(m_book->saveCustomer(bad).error().field, u"buyer.credit_code"_s);

    auto product = m_book->saveProduct(draft().lines.first());
    QVERIFY(product);
    QCOMPARE(m_book->products()->first().line.rate.toString(), u"0.06"_s);
    LineInput badRate = draft().lines.first();
    badRate.rate = *Decimal::parse(u"0.2");
    QCOMPARE(m_book->saveProduct(badRate).error().code, u"invalid_rate"_s);
    QVERIFY(m_book->forget(InvoiceBook::List::Products, product->line.name));
    QCOMPARE(m_book->forget(InvoiceBook::List::Products, product->line.name).error().code, u"not_found"_s);
    QVERIFY(m_book->products()->isEmpty());
}

void TestInvoiceBook::canonicalBytesMatchQtJsonForAnyText()
{
    // What is signed is written without QJsonObject; it must be byte for byte what QJsonDocument writes,
    // or signatures would not verify. Every printable ASCII character, a line break (remarks), Chinese,
    // emoji (surrogate pairs), U+2028 and U+00A0 are issued; control characters and an unpaired
    // surrogate, which issuing refuses (textThatWouldReadDifferentlyIsRefused), are serialised too.
    QVERIFY(testing::grantLocally(*m_store, m_server, 1, 10));
    QString text;
    for (char16_t c = 0x20; c < 0x7F; ++c)
        text += QChar(c);
    text += u"中文（全角）😀\u2028\u00a0"_s;
    InvoiceDraft special = draft();
    special.remarks = u"\n"_s + text;
    special.buyer.address = text.left(InvoiceTextLimits::kAddress);
    special.lines[0].specification = text.right(InvoiceTextLimits::kSpecification);
    auto issued = m_book->issue(special);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    const Invoice &invoice = issued->invoice;
    QCOMPARE(invoice.compactContent(), QJsonDocument(invoice.content()).toJson(QJsonDocument::Compact));
    Invoice odd = invoice;
    odd.remarks = QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00);
    QCOMPARE(odd.compactContent(), QJsonDocument(odd.content()).toJson(QJsonDocument::Compact));
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    odd.remarks = controls + u"\u007f\u202e"_s;
    QCOMPARE(odd.compactContent(), QJsonDocument(odd.content()).toJson(QJsonDocument::Compact));
    // Line breaks are kept in the remarks; blanks at the ends are kept.
    QVERIFY(invoice.remarks.startsWith(u'\n'));
    QVERIFY(invoice.remarks.endsWith(QChar(0xa0)));
    // The stored invoice and its XML file read back to the same signed bytes.
    QCOMPARE(m_book->find(invoice.number)->invoice.compactContent(), invoice.compactContent());
    const Verification verification = verifyInvoiceFile(InvoiceFile::toXml(*issued), pack(), m_server.publicKey());
    QVERIFY2(verification.valid(), QJsonDocument(verification.toJson()).toJson().constData());
}

QTEST_GUILESS_MAIN(TestInvoiceBook)
#include "TestInvoiceBook.moc"
