#include "InvoiceBook.h"

#include "base/StrictJson.h"

#include "crypto/Crypto.h"
#include "ids/InvoiceNumber.h"
#include "invoice/InvoiceImport.h"
#include "invoice/TaxCodeCatalogue.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

constexpr int kChinaOffsetSeconds = 8 * 3600;

/// Control characters have no place on an invoice (and XML 1.0 cannot carry them): removed, except
/// line breaks in the remarks.
QString printable(const QString &text, bool multiline = false)
{
    const auto unwanted = [multiline](QChar c) { return c.unicode() < 0x20 && !(multiline && c == u'\n'); };
    if (std::none_of(text.begin(), text.end(), unwanted))
        return text; // the usual case: shared, nothing copied
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || (multiline && c == u'\n'))
            clean += c;
    }
    return clean;
}

Party printableParty(const Party &party)
{
    return {printable(party.name), printable(party.creditCode),  printable(party.address), printable(party.phone),
            printable(party.bank), printable(party.bankAccount), party.individual};
}
/// The channel digit of numbers issued by Taxbox devices: 7, the digit genuine numbers carry when the
/// seller's own system issued them (a toll operator's, a retailer's); 2 is the tax bureau's web
/// platform (网页开票). Numbers before 2026-12 carry 1 (docs/invoicing.md).
constexpr QChar kIssuingChannel = u'7';

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString numberText(const QDate &date, const QString &region, qint64 sequence)
{
    return u"%1%2%3%4"_s.arg(date.year() % 100, 2, 10, QChar(u'0'))
        .arg(region.left(2))
        .arg(kIssuingChannel)
        .arg(sequence, 15, 10, QChar(u'0'));
}

InvoiceStatus statusOf(bool red, qint64 totalFen, qint64 reversedFen)
{
    if (red)
        return InvoiceStatus::Red;
    if (reversedFen == 0)
        return InvoiceStatus::Issued;
    return reversedFen >= totalFen ? InvoiceStatus::Reversed : InvoiceStatus::PartlyReversed;
}

Result<Line> splitIncludingTax(const LineInput &input, qint64 totalFen)
{
    auto divided = Decimal::fromMoney(Money::fromFen(totalFen)).dividedBy(Decimal::fromInteger(1) + input.rate);
    if (!divided)
        return std::unexpected(divided.error());
    auto amount = divided->roundedHalfUp(2).toMoney();
    if (!amount)
        return std::unexpected(amount.error());
    return Line{input, *amount, Money::fromFen(totalFen - amount->fen())};
}

/// The grant of a range as the server signed it, and its signature; nothing when the range is unknown.
Result<std::optional<std::pair<QJsonObject, QByteArray>>> grantOf(store::Database &database, const QString &rangeId)
{
    auto query = database.prepare("SELECT grant_json, signature FROM number_grant WHERE range_id = ?");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, rangeId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<std::pair<QJsonObject, QByteArray>>();
    return std::optional<std::pair<QJsonObject, QByteArray>>(
        {QJsonDocument::fromJson(query->text(0).toUtf8()).object(), QByteArray::fromBase64(query->text(1).toLatin1())});
}

} // namespace

QString statusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Issued:
        return u"issued"_s;
    case InvoiceStatus::PartlyReversed:
        return u"partly_reversed"_s;
    case InvoiceStatus::Reversed:
        return u"reversed"_s;
    case InvoiceStatus::Red:
        return u"red"_s;
    case InvoiceStatus::Voided:
        return u"voided"_s;
    }
    return {};
}

QJsonObject RedConfirmation::toJson() const
{
    return {{u"id"_s, id},
            {u"direction"_s, outgoing ? u"outgoing"_s : u"incoming"_s},
            {u"blue_number"_s, blueNumber},
            {u"seller_code"_s, sellerCode},
            {u"buyer_code"_s, buyerCode},
            {u"counterparty"_s, counterparty},
            {u"amount"_s, amount.toString()},
            {u"reason"_s, reason},
            {u"state"_s, state},
            {u"requested_at"_s, requestedAt.toString(Qt::ISODate)},
            {u"red_number"_s, redNumber},
            {u"confirmation_number"_s, confirmationNumber}};
}

QJsonObject Product::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"name"_s, line.name},
                       {u"tax_code"_s, line.taxCode},
                       {u"short_name"_s, line.shortName},
                       {u"specification"_s, line.specification},
                       {u"unit"_s, line.unit},
                       {u"rate"_s, line.rate.toString()},
                       {u"price_includes_tax"_s, line.priceIncludesTax}};
    if (line.unitPrice)
        object.insert(u"unit_price"_s, line.unitPrice->toString());
    return object;
}

Result<Product> Product::fromJson(const QJsonObject &object)
{
    QJsonObject line = object;
    line.remove(u"id"_s);
    line.insert(u"amount"_s, u"0"_s);
    if (line.contains(u"unit_price"_s))
        line.insert(u"quantity"_s, u"1"_s);
    auto draft = InvoiceDraft::fromJson(QJsonObject{{u"lines"_s, QJsonArray{line}}});
    if (!draft)
        return std::unexpected(draft.error());
    Product product{object.value(u"id"_s).toString(), draft->lines.first()};
    product.line.quantity.reset();
    if (product.line.name.isEmpty())
        return fail(u"required"_s, InvoiceBook::tr("A product needs a name."), u"name"_s);
    return product;
}

/// What a batch reads once: the device key and the grant of each range it numbers from, the seller,
/// and the batch's time as stored.
struct InvoiceBook::Signer
{
    struct Range
    {
        crypto::Ed25519::Signer key;
        QString deviceId;
        InvoiceSignature seal; ///< grant, grant signature and server key; the invoice signature is added per invoice
    };
    std::map<QString, Range> ranges;
    std::optional<EnterpriseProfile> profile; ///< the seller, read once per batch
    QDateTime issuedAt; ///< and the batch's time as stored, formatted once
    QString issuedAtText;
    QString issueDateText;

