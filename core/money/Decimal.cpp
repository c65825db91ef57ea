#include "Decimal.h"
#include "base/StrictJson.h"

#include "DecimalText.h"

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {
namespace {

constexpr int kNonTerminatingDisplayDigits = 20;

mpz_class powerOfTen(int exponent)
{
    mpz_class result;
    mpz_ui_pow_ui(result.get_mpz_t(), 10, static_cast<unsigned long>(exponent));
    return result;
}

mpz_class fromInt64(std::int64_t value)
{
    if constexpr (sizeof(long) >= sizeof(std::int64_t))
        return mpz_class(static_cast<long>(value));
    else // LLP64 (Windows): long is 32 bits and mpz has no long long interface.
        return mpz_class(std::to_string(value));
}

/// |value| × 10^digits rounded half-up to an integer, with the sign of value.
mpz_class scaledRoundedHalfUp(const mpq_class &value, int digits)
{
    mpz_class numerator = abs(value.get_num()) * powerOfTen(digits);
    const mpz_class &denominator = value.get_den();
    mpz_class quotient;
    mpz_class remainder;
    mpz_fdiv_qr(quotient.get_mpz_t(), remainder.get_mpz_t(), numerator.get_mpz_t(), denominator.get_mpz_t());
    if (2 * remainder >= denominator)
        ++quotient;
    return sgn(value) < 0 ? mpz_class(-quotient) : quotient;
}

/// Formats an integer `scaled` = value × 10^digits as a numeral with exactly `digits` fraction digits.
QString formatScaled(const mpz_class &scaled, int digits)
{
    QString magnitude = QString::fromStdString(mpz_class(abs(scaled)).get_str());
    if (digits > 0) {
        magnitude = magnitude.rightJustified(digits + 1, u'0');
        magnitude.insert(magnitude.size() - digits, u'.');
    }
    return (sgn(scaled) < 0 ? u"-"_s : QString()) + magnitude;
}

/// The number of fraction digits of the exact decimal expansion of `value`, or nullopt when it does
/// not terminate: a denominator 2^a·5^b needs max(a, b) digits.
std::optional<int> terminatingFractionDigits(const mpq_class &value)
{
    mpz_class rest = value.get_den();
    const auto twos = mpz_remove(rest.get_mpz_t(), rest.get_mpz_t(), mpz_class(2).get_mpz_t());
    const auto fives = mpz_remove(rest.get_mpz_t(), rest.get_mpz_t(), mpz_class(5).get_mpz_t());
    if (rest != 1)
        return std::nullopt;
    return static_cast<int>(std::max(twos, fives));
}

} // namespace

Decimal::Decimal(mpq_class value)
    : m_value(std::move(value))
{
    m_value.canonicalize();
}

Decimal Decimal::fromInteger(std::int64_t value)
{
    return Decimal(mpq_class(fromInt64(value)));
}

Decimal Decimal::fromMoney(Money money)
{
    return Decimal(mpq_class(fromInt64(money.fen()), mpz_class(100)));
}

Result<Decimal> Decimal::parseRate(QStringView text, const QString &field)
{
    QStringView trimmed = text.trimmed();
    const bool percent = trimmed.endsWith(u'%') || trimmed.endsWith(u'％');
    if (percent)
        trimmed = trimmed.chopped(1).trimmed();
    auto value = parse(trimmed, field, 10);
    if (!value)
        return value;
    const Decimal one = fromInteger(1);
    const Decimal hundred = fromInteger(100);
    Decimal rate = *value;
    if (percent || !(rate < one)) {
        auto fraction = rate.dividedBy(hundred);
        if (!fraction)
            return fraction;
        rate = *fraction;
    }
    if (rate.isNegative() || one < rate)
        return fail(u"invalid_rate"_s,
                    tr("%1 \"%2\" is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).").arg(field, text.trimmed()),
                    field);
    return rate;
}

Result<Decimal> Decimal::parse(QStringView text, const QString &field, int maxFractionDigits)
{
    auto parts = detail::DecimalTextParser::parse(text, field);
    if (!parts)
        return std::unexpected(parts.error());
    if (parts->fractionDigits.size() > maxFractionDigits) {
        return fail(u"too_many_fraction_digits"_s,
                    tr("%1 \"%2\" has %3 digits after the decimal point; at most %4 are allowed.")
                        .arg(field, elided(text.trimmed()))
                        .arg(parts->fractionDigits.size())
                        .arg(maxFractionDigits),
                    field);
    }
    const std::string digits = (parts->integerDigits + parts->fractionDigits).toStdString();
    mpz_class numerator(digits, 10);
    if (parts->negative)
        numerator = -numerator;
    return Decimal(mpq_class(numerator, powerOfTen(static_cast<int>(parts->fractionDigits.size()))));
}

Decimal Decimal::operator-() const
{
    return Decimal(mpq_class(-m_value));
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    return Decimal(mpq_class(a.m_value + b.m_value));
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    return Decimal(mpq_class(a.m_value - b.m_value));
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    return Decimal(mpq_class(a.m_value * b.m_value));
}

Result<Decimal> Decimal::dividedBy(const Decimal &divisor) const
{
    if (divisor.isZero())
        return fail(u"division_by_zero"_s, tr("Cannot divide %1 by zero.").arg(toString()));
    return Decimal(mpq_class(m_value / divisor.m_value));
}

Decimal Decimal::roundedHalfUp(int fractionDigits) const
{
    Q_ASSERT(fractionDigits >= 0);
    return Decimal(mpq_class(scaledRoundedHalfUp(m_value, fractionDigits), powerOfTen(fractionDigits)));
}

Result<Money> Decimal::toMoney() const
{
    const mpz_class fen = scaledRoundedHalfUp(m_value, 2);
    static const mpz_class kMax = fromInt64(std::numeric_limits<std::int64_t>::max());
    if (abs(fen) > kMax) {
        return fail(u"amount_out_of_range"_s, tr("%1 yuan is beyond the largest amount Taxbox can record.").arg(toFixed(2)));
    }
    if constexpr (sizeof(long) >= sizeof(std::int64_t))
        return Money::fromFen(fen.get_si());
    else
        return Money::fromFen(std::stoll(fen.get_str()));
}

bool Decimal::isZero() const
{
    return sgn(m_value) == 0;
}

bool Decimal::isNegative() const
{
    return sgn(m_value) < 0;
}

bool Decimal::isTerminating() const
{
    return terminatingFractionDigits(m_value).has_value();
}

QString Decimal::toString() const
{
    if (m_value.get_den() == 1) // whole numbers (quantities, prices) need no scaling
        return QString::fromStdString(m_value.get_num().get_str());
    const auto digits = terminatingFractionDigits(m_value);
    return toFixed(digits ? *digits : kNonTerminatingDisplayDigits);
}

QString Decimal::toFixed(int fractionDigits) const
{
    Q_ASSERT(fractionDigits >= 0);
    return formatScaled(scaledRoundedHalfUp(m_value, fractionDigits), fractionDigits);
}

} // namespace taxbox
