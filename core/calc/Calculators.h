#pragma once

#include "base/Result.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace taxbox::calc {

/// What a calculator answers: the figures (JSON as in spec/cli.md), the formula with the numbers
/// filled in, step by step, and warnings (e.g. a year-end bonus in a dead zone).
struct Outcome
{
    QJsonObject output;
    QStringList explanation;
    QStringList warnings;
};

/// One tax calculator (税款计算器). Inputs and outputs are the JSON of spec/cli.md so that the CLI and
/// the desktop forms share one definition; rates, brackets and thresholds come from the rule pack in
/// force on the date the input names (or `today`).
class Calculator
{
public:
    virtual ~Calculator() = default;
    [[nodiscard]] virtual QString name() const = 0; ///< "iit-wages", as in the CLI
    [[nodiscard]] virtual QString title() const = 0; ///< translated
    [[nodiscard]] virtual QString summary() const = 0; ///< translated, one line
    [[nodiscard]] virtual Result<Outcome> compute(const QJsonObject &input, const rules::RulePack &pack, QDate today) const = 0;
};

/// Every calculator, in the order of spec/cli.md.
[[nodiscard]] const QList<const Calculator *> &calculators();
[[nodiscard]] const Calculator *findCalculator(const QString &name);

} // namespace taxbox::calc
