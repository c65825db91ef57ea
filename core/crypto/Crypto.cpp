#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <QJsonValue>

#include <memory>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::crypto {

namespace {

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct KeyContextDeleter
{
    void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); }
};
struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};
struct KdfContextDeleter
{
    void operator()(EVP_KDF_CTX *context) const { EVP_KDF_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, KeyContextDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

int length(QByteArrayView view)
{
    return static_cast<int>(view.size());
}

// An OpenSSL failure in an operation that cannot fail on valid inputs is a broken installation:
// stop rather than continue with a half-made key.
[[noreturn]] void fatal(const char *what)
{
    throw std::runtime_error(what);
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.data(), static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char *>(digest.data()), &size,
                   EVP_sha256(), nullptr)
        != 1)
        fatal("SHA-256 failed");
    return digest;
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray data(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (size && RAND_bytes(reinterpret_cast<unsigned char *>(data.data()), static_cast<int>(size)) != 1)
        fatal("the system random number generator failed");
    return data;
}

ScryptParameters ScryptParameters::generate()
{
    ScryptParameters parameters;
    parameters.salt = randomBytes(16);
    return parameters;
}

QJsonObject ScryptParameters::toJson() const
{
    return {{u"algorithm"_s, u"scrypt"_s},
            {u"n"_s, QString::number(n)},
            {u"r"_s, static_cast<qint64>(r)},
            {u"p"_s, static_cast<qint64>(p)},
            {u"salt"_s, QString::fromLatin1(salt.toBase64())}};
}

Result<ScryptParameters> ScryptParameters::fromJson(const QJsonObject &object)
{
    ScryptParameters parameters;
    bool ok = false;
    parameters.n = object.value(u"n"_s).toString().toULongLong(&ok);
    const qint64 r = object.value(u"r"_s).toInteger();
    const qint64 p = object.value(u"p"_s).toInteger();
    parameters.salt = fromBase64(object.value(u"salt"_s));
    // n must be a power of two > 1; the bounds keep a corrupted file from asking for terabytes.
    if (object.value(u"algorithm"_s).toString() != u"scrypt"_s || !ok || parameters.n < 2 || (parameters.n & (parameters.n - 1))
        || parameters.n > (quint64(1) << 22) || r < 1 || r > 32 || p < 1 || p > 16 || parameters.salt.size() < 16) {
        return fail(u"corrupt_keyring"_s, Kdf::tr("The stored key-derivation parameters are damaged."));
    }
    parameters.r = static_cast<quint32>(r);
    parameters.p = static_cast<quint32>(p);
    return parameters;
}

Result<SecureBytes> Kdf::scrypt(const SecureBytes &password, const ScryptParameters &parameters)
{
    SecureBytes key(kKeySize);
    const quint64 memory = 128 * parameters.n * parameters.r * parameters.p;
    if (EVP_PBE_scrypt(reinterpret_cast<const char *>(password.data()), password.size(), bytes(parameters.salt),
                       static_cast<std::size_t>(parameters.salt.size()), parameters.n, parameters.r, parameters.p,
                       memory + 16 * 1024 * 1024, key.data(), key.size())
        != 1) {
        return fail(u"kdf_failed"_s, tr("The password could not be processed (not enough memory for the key derivation)."));
    }
    return key;
}

SecureBytes Kdf::hkdf(const SecureBytes &inputKey, QByteArrayView salt, QByteArrayView info, std::size_t size)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        fatal("HKDF unavailable");
    std::unique_ptr<EVP_KDF_CTX, KdfContextDeleter> context(EVP_KDF_CTX_new(kdf.get()));
    char digest[] = "SHA256";
    OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char *>(inputKey.data()), inputKey.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                          static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()),
                                          static_cast<std::size_t>(info.size())),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes output(size);
    if (!context || EVP_KDF_derive(context.get(), output.data(), output.size(), parameters) != 1)
        fatal("HKDF failed");
    return output;
}

QJsonObject Sealed::toJson() const
{
    QJsonObject object{{u"nonce"_s, QString::fromLatin1(nonce.toBase64())},
                       {u"ciphertext"_s, QString::fromLatin1(ciphertext.toBase64())}};
    if (!ephemeralPublicKey.isEmpty())
        object.insert(u"ephemeral_key"_s, QString::fromLatin1(ephemeralPublicKey.toBase64()));
    return object;
}

