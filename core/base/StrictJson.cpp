#include "StrictJson.h"

#include <QJsonArray>
#include <QList>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {
namespace {

struct Frame
{
    bool object = false;
    bool expectKey = false;
    QString key; ///< the member being read (objects)
    int index = 0; ///< the element being read, 1-based (arrays)
    QSet<QString> keys;
};

QString pathOf(const QList<Frame> &frames)
{
    QString path;
    for (const Frame &frame : frames) {
        if (frame.object && !frame.key.isNull())
            path += (path.isEmpty() ? QString() : u"."_s) + frame.key;
        else if (!frame.object && frame.index > 0)
            path += u'[' + QString::number(frame.index) + u']';
    }
    return path;
}

QString decodeKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QJsonDocument wrapped = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return wrapped.array().at(0).toString();
}

/// Digits that carry the value: "0012.3400" → "1234"; the exponent does not count.
int significantDigits(QByteArrayView number)
{
    qsizetype end = number.size();
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (number[i] == 'e' || number[i] == 'E') {
            end = i;
            break;
        }
    }
    const QByteArrayView mantissa = number.first(end);
    const qsizetype point = mantissa.indexOf('.');
    QByteArray integer = (point < 0 ? mantissa : mantissa.first(point)).toByteArray();
    QByteArray fraction = point < 0 ? QByteArray() : mantissa.sliced(point + 1).toByteArray();
    integer.replace("-", "").replace("+", "");
    while (fraction.endsWith('0'))
        fraction.chop(1);
    QByteArray digits = integer + fraction;
    qsizetype leading = 0;
    while (leading < digits.size() && digits[leading] == '0')
        ++leading;
    return static_cast<int>(digits.size() - leading);
}

} // namespace

QByteArray readAtMost(QIODevice &device, qint64 max)
{
    // A file (or standard input through QFile) blocks until it has data: an empty read is the end.
    QByteArray bytes;
    while (bytes.size() < max) {
        const QByteArray chunk = device.read(std::min<qint64>(max - bytes.size(), 1 << 20));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

QString elided(QStringView text, qsizetype max)
{
    if (text.size() <= max)
        return text.toString();
    return text.first(max).toString() + u'…';
}

Result<void> StrictJson::check(const QByteArray &bytes, const QString &source)
{
    QList<Frame> frames;
    const auto valueStarts = [&frames] {
        if (!frames.isEmpty() && !frames.last().object)
            ++frames.last().index;
    };
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes[i];
        switch (c) {
        case '{':
        case '[':
            valueStarts();
            if (frames.size() >= kMaxDepth)
                return fail(u"invalid_json"_s,
                            tr("The JSON on %1 is nested more than %2 levels deep.").arg(source).arg(kMaxDepth));
            frames.append(Frame{c == '{', c == '{', QString(), 0, {}});
            break;
        case '}':
        case ']':
            if (!frames.isEmpty())
                frames.removeLast();
            break;
        case ',':
            if (!frames.isEmpty() && frames.last().object)
                frames.last().expectKey = true;
            break;
        case ':':
            if (!frames.isEmpty())
                frames.last().expectKey = false;
            break;
        case '"': {
            const qsizetype start = i + 1;
            for (++i; i < size && bytes[i] != '"'; ++i) {
                if (bytes[i] == '\\')
                    ++i;
            }
            const QByteArray raw = bytes.mid(start, i - start);
            if (!frames.isEmpty() && frames.last().object && frames.last().expectKey) {
                Frame &frame = frames.last();
                const QString key = decodeKey(raw);
                frame.key = key;
                if (frame.keys.contains(key))
                    return fail(u"duplicate_key"_s,
                                tr("\"%1\" appears twice in the same object on %2; each field may be given once.")
                                    .arg(elided(pathOf(frames)), source),
                                pathOf(frames));
                frame.keys.insert(key);
            } else {
                valueStarts();
            }
            break;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                valueStarts();
                const qsizetype start = i;
                while (i + 1 < size
                       && ((bytes[i + 1] >= '0' && bytes[i + 1] <= '9') || bytes[i + 1] == '.' || bytes[i + 1] == 'e'
                           || bytes[i + 1] == 'E' || bytes[i + 1] == '+' || bytes[i + 1] == '-'))
                    ++i;
                const QByteArrayView number(bytes.constData() + start, i - start + 1);
                if (significantDigits(number) > kMaxSignificantDigits) {
                    const QString path = pathOf(frames);
                    return fail(
                        u"imprecise_number"_s,
                        tr("%1 is given as the number %2, which has more than %3 significant digits and would be "
                           "rounded. Give it as a string, such as \"1234.56\".")
                            .arg(path.isEmpty() ? tr("A value") : elided(path), elided(QString::fromLatin1(number.toByteArray())))
                            .arg(kMaxSignificantDigits),
                        path);
                }
            } else if (c >= 'a' && c <= 'z') {
                valueStarts();
                while (i + 1 < size && bytes[i + 1] >= 'a' && bytes[i + 1] <= 'z')
                    ++i;
            }
            break;
        }
    }
    return {};
}

Result<QJsonDocument> StrictJson::parse(const QByteArray &bytes, qint64 maxBytes, const QString &source)
{
    if (bytes.size() > maxBytes)
        return fail(u"input_too_large"_s,
                    tr("The JSON on %1 is larger than %2 KB, the most accepted.").arg(source).arg(maxBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(
            u"invalid_json"_s,
            tr("The JSON on %1 is malformed at byte %2: %3.").arg(source).arg(parseError.offset).arg(parseError.errorString()));
    }
    if (auto checked = check(bytes, source); !checked)
        return std::unexpected(checked.error());
    return document;
}

} // namespace taxbox
