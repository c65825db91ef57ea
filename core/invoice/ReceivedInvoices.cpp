#include "ReceivedInvoices.h"

#include "crypto/Crypto.h"
#include "ids/InvoiceNumber.h"
#include "invoice/InvoiceFile.h"
#include "invoice/OfdFile.h"
#include "invoice/PdfInvoice.h"
#include "payroll/Spreadsheet.h"
#include "store/EnterpriseStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

constexpr char kColumns[] = "number, voucher_type, document, source, file_name, file_sha256, checks, deductible_tax_fen, use, "
                            "use_period, use_reason, imported_at, confirmed_at FROM received_invoice ";

QJsonArray checksJson(const QList<VerificationCheck> &checks)
{
    QJsonArray array;
    for (const VerificationCheck &check : checks)
        array.append(QJsonObject{{u"check"_s, check.name}, {u"passed"_s, check.passed}, {u"message"_s, check.message}});
    return array;
}

QList<VerificationCheck> checksFrom(const QJsonArray &array)
{
    QList<VerificationCheck> checks;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        checks.append({object.value(u"check").toString(), object.value(u"passed").toBool(), object.value(u"message").toString()});
    }
    return checks;
}

Result<ReceivedInvoice> fromRow(const store::Statement &row)
{
    ReceivedInvoice received;
    received.number = row.text(0);
    received.type = voucherFromKey(row.text(1)).value_or(VoucherType::Invoice);
    auto document = InvoiceDocument::fromJson(QJsonDocument::fromJson(row.text(2).toUtf8()).object());
    if (!document)
        return std::unexpected(document.error());
    received.document = *document;
    received.source = row.text(3);
    received.fileName = row.text(4);
    received.fileSha256 = row.text(5);
    received.checks = checksFrom(QJsonDocument::fromJson(row.text(6).toUtf8()).array());
    received.deductibleTax = Money::fromFen(row.int64(7));
    received.use = useFromKey(row.text(8)).value_or(DeductionUse::Unconfirmed);
    received.usePeriod = row.text(9);
    received.useReason = row.text(10);
    received.importedAt = QDateTime::fromString(row.text(11), Qt::ISODate);
    received.confirmedAt = QDateTime::fromString(row.text(12), Qt::ISODate);
    return received;
}

/// A file's bytes with its name as the user knows it (an archive's entry as archive.zip/entry.xml).
struct Candidate
{
    QString name;
    QByteArray bytes;
    std::optional<Error> unreadable;
};

bool isInvoiceFileName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == u"xml" || suffix == u"ofd" || suffix == u"pdf";
}

void readArchive(const QString &path, QList<Candidate> &out)
{
    const QString shown = QFileInfo(path).fileName();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        out.append(
            {shown, {}, Error{u"unreadable"_s, ReceivedInvoices::tr("%1 is not a readable zip archive.").arg(shown), u"file"_s}});
        return;
    }
    if (zip.getEntriesCount() > ReceivedInvoices::kMaxArchiveEntries) {
        out.append({shown,
                    {},
                    Error{u"too_large"_s,
                          ReceivedInvoices::tr("%1 holds more than %2 files; import it in parts.")
                              .arg(shown)
                              .arg(ReceivedInvoices::kMaxArchiveEntries),
                          u"file"_s}});
        return;
    }
    qint64 inflated = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info) || info.name.endsWith(u'/') || !isInvoiceFileName(info.name))
            continue;
        const QString name = shown + u'/' + info.name;
        // The declared size may lie: read at most the limit, and count what was really inflated.
        if (static_cast<qint64>(info.uncompressedSize) > kMaxInvoiceFileBytes) {
            out.append({name,
                        {},
                        Error{u"too_large"_s, ReceivedInvoices::tr("%1 is larger than any invoice file.").arg(name), u"file"_s}});
            continue;
        }
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly)) {
            out.append(
                {name,
                 {},
                 Error{u"unreadable"_s, ReceivedInvoices::tr("%1 cannot be read from the archive.").arg(name), u"file"_s}});
            continue;
        }
        QByteArray bytes = readAtMost(entry);
        entry.close();
        inflated += bytes.size();
        if (bytes.size() > kMaxInvoiceFileBytes) {
            out.append({name,
                        {},
                        Error{u"too_large"_s, ReceivedInvoices::tr("%1 is larger than any invoice file.").arg(name), u"file"_s}});
            continue;
        }
        if (inflated > ReceivedInvoices::kMaxArchiveBytes) {
            out.append({shown,
                        {},
                        Error{u"too_large"_s,
                              ReceivedInvoices::tr("%1 inflates to more than %2 MiB; import it in parts.")
                                  .arg(shown)
                                  .arg(ReceivedInvoices::kMaxArchiveBytes >> 20),
                              u"file"_s}});
            return;
        }
        out.append({name, std::move(bytes), std::nullopt});
    }
}

