#include "ServerStore.h"

#include "Names.h"

#include "crypto/Crypto.h"
#include "refund/RefundApplications.h"
#include "square/Package.h"
#include "square/Search.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

QString Reason::toStored() const
{
    QJsonArray list;
    for (const QString &arg : args)
        list.append(arg);
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"code"_s, code}, {u"args"_s, list}, {u"text"_s, text}}).toJson(QJsonDocument::Compact));
}

Reason Reason::fromStored(const QString &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (!document.isObject() || !document.object().contains(u"code"_s))
        return {{}, {}, stored};
    const QJsonObject object = document.object();
    QStringList args;
    for (const QJsonValue &value : object.value(u"args"_s).toArray())
        args.append(value.toString());
    return {object.value(u"code"_s).toString(), args, object.value(u"text"_s).toString()};
}

namespace {

struct Migration
{
    int version;
    const char *sql;
};

// One text for SQLite and PostgreSQL: TEXT and BIGINT only, times as ISO-8601 UTC text.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE account (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    kdf           TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE TABLE enterprise (
    id                     TEXT PRIMARY KEY,
    credit_code            TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL,
    created_at             TEXT NOT NULL,
    next_receipt           BIGINT NOT NULL DEFAULT 1,
    next_change            BIGINT NOT NULL DEFAULT 1,
    max_offline_hours      BIGINT NOT NULL DEFAULT 168,
    max_offline_amount_fen BIGINT NOT NULL DEFAULT 1000000000
);
CREATE TABLE membership (
    account_id    TEXT NOT NULL REFERENCES account (id),
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'accountant', 'admin')),
    PRIMARY KEY (account_id, enterprise_id)
);
CREATE TABLE refresh_token (
    token_hash  TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES account (id),
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);
CREATE INDEX refresh_token_account ON refresh_token (account_id);
CREATE TABLE device (
    id            TEXT PRIMARY KEY,
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    account_id    TEXT NOT NULL REFERENCES account (id),
    name          TEXT NOT NULL,
    public_key    TEXT NOT NULL,
    enrolled_at   TEXT NOT NULL,
    revoked_at    TEXT
);
CREATE INDEX device_enterprise ON device (enterprise_id);
CREATE TABLE sync_item (
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    uuid          TEXT NOT NULL,
    type          TEXT NOT NULL,
    item_key      TEXT,
    payload       TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    account_id    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'conflict')),
    reason        TEXT,
    receipt       BIGINT,
    current_receipt BIGINT NOT NULL,
    received_at   TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, uuid)
);
CREATE UNIQUE INDEX sync_item_receipt ON sync_item (enterprise_id, receipt);
CREATE INDEX sync_item_key ON sync_item (enterprise_id, item_key, receipt);
CREATE TABLE number_counter (
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    kind          TEXT NOT NULL,
    next_number   BIGINT NOT NULL,
    PRIMARY KEY (enterprise_id, kind)
);
CREATE TABLE number_range (
    id            TEXT PRIMARY KEY,
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    device_id     TEXT NOT NULL REFERENCES device (id),
    kind          TEXT NOT NULL,
    first_number  BIGINT NOT NULL,
    last_number   BIGINT NOT NULL,
    max_offline_hours      BIGINT NOT NULL,
    max_offline_amount_fen BIGINT NOT NULL,
    granted_at    TEXT NOT NULL
);
CREATE INDEX number_range_enterprise ON number_range (enterprise_id, kind, first_number);
CREATE TABLE change_log (
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    sequence      BIGINT NOT NULL,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, sequence)
);
CREATE TABLE rule_pack (
    version      TEXT PRIMARY KEY,
    pack         TEXT NOT NULL,
    signature    TEXT NOT NULL,
    published_at TEXT NOT NULL
);
)sql"},
    // Revocation: an account can be disabled (no sign-in, no refresh, no request with a token it holds).
    {2, R"sql(
ALTER TABLE account ADD COLUMN disabled_at TEXT;
)sql"},
    // Refund applications: every step of each (filed and withdrawn by the enterprise's devices, the tax
    // office's answers recorded by an administrator), oldest first; the newest is where it stands.
    {3, R"sql(
CREATE TABLE refund_event (
    enterprise_id  TEXT NOT NULL REFERENCES enterprise (id),
    application_id TEXT NOT NULL,
    step           BIGINT NOT NULL,
    state          TEXT NOT NULL,
    at             TEXT NOT NULL,
    by_name        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    amount         TEXT NOT NULL,
    document       TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, application_id, step)
);
)sql"},
    // The app square: packages publishers submit (the archive, signed by its publisher), the reviewers'
    // decisions and the countersigned archive an approval publishes, and revocations.
    {4, R"sql(
CREATE TABLE square_package (
    package_id          TEXT NOT NULL,
    version             TEXT NOT NULL,
    kind                TEXT NOT NULL,
    publisher           TEXT NOT NULL,
    manifest            TEXT NOT NULL,
    archive             TEXT NOT NULL,
    sha256              TEXT NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected')),
    reason              TEXT NOT NULL,
    submitted_at        TEXT NOT NULL,
    reviewed_by         TEXT NOT NULL,
    reviewed_at         TEXT NOT NULL,
    downloads           BIGINT NOT NULL,
    PRIMARY KEY (package_id, version)
);
CREATE TABLE square_revocation (
    package_id TEXT NOT NULL,
    version    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    revoked_at TEXT NOT NULL,
    PRIMARY KEY (package_id, version)
);
)sql"},
    // The square's people: publisher accounts, each bound to the publisher id and Ed25519 key its packages
    // must carry, and reviewers.
    {5, R"sql(
CREATE TABLE square_member (
    account_id    TEXT NOT NULL REFERENCES account (id),
    role          TEXT NOT NULL CHECK (role IN ('publisher', 'reviewer')),
    publisher_id  TEXT NOT NULL,
    publisher_key TEXT NOT NULL,
    PRIMARY KEY (account_id, role)
);
ALTER TABLE square_package ADD COLUMN size BIGINT NOT NULL DEFAULT 0;
)sql"},
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<void> migrate(SqlConnection &connection)
{
    SqlTransaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto locked = connection.lockForMigration(); !locked)
        return locked;
    if (auto created = connection.executeScript(
            "CREATE TABLE IF NOT EXISTS schema_migration (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)");
        !created)
        return created;
    auto current = connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_migration");
    if (!current)
        return std::unexpected(current.error());
    const qint64 version = current->int64(0, 0);
    for (const Migration &migration : kMigrations) {
        if (migration.version <= version)
            continue;
        if (auto applied = connection.executeScript(migration.sql); !applied)
            return applied;
        if (auto recorded = connection.execute("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)",
                                               {qint64(migration.version), now()});
            !recorded)
            return std::unexpected(recorded.error());
    }
    return transaction.commit();
}

