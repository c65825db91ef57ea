#include "InvoiceCommands.h"

#include "WorkspaceCommand.h"

#include "InvoiceLayout.h"
#include "ids/PinyinInitials.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceFile.h"
#include "invoice/InvoiceImport.h"
#include "invoice/OfdFile.h"
#include "invoice/PdfInvoice.h"
#include "invoice/ReceivedInvoices.h"
#include "invoice/TaxCodeCatalogue.h"
#include "payroll/Payroll.h"
#include "payroll/Spreadsheet.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncLedger.h"

#include <QFile>
#include <QJsonArray>

namespace taxbox::cli {

namespace {

using invoice::InvoiceBook;

QJsonObject summaryJson(const invoice::Invoice &invoice)
{
    QJsonObject object{{u"number"_s, invoice.number},
                       {u"kind"_s, invoice::kindKey(invoice.kind)},
                       {u"issued_at"_s, invoice.issuedAt.toString(Qt::ISODate)},
                       {u"buyer"_s, invoice.buyer.name},
                       {u"total_amount"_s, invoice.totals.amount.toString()},
                       {u"total_tax"_s, invoice.totals.tax.toString()},
                       {u"total"_s, invoice.totals.total.toString()}};
    if (invoice.red)
        object.insert(u"blue_number"_s, invoice.red->blueNumber);
    return object;
}

QJsonArray errorsJson(const QList<invoice::BatchError> &errors, const QList<int> &rows = {})
{
    QJsonArray array;
    for (const invoice::BatchError &error : errors) {
        QJsonObject object{{u"index"_s, error.index},
                           {u"code"_s, error.error.code},
                           {u"field"_s, error.error.field},
                           {u"message"_s, error.error.message}};
        if (!rows.isEmpty())
            object.insert(u"row"_s, rows.value(error.index - 1));
        array.append(object);
    }
    return array;
}

/// An invoice command on one enterprise: --enterprise ENT (id or credit code).
class InvoiceCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCommand)
protected:
    [[nodiscard]] virtual QList<QCommandLineOption> invoiceOptions() const { return {}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        return QList<QCommandLineOption>{QCommandLineOption(u"enterprise"_s, tr("The enterprise's id or credit code."), u"ent"_s)}
        + invoiceOptions();
    }

    /// Logs in, opens the enterprise with the rule pack in force, runs `work` with its invoice book.
    ExitCode withBook(Context &context, const QCommandLineParser &arguments,
                      const std::function<ExitCode(InvoiceBook &, store::EnterpriseStore &)> &work) const
    {
        return withEnterprise(context, arguments, [&](store::EnterpriseStore &store, const rules::RulePack &pack) {
            InvoiceBook book(store, pack);
            return work(book, store);
        });
    }

    /// withBook for what records tax classification codes (issuing, product lists): the book checks them
    /// against the workspace's imported code table, if any.
    ExitCode withCodeCheckedBook(Context &context, const QCommandLineParser &arguments,
                                 const std::function<ExitCode(InvoiceBook &, store::EnterpriseStore &)> &work) const
    {
        auto codes = invoice::TaxCodeCatalogue::forWorkspace(workspace(arguments).directory());
        if (!codes)
            return context.reportError(codes.error());
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &store) {
            book.setTaxCodes(&*codes);
            return work(book, store);
        });
    }

    static ExitCode writeBatch(Context &context, const Result<invoice::BatchResult> &batch, bool validOnly,
                               const QList<int> &rows = {}, const QList<payroll::RowError> &rowErrors = {})
    {
        if (!batch)
            return report(context, batch.error());
        QJsonArray issued;
        for (const invoice::IssuedInvoice &one : batch->issued)
            issued.append(summaryJson(one.invoice));
        QJsonObject result{{u"issued"_s, issued}, {u"errors"_s, errorsJson(batch->errors, rows)}};
        if (!rows.isEmpty() || !rowErrors.isEmpty()) {
            result.insert(u"row_errors"_s, payroll::rowErrorsJson(rowErrors));
        }
        context.writeResult(result);
        if (issued.isEmpty() && (!batch->errors.isEmpty() || !rowErrors.isEmpty()))
            return context.reportError(Error{u"invoices_refused"_s,
                                             validOnly ? tr("No invoice could be issued; see the errors.")
                                                       : tr("Some invoices have errors, so none was issued. Correct them, or "
                                                            "issue the valid ones with --valid-only."),
                                             {}});
        return ExitCode::Success;
    }
};

class IssueCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"issue"_s}; }
    QString summary() const override
    {
        return tr("Issue one invoice (a JSON object) or a batch (a JSON array); prints the numbers issued.");
    }
    bool readsJson() const override { return true; }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {
            QCommandLineOption(u"valid-only"_s, tr("In a batch with errors, issue the valid invoices (default: issue none)."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto document = context.readJsonDocument(arguments);
        if (!document)
            return context.reportError(document.error());
        const QJsonArray array = document->isArray() ? document->array() : QJsonArray{document->object()};
        QList<invoice::InvoiceDraft> drafts;
        QList<invoice::BatchError> readErrors;
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto draft = invoice::InvoiceDraft::fromJson(array.at(i).toObject());
            if (!draft)
                readErrors.append({static_cast<int>(i + 1), draft.error()});
            else
                drafts.append(*draft);
        }
        const bool validOnly = arguments.isSet(u"valid-only"_s);
        if (!readErrors.isEmpty() && !validOnly)
            return writeBatch(context, invoice::BatchResult{{}, readErrors}, false);
        return withCodeCheckedBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto batch = book.issueBatch(drafts, validOnly ? invoice::BatchMode::ValidOnly : invoice::BatchMode::AllOrNothing);
            if (batch && !readErrors.isEmpty()) {
                // Renumber the book's errors (indices among the readable drafts) to the input's positions.
                QList<int> readable;
                for (int i = 1; i <= array.size(); ++i) {
                    if (std::none_of(readErrors.begin(), readErrors.end(), [i](const auto &e) { return e.index == i; }))
                        readable.append(i);
                }
                for (invoice::BatchError &error : batch->errors)
                    error.index = readable.value(error.index - 1);
                batch->errors += readErrors;
                std::sort(batch->errors.begin(), batch->errors.end(),
                          [](const auto &a, const auto &b) { return a.index < b.index; });
            }
            if (batch && !document->isArray() && batch->errors.size() == 1 && batch->issued.isEmpty())
                return report(context, batch->errors.first().error);
            return writeBatch(context, batch, validOnly);
        });
    }
};

class ImportCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"import"_s}; }
    QString summary() const override
    {
        return tr("Issue the invoices of a CSV or XLSX list (one row per line item, rows with the same 序号 make one "
                  "invoice). With errors nothing is issued unless --valid-only.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The .csv or .xlsx file.")}}; }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"valid-only"_s, tr("Issue the valid invoices and report the others.")),
                QCommandLineOption(u"template"_s, tr("Write the empty template to FILE instead of importing."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the file to import."), u"file"_s}, ExitCode::Usage);
        const QString file = arguments.positionalArguments().constFirst();
        if (arguments.isSet(u"template"_s)) {
            const QList<QStringList> rows{invoice::InvoiceImport::templateHeaders()};
            auto written = file.endsWith(u".xlsx"_s, Qt::CaseInsensitive)
                ? payroll::Spreadsheet::writeXlsx(file, tr("Invoices"), rows, {})
                : payroll::Spreadsheet::writeCsv(file, rows);
            if (!written)
                return context.reportError(written.error());
            context.writeResult({{u"file"_s, file}, {u"columns"_s, QJsonArray::fromStringList(rows.first())}});
            return ExitCode::Success;
        }
        auto table = payroll::Spreadsheet::read(file);
        if (!table)
            return context.reportError(table.error());
        auto parsed = invoice::InvoiceImport::parse(*table);
        if (!parsed)
            return context.reportError(parsed.error());
        const bool validOnly = arguments.isSet(u"valid-only"_s);
        if (!parsed->errors.isEmpty() && !validOnly)
            return writeBatch(context, invoice::BatchResult{}, false, parsed->firstRows, parsed->errors);
        return withCodeCheckedBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto batch
                = book.issueBatch(parsed->drafts, validOnly ? invoice::BatchMode::ValidOnly : invoice::BatchMode::AllOrNothing);
            return writeBatch(context, batch, validOnly, parsed->firstRows, parsed->errors);
        });
    }
};

class ListCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"list"_s}; }
    QString summary() const override { return tr("The invoice ledger, filtered, with totals by rate and month."); }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"from"_s, tr("Issued on or after this date."), u"yyyy-mm-dd"_s),
                QCommandLineOption(u"to"_s, tr("Issued on or before this date."), u"yyyy-mm-dd"_s),
                QCommandLineOption(u"buyer"_s, tr("Part of the buyer's name or credit code."), u"text"_s),
                QCommandLineOption(u"number"_s, tr("Part of the invoice number."), u"digits"_s),
                QCommandLineOption(u"status"_s, tr("issued, partly_reversed, reversed or red."), u"status"_s),
                QCommandLineOption(u"min"_s, tr("Total (including tax) at least."), u"amount"_s),
                QCommandLineOption(u"max"_s, tr("Total (including tax) at most."), u"amount"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        invoice::LedgerFilter filter;
        for (const auto &[option, target] : {std::pair{u"from"_s, &filter.from}, std::pair{u"to"_s, &filter.to}}) {
            if (!arguments.isSet(option))
                continue;
            *target = QDate::fromString(arguments.value(option), Qt::ISODate);
            if (!target->isValid())
                return context.reportError(Error{u"invalid_date"_s, tr("--%1 takes a date like 2026-03-31.").arg(option), option},
                                           ExitCode::Usage);
        }
        filter.buyer = arguments.value(u"buyer"_s);
        filter.number = arguments.value(u"number"_s);
        if (arguments.isSet(u"status"_s)) {
            const QString status = arguments.value(u"status"_s);
            for (auto candidate :
                 {invoice::InvoiceStatus::Issued, invoice::InvoiceStatus::PartlyReversed, invoice::InvoiceStatus::Reversed,
                  invoice::InvoiceStatus::Red, invoice::InvoiceStatus::Voided}) {
                if (invoice::statusKey(candidate) == status)
                    filter.status = candidate;
            }
            if (!filter.status)
                return context.reportError(
                    Error{u"invalid_status"_s, tr("--status takes issued, partly_reversed, reversed or red."), u"status"_s},
                    ExitCode::Usage);
        }
        for (const auto &[option, target] : {std::pair{u"min"_s, &filter.minTotal}, std::pair{u"max"_s, &filter.maxTotal}}) {
            if (!arguments.isSet(option))
                continue;
            auto amount = Money::parse(arguments.value(option), u"--"_s + option);
            if (!amount)
                return context.reportError(amount.error(), ExitCode::Usage);
            *target = *amount;
        }
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto rows = book.ledger(filter);
            if (!rows)
                return report(context, rows.error());
            auto totals = book.totalsByRateAndMonth(filter);
            if (!totals)
                return report(context, totals.error());
            QJsonArray invoices;
            for (const invoice::LedgerRow &row : std::as_const(*rows)) {
                QJsonObject object{{u"number"_s, row.number},
                                   {u"kind"_s, invoice::kindKey(row.kind)},
                                   {u"issued_at"_s, row.issuedAt.toString(Qt::ISODate)},
                                   {u"buyer"_s, row.buyerName},
                                   {u"buyer_code"_s, row.buyerCode},
                                   {u"total_amount"_s, row.amount.toString()},
                                   {u"total_tax"_s, row.tax.toString()},
                                   {u"total"_s, row.total.toString()},
                                   {u"status"_s, invoice::statusKey(row.status)}};
                if (!row.blueNumber.isEmpty())
                    object.insert(u"blue_number"_s, row.blueNumber);
                else
                    object.insert(u"remaining"_s, row.remaining.toString());
                invoices.append(object);
            }
            QJsonArray byRate;
            for (const invoice::RateTotal &total : std::as_const(*totals))
                byRate.append(total.toJson());
            context.writeResult({{u"invoices"_s, invoices}, {u"totals_by_rate"_s, byRate}});
            return ExitCode::Success;
        });
    }
};

class ShowCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"show"_s}; }
    QString summary() const override { return tr("One issued invoice in full, with its QR payload."); }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NUMBER"_s, tr("The 20-digit number.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the invoice number."), u"number"_s}, ExitCode::Usage);
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto found = book.find(arguments.positionalArguments().constFirst());
            if (!found)
                return report(context, found.error());
            QJsonObject object = found->invoice.content();
            object.insert(u"qr"_s, found->invoice.qrPayload());
            object.insert(u"signature"_s, QString::fromLatin1(found->signature.signature.toBase64()));
            if (!found->voidReason.isEmpty())
                object.insert(u"void_reason"_s, found->voidReason);
            context.writeResult(object);
            return ExitCode::Success;
        });
    }
};

class ExportCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"export"_s}; }
    QString summary() const override
    {
        return tr("Write an issued invoice as its signed XML file (--format xml), a PDF in the 数电票 layout (pdf) or an "
                  "OFD file (ofd, GB/T 33190).");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NUMBER"_s, tr("The 20-digit number.")}}; }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"format"_s, tr("xml (the signed 数电票 file), pdf or ofd."), u"format"_s, u"xml"_s),
                QCommandLineOption(u"out"_s, tr("The file to write."), u"file"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1 || !arguments.isSet(u"out"_s))
            return context.reportError(Error{u"required"_s, tr("Name the invoice number and --out FILE."), u"out"_s},
                                       ExitCode::Usage);
        const QString format = arguments.value(u"format"_s);
        if (format != u"xml" && format != u"pdf" && format != u"ofd")
            return context.reportError(Error{u"invalid_format"_s, tr("--format takes xml, pdf or ofd."), u"format"_s},
                                       ExitCode::Usage);
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto found = book.findToHandOut(arguments.positionalArguments().constFirst());
            if (!found)
                return report(context, found.error());
            const QString out = arguments.value(u"out"_s);
            const Result<void> written = format == u"pdf" ? print::InvoiceLayout::writePdf(*found, out)
                : format == u"ofd"                        ? invoice::saveOfd(*found, out)
                                                          : invoice::InvoiceFile::save(*found, out);
            if (!written)
                return context.reportError(written.error());
            context.writeResult({{u"number"_s, found->invoice.number}, {u"format"_s, format}, {u"file"_s, out}});
            return ExitCode::Success;
        });
    }
};

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    QStringList path() const override { return {u"invoice"_s, u"verify"_s}; }
    QString summary() const override
    {
        return tr("Check an invoice file (no workspace needed). A Taxbox XML file: canonical form, signatures, number "
                  "range, number and arithmetic. Any 数电票 XML, OFD or PDF a supplier sent: structure, number, arithmetic, "
                  "amount in words, red reference, the PDF's QR code against its text — and what cannot be checked offline is "
                  "said. Exits 1 when any check "
                  "fails.");
    }
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"FILE"_s, tr("The invoice's .xml, .ofd or .pdf file.")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(u"server-key"_s,
                                   tr("Require the number range to be signed by this server key (base64, as "
                                      "taxbox-server prints it); otherwise the key in the file is reported."),
                                   u"base64"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the file to verify."), u"file"_s}, ExitCode::Usage);
        QFile file(arguments.positionalArguments().constFirst());
        if (!file.open(QIODevice::ReadOnly))
            return context.reportError(
                Error{u"input_unreadable"_s, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()), u"file"_s});
        std::optional<QByteArray> serverKey;
        if (arguments.isSet(u"server-key"_s)) {
            serverKey = QByteArray::fromBase64(arguments.value(u"server-key"_s).toLatin1());
            if (serverKey->size() != 32)
                return context.reportError(
                    Error{u"invalid_key"_s, tr("--server-key must be a base64 Ed25519 public key (32 bytes)."), u"server-key"_s},
                    ExitCode::Usage);
        }
        auto pack = rules::RulePack::inForce();
        if (!pack)
            return context.reportError(pack.error());
        // An invoice file is a few kilobytes (an OFD with fonts a few hundred); a larger one is not read.
        const qint64 kMaxInvoiceFileBytes = invoice::kMaxInvoiceFileBytes;
        const QByteArray bytes = invoice::readAtMost(file);
        if (bytes.size() > kMaxInvoiceFileBytes)
            return context.reportError(Error{u"input_too_large"_s,
                                             tr("%1 is larger than %2 MB; an invoice file is far smaller.")
                                                 .arg(file.fileName())
                                                 .arg(kMaxInvoiceFileBytes / (1024 * 1024)),
                                             u"file"_s});
        const invoice::Verification verification = invoice::verifyAnyInvoiceFile(bytes, **pack, serverKey);
        context.writeResult(verification.toJson());
        if (verification.valid())
            return ExitCode::Success;
        // The full report is on standard output; the failure is on standard error as every command's is.
        const auto failed = std::find_if(verification.checks.cbegin(), verification.checks.cend(),
                                         [](const invoice::VerificationCheck &check) { return !check.passed; });
        const QString why = failed == verification.checks.cend() ? QString() : failed->message;
        return context.reportError(
            Error{u"invoice_not_verified"_s,
                  tr("%1 did not pass the %2 check: %3")
                      .arg(file.fileName(), failed == verification.checks.cend() ? QString() : failed->name, why),
                  u"file"_s});
    }
};

class QrCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(QrCommand)
public:
    QStringList path() const override { return {u"invoice"_s, u"qr"_s}; }
    QString summary() const override
    {
        return tr("Read a 数电票 QR payload (what a barcode gun types): kind, number, total, date and whether its check "
                  "code is right. Exits 1 when it is not.");
    }
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"PAYLOAD"_s, tr("01,31,,<number>,<total>,<YYYYMMDD>,,<check>")}};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Give the QR payload."), u"qr"_s}, ExitCode::Usage);
        auto payload = invoice::QrPayload::parse(arguments.positionalArguments().constFirst());
        if (!payload)
            return context.reportError(payload.error());
        context.writeResult({{u"kind"_s, invoice::kindKey(payload->kind)},
                             {u"number"_s, payload->number},
                             {u"total"_s, payload->total.toString()},
                             {u"issue_date"_s, payload->date.toString(u"yyyy-MM-dd"_s)},
                             {u"check"_s, payload->check},
                             {u"check_passed"_s, payload->checkMatches()}});
        if (payload->checkMatches())
            return ExitCode::Success;
        return context.reportError(
            Error{u"qr_check_failed"_s,
                  tr("The check code %1 does not match the payload: it was mistyped or changed.").arg(payload->check), u"qr"_s});
    }
};

/// invoice received …: the 进项发票 of one enterprise.
class ReceivedCommand : public InvoiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedCommand)
protected:
    ExitCode withReceived(Context &context, const QCommandLineParser &arguments,
                          const std::function<ExitCode(invoice::ReceivedInvoices &)> &work) const
    {
        return withEnterprise(context, arguments, [&](store::EnterpriseStore &store, const rules::RulePack &) {
            invoice::ReceivedInvoices received(store);
            return work(received);
        });
    }
    static QList<QCommandLineOption> filterOptions()
    {
        return {QCommandLineOption(u"month"_s, tr("Invoices issued in this month (YYYY-MM)."), u"month"_s),
                QCommandLineOption(u"use"_s, tr("unconfirmed, deduct or not_deduct."), u"use"_s),
                QCommandLineOption(u"period"_s, tr("Deducted in this period (YYYY-MM)."), u"period"_s),
                QCommandLineOption(u"seller"_s, tr("Part of the seller's name or credit code."), u"text"_s)};
    }
    static Result<invoice::ReceivedFilter> filterOf(const QCommandLineParser &arguments)
    {
        invoice::ReceivedFilter filter;
        filter.issueMonth = arguments.value(u"month"_s);
        filter.usePeriod = arguments.value(u"period"_s);
        filter.seller = arguments.value(u"seller"_s);
        if (arguments.isSet(u"use"_s)) {
            filter.use = invoice::useFromKey(arguments.value(u"use"_s));
            if (!filter.use || arguments.value(u"use"_s).isEmpty())
                return fail(u"invalid_use"_s, tr("--use takes unconfirmed, deduct or not_deduct."), u"use"_s);
        }
        return filter;
    }
};

