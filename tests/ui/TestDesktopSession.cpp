// Drives the desktop session life through real widgets under the offscreen platform: first run, login,
// enterprise switching, the enterprise page, auto-lock, backups, and kiosk visits.

#include "DesktopController.h"
#include "FindChild.h"
#include "MainWindow.h"
#include "auth/AccountDialogs.h"
#include "auth/FirstRunWizard.h"
#include "auth/LoginDialog.h"
#include "enterprise/EnterpriseForm.h"
#include "enterprise/EnterprisesPage.h"
#include "session/BackupScheduler.h"
#include "session/FileDialogs.h"
#include "session/FileHandoff.h"
#include "session/IdleWatcher.h"
#include "session/SettingsDialog.h"

#include "auth/Backup.h"
#include "auth/KioskAdmin.h"
#include "auth/LoginThrottle.h"
#include "auth/Settings.h"
#include "auth/Workspace.h"
#include "base/Translations.h"
#include "crypto/RecoveryKey.h"
#include "invoice/VerifyInvoicePage.h"
#include "square/SquarePage.h"
#include "sync/SyncPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocalSocket>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <future>

using namespace Qt::Literals::StringLiterals;
using taxbox::test::find;
using namespace taxbox;
using namespace taxbox::ui;

namespace {

const QString kCodeA = u"91350100M000100Y43"_s;
const QString kCodeB = u"91110108551385082Q"_s;

crypto::SecureBytes secret(const char *text)
{
    return crypto::SecureBytes::fromUtf8(QString::fromUtf8(text));
}

EnterpriseProfile profile(const QString &name, const QString &code)
{
    EnterpriseProfile p;
    p.name = name;
    p.creditCode = code;
    p.taxpayerKind = TaxpayerKind::General;
    p.region = u"350100"_s;
    return p;
}

/// Types `text` into `line` as keystrokes; QTest cannot synthesise CJK keys, so those are inserted
/// the way an input method commits them.
void type(QLineEdit *line, const QString &text)
{
    line->clear();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(line, text);
    else
        line->insert(text);
}

/// Every file below `directory` contains none of `needles`.
bool containsAnyOf(const QString &directory, const QList<QByteArray> &needles)
{
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                return true;
        }
    }
    return false;
}

} // namespace

class TestDesktopSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aKioskVisitEndedBySigtermLeavesNothing();
    void initTestCase();
    void init();
    void cleanup();

    void firstRunCreatesAccountShowsRecoveryKeyOnceAndFirstEnterprise();
    void loginRefusesWrongPasswordThenOpensEveryEnterprise();
    void switchingEnterpriseNeedsNoPassword();
    void enterprisesPageAddsEditsAndArchives();
    void viewerCannotEditInThePage();
    void idleTimeLocksAndClearsTheWindow();
    void inputKeepsTheSessionOpen();
    void backupNowWritesAVerifiedBackupAndShowsIt();
    void kioskVisitLeavesNothingForTheNext();
    void aSecondWorkspaceStartsWithNoneOfTheFirstsSettings();
    void onlyTheAdministratorClosesAKiosk();
    void wrongPasswordsShowTheBackOffAndTheRecoveryKeyOpens();
    void settingsChangeThePasswordAndRestoreWithAPreview();
    void firstRunRestoresABackupOnANewComputer();
    void kioskFileDialogsStayInTheAllowedFolder();
    void aFileOpenedFromTheDesktopIsShownAfterSignIn();
    void aLaterStartHandsItsFileToTheRunningTaxbox();
    void aLaterStartWithoutAFileBringsTheRunningTaxboxForward();

private:
    /// A workspace with one account ("王会计" / "correct horse") and the given enterprises, made with a
    /// cheap KDF (the cost is stored with the account, so logins in the test are fast too).
    void makeWorkspace(const QList<EnterpriseProfile> &enterprises);
    std::unique_ptr<DesktopController> controller(bool kiosk = false);
    void login(DesktopController &desktop, const QString &password = u"correct horse"_s);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QString m_recoveryKey;
    std::unique_ptr<Translations> m_translations;
};

void TestDesktopSession::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"TaxboxTest"_s);
    QCoreApplication::setApplicationName(u"TestDesktopSession"_s);
    // Closing the last window must not end the test's event loop.
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestDesktopSession::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"workspace"_s);
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->install(Language::English));
    FileDialogs::setAllowedFolder({});
}

void TestDesktopSession::cleanup()
{
    m_translations.reset();
    m_dir.reset();
}