void collect(const QString &path, QList<Candidate> &out)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QDirIterator files(path, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (files.hasNext())
            found.append(files.next());
        found.sort();
        for (const QString &file : std::as_const(found)) {
            const QString suffix = QFileInfo(file).suffix().toLower();
            if (isInvoiceFileName(file) || suffix == u"zip")
                collect(file, out);
        }
        return;
    }
    if (info.suffix().toLower() == u"zip") {
        readArchive(path, out);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.append({info.fileName(),
                    {},
                    Error{u"unreadable"_s, ReceivedInvoices::tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()),
                          u"file"_s}});
        return;
    }
    QByteArray bytes = readAtMost(file);
    if (bytes.size() > kMaxInvoiceFileBytes) {
        out.append(
            {info.fileName(),
             {},
             Error{u"too_large"_s, ReceivedInvoices::tr("%1 is larger than any invoice file.").arg(info.fileName()), u"file"_s}});
        return;
    }
    out.append({info.fileName(), std::move(bytes), std::nullopt});
}

/// The text as bound: an empty text, never NULL (the columns are NOT NULL).
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString monthOf(QDate date)
{
    return date.toString(u"yyyy-MM"_s);
}

} // namespace

QString useKey(DeductionUse use)
{
    switch (use) {
    case DeductionUse::Unconfirmed:
        return u"unconfirmed"_s;
    case DeductionUse::Deduct:
        return u"deduct"_s;
    case DeductionUse::NotDeduct:
        return u"not_deduct"_s;
    }
    return {};
}

std::optional<DeductionUse> useFromKey(const QString &key)
{
    for (DeductionUse use : {DeductionUse::Unconfirmed, DeductionUse::Deduct, DeductionUse::NotDeduct}) {
        if (useKey(use) == key || (key.isEmpty() && use == DeductionUse::Unconfirmed))
            return use;
    }
    return std::nullopt;
}

QString voucherKey(VoucherType type)
{
    switch (type) {
    case VoucherType::Invoice:
        return u"invoice"_s;
    case VoucherType::Customs:
        return u"customs"_s;
    case VoucherType::Agricultural:
        return u"agricultural"_s;
    case VoucherType::Toll:
        return u"toll"_s;
    case VoucherType::Passenger:
        return u"passenger"_s;
    }
    return {};
}

std::optional<VoucherType> voucherFromKey(const QString &key)
{
    for (VoucherType type :
         {VoucherType::Invoice, VoucherType::Customs, VoucherType::Agricultural, VoucherType::Toll, VoucherType::Passenger}) {
        if (voucherKey(type) == key)
            return type;
    }
    return std::nullopt;
}

bool ReceivedInvoice::checksPassed() const
{
    return std::all_of(checks.begin(), checks.end(), [](const VerificationCheck &check) { return check.passed; });
}

