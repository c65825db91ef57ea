#include "Backup.h"

#include "Settings.h"

#include "sync/SyncLedger.h"

#include "base/Version.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace taxbox::auth {

namespace {

constexpr char kManifest[] = "manifest.json";
constexpr char kKeyring[] = "keyring.json";
constexpr qint64 kChunk = 1 << 20;

Error damaged(const QString &path, const QString &detail)
{
    return Error{u"backup_damaged"_s, Backup::tr("The backup %1 is damaged or was altered: %2").arg(path, detail), {}};
}

Error writeFailed(const QString &path, const QString &detail)
{
    return Error{u"write_failed"_s, Backup::tr("The backup %1 could not be written: %2").arg(path, detail), {}};
}

void syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

/// Copies one open store into `destination`, a new file under the same key, page by page through the
/// online backup API: a consistent snapshot even while the store is in use.
Result<void> copyStore(store::Database &source, const QString &destination, const crypto::SecureBytes &key)
{
    auto target = store::Database::open(destination, key, store::Database::Mode::Create);
    if (!target)
        return std::unexpected(target.error());
    if (auto rollbackJournal = target->execute("PRAGMA journal_mode = DELETE"); !rollbackJournal)
        return rollbackJournal;
    sqlite3_backup *copy = sqlite3_backup_init(target->handle(), "main", source.handle(), "main");
    if (!copy)
        return std::unexpected(target->lastError(Backup::tr("Copying the store")));
    const int stepped = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (stepped != SQLITE_DONE)
        return std::unexpected(target->lastError(Backup::tr("Copying the store")));
    return target->checkIntegrity();
}

Result<QString> addFile(QuaZip &zip, const QString &name, const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return std::unexpected(writeFailed(zip.getZipName(), source.errorString()));
    QuaZipFile entry(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, 0 /* stored: the stores are encrypted */, 0))
        return std::unexpected(writeFailed(zip.getZipName(), entry.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        hash.addData(chunk);
        if (entry.write(chunk) != chunk.size())
            return std::unexpected(writeFailed(zip.getZipName(), entry.errorString()));
    }
    entry.close();
    if (entry.getZipError() != UNZ_OK)
        return std::unexpected(writeFailed(zip.getZipName(), QString::number(entry.getZipError())));
    return QString::fromLatin1(hash.result().toHex());
}

struct Manifest
{
    QJsonObject root;
    QList<std::pair<QString, QString>> files; ///< name, sha256
};

Result<Manifest> readManifest(QuaZip &zip, const QString &path)
{
    if (!zip.setCurrentFile(QString::fromLatin1(kManifest)))
        return std::unexpected(damaged(path, Backup::tr("it has no manifest")));
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return std::unexpected(damaged(path, entry.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(entry.read(4 * kChunk));
    if (!document.isObject() || document.object().value(u"format"_s).toString() != u"taxbox-backup"_s)
        return std::unexpected(damaged(path, Backup::tr("the manifest is not a Taxbox backup manifest")));
    Manifest manifest{document.object(), {}};
    for (const QJsonValue &value : manifest.root.value(u"files"_s).toArray()) {
        const QString name = value.toObject().value(u"path"_s).toString();
        const bool safe = name == QString::fromLatin1(kKeyring)
            || (name.startsWith(u"enterprises/"_s) && name.endsWith(u".db"_s) && !name.contains(u".."_s)
                && name.count(u'/') == 1);
        if (!safe)
            return std::unexpected(damaged(path, Backup::tr("unexpected file %1").arg(name)));
        manifest.files.append({name, value.toObject().value(u"sha256"_s).toString()});
    }
    return manifest;
}

/// Streams every file listed in the manifest, checks its hash, and writes it below `extractTo` when set.
Result<void> checkFiles(QuaZip &zip, const QString &path, const Manifest &manifest, const QString &extractTo)
{
    for (const auto &[name, expected] : manifest.files) {
        if (!zip.setCurrentFile(name))
            return std::unexpected(damaged(path, Backup::tr("%1 is missing").arg(name)));
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return std::unexpected(damaged(path, entry.errorString()));
        std::unique_ptr<QFile> output;
        if (!extractTo.isEmpty()) {
            const QString target = QDir(extractTo).filePath(name);
            QDir().mkpath(QFileInfo(target).absolutePath());
            output = std::make_unique<QFile>(target);
            if (!output->open(QIODevice::WriteOnly))
                return fail(u"write_failed"_s, Backup::tr("%1 could not be written: %2").arg(target, output->errorString()));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (!entry.atEnd()) {
            const QByteArray chunk = entry.read(kChunk);
            if (chunk.isEmpty() && entry.getZipError() != UNZ_OK)
                return std::unexpected(damaged(path, Backup::tr("%1 cannot be read").arg(name)));
            hash.addData(chunk);
            if (output && output->write(chunk) != chunk.size())
                return fail(u"write_failed"_s, Backup::tr("%1 could not be written: %2").arg(name, output->errorString()));
        }
        entry.close();
        if (entry.getZipError() != UNZ_OK || QString::fromLatin1(hash.result().toHex()) != expected)
            return std::unexpected(damaged(path, Backup::tr("%1 does not match its checksum").arg(name)));
        if (output) {
            output->flush();
            output->close();
            syncFile(output->fileName());
        }
    }
    return {};
}

BackupSummary summaryOf(const QString &path, const QJsonObject &manifest)
{
    return {path,
            QDateTime::fromString(manifest.value(u"created_at"_s).toString(), Qt::ISODate),
            manifest.value(u"created_by"_s).toString(),
            manifest.value(u"app_version"_s).toString(),
            static_cast<int>(manifest.value(u"enterprises"_s).toArray().size()),
            manifest.value(u"skipped"_s).toInt(),
            QFileInfo(path).size()};
}

} // namespace

Result<BackupSummary> Backup::create(Session &session, const QString &outPath)
{
    auto keyring = session.keyring();
    if (!keyring)
        return std::unexpected(keyring.error());
    QTemporaryDir staging;
    if (!staging.isValid())
        return std::unexpected(writeFailed(outPath, staging.errorString()));

    // Enterprises this account can open are copied; the keyring keeps only them.
    Keyring included = *keyring;
    included.enterprises.clear();
    int skipped = 0;
    QJsonArray enterpriseIds;
    for (const KeyringEnterprise &enterprise : std::as_const(keyring->enterprises)) {
        if (!keyring->grantFor(enterprise, session.userId())) {
            ++skipped;
            continue;
        }
        auto store = session.openEnterprise(enterprise.id);
        if (!store)
            return std::unexpected(store.error());
        auto key = session.dataKey(enterprise.id);
        if (!key)
            return std::unexpected(key.error());
        const QString copyPath = QDir(staging.path()).filePath(enterprise.file);
        QDir().mkpath(QFileInfo(copyPath).absolutePath());
        if (auto copied = copyStore((*store)->database(), copyPath, *key); !copied)
            return std::unexpected(copied.error());
        included.enterprises.append(enterprise);
        enterpriseIds.append(enterprise.id);
    }
    const QString keyringCopy = QDir(staging.path()).filePath(QString::fromLatin1(kKeyring));
    if (auto saved = included.save(keyringCopy); !saved)
        return std::unexpected(saved.error());

    const QString partial = outPath + u".partial"_s;
    QFile::remove(partial);
    {
        QuaZip zip(partial);
        zip.setZip64Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return std::unexpected(writeFailed(outPath, QString::number(zip.getZipError())));
        QJsonArray files;
        QStringList names{QString::fromLatin1(kKeyring)};
        for (const KeyringEnterprise &enterprise : std::as_const(included.enterprises))
            names.append(enterprise.file);
        for (const QString &name : std::as_const(names)) {
            auto hash = addFile(zip, name, QDir(staging.path()).filePath(name));
            if (!hash) {
                zip.close();
                QFile::remove(partial);
                return std::unexpected(hash.error());
            }
            files.append(QJsonObject{{u"path"_s, name}, {u"sha256"_s, *hash}});
        }
        const QJsonObject manifest{{u"format"_s, u"taxbox-backup"_s},
                                   {u"version"_s, 1},
                                   {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                   {u"created_by"_s, session.userName()},
                                   {u"app_version"_s, QString::fromLatin1(kVersion)},
                                   {u"enterprises"_s, enterpriseIds},
                                   {u"skipped"_s, skipped},
                                   {u"files"_s, files}};
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(kManifest)), nullptr, 0, 0, 0)
            || entry.write(QJsonDocument(manifest).toJson()) < 0) {
            zip.close();
            QFile::remove(partial);
            return std::unexpected(writeFailed(outPath, entry.errorString()));
        }
        entry.close();
        zip.close();
        if (zip.getZipError() != UNZ_OK) {
            QFile::remove(partial);
            return std::unexpected(writeFailed(outPath, QString::number(zip.getZipError())));
        }
    }
    syncFile(partial);

    // Self-verification: read it all back, hashes first, then open every store with its key.
    auto verified = [&]() -> Result<BackupSummary> {
        auto summary = inspect(partial);
        if (!summary)
            return summary;
        QTemporaryDir check;
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdUnzip))
            return std::unexpected(damaged(outPath, QString::number(zip.getZipError())));
        auto manifest = readManifest(zip, outPath);
        if (!manifest)
            return std::unexpected(manifest.error());
        if (auto extracted = checkFiles(zip, outPath, *manifest, check.path()); !extracted)
            return std::unexpected(extracted.error());
        for (const KeyringEnterprise &enterprise : std::as_const(included.enterprises)) {
            auto key = session.dataKey(enterprise.id);
            if (!key)
                return std::unexpected(key.error());
            auto copy
                = store::Database::open(QDir(check.path()).filePath(enterprise.file), *key, store::Database::Mode::OpenExisting);
            if (!copy)
                return std::unexpected(copy.error());
            if (auto intact = copy->checkIntegrity(); !intact)
                return std::unexpected(intact.error());
        }
        return summary;
    }();
    if (!verified) {
        QFile::remove(partial);
        return verified;
    }

    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(outPath).toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return std::unexpected(writeFailed(outPath, QString::fromStdString(error.message())));
    }
    syncFile(QFileInfo(outPath).absolutePath());
    verified->path = outPath;
    return verified;
}

