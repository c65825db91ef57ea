#include "AmountInWords.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox {
namespace {

constexpr char16_t kDigits[] = u"零壹贰叁肆伍陆柒捌玖";
constexpr char16_t kPlaceUnits[] = {u'\0', u'拾', u'佰', u'仟'};
constexpr char16_t kZero = u'零';

QChar digitWord(int digit)
{
    return QChar(kDigits[digit]);
}

/// Integer yuan in words, without the 元. Zeros follow §11: one 零 for any run of zeros between
/// non-zero digits, except that a lone zero in the 万 or 亿 place followed by a non-zero digit is
/// not written (official example 107000.53 → 壹拾万柒仟元…).
QString integerWords(std::int64_t yuan)
{
    const QString digits = QString::number(yuan);
    const auto length = static_cast<int>(digits.size());
    QString words;
    int zeroRunStart = -1; // place of the highest zero in the current run, -1 when none
    int zeroRunLength = 0;
    for (int index = 0; index < length; ++index) {
        const int place = length - 1 - index; // 0 = 元, 1 = 拾, …, 4 = 万, 8 = 亿
        const int digit = digits[index].digitValue();
        if (digit == 0) {
            if (zeroRunLength++ == 0)
                zeroRunStart = place;
        } else {
            if (zeroRunLength > 0) {
                const bool loneSectionZero = zeroRunLength == 1 && (zeroRunStart == 4 || zeroRunStart == 8);
                if (!loneSectionZero)
                    words.append(kZero);
                zeroRunLength = 0;
            }
            words.append(digitWord(digit));
            if (place % 4 != 0)
                words.append(QChar(kPlaceUnits[place % 4]));
        }
        if (place == 4 || place == 8) {
            // The section unit is written when any digit of its four-digit section is non-zero.
            const QStringView section = QStringView(digits).mid(qMax(0, index - 3), qMin(4, index + 1));
            if (section.count(u'0') != section.size())
                words.append(place == 4 ? u'万' : u'亿');
        }
    }
    return words;
}

} // namespace

Result<QString> AmountInWords::format(Money amount, Style style)
{
    if (amount > kMaximum || amount < Money::fromFen(-kMaximum.fen())) {
        return fail(u"amount_too_large_for_words"_s,
                    tr("%1 is too large to write in words; the largest amount is %2.")
                        .arg(amount.toString(Money::Grouping::Thousands), kMaximum.toString(Money::Grouping::Thousands)),
                    tr("Amount"));
    }

    const QChar yuanWord = style == Style::Invoice ? u'圆' : u'元';
    const std::int64_t magnitude = amount.isNegative() ? -amount.fen() : amount.fen();
    const std::int64_t yuan = magnitude / 100;
    const int jiao = static_cast<int>(magnitude / 10 % 10);
    const int fen = static_cast<int>(magnitude % 10);

    if (magnitude == 0)
        return QString(kZero) + yuanWord + u'整';

    QString words = amount.isNegative() ? u"负"_s : QString();
    if (yuan > 0) {
        words += integerWords(yuan) + yuanWord;
        if (jiao == 0 && fen == 0)
            return words + u'整';
        // 零 after 元 when the 元 digit is zero (…捌拾元零叁角) or when 角 is zero (…玖元零贰分).
        if (yuan % 10 == 0 || jiao == 0)
            words += kZero;
    }
    if (jiao != 0)
        words += digitWord(jiao) + u'角';
    if (fen != 0)
        words += digitWord(fen) + u'分';
    return words;
}

} // namespace taxbox