QJsonObject ReceivedInvoice::toJson(bool withDocument) const
{
    QJsonObject object{{u"number"_s, number},
                       {u"type"_s, voucherKey(type)},
                       {u"kind"_s, kindKey(document.kind)},
                       {u"red"_s, document.red},
                       {u"issue_date"_s, document.issueDate.toString(u"yyyy-MM-dd"_s)},
                       {u"seller"_s, document.seller.name},
                       {u"seller_credit_code"_s, document.seller.creditCode},
                       {u"amount"_s, document.amount.toString()},
                       {u"tax"_s, document.tax.toString()},
                       {u"total"_s, document.total.toString()},
                       {u"deductible_tax"_s, deductibleTax.toString()},
                       {u"source"_s, source},
                       {u"checks_passed"_s, checksPassed()},
                       {u"use"_s, useKey(use)}};
    if (!usePeriod.isEmpty())
        object.insert(u"use_period"_s, usePeriod);
    if (!useReason.isEmpty())
        object.insert(u"use_reason"_s, useReason);
    if (!fileName.isEmpty())
        object.insert(u"file"_s, fileName);
    if (withDocument) {
        object.insert(u"invoice"_s, document.toJson());
        object.insert(u"checks"_s, checksJson(checks));
        object.insert(u"imported_at"_s, importedAt.toString(Qt::ISODate));
    }
    return object;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray importedArray;
    for (const ReceivedInvoice &one : imported)
        importedArray.append(one.toJson());
    const auto problems = [](const QList<ImportProblem> &list) {
        QJsonArray array;
        for (const ImportProblem &problem : list)
            array.append(
                QJsonObject{{u"file"_s, problem.file}, {u"code"_s, problem.error.code}, {u"message"_s, problem.error.message}});
        return array;
    };
    return {{u"imported"_s, importedArray},
            {u"duplicates"_s, problems(duplicates)},
            {u"refused"_s, problems(refused)},
            {u"held"_s, held}};
}

Result<VoucherInput> VoucherInput::fromJson(const QJsonObject &object)
{
    VoucherInput voucher;
    auto type = voucherFromKey(object.value(u"type").toString());
    if (!type || *type == VoucherType::Invoice)
        return fail(u"invalid_type"_s,
                    ReceivedInvoices::tr(
                        "凭证类型 (voucher type) must be customs, agricultural, toll or passenger; invoices are imported from "
                        "their files."),
                    u"type"_s);
    voucher.type = *type;
    voucher.number = object.value(u"number").toString().trimmed();
    voucher.date = QDate::fromString(object.value(u"date").toString(), u"yyyy-MM-dd"_s);
    voucher.sellerName = object.value(u"seller").toString().trimmed();
    voucher.sellerCode = object.value(u"seller_credit_code").toString().trimmed().toUpper();
    auto amount = Money::parse(object.value(u"amount").toString(), ReceivedInvoices::tr("金额 (amount)"));
    if (!amount)
        return std::unexpected(amount.error());
    voucher.amount = *amount;
    if (object.contains(u"tax")) {
        auto tax = Money::parse(object.value(u"tax").toString(), ReceivedInvoices::tr("税额 (tax)"));
        if (!tax)
            return std::unexpected(tax.error());
        voucher.tax = *tax;
    }
    voucher.passengerMode = object.value(u"mode").toString();
    voucher.deepProcessing = object.value(u"deep_processing").toBool();
    return voucher;
}

ReceivedInvoices::ReceivedInvoices(store::EnterpriseStore &store)
    : m_store(store)
{ }

Result<InvoiceDocument> ReceivedInvoices::readDocument(QByteArrayView bytes)
{
    if (isOfd(bytes))
        return readOfd(bytes);
    if (isPdf(bytes))
        return readPdfInvoice(bytes);
    return readEInvoiceXml(bytes);
}

Result<ReceivedInvoice> ReceivedInvoices::prepare(const InvoiceDocument &document, const QString &source, const QString &fileName,
                                                  const QString &fileSha256) const
{
    if (m_ownCreditCode.isEmpty()) {
        auto profile = m_store.profile();
        if (!profile)
            return std::unexpected(profile.error());
        m_ownCreditCode = profile->creditCode;
    }
    ReceivedInvoice received;
    received.number = document.number;
    received.type = VoucherType::Invoice;
    received.document = document;
    received.source = source;
    received.fileName = fileName;
    received.fileSha256 = fileSha256;
    received.checks = source == u"qr" ? QList<VerificationCheck>{} : checkDocument(document);
    if (source == u"qr" && !document.qrPayload.isEmpty()) {
        auto qr = QrPayload::parse(document.qrPayload);
        received.checks.append(qr ? checkQrAgainst(*qr, document) : VerificationCheck{u"qr"_s, false, qr.error().message});
    }
    // A received invoice is issued to this enterprise: its buyer is us (a QR code does not say).
    if (source != u"qr" && document.buyer.creditCode != m_ownCreditCode)
        return fail(u"not_our_invoice"_s,
                    tr("Invoice %1 was issued to %2 (%3), not to this enterprise (%4).")
                        .arg(document.number, document.buyer.name, document.buyer.creditCode, m_ownCreditCode),
                    u"buyer"_s);
    if (auto number = InvoiceNumber::parse(document.number); !number)
        return std::unexpected(number.error());
    // Only what a special invoice (or a voucher) says is input tax that can be deducted; ordinary
    // invoices are registered for the ledger (passenger tickets excepted, entered as vouchers).
    received.deductibleTax = document.kind == InvoiceKind::Special ? document.tax : Money::fromFen(0);
    received.importedAt = QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    return received;
}