/// Runs `body` in a transaction on a leased connection; commits when it succeeds.
template<typename T, typename Body> Result<T> inTransaction(SqlPool &pool, Body &&body)
{
    auto connection = pool.acquire();
    SqlTransaction transaction(*connection);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<T> result = body(*connection);
    if (!result)
        return result;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return result;
}

/// Adds `increment` to a counter column of a row and returns its value before, inside the caller's
/// transaction. The UPDATE comes first so that PostgreSQL locks the row until commit.
Result<qint64> takeFromCounter(SqlConnection &connection, std::string_view update, std::string_view select,
                               const QList<SqlValue> &key, qint64 increment)
{
    QList<SqlValue> parameters{increment};
    parameters.append(key);
    auto updated = connection.execute(update, parameters);
    if (!updated)
        return std::unexpected(updated.error());
    if (*updated != 1)
        return fail(u"not_found"_s, QCoreApplication::translate("ServerStore", "The counter row does not exist."));
    auto value = connection.query(select, key);
    if (!value)
        return std::unexpected(value.error());
    return value->int64(0, 0) - increment;
}

} // namespace

ServerStore::ServerStore(std::unique_ptr<SqlPool> pool)
    : m_pool(std::move(pool))
{ }

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &location, int connections)
{
    auto pool = SqlPool::open(location, connections);
    if (!pool)
        return std::unexpected(pool.error());
    {
        auto connection = (*pool)->acquire();
        if (auto migrated = migrate(*connection); !migrated)
            return std::unexpected(migrated.error());
    }
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(*pool)));
}

Result<QString> ServerStore::addAccount(const QString &name, const crypto::SecureBytes &password,
                                        const crypto::ScryptParameters *parameters)
{
    if (!checkedName(name, 64, u"name"_s))
        return fail(u"invalid_name"_s, tr("An account name has 1 to 64 characters."), u"name"_s);
    if (password.size() < 8)
        return fail(u"weak_password"_s, tr("The password must have at least 8 characters."), u"password"_s);
    const crypto::ScryptParameters kdf = parameters ? *parameters : crypto::ScryptParameters::generate();
    auto hash = crypto::Kdf::scrypt(password, kdf);
    if (!hash)
        return std::unexpected(hash.error());
    const QString id = newId();
    auto connection = m_pool->acquire();
    auto inserted
        = connection->execute("INSERT INTO account (id, name, kdf, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                              {id, name.trimmed(), compact(kdf.toJson()),
                               QString::fromLatin1(QByteArray(hash->view().constData(), hash->view().size()).toBase64()), now()});
    if (!inserted) {
        if (inserted.error().code == u"constraint_violated")
            return fail(u"duplicate_account"_s, tr("An account named \"%1\" already exists.").arg(name), u"name"_s);
        return std::unexpected(inserted.error());
    }
    return id;
}

Result<QString> ServerStore::authenticate(const QString &name, const crypto::SecureBytes &password)
{
    const auto refused = [] { return fail(u"invalid_credentials"_s, tr("The account name or password is wrong.")); };
    Result<SqlRows> found = [&] {
        auto connection = m_pool->acquire();
        return connection->query("SELECT id, kdf, password_hash, disabled_at FROM account WHERE name = ?", {name.trimmed()});
    }();
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty()) {
        // Spend the same time as for a real account, so response times do not tell which names exist.
        (void)crypto::Kdf::scrypt(password, crypto::ScryptParameters::generate());
        return refused();
    }
    auto kdf = crypto::ScryptParameters::fromJson(QJsonDocument::fromJson(found->text(0, 1).toUtf8()).object());
    if (!kdf)
        return std::unexpected(kdf.error());
    auto hash = crypto::Kdf::scrypt(password, *kdf);
    if (!hash)
        return std::unexpected(hash.error());
    const QByteArray stored = QByteArray::fromBase64(found->text(0, 2).toLatin1());
    // Constant-time comparison of the two hashes.
    if (!hash->equals(crypto::SecureBytes(reinterpret_cast<const unsigned char *>(stored.constData()),
                                          static_cast<std::size_t>(stored.size()))))
        return refused();
    if (!found->isNull(0, 3))
        return fail(u"account_disabled"_s, tr("This account is disabled; ask the server's administrator."));
    return found->text(0, 0);
}

Result<QString> ServerStore::addEnterprise(const QString &creditCode, const QString &name)
{
    if (auto checked = checkedName(name, 100, u"name"_s); !checked)
        return std::unexpected(checked.error());
    const QString id = newId();
    return inTransaction<QString>(*m_pool, [&](SqlConnection &connection) -> Result<QString> {
        auto inserted = connection.execute("INSERT INTO enterprise (id, credit_code, name, created_at) VALUES (?, ?, ?, ?)",
                                           {id, creditCode.trimmed().toUpper(), name.trimmed(), now()});
        if (!inserted) {
            if (inserted.error().code == u"constraint_violated")
                return fail(u"duplicate_enterprise"_s,
                            tr("An enterprise with the credit code %1 already exists.").arg(creditCode), u"credit_code"_s);
            return std::unexpected(inserted.error());
        }
        // A new enterprise learns of the newest published rule pack first.
        auto latest = connection.query("SELECT version FROM rule_pack ORDER BY published_at DESC LIMIT 1");
        if (!latest)
            return std::unexpected(latest.error());
        if (!latest->isEmpty()) {
            if (auto added = appendChange(connection, id, u"rule_pack"_s, {{u"version"_s, latest->text(0, 0)}}); !added)
                return std::unexpected(added.error());
        }
        return id;
    });
}

Result<void> ServerStore::addMember(const QString &enterpriseId, const QString &accountName, const QString &role)
{
    return inTransaction<void>(*m_pool, [&](SqlConnection &connection) -> Result<void> {
        auto account = connection.query("SELECT id FROM account WHERE name = ?", {accountName});
        if (!account)
            return std::unexpected(account.error());
        if (account->isEmpty())
            return fail(u"unknown_account"_s, tr("There is no account \"%1\".").arg(accountName), u"member"_s);
        const QString accountId = account->text(0, 0);
        if (auto removed
            = connection.execute("DELETE FROM membership WHERE account_id = ? AND enterprise_id = ?", {accountId, enterpriseId});
            !removed)
            return std::unexpected(removed.error());
        auto inserted = connection.execute("INSERT INTO membership (account_id, enterprise_id, role) VALUES (?, ?, ?)",
                                           {accountId, enterpriseId, role});
        if (!inserted) {
            if (inserted.error().code == u"constraint_violated")
                return fail(u"invalid_role"_s,
                            tr("\"%1\" is not a role (viewer, accountant, admin) or the enterprise is unknown.").arg(role),
                            u"role"_s);
            return std::unexpected(inserted.error());
        }
        return {};
    });
}