Result<BackupSummary> Backup::inspect(const QString &archivePath)
{
    if (!QFileInfo::exists(archivePath))
        return fail(u"file_missing"_s, tr("The backup %1 does not exist.").arg(archivePath), u"file"_s);
    QuaZip zip(archivePath);
    if (!zip.open(QuaZip::mdUnzip))
        return std::unexpected(damaged(archivePath, tr("it is not a zip archive")));
    auto manifest = readManifest(zip, archivePath);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (auto checked = checkFiles(zip, archivePath, *manifest, {}); !checked)
        return std::unexpected(checked.error());
    return summaryOf(archivePath, manifest->root);
}

Result<BackupSummary> Backup::restore(const QString &archivePath, const Workspace &target, const RestoreCredentials &credentials)
{
    auto summary = inspect(archivePath);
    if (!summary)
        return summary;
    const QFileInfo targetInfo(target.directory());
    QDir().mkpath(targetInfo.absolutePath());
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString stagingPath = target.directory() + u".restore-"_s + suffix;
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            if (!path.isEmpty())
                QDir(path).removeRecursively();
        }
    } cleanup{stagingPath};

    {
        QuaZip zip(archivePath);
        if (!zip.open(QuaZip::mdUnzip))
            return std::unexpected(damaged(archivePath, tr("it is not a zip archive")));
        auto manifest = readManifest(zip, archivePath);
        if (!manifest)
            return std::unexpected(manifest.error());
        if (auto extracted = checkFiles(zip, archivePath, *manifest, stagingPath); !extracted)
            return std::unexpected(extracted.error());
    }

    {
        Workspace staged = target.at(stagingPath);
        auto session = credentials.recoveryKey.isEmpty()
            ? staged.login(credentials.userName, credentials.password)
            : staged.recover(credentials.userName, credentials.recoveryKey, credentials.newPassword);
        if (!session)
            return std::unexpected(session.error());
        auto enterprises = (*session)->enterprises(true);
        if (!enterprises)
            return std::unexpected(enterprises.error());
        for (const EnterpriseSummary &enterprise : std::as_const(*enterprises)) {
            auto store = (*session)->openEnterprise(enterprise.id);
            if (!store)
                return std::unexpected(store.error());
            if (auto intact = (*store)->database().checkIntegrity(); !intact)
                return std::unexpected(intact.error());
            // The backup may lack invoices issued after it was made: its number ranges are never used
            // again (the device syncs and is granted new ones), so no number is issued twice.
            if (auto retired = sync::SyncLedger(**store).retireGrants(u"restored"_s); !retired)
                return std::unexpected(retired.error());
        }
        QFile::remove(QDir(stagingPath).filePath(u"login-throttle.json"_s));
    }

    // This computer's settings of the workspace (backup schedule, auto-lock) and the accounts' sealed
    // settings are not in a backup (they belong to the computer, not to the data): a restore in place keeps them.
    if (QFileInfo::exists(target.directory())) {
        const QDir current(target.directory());
        const QDir staged(stagingPath);
        QFile::copy(current.filePath(WorkspaceSettings::fileName()), staged.filePath(WorkspaceSettings::fileName()));
        const QDir accounts(current.filePath(u"accounts"_s));
        if (accounts.exists() && staged.mkpath(u"accounts"_s)) {
            for (const QString &file : accounts.entryList({u"*.settings"_s}, QDir::Files))
                QFile::copy(accounts.filePath(file), staged.filePath(u"accounts/"_s + file));
        }
    }

    // The swap: two renames on one file system. If the program dies between them, the next start
    // (Workspace::finishInterruptedRestore) puts the previous workspace back.
    QDir parent = targetInfo.absoluteDir();
    QString previous;
    if (QFileInfo::exists(target.directory())) {
        previous = target.directory() + u".previous-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s) + suffix;
        if (!parent.rename(target.directory(), previous))
            return fail(u"write_failed"_s,
                        tr("The current workspace %1 is in use and could not be replaced.").arg(target.directory()));
    }
    if (!parent.rename(stagingPath, target.directory())) {
        if (!previous.isEmpty())
            parent.rename(previous, target.directory());
        return fail(u"write_failed"_s, tr("The restored workspace could not be moved into place."));
    }
    cleanup.path.clear();
    if (!previous.isEmpty())
        QDir(previous).removeRecursively();
    return summary;
}

} // namespace taxbox::auth
