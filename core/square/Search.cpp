#include "Search.h"

#include <QStringEncoder>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::square {

namespace {

/// Where each initial's characters start in GB2312's first level (sorted by pinyin): the code of the first
/// character read with that initial. i, u and v begin no syllable in pinyin.
struct InitialStart
{
    int code;
    char letter;
};
constexpr std::array<InitialStart, 23> kInitialStarts{{
    {0xB0A1, 'a'}, {0xB0C5, 'b'}, {0xB2C1, 'c'}, {0xB4EE, 'd'}, {0xB6EA, 'e'}, {0xB7A2, 'f'}, {0xB8C1, 'g'}, {0xB9FE, 'h'},
    {0xBBF7, 'j'}, {0xBFA6, 'k'}, {0xC0AC, 'l'}, {0xC2E8, 'm'}, {0xC4C3, 'n'}, {0xC5B6, 'o'}, {0xC5BE, 'p'}, {0xC6DA, 'q'},
    {0xC8BB, 'r'}, {0xC8F6, 's'}, {0xCBFA, 't'}, {0xCDDA, 'w'}, {0xCEF4, 'x'}, {0xD1B9, 'y'}, {0xD4D1, 'z'},
}};
constexpr int kFirstLevelEnd = 0xD7F9;

char initialOf(int code)
{
    if (code < kInitialStarts.front().code || code > kFirstLevelEnd)
        return 0;
    char letter = 0;
    for (const InitialStart &start : kInitialStarts) {
        if (code < start.code)
            break;
        letter = start.letter;
    }
    return letter;
}

} // namespace

QString pinyinInitials(const QString &text)
{
    QString initials;
    QStringEncoder gb18030("GB18030");
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            if (c.isLetterOrNumber())
                initials.append(c.toLower());
            continue;
        }
        if (!gb18030.isValid())
            continue;
        const QByteArray bytes = gb18030.encode(QStringView(&c, 1));
        if (bytes.size() == 2) {
            const int code = (static_cast<unsigned char>(bytes.at(0)) << 8) | static_cast<unsigned char>(bytes.at(1));
            if (const char letter = initialOf(code))
                initials.append(QLatin1Char(letter));
        }
    }
    return initials;
}

bool matchesSearch(const PackageManifest &manifest, const QString &query)
{
    const QStringList words = query.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QStringList haystack{manifest.id, manifest.name.value(u"zh_CN"_s), manifest.name.value(u"en"_s), manifest.category,
                         pinyinInitials(manifest.name.value(u"zh_CN"_s))};
    haystack.append(manifest.keywords);
    const QString text = haystack.join(u'\n').toLower();
    for (const QString &word : words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace taxbox::square
