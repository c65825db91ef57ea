#pragma once

#include "auth/Backup.h"
#include "auth/Workspace.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QPushButton;
class QStackedWidget;

namespace taxbox::ui {

/// Forgot the password: the recovery key and a new password open the account again (every enterprise
/// it had, the same roles). The dialog gives up the new session once.
class RecoverPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    RecoverPasswordDialog(auth::Workspace workspace, const QString &userName, QWidget *parent = nullptr);
    [[nodiscard]] std::unique_ptr<auth::Session> takeSession() { return std::move(m_session); }
    [[nodiscard]] crypto::SecureBytes takePassword() { return std::move(m_password); }
    void accept() override;

private:
    auth::Workspace m_workspace;
    QString m_userName;
    QLineEdit *m_key;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
    std::unique_ptr<auth::Session> m_session;
    crypto::SecureBytes m_password;
};

/// 设置 ▸ 修改密码: the current password again (an unattended unlocked screen is not enough), then the new
/// one twice. Only the account's key is re-sealed; no data is rewritten.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(auth::Session &session, QWidget *parent = nullptr);
    void accept() override;

private:
    auth::Session &m_session;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

/// Restoring a backup: what it holds first (made when, by whom, how many enterprises, checked intact),
/// then the account and its password at the time of the backup — or the recovery key and a new
/// password — and only then the workspace is replaced (atomically, core's Backup::restore).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    /// `replacing` says the current workspace will be replaced (from 设置); otherwise it is a new computer.
    RestoreBackupDialog(auth::Workspace target, QString archivePath, bool replacing, QWidget *parent = nullptr);
    /// False (and the reason shown) when the file is not an intact Taxbox backup.
    [[nodiscard]] bool isReadable() const { return m_summary.has_value(); }
    [[nodiscard]] std::unique_ptr<auth::Session> takeSession() { return std::move(m_session); }
    void accept() override;

Q_SIGNALS:
    /// Emitted just before the workspace is replaced (close what is open in it) …
    void aboutToRestore();
    /// … and when the restore failed and the workspace is unchanged (open it again).
    void restoreFailed();

private:
    auth::Workspace m_target;
    QString m_archivePath;
    std::optional<auth::BackupSummary> m_summary;
    QLabel *m_preview;
    QLineEdit *m_user;
    QCheckBox *m_useRecoveryKey;
    QLineEdit *m_password;
    QLineEdit *m_key;
    QLineEdit *m_new;
    QLabel *m_error;
    QPushButton *m_restore;
    std::unique_ptr<auth::Session> m_session;
};

/// The recovery key on paper or in a file, with what it opens and the advice to keep it away from the
/// computer. `path` ending in .pdf gives a printable page; anything else plain UTF-8 text.
[[nodiscard]] Result<void> saveRecoveryKey(const QString &path, const QString &recoveryKey, const QString &userName);
void printRecoveryKey(QPagedPaintDevice &device, const QString &recoveryKey, const QString &userName);

} // namespace taxbox::ui
