#include "AccountDialogs.h"

#include "ErrorLabel.h"

#include "base/Translations.h"
#include "crypto/SecureBytes.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(280);
    return edit;
}

/// Shows `message` and marks `field`; a stale message goes as soon as any field is edited.
void showFieldError(QLabel *label, const QString &message, QLineEdit *field)
{
    label->setText(message);
    label->show();
    if (field)
        field->setFocus();
}

void clearErrorOnEdit(QLabel *label, std::initializer_list<QLineEdit *> fields)
{
    for (QLineEdit *field : fields)
        QObject::connect(field, &QLineEdit::textEdited, label, &QWidget::hide);
}

/// New password and its repetition: the same rules everywhere (length, equal), the message naming the
/// field as the screen labels it.
bool checkNewPassword(QLabel *error, QLineEdit *first, QLineEdit *repeat)
{
    if (first->text() != repeat->text()) {
        showFieldError(error, QCoreApplication::translate("AccountDialogs", "Repeat new password: the two passwords differ."),
                       repeat);
        return false;
    }
    if (auto strong = auth::Workspace::checkNewPassword(crypto::SecureBytes::fromUtf8(first->text())); !strong) {
        showFieldError(error,
                       QCoreApplication::translate("AccountDialogs", "New password: at least %1 characters.")
                           .arg(auth::Workspace::kMinimumPasswordLength),
                       first);
        return false;
    }
    return true;
}

QStringList recoveryKeyLines(const QString &recoveryKey, const QString &userName)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("AccountDialogs", text); };
    return {tr("Taxbox recovery key"),
            tr("Account: %1").arg(userName),
            tr("Written: %1").arg(displayDate(QDate::currentDate())),
            QString(),
            recoveryKey,
            QString(),
            tr("This key opens every enterprise of the account if the password is forgotten. Keep it away from "
               "this computer (on paper, or on a drive kept elsewhere), and never send it to anyone.")};
}

} // namespace

