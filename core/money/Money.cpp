#include "Money.h"
#include "base/StrictJson.h"

#include "DecimalText.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {
namespace {

constexpr std::int64_t kMaxFen = std::numeric_limits<std::int64_t>::max();

QString groupThousands(const QString &digits)
{
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    const qsizetype leading = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i >= leading && (i - leading) % 3 == 0)
            grouped.append(u',');
        grouped.append(digits[i]);
    }
    return grouped;
}

} // namespace

Result<Money> Money::parse(QStringView text, const QString &field)
{
    auto parts = detail::DecimalTextParser::parse(text, field);
    if (!parts)
        return std::unexpected(parts.error());

    if (parts->fractionDigits.size() > 2) {
        return fail(u"too_many_fraction_digits"_s,
                    tr("%1 \"%2\" has %3 digits after the decimal point; money is exact to the fen "
                       "(at most 2 digits).")
                        .arg(field, elided(text.trimmed()))
                        .arg(parts->fractionDigits.size()),
                    field);
    }

    // Accumulate the magnitude in fen, checking before every step that it cannot overflow.
    const QString digits = parts->integerDigits + parts->fractionDigits.leftJustified(2, u'0');
    std::int64_t magnitude = 0;
    for (const QChar c : digits) {
        const int digit = c.digitValue();
        if (magnitude > (kMaxFen - digit) / 10) {
            return fail(u"amount_out_of_range"_s,
                        tr("%1 \"%2\" is too large; the largest amount is %3.")
                            .arg(field, elided(text.trimmed()), Money::fromFen(kMaxFen).toString(Grouping::Thousands)),
                        field);
        }
        magnitude = magnitude * 10 + digit;
    }
    return Money(parts->negative ? -magnitude : magnitude);
}

QString Money::toString(Grouping grouping) const
{
    // Work in unsigned space so that the most negative value formats without overflow.
    const bool negative = m_fen < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(m_fen) : static_cast<std::uint64_t>(m_fen);
    QString yuan = QString::number(magnitude / 100);
    if (grouping == Grouping::Thousands)
        yuan = groupThousands(yuan);
    const auto fen = static_cast<int>(magnitude % 100);
    return (negative ? u"-"_s : QString()) + yuan + u'.' + QString::number(fen).rightJustified(2, u'0');
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    if ((other.m_fen > 0 && m_fen > max - other.m_fen) || (other.m_fen < 0 && m_fen < min - other.m_fen))
        return std::nullopt;
    return Money(m_fen + other.m_fen);
}

std::optional<Money> Money::checkedSubtract(Money other) const
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    if ((other.m_fen < 0 && m_fen > max + other.m_fen) || (other.m_fen > 0 && m_fen < min + other.m_fen))
        return std::nullopt;
    return Money(m_fen - other.m_fen);
}

std::optional<Money> Money::checkedNegate() const
{
    if (m_fen == std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return Money(-m_fen);
}

} // namespace taxbox
