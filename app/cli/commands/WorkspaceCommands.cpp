#include "WorkspaceCommands.h"

#include "WorkspaceCommand.h"

#include "auth/Backup.h"
#include "auth/Workspace.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

namespace {

using auth::Session;
using auth::Workspace;
using crypto::SecureBytes;

class WorkspaceInitCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"workspace"_s, u"init"_s}; }
    QString summary() const override
    {
        return tr("Create an encrypted workspace with its first account and print its recovery key, once.");
    }
    bool needsLogin() const override { return false; }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"user"_s, tr("Name of the first account."), u"name"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"user"_s))
            return context.reportError(Error{u"required"_s, tr("--user NAME is required."), u"user"_s}, ExitCode::Usage);
        auto secretPassword = password(context, arguments, "TAXBOX_PASSWORD", u"password"_s);
        if (!secretPassword)
            return report(context, secretPassword.error());
        Workspace target = workspace(arguments);
        auto created = target.initialize(arguments.value(u"user"_s), *secretPassword);
        if (!created)
            return report(context, created.error());
        context.writeResult({{u"workspace"_s, target.directory()},
                             {u"user"_s, created->session->userName()},
                             {u"recovery_key"_s, created->recoveryKey},
                             {u"notice"_s,
                              tr("Write the recovery key down and keep it safe. It is shown only now; with it, a "
                                 "forgotten password loses nothing.")}});
        return ExitCode::Success;
    }
};

class EnterpriseAddCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"enterprise"_s, u"add"_s}; }
    QString summary() const override
    {
        return tr("Add an enterprise from JSON: name, credit_code, taxpayer_kind (small|general), region, address, phone, "
                  "bank, bank_account, tax_office.");
    }
    bool readsJson() const override { return true; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        auto profile = EnterpriseProfile::fromJson(*request);
        if (!profile)
            return context.reportError(profile.error());
        auto created = (*session)->createEnterprise(*profile);
        if (!created)
            return report(context, created.error());
        context.writeResult(enterpriseJson(*created));
        return ExitCode::Success;
    }
};

class EnterpriseListCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"enterprise"_s, u"list"_s}; }
    QString summary() const override { return tr("List the enterprises your account keeps."); }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"all"_s, tr("Include archived enterprises."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto list = (*session)->enterprises(arguments.isSet(u"all"_s));
        if (!list)
            return report(context, list.error());
        QJsonArray enterprises;
        for (const auth::EnterpriseSummary &summary : std::as_const(*list))
            enterprises.append(enterpriseJson(summary));
        context.writeResult({{u"enterprises"_s, enterprises}});
        return ExitCode::Success;
    }
};

/// Commands that act on one enterprise named by id or credit code.
class EnterpriseTargetCommand : public WorkspaceCommand
{
public:
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"ENTERPRISE"_s, tr("The enterprise's id or unified social credit code.")}};
    }

protected:
    Result<auth::EnterpriseSummary> target(Session &session, const QCommandLineParser &arguments) const
    {
        if (arguments.positionalArguments().size() != 1)
            return fail(u"required"_s, tr("Name one enterprise by its id or credit code."), u"enterprise"_s);
        return session.findEnterprise(arguments.positionalArguments().constFirst());
    }

    /// A usage error found before the password is read (none by default).
    [[nodiscard]] virtual std::optional<Error> usageError(const QCommandLineParser &) const { return std::nullopt; }
    /// The command's work once the account is signed in and the enterprise found.
    virtual ExitCode runOn(Context &context, const QCommandLineParser &arguments, Session &session,
                           auth::EnterpriseSummary &enterprise)
        = 0;

public:
    ExitCode run(Context &context, const QCommandLineParser &arguments) final
    {
        if (auto usage = usageError(arguments))
            return context.reportError(*usage, ExitCode::Usage);
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto enterprise = target(**session, arguments);
        if (!enterprise)
            return report(context, enterprise.error());
        return runOn(context, arguments, **session, *enterprise);
    }
};

class EnterpriseShowCommand final : public EnterpriseTargetCommand
{
public:
    QStringList path() const override { return {u"enterprise"_s, u"show"_s}; }
    QString summary() const override { return tr("Show an enterprise's profile and its audit log."); }
    ExitCode runOn(Context &context, const QCommandLineParser &, Session &session, auth::EnterpriseSummary &enterprise) override
    {
        auto store = session.openEnterprise(enterprise.id);
        if (!store)
            return report(context, store.error());
        auto audit = (*store)->auditLog();
        if (!audit)
            return report(context, audit.error());
        QJsonArray entries;
        for (const store::AuditEntry &entry : std::as_const(*audit)) {
            entries.append(QJsonObject{{u"at"_s, entry.at.toString(Qt::ISODate)},
                                       {u"user"_s, entry.userName},
                                       {u"action"_s, entry.action},
                                       {u"record_type"_s, entry.recordType},
                                       {u"changed_fields"_s, QJsonArray::fromStringList(entry.changedFields)},
                                       {u"before_hash"_s, entry.beforeHash},
                                       {u"after_hash"_s, entry.afterHash}});
        }
        QJsonObject document = enterpriseJson(enterprise);
        document.insert(u"audit"_s, entries);
        context.writeResult(document);
        return ExitCode::Success;
    }
};