Result<QList<Membership>> ServerStore::memberships(const QString &accountId)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT e.id, e.credit_code, e.name, m.role FROM membership m JOIN enterprise e ON e.id = "
                                  "m.enterprise_id JOIN account a ON a.id = m.account_id WHERE m.account_id = ? AND "
                                  "a.disabled_at IS NULL ORDER BY e.name",
                                  {accountId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Membership> list;
    for (qsizetype r = 0; r < rows->size(); ++r)
        list.append({rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), rows->text(r, 3)});
    return list;
}

Result<std::optional<QString>> ServerStore::roleOf(const QString &accountId, const QString &enterpriseId)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT m.role FROM membership m JOIN account a ON a.id = m.account_id WHERE m.account_id = ? "
                                  "AND m.enterprise_id = ? AND a.disabled_at IS NULL",
                                  {accountId, enterpriseId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(rows->text(0, 0));
}

Result<QString> ServerStore::accountName(const QString &accountId)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT name FROM account WHERE id = ?", {accountId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(u"unknown_account"_s, tr("The account no longer exists."), u"account"_s);
    return rows->text(0, 0);
}

Result<void> ServerStore::removeMember(const QString &enterpriseId, const QString &accountName)
{
    return inTransaction<void>(*m_pool, [&](SqlConnection &connection) -> Result<void> {
        auto removed = connection.execute(
            "DELETE FROM membership WHERE enterprise_id = ? AND account_id = (SELECT id FROM account WHERE name = ?)",
            {enterpriseId, accountName});
        if (!removed)
            return std::unexpected(removed.error());
        if (*removed == 0)
            return fail(u"not_a_member"_s, tr("\"%1\" is not a member of this enterprise.").arg(accountName), u"member"_s);
        return {};
    });
}

Result<void> ServerStore::setAccountDisabled(const QString &accountName, bool disabled)
{
    return inTransaction<void>(*m_pool, [&](SqlConnection &connection) -> Result<void> {
        auto account = connection.query("SELECT id FROM account WHERE name = ?", {accountName});
        if (!account)
            return std::unexpected(account.error());
        if (account->isEmpty())
            return fail(u"unknown_account"_s, tr("There is no account \"%1\".").arg(accountName), u"account"_s);
        const QString id = account->text(0, 0);
        auto set = connection.execute("UPDATE account SET disabled_at = ? WHERE id = ?",
                                      {disabled ? SqlValue(now()) : SqlValue(nullptr), id});
        if (!set)
            return std::unexpected(set.error());
        if (disabled) {
            if (auto ended = connection.execute("DELETE FROM refresh_token WHERE account_id = ?", {id}); !ended)
                return std::unexpected(ended.error());
        }
        return {};
    });
}

Result<qint64> ServerStore::endSessions(const QString &accountName)
{
    auto connection = m_pool->acquire();
    auto ended = connection->execute("DELETE FROM refresh_token WHERE account_id = (SELECT id FROM account WHERE name = ?)",
                                     {accountName});
    if (!ended)
        return std::unexpected(ended.error());
    return *ended;
}

Result<QString> ServerStore::createRefreshToken(const QString &accountId, int lifetimeDays)
{
    const QString token
        = QString::fromLatin1(crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    auto connection = m_pool->acquire();
    auto inserted = connection->execute("INSERT INTO refresh_token (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
                                        {crypto::sha256Hex(token.toLatin1()), accountId,
                                         QDateTime::currentDateTimeUtc().addDays(lifetimeDays).toString(Qt::ISODateWithMs)});
    if (!inserted)
        return std::unexpected(inserted.error());
    return token;
}

Result<std::pair<QString, QString>> ServerStore::rotateRefreshToken(const QString &token, int lifetimeDays)
{
    const auto invalid
        = [] { return fail(u"invalid_refresh_token"_s, tr("The refresh token is not valid; sign in with your password.")); };
    auto rotated = inTransaction<QString>(*m_pool, [&](SqlConnection &connection) -> Result<QString> {
        const QString hash = crypto::sha256Hex(token.toLatin1());
        auto found = connection.query("SELECT account_id, expires_at, used_at FROM refresh_token WHERE token_hash = ?", {hash});
        if (!found)
            return std::unexpected(found.error());
        if (found->isEmpty())
            return invalid();
        const QString accountId = found->text(0, 0);
        if (!found->isNull(0, 2)) {
            // Used before: someone else holds a copy. Revoke the whole family; commit that, then refuse.
            if (auto revoked = connection.execute("DELETE FROM refresh_token WHERE account_id = ?", {accountId}); !revoked)
                return std::unexpected(revoked.error());
            return QString();
        }
        if (QDateTime::fromString(found->text(0, 1), Qt::ISODateWithMs) <= QDateTime::currentDateTimeUtc())
            return invalid();
        auto used
            = connection.execute("UPDATE refresh_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", {now(), hash});
        if (!used)
            return std::unexpected(used.error());
        if (*used != 1)
            return invalid();
        return accountId;
    });
    if (!rotated)
        return std::unexpected(rotated.error());
    if (rotated->isEmpty())
        return fail(
            u"refresh_token_reused"_s,
            tr("This refresh token was used before, so every session of the account was ended; sign in with your password."));
    auto fresh = createRefreshToken(*rotated, lifetimeDays);
    if (!fresh)
        return std::unexpected(fresh.error());
    return std::pair{*rotated, *fresh};
}

Result<QString> ServerStore::enrolDevice(const QString &enterpriseId, const QString &accountId, const QString &name,
                                         const QString &publicKey)
{
    const QString id = newId();
    auto connection = m_pool->acquire();
    auto inserted = connection->execute(
        "INSERT INTO device (id, enterprise_id, account_id, name, public_key, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)",
        {id, enterpriseId, accountId, name, publicKey, now()});
    if (!inserted)
        return std::unexpected(inserted.error());
    return id;
}

Result<QList<Device>> ServerStore::devices(const QString &enterpriseId)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT id, account_id, public_key, revoked_at, name, enrolled_at FROM device WHERE "
                                  "enterprise_id = ? ORDER BY enrolled_at",
                                  {enterpriseId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Device> list;
    for (qsizetype r = 0; r < rows->size(); ++r)
        list.append(
            {rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), !rows->isNull(r, 3), rows->text(r, 4), rows->text(r, 5)});
    return list;
}

Result<void> ServerStore::revokeDevice(const QString &deviceId)
{
    auto connection = m_pool->acquire();
    auto updated = connection->execute("UPDATE device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", {now(), deviceId});
    if (!updated)
        return std::unexpected(updated.error());
    if (*updated != 1)
        return fail(u"unknown_device"_s, tr("There is no device %1 that is not revoked already.").arg(deviceId), u"device"_s);
    return {};
}

