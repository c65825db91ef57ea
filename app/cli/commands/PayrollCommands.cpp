#include "PayrollCommands.h"

#include "WorkspaceCommand.h"

#include "money/Decimal.h"
#include "money/Money.h"
#include "payroll/Payroll.h"
#include "payroll/Spreadsheet.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncLedger.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace taxbox::cli {

namespace {

/// A payroll command on one enterprise: --enterprise ENT (id or credit code), usually --period.
class PayrollCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(PayrollCommand)
protected:
    [[nodiscard]] virtual bool needsPeriod() const { return true; }
    [[nodiscard]] virtual QList<QCommandLineOption> payrollOptions() const { return {}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        QList<QCommandLineOption> list{QCommandLineOption(u"enterprise"_s, tr("The enterprise's id or credit code."), u"ent"_s)};
        if (needsPeriod())
            list.append(QCommandLineOption(u"period"_s, tr("The payroll month, e.g. 2025-03."), u"yyyy-mm"_s));
        return list + payrollOptions();
    }

    /// Logs in, opens the enterprise, runs `work` with its payroll; errors are reported here.
    ExitCode withPayroll(Context &context, const QCommandLineParser &arguments,
                         const std::function<ExitCode(payroll::Payroll &, const payroll::Period &)> &work) const
    {
        payroll::Period period;
        if (needsPeriod()) {
            auto parsed = payroll::Period::parse(arguments.value(u"period"_s));
            if (!parsed)
                return context.reportError(parsed.error(), arguments.isSet(u"period"_s) ? ExitCode::BadInput : ExitCode::Usage);
            period = *parsed;
        }
        return withEnterprise(context, arguments, [&](store::EnterpriseStore &store, const rules::RulePack &pack) {
            payroll::Payroll payroll(store, pack);
            return work(payroll, period);
        });
    }

    static QJsonObject withholdingJson(const payroll::Withholding &w)
    {
        const auto m = [](qint64 fen) { return Money::fromFen(fen).toString(); };
        return {{u"name"_s, w.name},
                {u"resident_id"_s, w.residentId},
                {u"income"_s, m(w.month.incomeFen)},
                {u"cumulative_income"_s, m(w.result.cumulativeIncomeFen)},
                {u"cumulative_basic_deduction"_s, m(w.result.cumulativeBasicFen)},
                {u"cumulative_taxable"_s, m(w.result.cumulativeTaxableFen)},
                {u"rate"_s,
                 Decimal::fromInteger(w.result.bracket.rateBasisPoints).dividedBy(Decimal::fromInteger(10000))->toFixed(2)},
                {u"cumulative_tax"_s, m(w.result.cumulativeTaxFen)},
                {u"withheld"_s, m(w.result.withheldFen)}};
    }
};

class EmployeeAddCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"employee"_s, u"add"_s}; }
    QString summary() const override
    {
        return tr("Add an employee from JSON: name, resident_id, hire_date, first_job, sixty_thousand_rule, declarations.");
    }
    bool readsJson() const override { return true; }
    bool needsPeriod() const override { return false; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &) {
            auto request = context.readJsonInput(arguments);
            if (!request)
                return context.reportError(request.error());
            auto employee = payroll::Employee::fromJson(*request, context.today());
            if (!employee)
                return context.reportError(employee.error());
            auto added = payroll.addEmployee(*employee);
            if (!added)
                return report(context, added.error());
            context.writeResult(added->toJson());
            return ExitCode::Success;
        });
    }
};

class EmployeeListCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"employee"_s, u"list"_s}; }
    QString summary() const override { return tr("List the enterprise's employees."); }
    bool needsPeriod() const override { return false; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &) {
            auto list = payroll.employees();
            if (!list)
                return report(context, list.error());
            QJsonArray employees;
            for (const payroll::Employee &employee : std::as_const(*list))
                employees.append(employee.toJson());
            context.writeResult({{u"employees"_s, employees}});
            return ExitCode::Success;
        });
    }
};

class TemplateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)
public:
    QStringList path() const override { return {u"payroll"_s, u"template"_s}; }
    QString summary() const override { return tr("Write the empty import template (.csv or .xlsx)."); }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(u"out"_s, tr("The file to write."), u"file"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"out"_s))
            return context.reportError(Error{u"required"_s, tr("--out FILE is required."), u"out"_s}, ExitCode::Usage);
        const QString out = arguments.value(u"out"_s);
        const QList<QStringList> rows{payroll::templateHeaders()};
        auto written = out.endsWith(u".xlsx"_s, Qt::CaseInsensitive)
            ? payroll::Spreadsheet::writeXlsx(out, tr("Payroll"), rows, {})
            : payroll::Spreadsheet::writeCsv(out, rows);
        if (!written)
            return context.reportError(written.error());
        context.writeResult({{u"file"_s, out}, {u"columns"_s, QJsonArray::fromStringList(rows.first())}});
        return ExitCode::Success;
    }
};

class ImportCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"import"_s}; }
    QString summary() const override
    {
        return tr("Import a month's payroll from CSV or XLSX. A file with errors imports nothing unless --good-rows.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The .csv or .xlsx file.")}}; }
    QList<QCommandLineOption> payrollOptions() const override
    {
        return {QCommandLineOption(u"map"_s, tr("Column mapping as JSON, e.g. {\"income\":\"应发工资\"}."), u"json"_s),
                QCommandLineOption(u"good-rows"_s, tr("Import the rows without errors and report the others."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the file to import."), u"file"_s}, ExitCode::Usage);
        QJsonObject mapping;
        if (arguments.isSet(u"map"_s)) {
            const QJsonDocument document = QJsonDocument::fromJson(arguments.value(u"map"_s).toUtf8());
            if (!document.isObject())
                return context.reportError(Error{u"invalid_json"_s, tr("--map must be a JSON object."), u"map"_s},
                                           ExitCode::Usage);
            mapping = document.object();
        }
        auto table = payroll::Spreadsheet::read(arguments.positionalArguments().constFirst());
        if (!table)
            return context.reportError(table.error());
        auto parsed = payroll::parseEntries(*table, mapping);
        if (!parsed)
            return context.reportError(parsed.error());
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &period) {
            const QJsonArray errors = payroll::rowErrorsJson(parsed->errors);
            if (!parsed->errors.isEmpty() && !arguments.isSet(u"good-rows"_s)) {
                context.writeResult({{u"period"_s, period.toString()}, {u"imported"_s, 0}, {u"errors"_s, errors}});
                return context.reportError(
                    Error{u"rows_refused"_s,
                          tr("Rows with errors: %1. Nothing was imported; correct them, or import the good "
                             "rows with --good-rows.")
                              .arg(parsed->errors.size()),
                          u"file"_s});
            }
            auto imported = payroll.importEntries(period, parsed->entries);
            if (!imported)
                return report(context, imported.error());
            context.writeResult({{u"period"_s, period.toString()}, {u"imported"_s, *imported}, {u"errors"_s, errors}});
            return ExitCode::Success;
        });
    }
};

/// `payroll opening import FILE --period P`: the employees' cumulative figures at the end of P (the
/// 扣缴端's 上期累计), for payroll started after January; all or nothing, like `payroll import`.
class OpeningImportCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"opening"_s, u"import"_s}; }
    QString summary() const override
    {
        return tr("Import each employee's cumulative figures at the end of --period (the month before the first "
                  "month Taxbox computes), from CSV or XLSX with the 扣缴端's columns.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The .csv or .xlsx file.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the file to import."), u"file"_s}, ExitCode::Usage);
        auto table = payroll::Spreadsheet::read(arguments.positionalArguments().constFirst());
        if (!table)
            return context.reportError(table.error());
        auto parsed = payroll::parseOpenings(*table);
        if (!parsed)
            return context.reportError(parsed.error());
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &period) {
            const QJsonArray errors = payroll::rowErrorsJson(parsed->errors);
            if (!parsed->errors.isEmpty()) {
                context.writeResult({{u"period"_s, period.toString()}, {u"imported"_s, 0}, {u"errors"_s, errors}});
                return context.reportError(Error{u"rows_refused"_s,
                                                 tr("Rows with errors: %1. Nothing was imported; correct them and import "
                                                    "the file again.")
                                                     .arg(parsed->errors.size()),
                                                 u"file"_s});
            }
            auto imported = payroll.importOpenings(period, parsed->openings);
            if (!imported)
                return report(context, imported.error());
            context.writeResult({{u"period"_s, period.toString()}, {u"imported"_s, *imported}, {u"errors"_s, errors}});
            return ExitCode::Success;
        });
    }
};

class OpeningListCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"opening"_s, u"list"_s}; }
    QString summary() const override { return tr("List the employees' opening cumulative figures at the end of --period."); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &period) {
            auto list = payroll.openings(period);
            if (!list)
                return report(context, list.error());
            const auto m = [](qint64 fen) { return Money::fromFen(fen).toString(); };
            QJsonArray openings;
            for (const payroll::Opening &o : std::as_const(*list)) {
                openings.append(QJsonObject{{u"name"_s, o.name},
                                            {u"resident_id"_s, o.residentId},
                                            {u"cumulative_income"_s, m(o.incomeFen)},
                                            {u"cumulative_exempt_income"_s, m(o.exemptFen)},
                                            {u"cumulative_basic_deduction"_s, m(o.basicFen)},
                                            {u"cumulative_special_deductions"_s, m(o.specialFen)},
                                            {u"cumulative_special_additional_deductions"_s, m(o.additionalFen)},
                                            {u"cumulative_other_deductions"_s, m(o.otherFen)},
                                            {u"cumulative_withheld"_s, m(o.withheldFen)}});
            }
            context.writeResult({{u"period"_s, period.toString()}, {u"openings"_s, openings}});
            return ExitCode::Success;
        });
    }
};

class RunCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"run"_s}; }
    QString summary() const override { return tr("Compute the month's cumulative withholding for every employee and store it."); }
    QList<QCommandLineOption> payrollOptions() const override
    {
        return {QCommandLineOption(u"close"_s, tr("Close the month after computing it (confirmed, no more changes)."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &period) {
            auto results = payroll.run(period);
            if (!results)
                return report(context, results.error());
            if (arguments.isSet(u"close"_s)) {
                if (auto closed = payroll.close(period); !closed)
                    return report(context, closed.error());
            }
            QJsonArray employees;
            qint64 total = 0;
            for (const payroll::Withholding &w : std::as_const(*results)) {
                employees.append(withholdingJson(w));
                total += w.result.withheldFen;
            }
            context.writeResult({{u"period"_s, period.toString()},
                                 {u"employees"_s, employees},
                                 {u"total_withheld"_s, Money::fromFen(total).toString()},
                                 {u"closed"_s, arguments.isSet(u"close"_s)}});
            return ExitCode::Success;
        });
    }
};

class CloseCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"close"_s}; }
    QString summary() const override { return tr("Close a computed month: it is confirmed and can no longer change."); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &period) {
            if (auto closed = payroll.close(period); !closed)
                return report(context, closed.error());
            context.writeResult({{u"period"_s, period.toString()}, {u"state"_s, u"closed"_s}});
            return ExitCode::Success;
        });
    }
};

class ReopenCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"reopen"_s}; }
    QString summary() const override { return tr("Reopen a closed month; the reason goes into the audit log."); }
    QList<QCommandLineOption> payrollOptions() const override
    {
        return {QCommandLineOption(u"reason"_s, tr("Why the month is reopened."), u"text"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &period) {
            if (auto reopened = payroll.reopen(period, arguments.value(u"reason"_s)); !reopened)
                return report(context, reopened.error());
            context.writeResult({{u"period"_s, period.toString()}, {u"state"_s, u"open"_s}});
            return ExitCode::Success;
        });
    }
};

class ExportCommand final : public PayrollCommand
{
public:
    QStringList path() const override { return {u"payroll"_s, u"export"_s}; }
    QString summary() const override { return tr("Export the month's withholding return (扣缴申报表) as CSV or XLSX."); }
    QList<QCommandLineOption> payrollOptions() const override
    {
        return {QCommandLineOption(u"format"_s, tr("csv or xlsx (default: from the file name)."), u"format"_s),
                QCommandLineOption(u"out"_s, tr("The file to write."), u"file"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"out"_s))
            return context.reportError(Error{u"required"_s, tr("--out FILE is required."), u"out"_s}, ExitCode::Usage);
        const QString out = arguments.value(u"out"_s);
        const QString format = arguments.isSet(u"format"_s) ? arguments.value(u"format"_s) : out.section(u'.', -1).toLower();
        if (format != u"csv" && format != u"xlsx")
            return context.reportError(Error{u"invalid_choice"_s, tr("--format must be csv or xlsx."), u"format"_s},
                                       ExitCode::Usage);
        return withPayroll(context, arguments, [&](payroll::Payroll &payroll, const payroll::Period &period) {
            auto state = payroll.state(period);
            if (!state)
                return report(context, state.error());
            if (*state != payroll::MonthState::Computed && *state != payroll::MonthState::Closed)
                return context.reportError(
                    Error{u"not_computed"_s, tr("Run the payroll of %1 first.").arg(period.toString()), u"period"_s});
            auto list = payroll.withholdings(period);
            if (!list)
                return report(context, list.error());
            const QList<QStringList> rows = payroll::withholdingReturn(*list);
            auto written = format == u"xlsx"
                ? payroll::Spreadsheet::writeXlsx(out, period.toString(), rows, payroll::withholdingReturnMoneyColumns())
                : payroll::Spreadsheet::writeCsv(out, rows);
            if (!written)
                return context.reportError(written.error());
            context.writeResult({{u"period"_s, period.toString()},
                                 {u"file"_s, out},
                                 {u"employees"_s, static_cast<int>(list->size())},
                                 {u"total_withheld"_s, rows.constLast().constLast()},
                                 {u"closed"_s, *state == payroll::MonthState::Closed}});
            return ExitCode::Success;
        });
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> payrollCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<EmployeeAddCommand>());
    commands.push_back(std::make_unique<EmployeeListCommand>());
    commands.push_back(std::make_unique<TemplateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<OpeningImportCommand>());
    commands.push_back(std::make_unique<OpeningListCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<CloseCommand>());
    commands.push_back(std::make_unique<ReopenCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    return commands;
}

} // namespace taxbox::cli
