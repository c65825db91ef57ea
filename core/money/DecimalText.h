#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace taxbox::detail {

/// The pieces of a plain decimal numeral such as "-1,234.50": sign, integer digits, fraction digits.
struct DecimalText
{
    bool negative = false;
    QString integerDigits; ///< At least one digit, thousands separators removed.
    QString fractionDigits; ///< Possibly empty.
};

/// Lexer shared by Money::parse and Decimal::parse. Accepts an optional sign, ASCII digits with
/// optional correctly placed thousands separators (","), and an optional "." followed by at least
/// one digit. Surrounding white space is ignored. Anything else is an "invalid_number" error that
/// names the offending character. `field` is put into errors.
class DecimalTextParser
{
    Q_DECLARE_TR_FUNCTIONS(DecimalTextParser)
public:
    [[nodiscard]] static Result<DecimalText> parse(QStringView text, const QString &field);
};

} // namespace taxbox::detail
