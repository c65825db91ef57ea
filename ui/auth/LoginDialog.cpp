#include "LoginDialog.h"

#include "crypto/SecureBytes.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_password->setFocus();
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
        m_error->setText(session.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    m_session = std::move(*session);
    m_acceptedPassword = std::move(password);
    QDialog::accept();
}

} // namespace taxbox::ui
