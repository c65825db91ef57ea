#pragma once

#include "base/Result.h"
#include "money/Decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace taxbox::filing {

/// A formula of a form as written in the rule pack: "M11 - M18 - A4.r6.c5", "max(0, round(L10 * L11))",
/// "if(M17 < M11, M17, M11)". Cells are named by their ids; numbers are exact decimals; comparisons give
/// 1 or 0. Functions: round(x[, digits]) (half-up, default 2 digits), min, max, abs, if(c, a, b) (only
/// the branch taken is evaluated), and(…), or(…), not(x), and the engine's own (prev, flag, param, …)
/// which a FormulaContext answers. Parsed once when the pack is loaded; evaluated per return.
class Formula
{
    Q_DECLARE_TR_FUNCTIONS(Formula)
public:
    struct Node;

    /// Parses `text`; the error names the position and what was expected.
    [[nodiscard]] static Result<Formula> parse(const QString &text);

    /// What a formula can ask of the return it is evaluated in.
    struct Context
    {
        /// The value of a cell (computing it first when needed).
        std::function<Result<Decimal>(const QString &cell)> cell;
        /// An engine function that is not built in: name, the raw argument texts (cell ids or words) and
        /// their evaluated values (when they evaluate; a bare word such as a flag name does not).
        std::function<Result<Decimal>(const QString &name, const QStringList &words, const QList<Decimal> &values)> function;
    };
    [[nodiscard]] Result<Decimal> evaluate(const Context &context) const;

    /// The formula as a person reads it ("M11 − M18"), and with every cell replaced by its value
    /// ("136,500.00 − 88,400.00"), for --explain and the desktop's formula line.
    [[nodiscard]] QString display() const;
    /// With `context`, engine functions (prev, param, …) show their value too.
    [[nodiscard]] QString displayWithValues(const std::function<QString(const QString &cell)> &valueOf,
                                            const Context *context = nullptr) const;
    /// Every cell id the formula names (for tracing and dependency checks).
    [[nodiscard]] QStringList cells() const;
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

/// "1,234,567.80": an amount with thousands separators, as forms and explanations show it.
[[nodiscard]] QString groupedAmount(const Decimal &value, int fractionDigits = 2);

} // namespace taxbox::filing