    Result<Range *> range(store::Database &database, const QString &rangeId)
    {
        if (auto found = ranges.find(rangeId); found != ranges.end())
            return &found->second;
        auto stored = grantOf(database, rangeId);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return fail(u"store_damaged"_s, InvoiceBook::tr("The number range is missing."));
        const auto &[grant, grantSignature] = **stored;
        const QString deviceId = grant.value(u"device_id").toString();
        auto deviceRow = database.prepare("SELECT private_key, server_key FROM sync_device WHERE device_id = ?");
        if (!deviceRow)
            return std::unexpected(deviceRow.error());
        deviceRow->bind(1, deviceId);
        auto row = deviceRow->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(u"device_missing"_s,
                        InvoiceBook::tr("The device this number range was granted to is no longer enrolled here. Sync to "
                                        "receive a new range."));
        const QByteArray raw = deviceRow->blob(0);
        const crypto::SecureBytes privateKey(raw.constData(), static_cast<std::size_t>(raw.size()));
        auto key = crypto::Ed25519::Signer::fromPrivateKey(privateKey);
        auto publicKey = crypto::Ed25519::publicKeyOf(privateKey);
        if (!key || !publicKey)
            return std::unexpected(!key ? key.error() : publicKey.error());
        Range entry{std::move(*key), deviceId,
                    InvoiceSignature{{}, grant, grantSignature, QByteArray::fromBase64(deviceRow->text(1).toLatin1())}};
        if (entry.seal.deviceKey() != *publicKey)
            return fail(u"grant_without_key"_s,
                        InvoiceBook::tr("This number range does not name this device's key, so invoices from it could not be "
                                        "verified. Sync to receive a new range."));
        return &ranges.emplace(rangeId, std::move(entry)).first->second;
    }
};

/// An invoice's canonical content and its signature: computed on the sealing thread (pure work on one
/// invoice and the batch's keys, which are only read), stored on the book's.
struct InvoiceBook::Sealed
{
    QByteArray compact;
    QByteArray signature;
    void signedBy(const Signer &signer, const Invoice &invoice);
};

InvoiceBook::InvoiceBook(store::EnterpriseStore &store, const rules::RulePack &pack)
    : m_store(store)
    , m_pack(pack)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

QDateTime InvoiceBook::chinaNow() const
{
    // Second precision: the issue time is printed and signed as yyyy-MM-ddTHH:mm:ss+08:00.
    const QDateTime now = m_clock().toOffsetFromUtc(kChinaOffsetSeconds);
    return now.addMSecs(-now.time().msec());
}

Result<Invoice> InvoiceBook::prepare(const InvoiceDraft &draft, const QDateTime &at) const
{
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());
    return prepare(draft, at, *profile);
}

Result<Invoice> InvoiceBook::prepare(const InvoiceDraft &draft, const QDateTime &at, const EnterpriseProfile &seller) const
{
    if (auto parties = draft.checkParties(); !parties)
        return std::unexpected(parties.error());
    if (m_taxCodes) {
        for (qsizetype i = 0; i < draft.lines.size(); ++i) {
            if (auto known = m_taxCodes->checkCode(draft.lines.at(i).taxCode.trimmed(), static_cast<int>(i + 1)); !known)
                return std::unexpected(known.error());
            if (auto known = m_taxCodes->checkRate(draft.lines.at(i).taxCode.trimmed(), draft.lines.at(i).rate.toString(),
                                                   static_cast<int>(i + 1));
                !known)
                return std::unexpected(known.error());
        }
    }
    InvoiceArithmetic arithmetic(m_pack, at.date());
    auto computed = arithmetic.compute(draft.lines);
    if (!computed)
        return std::unexpected(computed.error());
    Invoice invoice;
    invoice.kind = draft.kind;
    invoice.issuedAt = at;
    invoice.seller = printableParty(
        Party{seller.name, seller.creditCode, seller.address, seller.phone, seller.bank, seller.bankAccount, false});
    invoice.buyer = printableParty(draft.buyer);
    invoice.lines = computed->first;
    for (Line &line : invoice.lines) {
        for (QString *field :
             {&line.input.taxCode, &line.input.shortName, &line.input.name, &line.input.specification, &line.input.unit})
            *field = printable(*field);
    }
    invoice.totals = computed->second;
    invoice.remarks = printable(draft.remarks, true);
    invoice.drawer = printable(draft.drawer);
    return invoice;
}

Result<void> InvoiceBook::numberInvoice(Invoice &invoice, Signer &signer, const sync::TakenNumber &taken)
{
    auto range = signer.range(m_store.database(), taken.rangeId);
    if (!range)
        return std::unexpected(range.error());
    if (!signer.profile) {
        auto profile = m_store.profile();
        if (!profile)
            return std::unexpected(profile.error());
        signer.profile = *profile;
    }
    invoice.number = numberText(invoice.issueDate(), signer.profile->region, taken.number);
    invoice.deviceId = (*range)->deviceId;
    invoice.rangeId = taken.rangeId;
    invoice.sellerTaxpayer = taxpayerKindCode(signer.profile->taxpayerKind);
    return {};
}

void InvoiceBook::Sealed::signedBy(const Signer &signer, const Invoice &invoice)
{
    // The canonical content, serialised once: signed, stored and queued as the same bytes.
    compact = invoice.compactContent();
    signature = signer.ranges.at(invoice.rangeId).key.sign(Invoice::signingBytes(compact));
}

Result<IssuedInvoice> InvoiceBook::issueInTransaction(Invoice invoice, Signer &signer, const sync::TakenNumber &taken)
{
    if (auto numbered = numberInvoice(invoice, signer, taken); !numbered)
        return std::unexpected(numbered.error());
    Sealed sealed;
    sealed.signedBy(signer, invoice);
    return storeSealed(std::move(invoice), signer, sealed);
}