Result<Sealed> Sealed::fromJson(const QJsonObject &object)
{
    Sealed sealed{fromBase64(object.value(u"nonce"_s)), fromBase64(object.value(u"ciphertext"_s)),
                  fromBase64(object.value(u"ephemeral_key"_s))};
    if (sealed.nonce.size() != static_cast<qsizetype>(kNonceSize) || sealed.ciphertext.size() < static_cast<qsizetype>(kTagSize))
        return fail(u"corrupt_keyring"_s, Aead::tr("A stored wrapped key is damaged."));
    return sealed;
}

Sealed Aead::encrypt(const SecureBytes &key, const SecureBytes &plaintext, QByteArrayView associatedData)
{
    Sealed sealed;
    sealed.nonce = randomBytes(kNonceSize);
    sealed.ciphertext.resize(static_cast<qsizetype>(plaintext.size() + kTagSize));
    auto *out = reinterpret_cast<unsigned char *>(sealed.ciphertext.data());
    CipherContext context(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    if (!context || key.size() != kKeySize
        || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(sealed.nonce)) != 1
        || (!associatedData.isEmpty()
            && EVP_EncryptUpdate(context.get(), nullptr, &written, bytes(associatedData), length(associatedData)) != 1)
        || EVP_EncryptUpdate(context.get(), out, &written, plaintext.data(), static_cast<int>(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(context.get(), out + written, &finalWritten) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize), out + plaintext.size()) != 1)
        fatal("AES-GCM encryption failed");
    return sealed;
}

Result<SecureBytes> Aead::decrypt(const SecureBytes &key, const Sealed &sealed, QByteArrayView associatedData)
{
    const auto failed
        = [] { return fail(u"decryption_failed"_s, tr("The data could not be decrypted: wrong key or damaged data.")); };
    if (key.size() != kKeySize || sealed.nonce.size() != static_cast<qsizetype>(kNonceSize)
        || sealed.ciphertext.size() < static_cast<qsizetype>(kTagSize))
        return failed();
    const auto plaintextSize = static_cast<std::size_t>(sealed.ciphertext.size()) - kTagSize;
    SecureBytes plaintext(plaintextSize);
    const auto *in = bytes(sealed.ciphertext);
    QByteArray tag = sealed.ciphertext.right(kTagSize);
    CipherContext context(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    unsigned char scratch[16];
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(sealed.nonce)) != 1
        || (!associatedData.isEmpty()
            && EVP_DecryptUpdate(context.get(), nullptr, &written, bytes(associatedData), length(associatedData)) != 1)
        || (plaintextSize
            && EVP_DecryptUpdate(context.get(), plaintext.data(), &written, in, static_cast<int>(plaintextSize)) != 1)
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag.data()) != 1
        || EVP_DecryptFinal_ex(context.get(), plaintextSize ? plaintext.data() + written : scratch, &finalWritten) != 1)
        return failed();
    return plaintext;
}

KeyPair KeyPair::generate()
{
    auto pair = fromPrivateKey(SecureBytes::random(kKeySize));
    if (!pair)
        fatal("X25519 key generation failed");
    return std::move(*pair);
}

Result<KeyPair> KeyPair::fromPrivateKey(SecureBytes privateKey)
{
    Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), privateKey.size()));
    QByteArray publicKey(static_cast<qsizetype>(kKeySize), Qt::Uninitialized);
    std::size_t size = kKeySize;
    if (!key || EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(publicKey.data()), &size) != 1)
        return fail(u"invalid_key"_s, Box::tr("The private key is not a valid X25519 key."));
    return KeyPair{std::move(privateKey), publicKey};
}

namespace {

Result<SecureBytes> agree(const SecureBytes &privateKey, QByteArrayView peerPublicKey)
{
    Key own(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), privateKey.size()));
    Key peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublicKey),
                                         static_cast<std::size_t>(peerPublicKey.size())));
    if (!own || !peer)
        return fail(u"invalid_key"_s, Box::tr("A stored public key is damaged."));
    KeyContext context(EVP_PKEY_CTX_new(own.get(), nullptr));
    SecureBytes shared(kKeySize);
    std::size_t size = shared.size();
    if (!context || EVP_PKEY_derive_init(context.get()) != 1 || EVP_PKEY_derive_set_peer(context.get(), peer.get()) != 1
        || EVP_PKEY_derive(context.get(), shared.data(), &size) != 1 || size != kKeySize)
        return fail(u"invalid_key"_s, Box::tr("A stored public key is damaged."));
    return shared;
}