void TestDesktopSession::makeWorkspace(const QList<EnterpriseProfile> &enterprises)
{
    auth::Workspace workspace(m_workspace);
    workspace.setKdfCost(1 << 10);
    auto created = workspace.initialize(u"王会计"_s, secret("correct horse"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_recoveryKey = created->recoveryKey;
    for (const EnterpriseProfile &enterprise : enterprises)
        QVERIFY(created->session->createEnterprise(enterprise));
}

std::unique_ptr<DesktopController> TestDesktopSession::controller(bool kiosk)
{
    DesktopController::Options options;
    options.workspaceDirectory = m_workspace;
    options.kiosk = kiosk;
    options.kioskRoot = m_dir->filePath(u"kiosk"_s);
    options.kioskAdminFile = m_dir->filePath(u"config/kiosk-admin.json"_s); // none set unless a test sets it
    return std::make_unique<DesktopController>(*m_translations, options);
}

void TestDesktopSession::login(DesktopController &desktop, const QString &password)
{
    LoginDialog *dialog = desktop.loginDialog();
    QVERIFY(dialog);
    type(find<QLineEdit>(dialog, u"loginPassword"_s), password);
    QTest::mouseClick(find<QPushButton>(dialog, u"unlockButton"_s), Qt::LeftButton);
}

void TestDesktopSession::firstRunCreatesAccountShowsRecoveryKeyOnceAndFirstEnterprise()
{
    auto desktop = controller();
    QVERIFY(desktop->start());
    FirstRunWizard *wizard = desktop->firstRunWizard();
    QVERIFY(wizard);
    QVERIFY(!desktop->loginDialog());

    // A weak password is refused on the page; no workspace is made.
    type(find<QLineEdit>(wizard, u"accountUser"_s), u"王会计"_s);
    type(find<QLineEdit>(wizard, u"accountPassword"_s), u"short"_s);
    type(find<QLineEdit>(wizard, u"accountConfirm"_s), u"short"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::AccountPage));
    QVERIFY(find<QLabel>(wizard, u"accountError"_s)->text().contains(u"8"_s));
    QVERIFY(!auth::Workspace(m_workspace).exists());

    // Mismatched repeat: refused as well.
    type(find<QLineEdit>(wizard, u"accountPassword"_s), u"correct horse"_s);
    type(find<QLineEdit>(wizard, u"accountConfirm"_s), u"correct horsf"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::AccountPage));
    QVERIFY(find<QLabel>(wizard, u"accountError"_s)->text().contains(u"differ"_s));

    type(find<QLineEdit>(wizard, u"accountConfirm"_s), u"correct horse"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::RecoveryKeyPage));
    QVERIFY(auth::Workspace(m_workspace).exists());

    // The recovery key is on screen, valid, and the wizard will not go on until "saved it" is ticked.
    const QString shown = find<QLabel>(wizard, u"recoveryKey"_s)->text().remove(u'\n');
    QCOMPARE(shown, wizard->recoveryKey());
    QVERIFY(crypto::RecoveryKey::parse(shown));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    // Cancelling here asks whether the key was saved; "go back" keeps the wizard (and the key) on screen.
    QString asked;
    wizard->setLeaveConfirmation([&asked](QMessageBox &question) {
        asked = question.text();
        for (QAbstractButton *button : question.buttons()) {
            if (button->text().contains(u"Go back"_s))
                button->click();
        }
    });
    wizard->reject();
    QVERIFY(asked.contains(u"never shown again"_s));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::RecoveryKeyPage));
    // Saved to a file (text here; PDF for printing): the key and what it is for.
    const QString keyFile = m_dir->filePath(u"recovery-key.txt"_s);
    QVERIFY(wizard->saveRecoveryKeyTo(keyFile));
    QFile saved(keyFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString savedText = QString::fromUtf8(saved.readAll());
    QVERIFY(savedText.contains(wizard->recoveryKey()) && savedText.contains(u"王会计"_s));
    QVERIFY(wizard->saveRecoveryKeyTo(m_dir->filePath(u"recovery-key.pdf"_s)));
    QVERIFY(QFileInfo(m_dir->filePath(u"recovery-key.pdf"_s)).size() > 500);
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled());
    find<QCheckBox>(wizard, u"recoverySaved"_s)->setChecked(true);
    QVERIFY(next->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::EnterprisePage));

    // A bad credit code is named on the form; the corrected one finishes.
    type(find<QLineEdit>(wizard, u"field_name"_s), u"福州闽江贸易有限公司"_s);
    type(find<QLineEdit>(wizard, u"field_credit_code"_s), u"91350100M000100Y53"_s);
    type(find<QLineEdit>(wizard, u"field_region"_s), u"350100"_s);
    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    wizard->accept();
    QVERIFY(find<QLabel>(wizard, u"enterpriseError"_s)->isVisible());
    QVERIFY(find<QLineEdit>(wizard, u"field_credit_code"_s)->styleSheet().contains(u"border"_s));
    QCOMPARE(unlocked.size(), 0);
    type(find<QLineEdit>(wizard, u"field_credit_code"_s), kCodeA);
    wizard->accept();
    QTRY_COMPARE(unlocked.size(), 1);

    QVERIFY(desktop->session());
    QVERIFY(desktop->window()->isVisible());
    auto *switcher = find<QComboBox>(desktop->window(), u"enterpriseSwitcher"_s);
    QCOMPARE(switcher->count(), 1);
    QCOMPARE(switcher->currentText(), u"福州闽江贸易有限公司"_s);
    QCOMPARE(find<QLabel>(desktop->window(), u"userLabel"_s)->text(), u"王会计"_s);
}

void TestDesktopSession::loginRefusesWrongPasswordThenOpensEveryEnterprise()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA), profile(u"北京朝阳科技有限公司"_s, kCodeB)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    QVERIFY(!desktop->firstRunWizard());
    LoginDialog *dialog = desktop->loginDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(find<QComboBox>(dialog, u"loginUser"_s)->currentText(), u"王会计"_s);

    login(*desktop, u"wrong password"_s);
    auto *error = find<QLabel>(dialog, u"loginError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The user name or password is wrong."_s);
    QVERIFY(!desktop->session());
    QVERIFY(find<QLineEdit>(dialog, u"loginPassword"_s)->text().isEmpty());

    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    login(*desktop);
    QTRY_COMPARE(unlocked.size(), 1);
    QVERIFY(desktop->session());
    auto *switcher = find<QComboBox>(desktop->window(), u"enterpriseSwitcher"_s);
    QCOMPARE(switcher->count(), 2);
    // Sorted by name.
    QStringList names{switcher->itemText(0), switcher->itemText(1)};
    QCOMPARE(names, (QStringList{u"北京朝阳科技有限公司"_s, u"福州闽江贸易有限公司"_s}));
}

void TestDesktopSession::switchingEnterpriseNeedsNoPassword()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA), profile(u"北京朝阳科技有限公司"_s, kCodeB)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    login(*desktop);
    QTRY_VERIFY(desktop->session());
    MainWindow *window = desktop->window();
    auto *switcher = find<QComboBox>(window, u"enterpriseSwitcher"_s);
    QSignalSpy changed(window, &MainWindow::currentEnterpriseChanged);
    const QString before = window->currentEnterpriseId();
    switcher->setCurrentIndex(switcher->currentIndex() == 0 ? 1 : 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(window->currentEnterpriseId() != before);
    QVERIFY(!desktop->loginDialog());
    // The enterprise is opened with the key already unlocked at login.
    auto store = desktop->session()->openEnterprise(window->currentEnterpriseId());
    QVERIFY(store);
    QCOMPARE((*store)->profile()->name, switcher->currentText());
    // The choice is remembered for the next start, as this account's own (sealed, not in the machine's settings).
    QVERIFY(!QSettings().contains(u"session/current_enterprise"_s));
    QCOMPARE(auth::AccountSettings::load(*desktop->session())->value(u"current_enterprise"_s).toString(),
             window->currentEnterpriseId());
    const QString chosen = window->currentEnterpriseId();
    desktop->lock();
    login(*desktop);
    QTRY_VERIFY(desktop->session());
    QCOMPARE(window->currentEnterpriseId(), chosen);
}

