#pragma once

#include "CommandLine.h"
#include "base/ProcessGuard.h"

#include "auth/Workspace.h"
#include "crypto/SecureBytes.h"
#include "rules/RulePack.h"
#include "square/ContentPacks.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QDir>
#include <QJsonObject>

#include <functional>

namespace taxbox::cli {

using namespace Qt::Literals::StringLiterals;

/// Base of the commands that open the workspace: --workspace, --password-stdin, --user, and the
/// secrets from the environment (removed once read) or standard input. Authentication failures exit 3.
class WorkspaceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)
public:
    [[nodiscard]] QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> list{
            QCommandLineOption(u"workspace"_s, tr("The workspace folder (default: %1).").arg(auth::Workspace::defaultDirectory()),
                               u"dir"_s),
            QCommandLineOption(u"password-stdin"_s,
                               tr("Read the password (and any new password or recovery key) from lines of standard input "
                                  "instead of the TAXBOX_PASSWORD environment variable."))};
        if (needsLogin())
            list.append(
                QCommandLineOption(u"user"_s, tr("The account to act as (needed when the workspace has several)."), u"name"_s));
        return list + extraOptions();
    }

protected:
    [[nodiscard]] virtual bool needsLogin() const { return true; }
    [[nodiscard]] virtual QList<QCommandLineOption> extraOptions() const { return {}; }

    [[nodiscard]] static auth::Workspace workspace(const QCommandLineParser &arguments)
    {
        return auth::Workspace(arguments.isSet(u"workspace"_s) ? arguments.value(u"workspace"_s)
                                                               : auth::Workspace::defaultDirectory());
    }

    /// A secret from its environment variable (then wiped and removed from the environment, so neither
    /// /proc/PID/environ nor a child process shows it) or, with --password-stdin, from the next line of standard input.
    [[nodiscard]] static Result<QString> secret(Context &context, const QCommandLineParser &arguments, const char *variable,
                                                const QString &field)
    {
        if (arguments.isSet(u"password-stdin"_s))
            return context.readLine(field);
        if (!qEnvironmentVariableIsSet(variable)) {
            return fail(u"password_missing"_s,
                        tr("Give the %1 in the environment variable %2 or on standard input with --password-stdin.")
                            .arg(field, QString::fromLatin1(variable)),
                        field);
        }
        // Wiped in the environment block itself, not only removed (takeSecretFromEnvironment).
        const std::optional<crypto::SecureBytes> taken = takeSecretFromEnvironment(variable);
        return taken ? QString::fromUtf8(taken->view()) : QString();
    }

    [[nodiscard]] static Result<crypto::SecureBytes> password(Context &context, const QCommandLineParser &arguments,
                                                              const char *variable, const QString &field)
    {
        auto text = secret(context, arguments, variable, field);
        if (!text)
            return std::unexpected(text.error());
        crypto::SecureBytes bytes = crypto::SecureBytes::fromUtf8(*text);
        crypto::wipe(*text);
        return bytes;
    }

    /// Authentication failures exit 3 (locked), everything else 1.
    static ExitCode report(Context &context, const Error &error)
    {
        static const QStringList locked{u"wrong_password"_s, u"too_many_attempts"_s, u"wrong_recovery_key"_s};
        return context.reportError(error, locked.contains(error.code) ? ExitCode::Locked : ExitCode::BadInput);
    }

    [[nodiscard]] static Result<std::unique_ptr<auth::Session>> login(Context &context, const QCommandLineParser &arguments)
    {
        auto secretPassword = password(context, arguments, "TAXBOX_PASSWORD", u"password"_s);
        if (!secretPassword)
            return std::unexpected(secretPassword.error());
        auto session = workspace(arguments).login(arguments.value(u"user"_s), *secretPassword);
        if (session) {
            // The content packs the accountant installed from the square are in force for scripts too. One that cannot
            // be applied leaves the rules as they were, and the script is told on standard error (a warning: the
            // command goes on with the rules in force).
            const QString directory = workspace(arguments).directory();
            square::ContentPacks::Options content;
            content.workspaceDirectory = directory;
            const auto applied = square::ContentPacks::applyInstalled(QDir(directory).filePath(u"plugins"_s), content);
            QStringList ids = applied.keys();
            ids.sort();
            for (const QString &id : std::as_const(ids)) {
                if (const Result<QString> &note = applied.value(id); !note)
                    context.reportWarning(Error{note.error().code,
                                                tr("The content pack %1 is not in force: %2").arg(id, note.error().message),
                                                u"plugin"_s});
            }
        }
        return session;
    }

    /// Logs in, opens the enterprise named by --enterprise (id or credit code) and puts in force the
    /// newest verified rule pack the sync received for it (else the built-in one), then runs `work`.
    /// Errors are reported here: a missing --enterprise is a usage error.
    static ExitCode withEnterprise(Context &context, const QCommandLineParser &arguments,
                                   const std::function<ExitCode(store::EnterpriseStore &, const rules::RulePack &)> &work)
    {
        if (!arguments.isSet(u"enterprise"_s))
            return context.reportError(Error{u"required"_s, tr("--enterprise ENT is required."), u"enterprise"_s},
                                       ExitCode::Usage);
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto enterprise = (*session)->findEnterprise(arguments.value(u"enterprise"_s));
        if (!enterprise)
            return report(context, enterprise.error());
        auto store = (*session)->openEnterprise(enterprise->id);
        if (!store)
            return report(context, store.error());
        if (auto installed = sync::SyncLedger(**store).installRulePacks(); !installed)
            return report(context, installed.error());
        auto pack = rules::RulePack::inForce();
        if (!pack)
            return context.reportError(pack.error());
        return work(**store, **pack);
    }

    /// --server, --server-user, --ca-file, --pin: the commands that talk to taxbox-server.
    [[nodiscard]] static QList<QCommandLineOption> serverOptions()
    {
        return {QCommandLineOption(u"server"_s, tr("The server, e.g. https://taxbox.example.com."), u"url"_s),
                QCommandLineOption(u"server-user"_s, tr("The account on the server."), u"name"_s),
                QCommandLineOption(u"ca-file"_s, tr("Trust the server certificate in this CA file (PEM)."), u"file"_s),
                QCommandLineOption(u"pin"_s,
                                   tr("Also require this server public key: sha256//BASE64 of the key's DER (as curl's "
                                      "--pinnedpubkey)."),
                                   u"sha256//…"_s)};
    }
    struct ServerSignIn
    {
        sync::SyncClient::Options options;
        QJsonObject login; ///< the server's answer: access token, enterprises, server_key
    };
    /// Signs in to the server the options name (server password: TAXBOX_SERVER_PASSWORD or the next line of
    /// standard input). Reports its own errors: wrong credentials exit 3, a missing option is a usage error.
    [[nodiscard]] static std::expected<ServerSignIn, ExitCode> signInToServer(Context &context,
                                                                              const QCommandLineParser &arguments)
    {
        if (!arguments.isSet(u"server"_s) || !arguments.isSet(u"server-user"_s))
            return std::unexpected(context.reportError(
                Error{u"required"_s, tr("--server URL and --server-user NAME are required."), u"server"_s}, ExitCode::Usage));
        ServerSignIn signIn;
        signIn.options.server = QUrl(arguments.value(u"server"_s));
        if (auto allowed = sync::HttpClient::checkScheme(signIn.options.server); !allowed)
            return std::unexpected(context.reportError(allowed.error()));
        auto serverPassword = password(context, arguments, "TAXBOX_SERVER_PASSWORD", u"server_password"_s);
        if (!serverPassword)
            return std::unexpected(context.reportError(serverPassword.error()));
        signIn.options.http.caFile = arguments.value(u"ca-file"_s);
        signIn.options.http.pinnedPublicKey = arguments.value(u"pin"_s);
        auto answer = sync::SyncClient(signIn.options).login(arguments.value(u"server-user"_s), *serverPassword);
        if (!answer)
            return std::unexpected(context.reportError(
                answer.error(), answer.error().code == u"invalid_credentials" ? ExitCode::Locked : ExitCode::BadInput));
        signIn.login = *answer;
        return signIn;
    }

    [[nodiscard]] static QJsonObject enterpriseJson(const auth::EnterpriseSummary &summary)
    {
        QJsonObject object = summary.profile.toJson();
        object.insert(u"id"_s, summary.id);
        object.insert(u"role"_s, roleCode(summary.role));
        object.insert(u"archived"_s, summary.archived);
        return object;
    }
};

} // namespace taxbox::cli
