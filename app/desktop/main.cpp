// taxbox: the desktop application. Arguments and start-up only; everything else is in ui/ and core/.

#include "DesktopController.h"

#include "auth/KioskAdmin.h"
#include "auth/Workspace.h"
#include "refund/TravellerKiosk.h"
#include "refund/TravellerRefundPage.h"
#include "session/FileHandoff.h"

#include "base/ProcessGuard.h"
#include "base/Translations.h"
#include "base/Version.h"

#include <QApplication>

#include "plugins/PluginPages.h"
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>

#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    taxbox::hardenProcess(); // files 0600, no core dumps: before any secret is read
    // Web plugins (QtWebEngine): their scheme is registered and GL contexts shared before the application exists.
    taxbox::ui::registerPluginScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // Log-out, shutdown or kill -TERM end the event loop in order: the controller's destructor then
    // closes the stores and wipes a kiosk visit.
    const taxbox::TerminationSignals terminationSignals;
    QApplication::setApplicationName(QString::fromLatin1(taxbox::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(taxbox::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(taxbox::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Taxbox 便民办税工具箱"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(u"lang"_s, u"User-interface language: zh_CN or en (overrides the setting)."_s,
                                            u"code"_s);
    parser.addOption(languageOption);
    const QCommandLineOption workspaceOption(
        u"workspace"_s, u"The workspace folder (default: %1)."_s.arg(taxbox::auth::Workspace::defaultDirectory()), u"dir"_s);
    parser.addOption(workspaceOption);
    const QCommandLineOption kioskOption(u"kiosk"_s,
                                         u"Tax-hall self-service mode: full screen, a throw-away store per visitor."_s);
    parser.addOption(kioskOption);
    const QCommandLineOption kioskFolderOption(u"kiosk-folder"_s, u"In kiosk mode, the only folder file dialogs may show."_s,
                                               u"dir"_s);
    parser.addOption(kioskFolderOption);
    const QCommandLineOption kioskPluginsOption(
        u"kiosk-plugins"_s,
        u"In kiosk mode, the plugins folder an administrator installed into; only the ids in its kiosk-allow.json open. "
        "A traveller kiosk puts the content packs among them in force (the refund rules, the guide's wording)."_s,
        u"dir"_s);
    parser.addOption(kioskPluginsOption);
    const QCommandLineOption setAdminOption(
        u"kiosk-set-admin-password"_s,
        u"Sets the kiosk administrator's password (the only way to close a kiosk) from the environment variable "
        "TAXBOX_KIOSK_ADMIN_PASSWORD, never from the command line, and exits."_s);
    parser.addOption(setAdminOption);
    const QCommandLineOption travellerOption(
        u"traveller-kiosk"_s,
        u"The departure-refund tool alone, full screen, for overseas travellers (no account; nothing kept). "
        "The code is the language each visit starts in: zh_CN, zh_TW, en, ja, ko or ru."_s,
        u"code"_s);
    parser.addOption(travellerOption);
    const QCommandLineOption quitAfterStartOption(
        u"quit-after-start"_s, u"Open the first window, print its title and quit (a check that an installed Taxbox starts)."_s);
    parser.addOption(quitAfterStartOption);
    parser.addPositionalArgument(u"file"_s,
                                 u"A package (.tbx) to look at in the app square, or an invoice (.xml, .ofd) to verify; "
                                 "handed to the Taxbox already running on the workspace, if one is."_s,
                                 u"[file]"_s);
    parser.process(app);

    if (parser.isSet(setAdminOption)) {
        auto password = taxbox::takeSecretFromEnvironment("TAXBOX_KIOSK_ADMIN_PASSWORD");
        if (!password) {
            std::fprintf(stderr, "taxbox: set TAXBOX_KIOSK_ADMIN_PASSWORD to the new administrator password.\n");
            return 2;
        }
        taxbox::auth::KioskAdmin admin;
        if (auto set = admin.setPassword(*password); !set) {
            std::fprintf(stderr, "taxbox: %s\n", qPrintable(set.error().message));
            return 1;
        }
        std::fprintf(stdout, "taxbox: the kiosk administrator password is set (%s).\n", qPrintable(admin.path()));
        return 0;
    }

    std::optional<taxbox::Language> requested;
    if (parser.isSet(languageOption)) {
        requested = taxbox::parseLanguage(parser.value(languageOption));
        if (!requested) {
            std::fprintf(stderr, "taxbox: unknown language \"%s\"; use zh_CN or en.\n", qPrintable(parser.value(languageOption)));
            return 2;
        }
    }

    taxbox::Translations translations;
    const auto language = taxbox::resolveLanguage(requested, QSettings().value(u"ui/language"_s).toString(), QLocale::system());
    if (!translations.install(language))
        std::fprintf(stderr, "taxbox: the %s translation could not be loaded; continuing in English.\n",
                     qPrintable(taxbox::languageCode(language)));

    if (parser.isSet(travellerOption)) {
        taxbox::ui::TravellerKiosk::Options kioskOptions;
        kioskOptions.language = parser.value(travellerOption);
        if (!taxbox::ui::TravellerRefundPage::languages().contains(kioskOptions.language)) {
            std::fprintf(stderr, "taxbox: unknown traveller language \"%s\"; use zh_CN, zh_TW, en, ja, ko or ru.\n",
                         qPrintable(kioskOptions.language));
            return 2;
        }
        if (parser.isSet(kioskPluginsOption)) {
            // The administrator's content packs (newer refund rules, the guide's wording): said on standard error,
            // for the administrator; a traveller sees the guide they put in force.
            const auto applied = taxbox::ui::TravellerKiosk::putContentInForce(parser.value(kioskPluginsOption));
            for (auto it = applied.cbegin(); it != applied.cend(); ++it)
                std::fprintf(stderr, "taxbox: %s: %s\n", qPrintable(it.key()),
                             qPrintable(it.value() ? *it.value() : it.value().error().message));
            if (applied.isEmpty())
                std::fprintf(stderr, "taxbox: no content pack in %s is on its kiosk-allow.json.\n",
                             qPrintable(parser.value(kioskPluginsOption)));
        }
        taxbox::ui::TravellerKiosk kiosk(kioskOptions);
        kiosk.setGeometry(QGuiApplication::primaryScreen()->geometry()); // also without a window manager
        kiosk.showFullScreen();
        return QApplication::exec();
    }

    taxbox::ui::DesktopController::Options options;
    options.workspaceDirectory
        = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : taxbox::auth::Workspace::defaultDirectory();
    options.kiosk = parser.isSet(kioskOption);
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty()) {
        if (files.size() > 1) {
            std::fprintf(stderr, "taxbox: one file at a time.\n");
            return 2;
        }
        if (options.kiosk) {
            std::fprintf(stderr, "taxbox: a kiosk opens no file from outside.\n");
            return 2;
        }
        options.openFile = QFileInfo(files.constFirst()).absoluteFilePath();
        // Double-clicked while Taxbox is open: the running one shows it, this start ends.
        if (taxbox::ui::FileHandoff::handToRunning(options.workspaceDirectory, options.openFile)) {
            std::fprintf(stdout, "taxbox: %s is shown in the Taxbox already running.\n", qUtf8Printable(options.openFile));
            return 0;
        }
    } else if (!options.kiosk && !parser.isSet(quitAfterStartOption)
               && taxbox::ui::FileHandoff::bringRunningForward(options.workspaceDirectory, 1500)) {
        // Started again while Taxbox is open on the workspace: that one comes to the front, the stores are not
        // opened twice.
        std::fprintf(stdout, "taxbox: Taxbox is already open on this workspace; its window is brought forward.\n");
        return 0;
    }
    options.kioskFolder = parser.value(kioskFolderOption);
    options.kioskPlugins = parser.value(kioskPluginsOption);
    taxbox::ui::DesktopController controller(translations, options);
    if (!controller.start())
        return 1;
    if (parser.isSet(quitAfterStartOption)) {
        // Once the event loop runs: a window is shown (the first-run wizard or the sign-in), or the start failed.
        QTimer::singleShot(0, &app, [] {
            for (const QWidget *window : QApplication::topLevelWidgets()) {
                if (window->isVisible()) {
                    std::fprintf(stdout, "%s\n", qUtf8Printable(window->windowTitle()));
                    QApplication::exit(0);
                    return;
                }
            }
            QApplication::exit(1);
        });
    }
    return QApplication::exec();
}
