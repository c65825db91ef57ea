#include "DecimalText.h"
#include "base/StrictJson.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::detail {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

Result<DecimalText> DecimalTextParser::parse(QStringView text, const QString &field)
{
    const QStringView input = text.trimmed();
    if (input.isEmpty())
        return fail(u"empty_number"_s, tr("%1 is empty; enter a number such as 1234.56.").arg(field), field);

    const auto invalidAt = [&](qsizetype index, const QString &why) {
        return fail(u"invalid_number"_s,
                    tr("%1 \"%2\" is not a valid number: %3 (at character %4).").arg(field, elided(input), why).arg(index + 1),
                    field);
    };

    DecimalText parts;
    qsizetype i = 0;
    if (input[0] == u'-' || input[0] == u'+') {
        parts.negative = input[0] == u'-';
        ++i;
    }

    // Integer part, with optional thousands separators that must group exactly three digits.
    const qsizetype integerStart = i;
    qsizetype digitsSinceSeparator = 0;
    bool sawSeparator = false;
    for (; i < input.size() && input[i] != u'.'; ++i) {
        const QChar c = input[i];
        if (isAsciiDigit(c)) {
            parts.integerDigits.append(c);
            ++digitsSinceSeparator;
        } else if (c == u',') {
            const bool badGroup
                = sawSeparator ? digitsSinceSeparator != 3 : (digitsSinceSeparator < 1 || digitsSinceSeparator > 3);
            if (badGroup)
                return invalidAt(i, tr("thousands separators must group exactly three digits"));
            sawSeparator = true;
            digitsSinceSeparator = 0;
        } else {
            return invalidAt(i, tr("unexpected character \"%1\"").arg(c));
        }
    }
    if (sawSeparator && digitsSinceSeparator != 3)
        return invalidAt(i - 1, tr("thousands separators must group exactly three digits"));
    if (parts.integerDigits.isEmpty())
        return invalidAt(integerStart, tr("digits are required before the decimal point"));

    if (i < input.size()) { // input[i] == '.'
        const qsizetype pointIndex = i;
        for (++i; i < input.size(); ++i) {
            const QChar c = input[i];
            if (!isAsciiDigit(c))
                return invalidAt(i, tr("unexpected character \"%1\"").arg(c));
            parts.fractionDigits.append(c);
        }
        if (parts.fractionDigits.isEmpty())
            return invalidAt(pointIndex, tr("digits are required after the decimal point"));
    }
    return parts;
}

} // namespace taxbox::detail