class ReceivedImportCommand final : public ReceivedCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"received"_s, u"import"_s}; }
    QString summary() const override
    {
        return tr("Register received invoices from XML or OFD files, folders or zip archives; each is checked, duplicates "
                  "are skipped, and none is imported when any is refused (unless --skip-bad).");
    }
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"PATH..."_s, tr("Files, folders or zip archives.")}};
    }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"skip-bad"_s, tr("Import the good files even when others are refused."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().isEmpty())
            return context.reportError(Error{u"required"_s, tr("Name the files to import."), u"file"_s}, ExitCode::Usage);
        return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
            auto imported = received.importFiles(arguments.positionalArguments(), arguments.isSet(u"skip-bad"_s));
            if (!imported)
                return report(context, imported.error());
            context.writeResult(imported->toJson());
            if (!imported->refused.isEmpty() && imported->imported.isEmpty())
                return context.reportError(Error{u"invoices_refused"_s,
                                                 arguments.isSet(u"skip-bad"_s)
                                                     ? tr("No file could be imported; see \"refused\".")
                                                     : tr("%1 file(s) were refused, so none was imported: %2 Correct them, "
                                                          "or import the good ones with --skip-bad.")
                                                           .arg(imported->refused.size())
                                                           .arg(imported->refused.first().error.message),
                                                 u"file"_s});
            return ExitCode::Success;
        });
    }
};

class ReceivedAddCommand final : public ReceivedCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"received"_s, u"add"_s}; }
    bool readsJson() const override { return true; }
    QString summary() const override
    {
        return tr("Register a voucher typed by hand (JSON on standard input): 海关缴款书 (customs), 农产品 (agricultural), "
                  "通行费 (toll) or 旅客运输 (passenger); or, with --qr, an invoice known only by its scanned QR code.");
    }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"qr"_s, tr("A scanned QR payload."), u"payload"_s),
                QCommandLineOption(u"seller"_s, tr("With --qr: the seller's name as printed."), u"name"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.isSet(u"qr"_s)) {
            auto payload = invoice::QrPayload::parse(arguments.value(u"qr"_s));
            if (!payload)
                return context.reportError(payload.error());
            return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
                invoice::InvoiceDocument document;
                document.source = invoice::InvoiceDocument::Source::Qr;
                document.number = payload->number;
                document.kind = payload->kind;
                document.issueDate = payload->date;
                document.total = payload->total;
                document.red = payload->total.isNegative();
                document.seller.name = arguments.value(u"seller"_s);
                document.qrPayload = payload->text;
                auto added = received.add(document, u"qr"_s);
                if (!added)
                    return report(context, added.error());
                context.writeResult(added->toJson(true));
                return ExitCode::Success;
            });
        }
        auto json = context.readJsonInput(arguments);
        if (!json)
            return context.reportError(json.error());
        auto voucher = invoice::VoucherInput::fromJson(*json);
        if (!voucher)
            return context.reportError(voucher.error());
        return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
            auto added = received.addVoucher(*voucher);
            if (!added)
                return report(context, added.error());
            context.writeResult(added->toJson(true));
            return ExitCode::Success;
        });
    }
};

class ReceivedListCommand final : public ReceivedCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"received"_s, u"list"_s}; }
    QString summary() const override { return tr("The received invoices, filtered, with totals."); }
    QList<QCommandLineOption> invoiceOptions() const override { return filterOptions(); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto filter = filterOf(arguments);
        if (!filter)
            return context.reportError(filter.error(), ExitCode::Usage);
        return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
            auto list = received.list(*filter);
            if (!list)
                return report(context, list.error());
            QJsonArray array;
            qint64 amount = 0;
            qint64 tax = 0;
            qint64 deductible = 0;
            for (const invoice::ReceivedInvoice &one : std::as_const(*list)) {
                array.append(one.toJson());
                amount += one.document.amount.fen();
                tax += one.document.tax.fen();
                deductible += one.deductibleTax.fen();
            }
            context.writeResult({{u"invoices"_s, array},
                                 {u"count"_s, array.size()},
                                 {u"total_amount"_s, Money::fromFen(amount).toString()},
                                 {u"total_tax"_s, Money::fromFen(tax).toString()},
                                 {u"total_deductible_tax"_s, Money::fromFen(deductible).toString()}});
            return ExitCode::Success;
        });
    }
};

class ReceivedShowCommand final : public ReceivedCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"received"_s, u"show"_s}; }
    QString summary() const override { return tr("One received invoice in full, with its checks."); }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NUMBER"_s, tr("The number.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the invoice number."), u"number"_s}, ExitCode::Usage);
        return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
            auto found = received.find(arguments.positionalArguments().constFirst());
            if (!found)
                return report(context, found.error());
            context.writeResult(found->toJson(true));
            return ExitCode::Success;
        });
    }
};

class ReceivedRemoveCommand final : public ReceivedCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"received"_s, u"remove"_s}; }
    QString summary() const override
    {
        return tr("Take a wrongly registered invoice off the ledger, with the reason (not one confirmed for deduction).");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NUMBER"_s, tr("The number.")}}; }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"reason"_s, tr("Why it is removed."), u"text"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the invoice number."), u"number"_s}, ExitCode::Usage);
        return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
            if (auto removed = received.remove(arguments.positionalArguments().constFirst(), arguments.value(u"reason"_s));
                !removed)
                return report(context, removed.error());
            context.writeResult({{u"removed"_s, arguments.positionalArguments().constFirst()}});
            return ExitCode::Success;
        });
    }
};

