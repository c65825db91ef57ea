#pragma once

#include "CommandLine.h"

namespace taxbox::cli {

/// `taxbox-cli id check CODE [--type uscc|resident_id|invoice_number]`.
class IdCheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IdCheckCommand)
public:
    [[nodiscard]] QStringList path() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] QList<PositionalArgument> positionalArguments() const override;
    [[nodiscard]] bool readsJson() const override { return true; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override;
};

} // namespace taxbox::cli