void TestDesktopSession::enterprisesPageAddsEditsAndArchives()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    login(*desktop);
    QTRY_VERIFY(desktop->session());
    MainWindow *window = desktop->window();
    EnterprisesPage *page = window->enterprisesPage();
    window->showTool(page);
    auto *table = find<QTableWidget>(page, u"enterpriseTable"_s);
    QCOMPARE(table->rowCount(), 1);

    // Add: a duplicate credit code keeps the dialog open with the reason; a new one is added.
    EnterpriseDialog *dialog = page->addEnterprise();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(dialog, u"field_name"_s));
    type(find<QLineEdit>(dialog, u"field_name"_s), u"北京朝阳科技有限公司"_s);
    type(find<QLineEdit>(dialog, u"field_credit_code"_s), kCodeA.toLower());
    type(find<QLineEdit>(dialog, u"field_region"_s), u"110105"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"saveEnterprise"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(find<QLabel>(dialog, u"enterpriseError"_s)->text().contains(kCodeA));
    QCOMPARE(table->rowCount(), 1);
    type(find<QLineEdit>(dialog, u"field_credit_code"_s), kCodeB);
    QSignalSpy changed(page, &EnterprisesPage::enterprisesChanged);
    QTest::mouseClick(find<QPushButton>(dialog, u"saveEnterprise"_s), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(find<QComboBox>(window, u"enterpriseSwitcher"_s)->count(), 2);

    // Edit the first row's phone.
    table->selectRow(0);
    const QString name = table->item(0, 0)->text();
    EnterpriseDialog *edit = page->editSelected();
    QVERIFY(edit);
    QCOMPARE(find<QLineEdit>(edit, u"field_name"_s)->text(), name);
    type(find<QLineEdit>(edit, u"field_phone"_s), u"0591-87654321"_s);
    QTest::mouseClick(find<QPushButton>(edit, u"saveEnterprise"_s), Qt::LeftButton);
    auto found = desktop->session()->findEnterprise(table->item(0, 1)->text());
    QVERIFY(found);
    QCOMPARE(found->profile.phone, u"0591-87654321"_s);

    // Archive: gone from the list and the switcher; "show archived" brings it back for restoring.
    table->selectRow(0);
    QTest::mouseClick(find<QPushButton>(page, u"archiveEnterprise"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(find<QComboBox>(window, u"enterpriseSwitcher"_s)->count(), 1);
    find<QCheckBox>(page, u"showArchived"_s)->setChecked(true);
    QCOMPARE(table->rowCount(), 2);
    int archivedRow = table->item(0, 4)->text() == u"Archived"_s ? 0 : 1;
    table->selectRow(archivedRow);
    QVERIFY(!find<QPushButton>(page, u"editEnterprise"_s)->isEnabled());
    QCOMPARE(find<QPushButton>(page, u"archiveEnterprise"_s)->text(), u"&Restore"_s);
    QTest::mouseClick(find<QPushButton>(page, u"archiveEnterprise"_s), Qt::LeftButton);
    QCOMPARE(find<QComboBox>(window, u"enterpriseSwitcher"_s)->count(), 2);
}

void TestDesktopSession::viewerCannotEditInThePage()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    {
        auto session = auth::Workspace(m_workspace).login(u"王会计"_s, secret("correct horse"));
        QVERIFY(session);
        QVERIFY((*session)->addUser(u"小李"_s, secret("viewer password")));
        auto enterprise = (*session)->findEnterprise(kCodeA);
        QVERIFY((*session)->grant(enterprise->id, u"小李"_s, Role::Viewer));
    }
    auto desktop = controller();
    QVERIFY(desktop->start());
    find<QComboBox>(desktop->loginDialog(), u"loginUser"_s)->setCurrentText(u"小李"_s);
    login(*desktop, u"viewer password"_s);
    QTRY_VERIFY(desktop->session());
    EnterprisesPage *page = desktop->window()->enterprisesPage();
    auto *table = find<QTableWidget>(page, u"enterpriseTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 3)->text(), u"Viewer"_s);
    table->selectRow(0);
    QVERIFY(!find<QPushButton>(page, u"editEnterprise"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(page, u"archiveEnterprise"_s)->isEnabled());
    QVERIFY(!page->editSelected());
}

void TestDesktopSession::idleTimeLocksAndClearsTheWindow()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    auth::WorkspaceSettings(m_workspace).setValue(u"security/auto_lock_minutes"_s, 5);
    auto desktop = controller();
    QVERIFY(desktop->start());
    login(*desktop);
    QTRY_VERIFY(desktop->session());
    QCOMPARE(desktop->idleWatcher()->timeout(), std::chrono::minutes(5));
    MainWindow *window = desktop->window();
    window->showTool(window->enterprisesPage());
    QCOMPARE(find<QTableWidget>(window, u"enterpriseTable"_s)->rowCount(), 1);

    QSignalSpy locked(desktop.get(), &DesktopController::locked);
    desktop->idleWatcher()->setTimeout(std::chrono::milliseconds(50));
    QTRY_COMPARE(locked.size(), 1);
    QVERIFY(!desktop->session());
    QCOMPARE(find<QTableWidget>(window, u"enterpriseTable"_s)->rowCount(), 0);
    QVERIFY(!find<QComboBox>(window, u"enterpriseSwitcher"_s)->isVisible());
    QVERIFY(!window->centralWidget()->isVisible());
    LoginDialog *dialog = desktop->loginDialog();
    QVERIFY(dialog);
    QCOMPARE(find<QLabel>(dialog, u"loginReason"_s)->text(), u"Locked after 5 min without use."_s);

    // Unlocking brings the session back.
    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    login(*desktop);
    QTRY_COMPARE(unlocked.size(), 1);
    QVERIFY(window->centralWidget()->isVisible());
    QCOMPARE(find<QComboBox>(window, u"enterpriseSwitcher"_s)->currentText(), u"福州闽江贸易有限公司"_s);

    // File > Lock (Ctrl+L) locks at once.
    auto *lockAction = window->findChild<QAction *>(u"lockAction"_s);
    QVERIFY(lockAction);
    QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    QCOMPARE(locked.size(), 2);
    QVERIFY(!desktop->session());
}

void TestDesktopSession::inputKeepsTheSessionOpen()
{
    makeWorkspace({});
    auto desktop = controller();
    QVERIFY(desktop->start());
    login(*desktop);
    QTRY_VERIFY(desktop->session());
    QSignalSpy locked(desktop.get(), &DesktopController::locked);
    desktop->idleWatcher()->setTimeout(std::chrono::milliseconds(400));
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::keyClick(desktop->window(), Qt::Key_Shift);
    }
    QCOMPARE(locked.size(), 0);
    QTRY_COMPARE(locked.size(), 1);
}

void TestDesktopSession::backupNowWritesAVerifiedBackupAndShowsIt()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    login(*desktop);
    QTRY_VERIFY(desktop->session());
    QCOMPARE(find<QLabel>(desktop->window(), u"backupStatus"_s)->text(), u"No backup yet"_s);

    SettingsDialog *settings = desktop->showSettings();
    QVERIFY(settings);
    const QString folder = m_dir->filePath(u"backups"_s);
    type(find<QLineEdit>(settings, u"backupFolder"_s), folder);
    auto *interval = find<QComboBox>(settings, u"backupInterval"_s);
    interval->setCurrentIndex(interval->findData(24));
    find<QSpinBox>(settings, u"autoLockMinutes"_s)->setValue(15);
    QTest::mouseClick(find<QPushButton>(settings, u"backUpNow"_s), Qt::LeftButton);
    const QStringList files = QDir(folder).entryList({u"taxbox-backup-*.zip"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(find<QLabel>(settings, u"lastBackup"_s)->text().contains(files.constFirst()));
    QVERIFY(find<QLabel>(desktop->window(), u"backupStatus"_s)->text().startsWith(u"Last good backup: "_s));
    QVERIFY(auth::Backup::inspect(QDir(folder).filePath(files.constFirst())));
    settings->accept();
    QCOMPARE(SettingsDialog::autoLockMinutes(m_workspace), 15);
    QCOMPARE(desktop->idleWatcher()->timeout(), std::chrono::minutes(15));

    // The scheduler: not due again within the day, due after it.
    BackupScheduler *scheduler = desktop->backups();
    const QDateTime last = scheduler->lastGoodBackup();
    scheduler->runIfDue(last.addSecs(3600));
    QCOMPARE(scheduler->lastGoodBackup(), last);
    QTest::qWait(1100); // backup file names carry the second
    scheduler->runIfDue(last.addSecs(25 * 3600));
    QVERIFY(scheduler->lastGoodBackup() > last);
    QCOMPARE(QDir(folder).entryList({u"taxbox-backup-*.zip"_s}, QDir::Files).size(), 2);

    // Locked: nothing runs.
    desktop->lock();
    const QDateTime lockedAt = scheduler->lastGoodBackup();
    scheduler->runIfDue(lockedAt.addSecs(48 * 3600));
    QCOMPARE(scheduler->lastGoodBackup(), lockedAt);
}

void TestDesktopSession::aSecondWorkspaceStartsWithNoneOfTheFirstsSettings()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA), profile(u"北京朝阳科技有限公司"_s, kCodeB)});
    {
        auto desktop = controller();
        QVERIFY(desktop->start());
        login(*desktop);
        QTRY_VERIFY(desktop->session());
        SettingsDialog *settings = desktop->showSettings();
        type(find<QLineEdit>(settings, u"backupFolder"_s), m_dir->filePath(u"backups"_s));
        find<QSpinBox>(settings, u"autoLockMinutes"_s)->setValue(3);
        QTest::mouseClick(find<QPushButton>(settings, u"backUpNow"_s), Qt::LeftButton);
        settings->accept();
        auto *server = find<QLineEdit>(desktop->window()->syncPage(), u"syncServer"_s);
        type(server, u"https://tax.example.cn"_s);
        Q_EMIT server->editingFinished();
        auto *account = find<QLineEdit>(desktop->window()->syncPage(), u"syncAccount"_s);
        type(account, u"wang@firm"_s);
        Q_EMIT account->editingFinished();
        QVERIFY(find<QLabel>(desktop->window(), u"backupStatus"_s)->text().startsWith(u"Last good backup: "_s));
        // What is personal is sealed: the files hold neither the server nor the account in clear.
        QFile sealed(auth::AccountSettings::pathOf(*desktop->session()));
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        const QByteArray bytes = sealed.readAll();
        QVERIFY(!bytes.contains("tax.example.cn") && !bytes.contains("wang@firm"));
        // The same account in the same workspace gets them back after locking.
        desktop->lock();
        login(*desktop);
        QTRY_VERIFY(desktop->session());
        QCOMPARE(find<QLineEdit>(desktop->window()->syncPage(), u"syncServer"_s)->text(), u"https://tax.example.cn"_s);
    }

    // Another workspace on the same computer: no backup date, no server, no account, the default auto-lock.
    m_workspace = m_dir->filePath(u"second"_s);
    makeWorkspace({profile(u"北京朝阳科技有限公司"_s, kCodeB)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    QCOMPARE(find<QLabel>(desktop->window(), u"backupStatus"_s)->text(), u"No backup yet"_s);
    login(*desktop);
    QTRY_VERIFY(desktop->session());
    QCOMPARE(find<QLabel>(desktop->window(), u"backupStatus"_s)->text(), u"No backup yet"_s);
    QCOMPARE(find<QLineEdit>(desktop->window()->syncPage(), u"syncServer"_s)->text(), QString());
    QCOMPARE(find<QLineEdit>(desktop->window()->syncPage(), u"syncAccount"_s)->text(), QString());
    QCOMPARE(desktop->idleWatcher()->timeout(), std::chrono::minutes(SettingsDialog::kDefaultAutoLockMinutes));
    SettingsDialog *settings = desktop->showSettings();
    QCOMPARE(find<QLineEdit>(settings, u"backupFolder"_s)->text(), QString());
    settings->reject();
}

void TestDesktopSession::wrongPasswordsShowTheBackOffAndTheRecoveryKeyOpens()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    LoginDialog *dialog = desktop->loginDialog();
    auto *attempts = find<QLabel>(dialog, u"loginAttempts"_s);
    QVERIFY(!attempts->isVisible());
    for (int i = 0; i <= auth::LoginThrottle::kFreeAttempts; ++i)
        login(*desktop, u"wrong password"_s);
    // The count and the wait are shown; Unlock waits with them and comes back by itself.
    QVERIFY2(attempts->text().contains(u"Wrong passwords in a row: 4"_s), qPrintable(attempts->text()));
    QVERIFY2(attempts->text().contains(u"next try is possible in"_s), qPrintable(attempts->text()));
    QVERIFY(!find<QPushButton>(dialog, u"unlockButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(dialog, u"unlockButton"_s)->isEnabled(), 5000);

    // 忘记密码？ The recovery key and a new password open the account (every enterprise, as before).
    QTest::mouseClick(find<QPushButton>(dialog, u"forgotPassword"_s), Qt::LeftButton);
    auto *recover = dialog->findChild<RecoverPasswordDialog *>();
    QVERIFY(recover && recover->isVisible());
    type(find<QLineEdit>(recover, u"recoveryKeyInput"_s), u"AAAAA-BBBBB"_s);
    type(find<QLineEdit>(recover, u"recoverNewPassword"_s), u"new horse staple"_s);
    type(find<QLineEdit>(recover, u"recoverRepeatPassword"_s), u"new horse staple"_s);
    QTest::mouseClick(find<QPushButton>(recover, u"recoverButton"_s), Qt::LeftButton);
    QVERIFY(recover->isVisible());
    QVERIFY2(find<QLabel>(recover, u"dialogError"_s)->text().startsWith(u"Recovery key"_s),
             qPrintable(find<QLabel>(recover, u"dialogError"_s)->text()));
    type(find<QLineEdit>(recover, u"recoveryKeyInput"_s), m_recoveryKey);
    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    QTest::mouseClick(find<QPushButton>(recover, u"recoverButton"_s), Qt::LeftButton);
    QTRY_COMPARE(unlocked.size(), 1);
    QCOMPARE(find<QComboBox>(desktop->window(), u"enterpriseSwitcher"_s)->count(), 1);
    desktop->lock();
    login(*desktop, u"new horse staple"_s);
    QTRY_VERIFY(desktop->session());
}

void TestDesktopSession::settingsChangeThePasswordAndRestoreWithAPreview()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    login(*desktop);
    QTRY_VERIFY(desktop->session());

    // 修改密码: the current password again; a wrong one is named.
    SettingsDialog *settings = desktop->showSettings();
    ChangePasswordDialog *change = settings->changePassword();
    QVERIFY(change);
    type(find<QLineEdit>(change, u"currentPassword"_s), u"not it at all"_s);
    type(find<QLineEdit>(change, u"newPassword"_s), u"battery staple"_s);
    type(find<QLineEdit>(change, u"repeatNewPassword"_s), u"battery staple"_s);
    QTest::mouseClick(find<QPushButton>(change, u"changePasswordButton"_s), Qt::LeftButton);
    QVERIFY(change->isVisible());
    QVERIFY(find<QLabel>(change, u"dialogError"_s)->text().startsWith(u"Current password"_s));
    type(find<QLineEdit>(change, u"currentPassword"_s), u"correct horse"_s);
    QTest::mouseClick(find<QPushButton>(change, u"changePasswordButton"_s), Qt::LeftButton);
    QVERIFY(!change->isVisible());

    // A backup, then an enterprise added after it.
    type(find<QLineEdit>(settings, u"backupFolder"_s), m_dir->filePath(u"backups"_s));
    QTest::mouseClick(find<QPushButton>(settings, u"backUpNow"_s), Qt::LeftButton);
    settings->accept();
    const QString backup = desktop->backups()->lastGoodFile();
    QVERIFY(QFileInfo(backup).isFile());
    QVERIFY(desktop->session()->createEnterprise(profile(u"北京朝阳科技有限公司"_s, kCodeB)));

    // 从备份恢复: what it holds first; the wrong password changes nothing; the right one replaces and unlocks.
    RestoreBackupDialog *restore = desktop->restoreBackup(backup);
    QVERIFY(restore);
    const QString preview = find<QLabel>(restore, u"backupPreview"_s)->text();
    QVERIFY2(preview.contains(u"Enterprises in it: 1"_s) && preview.contains(u"王会计"_s) && preview.contains(u"replaces"_s),
             qPrintable(preview));
    type(find<QLineEdit>(restore, u"restorePassword"_s), u"correct horse"_s); // the old one: not the backup's
    QTest::mouseClick(find<QPushButton>(restore, u"restoreButton"_s), Qt::LeftButton);
    QVERIFY(restore->isVisible());
    QVERIFY(find<QLabel>(restore, u"dialogError"_s)->text().contains(u"Nothing was changed"_s));
    QVERIFY(desktop->session()->openEnterprise(desktop->window()->currentEnterpriseId())); // still working
    type(find<QLineEdit>(restore, u"restorePassword"_s), u"battery staple"_s);
    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    QTest::mouseClick(find<QPushButton>(restore, u"restoreButton"_s), Qt::LeftButton);
    QTRY_COMPARE(unlocked.size(), 1);
    QCOMPARE(find<QComboBox>(desktop->window(), u"enterpriseSwitcher"_s)->count(), 1); // as the backup was
    // This computer's settings of the workspace survive the restore.
    QCOMPARE(desktop->backups()->folder(), m_dir->filePath(u"backups"_s));
}

void TestDesktopSession::firstRunRestoresABackupOnANewComputer()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    const QString backup = m_dir->filePath(u"old-pc.zip"_s);
    {
        auto session = auth::Workspace(m_workspace).login(u"王会计"_s, secret("correct horse"));
        QVERIFY(session);
        QVERIFY(auth::Backup::create(**session, backup));
    }
    m_workspace = m_dir->filePath(u"new-pc"_s);
    auto desktop = controller();
    QVERIFY(desktop->start());
    FirstRunWizard *wizard = desktop->firstRunWizard();
    QVERIFY(wizard);
    QVERIFY(find<QPushButton>(wizard, u"restoreInstead"_s)->isVisible());
    RestoreBackupDialog *restore = wizard->restoreFrom(backup);
    QVERIFY(find<QLabel>(restore, u"backupPreview"_s)->text().contains(u"Enterprises in it: 1"_s));
    QCOMPARE(find<QLineEdit>(restore, u"restoreUser"_s)->text(), u"王会计"_s);
    // Forgot that password too: the recovery key and a new password.
    find<QCheckBox>(restore, u"restoreWithRecoveryKey"_s)->setChecked(true);
    type(find<QLineEdit>(restore, u"restoreRecoveryKey"_s), m_recoveryKey);
    type(find<QLineEdit>(restore, u"restoreNewPassword"_s), u"brand new horse"_s);
    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    QTest::mouseClick(find<QPushButton>(restore, u"restoreButton"_s), Qt::LeftButton);
    QTRY_COMPARE(unlocked.size(), 1);
    QCOMPARE(find<QComboBox>(desktop->window(), u"enterpriseSwitcher"_s)->currentText(), u"福州闽江贸易有限公司"_s);
    QVERIFY(auth::Workspace(m_workspace).login(u"王会计"_s, secret("brand new horse")));
}

