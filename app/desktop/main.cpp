// taxbox: the desktop application. Arguments and start-up only; everything else is in ui/ and core/.

#include "MainWindow.h"

#include "base/Translations.h"
#include "base/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    parser.process(app);

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

    taxbox::ui::MainWindow window(translations);
    window.show();
    return QApplication::exec();
}