Result<IssuedInvoice> InvoiceBook::storeSealed(Invoice invoice, Signer &signer, const Sealed &sealed)
{
    store::Database &database = m_store.database();
    const QByteArray &compact = sealed.compact;
    const QByteArray &signature = sealed.signature;
    IssuedInvoice issued{std::move(invoice), {}};
    issued.signature = signer.ranges.at(issued.invoice.rangeId).seal;
    issued.signature.signature = signature;
    const Invoice &stored = issued.invoice;

    const QString signatureText = QString::fromLatin1(signature.toBase64());
    if (signer.issuedAt != stored.issuedAt) {
        signer.issuedAt = stored.issuedAt;
        signer.issuedAtText = stored.issuedAt.toString(Qt::ISODate);
        signer.issueDateText = stored.issueDate().toString(Qt::ISODate);
    }
    auto insert = database.cached(
        "INSERT INTO invoice (number, kind, issued_at, issue_date, buyer_name, buyer_code, amount_fen, tax_fen, total_fen, "
        "blue_number, range_id, content, signature, server_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)
        ->bind(1, stored.number)
        .bind(2, kindKey(stored.kind))
        .bind(3, signer.issuedAtText)
        .bind(4, signer.issueDateText)
        .bind(5, stored.buyer.name)
        .bind(6, stored.buyer.creditCode)
        .bind(7, qint64{stored.totals.amount.fen()})
        .bind(8, qint64{stored.totals.tax.fen()})
        .bind(9, qint64{stored.totals.total.fen()})
        .bind(10, stored.red ? stored.red->blueNumber : QString())
        .bind(11, stored.rangeId)
        .bind(12, QString::fromUtf8(compact))
        .bind(13, signatureText)
        .bind(14, QString::fromLatin1(issued.signature.serverKey.toBase64()));
    if (auto ran = (*insert)->run(); !ran) {
        if (ran.error().code == u"constraint_violated")
            return fail(u"number_used"_s, tr("Invoice number %1 is already used; the store is inconsistent.").arg(stored.number));
        return std::unexpected(ran.error());
    }
    auto cachedLine = database.cached(
        "INSERT INTO invoice_line (number, line, rate, amount_fen, tax_fen, category) VALUES (?, ?, ?, ?, ?, ?)");
    if (!cachedLine)
        return std::unexpected(cachedLine.error());
    store::Statement *lineInsert = *cachedLine;
    for (qsizetype i = 0; i < stored.lines.size(); ++i) {
        const Line &line = stored.lines.at(i);
        lineInsert->bind(1, stored.number)
            .bind(2, static_cast<qint64>(i + 1))
            .bind(3, line.input.rate.toString())
            .bind(4, qint64{line.amount.fen()})
            .bind(5, qint64{line.tax.fen()})
            .bind(6, line.input.taxCode.trimmed().left(1)); // 1 goods, 2 labour, 3 services, 4 intangibles, 5 real estate
        if (auto ran = lineInsert->run(); !ran)
            return std::unexpected(ran.error());
        lineInsert->reset();
    }
    // The payload (content and signature) written out in its compact form, keys in order; `after` only
    // names its fields for the audit entry.
    const QJsonObject fields{{u"content"_s, true}, {u"signature"_s, true}};
    const QByteArray payloadJson = "{\"content\":" + compact + ",\"signature\":\"" + signatureText.toLatin1() + "\"}";
    if (auto recorded = m_store.recordChange({u"issue"_s,
                                              u"invoice"_s,
                                              stored.number,
                                              {},
                                              fields,
                                              stored.isRed() ? u"invoice.red_issued"_s : u"invoice.issued"_s,
                                              u"invoice:"_s + stored.number,
                                              payloadJson});
        !recorded)
        return std::unexpected(recorded.error());
    return issued;
}

Result<IssuedInvoice> InvoiceBook::issue(const InvoiceDraft &draft)
{
    auto batch = issueBatch({draft}, BatchMode::AllOrNothing);
    if (!batch)
        return std::unexpected(batch.error());
    if (!batch->errors.isEmpty())
        return std::unexpected(batch->errors.first().error);
    return batch->issued.first();
}

Result<BatchResult> InvoiceBook::issueBatch(const QList<InvoiceDraft> &drafts, BatchMode mode)
{
    if (auto allowed = m_store.require(Permission::Record, tr("issue invoices")); !allowed)
        return std::unexpected(allowed.error());
    if (auto archived = m_store.isArchived(); !archived || *archived)
        return !archived ? std::unexpected(archived.error())
                         : fail(u"archived"_s, tr("This enterprise is archived; restore it before issuing invoices."));
    const QDateTime at = chinaNow();
    auto seller = m_store.profile();
    if (!seller)
        return std::unexpected(seller.error());
    BatchResult result;
    QList<Invoice> valid;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        auto invoice = prepare(drafts.at(i), at, *seller);
        if (!invoice)
            result.errors.append({static_cast<int>(i + 1), invoice.error()});
        else
            valid.append(std::move(*invoice));
    }
    if (!result.errors.isEmpty() && mode == BatchMode::AllOrNothing)
        return result;
    // A store copied elsewhere retires its ranges first (in a transaction of its own, so it holds).
    if (auto moved = sync::SyncLedger(m_store).retireGrantsIfMoved(); !moved)
        return std::unexpected(moved.error());
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    QList<qint64> amounts;
    for (const Invoice &invoice : std::as_const(valid))
        amounts.append(invoice.totals.total.fen());
    auto numbers = sync::SyncLedger(m_store).takeNumbers(QString::fromUtf16(sync::kInvoiceNumberKind), amounts, at.toUTC());
    if (!numbers)
        return std::unexpected(numbers.error());
    Signer signer;
    signer.profile = *seller;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if (auto numbered = numberInvoice(valid[i], signer, numbers->at(i)); !numbered)
            return std::unexpected(numbered.error()); // the whole batch rolls back
    }
    // Sealing (serialising and signing: most of the CPU work, and nothing from the store) runs on a
    // second thread ahead of the storing here, which takes each invoice as soon as it is sealed. The
    // sealer only reads the batch's keys (OpenSSL allows signing with one key from several threads,
    // each with its own context) and its own invoices; a small batch is not worth the thread.
    const qsizetype count = valid.size();
    Invoice *invoices = valid.data(); // detached once here: both threads index the same storage
    std::vector<Sealed> sealed(static_cast<std::size_t>(count));
    std::mutex progress;
    std::condition_variable sealedMore;
    qsizetype sealedCount = 0;
    std::jthread sealer; // declared last: on any return it is stopped and joined first
    if (count < kSealingThreadFrom) {
        for (qsizetype i = 0; i < count; ++i)
            sealed[static_cast<std::size_t>(i)].signedBy(signer, invoices[i]);
        sealedCount = count;
    } else {
        sealer = std::jthread([&](const std::stop_token &stop) {
            for (qsizetype i = 0; i < count && !stop.stop_requested(); ++i) {
                sealed[static_cast<std::size_t>(i)].signedBy(signer, invoices[i]);
                {
                    const std::lock_guard lock(progress);
                    sealedCount = i + 1;
                }
                sealedMore.notify_one();
            }
        });
    }
    for (qsizetype i = 0; i < count; ++i) {
        {
            std::unique_lock lock(progress);
            sealedMore.wait(lock, [&] { return sealedCount > i; });
        }
        auto issued = storeSealed(std::move(invoices[i]), signer, sealed[static_cast<std::size_t>(i)]);
        if (!issued)
            return std::unexpected(issued.error()); // storage failed: the whole batch rolls back
        result.issued.append(std::move(*issued));
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return result;
}