class EnterpriseEditCommand final : public EnterpriseTargetCommand
{
public:
    QStringList path() const override { return {u"enterprise"_s, u"edit"_s}; }
    QString summary() const override { return tr("Change an enterprise's profile: JSON with only the fields that change."); }
    bool readsJson() const override { return true; }
    ExitCode runOn(Context &context, const QCommandLineParser &arguments, Session &session,
                   auth::EnterpriseSummary &enterprise) override
    {
        auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        auto profile = EnterpriseProfile::fromJson(*request, enterprise.profile);
        if (!profile)
            return context.reportError(profile.error());
        auto updated = session.updateEnterprise(enterprise.id, *profile);
        if (!updated)
            return report(context, updated.error());
        enterprise.profile = *updated;
        context.writeResult(enterpriseJson(enterprise));
        return ExitCode::Success;
    }
};

class EnterpriseArchiveCommand final : public EnterpriseTargetCommand
{
public:
    QStringList path() const override { return {u"enterprise"_s, u"archive"_s}; }
    QString summary() const override
    {
        return tr("Archive an enterprise (kept, read-only, hidden from the list); --restore undoes it.");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"restore"_s, tr("Bring the enterprise back from the archive."))};
    }
    ExitCode runOn(Context &context, const QCommandLineParser &arguments, Session &session,
                   auth::EnterpriseSummary &enterprise) override
    {
        auto store = session.openEnterprise(enterprise.id);
        if (!store)
            return report(context, store.error());
        const bool archive = !arguments.isSet(u"restore"_s);
        if (auto changed = (*store)->setArchived(archive); !changed)
            return report(context, changed.error());
        enterprise.archived = archive;
        context.writeResult(enterpriseJson(enterprise));
        return ExitCode::Success;
    }
};

class EnterpriseGrantCommand final : public EnterpriseTargetCommand
{
public:
    QStringList path() const override { return {u"enterprise"_s, u"grant"_s}; }
    QString summary() const override { return tr("Give another account a role in an enterprise you administer."); }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"to"_s, tr("The account that receives the role."), u"name"_s),
                QCommandLineOption(u"role"_s, tr("viewer, accountant or admin."), u"role"_s)};
    }
    std::optional<Error> usageError(const QCommandLineParser &arguments) const override
    {
        if (!arguments.isSet(u"to"_s) || !parseRole(arguments.value(u"role"_s)))
            return Error{u"required"_s, tr("--to NAME and --role viewer|accountant|admin are required."), u"role"_s};
        return std::nullopt;
    }
    ExitCode runOn(Context &context, const QCommandLineParser &arguments, Session &session,
                   auth::EnterpriseSummary &enterprise) override
    {
        const Role role = *parseRole(arguments.value(u"role"_s));
        if (auto granted = session.grant(enterprise.id, arguments.value(u"to"_s), role); !granted)
            return report(context, granted.error());
        context.writeResult(
            {{u"enterprise"_s, enterprise.id}, {u"user"_s, arguments.value(u"to"_s)}, {u"role"_s, roleCode(role)}});
        return ExitCode::Success;
    }
};

class UserAddCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"user"_s, u"add"_s}; }
    QString summary() const override
    {
        return tr("Create another account; its password comes from TAXBOX_NEW_PASSWORD or the second line of standard input.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"NAME"_s, tr("The new account's name.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the new account."), u"user"_s}, ExitCode::Usage);
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto newPassword = password(context, arguments, "TAXBOX_NEW_PASSWORD", u"new_password"_s);
        if (!newPassword)
            return report(context, newPassword.error());
        const QString name = arguments.positionalArguments().constFirst();
        if (auto added = (*session)->addUser(name, *newPassword); !added)
            return report(context, added.error());
        context.writeResult({{u"user"_s, name}});
        return ExitCode::Success;
    }
};

class PasswdCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"passwd"_s}; }
    QString summary() const override
    {
        return tr("Change your password (current: TAXBOX_PASSWORD, new: TAXBOX_NEW_PASSWORD, or two lines of standard "
                  "input). Only the keyring changes; no data is re-encrypted.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto current = password(context, arguments, "TAXBOX_PASSWORD", u"password"_s);
        if (!current)
            return report(context, current.error());
        auto newPassword = password(context, arguments, "TAXBOX_NEW_PASSWORD", u"new_password"_s);
        if (!newPassword)
            return report(context, newPassword.error());
        auto session = workspace(arguments).login(arguments.value(u"user"_s), *current);
        if (!session)
            return report(context, session.error());
        if (auto changed = (*session)->changePassword(*current, *newPassword); !changed)
            return report(context, changed.error());
        context.writeResult({{u"user"_s, (*session)->userName()}, {u"changed"_s, true}});
        return ExitCode::Success;
    }
};

class RecoverCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"recover"_s}; }
    QString summary() const override
    {
        return tr("Set a new password with the recovery key (TAXBOX_RECOVERY_KEY and TAXBOX_NEW_PASSWORD, or two lines of "
                  "standard input). Every enterprise stays open to the account.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto recoveryKey = secret(context, arguments, "TAXBOX_RECOVERY_KEY", u"recovery_key"_s);
        if (!recoveryKey)
            return report(context, recoveryKey.error());
        auto newPassword = password(context, arguments, "TAXBOX_NEW_PASSWORD", u"new_password"_s);
        if (!newPassword)
            return report(context, newPassword.error());
        auto session = workspace(arguments).recover(arguments.value(u"user"_s), *recoveryKey, *newPassword);
        crypto::wipe(*recoveryKey);
        if (!session)
            return report(context, session.error());
        auto list = (*session)->enterprises(true);
        context.writeResult({{u"user"_s, (*session)->userName()}, {u"enterprises"_s, list ? static_cast<int>(list->size()) : 0}});
        return ExitCode::Success;
    }
};

QJsonObject summaryJson(const auth::BackupSummary &summary)
{
    return {{u"file"_s, summary.path},
            {u"created_at"_s, summary.createdAt.toString(Qt::ISODate)},
            {u"created_by"_s, summary.createdBy},
            {u"app_version"_s, summary.appVersion},
            {u"enterprises"_s, summary.enterprises},
            {u"skipped"_s, summary.skipped},
            {u"bytes"_s, summary.bytes},
            {u"verified"_s, true}};
}

class BackupCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"backup"_s}; }
    QString summary() const override
    {
        return tr("Write an encrypted backup of your enterprises; it is re-read and integrity-checked before this says done.");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"out"_s, tr("The backup file to write."), u"file"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"out"_s))
            return context.reportError(Error{u"required"_s, tr("--out FILE is required."), u"out"_s}, ExitCode::Usage);
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto summary = auth::Backup::create(**session, arguments.value(u"out"_s));
        if (!summary)
            return report(context, summary.error());
        context.writeResult(summaryJson(*summary));
        return ExitCode::Success;
    }
};

class RestoreCommand final : public WorkspaceCommand
{
public:
    QStringList path() const override { return {u"restore"_s}; }
    QString summary() const override
    {
        return tr("Replace the workspace with a backup, atomically, after checking it opens with your password (or, with "
                  "--recovery-key, the recovery key and a new password).");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The backup file.")}}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"recovery-key"_s,
                                   tr("Unlock with the recovery key (TAXBOX_RECOVERY_KEY) and set a new "
                                      "password (TAXBOX_NEW_PASSWORD)."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Name the backup file."), u"file"_s}, ExitCode::Usage);
        auth::RestoreCredentials credentials;
        credentials.userName = arguments.value(u"user"_s);
        if (arguments.isSet(u"recovery-key"_s)) {
            auto key = secret(context, arguments, "TAXBOX_RECOVERY_KEY", u"recovery_key"_s);
            if (!key)
                return report(context, key.error());
            credentials.recoveryKey = *key;
            crypto::wipe(*key);
            auto newPassword = password(context, arguments, "TAXBOX_NEW_PASSWORD", u"new_password"_s);
            if (!newPassword)
                return report(context, newPassword.error());
            credentials.newPassword = std::move(*newPassword);
        } else {
            auto current = password(context, arguments, "TAXBOX_PASSWORD", u"password"_s);
            if (!current)
                return report(context, current.error());
            credentials.password = std::move(*current);
        }
        auto summary = auth::Backup::restore(arguments.positionalArguments().constFirst(), workspace(arguments), credentials);
        crypto::wipe(credentials.recoveryKey);
        if (!summary)
            return report(context, summary.error());
        QJsonObject document = summaryJson(*summary);
        document.insert(u"workspace"_s, workspace(arguments).directory());
        context.writeResult(document);
        return ExitCode::Success;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> workspaceCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<WorkspaceInitCommand>());
    commands.push_back(std::make_unique<EnterpriseAddCommand>());
    commands.push_back(std::make_unique<EnterpriseListCommand>());
    commands.push_back(std::make_unique<EnterpriseShowCommand>());
    commands.push_back(std::make_unique<EnterpriseEditCommand>());
    commands.push_back(std::make_unique<EnterpriseArchiveCommand>());
    commands.push_back(std::make_unique<EnterpriseGrantCommand>());
    commands.push_back(std::make_unique<UserAddCommand>());
    commands.push_back(std::make_unique<PasswdCommand>());
    commands.push_back(std::make_unique<RecoverCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    return commands;
}

} // namespace taxbox::cli