Result<void> ServerStore::setOfflineLimits(const QString &enterpriseId, qint64 hours, qint64 amountFen)
{
    if (hours < 1 || hours > 24 * 366)
        return fail(u"invalid_hours"_s, tr("The offline time limit is 1 to 8784 hours."), u"hours"_s);
    if (amountFen < 0)
        return fail(u"invalid_amount"_s, tr("The offline amount limit cannot be negative."), u"amount"_s);
    auto connection = m_pool->acquire();
    auto updated = connection->execute("UPDATE enterprise SET max_offline_hours = ?, max_offline_amount_fen = ? WHERE id = ?",
                                       {hours, amountFen, enterpriseId});
    if (!updated)
        return std::unexpected(updated.error());
    if (*updated != 1)
        return fail(u"unknown_enterprise"_s, tr("There is no such enterprise."), u"enterprise"_s);
    return {};
}

Result<QString> ServerStore::enterpriseByCreditCode(const QString &creditCode)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT id FROM enterprise WHERE credit_code = ?", {creditCode.trimmed().toUpper()});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(u"unknown_enterprise"_s, tr("There is no enterprise with the credit code %1.").arg(creditCode),
                    u"enterprise"_s);
    return rows->text(0, 0);
}

Result<QString> ServerStore::creditCodeOf(const QString &enterpriseId)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT credit_code FROM enterprise WHERE id = ?", {enterpriseId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(u"not_found"_s, tr("There is no such enterprise."), u"enterprise"_s);
    return rows->text(0, 0);
}