class ReceivedConfirmCommand final : public ReceivedCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"received"_s, u"confirm"_s}; }
    QString summary() const override
    {
        return tr("用途确认: deduct a received invoice in a period (--deduct YYYY-MM), or not (--not-deduct REASON).");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NUMBER"_s, tr("The number.")}}; }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"deduct"_s, tr("The period to deduct it in."), u"period"_s),
                QCommandLineOption(u"not-deduct"_s, tr("Why it is not deducted."), u"reason"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1 || arguments.isSet(u"deduct"_s) == arguments.isSet(u"not-deduct"_s))
            return context.reportError(
                Error{u"required"_s, tr("Name the invoice number and either --deduct PERIOD or --not-deduct REASON."), u"use"_s},
                ExitCode::Usage);
        const bool deduct = arguments.isSet(u"deduct"_s);
        return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
            auto confirmed = received.confirm(arguments.positionalArguments().constFirst(),
                                              deduct ? invoice::DeductionUse::Deduct : invoice::DeductionUse::NotDeduct,
                                              arguments.value(u"deduct"_s), arguments.value(u"not-deduct"_s));
            if (!confirmed)
                return report(context, confirmed.error());
            context.writeResult(confirmed->toJson());
            return ExitCode::Success;
        });
    }
};

class ReceivedExportCommand final : public ReceivedCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"received"_s, u"export"_s}; }
    QString summary() const override { return tr("Write the received-invoice ledger (filtered) to a .csv or .xlsx file."); }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return filterOptions() << QCommandLineOption(u"out"_s, tr("The file to write (.csv or .xlsx)."), u"file"_s);
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"out"_s))
            return context.reportError(Error{u"required"_s, tr("Name the file with --out."), u"out"_s}, ExitCode::Usage);
        auto filter = filterOf(arguments);
        if (!filter)
            return context.reportError(filter.error(), ExitCode::Usage);
        return withReceived(context, arguments, [&](invoice::ReceivedInvoices &received) {
            auto list = received.list(*filter);
            if (!list)
                return report(context, list.error());
            if (auto written = invoice::ReceivedInvoices::exportTo(*list, arguments.value(u"out"_s)); !written)
                return context.reportError(written.error());
            context.writeResult({{u"file"_s, arguments.value(u"out"_s)}, {u"count"_s, list->size()}});
            return ExitCode::Success;
        });
    }
};

class VoidCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"void"_s}; }
    QString summary() const override
    {
        return tr("Fully digitalised e-invoices cannot be voided: explains how to reverse one with a red-letter invoice.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NUMBER"_s, tr("The 20-digit number.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &) override
    {
        return context.reportError(Error{u"cannot_void"_s,
                                         tr("A 数电票 cannot be voided once issued. Reverse it with a red-letter invoice: "
                                            "taxbox-cli invoice red request NUMBER --reason TEXT, then (once the buyer "
                                            "confirmed) invoice red issue ID."),
                                         {}});
    }
};

class RedRequestCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"red"_s, u"request"_s}; }
    QString summary() const override
    {
        return tr("Ask the buyer to confirm a 红字确认单 for a blue invoice (all that remains, or --amount); sent by the "
                  "next sync.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NUMBER"_s, tr("The blue invoice.")}}; }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {
            QCommandLineOption(u"amount"_s, tr("The amount to reverse, including tax (default: all that remains)."), u"amount"_s),
            QCommandLineOption(u"reason"_s, tr("Why: 销货退回, 开票有误, 服务中止, 销售折让…"), u"text"_s),
            QCommandLineOption(u"confirmed-elsewhere"_s,
                               tr("The buyer does not use this server and confirmed the 红字确认单 on the 电子税务局: its "
                                  "20-digit number. The confirmation is recorded as confirmed."),
                               u"number"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the blue invoice's number."), u"number"_s}, ExitCode::Usage);
        std::optional<Money> amount;
        if (arguments.isSet(u"amount"_s)) {
            auto parsed = Money::parse(arguments.value(u"amount"_s), u"--amount"_s);
            if (!parsed)
                return context.reportError(parsed.error(), ExitCode::Usage);
            amount = *parsed;
        }
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto request = book.requestRed(
                arguments.positionalArguments().constFirst(),
                invoice::RedRequest{amount, arguments.value(u"reason"_s), arguments.value(u"confirmed-elsewhere"_s)});
            if (!request)
                return report(context, request.error());
            context.writeResult(request->toJson());
            return ExitCode::Success;
        });
    }
};

class RedListCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"red"_s, u"list"_s}; }
    QString summary() const override { return tr("红字确认单 asked for by this enterprise and received from sellers."); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto list = book.redConfirmations();
            if (!list)
                return report(context, list.error());
            QJsonArray array;
            for (const invoice::RedConfirmation &confirmation : std::as_const(*list))
                array.append(confirmation.toJson());
            context.writeResult({{u"confirmations"_s, array}});
            return ExitCode::Success;
        });
    }
};

class RedDecideCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"red"_s, u"confirm"_s}; }
    QString summary() const override
    {
        return tr("As the buyer, confirm (or with --refuse, refuse) a seller's 红字确认单; sent by the next sync.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"ID"_s, tr("The confirmation's id.")}}; }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        return {QCommandLineOption(u"refuse"_s, tr("Refuse instead of confirming."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the confirmation's id."), u"id"_s}, ExitCode::Usage);
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            const QString id = arguments.positionalArguments().constFirst();
            if (auto decided = book.decideRed(id, !arguments.isSet(u"refuse"_s)); !decided)
                return report(context, decided.error());
            context.writeResult({{u"id"_s, id}, {u"state"_s, arguments.isSet(u"refuse"_s) ? u"refused"_s : u"confirmed"_s}});
            return ExitCode::Success;
        });
    }
};

