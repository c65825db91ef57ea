#include "ServerStore.h"

#include "crypto/Crypto.h"

#include <QDir>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

namespace {

constexpr store::Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE account (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    kdf           TEXT NOT NULL,
    password_hash BLOB NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE TABLE enterprise (
    id          TEXT PRIMARY KEY,
    credit_code TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE membership (
    account_id    TEXT NOT NULL REFERENCES account (id),
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'accountant', 'admin')),
    PRIMARY KEY (account_id, enterprise_id)
);
CREATE TABLE sync_item (
    enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
    uuid          TEXT NOT NULL,
    type          TEXT NOT NULL,
    payload       TEXT NOT NULL,
    account_id    TEXT NOT NULL,
    receipt       INTEGER NOT NULL,
    received_at   TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, uuid)
);
CREATE UNIQUE INDEX sync_item_receipt ON sync_item (enterprise_id, receipt);
)sql"},
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ServerStore::ServerStore(store::Database database)
    : m_database(std::move(database))
{ }

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return fail(u"data_unwritable"_s, tr("The data folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory)));
    const QString path = QDir(directory).filePath(u"taxbox-server.db"_s);
    auto database = store::Database::openUnencrypted(path, store::Database::Mode::Create);
    if (!database)
        return std::unexpected(database.error());
    if (auto migrated = store::migrate(*database, kMigrations); !migrated)
        return std::unexpected(migrated.error());
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(*database)));
}

