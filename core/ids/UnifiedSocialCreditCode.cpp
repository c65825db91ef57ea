#include "UnifiedSocialCreditCode.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {
namespace {

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kLength = 18;

} // namespace

QChar UnifiedSocialCreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const auto value = kAlphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += static_cast<int>(value) * kWeights[static_cast<std::size_t>(i)];
    }
    const int check = (31 - sum % 31) % 31; // 31 → '0'
    return kAlphabet[check];
}

Result<UnifiedSocialCreditCode> UnifiedSocialCreditCode::parse(QStringView text)
{
    const QString code = text.trimmed().toString().toUpper();
    const QString field = tr("Unified social credit code");
    if (code.size() != kLength) {
        return fail(u"wrong_length"_s,
                    tr("The unified social credit code must have 18 characters; \"%1\" has %2.").arg(code).arg(code.size()),
                    field);
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!kAlphabet.contains(code[i])) {
            return fail(u"invalid_character"_s,
                        tr("Character %1 (\"%2\") of the unified social credit code is not allowed; only digits and "
                           "the capital letters A–Y except I, O, S, V and Z are used.")
                            .arg(i + 1)
                            .arg(code[i]),
                        field);
        }
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!code[i].isDigit()) {
            return fail(u"invalid_region"_s,
                        tr("Characters 3–8 of the unified social credit code are the registering office's region code and "
                           "must be digits; character %1 is \"%2\".")
                            .arg(i + 1)
                            .arg(code[i]),
                        field);
        }
    }
    const QChar expected = checkCharacter(QStringView(code).first(17));
    if (code[17] != expected) {
        return fail(u"check_character_mismatch"_s,
                    tr("The check character of the unified social credit code is \"%1\" but the first 17 characters "
                       "require \"%2\"; a character was probably mistyped.")
                        .arg(code[17])
                        .arg(expected),
                    field);
    }
    return UnifiedSocialCreditCode(code);
}

} // namespace taxbox
