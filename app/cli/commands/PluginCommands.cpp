#include "PluginCommands.h"

#include "WorkspaceCommand.h"
#include "square/PluginStore.h"
#include "square/SquareClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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
        auto packageContext = store.checkingContext();
        if (!packageContext)
            return report(context, packageContext.error());
        return work(store, *packageContext);
    }
    /// Signs in to the workspace and to the square's server, pins the server's square key and keeps its
    /// revocation list (both before anything from it is trusted), then runs `work`.
    ExitCode fromSquare(Context &context, const QCommandLineParser &arguments,
                        const std::function<ExitCode(square::PluginStore &, const square::SquareClient &)> &work) const
    {
        auto session = login(context, arguments);
        if (!session)
            return report(context, session.error());
        auto signIn = signInToServer(context, arguments);
        if (!signIn)
            return signIn.error();
        square::PluginStore store(QDir(workspace(arguments).directory()).filePath(u"plugins"_s));
        const square::SquareClient client(signIn->options, signIn->login);
        if (auto trusted = client.trustIn(store); !trusted)
            return report(context, trusted.error());
        return work(store, client);
    }
    static QString downloads(const square::PluginStore &store) { return QDir(store.root()).filePath(u".downloads"_s); }
    static ExitCode installFromSquare(Context &context, square::PluginStore &store, const square::SquareClient &client,
                                      const square::CatalogueEntry &entry, const QStringList &granted)
    {
        auto checking = store.checkingContext();
        if (!checking)
            return report(context, checking.error());
        auto path = client.download(entry, downloads(store));
        if (!path)
            return report(context, path.error());
        auto installed = store.install(*path, granted, *checking);
        QFile::remove(*path);
        if (!installed)
            return report(context, installed.error());
        context.writeResult(installed->toJson());
        return ExitCode::Success;
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
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"FILE|ID"_s, tr("The package file (.tbx), or with --server the package's id in the square.")}};
    }
    QString summary() const override
    {
        return tr("Install or update a package after verifying it, from a file or (--server) from the firm's square: "
                  "downloaded, resumed where a broken download stopped, checked against the catalogue's SHA-256; --grant "
                  "names the permissions you grant (comma-separated, only among those it asks for). The version in use "
                  "stays until the new one is in place.");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return QList<QCommandLineOption>{
                   QCommandLineOption(u"grant"_s, tr("Permissions to grant, e.g. calc.run,enterprise.read."), u"list"_s)}
        + serverOptions();
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (auto given = needsArgument(context, arguments, tr("the package file or id")); given != ExitCode::Success)
            return given;
        const QStringList granted = arguments.value(u"grant"_s).split(u',', Qt::SkipEmptyParts);
        if (arguments.isSet(u"server"_s)) {
            return fromSquare(context, arguments, [&](square::PluginStore &store, const square::SquareClient &client) {
                const QString id = arguments.positionalArguments().constFirst();
                auto entries = client.catalogue({}, id);
                if (!entries)
                    return report(context, entries.error());
                const QList<square::CatalogueEntry> newest = square::SquareClient::newest(*entries);
                if (newest.isEmpty())
                    return report(
                        context,
                        Error{u"not_found"_s, tr("The square has no installable version of \"%1\".").arg(id), u"package"_s});
                return installFromSquare(context, store, client, newest.constFirst(), granted);
            });
        }
        return withPlugins(context, arguments, [&](square::PluginStore &store, const square::Package::Context &packageContext) {
            auto installed = store.install(arguments.positionalArguments().constFirst(), granted, packageContext);
            if (!installed)
                return report(context, installed.error());
            context.writeResult(installed->toJson());
            return ExitCode::Success;
        });
    }
};

