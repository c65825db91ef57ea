// Drives the real main window under the offscreen platform.

#include "AboutDialog.h"
#include "AmountInWordsPage.h"
#include "LocalWorkspace.h"
#include "MainWindow.h"
#include "ToolTile.h"

#include "../core/PackageFixtures.h"
#include "base/Translations.h"
#include "square/PluginStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using taxbox::ui::MainWindow;
using taxbox::ui::ToolTile;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void titleNamesTheProduct();
    void homeShowsOneTilePerCapability();
    void clickingTheAmountTileOpensTheConverter();
    void typingAnAmountShowsItsWordsLive();
    void badAmountShowsTheRuleAndNoWords();
    void copyPutsTheWordsOnTheClipboard();
    void identifierCheckShowsVerdictAndDetails();
    void backButtonReturnsHome();
    void languageMenuSwitchesLiveAndIsRemembered();
    void aboutShowsLibraryVersions();
    void windowSizeAndStateAreRemembered();
    void advertisedShortcutsWork();
    void installedPluginsAreToolsOnTheHome();

private:
    ToolTile *tile(const QString &name) const { return m_window->findChild<ToolTile *>(name); }
    template<typename T> T *child(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"TaxboxTest"_s);
    QCoreApplication::setApplicationName(u"TestMainWindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->install(Language::English));
    m_window = std::make_unique<MainWindow>(*m_translations);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_translations.reset();
}

void TestMainWindow::titleNamesTheProduct()
{
    QCOMPARE(m_window->windowTitle(), u"Taxbox 便民办税工具箱"_s);
}