class RedIssueCommand final : public InvoiceCommand
{
public:
    QStringList path() const override { return {u"invoice"_s, u"red"_s, u"issue"_s}; }
    QString summary() const override { return tr("Issue the red-letter invoice of a confirmed 红字确认单."); }
    QList<PositionalArgument> positionalArguments() const override { return {{u"ID"_s, tr("The confirmation's id.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the confirmation's id."), u"id"_s}, ExitCode::Usage);
        return withBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            auto red = book.issueRed(arguments.positionalArguments().constFirst());
            if (!red)
                return report(context, red.error());
            context.writeResult(summaryJson(red->invoice));
            return ExitCode::Success;
        });
    }
};

/// `invoice customer|product list|import|export|remove`: the remembered buyers and products.
class ListKeepingCommand final : public InvoiceCommand
{
public:
    enum class Subject { Customer, Product };
    enum class Action { List, Import, Export, Remove };
    ListKeepingCommand(Subject subject, Action action)
        : m_subject(subject)
        , m_action(action)
    { }
    QStringList path() const override
    {
        static const QStringList actions{u"list"_s, u"import"_s, u"export"_s, u"remove"_s};
        return {u"invoice"_s, m_subject == Subject::Customer ? u"customer"_s : u"product"_s,
                actions.at(static_cast<int>(m_action))};
    }
    QString summary() const override
    {
        const bool customers = m_subject == Subject::Customer;
        switch (m_action) {
        case Action::List:
            return customers ? tr("The remembered buyers.") : tr("The remembered products and services.");
        case Action::Import:
            return customers
                ? tr("Add or update buyers from a CSV or XLSX list (名称, 统一社会信用代码, 地址, 电话, 开户银行, "
                     "银行账号, 自然人); a list with errors changes nothing.")
                : tr("Add or update products from a CSV or XLSX list (名称, 税收分类编码, 简称, 规格型号, 单位, 单价, "
                     "含税, 税率); a list with errors changes nothing.");
        case Action::Export:
            return customers ? tr("Write the buyers to a CSV or XLSX list.") : tr("Write the products to a CSV or XLSX list.");
        case Action::Remove:
            return customers ? tr("Forget a buyer (by name).") : tr("Forget a product (by name).");
        }
        return {};
    }
    QList<QCommandLineOption> invoiceOptions() const override
    {
        if (m_action != Action::List)
            return {};
        return {QCommandLineOption(u"search"_s,
                                   tr("Only entries whose name holds TEXT, whose pinyin initials hold it (bjb finds 笔记本电脑), "
                                      "or whose code starts with it."),
                                   u"text"_s)};
    }
    QList<PositionalArgument> positionalArguments() const override
    {
        if (m_action == Action::Import || m_action == Action::Export)
            return {{u"FILE"_s, tr("The .csv or .xlsx file.")}};
        if (m_action == Action::Remove)
            return {{u"NAME"_s, tr("The name.")}};
        return {};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (m_action != Action::List && arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the file or the name."), u"file"_s}, ExitCode::Usage);
        const QString argument = arguments.positionalArguments().value(0);
        const bool customers = m_subject == Subject::Customer;
        const InvoiceBook::List list = customers ? InvoiceBook::List::Customers : InvoiceBook::List::Products;
        return withCodeCheckedBook(context, arguments, [&](InvoiceBook &book, store::EnterpriseStore &) {
            QList<QStringList> table; // the list as it is, for list and export
            if (m_action == Action::List || m_action == Action::Export) {
                if (customers) {
                    auto known = book.customers();
                    if (!known)
                        return report(context, known.error());
                    table = invoice::InvoiceImport::customerTable(*known);
                } else {
                    auto known = book.products();
                    if (!known)
                        return report(context, known.error());
                    table = invoice::InvoiceImport::productTable(*known);
                }
            }
            switch (m_action) {
            case Action::List: {
                QJsonArray rows;
                for (qsizetype r = 1; r < table.size(); ++r) {
                    // Column 0 is the name, column 1 the credit code or the tax classification code.
                    if (!matchesSearch(arguments.value(u"search"_s), table.at(r).at(0), table.at(r).at(1)))
                        continue;
                    QJsonObject row;
                    for (qsizetype c = 0; c < table.first().size(); ++c)
                        row.insert(table.first().at(c), table.at(r).at(c));
                    rows.append(row);
                }
                context.writeResult({{customers ? u"customers"_s : u"products"_s, rows}});
                return ExitCode::Success;
            }
            case Action::Export: {
                auto written = argument.endsWith(u".xlsx"_s, Qt::CaseInsensitive)
                    ? payroll::Spreadsheet::writeXlsx(argument, customers ? tr("Customers") : tr("Products"), table, {})
                    : payroll::Spreadsheet::writeCsv(argument, table);
                if (!written)
                    return context.reportError(written.error());
                context.writeResult({{u"file"_s, argument}, {u"rows"_s, table.size() - 1}});
                return ExitCode::Success;
            }
            case Action::Import: {
                auto read = payroll::Spreadsheet::read(argument);
                if (!read)
                    return context.reportError(read.error());
                QList<payroll::RowError> errors;
                auto imported = book.importTable(list, *read, errors);
                context.writeResult({{u"imported"_s, imported.value_or(0)}, {u"errors"_s, payroll::rowErrorsJson(errors)}});
                if (!imported)
                    return report(context, imported.error());
                return ExitCode::Success;
            }
            case Action::Remove: {
                if (auto removed = book.forget(list, argument); !removed)
                    return report(context, removed.error());
                context.writeResult({{u"removed"_s, argument}});
                return ExitCode::Success;
            }
            }
            return ExitCode::Success;
        });
    }

private:
    Subject m_subject;
    Action m_action;
};

/// `invoice codes import FILE`: the official tax classification code table into the workspace.
class CodesImportCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(CodesImportCommand)
public:
    QStringList path() const override { return {u"invoice"_s, u"codes"_s, u"import"_s}; }
    QString summary() const override
    {
        return tr("Import the tax bureau's 商品和服务税收分类编码表 (CSV or XLSX) for every enterprise of the workspace.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The .csv or .xlsx file.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the file to import."), u"file"_s}, ExitCode::Usage);
        auto session = login(context, arguments); // only people who may open the workspace change it
        if (!session)
            return report(context, session.error());
        auto table = payroll::Spreadsheet::read(arguments.positionalArguments().constFirst());
        if (!table)
            return context.reportError(table.error());
        QList<payroll::RowError> errors;
        auto catalogue = invoice::TaxCodeCatalogue::fromTable(*table, errors);
        if (!catalogue)
            return context.reportError(catalogue.error());
        if (auto saved = catalogue->save(invoice::TaxCodeCatalogue::fileIn((*session)->workspace().directory())); !saved)
            return context.reportError(saved.error());
        context.writeResult({{u"codes"_s, catalogue->size()}, {u"skipped"_s, payroll::rowErrorsJson(errors)}});
        return ExitCode::Success;
    }
};

