// taxbox-cli: the command-line face of Taxbox. See docs/cli.md.

#include "CommandLine.h"
#include "commands/CalcCommands.h"
#include "commands/IdCheckCommand.h"
#include "commands/MoneyUpperCommand.h"
#include "commands/PayrollCommands.h"
#include "commands/SyncCommand.h"
#include "commands/WorkspaceCommands.h"

#include "base/Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("taxbox-cli"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(taxbox::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(taxbox::kVersion));

    taxbox::cli::CommandLine commandLine;
    commandLine.add(std::make_unique<taxbox::cli::MoneyUpperCommand>());
    commandLine.add(std::make_unique<taxbox::cli::IdCheckCommand>());
    for (auto &command : taxbox::cli::calcCommands())
        commandLine.add(std::move(command));
    for (auto &command : taxbox::cli::payrollCommands())
        commandLine.add(std::move(command));
    commandLine.add(taxbox::cli::syncCommand());
    for (auto &command : taxbox::cli::workspaceCommands())
        commandLine.add(std::move(command));
    return commandLine.run(QCoreApplication::arguments());
}
