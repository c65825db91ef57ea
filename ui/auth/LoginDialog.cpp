#include "LoginDialog.h"

#include "AccountDialogs.h"

#include "auth/LoginThrottle.h"
#include "crypto/SecureBytes.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

LoginDialog::LoginDialog(auth::Workspace workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_reason(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_forgot(new QPushButton(this))
    , m_attempts(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Unlock Taxbox"));
    m_reason->setObjectName(u"loginReason"_s);
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_user->setObjectName(u"loginUser"_s);
    m_user->addItems(m_workspace.userNames());
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_error->setObjectName(u"loginError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_unlock = buttons->button(QDialogButtonBox::Ok);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setText(tr("&Unlock"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    m_forgot->setObjectName(u"forgotPassword"_s);
    m_forgot->setText(tr("&Forgot the password? Use the recovery key"));
    m_forgot->setFlat(true);
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_forgot->setStyleSheet(u"color: palette(link); text-align: left;"_s);
    connect(m_forgot, &QPushButton::clicked, this, [this] { recoverPassword(); });
    m_attempts->setObjectName(u"loginAttempts"_s);
    m_attempts->setWordWrap(true);
    m_attempts->hide();
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::showLoginState);
    connect(m_user, &QComboBox::currentIndexChanged, this, &LoginDialog::showLoginState);
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_attempts);
    layout->addWidget(m_forgot, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    m_password->setFocus();
    showLoginState();
}

void LoginDialog::showLoginState()
{
    const auth::Workspace::LoginState state = m_workspace.loginState(m_user->currentText());
    QStringList lines;
    if (state.failures > 0)
        lines.append(tr("Wrong passwords in a row: %1.").arg(state.failures));
    if (state.waitSeconds > 0)
        lines.append(tr("To protect the data, the next try is possible in %1 s.").arg(state.waitSeconds));
    else if (state.failures > 0 && state.failures >= auth::LoginThrottle::kFreeAttempts - 1)
        lines.append(tr("After more wrong passwords each try waits longer. Forgot it? Use the recovery key below."));
    m_attempts->setText(lines.join(u'\n'));
    m_attempts->setVisible(!lines.isEmpty());
    m_unlock->setEnabled(state.waitSeconds <= 0);
    if (state.waitSeconds > 0 && !m_countdown->isActive())
        m_countdown->start();
    else if (state.waitSeconds <= 0)
        m_countdown->stop();
}

RecoverPasswordDialog *LoginDialog::recoverPassword()
{
    auto *dialog = new RecoverPasswordDialog(m_workspace, m_user->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session = dialog->takeSession();
        m_acceptedPassword = dialog->takePassword();
        m_error->hide();
        QDialog::accept();
    });
    dialog->open();
    return dialog;
}

void LoginDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void LoginDialog::accept()
{
    crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(m_password->text());
    m_password->clear(); // QLineEdit keeps no undo history for password fields
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_workspace.login(m_user->currentText(), password);
    QApplication::restoreOverrideCursor();
    if (!session) {
        // The back-off's own message is the countdown below; a wrong password is said here.
        m_error->setText(session.error().code == u"too_many_attempts" ? tr("Not tried: wait until the countdown ends.")
                                                                      : session.error().message);
        m_error->show();
        m_password->setFocus();
        showLoginState();
        return;
    }
    m_error->hide();
    m_session = std::move(*session);
    m_acceptedPassword = std::move(password);
    QDialog::accept();
}

} // namespace taxbox::ui