Result<void> ServerStore::appendChange(SqlConnection &connection, const QString &enterpriseId, const QString &kind,
                                       const QJsonObject &payload)
{
    auto sequence = takeFromCounter(connection, "UPDATE enterprise SET next_change = next_change + ? WHERE id = ?",
                                    "SELECT next_change FROM enterprise WHERE id = ?", {enterpriseId}, 1);
    if (!sequence)
        return std::unexpected(sequence.error());
    auto inserted
        = connection.execute("INSERT INTO change_log (enterprise_id, sequence, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                             {enterpriseId, *sequence, kind, compact(payload), now()});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

namespace {

/// The newest step of an application: (state, step number), or ("", 0) when there is none.
Result<std::pair<QString, qint64>> refundHead(SqlConnection &connection, const QString &enterpriseId,
                                              const QString &applicationId)
{
    auto rows = connection.query("SELECT state, step FROM refund_event WHERE enterprise_id = ? AND application_id = ? ORDER BY "
                                 "step DESC LIMIT 1",
                                 {enterpriseId, applicationId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::pair{QString(), qint64(0)};
    return std::pair{rows->text(0, 0), rows->int64(0, 1)};
}

Result<void> insertRefundStep(SqlConnection &connection, const QString &enterpriseId, const QString &applicationId, qint64 step,
                              const QJsonObject &event)
{
    auto inserted = connection.execute(
        "INSERT INTO refund_event (enterprise_id, application_id, step, state, at, by_name, reason, "
        "amount, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {enterpriseId, applicationId, step, event.value(u"state"_s).toString(), event.value(u"at"_s).toString(),
         event.value(u"by"_s).toString(), event.value(u"reason"_s).toString(), event.value(u"amount"_s).toString(),
         event.value(u"document"_s).toString()});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace

Result<Reason> ServerStore::recordRefundStep(SqlConnection &connection, const QString &enterpriseId, const IncomingItem &item)
{
    const QJsonObject payload = QJsonDocument::fromJson(item.payload.toUtf8()).object();
    const bool filed = item.type == u"refund.filed";
    const QJsonObject content = filed ? payload.value(u"content"_s).toObject() : payload;
    const QString id = content.value(u"id"_s).toString();
    auto head = refundHead(connection, enterpriseId, id);
    if (!head)
        return std::unexpected(head.error());
    // Filed once, or again after a refusal; withdrawn only before the office decides.
    const QString from = head->first.isEmpty()                  ? QString(refund::RefundState::Draft)
        : filed && head->first == refund::RefundState::Rejected ? QString(refund::RefundState::Draft)
                                                                : head->first;
    const QString to = filed ? refund::RefundState::Submitted : refund::RefundState::Withdrawn;
    if (auto allowed = refund::RefundStateMachine::check(from, to, refund::RefundActor::Taxpayer); !allowed)
        return Reason{u"refund_state"_s, {id, head->first, to}, allowed.error().message};
    const QJsonObject event{{u"state"_s, to},
                            {u"at"_s, filed ? content.value(u"filed_at"_s).toString() : payload.value(u"at"_s).toString()},
                            {u"by"_s, filed ? content.value(u"filed_by"_s).toString() : payload.value(u"by"_s).toString()},
                            {u"reason"_s, filed ? QString() : payload.value(u"reason"_s).toString()},
                            {u"amount"_s, filed ? content.value(u"amount_claimed"_s).toString() : QString()},
                            {u"document"_s, item.uuid}};
    if (auto inserted = insertRefundStep(connection, enterpriseId, id, head->second + 1, event); !inserted)
        return std::unexpected(inserted.error());
    return Reason{};
}

Result<QJsonObject> ServerStore::decideRefund(const QString &enterpriseId, const QString &applicationId, const QString &state,
                                              const QString &by, const QString &reason, const QString &amount,
                                              const QString &document)
{
    return inTransaction<QJsonObject>(*m_pool, [&](SqlConnection &connection) -> Result<QJsonObject> {
        // The enterprise row is the lock of its change feed (appendChange) and of its applications' steps.
        auto locked = connection.execute("UPDATE enterprise SET next_change = next_change WHERE id = ?", {enterpriseId});
        if (!locked)
            return std::unexpected(locked.error());
        auto head = refundHead(connection, enterpriseId, applicationId);
        if (!head)
            return std::unexpected(head.error());
        if (head->first.isEmpty())
            return fail(u"not_found"_s, tr("The enterprise has filed no refund application %1.").arg(applicationId),
                        u"application"_s);
        if (auto allowed = refund::RefundStateMachine::check(head->first, state, refund::RefundActor::Office); !allowed)
            return std::unexpected(allowed.error());
        if (state == refund::RefundState::Rejected && reason.trimmed().isEmpty())
            return fail(u"reason_required"_s, tr("A refusal gives its reasons."), u"reason"_s);
        const QJsonObject event{{u"id"_s, applicationId}, {u"state"_s, state},   {u"at"_s, now()},         {u"by"_s, by},
                                {u"reason"_s, reason},    {u"amount"_s, amount}, {u"document"_s, document}};
        if (auto inserted = insertRefundStep(connection, enterpriseId, applicationId, head->second + 1, event); !inserted)
            return std::unexpected(inserted.error());
        if (auto added = appendChange(connection, enterpriseId, u"refund.status"_s, event); !added)
            return std::unexpected(added.error());
        return event;
    });
}

Result<QJsonArray> ServerStore::refunds(const QString &enterpriseId)
{
    auto connection = m_pool->acquire();
    auto rows
        = connection->query("SELECT e.application_id, e.state, e.at, e.by_name, e.reason, e.amount, e.document, s.payload FROM "
                            "refund_event e LEFT JOIN sync_item s ON s.enterprise_id = e.enterprise_id AND s.uuid = e.document "
                            "WHERE e.enterprise_id = ? ORDER BY e.application_id, e.step",
                            {enterpriseId});
    if (!rows)
        return std::unexpected(rows.error());
    QJsonArray list;
    QJsonObject current;
    QJsonArray history;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        current.insert(u"history"_s, history);
        list.append(current);
        current = {};
        history = {};
    };
    for (qsizetype r = 0; r < rows->size(); ++r) {
        const QString id = rows->text(r, 0);
        if (current.value(u"id"_s).toString() != id)
            flush();
        if (current.isEmpty())
            current.insert(u"id"_s, id);
        const QJsonObject filedContent
            = QJsonDocument::fromJson(rows->text(r, 7).toUtf8()).object().value(u"content"_s).toObject();
        if (!filedContent.isEmpty()) {
            for (const QString &key : {u"kind"_s, u"period"_s, u"revision"_s, u"amount_claimed"_s, u"figures"_s})
                current.insert(key, filedContent.value(key));
        }
        current.insert(u"state"_s, rows->text(r, 1));
        history.append(QJsonObject{{u"state"_s, rows->text(r, 1)},
                                   {u"at"_s, rows->text(r, 2)},
                                   {u"by"_s, rows->text(r, 3)},
                                   {u"reason"_s, rows->text(r, 4)},
                                   {u"amount"_s, rows->text(r, 5)}});
    }
    flush();
    return list;
}

// ---------------------------------------------------------------------------------------------------
// The app square

namespace {

/// What changed from the last approved version: permissions and files, for the reviewer.
QJsonObject squareChanges(const square::PackageManifest &now, const std::optional<square::PackageManifest> &before)
{
    if (!before)
        return {{u"first_version"_s, true}};
    QJsonArray added, removed, filesChanged;
    for (const QString &permission : now.permissions) {
        if (!before->permissions.contains(permission))
            added.append(permission);
    }
    for (const QString &permission : before->permissions) {
        if (!now.permissions.contains(permission))
            removed.append(permission);
    }
    for (auto it = now.files.constBegin(); it != now.files.constEnd(); ++it) {
        if (before->files.value(it.key()) != it.value())
            filesChanged.append(it.key());
    }
    for (auto it = before->files.constBegin(); it != before->files.constEnd(); ++it) {
        if (!now.files.contains(it.key()))
            filesChanged.append(it.key());
    }
    return {{u"since"_s, before->version},
            {u"permissions_added"_s, added},
            {u"permissions_removed"_s, removed},
            {u"files_changed"_s, filesChanged}};
}

} // namespace

Result<QJsonObject> ServerStore::squareSubmit(const QByteArray &archive, const QString &submittedBy,
                                              const std::optional<SquarePublisher> &publisher)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"submitted.tbx"_s);
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(archive) != archive.size())
        return fail(u"write_failed"_s, tr("The package could not be staged."), u"package"_s);
    file.close();
    square::Package::Context context;
    context.requireSquareSignature = false; // the square countersigns once a reviewer approves
    auto package = square::Package::verify(path, context);
    if (!package)
        return std::unexpected(package.error());
    const square::PackageManifest &m = package->manifest();
    // A publisher account publishes only as the publisher it was registered as, with that key: nobody uploads
    // a package in another publisher's name.
    if (publisher && (m.publisherId != publisher->id || m.publisherKey != publisher->key))
        return fail(u"publisher_mismatch"_s,
                    tr("The package names the publisher \"%1\" or a key that is not the one registered for your account (%2).")
                        .arg(m.publisherId, publisher->id),
                    u"publisher"_s);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
    return inTransaction<QJsonObject>(*m_pool, [&](SqlConnection &connection) -> Result<QJsonObject> {
        auto inserted = connection.execute(
            "INSERT INTO square_package (package_id, version, kind, publisher, manifest, archive, sha256, state, reason, "
            "submitted_at, reviewed_by, reviewed_at, downloads) VALUES (?, ?, ?, coalesce(?, ''), ?, ?, ?, 'pending', '', ?, '', "
            "'', 0)",
            {m.id, m.version, m.kind, submittedBy, QString::fromUtf8(package->manifestBytes()),
             QString::fromLatin1(archive.toBase64()), sha, now()});
        if (!inserted) {
            if (inserted.error().code == u"constraint_violated")
                return fail(u"already_submitted"_s,
                            tr("%1 %2 was submitted already; publish a new version.").arg(m.id, m.version), u"version"_s);
            return std::unexpected(inserted.error());
        }
        return QJsonObject{{u"id"_s, m.id}, {u"version"_s, m.version}, {u"state"_s, u"pending"_s}, {u"sha256"_s, sha}};
    });
}

Result<QJsonArray> ServerStore::squarePackages(const QString &state, const QString &search, const QString &id,
                                               const QString &version)
{
    auto connection = m_pool->acquire();
    auto rows
        = connection->query("SELECT package_id, version, kind, publisher, manifest, sha256, state, reason, submitted_at, "
                            "reviewed_by, reviewed_at, downloads, size FROM square_package ORDER BY package_id, submitted_at",
                            {});
    if (!rows)
        return std::unexpected(rows.error());
    auto revoked = connection->query("SELECT package_id, version, reason FROM square_revocation", {});
    if (!revoked)
        return std::unexpected(revoked.error());
    QHash<QString, QString> revocations;
    for (qsizetype r = 0; r < revoked->size(); ++r)
        revocations.insert(revoked->text(r, 0) + u'@' + revoked->text(r, 1), revoked->text(r, 2));
    QHash<QString, square::PackageManifest> lastApproved;
    QJsonArray list;
    for (qsizetype r = 0; r < rows->size(); ++r) {
        auto manifest = square::PackageManifest::parse(rows->text(r, 4).toUtf8());
        if (!manifest)
            continue;
        const QString rowState = rows->text(r, 6);
        const QString revocation
            = revocations.value(manifest->id + u"@*"_s, revocations.value(manifest->id + u'@' + manifest->version));
        const std::optional<square::PackageManifest> before
            = lastApproved.contains(manifest->id) ? std::optional(lastApproved.value(manifest->id)) : std::nullopt;
        if (rowState == u"approved")
            lastApproved.insert(manifest->id, *manifest);
        if ((!state.isEmpty() && rowState != state) || (!id.isEmpty() && manifest->id != id)
            || (!version.isEmpty() && manifest->version != version))
            continue;
        if (!search.isEmpty() && !square::matchesSearch(*manifest, search))
            continue;
        QJsonObject entry = manifest->toJson();
        entry.insert(u"state"_s, rowState);
        entry.insert(u"sha256"_s, rows->text(r, 5));
        entry.insert(u"submitted_by"_s, rows->text(r, 3));
        entry.insert(u"submitted_at"_s, rows->text(r, 8));
        entry.insert(u"downloads"_s, rows->int64(r, 11));
        entry.insert(u"category"_s, manifest->category);
        entry.insert(u"keywords"_s, QJsonArray::fromStringList(manifest->keywords));
        QJsonArray screenshots; // with their signed hashes, so a client checks what the screenshot route sends
        for (const QString &path : std::as_const(manifest->screenshots))
            screenshots.append(QJsonObject{{u"path"_s, path}, {u"sha256"_s, manifest->files.value(path)}});
        entry.insert(u"screenshots"_s, screenshots);
        if (!rows->text(r, 7).isEmpty())
            entry.insert(u"reason"_s, rows->text(r, 7));
        if (!revocation.isEmpty())
            entry.insert(u"revoked"_s, revocation);
        if (rowState == u"pending")
            entry.insert(u"changes"_s, squareChanges(*manifest, before));
        entry.insert(u"size"_s, rows->int64(r, 12));
        list.append(entry);
    }
    return list;
}

Result<SquareArchive> ServerStore::squareArchive(const QString &id, const QString &version, bool countDownload)
{
    auto connection = m_pool->acquire();
    auto row = connection->query(
        "SELECT archive, sha256, manifest FROM square_package WHERE package_id = ? AND version = ? AND state = "
        "'approved' AND NOT EXISTS (SELECT 1 FROM square_revocation r WHERE r.package_id = ? AND "
        "(r.version = ? OR r.version = '*'))",
        {id, version, id, version});
    if (!row)
        return std::unexpected(row.error());
    if (row->isEmpty())
        return fail(u"not_found"_s, tr("%1 %2 is not in the square (not approved, or revoked).").arg(id, version), u"package"_s);
    if (countDownload) {
        auto counted = connection->execute(
            "UPDATE square_package SET downloads = downloads + 1 WHERE package_id = ? AND version = ?", {id, version});
        if (!counted)
            return std::unexpected(counted.error());
    }
    return SquareArchive{QByteArray::fromBase64(row->text(0, 0).toLatin1()), row->text(0, 1), row->text(0, 2).toUtf8()};
}

Result<void> ServerStore::squareGrant(const QString &accountName, const QString &role, const QString &publisherId,
                                      const QByteArray &publisherKey)
{
    if (role != u"publisher" && role != u"reviewer")
        return fail(u"invalid_role"_s, tr("\"%1\" is not a square role (publisher, reviewer).").arg(role), u"role"_s);
    if (role == u"publisher" && (publisherId.isEmpty() || publisherKey.size() != 32))
        return fail(u"required"_s, tr("A publisher account needs the publisher id and its Ed25519 public key (32 bytes)."),
                    u"publisher"_s);
    return inTransaction<void>(*m_pool, [&](SqlConnection &connection) -> Result<void> {
        auto account = connection.query("SELECT id FROM account WHERE name = ?", {accountName});
        if (!account)
            return std::unexpected(account.error());
        if (account->isEmpty())
            return fail(u"unknown_account"_s, tr("There is no account \"%1\".").arg(accountName), u"member"_s);
        const QString accountId = account->text(0, 0);
        if (auto removed = connection.execute("DELETE FROM square_member WHERE account_id = ? AND role = ?", {accountId, role});
            !removed)
            return std::unexpected(removed.error());
        auto inserted = connection.execute("INSERT INTO square_member (account_id, role, publisher_id, publisher_key) VALUES (?, "
                                           "?, coalesce(?, ''), coalesce(?, ''))",
                                           {accountId, role, publisherId, QString::fromLatin1(publisherKey.toBase64())});
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    });
}

Result<SquareRoles> ServerStore::squareRolesOf(const QString &accountId)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT m.role, m.publisher_id, m.publisher_key FROM square_member m JOIN account a ON "
                                  "a.id = m.account_id WHERE m.account_id = ? AND a.disabled_at IS NULL",
                                  {accountId});
    if (!rows)
        return std::unexpected(rows.error());
    SquareRoles roles;
    for (qsizetype r = 0; r < rows->size(); ++r) {
        if (rows->text(r, 0) == u"reviewer")
            roles.reviewer = true;
        else
            roles.publisher = SquarePublisher{rows->text(r, 1), QByteArray::fromBase64(rows->text(r, 2).toLatin1())};
    }
    return roles;
}

