#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace taxbox::server {

/// A name a person gave (an account, an enterprise, a device): trimmed; refused when it has no visible
/// character (only spaces, zero-width or format characters), holds control characters, or is longer
/// than `maxCharacters` code points (not UTF-16 units: "𠀀" is one character).
[[nodiscard]] inline Result<QString> checkedName(const QString &text, int maxCharacters, const QString &field)
{
    const QString name = text.trimmed();
    const QList<uint> codePoints = name.toUcs4();
    bool visible = false;
    for (const uint c : codePoints) {
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Other_Control || category == QChar::Other_Surrogate || c == 0xFFFD)
            return fail(QStringLiteral("invalid_name"),
                        QCoreApplication::translate("taxbox::server::Names", "\"%1\" holds a control character.").arg(field),
                        field);
        const bool invisible = category == QChar::Separator_Space || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph || c == 0x3164 || c == 0x115F
            || c == 0x1160 || c == 0xFFA0; // Hangul fillers render as nothing
        visible = visible || !invisible;
    }
    if (!visible || codePoints.size() > maxCharacters)
        return fail(
            QStringLiteral("invalid_name"),
            QCoreApplication::translate("taxbox::server::Names", "\"%1\" must have 1 to %2 characters, at least one visible.")
                .arg(field)
                .arg(maxCharacters),
            field);
    return name;
}

} // namespace taxbox::server
