#pragma once

#include "base/Result.h"
#include "crypto/Crypto.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace taxbox::server {

struct Membership
{
    QString enterpriseId;
    QString creditCode;
    QString name;
    QString role;
};

/// What the server answers for one uploaded item; a duplicate gets the first answer again.
struct SyncReceipt
{
    QString uuid;
    QString status; ///< "accepted" or "duplicate"
    qint64 receipt = 0; ///< the server's receipt number, per enterprise
    QString receivedAt;
};

/// The server's storage: accounts (scrypt hashes), enterprises (tenants), memberships and the items
/// devices upload, each stored once per (enterprise, uuid). One SQLite file through the SQLCipher
/// library the core already uses (see docs/server.md); PostgreSQL is the next backend.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)
public:
    [[nodiscard]] static Result<std::unique_ptr<ServerStore>> open(const QString &directory);

    [[nodiscard]] Result<QString> addAccount(const QString &name, const crypto::SecureBytes &password,
                                             const crypto::ScryptParameters *parameters = nullptr);
    /// The account id when name and password match; "invalid_credentials" otherwise (which of the two
    /// was wrong is not said).
    [[nodiscard]] Result<QString> authenticate(const QString &name, const crypto::SecureBytes &password);
    [[nodiscard]] Result<QString> addEnterprise(const QString &creditCode, const QString &name);
    [[nodiscard]] Result<void> addMember(const QString &enterpriseId, const QString &accountName, const QString &role);
    [[nodiscard]] Result<QList<Membership>> memberships(const QString &accountId);
    /// Applies a batch in one transaction: each uuid is stored at most once per enterprise.
    [[nodiscard]] Result<QList<SyncReceipt>> applySync(const QString &enterpriseId, const QString &deviceAccountId,
                                                       const QList<QJsonObject> &items);
    [[nodiscard]] Result<qint64> itemCount(const QString &enterpriseId);

private:
    explicit ServerStore(store::Database database);
    store::Database m_database;
};

} // namespace taxbox::server