Result<QJsonObject> ServerStore::squareDecide(const QString &id, const QString &version, bool approve, const QString &reviewer,
                                              const QString &reason,
                                              const std::function<QByteArray(const QByteArray &)> &countersign)
{
    if (!approve && reason.trimmed().isEmpty())
        return fail(u"reason_required"_s, tr("A rejection tells the publisher why."), u"reason"_s);
    return inTransaction<QJsonObject>(*m_pool, [&](SqlConnection &connection) -> Result<QJsonObject> {
        auto row
            = connection.query("SELECT archive, state FROM square_package WHERE package_id = ? AND version = ?", {id, version});
        if (!row)
            return std::unexpected(row.error());
        if (row->isEmpty())
            return fail(u"not_found"_s, tr("%1 %2 was not submitted.").arg(id, version), u"package"_s);
        if (row->text(0, 1) != u"pending")
            return fail(u"already_reviewed"_s, tr("%1 %2 is %3 already.").arg(id, version, row->text(0, 1)), u"package"_s);
        QString archive = row->text(0, 0);
        QString sha;
        qint64 archiveSize = 0;
        if (approve) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"approved.tbx"_s);
            QFile file(path);
            const QByteArray bytes = QByteArray::fromBase64(archive.toLatin1());
            if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return fail(u"write_failed"_s, tr("The package could not be staged."), u"package"_s);
            file.close();
            square::Package::Context context;
            context.requireSquareSignature = false;
            auto package = square::Package::verify(path, context);
            if (!package)
                return std::unexpected(package.error());
            const QByteArray signature
                = countersign(square::Package::squareSigningBytes(package->manifestBytes(), package->publisherSignature()));
            auto signedArchive = package->countersigned(signature);
            if (!signedArchive)
                return std::unexpected(signedArchive.error());
            archive = QString::fromLatin1(signedArchive->toBase64());
            sha = QString::fromLatin1(QCryptographicHash::hash(*signedArchive, QCryptographicHash::Sha256).toHex());
            archiveSize = signedArchive->size();
        }
        auto updated = connection.execute(
            "UPDATE square_package SET state = ?, reason = coalesce(?, ''), reviewed_by = coalesce(?, ''), reviewed_at = ?, "
            "archive = ?, sha256 = coalesce(?, sha256), size = ? WHERE package_id = ? AND version = ?",
            {approve ? u"approved"_s : u"rejected"_s, reason, reviewer, now(), archive,
             sha.isEmpty() ? SqlValue(nullptr) : SqlValue(sha), archiveSize, id, version});
        if (!updated)
            return std::unexpected(updated.error());
        return QJsonObject{{u"id"_s, id}, {u"version"_s, version}, {u"state"_s, approve ? u"approved"_s : u"rejected"_s}};
    });
}

