#include "PluginCommands.h"

#include "WorkspaceCommand.h"
#include "square/PluginStore.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

namespace {

/// A plugin command: the workspace's plugins folder, the square's revocation list kept there (when the
/// sync brought one and it verifies), and whether a person must sign in (changes do; reading does not).
class PluginCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(PluginCommand)
public:
    PluginCommand(QString verb, bool changes)
        : m_verb(std::move(verb))
        , m_changes(changes)
    { }
    QStringList path() const override { return {u"plugin"_s, m_verb}; }

protected:
    bool needsLogin() const override { return m_changes; }
    ExitCode withPlugins(Context &context, const QCommandLineParser &arguments,
                         const std::function<ExitCode(square::PluginStore &, const square::Package::Context &)> &work) const
    {
        if (m_changes) {
            // Installing runs code or changes rules for everyone in the workspace: a person signs in first.
            auto session = login(context, arguments);
            if (!session)
                return report(context, session.error());
        }
        square::PluginStore store(QDir(workspace(arguments).directory()).filePath(u"plugins"_s));
        square::Package::Context packageContext;
        auto revocations = store.revocations(packageContext.squareKeys);
        if (!revocations)
            return report(context, revocations.error());
        if (*revocations)
            packageContext.revocations = &**revocations;
        return work(store, packageContext);
    }
    static ExitCode needsArgument(Context &context, const QCommandLineParser &arguments, const QString &what)
    {
        if (arguments.positionalArguments().size() == 1)
            return ExitCode::Success;
        return context.reportError(Error{u"required"_s, tr("Give %1.").arg(what), u"argument"_s}, ExitCode::Usage);
    }

private:
    QString m_verb;
    bool m_changes;
};

class VerifyCommand final : public PluginCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    VerifyCommand()
        : PluginCommand(u"verify"_s, false)
    { }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The package file (.tbx).")}}; }
    QString summary() const override
    {
        return tr("Check a package file (.tbx) as installing does — signatures, every file's hash, paths, sizes, versions, "
                  "revocation — without installing it; exit 1 with the reason when it would be refused.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (auto given = needsArgument(context, arguments, tr("the package file")); given != ExitCode::Success)
            return given;
        return withPlugins(context, arguments, [&](square::PluginStore &, const square::Package::Context &packageContext) {
            auto package = square::Package::verify(arguments.positionalArguments().constFirst(), packageContext);
            if (!package)
                return report(context, package.error());
            QJsonObject out = package->manifest().toJson();
            QJsonArray labels;
            for (const QString &permission : package->manifest().permissions)
                labels.append(QJsonObject{{u"permission"_s, permission}, {u"label"_s, square::permissionLabel(permission)}});
            out.insert(u"permissions"_s, labels);
            out.insert(u"verified"_s, true);
            context.writeResult(out);
            return ExitCode::Success;
        });
    }
};

class InstallCommand final : public PluginCommand
{
    Q_DECLARE_TR_FUNCTIONS(InstallCommand)
public:
    InstallCommand()
        : PluginCommand(u"install"_s, true)
    { }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The package file (.tbx).")}}; }
    QString summary() const override
    {
        return tr("Install or update a package file after verifying it; --grant names the permissions you grant "
                  "(comma-separated, only among those it asks for). The version in use stays until the new one is in place.");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"grant"_s, tr("Permissions to grant, e.g. calc.run,enterprise.read."), u"list"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (auto given = needsArgument(context, arguments, tr("the package file")); given != ExitCode::Success)
            return given;
        const QStringList granted = arguments.value(u"grant"_s).split(u',', Qt::SkipEmptyParts);
        return withPlugins(context, arguments, [&](square::PluginStore &store, const square::Package::Context &packageContext) {
            auto installed = store.install(arguments.positionalArguments().constFirst(), granted, packageContext);
            if (!installed)
                return report(context, installed.error());
            context.writeResult(installed->toJson());
            return ExitCode::Success;
        });
    }
};

class ListCommand final : public PluginCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    ListCommand()
        : PluginCommand(u"list"_s, false)
    { }
    QString summary() const override
    {
        return tr("The installed packages, each checked again: state ok, disabled, revoked or broken (with the reason), "
                  "and the permissions granted.");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        return withPlugins(context, arguments, [&](square::PluginStore &store, const square::Package::Context &packageContext) {
            QJsonArray plugins;
            for (const square::InstalledPlugin &plugin : store.list(packageContext))
                plugins.append(plugin.toJson());
            context.writeResult(QJsonObject{{u"plugins"_s, plugins}});
            return ExitCode::Success;
        });
    }
};

class ChangeCommand final : public PluginCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommand)
public:
    explicit ChangeCommand(const QString &verb)
        : PluginCommand(verb, true)
        , m_what(verb)
    { }
    QList<PositionalArgument> positionalArguments() const override { return {{u"ID"_s, tr("The package's id.")}}; }
    QString summary() const override
    {
        if (m_what == u"remove")
            return tr("Remove an installed package (by id).");
        return m_what == u"enable" ? tr("Enable an installed package (by id).") : tr("Disable an installed package (by id).");
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (auto given = needsArgument(context, arguments, tr("the package id")); given != ExitCode::Success)
            return given;
        const QString id = arguments.positionalArguments().constFirst();
        return withPlugins(context, arguments, [&](square::PluginStore &store, const square::Package::Context &) {
            const Result<void> done = m_what == u"remove" ? store.remove(id) : store.setEnabled(id, m_what == u"enable");
            if (!done)
                return report(context, done.error());
            context.writeResult(QJsonObject{{u"id"_s, id}, {u"done"_s, m_what}});
            return ExitCode::Success;
        });
    }

private:
    QString m_what;
};

} // namespace

std::vector<std::unique_ptr<Command>> pluginCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<InstallCommand>());
    list.push_back(std::make_unique<ListCommand>());
    for (const QString &verb : {u"remove"_s, u"enable"_s, u"disable"_s})
        list.push_back(std::make_unique<ChangeCommand>(verb));
    return list;
}

} // namespace taxbox::cli
