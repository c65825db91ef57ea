#include "RefundCommands.h"

#include "RefundApplicationFile.h"
#include "WorkspaceCommand.h"
#include "refund/RefundApplications.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

namespace {

/// A refund command on one enterprise: --enterprise, and what the verb needs.
class RefundCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundCommand)
public:
    /// `onApplication`: the command acts on one application, named by --id.
    explicit RefundCommand(QStringList path, bool onApplication = false)
        : m_path(std::move(path))
        , m_onApplication(onApplication)
    { }
    QStringList path() const override { return m_path; }

protected:
    [[nodiscard]] virtual QList<QCommandLineOption> refundOptions() const { return {}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        QList<QCommandLineOption> options{
            QCommandLineOption(u"enterprise"_s, tr("The enterprise's id or credit code."), u"ent"_s)};
        if (m_onApplication)
            options.append(QCommandLineOption(u"id"_s, tr("The application's id."), u"id"_s));
        return options + refundOptions();
    }
    ExitCode withApplications(Context &context, const QCommandLineParser &arguments,
                              const std::function<ExitCode(refund::RefundApplications &, const rules::RulePack &)> &work) const
    {
        auto refundRules = rules::RulePack::inForce(u"cn-refund"_s);
        if (!refundRules)
            return context.reportError(refundRules.error());
        return withEnterprise(context, arguments, [&](store::EnterpriseStore &store, const rules::RulePack &) {
            refund::RefundApplications applications(store);
            return work(applications, **refundRules);
        });
    }
    /// The application with its statutory clock as of today.
    static QJsonObject withClock(const refund::RefundApplication &application, const rules::RulePack &refundRules, QDate today,
                                 bool full)
    {
        QJsonObject object = application.toJson(full);
        object.insert(u"state_label"_s, refund::RefundStateMachine::label(application.state));
        const refund::RefundClock clock = refund::RefundApplications::clock(application, refundRules, today);
        if (!application.submittedAt.isEmpty())
            object.insert(u"clock"_s, clock.toJson());
        return object;
    }
    ExitCode answer(Context &context, const Result<refund::RefundApplication> &application,
                    const rules::RulePack &refundRules) const
    {
        if (!application)
            return report(context, application.error());
        context.writeResult(withClock(*application, refundRules, context.today(), true));
        return ExitCode::Success;
    }
    /// The usage error for the first of `options` not given, if any.
    static std::optional<ExitCode> missing(Context &context, const QCommandLineParser &arguments, const QStringList &options)
    {
        for (const QString &option : options) {
            if (!arguments.isSet(option))
                return context.reportError(Error{u"required"_s, tr("--%1 is required.").arg(option), option}, ExitCode::Usage);
        }
        return std::nullopt;
    }
    /// withApplications for the application named by --id (a usage error without it).
    ExitCode withApplication(
        Context &context, const QCommandLineParser &arguments,
        const std::function<ExitCode(refund::RefundApplications &, const rules::RulePack &, const QString &)> &work) const
    {
        if (auto refused = missing(context, arguments, {u"id"_s}))
            return *refused;
        return withApplications(context, arguments, [&](refund::RefundApplications &applications, const rules::RulePack &rules) {
            return work(applications, rules, arguments.value(u"id"_s));
        });
    }

private:
    QStringList m_path;
    bool m_onApplication;
};

class ListCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    ListCommand()
        : RefundCommand({u"refund"_s, u"list"_s})
    { }
    QString summary() const override
    {
        return tr("Every refund application of the enterprise, newest first: kind, period, amount, where it stands and the "
                  "statutory clock.");
    }
    QList<QCommandLineOption> refundOptions() const override
    {
        return {QCommandLineOption(
            u"kind"_s, tr("Only this kind: retained_credit, export_declaration, overpayment, cit_settlement."), u"kind"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withApplications(context, arguments, [&](refund::RefundApplications &applications, const rules::RulePack &rules) {
            auto list = applications.list(arguments.value(u"kind"_s));
            if (!list)
                return report(context, list.error());
            QJsonArray array;
            for (const refund::RefundApplication &application : std::as_const(*list))
                array.append(withClock(application, rules, context.today(), false));
            context.writeResult(QJsonObject{{u"applications"_s, array}});
            return ExitCode::Success;
        });
    }
};

class ShowCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    ShowCommand()
        : RefundCommand({u"refund"_s, u"show"_s}, true)
    { }
    QString summary() const override
    {
        return tr("One application: its figures, where each comes from, the explanation, the checks, every step with its time, "
                  "and the statutory clock.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withApplication(context, arguments,
                               [&](refund::RefundApplications &applications, const rules::RulePack &rules, const QString &id) {
                                   return answer(context, applications.show(id), rules);
                               });
    }
};

class PrepareCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrepareCommand)
public:
    PrepareCommand()
        : RefundCommand({u"refund"_s, u"prepare"_s})
    { }
    QString summary() const override
    {
        return tr("Prepare (or refresh) the draft application of --kind for --period from the store and the JSON on standard "
                  "input or --in (retained_credit: route, credit_level, declarations; overpayment: payments, reason; "
                  "cit_settlement: annual_tax, disposition; export_declaration: nothing). Exit 1 when a check is an error.");
    }
    bool readsJson() const override { return true; }
    QList<QCommandLineOption> refundOptions() const override
    {
        return {
            QCommandLineOption(u"kind"_s, tr("retained_credit, export_declaration, overpayment or cit_settlement."), u"kind"_s),
            QCommandLineOption(u"period"_s,
                               tr("The month of the application (YYYY-MM); the tax year (YYYY) of a CIT settlement."),
                               u"period"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (auto refused = missing(context, arguments, {u"kind"_s, u"period"_s}))
            return *refused;
        QJsonObject request;
        if (arguments.value(u"kind"_s) != u"export_declaration") {
            auto read = context.readJsonInput(arguments);
            if (!read)
                return context.reportError(read.error());
            request = *read;
        }
        return withApplications(context, arguments, [&](refund::RefundApplications &applications, const rules::RulePack &rules) {
            auto prepared
                = applications.prepare(arguments.value(u"kind"_s), arguments.value(u"period"_s), request, rules, context.today());
            if (!prepared)
                return report(context, prepared.error());
            context.writeResult(withClock(*prepared, rules, context.today(), true));
            return prepared->hasErrors() ? ExitCode::BadInput : ExitCode::Success;
        });
    }
};

class FileCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(FileCommand)
public:
    FileCommand()
        : RefundCommand({u"refund"_s, u"file"_s}, true)
    { }
    QString summary() const override
    {
        return tr("File a draft application: signed with the store's filing key, audited and queued for the server (taxbox-cli "
                  "sync delivers it). Refused while a check is an error.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withApplication(context, arguments,
                               [&](refund::RefundApplications &applications, const rules::RulePack &rules, const QString &id) {
                                   return answer(context, applications.file(id), rules);
                               });
    }
};

class WithdrawCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawCommand)
public:
    WithdrawCommand()
        : RefundCommand({u"refund"_s, u"withdraw"_s}, true)
    { }
    QString summary() const override
    {
        return tr("Withdraw a filed application the office has not decided, with --reason (queued for the server).");
    }
    QList<QCommandLineOption> refundOptions() const override
    {
        return {QCommandLineOption(u"reason"_s, tr("Why it is withdrawn."), u"text"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withApplication(context, arguments,
                               [&](refund::RefundApplications &applications, const rules::RulePack &rules, const QString &id) {
                                   return answer(context, applications.withdraw(id, arguments.value(u"reason"_s)), rules);
                               });
    }
};

class DiscardCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiscardCommand)
public:
    DiscardCommand()
        : RefundCommand({u"refund"_s, u"discard"_s}, true)
    { }
    QString summary() const override { return tr("Delete a draft application that was never filed (audited)."); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withApplication(context, arguments,
                               [&](refund::RefundApplications &applications, const rules::RulePack &, const QString &id) {
                                   if (auto discarded = applications.discard(id); !discarded)
                                       return report(context, discarded.error());
                                   context.writeResult(QJsonObject{{u"discarded"_s, id}});
                                   return ExitCode::Success;
                               });
    }
};

class ExportCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand()
        : RefundCommand({u"refund"_s, u"export"_s}, true)
    { }
    QString summary() const override
    {
        return tr(
            "Write the 《退(抵)税申请表》 (for 免抵退: the 汇总表 and 明细表) in Chinese as --format pdf or xlsx to --out.");
    }
    QList<QCommandLineOption> refundOptions() const override
    {
        return {QCommandLineOption(u"format"_s, tr("pdf or xlsx (required)."), u"format"_s),
                QCommandLineOption(u"out"_s, tr("The file to write."), u"file"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        const QString format = arguments.value(u"format"_s);
        if (format != u"pdf" && format != u"xlsx") // pdf: main() started a QGuiApplication
            return context.reportError(Error{u"invalid_format"_s, tr("--format takes pdf or xlsx."), u"format"_s},
                                       ExitCode::Usage);
        if (auto refused = missing(context, arguments, {u"id"_s, u"out"_s}))
            return *refused;
        return withApplication(context, arguments,
                               [&](refund::RefundApplications &applications, const rules::RulePack &, const QString &id) {
                                   auto application = applications.show(id);
                                   if (!application)
                                       return report(context, application.error());
                                   auto tables = applications.applicationTables(*application);
                                   if (!tables)
                                       return report(context, tables.error());
                                   const QString out = arguments.value(u"out"_s);
                                   const Result<void> written = print::writeRefundApplication(*tables, format, out);
                                   if (!written)
                                       return report(context, written.error());
                                   context.writeResult(QJsonObject{{u"written"_s, out}, {u"format"_s, format}});
                                   return ExitCode::Success;
                               });
    }
};

class RegisterShowCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegisterShowCommand)
public:
    RegisterShowCommand()
        : RefundCommand({u"refund"_s, u"register"_s, u"show"_s})
    { }
    QString summary() const override
    {
        return tr("The export register of --period: each export with its FOB in CNY, the rates of the rule pack's library and "
                  "the tax not creditable and the 免抵退税额 it gives.");
    }
    QList<QCommandLineOption> refundOptions() const override
    {
        return {QCommandLineOption(u"period"_s, tr("The month (YYYY-MM)."), u"period"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (auto refused = missing(context, arguments, {u"period"_s}))
            return *refused;
        return withApplications(context, arguments, [&](refund::RefundApplications &applications, const rules::RulePack &rules) {
            auto entries = applications.exportRegister(arguments.value(u"period"_s));
            if (!entries)
                return report(context, entries.error());
            auto figures = refund::RefundApplications::exportLines(*entries, rules, context.today());
            if (!figures)
                return report(context, figures.error());
            context.writeResult(QJsonObject{{u"period"_s, arguments.value(u"period"_s)},
                                            {u"entries"_s, figures->lines},
                                            {u"fob_cny"_s, figures->fob.toFixed(2)},
                                            {u"non_creditable"_s, figures->nonCreditable.toFixed(2)},
                                            {u"exempt_offset_refund"_s, figures->ceiling.toFixed(2)},
                                            {u"checks"_s, figures->checks}});
            return ExitCode::Success;
        });
    }
};

class RegisterSaveCommand final : public RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegisterSaveCommand)
public:
    RegisterSaveCommand()
        : RefundCommand({u"refund"_s, u"register"_s, u"save"_s})
    { }
    QString summary() const override
    {
        return tr("Replace the export register of --period with {\"entries\": [{declaration_number, export_date, hs_code, name, "
                  "unit, quantity, currency, fob_foreign, fx_rate, invoice_number, link_number, refund_rate?}]} from standard "
                  "input or --in; every entry checked, nothing saved when one fails.");
    }
    bool readsJson() const override { return true; }
    QList<QCommandLineOption> refundOptions() const override
    {
        return {QCommandLineOption(u"period"_s, tr("The month (YYYY-MM)."), u"period"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (auto refused = missing(context, arguments, {u"period"_s}))
            return *refused;
        auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        return withApplications(context, arguments, [&](refund::RefundApplications &applications, const rules::RulePack &) {
            auto saved = applications.saveExportRegister(arguments.value(u"period"_s), request->value(u"entries"_s).toArray());
            if (!saved)
                return report(context, saved.error());
            context.writeResult(QJsonObject{{u"period"_s, arguments.value(u"period"_s)}, {u"entries"_s, saved->size()}});
            return ExitCode::Success;
        });
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> refundCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ListCommand>());
    list.push_back(std::make_unique<ShowCommand>());
    list.push_back(std::make_unique<PrepareCommand>());
    list.push_back(std::make_unique<FileCommand>());
    list.push_back(std::make_unique<WithdrawCommand>());
    list.push_back(std::make_unique<DiscardCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<RegisterShowCommand>());
    list.push_back(std::make_unique<RegisterSaveCommand>());
    return list;
}

} // namespace taxbox::cli