// ----------------------------------------------------------------------------------------------------
RecoverPasswordDialog::RecoverPasswordDialog(auth::Workspace workspace, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_userName(userName)
    , m_key(new QLineEdit(this))
    , m_new(passwordEdit(this, u"recoverNewPassword"_s))
    , m_repeat(passwordEdit(this, u"recoverRepeatPassword"_s))
    , m_error(errorLabel(this, u"dialogError"_s))
{
    setObjectName(u"recoverPasswordDialog"_s);
    setWindowTitle(tr("Forgot the password"));
    auto *intro = new QLabel(tr("The recovery key you were given when the account %1 was created opens it again with a "
                                "new password. Every enterprise stays as it was.")
                                 .arg(userName),
                             this);
    intro->setWordWrap(true);
    m_key->setObjectName(u"recoveryKeyInput"_s);
    m_key->setPlaceholderText(u"XXXXX-XXXXX-…"_s);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *form = new QFormLayout;
    form->addRow(tr("Recovery &key:"), m_key);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    m_new->setPlaceholderText(tr("at least %1 characters").arg(auth::Workspace::kMinimumPasswordLength));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"recoverButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set the new password and &unlock"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoverPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearErrorOnEdit(m_error, {m_key, m_new, m_repeat});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_key->setFocus();
}

void RecoverPasswordDialog::accept()
{
    if (m_key->text().trimmed().isEmpty()) {
        showFieldError(m_error, tr("Recovery key: type the key as it was written down."), m_key);
        return;
    }
    if (!checkNewPassword(m_error, m_new, m_repeat))
        return;
    crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(m_new->text());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_workspace.recover(m_userName, m_key->text().trimmed(), password);
    QApplication::restoreOverrideCursor();
    if (!session) {
        showFieldError(m_error,
                       session.error().field == u"recovery_key" ? tr("Recovery key: %1").arg(session.error().message)
                                                                : session.error().message,
                       session.error().field == u"recovery_key" ? m_key : m_new);
        return;
    }
    m_new->clear();
    m_repeat->clear();
    m_session = std::move(*session);
    m_password = std::move(password);
    QDialog::accept();
}

// ----------------------------------------------------------------------------------------------------
ChangePasswordDialog::ChangePasswordDialog(auth::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(passwordEdit(this, u"currentPassword"_s))
    , m_new(passwordEdit(this, u"newPassword"_s))
    , m_repeat(passwordEdit(this, u"repeatNewPassword"_s))
    , m_error(errorLabel(this, u"dialogError"_s))
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change the password of %1").arg(session.userName()));
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    m_new->setPlaceholderText(tr("at least %1 characters").arg(auth::Workspace::kMinimumPasswordLength));
    auto *note = new QLabel(tr("The recovery key stays valid. If you sign in to a sync server with this password, "
                               "change it there too."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"changePasswordButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearErrorOnEdit(m_error, {m_current, m_new, m_repeat});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_current->setFocus();
}

void ChangePasswordDialog::accept()
{
    if (!checkNewPassword(m_error, m_new, m_repeat))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto changed = m_session.changePassword(crypto::SecureBytes::fromUtf8(m_current->text()),
                                            crypto::SecureBytes::fromUtf8(m_new->text()));
    QApplication::restoreOverrideCursor();
    if (!changed) {
        m_current->clear();
        showFieldError(m_error,
                       changed.error().field == u"current_password" ? tr("Current password: it is wrong.")
                                                                    : changed.error().message,
                       changed.error().field == u"current_password" ? m_current : m_new);
        return;
    }
    QDialog::accept();
}

// ----------------------------------------------------------------------------------------------------
RestoreBackupDialog::RestoreBackupDialog(auth::Workspace target, QString archivePath, bool replacing, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_archivePath(std::move(archivePath))
    , m_preview(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_useRecoveryKey(new QCheckBox(tr("I forgot that password: use the &recovery key"), this))
    , m_password(passwordEdit(this, u"restorePassword"_s))
    , m_key(new QLineEdit(this))
    , m_new(passwordEdit(this, u"restoreNewPassword"_s))
    , m_error(errorLabel(this, u"dialogError"_s))
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore a backup"));
    m_preview->setObjectName(u"backupPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_user->setObjectName(u"restoreUser"_s);
    m_useRecoveryKey->setObjectName(u"restoreWithRecoveryKey"_s);
    m_key->setObjectName(u"restoreRecoveryKey"_s);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto inspected = auth::Backup::inspect(m_archivePath);
    if (inspected) {
        m_summary = *inspected;
        QStringList lines{tr("File: %1").arg(QDir::toNativeSeparators(m_archivePath)),
                          tr("Made on %1 by %2 (Taxbox %3)")
                              .arg(displayDateTime(inspected->createdAt), inspected->createdBy, inspected->appVersion),
                          tr("Enterprises in it: %1; every file checked intact.").arg(inspected->enterprises)};
        if (inspected->skipped > 0)
            lines.append(
                tr("Enterprises of that workspace not in it (the maker could not open them): %1.").arg(inspected->skipped));
        if (replacing)
            lines.append(tr("Restoring replaces everything in this workspace with the backup: what was entered after "
                            "%1 is lost unless it was synced. Invoice numbers of the backup are not used again; sync to "
                            "receive new ones.")
                             .arg(displayDateTime(inspected->createdAt)));
        m_preview->setText(lines.join(u'\n'));
        m_user->setText(inspected->createdBy);
    } else {
        m_preview->setText(inspected.error().message);
        m_preview->setStyleSheet(u"color: #b3261e;"_s);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Account in the backup:"), m_user);
    form->addRow(tr("Its &password then:"), m_password);
    form->addRow(QString(), m_useRecoveryKey);
    form->addRow(tr("Recovery &key:"), m_key);
    form->addRow(tr("&New password:"), m_new);
    const auto showKeyRows = [this, form](bool withKey) {
        form->setRowVisible(m_password, !withKey);
        form->setRowVisible(m_key, withKey);
        form->setRowVisible(m_new, withKey);
    };
    connect(m_useRecoveryKey, &QCheckBox::toggled, this, showKeyRows);
    showKeyRows(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_restore = buttons->button(QDialogButtonBox::Ok);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setText(replacing ? tr("&Replace this workspace") : tr("&Restore"));
    m_restore->setEnabled(m_summary.has_value());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearErrorOnEdit(m_error, {m_user, m_password, m_key, m_new});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_password->setFocus();
}

void RestoreBackupDialog::accept()
{
    if (!m_summary)
        return;
    if (m_user->text().trimmed().isEmpty()) {
        showFieldError(m_error, tr("Account in the backup: say whose password opens it."), m_user);
        return;
    }
    auth::RestoreCredentials credentials;
    credentials.userName = m_user->text().trimmed();
    const bool withKey = m_useRecoveryKey->isChecked();
    if (withKey) {
        credentials.recoveryKey = m_key->text().trimmed();
        credentials.newPassword = crypto::SecureBytes::fromUtf8(m_new->text());
        if (auto strong = auth::Workspace::checkNewPassword(credentials.newPassword); !strong) {
            showFieldError(m_error, tr("New password: at least %1 characters.").arg(auth::Workspace::kMinimumPasswordLength),
                           m_new);
            return;
        }
    } else {
        credentials.password = crypto::SecureBytes::fromUtf8(m_password->text());
    }
    Q_EMIT aboutToRestore();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = auth::Backup::restore(m_archivePath, m_target, credentials);
    std::optional<Result<std::unique_ptr<auth::Session>>> session;
    if (restored)
        session = m_target.login(credentials.userName, withKey ? credentials.newPassword : credentials.password);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        Q_EMIT restoreFailed();
        const QString field = restored.error().field;
        QLineEdit *at = field == u"recovery_key" ? m_key : field == u"user" ? m_user : withKey ? m_new : m_password;
        const QString label = at == m_key ? tr("Recovery key") : at == m_user ? tr("Account in the backup") : tr("Password");
        showFieldError(m_error, tr("%1: %2 Nothing was changed.").arg(label, restored.error().message), at);
        return;
    }
    m_password->clear();
    m_new->clear();
    if (session && *session)
        m_session = std::move(**session);
    QDialog::accept();
}

// ----------------------------------------------------------------------------------------------------
Result<void> saveRecoveryKey(const QString &path, const QString &recoveryKey, const QString &userName)
{
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QCoreApplication::translate("AccountDialogs", "Taxbox recovery key"));
        printRecoveryKey(writer, recoveryKey, userName);
        if (!QFileInfo(path).isFile())
            return fail(u"write_failed"_s, QCoreApplication::translate("AccountDialogs", "%1 could not be written.").arg(path));
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(u"write_failed"_s,
                    QCoreApplication::translate("AccountDialogs", "%1 could not be written: %2").arg(path, file.errorString()));
    file.write(recoveryKeyLines(recoveryKey, userName).join(u'\n').toUtf8() + '\n');
    if (!file.commit())
        return fail(u"write_failed"_s,
                    QCoreApplication::translate("AccountDialogs", "%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

void printRecoveryKey(QPagedPaintDevice &device, const QString &recoveryKey, const QString &userName)
{
    QPainter painter(&device);
    const QStringList lines = recoveryKeyLines(recoveryKey, userName);
    const QRect page = painter.viewport();
    const int margin = page.width() / 10;
    QFont text(u"Noto Sans CJK SC"_s);
    text.setPointSize(12);
    QFont key = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    key.setPointSize(16);
    int y = margin;
    for (int i = 0; i < lines.size(); ++i) {
        painter.setFont(i == 4 ? key : text);
        const QRect box(margin, y, page.width() - 2 * margin, page.height() - y - margin);
        // The key on two lines of groups, so it is read back as it was written.
        QString line = lines.at(i);
        if (i == 4) {
            const QStringList groups = line.split(u'-');
            line = groups.mid(0, 6).join(u'-') + u"-\n"_s + groups.mid(6).join(u'-');
        }
        const QRect used = painter.boundingRect(box, Qt::TextWordWrap, line.isEmpty() ? u" "_s : line);
        painter.drawText(box, Qt::TextWordWrap, line);
        y += used.height() + painter.fontMetrics().height() / 3;
    }
}

} // namespace taxbox::ui