void TestMainWindow::homeShowsOneTilePerCapability()
{
    QCOMPARE(m_window->tiles().size(), 13);
    QCOMPARE(tile(u"tile_SquarePage"_s)->title(), u"App square"_s);
    QCOMPARE(tile(u"tile_RefundsPage"_s)->title(), u"Refunds"_s);
    QCOMPARE(tile(u"tile_TravellerRefundPage"_s)->title(), u"Departure tax refund for overseas travellers"_s);
    QCOMPARE(tile(u"tile_FilingPage"_s)->title(), u"Tax returns"_s);
    QCOMPARE(tile(u"tile_ReceivedInvoicesPage"_s)->title(), u"Received invoices"_s);
    QCOMPARE(tile(u"tile_InvoicePage"_s)->title(), u"Invoices"_s);
    QCOMPARE(tile(u"tile_VerifyInvoicePage"_s)->title(), u"Verify an invoice"_s);
    QCOMPARE(tile(u"tile_AmountInWordsPage"_s)->title(), u"Amount in words"_s);
    QCOMPARE(tile(u"tile_IdentifierCheckPage"_s)->title(), u"Identifier check"_s);
    QCOMPARE(tile(u"tile_EnterprisesPage"_s)->title(), u"Enterprises"_s);
    QCOMPARE(tile(u"tile_SyncPage"_s)->title(), u"Sync with the server"_s);
    // Without a session (locked) there is no enterprise to switch to and nothing to lock.
    QVERIFY(!child<QComboBox>(u"enterpriseSwitcher"_s)->isVisible());
    QVERIFY(!child<QToolButton>(u"lockButton"_s)->isVisible());
    QVERIFY(tile(u"tile_AmountInWordsPage"_s)->isVisible());
    QVERIFY(!child<QToolButton>(u"backToHome"_s)->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Ready"_s);
}

void TestMainWindow::clickingTheAmountTileOpensTheConverter()
{
    QTest::mouseClick(tile(u"tile_AmountInWordsPage"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(u"amountInput"_s)->isVisible());
    QVERIFY(!tile(u"tile_AmountInWordsPage"_s)->isVisible());
    QVERIFY(child<QToolButton>(u"backToHome"_s)->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"amountInput"_s));
}

void TestMainWindow::typingAnAmountShowsItsWordsLive()
{
    QTest::mouseClick(tile(u"tile_AmountInWordsPage"_s), Qt::LeftButton);
    auto *input = child<QLineEdit>(u"amountInput"_s);
    auto *words = child<QLabel>(u"amountWords"_s);
    QTest::keyClicks(input, u"107000.53"_s);
    QCOMPARE(words->text(), u"壹拾万柒仟元零伍角叁分"_s);
    auto *invoiceStyle = child<QCheckBox>(u"invoiceStyle"_s);
    QTest::mouseClick(invoiceStyle, Qt::LeftButton, {}, QPoint(6, invoiceStyle->height() / 2)); // on the indicator
    QVERIFY(invoiceStyle->isChecked());
    QCOMPARE(words->text(), u"壹拾万柒仟圆零伍角叁分"_s);
    QTest::keyClick(input, Qt::Key_Backspace);
    QCOMPARE(words->text(), u"壹拾万柒仟圆零伍角"_s);
}

void TestMainWindow::badAmountShowsTheRuleAndNoWords()
{
    QTest::mouseClick(tile(u"tile_AmountInWordsPage"_s), Qt::LeftButton);
    auto *input = child<QLineEdit>(u"amountInput"_s);
    QTest::keyClicks(input, u"1.234"_s);
    auto *error = child<QLabel>(u"amountError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"Amount"_s));
    QVERIFY(error->text().contains(u"at most 2 digits"_s));
    QVERIFY(child<QLabel>(u"amountWords"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(u"copyWords"_s)->isEnabled());
    QTest::keyClick(input, Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
    QCOMPARE(child<QLabel>(u"amountWords"_s)->text(), u"壹元贰角叁分"_s);
}

void TestMainWindow::copyPutsTheWordsOnTheClipboard()
{
    QTest::mouseClick(tile(u"tile_AmountInWordsPage"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(u"amountInput"_s), u"1409.50"_s);
    QTest::mouseClick(child<QPushButton>(u"copyWords"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"壹仟肆佰零玖元伍角"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"壹仟肆佰零玖元伍角"_s));
}

void TestMainWindow::identifierCheckShowsVerdictAndDetails()
{
    QTest::mouseClick(tile(u"tile_IdentifierCheckPage"_s), Qt::LeftButton);
    auto *input = child<QLineEdit>(u"codeInput"_s);
    auto *verdict = child<QLabel>(u"codeVerdict"_s);
    QTest::keyClicks(input, u"11010519491231002X"_s);
    QVERIFY2(verdict->text().startsWith(u"✓"_s), qPrintable(verdict->text()));
    QCOMPARE(child<QLabel>(u"detail_birth_date"_s)->text(), u"31 Dec 1949"_s); // dates as the interface reads them
    QCOMPARE(child<QLabel>(u"detail_sex"_s)->text(), u"Female"_s);
    QCOMPARE(child<QLabel>(u"detail_region_code"_s)->text(), u"110105 (北京市)"_s); // the region by name

    input->clear();
    QTest::keyClicks(input, u"91350100M000100Y44"_s);
    QVERIFY(verdict->text().startsWith(u"✗"_s));
    QVERIFY(verdict->text().contains(u"require \"3\""_s));
    QVERIFY(!child<QWidget>(u"codeDetails"_s)->isVisible());

    // Forcing a kind checks as that kind.
    input->clear();
    QTest::keyClicks(input, u"91350100M000100Y43"_s);
    QVERIFY(verdict->text().startsWith(u"✓"_s));
    // The authority and category by name (GB 32100), not as raw code characters.
    QCOMPARE(child<QLabel>(u"detail_registration_authority"_s)->text(), u"Market regulation (工商)"_s);
    QCOMPARE(child<QLabel>(u"detail_organization_category"_s)->text(), u"Enterprise (企业)"_s);
    QCOMPARE(child<QLabel>(u"detail_region_code"_s)->text(), u"350100 (福建省)"_s);
    auto *kind = child<QComboBox>(u"codeKind"_s);
    kind->setCurrentIndex(kind->findData(u"resident_id"_s));
    QVERIFY(verdict->text().startsWith(u"✗"_s));
}

void TestMainWindow::backButtonReturnsHome()
{
    QTest::mouseClick(tile(u"tile_IdentifierCheckPage"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(u"backToHome"_s), Qt::LeftButton);
    QVERIFY(tile(u"tile_IdentifierCheckPage"_s)->isVisible());
    QVERIFY(!child<QToolButton>(u"backToHome"_s)->isVisible());
}

void TestMainWindow::languageMenuSwitchesLiveAndIsRemembered()
{
    QTest::mouseClick(tile(u"tile_AmountInWordsPage"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(u"amountInput"_s), u"1.234"_s);

    // Qt posts QEvent::LanguageChange to the windows, so the new texts arrive with the event loop.
    child<QAction>(u"language_zh_CN"_s)->trigger();
    QCOMPARE(m_translations->current(), Language::SimplifiedChinese);
    QTRY_COMPARE(tile(u"tile_AmountInWordsPage"_s)->title(), u"金额大写"_s);
    QCOMPARE(tile(u"tile_IdentifierCheckPage"_s)->title(), u"证照号码校验"_s);
    auto *amountPage = m_window->findChild<ui::AmountInWordsPage *>();
    QCOMPARE(amountPage->findChild<QLabel *>(u"pageHeading"_s)->text(), u"金额大写"_s);
    // The error already on screen is re-worded in the new language.
    QVERIFY2(child<QLabel>(u"amountError"_s)->text().contains(u"精确到分"_s),
             qPrintable(child<QLabel>(u"amountError"_s)->text()));
    QCOMPARE(m_window->windowTitle(), u"Taxbox 便民办税工具箱"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);

    child<QAction>(u"language_en"_s)->trigger();
    QTRY_COMPARE(tile(u"tile_AmountInWordsPage"_s)->title(), u"Amount in words"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);

    child<QAction>(u"language_system"_s)->trigger(); // offscreen tests run with LANG=C
    QCOMPARE(m_translations->current(), Language::English);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), QString());
}

void TestMainWindow::aboutShowsLibraryVersions()
{
    child<QAction>(u"aboutAction"_s)->trigger();
    auto *dialog = m_window->findChild<ui::AboutDialog *>(u"aboutDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(QString::fromLatin1(qVersion())), qPrintable(all));
    QVERIFY(all.contains(u"SQLite"_s)); // "<cipher version> (SQLite x.y.z)": SQLCipher is linked
    QVERIFY(all.contains(u"OpenSSL 3"_s));
    QVERIFY(!all.contains(u"not available"_s));
    // The icon: in the About box, on the window, and in every size a desktop asks for.
    QVERIFY(!dialog->findChild<QLabel *>(u"aboutIcon"_s)->pixmap().isNull());
    QVERIFY(!m_window->windowIcon().isNull());
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QPixmap pixmap = m_window->windowIcon().pixmap(size);
        QCOMPARE(pixmap.width(), size);
        // Painted, not blank: the red square and the white glyph are both there.
        const QImage image = pixmap.toImage();
        bool red = false;
        bool white = false;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QColor c = image.pixelColor(x, y);
                red = red || (c.red() > 150 && c.green() < 80 && c.alpha() == 255);
                white = white || (c.red() > 230 && c.green() > 230 && c.blue() > 230 && c.alpha() == 255);
            }
        }
        QVERIFY2(red && white, qPrintable(QString::number(size)));
    }
    dialog->reject();
}

void TestMainWindow::windowSizeAndStateAreRemembered()
{
    m_window->resize(1010, 701);
    m_window->saveWindowState();
    MainWindow again(*m_translations);
    again.restoreWindowState();
    QCOMPARE(again.size(), QSize(1010, 701));
    // A kiosk is always full screen: nothing is restored into it.
    MainWindow kiosk(*m_translations);
    kiosk.setKioskMode(true);
    kiosk.restoreWindowState();
    QCOMPARE(kiosk.size(), QSize(980, 660));
}

void TestMainWindow::advertisedShortcutsWork()
{
    // Alt+Home, as the back button's tooltip promises, returns to the toolbox from a tool.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::mouseClick(tile(u"tile_IdentifierCheckPage"_s), Qt::LeftButton);
    QVERIFY(!tile(u"tile_IdentifierCheckPage"_s)->isVisible());
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())); // typing in the page's field
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home, Qt::AltModifier);
    QVERIFY(tile(u"tile_IdentifierCheckPage"_s)->isVisible());
    // Alt+Left, the platform's "back", too.
    QTest::mouseClick(tile(u"tile_IdentifierCheckPage"_s), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(tile(u"tile_IdentifierCheckPage"_s)->isVisible());
    // Ctrl+L locks, as 文件 ▸ 锁定 and the lock button's tooltip say (once someone is signed in).
    auto local = taxbox::test::createLocalWorkspace(m_settingsDir.filePath(u"ws"_s));
    m_window->setSession(local.session.get());
    QSignalSpy locked(m_window.get(), &MainWindow::lockRequested);
    QTest::mouseClick(tile(u"tile_IdentifierCheckPage"_s), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(locked.size(), 1);
    m_window->setSession(nullptr);
}

void TestMainWindow::installedPluginsAreToolsOnTheHome()
{
    // The first-party 房产税 plugin installed in the workspace (approved by a square this workspace pinned).
    auto local = taxbox::test::createLocalWorkspace(m_settingsDir.filePath(u"plugin-ws"_s));
    taxbox::testing::PackageFixture fixture{m_settingsDir.path()};
    QFile library(QStringLiteral(TAXBOX_PROPERTY_TAX_PLUGIN));
    QVERIFY(library.open(QIODevice::ReadOnly));
    const QMap<QString, QByteArray> files{{u"lib/property-tax.so"_s, library.readAll()},
                                          {u"rules/property-tax.json"_s, R"({"property": {}})"}};
    QJsonObject manifest = fixture.manifest(u"1.0.0"_s, files);
    manifest.insert(u"kind"_s, u"native"_s);
    manifest.insert(u"native"_s, QJsonObject{{taxbox::square::PackageManifest::currentPlatform(), u"lib/property-tax.so"_s}});
    const QString package = fixture.build(u"tool.tbx"_s, manifest, files);
    taxbox::square::PluginStore store(m_settingsDir.filePath(u"plugin-ws/plugins"_s));
    QVERIFY(store.pinSquare(u"https://tax.example.com"_s, *taxbox::crypto::Ed25519::publicKeyOf(fixture.square)));
    auto context = store.checkingContext();
    QVERIFY(store.install(package, {}, *context));

    m_window->setSession(local.session.get());
    QCOMPARE(m_window->tiles().size(), 14);
    QCOMPARE(m_window->pluginPages().size(), 1);
    QCOMPARE(tile(u"tile_plugin_cn.taxbox.property-tax"_s)->title(), u"Property tax"_s);
    QTest::mouseClick(tile(u"tile_plugin_cn.taxbox.property-tax"_s), Qt::LeftButton);
    QVERIFY(child<QPushButton>(u"calculate"_s)->isVisible());
    // Disabled in the square: its tool goes from the home at once.
    QVERIFY(store.setEnabled(u"cn.taxbox.property-tax"_s, false));
    m_window->reloadPlugins();
    QCOMPARE(m_window->tiles().size(), 13);
    QVERIFY(m_window->pluginPages().isEmpty());
    QVERIFY(!child<QToolButton>(u"backToHome"_s)->isVisible()); // its page was open: back on the home
    // A kiosk opens only what is on its allow-list (and nothing from a visitor's workspace).
    QVERIFY(store.setEnabled(u"cn.taxbox.property-tax"_s, true));
    m_window->setKioskMode(true);
    m_window->setKioskPlugins(m_settingsDir.filePath(u"plugin-ws/plugins"_s), {});
    m_window->reloadPlugins();
    QVERIFY(m_window->pluginPages().isEmpty());
    m_window->setKioskPlugins(m_settingsDir.filePath(u"plugin-ws/plugins"_s), {u"cn.taxbox.property-tax"_s});
    m_window->reloadPlugins();
    QCOMPARE(m_window->pluginPages().size(), 1);
    m_window->setSession(nullptr);
    QVERIFY(m_window->pluginPages().isEmpty());
    m_window->setKioskMode(false);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
