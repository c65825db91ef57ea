#include "DesktopController.h"

#include "AppIcon.h"
#include "ErrorLabel.h"
#include "MainWindow.h"
#include "auth/AccountDialogs.h"
#include "auth/FirstRunWizard.h"
#include "auth/KioskAdmin.h"
#include "auth/LoginDialog.h"
#include "session/BackupScheduler.h"
#include "session/FileDialogs.h"
#include "session/FileHandoff.h"
#include "session/IdleWatcher.h"
#include "session/SettingsDialog.h"
#include "square/PluginStore.h"
#include "sync/SyncPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

DesktopController::DesktopController(Translations &translations, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(std::make_unique<MainWindow>(translations))
    , m_idle(new IdleWatcher(this))
    , m_backups(new BackupScheduler(this))
{
    QApplication::setWindowIcon(appIcon()); // every window: the wizard, the login, dialogs, the taskbar
    m_window->setKioskMode(m_options.kiosk);
    if (m_options.kiosk && !m_options.kioskPlugins.isEmpty()) {
        // The allow-list sits with the plugins the administrator installed; a visitor can change neither.
        m_window->setKioskPlugins(m_options.kioskPlugins, square::PluginStore::kioskAllowList(m_options.kioskPlugins));
    }
    // A kiosk visit's workspace is new each time: before the first visit there is none to read.
    m_backups->setWorkspaceDirectory(m_options.kiosk ? QString() : m_options.workspaceDirectory);
    m_window->showLastBackup(m_backups->lastGoodBackup());
    connect(m_window.get(), &MainWindow::lockRequested, this, [this] {
        if (m_options.kiosk)
            confirmEndVisit();
        else
            lock();
    });
    connect(m_window.get(), &MainWindow::kioskQuitRequested, this, [this] { requestKioskQuit(); });
    if (m_options.kiosk) {
        // A hall PC is read standing, at arm's length: larger type everywhere, dialogs included.
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        QApplication::setFont(font);
        // The last seconds before an idle visit is wiped are counted down on screen.
        m_idle->setWarning(std::chrono::seconds(m_options.kioskWarningSeconds));
        connect(m_idle, &IdleWatcher::countdown, m_window.get(), &MainWindow::showIdleCountdown);
    }
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopController::showSettings);
    // The desktop session ends (log-out, shutdown: the session manager asks first) or the program is
    // told to quit (SIGTERM through TerminationSignals): a kiosk visit is wiped then, not at the next start.
    const auto wipeVisit = [this] {
        if (!m_visit)
            return;
        m_idle->stop();
        m_window->setSession(nullptr);
        m_visit->end();
        m_visit.reset();
        QGuiApplication::clipboard()->clear();
    };
    connect(qApp, &QGuiApplication::commitDataRequest, this, wipeVisit);
    connect(qApp, &QCoreApplication::aboutToQuit, this, wipeVisit);
    connect(m_backups, &BackupScheduler::lastGoodBackupChanged, m_window.get(),
            [this](const QDateTime &at) { m_window->showLastBackup(at); });
    connect(m_backups, &BackupScheduler::backupFailed, m_window.get(), [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message));
    });
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        if (m_options.kiosk) {
            endVisit();
        } else {
            lock(tr("Locked after %1 min without use.").arg(SettingsDialog::autoLockMinutes(m_backups->workspaceDirectory())));
        }
    });
}

DesktopController::~DesktopController()
{
    if (m_window && m_window->isVisible())
        m_window->saveWindowState();
    m_backups->setSession(nullptr);
    if (m_window)
        m_window->setSession(nullptr);
    if (m_visit)
        m_visit->end();
}

LoginDialog *DesktopController::loginDialog() const
{
    return m_login.data();
}

FirstRunWizard *DesktopController::firstRunWizard() const
{
    return m_wizard.data();
}

auth::Session *DesktopController::session() const
{
    if (m_visit)
        return &m_visit->session();
    return m_session.get();
}

bool DesktopController::start()
{
    if (m_options.kiosk) {
        m_window->showFullScreen();
        return startVisit();
    }
    // Files a later start is opened with come here (one Taxbox per workspace); this start's own file after sign-in.
    m_handoff = new FileHandoff(m_options.workspaceDirectory, this);
    m_handoff->listen();
    connect(m_handoff, &FileHandoff::fileHanded, this, &DesktopController::openFile);
    connect(m_handoff, &FileHandoff::broughtForward, this, &DesktopController::bringForward);
    m_pendingFile = m_options.openFile;
    auth::Workspace workspace(m_options.workspaceDirectory);
    workspace.finishInterruptedRestore();
    if (workspace.exists())
        showLogin({});
    else
        showFirstRun();
    return true;
}