Result<ReceivedInvoice> ReceivedInvoices::insert(ReceivedInvoice received)
{
    const QJsonObject after = received.toJson(true);
    // Cached: an import stores thousands in one transaction.
    auto statement = m_store.database().cached(
        "INSERT INTO received_invoice (number, voucher_type, document, source, file_name, file_sha256, checks, "
        "deductible_tax_fen, use, use_period, use_reason, imported_at, issue_month, seller_code, seller_name, amount_fen, "
        "invoice_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'unconfirmed', '', '', ?, ?, ?, ?, ?, ?)");
    if (!statement)
        return std::unexpected(statement.error());
    (*statement)
        ->bind(1, received.number)
        .bind(2, voucherKey(received.type))
        .bind(3, QString::fromUtf8(QJsonDocument(received.document.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, text(received.source))
        .bind(5, text(received.fileName))
        .bind(6, text(received.fileSha256))
        .bind(7, QString::fromUtf8(QJsonDocument(checksJson(received.checks)).toJson(QJsonDocument::Compact)))
        .bind(8, static_cast<qint64>(received.deductibleTax.fen()))
        .bind(9, received.importedAt.toString(Qt::ISODate))
        .bind(10, monthOf(received.document.issueDate))
        .bind(11, text(received.document.seller.creditCode))
        .bind(12, text(received.document.seller.name))
        .bind(13, static_cast<qint64>(received.document.amount.fen()))
        .bind(14, kindKey(received.document.kind));
    if (auto ran = (*statement)->run(); !ran)
        return std::unexpected(ran.error());
    if (auto audited = m_store.recordChange({u"register"_s, u"received_invoice"_s, received.number, {}, after, {}}); !audited)
        return std::unexpected(audited.error());
    return received;
}

Result<ReceivedInvoice> ReceivedInvoices::add(const InvoiceDocument &document, const QString &source, const QString &fileName,
                                              const QString &fileSha256)
{
    if (auto allowed = m_store.require(Permission::Record, tr("register received invoices")); !allowed)
        return std::unexpected(allowed.error());
    auto received = prepare(document, source, fileName, fileSha256);
    if (!received)
        return received;
    if (auto existing = find(received->number); existing)
        return fail(u"duplicate"_s,
                    tr("Invoice %1 is already registered (from %2, %3).")
                        .arg(received->number, existing->fileName.isEmpty() ? existing->source : existing->fileName,
                             existing->importedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)),
                    u"number"_s);
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto inserted = insert(std::move(*received));
    if (!inserted)
        return inserted;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return inserted;
}

Result<ImportReport> ReceivedInvoices::importFiles(const QStringList &paths, bool skipBad)
{
    if (auto allowed = m_store.require(Permission::Record, tr("register received invoices")); !allowed)
        return std::unexpected(allowed.error());
    QList<Candidate> candidates;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            candidates.append({QDir::toNativeSeparators(path),
                               {},
                               Error{u"not_found"_s, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)), u"file"_s}});
        else
            collect(path, candidates);
    }
    ImportReport report;
    QList<ReceivedInvoice> ready;
    QHash<QString, ReceivedInvoice> upgrades; // registered by QR code only: replaced by the file's details
    QHash<QString, QString> seen; // number → file, within this import
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.unreadable) {
            report.refused.append({candidate.name, *candidate.unreadable});
            continue;
        }
        auto document = readDocument(candidate.bytes);
        if (!document) {
            Error error = document.error();
            error.message = tr("%1: %2").arg(candidate.name, error.message);
            report.refused.append({candidate.name, error});
            continue;
        }
        document->source = isPdf(candidate.bytes) ? InvoiceDocument::Source::Pdf
            : isOfd(candidate.bytes)              ? InvoiceDocument::Source::Ofd
                                                  : InvoiceDocument::Source::Xml;
        const QString sha = crypto::sha256Hex(candidate.bytes);
        auto received = prepare(*document, document->sourceKey(), QFileInfo(candidate.name).fileName(), sha);
        if (!received) {
            Error error = received.error();
            error.message = tr("%1: %2").arg(candidate.name, error.message);
            report.refused.append({candidate.name, error});
            continue;
        }
        if (!received->checksPassed()) {
            QStringList failed;
            for (const VerificationCheck &check : received->checks) {
                if (!check.passed)
                    failed.append(check.message);
            }
            report.refused.append(
                {candidate.name,
                 Error{u"checks_failed"_s,
                       tr("%1: invoice %2 does not hold: %3").arg(candidate.name, received->number, failed.join(u' ')),
                       u"file"_s}});
            continue;
        }
        auto existing = find(received->number);
        // An invoice registered by its QR code alone gets its details from its file (same number and total).
        if (existing && existing->source == u"qr" && existing->document.total == received->document.total
            && !seen.contains(received->number)) {
            seen.insert(received->number, candidate.name);
            upgrades.insert(received->number, *existing);
            // A decision already taken on it (not deducted, with its reason) stays.
            received->use = existing->use;
            received->useReason = existing->useReason;
            ready.append(*received);
            continue;
        }
        if (existing || seen.contains(received->number)) {
            const bool same
                = existing ? existing->fileSha256 == sha || existing->document.total == received->document.total : true;
            const QString where = existing ? (existing->fileName.isEmpty() ? existing->source : existing->fileName)
                                           : seen.value(received->number);
            if (same)
                report.duplicates.append(
                    {candidate.name,
                     Error{u"duplicate"_s,
                           tr("%1: invoice %2 is already registered (%3).").arg(candidate.name, received->number, where),
                           u"file"_s}});
            else
                report.refused.append(
                    {candidate.name,
                     Error{u"conflicting_duplicate"_s,
                           tr("%1: another invoice with the number %2 is already registered (%3) with a different total.")
                               .arg(candidate.name, received->number, where),
                           u"file"_s}});
            continue;
        }
        seen.insert(received->number, candidate.name);
        ready.append(*received);
    }
    if (!report.refused.isEmpty() && !skipBad) {
        report.held = static_cast<int>(ready.size());
        return report; // nothing imported: correct the files, or import the good ones with skipBad
    }
    if (ready.isEmpty())
        return report;
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    for (ReceivedInvoice &received : ready) {
        if (upgrades.contains(received.number)) {
            auto removed = m_store.database().prepare("DELETE FROM received_invoice WHERE number = ? AND source = 'qr'");
            if (!removed)
                return std::unexpected(removed.error());
            removed->bind(1, received.number);
            if (auto ran = removed->run(); !ran)
                return std::unexpected(ran.error());
        }
        const DeductionUse keptUse = received.use;
        const QString keptReason = received.useReason;
        auto inserted = insert(std::move(received));
        if (!inserted)
            return std::unexpected(inserted.error()); // rolls back: nothing half-imported
        if (keptUse == DeductionUse::NotDeduct) {
            auto kept
                = m_store.database().prepare("UPDATE received_invoice SET use = 'not_deduct', use_reason = ? WHERE number = ?");
            if (!kept)
                return std::unexpected(kept.error());
            kept->bind(1, keptReason).bind(2, inserted->number);
            if (auto ran = kept->run(); !ran)
                return std::unexpected(ran.error());
            inserted->use = keptUse;
            inserted->useReason = keptReason;
        }
        report.imported.append(*inserted);
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return report;
}

