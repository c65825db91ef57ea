#pragma once

#include "auth/Workspace.h"
#include "crypto/SecureBytes.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace taxbox::ui {

class RecoverPasswordDialog;

/// Unlocks the workspace: account (chosen when there are several) and password. One login opens every
/// enterprise of the account. A wrong password is said plainly; repeated failures show how long to
/// wait (the back-off lives in core, so it holds for the CLI too). Nothing is stored on failure.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(auth::Workspace workspace, QWidget *parent = nullptr);

    /// The session of the last successful login; the dialog gives it up once.
    [[nodiscard]] std::unique_ptr<auth::Session> takeSession() { return std::move(m_session); }
    /// The password of the last successful login, given up once: the unified login signs in to the
    /// sync server with it (in memory only, never stored).
    [[nodiscard]] crypto::SecureBytes takePassword() { return std::move(m_acceptedPassword); }
    /// Shown above the form, e.g. "Locked after 10 minutes without use."
    void setReason(const QString &reason);

    void accept() override;
    /// 「忘记密码？使用恢复密钥」: the recovery dialog for the chosen account; accepting it unlocks.
    RecoverPasswordDialog *recoverPassword();

private:
    /// Shows the wrong-password count and, while the back-off lasts, a countdown with Unlock disabled.
    void showLoginState();

    auth::Workspace m_workspace;
    std::unique_ptr<auth::Session> m_session;
    crypto::SecureBytes m_acceptedPassword;
    QLabel *m_reason;
    QComboBox *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
    QPushButton *m_forgot;
    QLabel *m_attempts;
    QTimer *m_countdown;
};

} // namespace taxbox::ui