Result<void> ServerStore::squareRevoke(const QString &id, const QString &version, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(u"reason_required"_s, tr("A revocation tells everyone why."), u"reason"_s);
    return inTransaction<void>(*m_pool, [&](SqlConnection &connection) -> Result<void> {
        auto known = connection.query("SELECT 1 FROM square_package WHERE package_id = ? AND (version = ? OR ? = '*')",
                                      {id, version, version});
        if (!known)
            return std::unexpected(known.error());
        if (known->isEmpty())
            return fail(u"not_found"_s, tr("%1 %2 was not submitted.").arg(id, version), u"package"_s);
        auto inserted
            = connection.execute("INSERT INTO square_revocation (package_id, version, reason, revoked_at) VALUES (?, ?, ?, ?)",
                                 {id, version, reason, now()});
        if (!inserted && inserted.error().code != u"constraint_violated")
            return std::unexpected(inserted.error());
        return {};
    });
}

Result<QByteArray> ServerStore::squareRevocations()
{
    auto connection = m_pool->acquire();
    auto rows = connection->query(
        "SELECT package_id, version, reason, revoked_at FROM square_revocation ORDER BY revoked_at, package_id", {});
    if (!rows)
        return std::unexpected(rows.error());
    QJsonArray revoked;
    for (qsizetype r = 0; r < rows->size(); ++r)
        revoked.append(
            QJsonObject{{u"id"_s, rows->text(r, 0)}, {u"version"_s, rows->text(r, 1)}, {u"reason"_s, rows->text(r, 2)}});
    return QJsonDocument(QJsonObject{{u"issued_at"_s, now()}, {u"revoked"_s, revoked}}).toJson(QJsonDocument::Compact);
}

Result<QList<SyncAnswer>> ServerStore::applySync(const QString &enterpriseId, const QString &accountId,
                                                 const QList<IncomingItem> &items)
{
    return inTransaction<QList<SyncAnswer>>(*m_pool, [&](SqlConnection &connection) -> Result<QList<SyncAnswer>> {
        // Lock the enterprise row first: batches of one enterprise apply one after another, on any node.
        auto locked = connection.execute("UPDATE enterprise SET next_receipt = next_receipt WHERE id = ?", {enterpriseId});
        if (!locked)
            return std::unexpected(locked.error());
        if (*locked != 1)
            return fail(u"not_found"_s, tr("There is no such enterprise."));
        QList<SyncAnswer> answers;
        answers.reserve(items.size());
        for (const IncomingItem &item : items) {
            auto existing = connection.query("SELECT status, receipt, received_at, reason, current_receipt FROM sync_item WHERE "
                                             "enterprise_id = ? AND uuid = ?",
                                             {enterpriseId, item.uuid});
            if (!existing)
                return std::unexpected(existing.error());
            if (!existing->isEmpty()) {
                const QString status = existing->text(0, 0);
                answers.append({item.uuid, status == u"accepted" ? u"duplicate"_s : status, existing->int64(0, 1),
                                existing->text(0, 2), Reason::fromStored(existing->text(0, 3)), existing->int64(0, 4)});
                continue;
            }
            SyncAnswer answer{item.uuid, u"accepted"_s, 0, now(), item.rejection, 0};
            if (!item.rejection.isEmpty()) {
                answer.status = u"rejected"_s;
            } else if (!item.key.isEmpty()) {
                // Optimistic concurrency per record: the device must have started from the newest version.
                auto head = connection.query("SELECT MAX(receipt) FROM sync_item WHERE enterprise_id = ? AND item_key = ? AND "
                                             "status = 'accepted'",
                                             {enterpriseId, item.key});
                if (!head)
                    return std::unexpected(head.error());
                const qint64 current = head->int64(0, 0);
                if (current != 0 && current != item.base) {
                    answer.status = u"conflict"_s;
                    answer.currentReceipt = current;
                    answer.reason = {u"changed_on_server"_s,
                                     {item.key, QString::number(current), QString::number(item.base)},
                                     tr("%1 was changed on the server (receipt %2) after this device's version (receipt %3).")
                                         .arg(item.key)
                                         .arg(current)
                                         .arg(item.base)};
                }
            }
            if (answer.status == u"accepted" && (item.type == u"refund.filed" || item.type == u"refund.withdrawn")) {
                if (auto refused = recordRefundStep(connection, enterpriseId, item); !refused)
                    return std::unexpected(refused.error());
                else if (!refused->isEmpty()) {
                    answer.status = u"rejected"_s;
                    answer.reason = *refused;
                }
            }
            if (answer.status == u"accepted") {
                auto receipt = takeFromCounter(connection, "UPDATE enterprise SET next_receipt = next_receipt + ? WHERE id = ?",
                                               "SELECT next_receipt FROM enterprise WHERE id = ?", {enterpriseId}, 1);
                if (!receipt)
                    return std::unexpected(receipt.error());
                answer.receipt = *receipt;
            }
            auto inserted = connection.execute(
                "INSERT INTO sync_item (enterprise_id, uuid, type, item_key, payload, device_id, account_id, status, reason, "
                "receipt, current_receipt, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                // A rejected item's payload is not kept: the answer (status and reason) is all a resend needs,
                // and a store of refused, possibly hostile, payloads would only grow.
                {enterpriseId, item.uuid, item.type, item.key, answer.status == u"rejected" ? u"{}"_s : item.payload,
                 item.deviceId, accountId, answer.status,
                 answer.reason.isEmpty() ? SqlValue(nullptr) : SqlValue(answer.reason.toStored()),
                 answer.receipt ? SqlValue(answer.receipt) : SqlValue(nullptr), answer.currentReceipt, answer.receivedAt});
            if (!inserted)
                return std::unexpected(inserted.error());
            if (answer.status == u"accepted") {
                if (auto added = appendChange(connection, enterpriseId, u"item"_s,
                                              {{u"uuid"_s, item.uuid},
                                               {u"type"_s, item.type},
                                               {u"key"_s, item.key},
                                               {u"device_id"_s, item.deviceId},
                                               {u"receipt"_s, answer.receipt}});
                    !added)
                    return std::unexpected(added.error());
                if (!item.forwardTo.isEmpty()) {
                    if (auto forwarded = appendChange(connection, item.forwardTo, item.type,
                                                      QJsonDocument::fromJson(item.payload.toUtf8()).object());
                        !forwarded)
                        return std::unexpected(forwarded.error());
                }
            }
            answers.append(answer);
        }
        return answers;
    });
}