Result<std::optional<QString>> ReceivedInvoices::addFromSync(const QJsonObject &payload)
{
    auto invoice = Invoice::fromContent(payload.value(u"content"_s).toObject());
    if (!invoice)
        return fail(u"invoice_unreadable"_s, tr("An invoice from the server cannot be read: %1").arg(invoice.error().message));
    if (find(invoice->number))
        return std::optional<QString>{};
    InvoiceDocument document = InvoiceDocument::of(*invoice);
    auto received = prepare(document, u"sync"_s, {}, crypto::sha256Hex(payload.value(u"signature"_s).toString().toLatin1()));
    if (!received)
        return std::unexpected(received.error());
    received->checks.append(
        {u"server"_s, true, tr("The sync server checked the seller's device signature and number range before sending it.")});
    // In the sync's transaction: registered with the cursor that moves past it, or not at all.
    auto inserted = insert(std::move(*received));
    if (!inserted)
        return std::unexpected(inserted.error());
    return std::optional<QString>{inserted->number};
}

Result<ReceivedInvoice> ReceivedInvoices::addVoucher(const VoucherInput &voucher)
{
    if (auto allowed = m_store.require(Permission::Record, tr("register received invoices")); !allowed)
        return std::unexpected(allowed.error());
    static const QRegularExpression numberPattern(u"^[0-9A-Za-z-]{6,40}$"_s);
    if (!numberPattern.match(voucher.number).hasMatch())
        return fail(u"invalid_number"_s, tr("凭证号码 (voucher number) must be 6–40 letters, digits or hyphens, as printed."),
                    u"number"_s);
    if (!voucher.date.isValid())
        return fail(u"invalid_date"_s, tr("日期 (date) must be a date, YYYY-MM-DD."), u"date"_s);
    if (voucher.sellerName.isEmpty())
        return fail(u"required"_s, tr("Name the 销售方 / 收款方 (seller or payee)."), u"seller"_s);
    if (voucher.amount.fen() <= 0)
        return fail(u"invalid_amount"_s, tr("金额 (amount) must be more than 0."), u"amount"_s);
    // The deductible input tax, by the voucher's rule.
    Money deductible;
    Money tax = voucher.tax;
    Money amount = voucher.amount;
    const auto share = [](Money base, const char *rate, bool included) {
        const Decimal r = *Decimal::parse(QString::fromLatin1(rate));
        Decimal value = Decimal::fromMoney(base) * r;
        if (included)
            value = *value.dividedBy(Decimal::fromInteger(1) + r);
        return value.toMoney().value_or(Money::fromFen(0));
    };
    switch (voucher.type) {
    case VoucherType::Customs:
    case VoucherType::Toll:
        if (voucher.tax.fen() <= 0)
            return fail(u"invalid_amount"_s, tr("税额 (tax) must be more than 0, as the voucher states it."), u"tax"_s);
        deductible = voucher.tax;
        break;
    case VoucherType::Agricultural:
        // 买价 × 扣除率: 9%, or 10% for produce used to make 13% goods (财税〔2017〕37号, 公告2019年第39号).
        deductible = share(voucher.amount, voucher.deepProcessing ? "0.10" : "0.09", false);
        tax = deductible;
        amount = Money::fromFen(voucher.amount.fen() - deductible.fen());
        break;
    case VoucherType::Passenger: {
        // From 2019-04-01 (公告2019年第39号): air and rail 9%, road and water 3%, of the fare including tax.
        if (voucher.date < QDate(2019, 4, 1))
            return fail(u"not_deductible"_s, tr("Passenger tickets are deductible only from 2019-04-01."), u"date"_s);
        const bool nine = voucher.passengerMode == u"air" || voucher.passengerMode == u"rail";
        if (!nine && voucher.passengerMode != u"road" && voucher.passengerMode != u"water")
            return fail(u"invalid_mode"_s, tr("交通方式 (mode) must be air, rail, road or water."), u"mode"_s);
        deductible = share(voucher.amount, nine ? "0.09" : "0.03", true);
        tax = deductible;
        amount = Money::fromFen(voucher.amount.fen() - deductible.fen());
        break;
    }
    case VoucherType::Invoice:
        return fail(u"invalid_type"_s, tr("Invoices are imported from their files."), u"type"_s);
    }
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());
    ReceivedInvoice received;
    received.number = voucher.number;
    received.type = voucher.type;
    received.document.number = voucher.number;
    received.document.issueDate = voucher.date;
    received.document.seller.name = voucher.sellerName;
    received.document.seller.creditCode = voucher.sellerCode;
    received.document.buyer.name = profile->name;
    received.document.buyer.creditCode = profile->creditCode;
    received.document.amount = amount;
    received.document.tax = tax;
    received.document.total = Money::fromFen(amount.fen() + tax.fen());
    received.source = u"manual"_s;
    received.deductibleTax = deductible;
    received.importedAt = QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    if (find(received.number))
        return fail(u"duplicate"_s, tr("Voucher %1 is already registered.").arg(received.number), u"number"_s);
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto inserted = insert(std::move(received));
    if (!inserted)
        return inserted;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return inserted;
}