class UpdateCommand final : public PluginCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCommand)
public:
    UpdateCommand()
        : PluginCommand(u"update"_s, true)
    { }
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"[ID]"_s, tr("Only this package (default: every installed package).")}};
    }
    QString summary() const override
    {
        return tr("Install the newest version the firm's square (--server) offers of each installed package, keeping "
                  "the permissions granted; a permission the new version adds is not granted (listed as not_granted).");
    }
    QList<QCommandLineOption> extraOptions() const override { return serverOptions(); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"server"_s))
            return context.reportError(Error{u"required"_s, tr("--server URL and --server-user NAME are required."), u"server"_s},
                                       ExitCode::Usage);
        return fromSquare(context, arguments, [&](square::PluginStore &store, const square::SquareClient &client) {
            auto entries = client.catalogue();
            if (!entries)
                return report(context, entries.error());
            const QList<square::CatalogueEntry> newest = square::SquareClient::newest(*entries);
            auto checking = store.checkingContext();
            if (!checking)
                return report(context, checking.error());
            QJsonArray updated;
            QJsonArray current;
            for (const square::InstalledPlugin &plugin : store.list(*checking)) {
                if (!arguments.positionalArguments().isEmpty()
                    && plugin.manifest.id != arguments.positionalArguments().constFirst())
                    continue;
                const auto offered = std::find_if(newest.cbegin(), newest.cend(),
                                                  [&](const square::CatalogueEntry &e) { return e.id == plugin.manifest.id; });
                if (offered == newest.cend() || square::compareVersions(offered->version, plugin.manifest.version) <= 0) {
                    current.append(QJsonObject{{u"id"_s, plugin.manifest.id}, {u"version"_s, plugin.manifest.version}});
                    continue;
                }
                auto path = client.download(*offered, downloads(store));
                if (!path)
                    return report(context, path.error());
                QStringList keep;
                QStringList notGranted;
                for (const QString &permission : offered->permissions) {
                    if (plugin.granted.contains(permission))
                        keep.append(permission);
                    else if (!plugin.manifest.permissions.contains(permission))
                        notGranted.append(permission); // new in this version; one declined before stays declined
                }
                auto installed = store.install(*path, keep, *checking);
                QFile::remove(*path);
                if (!installed)
                    return report(context, installed.error());
                QJsonObject done = installed->toJson();
                done.insert(u"from_version"_s, plugin.manifest.version);
                done.insert(u"not_granted"_s, QJsonArray::fromStringList(notGranted));
                updated.append(done);
            }
            context.writeResult(QJsonObject{{u"updated"_s, updated}, {u"current"_s, current}});
            return ExitCode::Success;
        });
    }
};

class SearchCommand final : public PluginCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
public:
    SearchCommand()
        : PluginCommand(u"search"_s, false)
    { }
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"[WORDS]"_s, tr("Words in the id, the names, the keywords or the category, or the pinyin initials.")}};
    }
    QString summary() const override
    {
        return tr("Search the firm's square (--server): the newest approved version of each package, with its "
                  "permissions, size and downloads, and whether it is installed here.");
    }
    QList<QCommandLineOption> extraOptions() const override { return serverOptions(); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto signIn = signInToServer(context, arguments);
        if (!signIn)
            return signIn.error();
        const square::SquareClient client(signIn->options, signIn->login);
        auto entries = client.catalogue(arguments.positionalArguments().join(u' '));
        if (!entries)
            return report(context, entries.error());
        square::PluginStore store(QDir(workspace(arguments).directory()).filePath(u"plugins"_s));
        auto checking = store.checkingContext();
        QHash<QString, QString> installed;
        if (checking) {
            for (const square::InstalledPlugin &plugin : store.list(*checking))
                installed.insert(plugin.manifest.id, plugin.manifest.version);
        }
        QJsonArray packages;
        for (const square::CatalogueEntry &entry : square::SquareClient::newest(*entries)) {
            QJsonObject object{{u"id"_s, entry.id},
                               {u"version"_s, entry.version},
                               {u"kind"_s, entry.kind},
                               {u"name"_s, entry.displayName(QLocale().name())},
                               {u"publisher"_s, entry.publisher},
                               {u"category"_s, entry.category},
                               {u"permissions"_s, QJsonArray::fromStringList(entry.permissions)},
                               {u"size"_s, entry.size},
                               {u"downloads"_s, entry.downloads}};
            if (installed.contains(entry.id))
                object.insert(u"installed_version"_s, installed.value(entry.id));
            packages.append(object);
        }
        context.writeResult(QJsonObject{{u"packages"_s, packages}});
        return ExitCode::Success;
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

/// For publishers and reviewers: make a package, upload it, review the queue. They act for the square, not for
/// this workspace, so none of them opens it.
class SquareCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SquareCommand)
public:
    explicit SquareCommand(QString verb)
        : m_verb(std::move(verb))
    { }
    QStringList path() const override { return {u"plugin"_s, m_verb}; }

