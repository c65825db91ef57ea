#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace taxbox::ui {

class BackupScheduler;

/// Security and backup settings: auto-lock after idle minutes; the automatic backup folder and
/// interval; "back up now" and the last good backup.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(BackupScheduler &backups, QWidget *parent = nullptr);

    /// Minutes without input before the app locks; 0 never. Setting "security/auto_lock_minutes".
    [[nodiscard]] static int autoLockMinutes();
    static constexpr int kDefaultAutoLockMinutes = 10;

    void accept() override;
    void backUpNow();

private:
    void showLastBackup();

    BackupScheduler &m_backups;
    QSpinBox *m_autoLock;
    QLineEdit *m_folder;
    QComboBox *m_interval;
    QLabel *m_lastBackup;
};

} // namespace taxbox::ui
