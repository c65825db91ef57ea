#pragma once

#include "auth/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace taxbox::auth {

/// What a backup holds, from its manifest.
struct BackupSummary
{
    QString path;
    QDateTime createdAt;
    QString createdBy;
    QString appVersion;
    int enterprises = 0; ///< enterprises in the backup
    int skipped = 0; ///< enterprises of the workspace the maker could not open (not in the backup)
    qint64 bytes = 0;
};

/// How a restore proves it may read the backup: the password of an account in it, or the workspace
/// recovery key together with a new password for that account.
struct RestoreCredentials
{
    QString userName;
    crypto::SecureBytes password;
    QString recoveryKey;
    crypto::SecureBytes newPassword;
};

/// Encrypted, self-verifying backups of a workspace: a zip (stored, not compressed) of manifest.json
/// (SHA-256 of every file), the keyring and a consistent online copy (sqlite3_backup) of every
/// enterprise store the maker can open. The stores stay SQLCipher-encrypted with their own keys and the
/// keyring holds only sealed keys, so the file is as safe as the workspace. Before saying done, the
/// backup is re-read, its hashes checked, and each store opened and integrity-checked.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    [[nodiscard]] static Result<BackupSummary> create(Session &session, const QString &outPath);
    /// Reads the manifest and checks every file's hash; no key needed.
    [[nodiscard]] static Result<BackupSummary> inspect(const QString &archivePath);
    /// Replaces the workspace at `target.directory()` with the backup, atomically: the backup is
    /// unpacked beside it, unlocked with `credentials` and integrity-checked, and only then swapped in
    /// by renames. A failure at any step leaves the current workspace exactly as it was.
    [[nodiscard]] static Result<BackupSummary> restore(const QString &archivePath, const Workspace &target,
                                                       const RestoreCredentials &credentials);
};

} // namespace taxbox::auth
