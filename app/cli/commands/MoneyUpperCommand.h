#pragma once

#include "CommandLine.h"

namespace taxbox::cli {

/// `taxbox-cli money upper AMOUNT [--invoice]`: an amount in Chinese capital numerals.
class MoneyUpperCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MoneyUpperCommand)
public:
    [[nodiscard]] QStringList path() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] QList<PositionalArgument> positionalArguments() const override;
    [[nodiscard]] bool readsJson() const override { return true; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override;
};

} // namespace taxbox::cli
