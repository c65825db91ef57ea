#include "FilingCommands.h"

#include "ReturnPages.h"
#include "WorkspaceCommand.h"
#include "filing/FilingExport.h"
#include "filing/Filings.h"
#include "filing/FormEngine.h"
#include "rules/RulePack.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

namespace {

/// `taxbox-cli filing compute --form ID [--in FILE] [--explain]`: Part A of spec/filing-forms.md.
class FilingComputeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FilingComputeCommand)
public:
    QStringList path() const override { return {u"filing"_s, u"compute"_s}; }
    QString summary() const override
    {
        return tr("Compute a return from its input cells (no workspace): every cell, the checks that fail, and with --explain "
                  "each computed cell's formula with its numbers. Exit 1 when a check is an error.");
    }
    bool readsJson() const override { return true; }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(u"form"_s, tr("The form: vat-general, vat-small, cit-prepay, stamp-duty or iit-withholding."),
                               u"id"_s),
            QCommandLineOption(u"explain"_s, tr("Add \"explain\": each computed cell's formula with the numbers filled in."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"form"_s))
            return context.reportError(Error{u"required"_s, tr("--form ID is required."), u"form"_s}, ExitCode::Usage);
        auto pack = filing::FilingPack::inForce();
        if (!pack)
            return context.reportError(pack.error());
        auto taxRules = rules::RulePack::inForce();
        if (!taxRules)
            return context.reportError(taxRules.error());
        auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        const filing::FormEngine engine(**pack, **taxRules);
        auto computed = engine.compute(arguments.value(u"form"_s), *request);
        if (!computed)
            return context.reportError(computed.error());
        context.writeResult(computed->toJson(arguments.isSet(u"explain"_s)));
        return computed->hasErrors() ? ExitCode::BadInput : ExitCode::Success;
    }
};

/// A filing command on one enterprise's return: --enterprise, --form, --period.
class ReturnCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReturnCommand)
public:
    explicit ReturnCommand(QString verb)
        : m_verb(std::move(verb))
    { }
    QStringList path() const override { return {u"filing"_s, m_verb}; }

protected:
    [[nodiscard]] virtual bool needsForm() const { return true; }
    [[nodiscard]] virtual QList<QCommandLineOption> returnOptions() const { return {}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        QList<QCommandLineOption> list{QCommandLineOption(u"enterprise"_s, tr("The enterprise's id or credit code."), u"ent"_s)};
        if (needsForm())
            list << QCommandLineOption(
                u"form"_s, tr("The form: vat-general, vat-small, cit-prepay, stamp-duty or iit-withholding."), u"id"_s)
                 << QCommandLineOption(u"period"_s, tr("The tax period: 2025-01, 2025Q1, 2025 or a day."), u"period"_s);
        return list + returnOptions();
    }

    /// Logs in, opens the enterprise and runs `work` with its returns; errors are reported here.
    ExitCode withFilings(Context &context, const QCommandLineParser &arguments,
                         const std::function<ExitCode(filing::Filings &, store::EnterpriseStore &)> &work) const
    {
        if (needsForm() && (!arguments.isSet(u"form"_s) || !arguments.isSet(u"period"_s)))
            return context.reportError(Error{u"required"_s, tr("--form ID and --period P are required."), u"form"_s},
                                       ExitCode::Usage);
        auto pack = filing::FilingPack::inForce();
        if (!pack)
            return context.reportError(pack.error());
        return withEnterprise(context, arguments, [&](store::EnterpriseStore &store, const rules::RulePack &taxRules) {
            filing::Filings filings(store, **pack, taxRules);
            return work(filings, store);
        });
    }
    static ExitCode result(Context &context, const Result<filing::FilingReturn> &filing, bool full = true)
    {
        if (!filing)
            return report(context, filing.error());
        context.writeResult(filing->toJson(full));
        return ExitCode::Success;
    }

private:
    QString m_verb;
};

class GenerateCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    GenerateCommand()
        : ReturnCommand(u"generate"_s)
    { }
    QString summary() const override
    {
        return tr(
            "Make (or refresh) the draft return from the store: issued and received invoices, payroll, the income statement and "
            "stamp-duty documents entered, the previous filed return. Your overrides stay.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            return result(context, filings.generate(arguments.value(u"form"_s), arguments.value(u"period"_s)));
        });
    }
};

class ShowCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    ShowCommand()
        : ReturnCommand(u"show"_s)
    { }
    QString summary() const override
    {
        return tr(
            "Show a return: every cell, the checks, each computed cell's formula with its numbers, where each generated cell "
            "comes from, the overrides with their reasons, and for a correction what changed.");
    }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"revision"_s, tr("A filed revision (default: the newest)."), u"n"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            auto found = arguments.isSet(u"revision"_s)
                ? filings.revision(arguments.value(u"form"_s), arguments.value(u"period"_s),
                                   arguments.value(u"revision"_s).toInt())
                : filings.current(arguments.value(u"form"_s), arguments.value(u"period"_s));
            if (!found)
                return report(context, found.error());
            QJsonObject document = found->toJson(true);
            auto difference = filings.difference(*found);
            if (difference && !difference->isEmpty())
                document.insert(u"difference"_s, *difference);
            context.writeResult(document);
            return ExitCode::Success;
        });
    }
};

class CheckCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    CheckCommand()
        : ReturnCommand(u"check"_s)
    { }
    QString summary() const override { return tr("The checks of the current draft or return; exit 1 when one is an error."); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            auto found = filings.current(arguments.value(u"form"_s), arguments.value(u"period"_s));
            if (!found)
                return report(context, found.error());
            context.writeResult(QJsonObject{{u"form"_s, found->form},
                                            {u"period"_s, found->period},
                                            {u"revision"_s, found->revision},
                                            {u"errors"_s, found->hasErrors()},
                                            {u"checks"_s, found->checks()}});
            return found->hasErrors() ? ExitCode::BadInput : ExitCode::Success;
        });
    }
};

class EditCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)
public:
    EditCommand()
        : ReturnCommand(u"edit"_s)
    { }
    QString summary() const override
    {
        return tr("Override input cells of the draft ({\"cells\": {\"A1.r1.c5\": \"50000.00\"}} on standard input or --in; null "
                  "restores the generated value) with --reason; audited. Computed cells are refused.");
    }
    bool readsJson() const override { return true; }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"reason"_s, tr("Why the value differs from the generated one (kept with the return)."),
                                   u"text"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        if (auto unknown = refuseUnknownFields(*request, {u"cells"}); !unknown)
            return context.reportError(unknown.error());
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            return result(context,
                          filings.edit(arguments.value(u"form"_s), arguments.value(u"period"_s),
                                       request->value(u"cells"_s).toObject(), arguments.value(u"reason"_s)));
        });
    }
};

class FileCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(FileCommand)
public:
    FileCommand()
        : ReturnCommand(u"file"_s)
    { }
    QString summary() const override
    {
        return tr("File the draft: refused while a check is an error; warnings need --confirm-warnings. The filed return is "
                  "immutable, signed and queued for the server.");
    }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"confirm-warnings"_s, tr("Confirm that the warnings were read and the return is right."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            return result(
                context,
                filings.file(arguments.value(u"form"_s), arguments.value(u"period"_s), arguments.isSet(u"confirm-warnings"_s)),
                false);
        });
    }
};

class CorrectCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(CorrectCommand)
public:
    CorrectCommand()
        : ReturnCommand(u"correct"_s)
    { }
    QString summary() const override
    {
        return tr(
            "更正申报: a new draft revision of a filed return, generated afresh with the filed version's overrides; shows what "
            "changed.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            auto correction = filings.correct(arguments.value(u"form"_s), arguments.value(u"period"_s));
            if (!correction)
                return report(context, correction.error());
            QJsonObject document = correction->toJson(false);
            document.insert(u"difference"_s, filings.difference(*correction).value_or(QJsonObject()));
            context.writeResult(document);
            return ExitCode::Success;
        });
    }
};

class ListCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    ListCommand()
        : ReturnCommand(u"list"_s)
    { }
    QString summary() const override
    {
        return tr("Every version of every return of the enterprise (--period filters: 2025 or 2025-03).");
    }
    bool needsForm() const override { return false; }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"period"_s, tr("Only periods starting with this text."), u"period"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            auto returns = filings.list(arguments.value(u"period"_s));
            if (!returns)
                return report(context, returns.error());
            QJsonArray array;
            for (const filing::FilingReturn &r : std::as_const(*returns))
                array.append(r.toJson(false));
            context.writeResult(QJsonObject{{u"returns"_s, array}});
            return ExitCode::Success;
        });
    }
};

class ExportCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand()
        : ReturnCommand(u"export"_s)
    { }
    QString summary() const override
    {
        return tr(
            "Write a return as PDF (A4 landscape, every table, Chinese), XLSX (a sheet per table; for IIT the 扣缴端 import "
            "template, for stamp duty the 税源明细 import), JSON or XML with the cell ids.");
    }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"format"_s, tr("pdf, xlsx, json or xml (required)."), u"format"_s),
                QCommandLineOption(u"out"_s, tr("The file to write."), u"file"_s),
                QCommandLineOption(u"revision"_s, tr("A filed revision (default: the newest)."), u"n"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        const QString format = arguments.value(u"format"_s);
        if (!QStringList{u"pdf"_s, u"xlsx"_s, u"json"_s, u"xml"_s}.contains(format)) // pdf: main() started a QGuiApplication
            return context.reportError(Error{u"invalid_format"_s, tr("--format takes pdf, xlsx, json or xml."), u"format"_s},
                                       ExitCode::Usage);
        if (!arguments.isSet(u"out"_s))
            return context.reportError(Error{u"required"_s, tr("--out FILE is required."), u"out"_s}, ExitCode::Usage);
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &store) {
            auto found = arguments.isSet(u"revision"_s)
                ? filings.revision(arguments.value(u"form"_s), arguments.value(u"period"_s),
                                   arguments.value(u"revision"_s).toInt())
                : filings.current(arguments.value(u"form"_s), arguments.value(u"period"_s));
            if (!found)
                return report(context, found.error());
            auto profile = store.profile();
            if (!profile)
                return report(context, profile.error());
            const filing::FilingExport exporter(*found, *profile);
            const QString out = arguments.value(u"out"_s);
            Result<void> written;
            if (format == u"pdf") {
                auto pages = print::returnPages(exporter);
                if (!pages)
                    return report(context, pages.error());
                written = print::writeTablesPdf(*pages, out);
            } else {
                written = exporter.write(format, out);
            }
            if (!written)
                return report(context, written.error());
            context.writeResult(
                QJsonObject{{u"written"_s, out}, {u"format"_s, format}, {u"fingerprint"_s, exporter.fingerprint()}});
            return ExitCode::Success;
        });
    }
};

class TraceCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(TraceCommand)
public:
    TraceCommand()
        : ReturnCommand(u"trace"_s)
    { }
    QString summary() const override { return tr("The invoices behind a generated cell (--cell A1.r1.c1)."); }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"cell"_s, tr("The cell id."), u"cell"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            auto found = filings.current(arguments.value(u"form"_s), arguments.value(u"period"_s));
            if (!found)
                return report(context, found.error());
            auto invoices = filings.trace(arguments.value(u"form"_s), arguments.value(u"period"_s), arguments.value(u"cell"_s));
            if (!invoices)
                return report(context, invoices.error());
            context.writeResult(QJsonObject{{u"cell"_s, arguments.value(u"cell"_s)},
                                            {u"value"_s, found->cells().value(arguments.value(u"cell"_s))},
                                            {u"sources"_s, found->sources.value(arguments.value(u"cell"_s))},
                                            {u"invoices"_s, *invoices}});
            return ExitCode::Success;
        });
    }
};

/// `filing data set|show --kind income_statement|stamp_documents --period P`.
class DataCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(DataCommand)
public:
    explicit DataCommand(bool set)
        : ReturnCommand(u"data"_s)
        , m_set(set)
    { }
    QStringList path() const override { return {u"filing"_s, u"data"_s, m_set ? u"set"_s : u"show"_s}; }
    QString summary() const override
    {
        return m_set
            ? tr("Enter what a return reads besides invoices and payroll: --kind income_statement (the CIT form's input cells, "
                 "本年累计, with H.staff.start … H.assets.end) or stamp_documents (a list of {item, base, number, name, date, "
                 "…}).")
            : tr("Show the data entered for a period.");
    }
    bool needsForm() const override { return false; }
    bool readsJson() const override { return m_set; }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"kind"_s, tr("income_statement or stamp_documents."), u"kind"_s),
                QCommandLineOption(u"period"_s, tr("The tax period."), u"period"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        QJsonDocument input;
        if (m_set) {
            auto document = context.readJsonDocument(arguments);
            if (!document)
                return context.reportError(document.error());
            input = *document;
        }
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            const QString kind = arguments.value(u"kind"_s);
            const QString period = arguments.value(u"period"_s);
            if (m_set) {
                const QJsonValue value = input.isArray() ? QJsonValue(input.array()) : QJsonValue(input.object());
                if (auto saved = filings.saveData(kind, period, value); !saved)
                    return report(context, saved.error());
            }
            auto stored = filings.data(kind, period);
            if (!stored)
                return report(context, stored.error());
            context.writeResult(QJsonObject{{u"kind"_s, kind}, {u"period"_s, period}, {u"data"_s, *stored}});
            return ExitCode::Success;
        });
    }

private:
    bool m_set;
};

