#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace taxbox::auth {
class Session;
}

namespace taxbox::ui {

/// Automatic backups: every `interval` hours (settings "backup/folder", "backup/interval_hours"), a
/// verified backup of the signed-in account's enterprises goes to the chosen folder; the newest
/// `kKept` are kept. The time and file of the last good backup are remembered and shown.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKept = 10;

    explicit BackupScheduler(QObject *parent = nullptr);

    /// The session to back up; nullptr when locked (nothing runs then). Not owned.
    /// The session whose workspace is backed up; its folder's settings (WorkspaceSettings) are used.
    void setSession(auth::Session *session);
    /// The workspace whose settings are read before anyone unlocks it (the status bar's last backup).
    void setWorkspaceDirectory(const QString &directory);

    [[nodiscard]] const QString &workspaceDirectory() const { return m_workspaceDirectory; }
    [[nodiscard]] QString folder() const;
    [[nodiscard]] int intervalHours() const; ///< 0: automatic backups off
    void configure(const QString &folder, int intervalHours);

    [[nodiscard]] QDateTime lastGoodBackup() const;
    [[nodiscard]] QString lastGoodFile() const;

    /// Writes a backup now into the folder; returns the file written.
    Result<QString> backupNow();
    /// Runs a backup when one is due at `now`. Called every minute by a timer.
    void runIfDue(const QDateTime &now);

Q_SIGNALS:
    void lastGoodBackupChanged(const QDateTime &at, const QString &file);
    void backupFailed(const QString &message);

private:
    void prune() const;

    auth::Session *m_session = nullptr;
    QString m_workspaceDirectory;
    QTimer m_timer;
};

} // namespace taxbox::ui