void TestDesktopSession::onlyTheAdministratorClosesAKiosk()
{
    auth::KioskAdmin admin(m_dir->filePath(u"config/kiosk-admin.json"_s));
    admin.setKdfCost(1 << 10);
    QVERIFY(admin.setPassword(secret("hall admin 2026")));
    QCOMPARE(admin.setPassword(secret("short")).error().field, u"password"_s);
    auto desktop = controller(true);
    QVERIFY(desktop->start());
    MainWindow *window = desktop->window();
    // 文件 ▸ 退出 (Ctrl+Q) asks too.
    auto *quitAction = window->findChild<QAction *>(u"quitAction"_s);
    QVERIFY(quitAction);
    QCOMPARE(quitAction->shortcut(), QKeySequence(QKeySequence::Quit));
    quitAction->trigger();
    QVERIFY(window->isVisible());
    auto *quit = window->findChild<QDialog *>(u"kioskQuitDialog"_s);
    QVERIFY(quit && quit->isVisible());
    type(find<QLineEdit>(quit, u"adminPassword"_s), u"visitor guess"_s);
    QTest::mouseClick(find<QPushButton>(quit, u"adminQuit"_s), Qt::LeftButton);
    QVERIFY(find<QLabel>(quit, u"adminError"_s)->text().contains(u"wrong"_s));
    QVERIFY(window->isVisible());
    type(find<QLineEdit>(quit, u"adminPassword"_s), u"hall admin 2026"_s);
    QTest::mouseClick(find<QPushButton>(quit, u"adminQuit"_s), Qt::LeftButton);
    QVERIFY(!quit->isVisible());
    window->close(); // now allowed
    QVERIFY(!window->isVisible());
}

