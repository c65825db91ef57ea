#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace taxbox {

/// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Y without I O S V Z; characters
/// 3–8 are the digits of the registering office's region code; the last is a MOD 31 check
/// character over the first 17.
class UnifiedSocialCreditCode
{
    Q_DECLARE_TR_FUNCTIONS(UnifiedSocialCreditCode)
public:
    /// Validates `text` (surrounding white space ignored, letters upper-cased). Errors:
    /// wrong_length, invalid_character, invalid_region, check_character_mismatch.
    [[nodiscard]] static Result<UnifiedSocialCreditCode> parse(QStringView text);

    /// The check character for the first 17 characters; a null QChar if any is outside the alphabet.
    [[nodiscard]] static QChar checkCharacter(QStringView first17);

    [[nodiscard]] const QString &text() const { return m_text; }
    /// 登记管理部门代码, e.g. '9' for market regulation (工商).
    [[nodiscard]] QChar registrationAuthority() const { return m_text[0]; }
    /// 机构类别代码, e.g. '1' for an enterprise.
    [[nodiscard]] QChar organizationCategory() const { return m_text[1]; }
    /// 登记管理机关行政区划码, positions 3–8.
    [[nodiscard]] QString regionCode() const { return m_text.mid(2, 6); }

private:
    explicit UnifiedSocialCreditCode(QString text)
        : m_text(std::move(text))
    { }
    QString m_text;
};

} // namespace taxbox