protected:
    bool needsLogin() const override { return false; }
    ExitCode withSquare(Context &context, const QCommandLineParser &arguments,
                        const std::function<ExitCode(const square::SquareClient &)> &work) const
    {
        auto signIn = signInToServer(context, arguments);
        if (!signIn)
            return signIn.error();
        return work(square::SquareClient(signIn->options, signIn->login));
    }

private:
    QString m_verb;
};

class PackCommand final : public SquareCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackCommand)
public:
    PackCommand()
        : SquareCommand(u"pack"_s)
    { }
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"DIR"_s, tr("The plugin's folder: package.json (the manifest without files and publisher) and files/.")}};
    }
    QString summary() const override
    {
        return tr("Make a package (.tbx) as a publisher: the manifest from DIR/package.json completed with every file of "
                  "DIR/files and your public key, checked, and signed with your Ed25519 key (--key, PEM; never on the "
                  "command line itself). The square adds its countersignature when a reviewer approves it.");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"key"_s, tr("Your Ed25519 private key (PEM file)."), u"file"_s),
                QCommandLineOption(u"publisher-id"_s, tr("Your publisher id on the square."), u"id"_s),
                QCommandLineOption(u"publisher-name"_s, tr("Your name as people read it."), u"name"_s),
                QCommandLineOption(u"out"_s, tr("Where to write the package (default: ID-VERSION.tbx here)."), u"file"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1 || !arguments.isSet(u"key"_s) || !arguments.isSet(u"publisher-id"_s)
            || !arguments.isSet(u"publisher-name"_s))
            return context.reportError(
                Error{u"required"_s, tr("Give DIR, --key, --publisher-id and --publisher-name."), u"argument"_s},
                ExitCode::Usage);
        const QDir folder(arguments.positionalArguments().constFirst());
        QFile templateFile(folder.filePath(u"package.json"_s));
        if (!templateFile.open(QIODevice::ReadOnly))
            return context.reportError(
                Error{u"file_unreadable"_s, tr("%1 cannot be read.").arg(templateFile.fileName()), u"package.json"_s});
        const QJsonObject manifest = QJsonDocument::fromJson(templateFile.read(1024 * 1024)).object();
        QMap<QString, QByteArray> files;
        const QDir payload(folder.filePath(u"files"_s));
        qint64 total = 0;
        QDirIterator it(payload.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly) || (total += file.size()) > square::Package::Limits{}.maxTotalBytes)
                return context.reportError(
                    Error{u"input_too_large"_s, tr("The files are unreadable or larger than a package may be."), u"files"_s});
            files.insert(payload.relativeFilePath(file.fileName()), file.readAll());
        }
        QFile keyFile(arguments.value(u"key"_s));
        if (!keyFile.open(QIODevice::ReadOnly))
            return context.reportError(Error{u"file_unreadable"_s, tr("%1 cannot be read.").arg(keyFile.fileName()), u"key"_s});
        auto key = crypto::Ed25519::privateKeyFromPem(keyFile.read(64 * 1024));
        if (!key)
            return context.reportError(key.error());
        auto archive = square::Package::build(manifest, files, arguments.value(u"publisher-id"_s),
                                              arguments.value(u"publisher-name"_s), *key);
        if (!archive)
            return context.reportError(archive.error());
        const QString out = arguments.isSet(u"out"_s)
            ? arguments.value(u"out"_s)
            : manifest.value(u"id"_s).toString() + u'-' + manifest.value(u"version"_s).toString() + u".tbx"_s;
        QSaveFile target(out);
        if (!target.open(QIODevice::WriteOnly) || target.write(*archive) != archive->size() || !target.commit())
            return context.reportError(Error{u"write_failed"_s, tr("%1 could not be written.").arg(out), u"out"_s});
        context.writeResult(QJsonObject{
            {u"package"_s, out},
            {u"files"_s, static_cast<qint64>(files.size())},
            {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(*archive, QCryptographicHash::Sha256).toHex())}});
        return ExitCode::Success;
    }
};

