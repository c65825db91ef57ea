#pragma once

#include "auth/Keyring.h"
#include "auth/LoginThrottle.h"
#include "enterprise/EnterpriseProfile.h"
#include "store/EnterpriseStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace taxbox::auth {

class Session;

/// An enterprise as the enterprise list shows it.
struct EnterpriseSummary
{
    QString id;
    Role role = Role::Viewer;
    EnterpriseProfile profile;
    bool archived = false;
};

/// A workspace folder: keyring.json, enterprises/<id>.db (SQLCipher), login-throttle.json. See
/// docs/architecture.md ("Keys and data at rest") for the key hierarchy.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    static constexpr qsizetype kMinimumPasswordLength = 8;

    explicit Workspace(QString directory);

    /// The platform's application-data folder + "/workspace", shared by the desktop app and the CLI.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] const QString &directory() const { return m_directory; }
    /// The same settings (clock, KDF cost) for another folder.
    [[nodiscard]] Workspace at(const QString &directory) const;
    [[nodiscard]] QString keyringPath() const;
    [[nodiscard]] bool exists() const;
    /// Account names, for the login dialog. Empty when there is no workspace.
    [[nodiscard]] QStringList userNames() const;

    /// For tests of the back-off: the clock the throttle reads.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// For tests and kiosk sessions: the scrypt cost for new passwords (default: ScryptParameters{}).
    void setKdfCost(quint64 n) { m_kdfCost = n; }

    struct Created;
    /// Creates the workspace with its first account. Fails if one exists. The recovery key in the
    /// result is shown to the user once and stored nowhere.
    [[nodiscard]] Result<Created> initialize(const QString &userName, const crypto::SecureBytes &password);

    /// Unlocks with a password. `userName` may be empty when the workspace has one account. A wrong
    /// password fails with code "wrong_password" and changes nothing but the back-off state.
    [[nodiscard]] Result<std::unique_ptr<Session>> login(const QString &userName, const crypto::SecureBytes &password);

    /// How the back-off stands for `userName`: wrong passwords in a row and seconds before the next attempt
    /// (the login dialog shows both; `userName` may be empty when there is one account).
    struct LoginState
    {
        int failures = 0;
        qint64 waitSeconds = 0;
    };
    [[nodiscard]] LoginState loginState(const QString &userName) const;

    /// Sets a new password for `userName` with the recovery key; every enterprise the account had
    /// stays open to it with the same role.
    [[nodiscard]] Result<std::unique_ptr<Session>> recover(const QString &userName, const QString &recoveryKey,
                                                           const crypto::SecureBytes &newPassword);

    /// Checks a proposed password against the rules (length); an error names `field`.
    [[nodiscard]] static Result<void> checkNewPassword(const crypto::SecureBytes &password,
                                                       const QString &field = QStringLiteral("password"));

    /// If a restore was cut off between its two renames, puts the previous workspace back.
    void finishInterruptedRestore() const;

private:
    friend class Session;
    [[nodiscard]] LoginThrottle throttle() const;
    [[nodiscard]] Result<KeyringUser> makeUser(const QString &id, const QString &name, const crypto::SecureBytes &password,
                                               crypto::SecureBytes *privateKeyOut) const;

    QString m_directory;
    std::function<QDateTime()> m_clock;
    quint64 m_kdfCost;
};

/// An unlocked workspace for one account: it opens every enterprise the account has been granted,
/// without asking for the password again. Holds the account's private key and the data keys it has
/// unsealed, in zeroing buffers, until it is destroyed (logout or lock).
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    Session(Workspace workspace, KeyringUser user, crypto::KeyPair keys);

    [[nodiscard]] const Workspace &workspace() const { return m_workspace; }
    [[nodiscard]] const QString &userId() const { return m_user.id; }
    [[nodiscard]] const QString &userName() const { return m_user.name; }
    /// The account's public key: anyone may seal data that only this account opens (AccountSettings).
    [[nodiscard]] const QByteArray &publicKey() const { return m_keys.publicKey; }
    /// Opens data sealed to this account's public key with `context` (crypto::Box).
    [[nodiscard]] Result<crypto::SecureBytes> openSealed(const crypto::Sealed &sealed, QByteArrayView context) const;

    /// The account's enterprises, by name; archived ones only when asked.
    [[nodiscard]] Result<QList<EnterpriseSummary>> enterprises(bool includeArchived = false);
    /// Finds an enterprise by id or unified social credit code.
    [[nodiscard]] Result<EnterpriseSummary> findEnterprise(const QString &idOrCreditCode);
    /// Creates an enterprise with its own data key; this account becomes its admin. A credit code the
    /// account already keeps is refused as a duplicate.
    [[nodiscard]] Result<EnterpriseSummary> createEnterprise(const EnterpriseProfile &profile);
    [[nodiscard]] Result<std::unique_ptr<store::EnterpriseStore>> openEnterprise(const QString &enterpriseId);
    /// Edits the profile (admin only); a credit code another of the account's enterprises has is refused.
    [[nodiscard]] Result<EnterpriseProfile> updateEnterprise(const QString &enterpriseId, const EnterpriseProfile &profile);

    /// Re-seals this account's private key under a new password; no enterprise data is rewritten.
    [[nodiscard]] Result<void> changePassword(const crypto::SecureBytes &currentPassword, const crypto::SecureBytes &newPassword);
    /// Creates another account (no enterprises yet).
    [[nodiscard]] Result<void> addUser(const QString &name, const crypto::SecureBytes &password);
    /// Gives (or changes) `userName`'s role in an enterprise this account administers.
    [[nodiscard]] Result<void> grant(const QString &enterpriseId, const QString &userName, Role role);

    /// The data key of an enterprise this account may open (for backups).
    [[nodiscard]] Result<crypto::SecureBytes> dataKey(const QString &enterpriseId);
    [[nodiscard]] Result<Keyring> keyring() const;

private:
    [[nodiscard]] Result<std::pair<KeyringEnterprise, Role>> grantOf(const QString &enterpriseId);
    [[nodiscard]] Result<void> refuseDuplicate(const QString &creditCode, const QString &exceptId);

    Workspace m_workspace;
    KeyringUser m_user;
    crypto::KeyPair m_keys;
    std::map<QString, crypto::SecureBytes> m_dataKeys;
};

struct Workspace::Created
{
    std::unique_ptr<Session> session;
    QString recoveryKey; ///< formatted; show once
};

} // namespace taxbox::auth
