#include "SyncCommand.h"

#include "WorkspaceCommand.h"

#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"

#include <QJsonArray>

namespace taxbox::cli {

namespace {

class SyncCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QStringList path() const override { return {u"sync"_s}; }
    QString summary() const override
    {
        return tr("Deliver what the enterprises recorded offline to taxbox-server, exactly once (server password: "
                  "TAXBOX_SERVER_PASSWORD or the next line of standard input).");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return serverOptions()
            + QList<QCommandLineOption>{
                QCommandLineOption(u"enterprise"_s, tr("Only this enterprise (id or credit code)."), u"ent"_s),
                QCommandLineOption(u"numbers"_s,
                                   tr("Also ask for invoice numbers: KIND:COUNT, e.g. digital_invoice:500 (数电票 numbers; 专票 "
                                      "and 普票 share them)."),
                                   u"kind:count"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"server"_s) || !arguments.isSet(u"server-user"_s))
            return context.reportError(Error{u"required"_s, tr("--server URL and --server-user NAME are required."), u"server"_s},
                                       ExitCode::Usage);
        const QUrl server(arguments.value(u"server"_s));
        if (auto allowed = sync::HttpClient::checkScheme(server); !allowed)
            return context.reportError(allowed.error());
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        const QString numbers = arguments.value(u"numbers"_s);
        const QString numberKind = numbers.section(u':', 0, 0);
        const qint64 numberCount = numbers.section(u':', 1).toLongLong();
        if (arguments.isSet(u"numbers"_s) && (numberKind.isEmpty() || numberCount < 1))
            return context.reportError(
                Error{u"invalid_numbers"_s, tr("--numbers takes KIND:COUNT, e.g. digital_invoice:500."), u"numbers"_s},
                ExitCode::Usage);
        auto serverSignIn = signInToServer(context, arguments);
        if (!serverSignIn)
            return serverSignIn.error();
        sync::SyncClient client(serverSignIn->options);
        const auto signedIn = &serverSignIn->login;
        auto enterprises = (*session)->enterprises(true);
        if (!enterprises)
            return report(context, enterprises.error());
        QJsonArray reports;
        QString firstError;
        int conflicts = 0;
        for (const auth::EnterpriseSummary &enterprise : std::as_const(*enterprises)) {
            if (arguments.isSet(u"enterprise"_s) && arguments.value(u"enterprise"_s) != enterprise.id
                && arguments.value(u"enterprise"_s).toUpper() != enterprise.profile.creditCode)
                continue;
            auto store = (*session)->openEnterprise(enterprise.id);
            if (!store)
                return report(context, store.error());
            const sync::SyncReport result = client.syncEnterprise(**store, enterprise.profile.creditCode, *signedIn);
            QJsonObject object{{u"credit_code"_s, result.creditCode},
                               {u"sent"_s, result.sent},
                               {u"accepted"_s, result.accepted},
                               {u"duplicate"_s, result.duplicate},
                               {u"rejected"_s, result.rejected},
                               {u"conflicts"_s, result.conflicts},
                               {u"open_conflicts"_s, result.openConflicts},
                               {u"pending"_s, result.pending},
                               {u"changes"_s, result.changes},
                               {u"rule_packs"_s, QJsonArray::fromStringList(result.rulePacks)}};
            if (!result.refusedRulePacks.isEmpty())
                object.insert(u"refused_rule_packs"_s, QJsonArray::fromStringList(result.refusedRulePacks));
            if (!result.voided.isEmpty())
                object.insert(u"voided_invoices"_s, QJsonArray::fromStringList(result.voided));
            if (!result.receivedInvoices.isEmpty())
                object.insert(u"received_invoices"_s, QJsonArray::fromStringList(result.receivedInvoices));
            if (!result.refusedInvoices.isEmpty())
                object.insert(u"refused_received_invoices"_s, QJsonArray::fromStringList(result.refusedInvoices));
            conflicts += result.openConflicts;
            if (result.error.isEmpty() && arguments.isSet(u"numbers"_s)) {
                auto grant = client.requestNumbers(**store, enterprise.profile.creditCode, *signedIn, numberKind, numberCount);
                if (grant)
                    object.insert(u"numbers"_s,
                                  QJsonObject{{u"kind"_s, numberKind},
                                              {u"first"_s, grant->value(u"first"_s)},
                                              {u"last"_s, grant->value(u"last"_s)},
                                              {u"max_offline_hours"_s, grant->value(u"max_offline_hours"_s)}});
                else
                    object.insert(u"error"_s, grant.error().message);
                if (!grant && firstError.isEmpty())
                    firstError = grant.error().message;
            }
            if (!result.error.isEmpty()) {
                object.insert(u"error"_s, result.error);
                if (firstError.isEmpty())
                    firstError = result.error;
            }
            reports.append(object);
        }
        context.writeResult({{u"server"_s, server.toDisplayString()}, {u"enterprises"_s, reports}});
        if (!firstError.isEmpty())
            return context.reportError(Error{u"sync_incomplete"_s, firstError, u"server"_s});
        if (conflicts > 0)
            return context.reportError(
                Error{u"sync_conflict"_s,
                      tr("%1 item(s) conflict with newer versions on the server; a person must decide which version stands.")
                          .arg(conflicts),
                      u"server"_s},
                ExitCode::Conflict);
        return ExitCode::Success;
    }
};

} // namespace

std::unique_ptr<Command> syncCommand()
{
    return std::make_unique<SyncCommand>();
}

} // namespace taxbox::cli
