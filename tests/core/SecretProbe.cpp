// A child for TestProcessGuard: does what every Taxbox program does at start (hardenProcess), takes
// TAXBOX_PASSWORD from its environment, and reports what its own /proc/self/environ shows before and
// after, whether it is dumpable, and the mode a file it creates gets.

#include "base/ProcessGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {
QByteArray ownEnvironment()
{
    QFile environ(QStringLiteral("/proc/self/environ"));
    return environ.open(QIODevice::ReadOnly) ? environ.readAll() : QByteArray();
}
} // namespace

int main(int argc, char *argv[])
{
    const bool nonDumpable = taxbox::hardenProcess();
    QCoreApplication app(argc, argv);
    // The secret, given reversed so that this variable itself does not contain it.
    QByteArray marker = qgetenv("TAXBOX_PROBE_REVERSED");
    std::reverse(marker.begin(), marker.end());
    const bool before = ownEnvironment().contains(marker);
    const auto secret = taxbox::takeSecretFromEnvironment("TAXBOX_PASSWORD");
    const bool after = ownEnvironment().contains(marker);
    int dumpable = -1;
#ifdef Q_OS_LINUX
    dumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#endif
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("data")));
    (void)file.open(QIODevice::WriteOnly);
    file.close();
    const QJsonObject report{{QStringLiteral("secret_read"), secret && secret->view() == marker},
                             {QStringLiteral("in_environ_before"), before},
                             {QStringLiteral("in_environ_after"), after},
                             {QStringLiteral("getenv_after"), qEnvironmentVariableIsSet("TAXBOX_PASSWORD")},
                             {QStringLiteral("non_dumpable_set"), nonDumpable},
                             {QStringLiteral("dumpable"), dumpable},
                             {QStringLiteral("file_mode"), static_cast<int>(file.permissions())}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
