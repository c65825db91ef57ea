#include "PluginStore.h"

#include "base/StrictJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::square {

namespace {

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(u"write_failed"_s, PluginStore::tr("%1 could not be written: %2").arg(path, file.errorString()), u"path"_s);
    return {};
}

QByteArray readSmall(const QString &path, qint64 max = 1024 * 1024)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readAtMost(file, max);
}

} // namespace

QJsonObject InstalledPlugin::toJson() const
{
    QJsonObject object = manifest.toJson();
    object.insert(u"enabled"_s, enabled);
    object.insert(u"granted"_s, QJsonArray::fromStringList(granted));
    object.insert(u"state"_s, state);
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

PluginStore::PluginStore(QString root)
    : m_root(std::move(root))
{ }

Result<InstalledPlugin> PluginStore::install(const QString &packagePath, const QStringList &granted,
                                             const Package::Context &context)
{
    auto package = Package::verify(packagePath, context);
    if (!package)
        return std::unexpected(package.error());
    const PackageManifest &manifest = package->manifest();
    for (const QString &permission : granted) {
        if (!manifest.permissions.contains(permission))
            return fail(u"not_requested"_s,
                        tr("%1 does not ask for \"%2\"; only what it asks for can be granted.").arg(manifest.id, permission),
                        u"grant"_s);
    }
    const QDir folder(QDir(m_root).filePath(manifest.id));
    const QString current = QString::fromUtf8(readSmall(folder.filePath(u"current"_s), 64)).trimmed();
    if (!current.isEmpty()) {
        const int order = compareVersions(manifest.version, current);
        if (order == 0)
            return fail(u"already_installed"_s, tr("%1 %2 is installed already.").arg(manifest.id, current), u"package"_s);
        if (order < 0)
            return fail(u"downgrade"_s, tr("%1 %2 is installed; %3 is older.").arg(manifest.id, current, manifest.version),
                        u"package"_s);
    }
    if (!QDir().mkpath(folder.path()))
        return fail(u"write_failed"_s, tr("%1 cannot be created.").arg(folder.path()), u"path"_s);
    cleanLeftovers(manifest.id, current);
    // Unpacked beside the versions, moved into place, and only then put in use.
    const QString staging = folder.filePath(u".staging-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto unpacked = package->unpackTo(staging); !unpacked)
        return std::unexpected(unpacked.error());
    const QString target = folder.filePath(manifest.version);
    QDir(target).removeRecursively(); // a version left by an install that never switched over
    if (!QDir().rename(staging, target)) {
        QDir(staging).removeRecursively();
        return fail(u"write_failed"_s, tr("%1 could not be moved into place.").arg(target), u"path"_s);
    }
    const QJsonObject state{{u"enabled"_s, true}, {u"granted"_s, QJsonArray::fromStringList(granted)}};
    if (auto written = writeAtomically(folder.filePath(u"state-%1.json"_s.arg(manifest.version)),
                                       QJsonDocument(state).toJson(QJsonDocument::Compact));
        !written)
        return std::unexpected(written.error());
    if (auto switched = writeAtomically(folder.filePath(u"current"_s), manifest.version.toUtf8()); !switched)
        return std::unexpected(switched.error());
    cleanLeftovers(manifest.id, manifest.version);
    return find(manifest.id, context);
}

void PluginStore::cleanLeftovers(const QString &id, const QString &current)
{
    // Staging folders of interrupted installs, versions no longer in use and their states.
    QDir folder(QDir(m_root).filePath(id));
    for (const QFileInfo &entry : folder.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString name = entry.fileName();
        if (name == u"current" || name == current || name == u"state-%1.json"_s.arg(current))
            continue;
        if (entry.isDir())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

InstalledPlugin PluginStore::load(const QString &id, const Package::Context &context)
{
    InstalledPlugin plugin;
    const QDir folder(QDir(m_root).filePath(id));
    const QString current = QString::fromUtf8(readSmall(folder.filePath(u"current"_s), 64)).trimmed();
    plugin.directory = folder.filePath(current);
    plugin.state = u"broken"_s;
    plugin.manifest.id = id;
    const auto broken = [&](const QString &reason) {
        plugin.error = reason;
        return plugin;
    };
    if (current.isEmpty())
        return broken(tr("No version is in use."));
    const QDir version(plugin.directory);
    const QByteArray manifestBytes = readSmall(version.filePath(u"manifest.json"_s));
    auto manifest = PackageManifest::parse(manifestBytes);
    if (!manifest)
        return broken(manifest.error().message);
    plugin.manifest = *manifest;
    const QJsonObject state = QJsonDocument::fromJson(readSmall(folder.filePath(u"state-%1.json"_s.arg(current)))).object();
    plugin.enabled = state.value(u"enabled"_s).toBool(true);
    for (const QJsonValue &permission : state.value(u"granted"_s).toArray()) {
        if (manifest->permissions.contains(permission.toString()))
            plugin.granted.append(permission.toString());
    }
    // Checked again at every start: the signatures, then each file on disk.
    const QByteArray publisher
        = QByteArray::fromBase64(readSmall(version.filePath(u"signatures/publisher.sig"_s), 1024).trimmed());
    const QByteArray squareSignature
        = QByteArray::fromBase64(readSmall(version.filePath(u"signatures/square.sig"_s), 1024).trimmed());
    if (!Package::publisherSigned(manifest->publisherKey, manifestBytes, publisher))
        return broken(tr("Its manifest changed after it was installed."));
    if (!Package::squareApproved(context.squareKeys, manifestBytes, publisher, squareSignature))
        return broken(tr("The square's countersignature does not verify."));
    for (auto it = manifest->files.constBegin(); it != manifest->files.constEnd(); ++it) {
        QFile file(version.filePath(u"files/"_s + it.key()));
        if (!file.open(QIODevice::ReadOnly))
            return broken(tr("\"%1\" is missing.").arg(it.key()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file) || QString::fromLatin1(hash.result().toHex()) != it.value())
            return broken(tr("\"%1\" was changed after it was installed.").arg(it.key()));
    }
    if (context.revocations) {
        if (const auto reason = context.revocations->reasonFor(manifest->id, manifest->version)) {
            plugin.state = u"revoked"_s;
            plugin.error = tr("Revoked by the square: %1").arg(*reason);
            return plugin;
        }
    }
    plugin.state = plugin.enabled ? u"ok"_s : u"disabled"_s;
    return plugin;
}

QList<InstalledPlugin> PluginStore::list(const Package::Context &context)
{
    QList<InstalledPlugin> plugins;
    for (const QString &id : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (id.startsWith(u'.'))
            continue; // the downloads folder, not a package
        const QString current = QString::fromUtf8(readSmall(QDir(m_root).filePath(id + u"/current"_s), 64)).trimmed();
        if (current.isEmpty()) {
            QDir(QDir(m_root).filePath(id)).removeRecursively(); // an install that never switched over
            continue;
        }
        cleanLeftovers(id, current);
        plugins.append(load(id, context));
    }
    return plugins;
}

Result<std::optional<RevocationList>> PluginStore::revocations(const QList<SquareKey> &squareKeys) const
{
    QFile list(QDir(m_root).filePath(u"revocations.json"_s));
    QFile signature(QDir(m_root).filePath(u"revocations.json.sig"_s));
    if (!list.open(QIODevice::ReadOnly) || !signature.open(QIODevice::ReadOnly))
        return std::optional<RevocationList>();
    auto loaded = RevocationList::load(list.read(8 * 1024 * 1024), signature.read(1024), squareKeys);
    if (!loaded)
        return std::unexpected(loaded.error());
    return std::optional<RevocationList>(std::move(*loaded));
}

Result<void> PluginStore::saveRevocations(const QByteArray &list, const QByteArray &signature, const QList<SquareKey> &squareKeys)
{
    auto incoming = RevocationList::load(list, signature, squareKeys);
    if (!incoming)
        return std::unexpected(incoming.error());
    auto kept = revocations(squareKeys);
    if (kept && *kept && (*kept)->issuedAt() > incoming->issuedAt())
        return fail(u"revocations_older"_s,
                    tr("The square sent a revocation list from %1, older than the one kept (%2); it was not used.")
                        .arg(incoming->issuedAt(), (*kept)->issuedAt()),
                    u"revocations"_s);
    if (!QDir().mkpath(m_root))
        return fail(u"write_failed"_s, tr("The plugins folder %1 could not be created.").arg(m_root), u"plugins"_s);
    // The signature first, then the list: a list is only read with its signature, and a half-written pair
    // fails verification (an error shown, never a list silently ignored) until the next sync writes both.
    if (auto written = writeAtomically(QDir(m_root).filePath(u"revocations.json.sig"_s), signature); !written)
        return written;
    return writeAtomically(QDir(m_root).filePath(u"revocations.json"_s), list);
}

QJsonArray PluginStore::pinnedSquares() const
{
    return QJsonDocument::fromJson(readSmall(QDir(m_root).filePath(u"squares.json"_s), 256 * 1024)).array();
}

QList<SquareKey> PluginStore::squareKeys() const
{
    QList<SquareKey> keys = trustedSquareKeys();
    const QJsonArray pinned = pinnedSquares();
    for (const QJsonValue &value : pinned) {
        const QByteArray key = QByteArray::fromBase64(value.toObject().value(u"key"_s).toString().toLatin1());
        if (key.size() == 32)
            keys.append({value.toObject().value(u"server"_s).toString(), key});
    }
    return keys;
}

Result<void> PluginStore::pinSquare(const QString &server, const QByteArray &key)
{
    if (key.size() != 32)
        return fail(u"square_key_invalid"_s, tr("The server %1 gave no valid square key.").arg(server), u"server"_s);
    QJsonArray pinned = pinnedSquares();
    for (const QJsonValue &value : std::as_const(pinned)) {
        if (value.toObject().value(u"server"_s).toString() != server)
            continue;
        if (QByteArray::fromBase64(value.toObject().value(u"key"_s).toString().toLatin1()) == key)
            return {};
        return fail(u"square_key_changed"_s,
                    tr("The server %1 now countersigns with another key than the one pinned at its first sign-in. Nothing "
                       "from it is trusted until an administrator removes the old pin from %2.")
                        .arg(server, QDir(m_root).filePath(u"squares.json"_s)),
                    u"server"_s);
    }
    pinned.append(QJsonObject{{u"server"_s, server},
                              {u"key"_s, QString::fromLatin1(key.toBase64())},
                              {u"pinned_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (!QDir().mkpath(m_root))
        return fail(u"write_failed"_s, tr("The plugins folder %1 could not be created.").arg(m_root), u"plugins"_s);
    return writeAtomically(QDir(m_root).filePath(u"squares.json"_s), QJsonDocument(pinned).toJson());
}

QStringList PluginStore::kioskAllowList(const QString &root)
{
    QStringList ids;
    QFile allow(QDir(root).filePath(u"kiosk-allow.json"_s));
    if (!allow.open(QIODevice::ReadOnly))
        return ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(allow.read(256 * 1024)).array()) {
        if (const QString text = id.toString(); !text.isEmpty())
            ids.append(text);
    }
    return ids;
}

Result<Package::Context> PluginStore::checkingContext() const
{
    Package::Context context;
    context.squareKeys = squareKeys();
    auto kept = revocations(context.squareKeys);
    if (!kept)
        return std::unexpected(kept.error());
    if (*kept)
        context.revocations = std::make_shared<const RevocationList>(std::move(**kept));
    return context;
}

Result<InstalledPlugin> PluginStore::find(const QString &id, const Package::Context &context)
{
    if (!QFileInfo(QDir(m_root).filePath(id + u"/current"_s)).isFile())
        return fail(u"not_installed"_s, tr("%1 is not installed.").arg(id), u"id"_s);
    return load(id, context);
}

Result<void> PluginStore::remove(const QString &id)
{
    const QDir folder(QDir(m_root).filePath(id));
    if (id.isEmpty() || id.contains(u'/') || id.startsWith(u'.') || !QFileInfo(folder.filePath(u"current"_s)).isFile())
        return fail(u"not_installed"_s, tr("%1 is not installed.").arg(id), u"id"_s);
    // Out of use first (one rename), then the files.
    if (!QFile::remove(folder.filePath(u"current"_s)))
        return fail(u"write_failed"_s, tr("%1 could not be removed.").arg(id), u"id"_s);
    QDir(folder.path()).removeRecursively();
    return {};
}

Result<void> PluginStore::setEnabled(const QString &id, bool enabled)
{
    const QDir folder(QDir(m_root).filePath(id));
    const QString current = QString::fromUtf8(readSmall(folder.filePath(u"current"_s), 64)).trimmed();
    if (id.contains(u'/') || current.isEmpty())
        return fail(u"not_installed"_s, tr("%1 is not installed.").arg(id), u"id"_s);
    const QString statePath = folder.filePath(u"state-%1.json"_s.arg(current));
    QJsonObject state = QJsonDocument::fromJson(readSmall(statePath)).object();
    state.insert(u"enabled"_s, enabled);
    return writeAtomically(statePath, QJsonDocument(state).toJson(QJsonDocument::Compact));
}

} // namespace taxbox::square
