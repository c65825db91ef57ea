#include "SettingsDialog.h"

#include "BackupScheduler.h"

#include "FileDialogs.h"
#include "auth/AccountDialogs.h"
#include "auth/Settings.h"
#include "base/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {
const QString kAutoLockKey = u"security/auto_lock_minutes"_s;
} // namespace

int SettingsDialog::autoLockMinutes(const QString &workspaceDirectory)
{
    return auth::WorkspaceSettings(workspaceDirectory).value(kAutoLockKey, kDefaultAutoLockMinutes).toInt();
}

SettingsDialog::SettingsDialog(BackupScheduler &backups, auth::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_session(session)
    , m_autoLock(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_interval(new QComboBox(this))
    , m_lastBackup(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Security and backup"));

    m_autoLock->setObjectName(u"autoLockMinutes"_s);
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(autoLockMinutes(m_backups.workspaceDirectory()));
    auto *security = new QGroupBox(tr("Security"), this);
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("&Lock after no use for:"), m_autoLock);
    auto *changePassword = new QPushButton(tr("Change &password…"), this);
    changePassword->setObjectName(u"changePassword"_s);
    changePassword->setEnabled(m_session != nullptr);
    connect(changePassword, &QPushButton::clicked, this, [this] { this->changePassword(); });
    securityForm->addRow(QString(), changePassword);

    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setText(m_backups.folder());
    m_folder->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::existingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_interval->setObjectName(u"backupInterval"_s);
    m_interval->addItem(tr("Off"), 0);
    m_interval->addItem(tr("Every 4 hours"), 4);
    m_interval->addItem(tr("Daily"), 24);
    m_interval->addItem(tr("Weekly"), 24 * 7);
    const int index = m_interval->findData(m_backups.intervalHours());
    m_interval->setCurrentIndex(index >= 0 ? index : 2);
    auto *now = new QPushButton(tr("Back up &now"), this);
    now->setObjectName(u"backUpNow"_s);
    connect(now, &QPushButton::clicked, this, &SettingsDialog::backUpNow);
    m_lastBackup->setObjectName(u"lastBackup"_s);
    m_lastBackup->setWordWrap(true);
    auto *backup = new QGroupBox(tr("Automatic backup"), this);
    auto *backupForm = new QFormLayout(backup);
    auto *folderLabel = new QLabel(tr("&Folder:"), backup);
    folderLabel->setBuddy(m_folder); // a row holding a layout gets no buddy by itself
    backupForm->addRow(folderLabel, folderRow);
    backupForm->addRow(tr("&Interval:"), m_interval);
    backupForm->addRow(now, m_lastBackup);
    auto *restore = new QPushButton(tr("&Restore from a backup…"), this);
    restore->setObjectName(u"restoreBackup"_s);
    restore->setToolTip(tr("Shows what a backup holds before anything is replaced"));
    connect(restore, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Restore from a backup"),
                                                       m_backups.folder().isEmpty() ? QDir::homePath() : m_backups.folder(),
                                                       tr("Taxbox backups (*.zip)"));
        if (!path.isEmpty()) {
            reject();
            Q_EMIT restoreRequested(path);
        }
    });
    backupForm->addRow(QString(), restore);
    showLastBackup();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(security);
    layout->addWidget(backup);
    layout->addWidget(buttons);
}

void SettingsDialog::showLastBackup()
{
    const QDateTime last = m_backups.lastGoodBackup();
    m_lastBackup->setText(last.isValid() ? tr("Last good backup: %1\n%2").arg(displayDateTime(last), m_backups.lastGoodFile())
                                         : tr("No backup yet."));
}

ChangePasswordDialog *SettingsDialog::changePassword()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new ChangePasswordDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_lastBackup->setText(tr("The password was changed.")); });
    dialog->open();
    return dialog;
}

void SettingsDialog::backUpNow()
{
    m_backups.configure(m_folder->text().trimmed(), m_interval->currentData().toInt());
    auto written = m_backups.backupNow();
    if (!written) {
        m_lastBackup->setText(written.error().message);
        return;
    }
    showLastBackup();
}

void SettingsDialog::accept()
{
    auth::WorkspaceSettings(m_backups.workspaceDirectory()).setValue(kAutoLockKey, m_autoLock->value());
    m_backups.configure(m_folder->text().trimmed(), m_interval->currentData().toInt());
    QDialog::accept();
}

} // namespace taxbox::ui
