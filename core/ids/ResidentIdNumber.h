#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace taxbox {

/// 公民身份号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence (odd for
/// men), ISO 7064 MOD 11-2 check character (0-9 or X).
class ResidentIdNumber
{
    Q_DECLARE_TR_FUNCTIONS(ResidentIdNumber)
public:
    /// Validates `text` (white space ignored, "x" accepted for "X"). The birth date must be a real
    /// calendar date between 1800-01-01 and `today` (the
    /// standard's own example, 440524188001010014, is born in 1880). Errors: wrong_length, invalid_character,
    /// invalid_region, invalid_birth_date, check_character_mismatch.
    [[nodiscard]] static Result<ResidentIdNumber> parse(QStringView text, QDate today);

    /// The MOD 11-2 check character for the first 17 digits; a null QChar if they are not 17 digits.
    [[nodiscard]] static QChar checkCharacter(QStringView first17);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] QString regionCode() const { return m_text.first(6); }
    [[nodiscard]] QDate birthDate() const;
    [[nodiscard]] bool isMale() const { return m_text[16].digitValue() % 2 == 1; }

private:
    explicit ResidentIdNumber(QString text)
        : m_text(std::move(text))
    { }
    QString m_text;
};

} // namespace taxbox
