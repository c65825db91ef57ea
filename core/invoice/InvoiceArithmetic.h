#pragma once

#include "base/Result.h"
#include "money/Decimal.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace taxbox::rules {
class RulePack;
}

namespace taxbox::invoice {

/// One line of an invoice as the user (or an import) gives it.
struct LineInput
{
    QString taxCode; ///< 税收分类编码, 19 digits
    QString shortName; ///< the classification's short name (简称), e.g. 信息技术服务
    QString name; ///< the item's own name
    QString specification;
    QString unit;
    std::optional<Decimal> quantity;
    std::optional<Decimal> unitPrice; ///< including tax when priceIncludesTax
    /// The line's amount as entered (including tax when priceIncludesTax); ignored when quantity and
    /// unit price are both given (then it is their product, rounded to the fen).
    Money amount;
    Decimal rate; ///< e.g. 0.13
    bool priceIncludesTax = false;
    /// A discount line (折扣行): negative, right after the line it discounts, at the same rate.
    bool discount = false;
};

/// A computed line: amount without tax and the tax, in fen, which add up to what was entered.
struct Line
{
    LineInput input;
    Money amount; ///< 金额 (without tax)
    Money tax; ///< 税额
    [[nodiscard]] Money total() const { return Money::fromFen(amount.fen() + tax.fen()); }
    /// The name as printed on the invoice: *简称*名称.
    [[nodiscard]] QString displayName() const;
    /// 单价 as 数电票 show it: without tax, so that 数量 × 单价 = 金额 (the price as entered when it
    /// excludes tax; otherwise 金额 ÷ 数量 to at most 10 decimals, as genuine files write
    /// 15841.5841584158). Empty without a quantity and a price.
    [[nodiscard]] std::optional<Decimal> unitPriceWithoutTax() const;
};

struct Totals
{
    Money amount; ///< 合计金额
    Money tax; ///< 合计税额
    Money total; ///< 价税合计
    QString totalInWords; ///< 价税合计（大写）, with 圆
};

/// The arithmetic of an invoice (tax-rules.md §5): price-including-tax split (amount = round(total ÷
/// (1 + rate), 2), tax = total − amount, so the two always add up), tax on a price without tax
/// (round(amount × rate, 2)), rates allowed by the rule pack, discount lines, totals with 价税合计 in
/// words, and the tolerances of the rule pack (per line |tax − amount × rate| ≤ 0.06, per invoice the
/// sum of line differences ≤ 1.27) for invoices whose amounts and taxes come from elsewhere.
/// Exact: Decimal (GMP) arithmetic, rounded half-up once per figure.
class InvoiceArithmetic
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceArithmetic)
public:
    explicit InvoiceArithmetic(const rules::RulePack &pack, QDate date);

    /// Computes every line (errors name the line, 1-based, and the field) and the totals.
    [[nodiscard]] Result<std::pair<QList<Line>, Totals>> compute(const QList<LineInput> &lines) const;
    /// Checks lines whose amount and tax were given (an imported or received invoice) against the
    /// tolerances: "line_tolerance" or "invoice_tolerance" with the figures.
    [[nodiscard]] Result<Totals> check(const QList<Line> &lines) const;

    [[nodiscard]] Result<Line> computeLine(const LineInput &input, int number) const;

private:
    [[nodiscard]] Result<void> checkRate(const Decimal &rate, int number) const;

    const rules::RulePack &m_pack;
    QDate m_date;
    QList<std::pair<Decimal, QString>> m_rates; ///< in force on m_date, with their text in the pack
    std::optional<Error> m_ratesError;
};

} // namespace taxbox::invoice
