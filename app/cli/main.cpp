// taxbox-cli: the command-line face of Taxbox. See docs/cli.md.

#include "CommandLine.h"
#include "base/ProcessGuard.h"
#include "commands/CalcCommands.h"
#include "commands/FilingCommands.h"
#include "commands/IdCheckCommand.h"
#include "commands/InvoiceCommands.h"
#include "commands/MoneyUpperCommand.h"
#include "commands/PayrollCommands.h"
#include "commands/PluginCommands.h"
#include "commands/RefundCommands.h"
#include "commands/SyncCommand.h"
#include "commands/WorkspaceCommands.h"

#include "base/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

/// Painting a PDF (invoice export --format pdf) needs fonts, hence a QGuiApplication; it runs on the
/// offscreen platform, so no display is needed. Everything else runs on a plain QCoreApplication.
bool paintsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--format=pdf") == 0
            || (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    taxbox::hardenProcess(); // files 0600, no core dumps: before any secret is read
    std::unique_ptr<QCoreApplication> app;
    if (paintsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("taxbox-cli"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(taxbox::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(taxbox::kVersion));

    taxbox::cli::CommandLine commandLine;
    commandLine.add(std::make_unique<taxbox::cli::MoneyUpperCommand>());
    commandLine.add(std::make_unique<taxbox::cli::IdCheckCommand>());
    for (auto &command : taxbox::cli::calcCommands())
        commandLine.add(std::move(command));
    for (auto &command : taxbox::cli::invoiceCommands())
        commandLine.add(std::move(command));
    for (auto &command : taxbox::cli::filingCommands())
        commandLine.add(std::move(command));
    for (auto &command : taxbox::cli::payrollCommands())
        commandLine.add(std::move(command));
    for (auto &command : taxbox::cli::refundCommands())
        commandLine.add(std::move(command));
    for (auto &command : taxbox::cli::pluginCommands())
        commandLine.add(std::move(command));
    commandLine.add(taxbox::cli::syncCommand());
    for (auto &command : taxbox::cli::workspaceCommands())
        commandLine.add(std::move(command));
    return commandLine.run(QCoreApplication::arguments());
}
