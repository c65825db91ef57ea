#pragma once

#include "Money.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <gmpxx.h>

#include <compare>
#include <cstdint>

namespace taxbox {

/// An exact decimal quantity: quantities, unit prices (up to 8 fraction digits) and rates.
///
/// Values are held as exact rationals (GMP), so sums, products and quotients are exact; a value is
/// rounded only when asked (roundedHalfUp, toMoney, toFixed), once, with 四舍五入 (half away from
/// zero). No operation goes through binary floating point.
class Decimal
{
    Q_DECLARE_TR_FUNCTIONS(Decimal)
public:
    /// Unit prices and quantities on invoices carry at most this many fraction digits.
    static constexpr int kMaxInputFractionDigits = 8;

    Decimal() = default;
    [[nodiscard]] static Decimal fromInteger(std::int64_t value);
    /// The amount in yuan: 12345 fen becomes 123.45.
    [[nodiscard]] static Decimal fromMoney(Money money);

    /// Parses a plain numeral ("0.13", "-2.5", "1,234.12345678"), refusing more than
    /// `maxFractionDigits` digits after the point with a translated error naming `field`.
    [[nodiscard]] static Result<Decimal> parse(QStringView text, const QString &field = tr("Value"),
                                               int maxFractionDigits = kMaxInputFractionDigits);

    /// A rate as people type it: "13%", "13" or "0.13" all give 0.13. A number of 1 or more is read as a
    /// percentage (so "1" is the 1% levy rate; no tax rate is 100%), one below 1 as the fraction. Refused,
    /// naming `field`, unless it comes to 0 … 100%.
    [[nodiscard]] static Result<Decimal> parseRate(QStringView text, const QString &field = tr("Rate"));

    [[nodiscard]] Decimal operator-() const;
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    /// Exact quotient; "division_by_zero" error when `divisor` is zero.
    [[nodiscard]] Result<Decimal> dividedBy(const Decimal &divisor) const;

    /// Rounds to `fractionDigits` (≥ 0) digits, halves away from zero: 2.345 → 2.35, -2.345 → -2.35.
    [[nodiscard]] Decimal roundedHalfUp(int fractionDigits) const;
    /// Rounds half-up to the fen; "amount_out_of_range" when the result does not fit in Money.
    [[nodiscard]] Result<Money> toMoney() const;

    [[nodiscard]] bool isZero() const;
    [[nodiscard]] bool isNegative() const;
    /// True when the value has a finite decimal expansion (denominator of the form 2^a·5^b).
    [[nodiscard]] bool isTerminating() const;

    /// The exact shortest numeral for a terminating value ("0.13", "2", "-0.5"). A non-terminating
    /// value (e.g. 1/3) is shown rounded half-up to 20 fraction digits.
    [[nodiscard]] QString toString() const;
    /// Rounded half-up to exactly `fractionDigits` digits: toFixed(2) of 1/3 is "0.33".
    [[nodiscard]] QString toFixed(int fractionDigits) const;

    friend bool operator==(const Decimal &a, const Decimal &b) { return cmp(a.m_value, b.m_value) == 0; }
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
    {
        const int c = cmp(a.m_value, b.m_value);
        return c < 0 ? std::strong_ordering::less : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }

private:
    explicit Decimal(mpq_class value);
    mpq_class m_value;
};

} // namespace taxbox