SecureBytes boxKey(const SecureBytes &shared, QByteArrayView ephemeralPublic, QByteArrayView recipientPublic)
{
    QByteArray salt = ephemeralPublic.toByteArray() + recipientPublic.toByteArray();
    return Kdf::hkdf(shared, salt, "taxbox sealed box v1");
}

} // namespace

Result<Sealed> Box::seal(QByteArrayView recipientPublicKey, const SecureBytes &plaintext, QByteArrayView associatedData)
{
    KeyPair ephemeral = KeyPair::generate();
    auto shared = agree(ephemeral.privateKey, recipientPublicKey);
    if (!shared)
        return std::unexpected(shared.error());
    Sealed sealed = Aead::encrypt(boxKey(*shared, ephemeral.publicKey, recipientPublicKey), plaintext, associatedData);
    sealed.ephemeralPublicKey = ephemeral.publicKey;
    return sealed;
}

Result<SecureBytes> Box::open(const KeyPair &recipient, const Sealed &sealed, QByteArrayView associatedData)
{
    auto shared = agree(recipient.privateKey, sealed.ephemeralPublicKey);
    if (!shared)
        return std::unexpected(shared.error());
    return Aead::decrypt(boxKey(*shared, sealed.ephemeralPublicKey, recipient.publicKey), sealed, associatedData);
}

namespace {
struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

Key ed25519Private(const SecureBytes &privateKey)
{
    if (privateKey.size() != 32)
        return Key();
    return Key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, privateKey.data(), privateKey.size()));
}
} // namespace

Result<QByteArray> Ed25519::sign(const SecureBytes &privateKey, QByteArrayView message)
{
    Key key = ed25519Private(privateKey);
    if (!key)
        return fail(u"invalid_key"_s, tr("The signing key is not a valid Ed25519 private key."));
    DigestContext context(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    std::size_t size = 64;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, bytes(message),
                          static_cast<std::size_t>(message.size()))
            != 1
        || size != 64)
        fatal("Ed25519 signing failed");
    return signature;
}

Result<Ed25519::Signer> Ed25519::Signer::fromPrivateKey(const SecureBytes &privateKey)
{
    Key key = ed25519Private(privateKey);
    if (!key)
        return fail(u"invalid_key"_s, tr("The signing key is not a valid Ed25519 private key."));
    Signer signer;
    signer.m_key = std::shared_ptr<void>(key.release(), [](void *pointer) { EVP_PKEY_free(static_cast<EVP_PKEY *>(pointer)); });
    return signer;
}

QByteArray Ed25519::Signer::sign(QByteArrayView message) const
{
    DigestContext context(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    std::size_t size = 64;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, static_cast<EVP_PKEY *>(m_key.get())) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, bytes(message),
                          static_cast<std::size_t>(message.size()))
            != 1
        || size != 64)
        fatal("Ed25519 signing failed");
    return signature;
}

bool Ed25519::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    DigestContext context(EVP_MD_CTX_new());
    if (!key || !context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), bytes(signature), 64, bytes(message), static_cast<std::size_t>(message.size())) == 1;
}

Result<QByteArray> Ed25519::publicKeyOf(const SecureBytes &privateKey)
{
    Key key = ed25519Private(privateKey);
    if (!key)
        return fail(u"invalid_key"_s, tr("The signing key is not a valid Ed25519 private key."));
    QByteArray publicKey(32, Qt::Uninitialized);
    std::size_t size = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(publicKey.data()), &size) != 1 || size != 32)
        fatal("Ed25519 public key extraction failed");
    return publicKey;
}

Result<SecureBytes> Ed25519::privateKeyFromPem(QByteArrayView pem)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return fail(u"invalid_key"_s,
                    tr("The file is not an Ed25519 private key in PEM form (openssl genpkey -algorithm ed25519)."));
    SecureBytes raw(32);
    std::size_t size = 32;
    if (EVP_PKEY_get_raw_private_key(key.get(), raw.data(), &size) != 1 || size != 32)
        return fail(u"invalid_key"_s,
                    tr("The file is not an Ed25519 private key in PEM form (openssl genpkey -algorithm ed25519)."));
    return raw;
}

SecureBytes Ed25519::generatePrivateKey()
{
    return SecureBytes::random(32);
}

} // namespace taxbox::crypto