void TestDesktopSession::kioskVisitLeavesNothingForTheNext()
{
    auto desktop = controller(true);
    QVERIFY(desktop->start());
    MainWindow *window = desktop->window();
    QVERIFY(window->isFullScreen());
    QVERIFY(!window->findChild<QAction *>(u"securityAction"_s)->isVisible());
    QVERIFY(!desktop->showSettings());
    const QString firstVisit = desktop->visitDirectory();
    QVERIFY(QDir(firstVisit).exists());
    // No sync in a kiosk: a server address typed by one visitor would stay for the next.
    QVERIFY(window->findChild<QWidget *>(u"tile_SyncPage"_s)->isHidden());
    QVERIFY(window->findChild<QWidget *>(u"tile_InvoicePage"_s)->isHidden());
    QVERIFY(window->findChild<QWidget *>(u"tile_ReceivedInvoicesPage"_s)->isHidden()); // an enterprise's books
    QVERIFY(!window->findChild<QWidget *>(u"tile_VerifyInvoicePage"_s)->isHidden());
    QVERIFY(window->findChild<QWidget *>(u"syncIndicator"_s)->isHidden());
    QVERIFY(firstVisit.startsWith(m_dir->filePath(u"kiosk"_s)));

    // The visitor adds an enterprise through the page and copies something.
    EnterpriseDialog *dialog = window->enterprisesPage()->addEnterprise();
    QVERIFY(dialog);
    type(find<QLineEdit>(dialog, u"field_name"_s), u"访客测试有限公司"_s);
    type(find<QLineEdit>(dialog, u"field_credit_code"_s), kCodeA);
    type(find<QLineEdit>(dialog, u"field_region"_s), u"350100"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"saveEnterprise"_s), Qt::LeftButton);
    QCOMPARE(find<QComboBox>(window, u"enterpriseSwitcher"_s)->currentText(), u"访客测试有限公司"_s);
    QGuiApplication::clipboard()->setText(kCodeA);

    // Switching the language during a visit is not remembered for the next visitor.
    auto *english = window->findChild<QAction *>(u"language_en"_s);
    QVERIFY(english);
    english->trigger();
    QVERIFY(!QSettings().contains(u"ui/language"_s));

    // 结束使用并清除 asks first: "keep working" keeps everything.
    QString asked;
    desktop->setKioskConfirmation([&asked](QMessageBox &question) {
        asked = question.text();
        for (QAbstractButton *button : question.buttons()) {
            if (button->text().contains(u"Keep working"_s))
                button->click();
        }
    });
    QTest::mouseClick(find<QToolButton>(window, u"lockButton"_s), Qt::LeftButton);
    QVERIFY(asked.contains(u"Erase everything of this visit"_s));
    QVERIFY(QDir(firstVisit).exists());
    // "End visit", confirmed: the folder is gone, the next visitor starts empty, nothing of the first remains.
    desktop->setKioskConfirmation([](QMessageBox &question) {
        for (QAbstractButton *button : question.buttons()) {
            if (button->text().contains(u"Erase and end"_s))
                button->click();
        }
    });
    QTest::mouseClick(find<QToolButton>(window, u"lockButton"_s), Qt::LeftButton);
    QVERIFY(!QDir(firstVisit).exists());
    const QString secondVisit = desktop->visitDirectory();
    QVERIFY(secondVisit != firstVisit);
    QVERIFY(desktop->session());
    QCOMPARE(desktop->session()->enterprises()->size(), 0);
    QCOMPARE(find<QTableWidget>(window, u"enterpriseTable"_s)->rowCount(), 0);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!containsAnyOf(m_dir->filePath(u"kiosk"_s), {kCodeA.toUtf8(), u"访客测试"_s.toUtf8()}));

    // Before idle ends the visit, the last seconds are counted down on screen; any input goes on.
    auto *countdown = find<QLabel>(window, u"idleCountdown"_s);
    desktop->idleWatcher()->setWarning(std::chrono::seconds(2));
    desktop->idleWatcher()->setTimeout(std::chrono::milliseconds(2300));
    QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 3000);
    QVERIFY2(countdown->text().contains(u"2 s"_s), qPrintable(countdown->text()));
    QTest::keyClick(window, Qt::Key_Shift);
    QVERIFY(!countdown->isVisible());
    QVERIFY(QDir(secondVisit).exists());
    desktop->idleWatcher()->setWarning(std::chrono::seconds(0));

    // Idle ends the visit too.
    QSignalSpy locked(desktop.get(), &DesktopController::locked);
    desktop->idleWatcher()->setTimeout(std::chrono::milliseconds(50));
    QTRY_COMPARE(locked.size(), 1);
    QVERIFY(!QDir(secondVisit).exists());
    QVERIFY(QDir(desktop->visitDirectory()).exists());

    // A visitor cannot quit: closing the window (or Ctrl+Q) asks for the administrator's password.
    window->close();
    QVERIFY(window->isVisible());
    auto *quit = window->findChild<QDialog *>(u"kioskQuitDialog"_s);
    QVERIFY(quit && quit->isVisible());
    type(find<QLineEdit>(quit, u"adminPassword"_s), u"visitor guess"_s);
    QTest::mouseClick(find<QPushButton>(quit, u"adminQuit"_s), Qt::LeftButton);
    QVERIFY(quit->isVisible()); // none is set in this test's configuration: refused, with the reason
    QVERIFY(find<QLabel>(quit, u"adminError"_s)->text().contains(u"administrator"_s));
    quit->reject();
    QVERIFY(window->isVisible());

    // Quitting (the administrator, or the session ending) wipes the last visit.
    const QString last = desktop->visitDirectory();
    desktop.reset();
    QVERIFY(!QDir(last).exists());
}