class PublishCommand final : public SquareCommand
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)
public:
    PublishCommand()
        : SquareCommand(u"publish"_s)
    { }
    QList<PositionalArgument> positionalArguments() const override { return {{u"FILE"_s, tr("The package (.tbx) you made.")}}; }
    QString summary() const override
    {
        return tr("Upload a package to the firm's square (--server) as a publisher account; it waits for a reviewer.");
    }
    QList<QCommandLineOption> extraOptions() const override { return serverOptions(); }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().size() != 1)
            return context.reportError(Error{u"required"_s, tr("Give the package file."), u"argument"_s}, ExitCode::Usage);
        QFile file(arguments.positionalArguments().constFirst());
        if (!file.open(QIODevice::ReadOnly) || file.size() > 32 * 1024 * 1024)
            return context.reportError(
                Error{u"file_unreadable"_s, tr("%1 cannot be read (at most 32 MB).").arg(file.fileName()), u"file"_s});
        const QByteArray archive = file.readAll();
        return withSquare(context, arguments, [&](const square::SquareClient &client) {
            auto published = client.publish(archive);
            if (!published)
                return context.reportError(published.error());
            context.writeResult(*published);
            return ExitCode::Success;
        });
    }
};

class ReviewCommand final : public SquareCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
public:
    ReviewCommand()
        : SquareCommand(u"review"_s)
    { }
    QList<PositionalArgument> positionalArguments() const override
    {
        return {{u"[ID]"_s, tr("The package to decide on (with --approve or --reject).")}, {u"[VERSION]"_s, tr("Its version.")}};
    }
    QString summary() const override
    {
        return tr("As a reviewer on the firm's square (--server): the queue with the permissions and files changed since "
                  "the last approved version, or --approve / --reject --reason for one package.");
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        return serverOptions()
            + QList<QCommandLineOption>{
                QCommandLineOption(u"approve"_s, tr("Approve: the square countersigns and publishes it.")),
                QCommandLineOption(u"reject"_s, tr("Reject it (with --reason).")),
                QCommandLineOption(u"reason"_s, tr("Why, for the publisher."), u"text"_s)};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        const bool deciding = arguments.isSet(u"approve"_s) || arguments.isSet(u"reject"_s);
        if (deciding
            && (arguments.positionalArguments().size() != 2 || (arguments.isSet(u"approve"_s) && arguments.isSet(u"reject"_s))))
            return context.reportError(
                Error{u"required"_s, tr("Give ID VERSION with either --approve or --reject."), u"argument"_s}, ExitCode::Usage);
        return withSquare(context, arguments, [&](const square::SquareClient &client) {
            if (!deciding) {
                auto queue = client.reviewQueue();
                if (!queue)
                    return context.reportError(queue.error());
                context.writeResult(QJsonObject{{u"packages"_s, *queue}});
                return ExitCode::Success;
            }
            auto decided = client.decide(arguments.positionalArguments().at(0), arguments.positionalArguments().at(1),
                                         arguments.isSet(u"approve"_s), arguments.value(u"reason"_s));
            if (!decided)
                return context.reportError(decided.error());
            context.writeResult(*decided);
            return ExitCode::Success;
        });
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> pluginCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<InstallCommand>());
    list.push_back(std::make_unique<UpdateCommand>());
    list.push_back(std::make_unique<SearchCommand>());
    list.push_back(std::make_unique<PackCommand>());
    list.push_back(std::make_unique<PublishCommand>());
    list.push_back(std::make_unique<ReviewCommand>());
    list.push_back(std::make_unique<ListCommand>());
    for (const QString &verb : {u"remove"_s, u"enable"_s, u"disable"_s})
        list.push_back(std::make_unique<ChangeCommand>(verb));
    return list;
}

} // namespace taxbox::cli
