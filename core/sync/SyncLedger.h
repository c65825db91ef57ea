#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::sync {

/// This device as one server knows it: enrolled with the public half of a key that never leaves the
/// enterprise's encrypted store.
struct DeviceIdentity
{
    QString deviceId;
    crypto::SecureBytes privateKey;
    QByteArray serverKey; ///< the server's Ed25519 key, from the sign-in answer (over verified TLS)
};

/// A number range the server granted to this device, and how far it is used.
struct NumberGrant
{
    QString rangeId;
    QString kind;
    qint64 first = 0;
    qint64 last = 0;
    qint64 next = 0;
    qint64 maxOfflineHours = 0;
    qint64 maxOfflineAmountFen = 0;
    /// Why the range is no longer used ("restored", "copied"); empty while it is in use.
    QString retiredReason = {};
    [[nodiscard]] qint64 remaining() const { return last - next + 1; }
};

/// The kind of number range invoices take: fully digitalised e-invoices (数电票) have one number
/// sequence per seller whatever the invoice's kind (专票 or 普票), so both draw from the same ranges.
inline constexpr char16_t kInvoiceNumberKind[] = u"digital_invoice";

/// A number taken from a grant.
struct TakenNumber
{
    qint64 number = 0;
    QString rangeId;
};

/// What the sync keeps in an enterprise store besides the outbox: the device identity per server, the
/// change cursor, the newest receipt of each record (the base of the next change), granted number
/// ranges with their offline limits, and rule packs received from the server (kept only when their
/// signature verifies with a trusted rule key).
class SyncLedger
{
    Q_DECLARE_TR_FUNCTIONS(SyncLedger)
public:
    explicit SyncLedger(store::EnterpriseStore &store);

    [[nodiscard]] Result<std::optional<DeviceIdentity>> device(const QString &server);
    [[nodiscard]] Result<void> saveDevice(const QString &server, const DeviceIdentity &device);

    [[nodiscard]] Result<qint64> recordHead(const QString &recordKey);
    /// Raises the newest known receipt of a record (never lowers it).
    [[nodiscard]] Result<void> raiseRecordHead(const QString &recordKey, qint64 receipt);
    [[nodiscard]] Result<QString> state(const QString &name);
    [[nodiscard]] Result<void> setState(const QString &name, const QString &value);
    /// After a sync that reached the server: the offline clock and amount start again.
    [[nodiscard]] Result<void> markSynced(const QDateTime &at);
    [[nodiscard]] Result<std::optional<QDateTime>> lastSync();

    /// Where this store is: the computer (its machine id) and the store file's canonical path. Grants
    /// are bound to it: the same store file found anywhere else is a copy.
    [[nodiscard]] QString currentLocation() const;
    /// A store found at another place than where its grants were received (copied to another folder or
    /// computer) retires them, in a transaction of its own, before anything is issued: the original may
    /// still be issuing from the same ranges. Returns whether grants were retired. Call it outside a
    /// transaction (InvoiceBook does, before issuing).
    [[nodiscard]] Result<bool> retireGrantsIfMoved();
    /// True when the store is not where its grants were received (its grants will be retired before the
    /// next issue); for showing, nothing is written.
    [[nodiscard]] Result<bool> awayFromGrants();
    /// Retires every grant still in use, with `reason` ("restored": a backup put back; it may lack
    /// invoices issued since it was made). Inside the caller's transaction, if any.
    [[nodiscard]] Result<void> retireGrants(const QString &reason);

    /// Stores a grant after checking the server's signature and that it names this device; the store
    /// is bound to its current location from then on.
    [[nodiscard]] Result<NumberGrant> addGrant(const QJsonObject &grant, const QByteArray &signature,
                                               const DeviceIdentity &device);
    [[nodiscard]] Result<QList<NumberGrant>> grants();
    /// What this device can issue now: the unused numbers of its ranges of `kind` that are in use here
    /// (none when the workspace was restored or copied: `retired` then says why there are none).
    struct NumberSupply
    {
        qint64 remaining = 0;
        bool retired = false;
    };
    [[nodiscard]] Result<NumberSupply> numberSupply(const QString &kind);
    /// The next number of `kind` for a document of `amountFen`, inside the caller's transaction: from
    /// the oldest granted range with numbers left, while the time since the last sync and the amount
    /// issued since then stay within the grant's offline limits. Errors: "numbers_exhausted",
    /// "offline_time_limit", "offline_amount_limit" — each says to sync; "numbers_retired" when the
    /// only ranges left were retired (a restored or copied store) or the store is not where its grants
    /// were received.
    [[nodiscard]] Result<TakenNumber> takeNumber(const QString &kind, qint64 amountFen, const QDateTime &now);
    /// Numbers for a batch (one amount per document), checked as if taken one by one, written once:
    /// all or, with the error of the first that does not fit, none.
    [[nodiscard]] Result<QList<TakenNumber>> takeNumbers(const QString &kind, const QList<qint64> &amountsFen,
                                                         const QDateTime &now);

    /// A person's decision on a conflicting item: keep this device's version (queued again on top of
    /// the server's version) or take the server's (the item is closed).
    enum class Resolution { KeepMine, TakeTheirs };
    /// Invoices are legal documents: a conflict on one is never settled by a person ("invoice_conflict").
    [[nodiscard]] Result<void> resolveConflict(const QString &uuid, Resolution resolution);
    /// The server already holds another invoice under this item's number (a restored or copied store
    /// issued it again): the server's invoice stands, this one is voided here with the explanation,
    /// audited, and the conflict closed ("voided"). Returns the invoice number.
    [[nodiscard]] Result<QString> voidConflictingInvoice(const QString &uuid);
    [[nodiscard]] static bool isInvoiceItem(const QString &type);

    /// Keeps a rule pack from the server after verifying its signature; returns its version.
    [[nodiscard]] Result<QString> storeRulePack(const QByteArray &pack, const QByteArray &signature);
    [[nodiscard]] Result<QStringList> rulePackVersions();
    /// Puts the newest kept rule pack in force for this process (rules::RulePack::install verifies it
    /// again); returns the version in force afterwards.
    [[nodiscard]] Result<QString> installRulePacks();

private:
    /// An outbox item the server answered "conflict" that no one has settled.
    struct OpenConflict
    {
        QString type;
        QString payload;
        QString recordKey;
        qint64 currentReceipt = 0;
    };
    [[nodiscard]] Result<std::optional<OpenConflict>> openConflict(const QString &uuid);
    /// voidConflictingInvoice's work, inside the caller's transaction.
    [[nodiscard]] Result<QString> voidInvoice(const QString &uuid, const OpenConflict &conflict);

    store::EnterpriseStore &m_store;
};

} // namespace taxbox::sync