Result<QString> ServerStore::addAccount(const QString &name, const crypto::SecureBytes &password,
                                        const crypto::ScryptParameters *parameters)
{
    if (name.trimmed().isEmpty() || name.size() > 64)
        return fail(u"invalid_name"_s, tr("An account name has 1 to 64 characters."), u"name"_s);
    if (password.size() < 8)
        return fail(u"weak_password"_s, tr("The password must have at least 8 characters."), u"password"_s);
    const crypto::ScryptParameters kdf = parameters ? *parameters : crypto::ScryptParameters::generate();
    auto hash = crypto::Kdf::scrypt(password, kdf);
    if (!hash)
        return std::unexpected(hash.error());
    auto insert = m_database.prepare("INSERT INTO account (id, name, kdf, password_hash, created_at) VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    insert->bind(1, id)
        .bind(2, name.trimmed())
        .bind(3, QString::fromUtf8(QJsonDocument(kdf.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, QByteArray(hash->view().constData(), hash->view().size()))
        .bind(5, now());
    if (auto ran = insert->run(); !ran) {
        if (ran.error().code == u"constraint_violated")
            return fail(u"duplicate_account"_s, tr("An account named \"%1\" already exists.").arg(name), u"name"_s);
        return std::unexpected(ran.error());
    }
    return id;
}

Result<QString> ServerStore::authenticate(const QString &name, const crypto::SecureBytes &password)
{
    const auto refused = [] { return fail(u"invalid_credentials"_s, tr("The account name or password is wrong.")); };
    auto select = m_database.prepare("SELECT id, kdf, password_hash FROM account WHERE name = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, name.trimmed());
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        // Spend the same time as for a real account, so response times do not tell which names exist.
        (void)crypto::Kdf::scrypt(password, crypto::ScryptParameters::generate());
        return refused();
    }
    auto kdf = crypto::ScryptParameters::fromJson(QJsonDocument::fromJson(select->text(1).toUtf8()).object());
    if (!kdf)
        return std::unexpected(kdf.error());
    auto hash = crypto::Kdf::scrypt(password, *kdf);
    if (!hash)
        return std::unexpected(hash.error());
    const QByteArray stored = select->blob(2);
    // Constant-time comparison of the two hashes.
    if (!hash->equals(crypto::SecureBytes(reinterpret_cast<const unsigned char *>(stored.constData()),
                                          static_cast<std::size_t>(stored.size()))))
        return refused();
    return select->text(0);
}

Result<QString> ServerStore::addEnterprise(const QString &creditCode, const QString &name)
{
    auto insert = m_database.prepare("INSERT INTO enterprise (id, credit_code, name, created_at) VALUES (?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    insert->bind(1, id).bind(2, creditCode.trimmed().toUpper()).bind(3, name.trimmed()).bind(4, now());
    if (auto ran = insert->run(); !ran) {
        if (ran.error().code == u"constraint_violated")
            return fail(u"duplicate_enterprise"_s, tr("An enterprise with the credit code %1 already exists.").arg(creditCode),
                        u"credit_code"_s);
        return std::unexpected(ran.error());
    }
    return id;
}

Result<void> ServerStore::addMember(const QString &enterpriseId, const QString &accountName, const QString &role)
{
    auto insert = m_database.prepare(
        "INSERT OR REPLACE INTO membership (account_id, enterprise_id, role) SELECT id, ?, ? FROM account WHERE name = ?");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, enterpriseId).bind(2, role).bind(3, accountName);
    if (auto ran = insert->run(); !ran)
        return ran;
    if (m_database.changes() == 0)
        return fail(u"unknown_account"_s, tr("There is no account \"%1\".").arg(accountName), u"member"_s);
    return {};
}

Result<QList<Membership>> ServerStore::memberships(const QString &accountId)
{
    auto select = m_database.prepare("SELECT e.id, e.credit_code, e.name, m.role FROM membership m JOIN enterprise e ON e.id = "
                                     "m.enterprise_id WHERE m.account_id = ? ORDER BY e.name");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, accountId);
    QList<Membership> list;
    if (auto rows = select->forEachRow([&] {
            list.append({select->text(0), select->text(1), select->text(2), select->text(3)});
        });
        !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<QList<SyncReceipt>> ServerStore::applySync(const QString &enterpriseId, const QString &deviceAccountId,
                                                  const QList<QJsonObject> &items)
{
    auto transaction = store::Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto existing = m_database.prepare("SELECT receipt, received_at FROM sync_item WHERE enterprise_id = ? AND uuid = ?");
    auto next = m_database.prepare("SELECT COALESCE(MAX(receipt), 0) + 1 FROM sync_item WHERE enterprise_id = ?");
    auto insert
        = m_database.prepare("INSERT INTO sync_item (enterprise_id, uuid, type, payload, account_id, receipt, received_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!existing || !next || !insert)
        return std::unexpected(!existing ? existing.error() : !next ? next.error() : insert.error());
    QList<SyncReceipt> receipts;
    for (const QJsonObject &item : items) {
        const QString uuid = item.value(u"uuid"_s).toString();
        existing->bind(1, enterpriseId).bind(2, uuid);
        auto found = existing->step();
        if (!found)
            return std::unexpected(found.error());
        if (*found) {
            receipts.append({uuid, u"duplicate"_s, existing->int64(0), existing->text(1)});
            existing->reset();
            continue;
        }
        existing->reset();
        next->bind(1, enterpriseId);
        auto numbered = next->step();
        if (!numbered)
            return std::unexpected(numbered.error());
        const qint64 receipt = next->int64(0);
        next->reset();
        const QString receivedAt = now();
        insert->bind(1, enterpriseId)
            .bind(2, uuid)
            .bind(3, item.value(u"type"_s).toString())
            .bind(4, QString::fromUtf8(QJsonDocument(item.value(u"payload"_s).toObject()).toJson(QJsonDocument::Compact)))
            .bind(5, deviceAccountId)
            .bind(6, receipt)
            .bind(7, receivedAt);
        if (auto ran = insert->run(); !ran)
            return std::unexpected(ran.error());
        insert->reset();
        receipts.append({uuid, u"accepted"_s, receipt, receivedAt});
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return receipts;
}

Result<qint64> ServerStore::itemCount(const QString &enterpriseId)
{
    auto count = m_database.prepare("SELECT count(*) FROM sync_item WHERE enterprise_id = ?");
    if (!count)
        return std::unexpected(count.error());
    count->bind(1, enterpriseId);
    auto row = count->step();
    if (!row)
        return std::unexpected(row.error());
    return count->int64(0);
}

} // namespace taxbox::server
