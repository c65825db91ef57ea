#include "RecoveryKey.h"

#include "crypto/Crypto.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::crypto {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kChecksumSize = 2;
constexpr int kCharacters = RecoveryKey::kGroups * 5; // 55 characters carry 275 bits ≥ 272

int symbolValue(QChar character)
{
    const char16_t c = character.toUpper().unicode();
    if (c == u'O')
        return 0;
    if (c == u'I' || c == u'L')
        return 1;
    for (int i = 0; i < 32; ++i) {
        if (c == static_cast<char16_t>(kAlphabet[i]))
            return i;
    }
    return -1;
}

} // namespace

SecureBytes RecoveryKey::generate()
{
    return SecureBytes::random(kKeySize);
}

QString RecoveryKey::format(const SecureBytes &key)
{
    const QByteArray checksum = sha256(key.view()).left(kChecksumSize);
    SecureBytes payload(key.size() + kChecksumSize);
    std::memcpy(payload.data(), key.data(), key.size());
    std::memcpy(payload.data() + key.size(), checksum.constData(), kChecksumSize);

    QString text;
    int bitCount = 0;
    quint32 buffer = 0;
    std::size_t index = 0;
    for (int produced = 0; produced < kCharacters; ++produced) {
        while (bitCount < 5) {
            buffer = (buffer << 8) | (index < payload.size() ? payload.data()[index] : 0u);
            ++index;
            bitCount += 8;
        }
        bitCount -= 5;
        text.append(QLatin1Char(kAlphabet[(buffer >> bitCount) & 0x1f]));
        if (produced % 5 == 4 && produced + 1 < kCharacters)
            text.append(u'-');
    }
    buffer = 0;
    return text;
}

Result<SecureBytes> RecoveryKey::parse(const QString &text)
{
    QList<int> values;
    for (const QChar character : text) {
        if (character == u'-' || character.isSpace())
            continue;
        const int value = symbolValue(character);
        if (value < 0) {
            return fail(u"invalid_recovery_key"_s,
                        tr("The recovery key contains \"%1\", which is not one of its characters.").arg(character),
                        u"recovery_key"_s);
        }
        values.append(value);
    }
    if (values.size() != kCharacters) {
        return fail(
            u"invalid_recovery_key"_s,
            tr("A recovery key has %1 characters (not counting dashes); this one has %2.").arg(kCharacters).arg(values.size()),
            u"recovery_key"_s);
    }
    SecureBytes payload(kKeySize + kChecksumSize);
    quint32 buffer = 0;
    int bitCount = 0;
    std::size_t index = 0;
    for (const int value : std::as_const(values)) {
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bitCount += 5;
        if (bitCount >= 8) {
            bitCount -= 8;
            if (index < payload.size())
                payload.data()[index++] = static_cast<unsigned char>((buffer >> bitCount) & 0xff);
        }
    }
    values.fill(0);
    SecureBytes key(payload.data(), kKeySize);
    const QByteArray checksum = sha256(key.view()).left(kChecksumSize);
    if (std::memcmp(checksum.constData(), payload.data() + kKeySize, kChecksumSize) != 0) {
        return fail(u"invalid_recovery_key"_s, tr("The recovery key has a typing mistake: its checksum does not match."),
                    u"recovery_key"_s);
    }
    return key;
}

} // namespace taxbox::crypto
