#pragma once

#include "auth/Role.h"
#include "base/Result.h"
#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace taxbox::auth {

/// One local account: the scrypt parameters that turn its password into a key-encryption key (KEK),
/// its X25519 public key, and its private key sealed (AES-256-GCM) under the KEK.
struct KeyringUser
{
    QString id;
    QString name;
    QDateTime createdAt;
    crypto::ScryptParameters kdf;
    QByteArray publicKey;
    crypto::Sealed privateKey;
};

/// An enterprise's data key sealed for one user; the role is bound into the seal (associated data), so
/// editing the role in the file makes the grant unusable rather than more powerful.
struct KeyringGrant
{
    QString userId;
    Role role = Role::Viewer;
    crypto::Sealed dataKey;
};

struct KeyringEnterprise
{
    QString id;
    QString file; ///< relative to the workspace folder
    store::CipherSettings cipher;
    QList<KeyringGrant> grants;
    crypto::Sealed recoveryDataKey; ///< the data key sealed for the workspace recovery key
};

/// keyring.json: everything needed to unlock a workspace, and nothing readable without a password or
/// the recovery key (no enterprise names, codes or keys in clear). Written atomically.
struct Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
public:
    static constexpr int kFormatVersion = 1;

    QList<KeyringUser> users;
    QByteArray recoveryPublicKey;
    QList<KeyringEnterprise> enterprises;

    [[nodiscard]] static Result<Keyring> load(const QString &path);
    /// Atomic replace (write, fsync, rename): a crash leaves the old or the new keyring, never half.
    [[nodiscard]] Result<void> save(const QString &path) const;

    [[nodiscard]] KeyringUser *findUser(const QString &name);
    [[nodiscard]] const KeyringUser *findUserById(const QString &id) const;
    [[nodiscard]] KeyringEnterprise *findEnterprise(const QString &id);
    [[nodiscard]] const KeyringGrant *grantFor(const KeyringEnterprise &enterprise, const QString &userId) const;

    [[nodiscard]] static QByteArray userKeyContext(const QString &userId);
    [[nodiscard]] static QByteArray grantContext(const QString &enterpriseId, const QString &userId, Role role);
    [[nodiscard]] static QByteArray recoveryContext(const QString &enterpriseId);
};

} // namespace taxbox::auth
