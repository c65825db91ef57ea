#include "crypto/Crypto.h"
#include "crypto/RecoveryKey.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox::crypto;

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sha256MatchesKnownVector();
    void scryptMatchesRfc7914Vector();
    void aeadRoundTripsAndDetectsTampering();
    void aeadBindsAssociatedData();
    void sealedBoxOpensOnlyForRecipient();
    void recoveryKeyRoundTripsAndCatchesTypos();
    void secureBytesComparesAndMoves();
};

void TestCrypto::sha256MatchesKnownVector()
{
    QCOMPARE(sha256Hex("abc"), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

void TestCrypto::scryptMatchesRfc7914Vector()
{
    // RFC 7914 §12, second vector: "password" / "NaCl", N = 1024, r = 8, p = 16, first 32 bytes.
    ScryptParameters parameters;
    parameters.n = 1024;
    parameters.r = 8;
    parameters.p = 16;
    parameters.salt = "NaCl";
    const auto key = Kdf::scrypt(SecureBytes::fromUtf8(u"password"_s), parameters);
    QVERIFY(key.has_value());
    QCOMPARE(key->view().toHex(), QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"));
}

void TestCrypto::aeadRoundTripsAndDetectsTampering()
{
    const SecureBytes key = SecureBytes::random(kKeySize);
    const SecureBytes secret = SecureBytes::fromUtf8(u"数据密钥"_s);
    Sealed sealed = Aead::encrypt(key, secret, "context");
    QVERIFY(!sealed.ciphertext.contains(secret.view()));
    const auto opened = Aead::decrypt(key, sealed, "context");
    QVERIFY(opened.has_value());
    QVERIFY(opened->equals(secret));

    for (qsizetype i = 0; i < sealed.ciphertext.size(); ++i) {
        Sealed tampered = sealed;
        tampered.ciphertext[i] = static_cast<char>(tampered.ciphertext[i] ^ 0x01);
        const auto result = Aead::decrypt(key, tampered, "context");
        QVERIFY2(!result, qPrintable(u"byte %1 flipped and still opened"_s.arg(i)));
        QCOMPARE(result.error().code, u"decryption_failed"_s);
    }
    QVERIFY(!Aead::decrypt(SecureBytes::random(kKeySize), sealed, "context"));
}

void TestCrypto::aeadBindsAssociatedData()
{
    const SecureBytes key = SecureBytes::random(kKeySize);
    const Sealed sealed = Aead::encrypt(key, SecureBytes::random(32), "grant\nviewer");
    QVERIFY(!Aead::decrypt(key, sealed, "grant\nadmin"));
    QVERIFY(Aead::decrypt(key, sealed, "grant\nviewer"));
}

void TestCrypto::sealedBoxOpensOnlyForRecipient()
{
    const KeyPair alice = KeyPair::generate();
    const KeyPair mallory = KeyPair::generate();
    const SecureBytes dataKey = SecureBytes::random(kKeySize);
    const auto sealed = Box::seal(alice.publicKey, dataKey, "enterprise-1");
    QVERIFY(sealed.has_value());
    QCOMPARE(sealed->ephemeralPublicKey.size(), 32);
    const auto opened = Box::open(alice, *sealed, "enterprise-1");
    QVERIFY(opened.has_value());
    QVERIFY(opened->equals(dataKey));
    QVERIFY(!Box::open(mallory, *sealed, "enterprise-1"));
    QVERIFY(!Box::open(alice, *sealed, "enterprise-2"));

    // The public key derived from a stored private key is the one generated with it.
    const auto again = KeyPair::fromPrivateKey(alice.privateKey.clone());
    QVERIFY(again.has_value());
    QCOMPARE(again->publicKey, alice.publicKey);
}

void TestCrypto::recoveryKeyRoundTripsAndCatchesTypos()
{
    const SecureBytes key = RecoveryKey::generate();
    const QString text = RecoveryKey::format(key);
    QCOMPARE(text.count(u'-'), RecoveryKey::kGroups - 1);
    QCOMPARE(text.size(), RecoveryKey::kGroups * 6 - 1);
    const auto parsed = RecoveryKey::parse(text);
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->equals(key));

    // Lower case, spaces instead of dashes and look-alike letters are accepted.
    QString relaxed = text.toLower();
    relaxed.replace(u'-', u' ');
    relaxed.replace(u'0', u'o');
    relaxed.replace(u'1', u'l');
    const auto relaxedParsed = RecoveryKey::parse(relaxed);
    QVERIFY(relaxedParsed.has_value());
    QVERIFY(relaxedParsed->equals(key));

    // Any single mistyped character is caught by the checksum (or is not a key character at all).
    QString typo = text;
    typo[3] = typo[3] == u'A' ? u'B' : u'A';
    const auto typoParsed = RecoveryKey::parse(typo);
    QVERIFY(!typoParsed);
    QCOMPARE(typoParsed.error().code, u"invalid_recovery_key"_s);
    QCOMPARE(typoParsed.error().field, u"recovery_key"_s);
    QVERIFY(!RecoveryKey::parse(text.left(20)));
    QVERIFY(!RecoveryKey::parse(text + u"U"_s));
}

void TestCrypto::secureBytesComparesAndMoves()
{
    SecureBytes a = SecureBytes::fromUtf8(u"secret"_s);
    SecureBytes b = a.clone();
    QVERIFY(a.equals(b));
    SecureBytes c = std::move(a);
    QVERIFY(a.isEmpty());
    QVERIFY(c.equals(b));
    QVERIFY(!c.equals(SecureBytes::fromUtf8(u"Secret"_s)));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