Result<IssuedInvoice> InvoiceBook::find(const QString &number)
{
    auto query = m_store.database().prepare("SELECT content, signature, range_id, server_key, (SELECT reason FROM invoice_void v "
                                            "WHERE v.number = invoice.number) FROM invoice WHERE number = ?");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, number.trimmed());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(u"not_found"_s, tr("There is no invoice numbered %1 in this enterprise.").arg(number.trimmed()), u"number"_s);
    auto invoice = Invoice::fromContent(QJsonDocument::fromJson(query->text(0).toUtf8()).object());
    if (!invoice)
        return std::unexpected(invoice.error());
    IssuedInvoice issued{std::move(*invoice), {}, query->text(4)};
    issued.signature.signature = QByteArray::fromBase64(query->text(1).toLatin1());
    issued.signature.serverKey = QByteArray::fromBase64(query->text(3).toLatin1());
    auto grant = grantOf(m_store.database(), query->text(2));
    if (!grant)
        return std::unexpected(grant.error());
    if (*grant)
        std::tie(issued.signature.grant, issued.signature.grantSignature) = **grant;
    return issued;
}

Result<IssuedInvoice> InvoiceBook::findToHandOut(const QString &number)
{
    auto found = find(number);
    if (found && !found->voidReason.isEmpty())
        return fail(u"invoice_voided"_s, found->voidReason, u"number"_s);
    return found;
}

namespace {

/// The ledger's WHERE clause and its parameters.
std::pair<std::string, QList<store::Statement::Value>> ledgerWhere(const LedgerFilter &filter)
{
    std::string where = " WHERE 1 = 1";
    QList<store::Statement::Value> values;
    if (filter.from.isValid()) {
        where += " AND i.issue_date >= ?";
        values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where += " AND i.issue_date <= ?";
        values.append(filter.to.toString(Qt::ISODate));
    }
    if (!filter.buyer.trimmed().isEmpty()) {
        where += " AND (instr(i.buyer_name, ?) > 0 OR instr(i.buyer_code, upper(?)) > 0)";
        values.append(filter.buyer.trimmed());
        values.append(filter.buyer.trimmed());
    }
    if (!filter.number.trimmed().isEmpty()) {
        where += " AND instr(i.number, ?) > 0";
        values.append(filter.number.trimmed());
    }
    if (filter.minTotal) {
        where += " AND abs(i.total_fen) >= ?";
        values.append(qint64{filter.minTotal->fen()});
    }
    if (filter.maxTotal) {
        where += " AND abs(i.total_fen) <= ?";
        values.append(qint64{filter.maxTotal->fen()});
    }
    return {where, values};
}

} // namespace

Result<QList<LedgerRow>> InvoiceBook::ledger(const LedgerFilter &filter)
{
    auto [where, values] = ledgerWhere(filter);
    const std::string sql = "SELECT i.number, i.kind, i.issued_at, i.buyer_name, i.buyer_code, i.amount_fen, i.tax_fen, "
                            "i.total_fen, i.blue_number, (SELECT coalesce(-sum(r.total_fen), 0) FROM invoice r WHERE "
                            "r.blue_number = i.number AND r.number NOT IN (SELECT number FROM invoice_void)), "
                            "EXISTS (SELECT 1 FROM invoice_void v WHERE v.number = i.number) FROM invoice i"
        + where + " ORDER BY i.issue_date DESC, i.number DESC";
    auto query = m_store.database().prepare(sql);
    if (!query)
        return std::unexpected(query.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bind(static_cast<int>(i + 1), values.at(i));
    QList<LedgerRow> rows;
    while (rows.size() < filter.limit) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        LedgerRow entry;
        entry.number = query->text(0);
        entry.kind = kindFromKey(query->text(1)).value_or(InvoiceKind::Ordinary);
        entry.issuedAt = QDateTime::fromString(query->text(2), Qt::ISODate);
        entry.buyerName = query->text(3);
        entry.buyerCode = query->text(4);
        entry.amount = Money::fromFen(query->int64(5));
        entry.tax = Money::fromFen(query->int64(6));
        entry.total = Money::fromFen(query->int64(7));
        entry.blueNumber = query->text(8);
        const qint64 reversed = query->int64(9);
        entry.status
            = query->int64(10) ? InvoiceStatus::Voided : statusOf(!entry.blueNumber.isEmpty(), entry.total.fen(), reversed);
        entry.remaining = entry.blueNumber.isEmpty() ? Money::fromFen(entry.total.fen() - reversed) : Money();
        if (filter.status && *filter.status != entry.status)
            continue;
        rows.append(entry);
    }
    return rows;
}