void TestDesktopSession::kioskFileDialogsStayInTheAllowedFolder()
{
    const QString allowed = m_dir->filePath(u"allowed"_s);
    QVERIFY(QDir().mkpath(allowed + u"/sub"_s));
    FileDialogs::setAllowedFolder(allowed);
    QVERIFY(FileDialogs::isAllowed(allowed + u"/sub/file.pdf"_s));
    QVERIFY(FileDialogs::isAllowed(allowed + u"/new.xlsx"_s));
    QVERIFY(!FileDialogs::isAllowed(allowed + u"/../escape.pdf"_s));
    QVERIFY(!FileDialogs::isAllowed(u"/etc/passwd"_s));
    QVERIFY(!FileDialogs::isAllowed(allowed + u"-sibling/file"_s));
    // A symbolic link inside pointing outside does not open the way out.
    QVERIFY(QFile::link(QDir::rootPath(), allowed + u"/root-link"_s));
    QVERIFY(!FileDialogs::isAllowed(allowed + u"/root-link/etc"_s));

    std::unique_ptr<QFileDialog> dialog(FileDialogs::create(nullptr, u"Save"_s, QDir::rootPath()));
    QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
    QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(), QFileInfo(allowed).canonicalFilePath());
    dialog->show();
    dialog->setDirectory(QDir::rootPath());
    Q_EMIT dialog->directoryEntered(QDir::rootPath());
    QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(), QFileInfo(allowed).canonicalFilePath());

    FileDialogs::setAllowedFolder({});
    QVERIFY(FileDialogs::isAllowed(u"/etc/passwd"_s));
}