void DesktopController::showFirstRun()
{
    m_wizard = new FirstRunWizard(auth::Workspace(m_options.workspaceDirectory));
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::finished, this, [this](int result) {
        auto session = m_wizard ? m_wizard->takeSession() : nullptr;
        m_wizard.clear();
        if (session) {
            unlock(std::move(session));
        } else if (result != QDialog::Accepted) {
            QApplication::quit();
        }
    });
    m_wizard->show();
}

void DesktopController::showLogin(const QString &reason)
{
    if (m_login)
        return;
    m_login = new LoginDialog(auth::Workspace(m_options.workspaceDirectory), m_window->isVisible() ? m_window.get() : nullptr);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setReason(reason);
    connect(m_login, &QDialog::finished, this, [this](int result) {
        LoginDialog *dialog = m_login;
        m_login.clear(); // deleted later (WA_DeleteOnClose); it is no longer "the" login dialog
        if (result == QDialog::Accepted && dialog) {
            crypto::SecureBytes password = dialog->takePassword();
            unlock(dialog->takeSession());
            // The unified login: the same credentials open the sync server's session when one is set up
            // and reachable; offline, the unlock above is all there is.
            if (m_window->syncPage())
                m_window->syncPage()->signIn(m_session->userName(), std::move(password));
        } else
            QApplication::quit();
    });
    m_login->open();
}

void DesktopController::unlock(std::unique_ptr<auth::Session> session)
{
    m_session = std::move(session);
    m_window->setSession(m_session.get());
    m_backups->setSession(m_session.get());
    m_idle->setTimeout(std::chrono::minutes(SettingsDialog::autoLockMinutes(m_backups->workspaceDirectory())));
    m_window->centralWidget()->setVisible(true);
    if (!m_window->isVisible())
        m_window->restoreWindowState();
    m_window->show();
    m_window->statusBar()->showMessage(tr("Welcome, %1.").arg(m_session->userName()), 5000);
    Q_EMIT unlocked();
    // A backup that fell due while the app was closed runs now.
    m_backups->runIfDue(QDateTime::currentDateTimeUtc());
    if (!m_pendingFile.isEmpty())
        openFile(std::exchange(m_pendingFile, QString()));
}

void DesktopController::openFile(const QString &path)
{
    if (m_options.kiosk || path.isEmpty())
        return;
    if (!m_session) {
        m_pendingFile = path; // opened after the sign-in
        bringForward();
        return;
    }
    bringForward();
    if (auto opened = m_window->openFile(path); !opened) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Taxbox"), opened.error().message, QMessageBox::Ok, m_window.get());
        box->setObjectName(u"openFileError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void DesktopController::bringForward()
{
    QWidget *front = m_window.get();
    if (!m_session && m_login)
        front = m_login;
    else if (!m_session && m_wizard)
        front = m_wizard;
    front->setWindowState((front->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    front->raise();
    front->activateWindow();
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != front) {
        modal->raise();
        modal->activateWindow();
    }
}

void DesktopController::lock(const QString &reason)
{
    if (m_options.kiosk || !m_session)
        return;
    m_idle->stop();
    m_backups->setSession(nullptr);
    m_window->setSession(nullptr);
    // Nothing of the session stays on screen behind the login dialog; dialogs of the session close.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != m_window.get() && widget->isVisible() && qobject_cast<QDialog *>(widget))
            widget->close();
    }
    m_window->centralWidget()->setVisible(false);
    m_session.reset(); // drops the private key and every enterprise data key (zeroed)
    Q_EMIT locked();
    showLogin(reason);
}

bool DesktopController::startVisit()
{
    auto visit
        = auth::KioskSession::start(m_options.kioskRoot.isEmpty() ? auth::KioskSession::defaultRoot() : m_options.kioskRoot);
    if (!visit) {
        QMessageBox::critical(m_window.get(), tr("Taxbox"), visit.error().message);
        return false;
    }
    m_visit = std::move(*visit);
    QString folder = m_options.kioskFolder;
    if (folder.isEmpty()) {
        folder = QDir(m_visit->directory()).filePath(u"files"_s);
        QDir().mkpath(folder);
    }
    FileDialogs::setAllowedFolder(folder);
    m_window->setSession(&m_visit->session());
    m_idle->setTimeout(std::chrono::minutes(m_options.kioskIdleMinutes));
    m_window->statusBar()->showMessage(tr("Welcome. Everything you enter is erased when you press \"End visit\" or leave."));
    Q_EMIT unlocked();
    return true;
}

void DesktopController::endVisit()
{
    if (!m_visit)
        return;
    m_idle->stop();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != m_window.get() && widget->isVisible() && qobject_cast<QDialog *>(widget))
            widget->close();
    }
    m_window->setSession(nullptr);
    m_visit->end();
    m_visit.reset();
    QGuiApplication::clipboard()->clear(); // nothing the visitor copied is left for the next one
    Q_EMIT locked();
    startVisit();
}

