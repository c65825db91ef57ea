#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace taxbox::auth {
class Session;
}

namespace taxbox::ui {

class BackupScheduler;
class ChangePasswordDialog;

/// Security and backup settings: auto-lock after idle minutes; the automatic backup folder and
/// interval; "back up now" and the last good backup.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(BackupScheduler &backups, auth::Session *session, QWidget *parent = nullptr);

    /// Minutes without input before the app locks; 0 never. Setting "security/auto_lock_minutes" of the
    /// workspace (WorkspaceSettings).
    [[nodiscard]] static int autoLockMinutes(const QString &workspaceDirectory);
    static constexpr int kDefaultAutoLockMinutes = 10;

    void accept() override;
    void backUpNow();
    ChangePasswordDialog *changePassword();

Q_SIGNALS:
    /// 从备份恢复…: the chosen file; the controller shows what it holds and replaces the workspace.
    void restoreRequested(const QString &path);

private:
    void showLastBackup();

    BackupScheduler &m_backups;
    auth::Session *m_session;
    QSpinBox *m_autoLock;
    QLineEdit *m_folder;
    QComboBox *m_interval;
    QLabel *m_lastBackup;
};

} // namespace taxbox::ui