void TestDesktopSession::aKioskVisitEndedBySigtermLeavesNothing()
{
#ifdef Q_OS_UNIX
    // The real program in kiosk mode; log-out or shutdown send it SIGTERM. The visit's folder must be
    // gone when it has exited, not only at the next start.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcess desktop;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    desktop.setProcessEnvironment(environment);
    desktop.start(QStringLiteral(TAXBOX_DESKTOP), {u"--kiosk"_s, u"--lang"_s, u"zh_CN"_s});
    QVERIFY(desktop.waitForStarted(10000));
    const QDir root(QDir(runtime.path()).filePath(u"taxbox-kiosk"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!root.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), 20000);
    desktop.terminate(); // SIGTERM
    QVERIFY(desktop.waitForFinished(20000));
    QCOMPARE(desktop.exitStatus(), QProcess::NormalExit);
    QVERIFY2(root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
             qPrintable(root.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_s)));
#else
    QSKIP("SIGTERM is a Unix signal");
#endif
}

QTEST_MAIN(TestDesktopSession)
#include "TestDesktopSession.moc"

namespace {

/// The visible message box named `name`, if one is open.
QMessageBox *openMessageBox(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->objectName() == name && box->isVisible())
            return box;
    }
    return nullptr;
}

/// Hands `path` from another thread, as a second Taxbox process does, while this thread's event loop answers.
bool handFromAnotherStart(const QString &workspace, const QString &path)
{
    auto handed = std::async(std::launch::async, [=] { return FileHandoff::handToRunning(workspace, path, 5000); });
    while (handed.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
        QCoreApplication::processEvents();
    return handed.get();
}

/// What a second Taxbox started without a file does, from another thread while this thread's event loop answers.
bool startAgainWithoutAFile(const QString &workspace)
{
    auto forward = std::async(std::launch::async, [=] { return FileHandoff::bringRunningForward(workspace, 5000); });
    while (forward.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
        QCoreApplication::processEvents();
    return forward.get();
}

} // namespace

void TestDesktopSession::aFileOpenedFromTheDesktopIsShownAfterSignIn()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    DesktopController::Options options;
    options.workspaceDirectory = m_workspace;
    options.openFile = QStringLiteral(TAXBOX_SOURCE_DIR "/tests/data/invoices/shudianpiao-genuine-gd-2024.xml");
    DesktopController desktop(*m_translations, options);
    QVERIFY(desktop.start());
    // Nothing of it is shown before someone signs in.
    auto *verdict = find<QLabel>(desktop.window()->verifyInvoicePage(), u"verdict"_s);
    QVERIFY(verdict->text().isEmpty());
    QSignalSpy unlocked(&desktop, &DesktopController::unlocked);
    login(desktop);
    QTRY_COMPARE(unlocked.size(), 1);
    // Then the supplier's invoice is verified in 查验发票, in front.
    QCOMPARE(desktop.window()->currentPage(), desktop.window()->verifyInvoicePage());
    QVERIFY2(verdict->text().contains(u"can be checked here"_s), qPrintable(verdict->text()));
    QVERIFY(
        find<QLabel>(desktop.window()->verifyInvoicePage(), u"verifiedInvoice"_s)->text().contains(u"24442000000036916313"_s));

    // A file of a kind Taxbox does not open is named in a message, and nothing else changes.
    const QString text = m_dir->filePath(u"notes.txt"_s);
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not an invoice");
    notes.close();
    desktop.openFile(text);
    QMessageBox *box = openMessageBox(u"openFileError"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"notes.txt"_s) && box->text().contains(u".tbx"_s), qPrintable(box->text()));
    QCOMPARE(desktop.window()->currentPage(), desktop.window()->verifyInvoicePage());
    box->close();
    desktop.openFile(m_dir->filePath(u"gone.xml"_s));
    box = openMessageBox(u"openFileError"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"does not exist"_s), qPrintable(box->text()));
    box->close();
}