RestoreBackupDialog *DesktopController::restoreBackup(const QString &path)
{
    if (m_options.kiosk || !m_session)
        return nullptr;
    auto *dialog = new RestoreBackupDialog(auth::Workspace(m_options.workspaceDirectory), path, true, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The open stores are closed before their folder is swapped, and given back if the restore fails.
    connect(dialog, &RestoreBackupDialog::aboutToRestore, this, [this] {
        m_backups->setSession(nullptr);
        m_window->setSession(nullptr);
    });
    connect(dialog, &RestoreBackupDialog::restoreFailed, this, [this] {
        m_window->setSession(m_session.get());
        m_backups->setSession(m_session.get());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto restored = dialog->takeSession();
        m_session.reset(); // the keys of the replaced workspace
        if (restored) {
            unlock(std::move(restored));
            m_window->statusBar()->showMessage(tr("Restored. Sync to send what the backup holds and to receive new invoice "
                                                  "numbers."));
        } else {
            m_window->centralWidget()->setVisible(false);
            showLogin(tr("The backup was restored. Sign in with its account."));
        }
    });
    dialog->open();
    return dialog;
}

bool DesktopController::confirmEndVisit()
{
    if (!m_visit)
        return false;
    QMessageBox question(QMessageBox::Question, tr("End visit and erase"),
                         tr("Erase everything of this visit (enterprises, calculations, files saved here) and start "
                            "again for the next person?"),
                         QMessageBox::NoButton, m_window.get());
    QPushButton *erase = question.addButton(tr("&Erase and end"), QMessageBox::DestructiveRole);
    QPushButton *stay = question.addButton(tr("&Keep working"), QMessageBox::RejectRole);
    question.setDefaultButton(stay);
    if (m_kioskConfirmation)
        m_kioskConfirmation(question);
    else
        question.exec();
    if (question.clickedButton() != erase)
        return false;
    endVisit();
    return true;
}

QDialog *DesktopController::requestKioskQuit()
{
    if (!m_options.kiosk)
        return nullptr;
    auto *dialog = new QDialog(m_window.get());
    dialog->setObjectName(u"kioskQuitDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Close Taxbox"));
    auto *intro = new QLabel(tr("Only the hall's administrator can close Taxbox on this computer."), dialog);
    intro->setWordWrap(true);
    auto *password = new QLineEdit(dialog);
    password->setObjectName(u"adminPassword"_s);
    password->setEchoMode(QLineEdit::Password);
    QLabel *error = errorLabel(dialog, u"adminError"_s);
    connect(password, &QLineEdit::textEdited, error, &QWidget::hide);
    auto *form = new QFormLayout;
    form->addRow(tr("Administrator &password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"adminQuit"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close Taxbox"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, password, error] {
        const auth::KioskAdmin admin(m_options.kioskAdminFile.isEmpty() ? auth::KioskAdmin::defaultPath()
                                                                        : m_options.kioskAdminFile);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto verified = admin.verify(crypto::SecureBytes::fromUtf8(password->text()));
        QApplication::restoreOverrideCursor();
        password->clear();
        if (!verified || !*verified) {
            error->setText(!verified ? verified.error().message : tr("Administrator password: it is wrong."));
            error->show();
            password->setFocus();
            return;
        }
        dialog->accept();
        m_window->allowClose();
        QApplication::quit(); // the destructor wipes the visit
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}

SettingsDialog *DesktopController::showSettings()
{
    if (m_options.kiosk)
        return nullptr;
    auto *dialog = new SettingsDialog(*m_backups, m_session.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restoreRequested, this, [this](const QString &path) { restoreBackup(path); });
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_session)
            m_idle->setTimeout(std::chrono::minutes(SettingsDialog::autoLockMinutes(m_backups->workspaceDirectory())));
    });
    dialog->open();
    return dialog;
}

} // namespace taxbox::ui