Result<QList<RateTotal>> InvoiceBook::totalsByRateAndMonth(const LedgerFilter &filter)
{
    auto [where, values] = ledgerWhere(filter);
    const std::string sql = "SELECT substr(i.issue_date, 1, 7) AS month, l.rate, count(DISTINCT i.number), sum(l.amount_fen), "
                            "sum(l.tax_fen) FROM invoice i JOIN invoice_line l ON l.number = i.number"
        + where
        + " AND i.number NOT IN (SELECT number FROM invoice_void) GROUP BY month, l.rate ORDER BY month, CAST(l.rate AS REAL) "
          "DESC";
    auto query = m_store.database().prepare(sql);
    if (!query)
        return std::unexpected(query.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bind(static_cast<int>(i + 1), values.at(i));
    QList<RateTotal> totals;
    if (auto rows = query->forEachRow([&] {
            totals.append({query->text(0), query->text(1), query->int64(2), Money::fromFen(query->int64(3)),
                           Money::fromFen(query->int64(4))});
        });
        !rows)
        return std::unexpected(rows.error());
    return totals;
}

Result<qint64> InvoiceBook::count()
{
    return m_store.database().scalar("SELECT count(*) FROM invoice");
}

namespace {

// A request the server refused (its outbox item rejected, e.g. for a buyer it does not serve) reads as
// "rejected": it holds nothing and can never be confirmed.
constexpr std::string_view kRedColumns
    = "SELECT id, direction, blue_number, seller_code, buyer_code, counterparty, amount_fen, reason, CASE WHEN state = "
      "'requested' AND EXISTS (SELECT 1 FROM outbox o WHERE o.record_key = 'red-confirmation:' || red_confirmation.id AND "
      "o.state = 'rejected') THEN 'rejected' ELSE state END, requested_at, red_number, coalesce(confirmation_number, '') FROM "
      "red_confirmation ";

RedConfirmation redOf(const store::Statement &row)
{
    return {row.text(0),
            row.text(1) == u"outgoing",
            row.text(2),
            row.text(3),
            row.text(4),
            row.text(5),
            Money::fromFen(row.int64(6)),
            row.text(7),
            row.text(8),
            QDateTime::fromString(row.text(9), Qt::ISODateWithMs),
            row.text(10),
            row.text(11)};
}

} // namespace

Result<QList<RedConfirmation>> InvoiceBook::redConfirmations()
{
    auto query = m_store.database().prepare(std::string(kRedColumns) + "ORDER BY requested_at DESC");
    if (!query)
        return std::unexpected(query.error());
    QList<RedConfirmation> list;
    if (auto rows = query->forEachRow([&] { list.append(redOf(*query)); }); !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<RedConfirmation> InvoiceBook::requestRed(const QString &blueNumber, std::optional<Money> amount, const QString &reason)
{
    return requestRed(blueNumber, RedRequest{amount, reason, {}});
}

Result<RedConfirmation> InvoiceBook::requestRed(const QString &blueNumber, const RedRequest &asked)
{
    const std::optional<Money> &amount = asked.amount;
    const QString &reason = asked.reason;
    const QString elsewhere = asked.confirmedElsewhere.trimmed();
    static const QRegularExpression twentyDigits(u"^[0-9]{20}$"_s);
    if (!elsewhere.isEmpty() && !twentyDigits.match(elsewhere).hasMatch())
        return fail(u"invalid_confirmation_number"_s,
                    tr("The 红字确认单 number has 20 digits, as the 电子税务局 shows it; \"%1\" does not.").arg(elsewhere),
                    u"confirmation_number"_s);
    if (auto allowed = m_store.require(Permission::Record, tr("request a red-letter confirmation")); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(u"required"_s, tr("Say why the invoice is reversed (e.g. 销货退回, 开票有误)."), u"reason"_s);
    auto blue = find(blueNumber);
    if (!blue)
        return std::unexpected(blue.error());
    if (blue->invoice.isRed())
        return fail(u"not_blue"_s, tr("%1 is itself a red-letter invoice.").arg(blueNumber), u"number"_s);
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    // What remains: the blue total less red invoices and requests still open or confirmed (a request the
    // server refused, e.g. for a buyer it does not serve, holds nothing).
    auto held = m_store.database().prepare(
        "SELECT (SELECT coalesce(-sum(total_fen), 0) FROM invoice WHERE blue_number = ?1) + (SELECT coalesce(sum(amount_fen), 0) "
        "FROM red_confirmation r WHERE blue_number = ?1 AND direction = 'outgoing' AND state IN ('requested', 'confirmed') AND "
        "NOT "
        "EXISTS (SELECT 1 FROM outbox o WHERE o.record_key = 'red-confirmation:' || r.id AND o.state = 'rejected'))");
    if (!held)
        return std::unexpected(held.error());
    held->bind(1, blue->invoice.number);
    if (auto row = held->step(); !row)
        return std::unexpected(row.error());
    const qint64 remaining = blue->invoice.totals.total.fen() - held->int64(0);
    const qint64 wanted = amount ? amount->fen() : remaining;
    if (remaining <= 0)
        return fail(u"nothing_remains"_s,
                    tr("Invoice %1 is already reversed in full (or requests for all of it are open).").arg(blue->invoice.number),
                    u"number"_s);
    if (wanted <= 0 || wanted > remaining)
        return fail(u"exceeds_remaining"_s,
                    tr("The amount to reverse must be more than 0 and at most the %1 that remains of invoice %2.")
                        .arg(Money::fromFen(remaining).toString(), blue->invoice.number),
                    u"amount"_s);
    RedConfirmation request{newId(),
                            true,
                            blue->invoice.number,
                            blue->invoice.seller.creditCode,
                            blue->invoice.buyer.creditCode,
                            blue->invoice.buyer.name,
                            Money::fromFen(wanted),
                            reason.trimmed(),
                            blue->invoice.buyer.individual || !elsewhere.isEmpty() ? u"confirmed"_s : u"requested"_s,
                            QDateTime::currentDateTimeUtc(),
                            {},
                            elsewhere};
    auto insert
        = m_store.database().prepare("INSERT INTO red_confirmation (id, direction, blue_number, seller_code, buyer_code, "
                                     "counterparty, amount_fen, reason, state, requested_at, confirmation_number) VALUES (?, "
                                     "'outgoing', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, request.id)
        .bind(2, request.blueNumber)
        .bind(3, request.sellerCode)
        .bind(4, request.buyerCode)
        .bind(5, request.counterparty)
        .bind(6, wanted)
        .bind(7, request.reason)
        .bind(8, request.state)
        .bind(9, request.requestedAt.toString(Qt::ISODateWithMs))
        .bind(10, elsewhere.isEmpty() ? QString() : elsewhere);
    if (auto ran = insert->run(); !ran)
        return std::unexpected(ran.error());
    QJsonObject payload = request.toJson();
    payload.insert(u"seller_name"_s, blue->invoice.seller.name);
    payload.insert(u"blue_total"_s, blue->invoice.totals.total.toString());
    payload.insert(u"blue_issued_at"_s, blue->invoice.issuedAt.toString(Qt::ISODate));
    // An individual confirms nothing: the request needs no counterparty and the server is only told.
    if (auto recorded
        = m_store.recordChange({u"request"_s,
                                u"red_confirmation"_s,
                                request.id,
                                {},
                                payload,
                                blue->invoice.buyer.individual || !elsewhere.isEmpty() ? u"red_confirmation.self_confirmed"_s
                                                                                       : u"red_confirmation.requested"_s,
                                u"red-confirmation:"_s + request.id});
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return request;
}

Result<void> InvoiceBook::receiveRedRequest(const QJsonObject &request)
{
    auto amount = Money::parse(request.value(u"amount").toString());
    if (!amount || amount->fen() <= 0 || request.value(u"id").toString().isEmpty())
        return fail(u"invalid_request"_s, tr("A red-letter request from the server is malformed."));
    auto insert = m_store.database().prepare(
        "INSERT OR IGNORE INTO red_confirmation (id, direction, blue_number, seller_code, buyer_code, counterparty, amount_fen, "
        "reason, state, requested_at) VALUES (?, 'incoming', ?, ?, ?, ?, ?, ?, 'requested', ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, request.value(u"id").toString())
        .bind(2, request.value(u"blue_number").toString())
        .bind(3, request.value(u"seller_code").toString())
        .bind(4, request.value(u"buyer_code").toString())
        .bind(5, request.value(u"seller_name").toString())
        .bind(6, qint64{amount->fen()})
        .bind(7, request.value(u"reason").toString())
        .bind(8, store::timestampNow());
    return insert->run();
}

Result<void> InvoiceBook::receiveRedDecision(const QString &id, bool confirmed)
{
    auto update = m_store.database().prepare("UPDATE red_confirmation SET state = ?, decided_at = ? WHERE id = ? AND direction = "
                                             "'outgoing' AND state = 'requested'");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, confirmed ? u"confirmed"_s : u"refused"_s).bind(2, store::timestampNow()).bind(3, id);
    return update->run();
}

Result<void> InvoiceBook::decideRed(const QString &id, bool confirm)
{
    if (auto allowed = m_store.require(Permission::Record, tr("decide on a red-letter confirmation")); !allowed)
        return std::unexpected(allowed.error());
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto query = m_store.database().prepare(std::string(kRedColumns)
                                            + "WHERE id = ? AND direction = 'incoming' AND state = 'requested'");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, id);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(u"not_open"_s, tr("There is no open red-letter request %1 from a seller.").arg(id), u"id"_s);
    const RedConfirmation request = redOf(*query);
    auto update = m_store.database().prepare("UPDATE red_confirmation SET state = ?, decided_at = ? WHERE id = ?");
    if (!update)
        return std::unexpected(update.error());
    const QString state = confirm ? u"confirmed"_s : u"refused"_s;
    update->bind(1, state).bind(2, store::timestampNow()).bind(3, id);
    if (auto ran = update->run(); !ran)
        return ran;
    QJsonObject payload = request.toJson();
    payload.insert(u"state"_s, state);
    if (auto recorded = m_store.recordChange({confirm ? u"confirm"_s : u"refuse"_s, u"red_confirmation"_s, id,
                                              QJsonObject{{u"state"_s, u"requested"_s}}, payload, u"red_confirmation.decided"_s,
                                              u"red-confirmation:"_s + id});
        !recorded)
        return std::unexpected(recorded.error());
    return transaction->commit();
}

Result<IssuedInvoice> InvoiceBook::issueRed(const QString &confirmationId)
{
    if (auto allowed = m_store.require(Permission::Record, tr("issue a red-letter invoice")); !allowed)
        return std::unexpected(allowed.error());
    auto query = m_store.database().prepare(std::string(kRedColumns) + "WHERE id = ? AND direction = 'outgoing'");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, confirmationId.trimmed());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(u"not_found"_s, tr("There is no red-letter confirmation %1.").arg(confirmationId), u"confirmation"_s);
    const RedConfirmation confirmation = redOf(*query);
    if (confirmation.state != u"confirmed")
        return fail(
            u"not_confirmed"_s,
            confirmation.state == u"used"
                ? tr("Red-letter confirmation %1 was already used for invoice %2.").arg(confirmation.id, confirmation.redNumber)
                : tr("Red-letter confirmation %1 is %2: the buyer must confirm it first (sync to receive the answer).")
                      .arg(confirmation.id, confirmation.state),
            u"confirmation"_s);
    auto blue = find(confirmation.blueNumber);
    if (!blue)
        return std::unexpected(blue.error());
    const Invoice &source = blue->invoice;

    // Reverse in proportion: each line's share of the amount, rounded; the last line takes the rest.
    const qint64 blueTotal = source.totals.total.fen();
    const qint64 reverse = confirmation.amount.fen();
    QList<Line> lines;
    qint64 taken = 0;
    for (qsizetype i = 0; i < source.lines.size(); ++i) {
        const Line &line = source.lines.at(i);
        qint64 share = 0;
        if (i + 1 == source.lines.size()) {
            share = reverse - taken;
        } else {
            auto exact = (Decimal::fromInteger(line.total().fen()) * Decimal::fromInteger(reverse))
                             .dividedBy(Decimal::fromInteger(blueTotal));
            if (!exact)
                return std::unexpected(exact.error());
            share = exact->roundedHalfUp(0).toFixed(0).toLongLong();
        }
        taken += share;
        if (share == 0)
            continue;
        LineInput input = line.input;
        const bool whole = reverse == blueTotal;
        if (!whole) {
            input.quantity.reset();
            input.unitPrice.reset();
        } else if (input.quantity) {
            input.quantity = -*input.quantity;
        }
        if (!whole)
            input.priceIncludesTax = true;
        input.amount = Money::fromFen(-share);
        auto red = whole ? Result<Line>(Line{input, Money::fromFen(-line.amount.fen()), Money::fromFen(-line.tax.fen())})
                         : splitIncludingTax(input, -share);
        if (!red)
            return std::unexpected(red.error());
        lines.append(*red);
    }
    auto totals = totalsOf(lines, true);
    if (!totals)
        return std::unexpected(totals.error());

    Invoice invoice;
    invoice.kind = source.kind;
    invoice.issuedAt = chinaNow();
    invoice.seller = source.seller;
    invoice.buyer = source.buyer;
    invoice.lines = lines;
    invoice.totals = *totals;
    // The 红字确认单's own number where the 电子税务局 gave one, otherwise this server's confirmation id.
    const QString confirmationNumber
        = confirmation.confirmationNumber.isEmpty() ? confirmation.id : confirmation.confirmationNumber;
    // The remark genuine red invoices carry, in Chinese whatever the interface language: it is signed.
    invoice.remarks = u"被红冲蓝字数电发票号码：%1 红字发票信息确认单编号：%2"_s.arg(source.number, confirmationNumber);
    invoice.drawer = source.drawer;
    invoice.red = RedReference{source.number, confirmationNumber};

    if (auto moved = sync::SyncLedger(m_store).retireGrantsIfMoved(); !moved)
        return std::unexpected(moved.error());
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    // A red invoice takes a number but adds nothing to the amount issued offline.
    auto number = sync::SyncLedger(m_store).takeNumber(QString::fromUtf16(sync::kInvoiceNumberKind), 0, invoice.issuedAt.toUTC());
    if (!number)
        return std::unexpected(number.error());
    Signer signer;
    auto issued = issueInTransaction(std::move(invoice), signer, *number);
    if (!issued)
        return std::unexpected(issued.error());
    auto use = m_store.database().prepare(
        "UPDATE red_confirmation SET state = 'used', red_number = ? WHERE id = ? AND state = 'confirmed'");
    if (!use)
        return std::unexpected(use.error());
    use->bind(1, issued->invoice.number).bind(2, confirmation.id);
    if (auto ran = use->run(); !ran)
        return std::unexpected(ran.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return issued;
}

Result<QList<Customer>> InvoiceBook::customers()
{
    auto query = m_store.database().prepare(
        "SELECT id, name, credit_code, address, phone, bank, bank_account, individual FROM customer ORDER BY name");
    if (!query)
        return std::unexpected(query.error());
    QList<Customer> list;
    if (auto rows = query->forEachRow([&] {
            list.append({query->text(0),
                         Party{query->text(1), query->text(2), query->text(3), query->text(4), query->text(5), query->text(6),
                               query->int64(7) != 0}});
        });
        !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<Customer> InvoiceBook::saveCustomer(const Party &party)
{
    if (auto allowed = m_store.require(Permission::Record, tr("change customers")); !allowed)
        return std::unexpected(allowed.error());
    InvoiceDraft probe;
    probe.buyer = party;
    probe.drawer = u"-"_s;
    if (auto checked = probe.checkParties(); !checked)
        return std::unexpected(checked.error());
    // SQLite 3.15 has no UPSERT: replace the row, keeping its id.
    auto replace = m_store.database().prepare(
        "INSERT OR REPLACE INTO customer (id, name, credit_code, address, phone, bank, bank_account, individual, updated_at) "
        "VALUES (coalesce((SELECT id FROM customer WHERE name = ?2), ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!replace)
        return std::unexpected(replace.error());
    replace->bind(1, newId())
        .bind(2, party.name)
        .bind(3, party.creditCode)
        .bind(4, party.address)
        .bind(5, party.phone)
        .bind(6, party.bank)
        .bind(7, party.bankAccount)
        .bind(8, party.individual ? 1 : 0)
        .bind(9, store::timestampNow());
    if (auto ran = replace->run(); !ran)
        return std::unexpected(ran.error());
    auto id = idByName(List::Customers, party.name);
    if (!id)
        return std::unexpected(id.error());
    return Customer{*id, party};
}

Result<QList<Product>> InvoiceBook::products()
{
    auto query = m_store.database().prepare("SELECT id, name, tax_code, short_name, specification, unit, unit_price, "
                                            "price_includes_tax, rate FROM product ORDER BY name");
    if (!query)
        return std::unexpected(query.error());
    QList<Product> list;
    if (auto rows = query->forEachRow([&] {
            Product product;
            product.id = query->text(0);
            product.line.name = query->text(1);
            product.line.taxCode = query->text(2);
            product.line.shortName = query->text(3);
            product.line.specification = query->text(4);
            product.line.unit = query->text(5);
            if (!query->text(6).isEmpty())
                product.line.unitPrice = Decimal::parse(query->text(6)).value_or(Decimal());
            product.line.priceIncludesTax = query->int64(7) != 0;
            product.line.rate = Decimal::parse(query->text(8)).value_or(Decimal());
            list.append(product);
        });
        !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<Product> InvoiceBook::saveProduct(const LineInput &line)
{
    if (auto allowed = m_store.require(Permission::Record, tr("change products")); !allowed)
        return std::unexpected(allowed.error());
    if (line.name.trimmed().isEmpty())
        return fail(u"required"_s, tr("A product needs a name."), u"name"_s);
    if (auto text = checkLineText(line, 0); !text)
        return std::unexpected(text.error());
    // A remembered price fills invoices later: never negative, never beyond what one line can hold.
    static const Decimal largestPrice = *Decimal::parse(u"99999999999.99");
    if (line.unitPrice && (line.unitPrice->isNegative() || *line.unitPrice > largestPrice))
        return fail(u"price_out_of_range"_s,
                    tr("The unit price (单价) %1 of %2 is not a price: it must be from 0 to 99,999,999,999.99.")
                        .arg(elided(line.unitPrice->toString(), 24), line.name.trimmed()),
                    u"unit_price"_s);
    if (m_taxCodes) {
        if (auto known = m_taxCodes->checkCode(line.taxCode.trimmed(), 0); !known)
            return std::unexpected(known.error());
    }
    InvoiceArithmetic arithmetic(m_pack, chinaNow().date());
    LineInput probe = line;
    probe.quantity.reset();
    probe.unitPrice.reset();
    probe.amount = Money::fromFen(100);
    probe.discount = false;
    if (auto checked = arithmetic.computeLine(probe, 1); !checked)
        return std::unexpected(checked.error());
    auto replace = m_store.database().prepare(
        "INSERT OR REPLACE INTO product (id, name, tax_code, short_name, specification, unit, unit_price, price_includes_tax, "
        "rate, updated_at) VALUES (coalesce((SELECT id FROM product WHERE name = ?2), ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!replace)
        return std::unexpected(replace.error());
    replace->bind(1, newId())
        .bind(2, line.name.trimmed())
        .bind(3, line.taxCode)
        .bind(4, line.shortName)
        .bind(5, line.specification)
        .bind(6, line.unit)
        .bind(7, line.unitPrice ? line.unitPrice->toString() : QString(u""_s))
        .bind(8, line.priceIncludesTax ? 1 : 0)
        .bind(9, line.rate.toString())
        .bind(10, store::timestampNow());
    if (auto ran = replace->run(); !ran)
        return std::unexpected(ran.error());
    auto id = idByName(List::Products, line.name.trimmed());
    if (!id)
        return std::unexpected(id.error());
    return Product{*id, line};
}

Result<QString> InvoiceBook::idByName(List list, const QString &name)
{
    auto query = m_store.database().prepare(list == List::Customers ? "SELECT id FROM customer WHERE name = ?"
                                                                    : "SELECT id FROM product WHERE name = ?");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, name);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(u"not_found"_s, tr("Nothing is remembered under the name %1.").arg(name), u"name"_s);
    return query->text(0);
}

Result<void> InvoiceBook::forget(List list, const QString &name)
{
    if (auto allowed
        = m_store.require(Permission::Record, list == List::Customers ? tr("change customers") : tr("change products"));
        !allowed)
        return std::unexpected(allowed.error());
    auto id = idByName(list, name);
    if (!id)
        return std::unexpected(id.error());
    auto remove = m_store.database().prepare(list == List::Customers ? "DELETE FROM customer WHERE id = ?"
                                                                     : "DELETE FROM product WHERE id = ?");
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, *id);
    return remove->run();
}

Result<int> InvoiceBook::importTable(List list, const QList<QStringList> &table, QList<payroll::RowError> &errors)
{
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    qsizetype count = 0;
    if (list == List::Customers) {
        auto parties = InvoiceImport::parseCustomers(table, errors);
        if (!parties)
            return std::unexpected(parties.error());
        count = parties->size();
        for (const Party &party : std::as_const(*parties)) {
            if (auto saved = saveCustomer(party); !saved)
                return std::unexpected(saved.error());
        }
    } else {
        auto lines = InvoiceImport::parseProducts(table, errors);
        if (!lines)
            return std::unexpected(lines.error());
        count = lines->size();
        for (const LineInput &line : std::as_const(*lines)) {
            if (auto saved = saveProduct(line); !saved)
                return std::unexpected(saved.error());
        }
    }
    if (!errors.isEmpty())
        return fail(u"rows_refused"_s,
                    tr("Nothing was imported: row %1, %2: %3 (%4 rows with errors in all).")
                        .arg(errors.first().row)
                        .arg(errors.first().column, errors.first().reason)
                        .arg(errors.size()));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return static_cast<int>(count);
}

Result<void> checkContent(const Invoice &invoice, const rules::RulePack &pack)
{
    auto number = InvoiceNumber::parse(invoice.number);
    if (!number)
        return fail(u"number_format"_s, Invoice::tr("The invoice number is malformed: %1").arg(number.error().message),
                    u"number"_s);
    if (number->year() != invoice.issueDate().year())
        return fail(u"number_format"_s,
                    Invoice::tr("The invoice number's year (%1) is not the year it was issued (%2).")
                        .arg(number->year())
                        .arg(invoice.issueDate().year()),
                    u"number"_s);
    if (invoice.lines.isEmpty())
        return fail(u"no_lines"_s, Invoice::tr("The invoice has no lines."), u"lines"_s);
    InvoiceArithmetic arithmetic(pack, invoice.issueDate());
    if (auto checked = arithmetic.check(invoice.lines); !checked)
        return std::unexpected(checked.error());
    auto totals = totalsOf(invoice.lines, invoice.isRed());
    if (!totals)
        return std::unexpected(totals.error());
    if (totals->amount != invoice.totals.amount || totals->tax != invoice.totals.tax || totals->total != invoice.totals.total)
        return fail(u"totals"_s,
                    Invoice::tr("The totals (%1 + %2 = %3) are not the sum of the lines (%4 + %5 = %6).")
                        .arg(invoice.totals.amount.toString(), invoice.totals.tax.toString(), invoice.totals.total.toString(),
                             totals->amount.toString(), totals->tax.toString(), totals->total.toString()),
                    u"total"_s);
    if (totals->totalInWords != invoice.totals.totalInWords)
        return fail(
            u"total_in_words"_s,
            Invoice::tr("The total in words (%1) does not say %2.").arg(invoice.totals.totalInWords, totals->total.toString()),
            u"total_in_words"_s);
    return {};
}

} // namespace taxbox::invoice