void TestDesktopSession::aLaterStartHandsItsFileToTheRunningTaxbox()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    QVERIFY(desktop->fileHandoff()->isListening());
    // Another workspace has no Taxbox running: a start there opens its own window.
    QVERIFY(!FileHandoff::handToRunning(m_dir->filePath(u"other-workspace"_s), m_dir->filePath(u"x.tbx"_s), 500));

    // A package double-clicked while the sign-in shows: taken, and shown in the app square once signed in.
    const QString package = m_dir->filePath(u"房产税.tbx"_s);
    QFile broken(package);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("PK\x03\x04 this is no zip");
    broken.close();
    QSignalSpy handed(desktop->fileHandoff(), &FileHandoff::fileHanded);
    QVERIFY(handFromAnotherStart(m_workspace, package));
    QCOMPARE(handed.size(), 1);
    QCOMPARE(handed.at(0).at(0).toString(), QFileInfo(package).absoluteFilePath());
    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    login(*desktop);
    QTRY_COMPARE(unlocked.size(), 1);
    QCOMPARE(desktop->window()->currentPage(), desktop->window()->squarePage());
    // The square refuses it with its reason; nothing was installed.
    auto *error = find<QLabel>(desktop->window()->squarePage(), u"squareError"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), qPrintable(error->text()));
    QVERIFY(!QDir(QDir(m_workspace).filePath(u"plugins"_s)).exists() || QDir(QDir(m_workspace).filePath(u"plugins"_s)).isEmpty());

    // Signed in, an invoice handed over is verified at once.
    QVERIFY(handFromAnotherStart(m_workspace, QStringLiteral(TAXBOX_SOURCE_DIR "/tests/data/invoices/taxbox-1-blue.xml")));
    QCOMPARE(desktop->window()->currentPage(), desktop->window()->verifyInvoicePage());
    QVERIFY(!find<QLabel>(desktop->window()->verifyInvoicePage(), u"verdict"_s)->text().isEmpty());

    // Hostile peers: more than a path's worth without a line end is cut off; a relative path opens nothing.
    handed.clear();
    const QString channel = FileHandoff::channelName(m_workspace);
    const auto peer = [&](QByteArray bytes) {
        auto sent = std::async(std::launch::async, [channel, bytes] {
            QLocalSocket socket;
            socket.connectToServer(channel);
            if (!socket.waitForConnected(2000))
                return false;
            socket.write(bytes);
            socket.waitForBytesWritten(2000);
            // True once the running Taxbox has hung up on it.
            return socket.state() == QLocalSocket::UnconnectedState || socket.waitForDisconnected(7000);
        });
        while (sent.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
            QCoreApplication::processEvents();
        return sent.get();
    };
    QVERIFY(peer(QByteArray(3 * FileHandoff::kMaxMessageBytes, 'a')));
    QVERIFY(peer("relative/invoice.xml\n"));
    QVERIFY(!FileHandoff::handToRunning(m_workspace, QString(FileHandoff::kMaxMessageBytes, u'a'), 1000)); // not sent
    QCOMPARE(handed.size(), 0);
    QCOMPARE(desktop->window()->currentPage(), desktop->window()->verifyInvoicePage());

    // The channel closes with the Taxbox that listened; the next start takes it over.
    desktop.reset();
    auto next = controller();
    QVERIFY(next->start());
    QVERIFY(next->fileHandoff()->isListening());
}

void TestDesktopSession::aLaterStartWithoutAFileBringsTheRunningTaxboxForward()
{
    makeWorkspace({profile(u"福州闽江贸易有限公司"_s, kCodeA)});
    auto desktop = controller();
    QVERIFY(desktop->start());
    QSignalSpy forward(desktop->fileHandoff(), &FileHandoff::broughtForward);
    QSignalSpy handed(desktop->fileHandoff(), &FileHandoff::fileHanded);
    // Locked: the sign-in is what comes forward.
    LoginDialog *dialog = desktop->loginDialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->showMinimized();
    QVERIFY(dialog->isMinimized());
    QVERIFY(startAgainWithoutAFile(m_workspace));
    QCOMPARE(forward.size(), 1);
    QTRY_VERIFY(!dialog->isMinimized());
    QVERIFY(dialog->isVisible());
    // Signed in and minimised: the main window comes back, on the page it was on; no file is opened.
    QSignalSpy unlocked(desktop.get(), &DesktopController::unlocked);
    login(*desktop);
    QTRY_COMPARE(unlocked.size(), 1);
    QWidget *page = desktop->window()->currentPage();
    desktop->window()->showMinimized();
    QVERIFY(desktop->window()->isMinimized());
    QVERIFY(startAgainWithoutAFile(m_workspace));
    QCOMPARE(forward.size(), 2);
    QTRY_VERIFY(!desktop->window()->isMinimized());
    QCOMPARE(desktop->window()->currentPage(), page);
    QCOMPARE(handed.size(), 0);
    // Nobody on another workspace: a start there opens its own (at once, not after the time-out).
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!FileHandoff::bringRunningForward(m_dir->filePath(u"other-workspace"_s), 3000));
    QVERIFY(timer.elapsed() < 3000);
    // A path is never empty: handing "" is refused before anything is sent.
    QVERIFY(!FileHandoff::handToRunning(m_workspace, QString(), 500));
    QCOMPARE(forward.size(), 2);
}
