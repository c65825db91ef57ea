#pragma once

#include "auth/Role.h"
#include "enterprise/EnterpriseProfile.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace taxbox::store {

/// The current time as every store row records it: UTC, ISO 8601 with milliseconds.
[[nodiscard]] QString timestampNow();

/// Who is acting: recorded in the audit log and checked against the role.
struct Actor
{
    QString userId;
    QString userName;
    Role role = Role::Viewer;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userId;
    QString userName;
    QString action; ///< "create", "update", "archive", "unarchive", …
    QString recordType; ///< "enterprise", later "invoice", "filing", …
    QString recordId;
    QString beforeHash; ///< SHA-256 of the record's canonical JSON before; empty on create
    QString afterHash;
    QStringList changedFields;
};

enum class OutboxState { Pending, Accepted, Duplicate, Rejected, Conflict };

struct OutboxItem
{
    qint64 sequence = 0;
    QString uuid; ///< idempotency key, made here, sent with the item
    QString type; ///< e.g. "enterprise.created"
    QJsonObject payload;
    QDateTime createdAt;
    QString state; ///< "pending" until the server answers
    QString recordKey; ///< the record it changes ("payroll-month:2026-03"), empty for none
    QString receipt; ///< the server's receipt "number@time"
    QString lastError; ///< the reason of a rejection or conflict
    qint64 currentReceipt = 0; ///< conflict: the server's version of the record
    QString resolution; ///< conflict: "kept_mine" or "took_theirs" once a person decided
};

/// A change to a legal record as the audit log and the outbox see it.
struct RecordChange
{
    QString action;
    QString recordType;
    QString recordId;
    QJsonObject before; ///< empty on create
    QJsonObject after;
    QString outboxType; ///< empty when the server need not learn of it
    /// The record as the server knows it, for conflict detection ("payroll-month:2026-03"); empty
    /// for changes that cannot conflict.
    QString outboxKey = {};
    /// The record after the change as compact (canonical) JSON, when the caller already has it: then it
    /// is what is hashed and queued, and `after` need only name the record's fields (for the audit
    /// entry). Saves building and serialising a large record again.
    QByteArray afterJson = {};
};

/// The schema of an enterprise store; each entry migrates from the previous version.
[[nodiscard]] std::span<const Migration> enterpriseMigrations();

/// One enterprise's encrypted database: its profile, audit log and outbox (and, in later modules, its
/// invoices, payroll and filings). Every change to a legal record writes its audit entry and its outbox
/// item in the same transaction as the change, and is refused unless the actor's role allows it.
class EnterpriseStore
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseStore)
public:
    /// Creates a new store at `path` holding `profile` (validated) and records its creation.
    [[nodiscard]] static Result<std::unique_ptr<EnterpriseStore>> create(const QString &path, const crypto::SecureBytes &key,
                                                                         const QString &enterpriseId,
                                                                         const EnterpriseProfile &profile, const Actor &actor);
    /// Opens and migrates an existing store.
    [[nodiscard]] static Result<std::unique_ptr<EnterpriseStore>> open(const QString &path, const crypto::SecureBytes &key,
                                                                       const QString &enterpriseId, const Actor &actor);

    [[nodiscard]] const QString &enterpriseId() const { return m_enterpriseId; }
    [[nodiscard]] const Actor &actor() const { return m_actor; }
    [[nodiscard]] Database &database() { return m_database; }

    [[nodiscard]] Result<EnterpriseProfile> profile();
    [[nodiscard]] Result<bool> isArchived();
    /// Admin only. Refused (and nothing written) when the profile is invalid or unchanged fields only.
    [[nodiscard]] Result<EnterpriseProfile> updateProfile(const EnterpriseProfile &profile);
    /// Admin only. An archived enterprise is kept, hidden from the default list and read-only.
    [[nodiscard]] Result<void> setArchived(bool archived);

    [[nodiscard]] Result<QList<AuditEntry>> auditLog();
    [[nodiscard]] Result<QList<OutboxItem>> outbox();
    /// The oldest `limit` items the server has not answered yet.
    [[nodiscard]] Result<QList<OutboxItem>> pendingOutbox(int limit);
    /// Records the server's answers (state "accepted", "duplicate", "rejected" or "conflict", the
    /// receipt or the reason) in one transaction.
    struct OutboxAnswer
    {
        QString uuid;
        QString state;
        QString receipt;
        QString error;
        qint64 serverReceipt = 0;
        qint64 currentReceipt = 0;
    };
    [[nodiscard]] Result<void> recordAnswers(const QList<OutboxAnswer> &answers);

    /// Writes the audit entry and (when `change.outboxType` is set) the outbox item of a change made
    /// inside `transaction`'s scope. Modules that keep legal records call this in the same transaction.
    [[nodiscard]] Result<void> recordChange(const RecordChange &change);

    /// Refuses (with a translated message naming the action) unless the actor's role allows it.
    [[nodiscard]] Result<void> require(Permission permission, const QString &action) const;

private:
    EnterpriseStore(Database database, QString enterpriseId, Actor actor);

    Database m_database;
    QString m_enterpriseId;
    Actor m_actor;
};

} // namespace taxbox::store