Result<QList<ReceivedInvoice>> ReceivedInvoices::list(const ReceivedFilter &filter) const
{
    QString sql = u"SELECT "_s + QString::fromLatin1(kColumns) + u"WHERE 1 = 1"_s;
    QList<store::Statement::Value> values;
    if (!filter.issueMonth.isEmpty()) {
        sql += u" AND issue_month = ?"_s;
        values.append(filter.issueMonth);
    }
    if (filter.use) {
        sql += u" AND use = ?"_s;
        values.append(useKey(*filter.use));
    }
    if (!filter.usePeriod.isEmpty()) {
        sql += u" AND use_period = ?"_s;
        values.append(filter.usePeriod);
    }
    if (!filter.seller.isEmpty()) {
        sql += u" AND (instr(seller_name, ?) > 0 OR instr(seller_code, upper(?)) > 0)"_s;
        values.append(filter.seller);
        values.append(filter.seller);
    }
    sql += u" ORDER BY issue_month, number"_s;
    auto statement = m_store.database().prepare(sql.toUtf8().toStdString());
    if (!statement)
        return std::unexpected(statement.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(static_cast<int>(i + 1), values.at(i));
    QList<ReceivedInvoice> rows;
    std::optional<Error> problem;
    auto walked = statement->forEachRow([&] {
        auto row = fromRow(*statement);
        if (row)
            rows.append(*row);
        else if (!problem)
            problem = row.error();
    });
    if (!walked)
        return std::unexpected(walked.error());
    if (problem)
        return std::unexpected(*problem);
    return rows;
}

Result<ReceivedInvoice> ReceivedInvoices::find(const QString &number) const
{
    auto statement = m_store.database().cached("SELECT " + std::string(kColumns) + "WHERE number = ?");
    if (!statement)
        return std::unexpected(statement.error());
    (*statement)->bind(1, number.trimmed());
    auto row = (*statement)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(u"not_found"_s, tr("No received invoice %1 is registered.").arg(number), u"number"_s);
    auto found = fromRow(**statement);
    (*statement)->reset();
    return found;
}

Result<ReceivedInvoice> ReceivedInvoices::confirm(const QString &number, DeductionUse use, const QString &period,
                                                  const QString &reason)
{
    if (auto allowed = m_store.require(Permission::Record, tr("confirm the use of received invoices")); !allowed)
        return std::unexpected(allowed.error());
    auto before = find(number);
    if (!before)
        return before;
    QString usePeriod;
    QString useReason;
    if (use == DeductionUse::Deduct) {
        const QDate month = QDate::fromString(period + u"-01"_s, u"yyyy-MM-dd"_s);
        if (!month.isValid())
            return fail(u"invalid_period"_s, tr("抵扣所属期 (deduction period) must be a month, YYYY-MM."), u"period"_s);
        if (month < QDate(before->document.issueDate.year(), before->document.issueDate.month(), 1))
            return fail(u"invalid_period"_s,
                        tr("Invoice %1 is dated %2; it cannot be deducted in %3, before it was issued.")
                            .arg(number, before->document.issueDate.toString(u"yyyy-MM-dd"_s), period),
                        u"period"_s);
        if (before->source == u"qr")
            return fail(u"details_unknown"_s,
                        tr("Only the QR code of invoice %1 is registered, which does not give its tax: import the "
                           "invoice's XML or OFD file before deducting it.")
                            .arg(number),
                        u"use"_s);
        if (before->deductibleTax.isZero())
            return fail(
                u"not_deductible"_s,
                tr("Invoice %1 carries no deductible input tax (an ordinary invoice): confirm it as not deducted.").arg(number),
                u"use"_s);
        usePeriod = period;
    } else if (use == DeductionUse::NotDeduct) {
        useReason = reason.trimmed();
        if (useReason.isEmpty())
            return fail(u"required"_s, tr("Say why the invoice is not deducted (e.g. 用于集体福利, 免税项目)."), u"reason"_s);
    }
    // A use may be changed until its period is filed (the filing module will check that).
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto statement = m_store.database().prepare(
        "UPDATE received_invoice SET use = ?, use_period = ?, use_reason = ?, confirmed_at = ? WHERE number = ?");
    if (!statement)
        return std::unexpected(statement.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    statement->bind(1, useKey(use))
        .bind(2, text(usePeriod))
        .bind(3, text(useReason))
        .bind(4, now.toString(Qt::ISODate))
        .bind(5, before->number);
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    ReceivedInvoice after = *before;
    after.use = use;
    after.usePeriod = usePeriod;
    after.useReason = useReason;
    after.confirmedAt = now;
    if (auto audited
        = m_store.recordChange({u"confirm_use"_s, u"received_invoice"_s, after.number, before->toJson(), after.toJson(), {}});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return after;
}

Result<void> ReceivedInvoices::remove(const QString &number, const QString &reason)
{
    if (auto allowed = m_store.require(Permission::Record, tr("remove received invoices")); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(u"required"_s, tr("Say why the invoice is taken off the ledger (e.g. 扫错了发票)."), u"reason"_s);
    auto before = find(number);
    if (!before)
        return std::unexpected(before.error());
    if (before->use == DeductionUse::Deduct)
        return fail(u"deducted"_s,
                    tr("Invoice %1 is confirmed for deduction in %2: confirm it as not deducted first.")
                        .arg(before->number, before->usePeriod),
                    u"number"_s);
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto statement = m_store.database().prepare("DELETE FROM received_invoice WHERE number = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, before->number);
    if (auto ran = statement->run(); !ran)
        return ran;
    if (auto audited = m_store.recordChange({u"remove"_s,
                                             u"received_invoice"_s,
                                             before->number,
                                             before->toJson(),
                                             QJsonObject{{u"removed"_s, true}, {u"reason"_s, reason.trimmed()}},
                                             {}});
        !audited)
        return audited;
    return transaction->commit();
}

Result<void> ReceivedInvoices::exportTo(const QList<ReceivedInvoice> &invoices, const QString &path)
{
    // The ledger's headings are Chinese whatever the interface language: it goes to the books.
    QList<QStringList> rows{{u"发票号码"_s, u"凭证类型"_s, u"发票种类"_s, u"开票日期"_s, u"销售方名称"_s, u"销售方纳税人识别号"_s,
                             u"金额"_s, u"税额"_s, u"价税合计"_s, u"可抵扣税额"_s, u"用途"_s, u"抵扣所属期"_s, u"不抵扣原因"_s,
                             u"来源"_s, u"查验"_s}};
    static const QHash<QString, QString> types{{u"invoice"_s, u"发票"_s},
                                               {u"customs"_s, u"海关进口增值税专用缴款书"_s},
                                               {u"agricultural"_s, u"农产品收购/销售发票"_s},
                                               {u"toll"_s, u"通行费发票"_s},
                                               {u"passenger"_s, u"旅客运输"_s}};
    static const QHash<QString, QString> uses{
        {u"unconfirmed"_s, u"未确认"_s}, {u"deduct"_s, u"抵扣"_s}, {u"not_deduct"_s, u"不抵扣"_s}};
    Money amount;
    Money tax;
    Money total;
    Money deductible;
    for (const ReceivedInvoice &one : invoices) {
        const InvoiceDocument &d = one.document;
        rows.append({one.number, types.value(voucherKey(one.type)),
                     one.type != VoucherType::Invoice     ? QString()
                         : d.kind == InvoiceKind::Special ? (d.red ? u"专票（红字）"_s : u"专票"_s)
                                                          : (d.red ? u"普票（红字）"_s : u"普票"_s),
                     d.issueDate.toString(u"yyyy-MM-dd"_s), d.seller.name, d.seller.creditCode, d.amount.toString(),
                     d.tax.toString(), d.total.toString(), one.deductibleTax.toString(), uses.value(useKey(one.use)),
                     one.usePeriod, one.useReason, one.source, one.checksPassed() ? u"通过"_s : u"未通过"_s});
        amount = Money::fromFen(amount.fen() + d.amount.fen());
        tax = Money::fromFen(tax.fen() + d.tax.fen());
        total = Money::fromFen(total.fen() + d.total.fen());
        deductible = Money::fromFen(deductible.fen() + one.deductibleTax.fen());
    }
    rows.append({u"合计"_s, QString(), QString(), QString(), QString(), QString(), amount.toString(), tax.toString(),
                 total.toString(), deductible.toString(), QString(), QString(), QString(), QString(), QString()});
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return payroll::Spreadsheet::writeXlsx(path, u"进项发票"_s, rows, {6, 7, 8, 9});
    return payroll::Spreadsheet::writeCsv(path, rows);
}

} // namespace taxbox::invoice