Result<qint64> ServerStore::itemCount(const QString &enterpriseId)
{
    auto connection = m_pool->acquire();
    auto count
        = connection->query("SELECT count(*) FROM sync_item WHERE enterprise_id = ? AND status = 'accepted'", {enterpriseId});
    if (!count)
        return std::unexpected(count.error());
    return count->int64(0, 0);
}

Result<NumberRange> ServerStore::allocateRange(const QString &enterpriseId, const QString &deviceId, const QString &kind,
                                               qint64 count)
{
    {
        // The counter row of a new kind; a concurrent creator (another node) wins harmlessly.
        auto connection = m_pool->acquire();
        auto exists
            = connection->query("SELECT 1 FROM number_counter WHERE enterprise_id = ? AND kind = ?", {enterpriseId, kind});
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->isEmpty()) {
            auto created = connection->execute("INSERT INTO number_counter (enterprise_id, kind, next_number) VALUES (?, ?, 1)",
                                               {enterpriseId, kind});
            if (!created && created.error().code != u"constraint_violated")
                return std::unexpected(created.error());
        }
    }
    return inTransaction<NumberRange>(*m_pool, [&](SqlConnection &connection) -> Result<NumberRange> {
        auto first = takeFromCounter(
            connection, "UPDATE number_counter SET next_number = next_number + ? WHERE enterprise_id = ? AND kind = ?",
            "SELECT next_number FROM number_counter WHERE enterprise_id = ? AND kind = ?", {enterpriseId, kind}, count);
        if (!first)
            return std::unexpected(first.error());
        auto limits
            = connection.query("SELECT max_offline_hours, max_offline_amount_fen FROM enterprise WHERE id = ?", {enterpriseId});
        if (!limits)
            return std::unexpected(limits.error());
        NumberRange range{
            newId(), enterpriseId, deviceId, kind, *first, *first + count - 1, limits->int64(0, 0), limits->int64(0, 1), now()};
        auto inserted
            = connection.execute("INSERT INTO number_range (id, enterprise_id, device_id, kind, first_number, last_number, "
                                 "max_offline_hours, max_offline_amount_fen, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 {range.id, enterpriseId, deviceId, kind, range.first, range.last, range.maxOfflineHours,
                                  range.maxOfflineAmountFen, range.grantedAt});
        if (!inserted)
            return std::unexpected(inserted.error());
        return range;
    });
}

Result<QList<NumberRange>> ServerStore::ranges(const QString &enterpriseId)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT id, device_id, kind, first_number, last_number, max_offline_hours, "
                                  "max_offline_amount_fen, granted_at FROM number_range WHERE enterprise_id = ? "
                                  "ORDER BY kind, first_number",
                                  {enterpriseId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<NumberRange> list;
    for (qsizetype r = 0; r < rows->size(); ++r) {
        list.append({rows->text(r, 0), enterpriseId, rows->text(r, 1), rows->text(r, 2), rows->int64(r, 3), rows->int64(r, 4),
                     rows->int64(r, 5), rows->int64(r, 6), rows->text(r, 7)});
    }
    return list;
}

Result<QJsonArray> ServerStore::filings(const QString &enterpriseId, const QString &periodPrefix)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT payload, receipt, received_at FROM sync_item WHERE enterprise_id = ? AND type = "
                                  "'filing.filed' AND status = 'accepted' ORDER BY receipt",
                                  {enterpriseId});
    if (!rows)
        return std::unexpected(rows.error());
    QJsonArray list;
    for (qsizetype r = 0; r < rows->size(); ++r) {
        const QJsonObject content = QJsonDocument::fromJson(rows->text(r, 0).toUtf8()).object().value(u"content"_s).toObject();
        if (!content.value(u"period"_s).toString().startsWith(periodPrefix))
            continue;
        list.append(QJsonObject{{u"form"_s, content.value(u"form"_s)},
                                {u"period"_s, content.value(u"period"_s)},
                                {u"revision"_s, content.value(u"revision"_s)},
                                {u"version"_s, content.value(u"version"_s)},
                                {u"filed_at"_s, content.value(u"filed_at"_s)},
                                {u"filed_by"_s, content.value(u"filed_by"_s)},
                                {u"receipt"_s, rows->int64(r, 1)},
                                {u"received_at"_s, rows->text(r, 2)}});
    }
    return list;
}

Result<QList<Change>> ServerStore::changes(const QString &enterpriseId, qint64 cursor, int limit)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT sequence, kind, payload, created_at FROM change_log WHERE enterprise_id = ? AND "
                                  "sequence > ? ORDER BY sequence LIMIT ?",
                                  {enterpriseId, cursor, qint64(limit)});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Change> list;
    for (qsizetype r = 0; r < rows->size(); ++r) {
        list.append(
            {rows->int64(r, 0), rows->text(r, 1), QJsonDocument::fromJson(rows->text(r, 2).toUtf8()).object(), rows->text(r, 3)});
    }
    return list;
}

Result<void> ServerStore::publishRulePack(const RulePackRecord &pack)
{
    return inTransaction<void>(*m_pool, [&](SqlConnection &connection) -> Result<void> {
        auto inserted = connection.execute("INSERT INTO rule_pack (version, pack, signature, published_at) VALUES (?, ?, ?, ?)",
                                           {pack.version, pack.pack, pack.signature, now()});
        if (!inserted) {
            if (inserted.error().code == u"constraint_violated")
                return fail(u"duplicate_rule_pack"_s, tr("Rule pack %1 is already published.").arg(pack.version), u"version"_s);
            return std::unexpected(inserted.error());
        }
        auto enterprises = connection.query("SELECT id FROM enterprise ORDER BY id");
        if (!enterprises)
            return std::unexpected(enterprises.error());
        for (qsizetype r = 0; r < enterprises->size(); ++r) {
            if (auto added = appendChange(connection, enterprises->text(r, 0), u"rule_pack"_s, {{u"version"_s, pack.version}});
                !added)
                return added;
        }
        return {};
    });
}

Result<std::optional<RulePackRecord>> ServerStore::rulePack(const QString &version)
{
    auto connection = m_pool->acquire();
    auto rows = connection->query("SELECT version, pack, signature FROM rule_pack WHERE version = ?", {version});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<RulePackRecord>();
    return std::optional<RulePackRecord>(RulePackRecord{rows->text(0, 0), rows->text(0, 1), rows->text(0, 2)});
}

} // namespace taxbox::server
