// Installs the packages named on the command line one after another, from the one after the version in use,
// printing each version once it is installed; TestPackages kills it with SIGKILL at random points. The square
// key the packages are countersigned with (test-only) comes on standard input as hex.

#include "square/PluginStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: PluginCrashInstaller ROOT PACKAGE...\n");
        return 2;
    }
    std::string hex;
    std::getline(std::cin, hex);
    square::Package::Context context;
    context.squareKeys = {{u"test-square"_s, QByteArray::fromHex(QByteArray::fromStdString(hex))}};
    context.appVersion = u"0.1.0"_s;
    square::PluginStore store(arguments.at(1));
    const QList<square::InstalledPlugin> installed = store.list(context);
    const QString current = installed.isEmpty() ? QString() : installed.constFirst().manifest.version;
    // Package k (0-based) is version 1.0.k: start after the one in use.
    const qsizetype first = current.isEmpty() ? 0 : current.section(u'.', 2).toInt() + 1;
    for (qsizetype i = 2 + first; i < arguments.size(); ++i) {
        auto done = store.install(arguments.at(i), {u"calc.run"_s}, context);
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(done->manifest.version));
        std::fflush(stdout);
    }
    return 0;
}