/// `invoice codes search TEXT`: no password needed (public reference data).
class CodesSearchCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(CodesSearchCommand)
public:
    QStringList path() const override { return {u"invoice"_s, u"codes"_s, u"search"_s}; }
    QString summary() const override
    {
        return tr("Find tax classification codes by the start of the code, part of the name or keywords, or pinyin "
                  "initials (jsj finds 计算机).");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"TEXT"_s, tr("What to look for.")}}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"limit"_s, tr("At most this many (default 20)."), u"n"_s, u"20"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Say what to look for."), u"text"_s}, ExitCode::Usage);
        auto catalogue = invoice::TaxCodeCatalogue::forWorkspace(workspace(arguments).directory());
        if (!catalogue)
            return context.reportError(catalogue.error());
        if (catalogue->size() == 0)
            return context.reportError(Error{u"no_codes"_s,
                                             tr("No tax classification code table was imported yet: taxbox-cli invoice codes "
                                                "import FILE (the tax bureau's table)."),
                                             {}});
        QJsonArray codes;
        for (const invoice::TaxCode &entry : catalogue->search(arguments.positionalArguments().constFirst(),
                                                               std::clamp(arguments.value(u"limit"_s).toInt(), 1, 500)))
            codes.append(QJsonObject{
                {u"code"_s, entry.code}, {u"name"_s, entry.name}, {u"short_name"_s, entry.shortName}, {u"rate"_s, entry.rate}});
        context.writeResult({{u"codes"_s, codes}});
        return ExitCode::Success;
    }

protected:
    bool needsLogin() const override { return false; }
};

} // namespace

std::vector<std::unique_ptr<Command>> invoiceCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<IssueCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ListCommand>());
    list.push_back(std::make_unique<ShowCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<QrCommand>());
    list.push_back(std::make_unique<ReceivedImportCommand>());
    list.push_back(std::make_unique<ReceivedAddCommand>());
    list.push_back(std::make_unique<ReceivedListCommand>());
    list.push_back(std::make_unique<ReceivedShowCommand>());
    list.push_back(std::make_unique<ReceivedConfirmCommand>());
    list.push_back(std::make_unique<ReceivedRemoveCommand>());
    list.push_back(std::make_unique<ReceivedExportCommand>());
    list.push_back(std::make_unique<VoidCommand>());
    list.push_back(std::make_unique<RedRequestCommand>());
    list.push_back(std::make_unique<RedListCommand>());
    list.push_back(std::make_unique<RedDecideCommand>());
    list.push_back(std::make_unique<RedIssueCommand>());
    list.push_back(std::make_unique<CodesImportCommand>());
    list.push_back(std::make_unique<CodesSearchCommand>());
    for (auto subject : {ListKeepingCommand::Subject::Customer, ListKeepingCommand::Subject::Product}) {
        for (auto action : {ListKeepingCommand::Action::List, ListKeepingCommand::Action::Import,
                            ListKeepingCommand::Action::Export, ListKeepingCommand::Action::Remove})
            list.push_back(std::make_unique<ListKeepingCommand>(subject, action));
    }
    return list;
}

} // namespace taxbox::cli
