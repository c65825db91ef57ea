#pragma once

#include "base/Result.h"
#include "base/Translations.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace taxbox::auth {
class Session;
}

namespace taxbox::ui {

class TravellerRefundPage;

class AboutDialog;
class PluginPage;
class EnterprisesPage;
class SquarePage;
class VerifyInvoicePage;
class SyncPage;
class ToolPage;
class ToolTile;

/// The application window: a toolbox home with one tile per capability, the capability pages, menus
/// and a status bar. The language can be switched live; every widget retranslates itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `translations` must outlive the window; the language menu switches it and saves the choice.
    explicit MainWindow(Translations &translations, QWidget *parent = nullptr);

    /// Opens the About dialog (window-modal, non-blocking) and returns it.
    AboutDialog *showAbout();
    void showHome();
    void showTool(ToolPage *page);
    /// Opens a file Taxbox was started with or handed (a file association): a package (.tbx) is shown in the app
    /// square with what it asks for (installing stays the person's choice), an invoice (.xml, .ofd) is verified
    /// in 查验发票; each page shows what it found. An error when no page takes the file.
    Result<void> openFile(const QString &path);
    [[nodiscard]] VerifyInvoicePage *verifyInvoicePage() const { return m_verifyPage; }
    /// The page in front: the home or a tool.
    [[nodiscard]] QWidget *currentPage() const;

    [[nodiscard]] QList<ToolTile *> tiles() const { return m_tiles; }

    /// The signed-in session (not owned), or nullptr when locked: fills the enterprise switcher and
    /// the enterprise page; nullptr clears everything the session showed and returns to the home.
    void setSession(auth::Session *session);
    [[nodiscard]] auth::Session *session() const { return m_session; }
    /// The enterprise chosen in the switcher (its id), empty when none.
    [[nodiscard]] QString currentEnterpriseId() const;
    /// Kiosk mode: no settings, "End visit" instead of "Lock".
    void setKioskMode(bool kiosk);
    /// Kiosk mode: the plugins folder an administrator filled (taxbox-cli plugin install in an administrator's
    /// workspace) and the ids visitors may use; nothing else opens, and nothing is installed at a kiosk.
    void setKioskPlugins(const QString &root, const QStringList &allowList);
    /// Opens the installed plugins again (after a sign-in or a change in the square): one tile each on the home.
    void reloadPlugins();
    [[nodiscard]] QList<PluginPage *> pluginPages() const { return m_pluginPages; }
    [[nodiscard]] SquarePage *squarePage() const { return m_squarePage; }
    /// The status-bar note on the last good backup.
    void showLastBackup(const QDateTime &at);
    [[nodiscard]] EnterprisesPage *enterprisesPage() const { return m_enterprisesPage; }
    [[nodiscard]] SyncPage *syncPage() const { return m_syncPage; }
    /// The kiosk's idle countdown: a large banner over the page with the seconds left; 0 hides it.
    void showIdleCountdown(int secondsLeft);
    /// Kiosk mode: the window closes (and Taxbox quits) only after this, once an administrator confirmed.
    void allowClose() { m_closeAllowed = true; }
    /// The window's size, position and maximised state as the user left them (not in kiosk mode).
    void restoreWindowState();
    void saveWindowState() const;

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    void currentEnterpriseChanged(const QString &enterpriseId);
    /// Kiosk mode: someone asked to quit (文件 ▸ 退出, Ctrl+Q, closing the window); only an administrator may.
    void kioskQuitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addTool(ToolPage *page);
    void removePluginTools();
    void createMenus();
    void retranslateUi();
    void chooseLanguage(const QString &code);
    void refreshEnterprises();
    /// 办税日历 on the home page: across the account's enterprises, what is due this month, the days left,
    /// what is filed and what is late with the 滞纳金 so far.
    void refreshDue();
    void installRulePacksOf(const QString &enterpriseId);
    void updateBackupLabel();
    void retranslateLock();

    Translations &m_translations;
    QStackedWidget *m_stack;
    QWidget *m_home;
    QLabel *m_homeHeading;
    QLabel *m_homeSubheading;
    QGridLayout *m_toolGrid; ///< one tile per capability, in registration order
    QLabel *m_dueHeading = nullptr;
    QTableWidget *m_dueTable = nullptr;
    ToolPage *m_filingPage = nullptr;
    ToolPage *m_refundsPage = nullptr;
    SquarePage *m_squarePage = nullptr;
    VerifyInvoicePage *m_verifyPage = nullptr;
    TravellerRefundPage *m_travellerPage = nullptr;
    QToolButton *m_back;
    QLabel *m_versionLabel;
    QLabel *m_backupLabel;
    QLabel *m_syncLabel;
    SyncPage *m_syncPage = nullptr;
    ToolPage *m_invoicePage = nullptr;
    ToolPage *m_receivedPage = nullptr;
    QWidget *m_sessionBar;
    QLabel *m_userLabel;
    QComboBox *m_enterpriseSwitcher;
    QToolButton *m_lockButton;
    EnterprisesPage *m_enterprisesPage;
    auth::Session *m_session = nullptr;
    bool m_kiosk = false;
    bool m_closeAllowed = false;
    QLabel *m_countdown = nullptr;
    QDateTime m_lastBackup;
    QList<ToolPage *> m_pages;
    QList<ToolTile *> m_tiles;
    QList<PluginPage *> m_pluginPages;
    QString m_kioskPluginRoot;
    QStringList m_kioskAllowList;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_securityAction = nullptr;
    QAction *m_followSystemAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace taxbox::ui
