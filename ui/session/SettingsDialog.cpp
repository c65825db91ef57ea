#include "SettingsDialog.h"

#include "BackupScheduler.h"
#include "FileDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {
const QString kAutoLockKey = u"security/auto_lock_minutes"_s;
} // namespace

int SettingsDialog::autoLockMinutes()
{
    return QSettings().value(kAutoLockKey, kDefaultAutoLockMinutes).toInt();
}

SettingsDialog::SettingsDialog(BackupScheduler &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
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
    m_autoLock->setValue(autoLockMinutes());
    auto *security = new QGroupBox(tr("Security"), this);
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("&Lock after no use for:"), m_autoLock);

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
    m_lastBackup->setText(last.isValid()
                              ? tr("Last good backup: %1\n%2")
                                    .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat), m_backups.lastGoodFile())
                              : tr("No backup yet."));
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
    QSettings().setValue(kAutoLockKey, m_autoLock->value());
    m_backups.configure(m_folder->text().trimmed(), m_interval->currentData().toInt());
    QDialog::accept();
}

} // namespace taxbox::ui
