#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace taxbox::crypto {

inline constexpr std::size_t kKeySize = 32; ///< AES-256, X25519 and data keys
inline constexpr std::size_t kNonceSize = 12; ///< AES-GCM nonce
inline constexpr std::size_t kTagSize = 16; ///< AES-GCM tag

/// SHA-256 of `data`, raw 32 bytes.
[[nodiscard]] QByteArray sha256(QByteArrayView data);
/// Lower-case hex SHA-256 of `data`.
[[nodiscard]] QString sha256Hex(QByteArrayView data);
/// `size` random bytes (non-secret use: salts, nonces, identifiers).
[[nodiscard]] QByteArray randomBytes(std::size_t size);

/// Parameters of the memory-hard password KDF (scrypt, RFC 7914), stored with each account.
struct ScryptParameters
{
    quint64 n = quint64(1) << 17; ///< CPU/memory cost: 2^17 × 128 × r bytes = 128 MiB with r = 8
    quint32 r = 8;
    quint32 p = 1;
    QByteArray salt; ///< 16 random bytes per account

    /// The defaults with a fresh salt.
    [[nodiscard]] static ScryptParameters generate();
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ScryptParameters> fromJson(const QJsonObject &object);
};

class Kdf
{
    Q_DECLARE_TR_FUNCTIONS(Kdf)
public:
    /// Derives a 256-bit key-encryption key from `password`.
    [[nodiscard]] static Result<SecureBytes> scrypt(const SecureBytes &password, const ScryptParameters &parameters);
    /// HKDF-SHA256 (RFC 5869): `size` bytes from input keying material, salt and context.
    [[nodiscard]] static SecureBytes hkdf(const SecureBytes &inputKey, QByteArrayView salt, QByteArrayView info,
                                          std::size_t size = kKeySize);
};

/// A ciphertext with its nonce; the GCM tag is appended to `ciphertext`.
struct Sealed
{
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray ephemeralPublicKey; ///< only for sealed boxes (Box::seal)

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Sealed> fromJson(const QJsonObject &object);
};

/// Authenticated encryption (AES-256-GCM). `associatedData` is bound to the ciphertext: opening with
/// different associated data fails, so a wrapped key cannot be moved to another owner or role.
class Aead
{
    Q_DECLARE_TR_FUNCTIONS(Aead)
public:
    [[nodiscard]] static Sealed encrypt(const SecureBytes &key, const SecureBytes &plaintext, QByteArrayView associatedData);
    /// Fails with code "decryption_failed" when the key, the data or the associated data is wrong.
    [[nodiscard]] static Result<SecureBytes> decrypt(const SecureBytes &key, const Sealed &sealed, QByteArrayView associatedData);
};

/// An X25519 key pair; the private key never leaves a SecureBytes.
struct KeyPair
{
    SecureBytes privateKey;
    QByteArray publicKey;

    [[nodiscard]] static KeyPair generate();
    /// The pair whose private key is `privateKey` (32 bytes).
    [[nodiscard]] static Result<KeyPair> fromPrivateKey(SecureBytes privateKey);
};

/// Public-key sealed boxes: X25519 with an ephemeral key, HKDF-SHA256, AES-256-GCM. Anyone with a
/// public key can seal for its owner (e.g. an admin granting a colleague access, or a new enterprise
/// sealed for the recovery key); only the private key opens.
class Box
{
    Q_DECLARE_TR_FUNCTIONS(Box)
public:
    [[nodiscard]] static Result<Sealed> seal(QByteArrayView recipientPublicKey, const SecureBytes &plaintext,
                                             QByteArrayView associatedData);
    [[nodiscard]] static Result<SecureBytes> open(const KeyPair &recipient, const Sealed &sealed, QByteArrayView associatedData);
};

/// Ed25519 signatures (rule packs, later invoices and plugins). Keys are raw 32-byte values.
class Ed25519
{
    Q_DECLARE_TR_FUNCTIONS(Ed25519)
public:
    [[nodiscard]] static Result<QByteArray> sign(const SecureBytes &privateKey, QByteArrayView message);
    /// True only for a valid signature of `message` by `publicKey`; malformed keys or signatures are false.
    [[nodiscard]] static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    [[nodiscard]] static Result<QByteArray> publicKeyOf(const SecureBytes &privateKey);
    /// Reads a PEM private key as written by `openssl genpkey -algorithm ed25519`.
    [[nodiscard]] static Result<SecureBytes> privateKeyFromPem(QByteArrayView pem);
    [[nodiscard]] static SecureBytes generatePrivateKey();

    /// A private key loaded once for many signatures (a batch of invoices): the same signatures as
    /// sign(), without rebuilding the key (and deriving its public half) for each.
    class Signer
    {
    public:
        [[nodiscard]] static Result<Signer> fromPrivateKey(const SecureBytes &privateKey);
        [[nodiscard]] QByteArray sign(QByteArrayView message) const;

    private:
        std::shared_ptr<void> m_key; ///< EVP_PKEY, freed with EVP_PKEY_free
    };
};

} // namespace taxbox::crypto
