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
        return {QCommandLineOption(u"server"_s, tr("The server, e.g. https://taxbox.example.com."), u"url"_s),
                QCommandLineOption(u"server-user"_s, tr("The account on the server."), u"name"_s),
                QCommandLineOption(u"enterprise"_s, tr("Only this enterprise (id or credit code)."), u"ent"_s),
                QCommandLineOption(u"ca-file"_s, tr("Trust the server certificate in this CA file (PEM)."), u"file"_s)};
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
        auto serverPassword = password(context, arguments, "TAXBOX_SERVER_PASSWORD", u"server_password"_s);
        if (!serverPassword)
            return context.reportError(serverPassword.error());

        sync::SyncClient::Options options;
        options.server = server;
        options.http.caFile = arguments.value(u"ca-file"_s);
        sync::SyncClient client(options);
        auto signedIn = client.login(arguments.value(u"server-user"_s), *serverPassword);
        if (!signedIn)
            return context.reportError(signedIn.error(),
                                       signedIn.error().code == u"invalid_credentials" ? ExitCode::Locked : ExitCode::BadInput);
        auto enterprises = (*session)->enterprises(true);
        if (!enterprises)
            return report(context, enterprises.error());
        QJsonArray reports;
        QString firstError;
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
                               {u"pending"_s, result.pending}};
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
        return ExitCode::Success;
    }
};

} // namespace

std::unique_ptr<Command> syncCommand()
{
    return std::make_unique<SyncCommand>();
}

} // namespace taxbox::cli
