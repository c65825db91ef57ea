#include "ResidentIdNumber.h"

#include "ProvinceCode.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {
namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr QStringView kCheckCharacters = u"10X98765432"; // indexed by (sum mod 11)
constexpr int kLength = 18;

QDate birthDateOf(QStringView number)
{
    return QDate::fromString(number.mid(6, 8).toString(), u"yyyyMMdd"_s);
}

} // namespace

QChar ResidentIdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (c < u'0' || c > u'9')
            return {};
        sum += c.digitValue() * kWeights[static_cast<std::size_t>(i)];
    }
    return kCheckCharacters[sum % 11];
}

Result<ResidentIdNumber> ResidentIdNumber::parse(QStringView text, QDate today)
{
    const QString number = text.trimmed().toString().toUpper();
    const QString field = tr("Resident identity number");
    if (number.size() != kLength) {
        return fail(u"wrong_length"_s,
                    tr("The resident identity number must have 18 characters; \"%1\" has %2.").arg(number).arg(number.size()),
                    field);
    }
    for (qsizetype i = 0; i < kLength; ++i) {
        const QChar c = number[i];
        const bool allowed = (c >= u'0' && c <= u'9') || (i == kLength - 1 && c == u'X');
        if (!allowed) {
            return fail(u"invalid_character"_s,
                        tr("Character %1 (\"%2\") of the resident identity number is not allowed; the first 17 are "
                           "digits and the last is a digit or X.")
                            .arg(i + 1)
                            .arg(c),
                        field);
        }
    }
    if (!isProvinceCode(number.first(2).toInt())) {
        return fail(u"invalid_region"_s,
                    tr("The resident identity number starts with \"%1\", which is not a province code.").arg(number.first(2)),
                    field);
    }
    const QDate birth = birthDateOf(number);
    if (!birth.isValid() || birth < QDate(1800, 1, 1) || birth > today) {
        return fail(
            u"invalid_birth_date"_s,
            tr("Characters 7–14 of the resident identity number (\"%1\") are not a real birth date.").arg(number.mid(6, 8)),
            field);
    }
    const QChar expected = checkCharacter(QStringView(number).first(17));
    if (number[17] != expected) {
        return fail(u"check_character_mismatch"_s,
                    tr("The check character of the resident identity number is \"%1\" but the first 17 digits require "
                       "\"%2\"; a digit was probably mistyped.")
                        .arg(number[17])
                        .arg(expected),
                    field);
    }
    return ResidentIdNumber(number);
}

QDate ResidentIdNumber::birthDate() const
{
    return birthDateOf(m_text);
}

} // namespace taxbox
