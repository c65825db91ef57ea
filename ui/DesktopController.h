#pragma once

#include "auth/KioskSession.h"
#include "auth/Workspace.h"
#include "base/Translations.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QDialog;
class QMessageBox;

namespace taxbox::ui {

class BackupScheduler;
class FileHandoff;
class FirstRunWizard;
class IdleWatcher;
class LoginDialog;
class MainWindow;
class SettingsDialog;
class RestoreBackupDialog;

/// Runs the desktop app's session life: first run, login, lock (on request or after idle time),
/// automatic backups; and in kiosk mode a throw-away visitor store wiped on "End visit" or idle.
class DesktopController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString workspaceDirectory; ///< the workspace (desktop mode)
        bool kiosk = false;
        QString kioskRoot; ///< where visitor stores live (kiosk mode)
        QString kioskFolder; ///< the only folder file dialogs may show; default: the visit's "files" folder
        int kioskIdleMinutes = 3;
        int kioskWarningSeconds = 30; ///< the visible countdown before an idle visit is wiped
        QString kioskAdminFile; ///< the administrator's password hash (default: auth::KioskAdmin::defaultPath())
        /// Kiosk: the plugins folder an administrator installed into; its kiosk-allow.json (a JSON array of ids) is
        /// the allow-list. Empty: no plugin at the kiosk.
        QString kioskPlugins;
        /// Desktop mode: a file to open once someone has signed in (taxbox FILE, a file association).
        QString openFile;
    };

    DesktopController(Translations &translations, Options options, QObject *parent = nullptr);
    ~DesktopController() override;

    /// Shows the first-run wizard, the login dialog, or (kiosk) a fresh visit. False if a kiosk visit
    /// cannot start.
    bool start();

    /// Opens a package or an invoice in the main window (MainWindow::openFile), raising it; while locked, once
    /// someone signs in. At a kiosk nothing from outside is opened.
    void openFile(const QString &path);
    /// A later start without a file: this Taxbox comes to the front — the main window, or the sign-in or first-run
    /// wizard when that is what shows, and a dialog open above them.
    void bringForward();
    /// Desktop mode: the channel through which later starts hand their files to this one.
    [[nodiscard]] FileHandoff *fileHandoff() const { return m_handoff; }

    void lock(const QString &reason = {});
    void endVisit();
    /// 结束使用并清除: asks first (a stray tap must not erase a visitor's work), then ends the visit.
    bool confirmEndVisit();
    /// Kiosk: someone wants to quit; only the administrator's password lets Taxbox close.
    QDialog *requestKioskQuit();
    /// For tests: answers the kiosk's questions instead of a person.
    void setKioskConfirmation(std::function<void(QMessageBox &)> answer) { m_kioskConfirmation = std::move(answer); }
    SettingsDialog *showSettings();
    /// 设置 ▸ 从备份恢复: what the backup at `path` holds, then (confirmed with its account's password or the
    /// recovery key) the workspace replaced and unlocked with the restored account.
    RestoreBackupDialog *restoreBackup(const QString &path);

    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] LoginDialog *loginDialog() const;
    [[nodiscard]] FirstRunWizard *firstRunWizard() const;
    [[nodiscard]] IdleWatcher *idleWatcher() const { return m_idle; }
    [[nodiscard]] BackupScheduler *backups() const { return m_backups; }
    [[nodiscard]] auth::Session *session() const;
    [[nodiscard]] QString visitDirectory() const { return m_visit ? m_visit->directory() : QString(); }

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    void showFirstRun();
    void showLogin(const QString &reason);
    void unlock(std::unique_ptr<auth::Session> session);
    bool startVisit();

    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    IdleWatcher *m_idle;
    BackupScheduler *m_backups;
    FileHandoff *m_handoff = nullptr;
    QString m_pendingFile;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<auth::KioskSession> m_visit;
    QPointer<LoginDialog> m_login;
    QPointer<FirstRunWizard> m_wizard;
    std::function<void(QMessageBox &)> m_kioskConfirmation;
};

} // namespace taxbox::ui
