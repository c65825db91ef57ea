#include "PinyinInitials.h"

#include <QStringEncoder>

#include <array>

namespace taxbox {

namespace {

/// GB 2312 codes (high byte × 256 + low byte) where each initial's level-1 characters begin.
struct Boundary
{
    int code;
    char initial;
};
constexpr std::array<Boundary, 23> kBoundaries{
    {{0xB0A1, 'a'}, {0xB0C5, 'b'}, {0xB2C1, 'c'}, {0xB4EE, 'd'}, {0xB6EA, 'e'}, {0xB7A2, 'f'}, {0xB8C1, 'g'}, {0xB9FE, 'h'},
     {0xBBF7, 'j'}, {0xBFA6, 'k'}, {0xC0AC, 'l'}, {0xC2E8, 'm'}, {0xC4C3, 'n'}, {0xC5B6, 'o'}, {0xC5BE, 'p'}, {0xC6DA, 'q'},
     {0xC8BB, 'r'}, {0xC8F6, 's'}, {0xCBFA, 't'}, {0xCDDA, 'w'}, {0xCEF4, 'x'}, {0xD1B9, 'y'}, {0xD4D1, 'z'}}};
constexpr int kLevelOneEnd = 0xD7F9;

char initialOf(QChar c)
{
    QStringEncoder gb("GB18030"); // identical to GB 2312 for its characters
    if (!gb.isValid())
        return 0;
    const QByteArray bytes = gb.encode(QStringView(&c, 1));
    if (gb.hasError() || bytes.size() != 2)
        return 0;
    const int code = (static_cast<uchar>(bytes.at(0)) << 8) | static_cast<uchar>(bytes.at(1));
    if (code < kBoundaries.front().code || code > kLevelOneEnd)
        return 0;
    char initial = 0;
    for (const Boundary &boundary : kBoundaries) {
        if (code >= boundary.code)
            initial = boundary.initial;
    }
    return initial;
}

} // namespace

QString pinyinInitials(const QString &text)
{
    QString initials;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            if (c.isLetterOrNumber())
                initials += c.toLower();
        } else if (const char initial = initialOf(c)) {
            initials += QLatin1Char(initial);
        }
    }
    return initials;
}

bool matchesSearch(const QString &query, const QString &text, const QString &code)
{
    const QString wanted = query.trimmed();
    if (wanted.isEmpty())
        return true;
    return text.contains(wanted, Qt::CaseInsensitive) || (!code.isEmpty() && code.startsWith(wanted))
        || pinyinInitials(text).contains(wanted.toLower());
}

} // namespace taxbox
