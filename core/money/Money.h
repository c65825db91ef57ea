#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace taxbox {

/// An amount of renminbi, held exactly as a whole number of fen (0.01 yuan) in 64 bits.
/// Never constructed from or converted to binary floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    enum class Grouping {
        None, ///< "1234567.50"
        Thousands, ///< "1,234,567.50"
    };

    constexpr Money() = default;
    [[nodiscard]] static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }

    /// Parses "1234", "1234.5", "-1,234.50". More than two fraction digits, any character that is
    /// not part of a plain numeral, and values beyond ±92,233,720,368,547,758.07 are refused with a
    /// precise, translated error naming `field`.
    [[nodiscard]] static Result<Money> parse(QStringView text, const QString &field = tr("Amount"));

    [[nodiscard]] constexpr std::int64_t fen() const { return m_fen; }
    [[nodiscard]] constexpr bool isZero() const { return m_fen == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_fen < 0; }

    /// Always two fraction digits, "." as decimal point, "-" for negatives; locale-independent.
    [[nodiscard]] QString toString(Grouping grouping = Grouping::None) const;

    [[nodiscard]] std::optional<Money> checkedAdd(Money other) const;
    [[nodiscard]] std::optional<Money> checkedSubtract(Money other) const;
    [[nodiscard]] std::optional<Money> checkedNegate() const;

    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr bool operator==(Money, Money) = default;

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    { }
    std::int64_t m_fen = 0;
};

} // namespace taxbox