class SettingsCommand final : public ReturnCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)
public:
    SettingsCommand()
        : ReturnCommand(u"settings"_s)
    { }
    QString summary() const override
    {
        return tr("Show the enterprise's filing settings, or change them with --set '{\"vat_period\": \"quarter\", "
                  "\"urban_rate\": \"0.05\"}' "
                  "(vat_period, cit_period, stamp_duty_period, urban_rate, six_taxes_two_fees, filer, restricted_industry).");
    }
    bool needsForm() const override { return false; }
    QList<QCommandLineOption> returnOptions() const override
    {
        return {QCommandLineOption(u"set"_s, tr("The settings to change, as a JSON object."), u"json"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withFilings(context, arguments, [&](filing::Filings &filings, store::EnterpriseStore &) {
            Result<filing::FilingSettings> settings = filings.settings();
            if (arguments.isSet(u"set"_s)) {
                const QJsonDocument changes = QJsonDocument::fromJson(arguments.value(u"set"_s).toUtf8());
                if (!changes.isObject())
                    return context.reportError(Error{u"invalid_json"_s, tr("--set takes a JSON object."), u"set"_s});
                settings = filings.saveSettings(changes.object());
            }
            if (!settings)
                return report(context, settings.error());
            context.writeResult(settings->toJson());
            return ExitCode::Success;
        });
    }
};

/// `filing due [--month 2026-12]`: across every enterprise of the account.
class DueCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DueCommand)
public:
    QStringList path() const override { return {u"filing"_s, u"due"_s}; }
    QString summary() const override
    {
        return tr(
            "What each enterprise must file in a month (default: this one) and by when (the 征期 calendar), and what is filed, "
            "open or late (with the late fee so far).");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"month"_s, tr("The month returns are filed in, e.g. 2026-12."), u"yyyy-mm"_s),
                QCommandLineOption(u"enterprise"_s, tr("Only this enterprise (its id or credit code)."), u"ent"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        QDate month = context.today();
        if (arguments.isSet(u"month"_s)) {
            month = QDate::fromString(arguments.value(u"month"_s) + u"-01"_s, Qt::ISODate);
            if (!month.isValid())
                return context.reportError(Error{u"invalid_month"_s, tr("--month takes a month such as 2026-12."), u"month"_s});
        }
        auto pack = filing::FilingPack::inForce();
        if (!pack)
            return context.reportError(pack.error());
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto enterprises = (*session)->enterprises();
        if (!enterprises)
            return report(context, enterprises.error());
        auto taxRules = rules::RulePack::inForce();
        if (!taxRules)
            return context.reportError(taxRules.error());
        QJsonArray rows;
        int late = 0;
        int open = 0;
        int filed = 0;
        if (arguments.isSet(u"enterprise"_s)) {
            auto only = (*session)->findEnterprise(arguments.value(u"enterprise"_s));
            if (!only)
                return report(context, only.error());
            enterprises = QList<auth::EnterpriseSummary>{*only};
        }
        for (const auth::EnterpriseSummary &enterprise : std::as_const(*enterprises)) {
            auto store = (*session)->openEnterprise(enterprise.id);
            if (!store)
                return report(context, store.error());
            filing::Filings filings(**store, **pack, **taxRules);
            auto due = filings.due(month.year(), month.month(), context.today());
            if (!due)
                return report(context, due.error());
            for (const filing::DueReturn &item : std::as_const(*due)) {
                QJsonObject row = item.toJson();
                row.insert(u"enterprise"_s, enterprise.profile.name);
                row.insert(u"credit_code"_s, enterprise.profile.creditCode);
                rows.append(row);
                (item.state == u"late" ? late : item.state == u"open" ? open : filed) += 1;
            }
        }
        const auto [deadline, estimated] = filing::FilingCalendar(**pack).deadline(month.year(), month.month());
        QJsonObject document{{u"month"_s, month.toString(u"yyyy-MM"_s)},
                             {u"deadline"_s, deadline.toString(Qt::ISODate)},
                             {u"days_left"_s, static_cast<int>(std::max<qint64>(0, context.today().daysTo(deadline)))},
                             {u"returns"_s, rows},
                             {u"filed"_s, filed},
                             {u"open"_s, open},
                             {u"late"_s, late}};
        if (estimated)
            document.insert(u"deadline_estimated"_s, true);
        context.writeResult(document);
        return ExitCode::Success;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> filingCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<FilingComputeCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<EditCommand>());
    commands.push_back(std::make_unique<FileCommand>());
    commands.push_back(std::make_unique<CorrectCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<TraceCommand>());
    commands.push_back(std::make_unique<DataCommand>(true));
    commands.push_back(std::make_unique<DataCommand>(false));
    commands.push_back(std::make_unique<SettingsCommand>());
    commands.push_back(std::make_unique<DueCommand>());
    return commands;
}

} // namespace taxbox::cli
