#pragma once

#include <QStringList>

#include "Sql.h"

#include "base/Result.h"
#include "crypto/Crypto.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace taxbox::server {

struct Membership
{
    QString enterpriseId;
    QString creditCode;
    QString name;
    QString role;
};

/// Why an item is refused or in conflict: a code the client words in its user's language, the code's
/// arguments (numbers, credit codes), and the server's own words (for its log and for clients that do not
/// know the code). Stored with the answer, so a resend gets the same reason.
struct Reason
{
    QString code;
    QStringList args;
    QString text;
    [[nodiscard]] bool isEmpty() const { return code.isEmpty() && text.isEmpty(); }
    /// As kept in sync_item.reason: compact JSON {"code","args","text"}.
    [[nodiscard]] QString toStored() const;
    /// Reads what toStored() wrote; a reason stored before codes existed is plain text (code empty).
    [[nodiscard]] static Reason fromStored(const QString &stored);
};

/// A publisher account's identity on the square: the publisher id and Ed25519 key its packages must carry.
struct SquarePublisher
{
    QString id;
    QByteArray key; ///< raw Ed25519, 32 bytes
};
/// What an account may do on the square (besides reading the catalogue, which every account may).
struct SquareRoles
{
    std::optional<SquarePublisher> publisher;
    bool reviewer = false;
};
/// An approved package's countersigned archive, as clients download it.
struct SquareArchive
{
    QByteArray bytes;
    QString sha256; ///< lower-case hex
    QByteArray manifest; ///< manifest.json as the publisher signed it
};

/// An item as a device uploads it, after the API has checked its form and its device signature.
struct IncomingItem
{
    QString uuid;
    QString type;
    QString key; ///< the record it changes ("payroll-month:2026-03"), empty for items that change none
    qint64 base = 0; ///< the receipt of the record's version the device started from (0: none)
    QString payload; ///< compact JSON
    QString deviceId;
    Reason rejection; ///< non-empty: the API refuses the item for this reason (stored as the answer)
    /// Non-empty: once accepted, the item is also put in this other enterprise's change feed (a 红字确认单
    /// request goes to the buyer, the buyer's decision back to the seller).
    QString forwardTo = {};
};

/// What the server answers for one item. A uuid seen before gets its first answer again, with status
/// "duplicate" when it was accepted.
struct SyncAnswer
{
    QString uuid;
    QString status; ///< "accepted", "duplicate", "rejected" or "conflict"
    qint64 receipt = 0; ///< the server's receipt number, per enterprise (accepted, duplicate)
    QString receivedAt;
    Reason reason; ///< rejected, conflict
    qint64 currentReceipt = 0; ///< conflict: the receipt of the server's version of the record
};

struct Device
{
    QString id;
    QString accountId;
    QString publicKey; ///< base64 of the raw Ed25519 key
    bool revoked = false;
    QString name = {};
    QString enrolledAt = {};
};

/// A number range given to a device: numbers first..last of one invoice kind, for one enterprise.
struct NumberRange
{
    QString id;
    QString enterpriseId;
    QString deviceId;
    QString kind;
    qint64 first = 0;
    qint64 last = 0;
    qint64 maxOfflineHours = 0;
    qint64 maxOfflineAmountFen = 0;
    QString grantedAt;
};

struct Change
{
    qint64 sequence = 0;
    QString kind; ///< "item" (an item another device delivered), "rule_pack"
    QJsonObject payload;
    QString createdAt;
};

struct RulePackRecord
{
    QString version;
    QString pack; ///< base64 of the pack file
    QString signature; ///< base64 of the .sig file
};

/// The server's repository: accounts (scrypt hashes), enterprises (tenants), memberships, refresh
/// tokens, devices, number ranges, uploaded items (once per enterprise and uuid), the per-enterprise
/// change feed and published rule packs. Written once against SqlConnection; runs on SQLite (default)
/// or PostgreSQL with the same migrations. Thread-safe: each call leases a connection from the pool.
///
/// Concurrency between nodes: every write that numbers something (receipts, changes, invoice number
/// ranges) first updates a counter row inside its transaction, which locks that row in PostgreSQL
/// until commit; so numbers are never handed out twice and change sequences commit in order.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)
public:
    /// `location`: a data folder (SQLite) or a postgresql:// URI.
    [[nodiscard]] static Result<std::unique_ptr<ServerStore>> open(const QString &location, int connections = 4);

    [[nodiscard]] Result<QString> addAccount(const QString &name, const crypto::SecureBytes &password,
                                             const crypto::ScryptParameters *parameters = nullptr);
    /// The account id when name and password match; "invalid_credentials" otherwise (which of the two
    /// was wrong is not said). The memory-hard hash runs without holding a database connection.
    [[nodiscard]] Result<QString> authenticate(const QString &name, const crypto::SecureBytes &password);
    [[nodiscard]] Result<QString> addEnterprise(const QString &creditCode, const QString &name);
    [[nodiscard]] Result<void> addMember(const QString &enterpriseId, const QString &accountName, const QString &role);
    [[nodiscard]] Result<QList<Membership>> memberships(const QString &accountId);
    /// The account's role in the enterprise now (read on every request, so a removed member or a
    /// disabled account loses access at once, whatever its token says); nullopt when it has none.
    [[nodiscard]] Result<std::optional<QString>> roleOf(const QString &accountId, const QString &enterpriseId);
    [[nodiscard]] Result<QString> accountName(const QString &accountId);
    /// Takes the account out of the enterprise ("not_a_member" when it was not in it).
    [[nodiscard]] Result<void> removeMember(const QString &enterpriseId, const QString &accountName);
    /// A disabled account cannot sign in, renew or use a token it holds; disabling ends its refresh tokens.
    [[nodiscard]] Result<void> setAccountDisabled(const QString &accountName, bool disabled);
    /// Ends every refresh token of the account (its access tokens lapse within their 15 minutes, and
    /// every request re-reads the role anyway). Returns how many were ended.
    [[nodiscard]] Result<qint64> endSessions(const QString &accountName);

    /// A new refresh token (random; only its SHA-256 is stored) valid for `lifetimeDays`.
    [[nodiscard]] Result<QString> createRefreshToken(const QString &accountId, int lifetimeDays = 30);
    /// Trades a refresh token for a new one (rotation) and returns {account id, new token}. A token used
    /// twice means it was stolen: every refresh token of the account is revoked ("refresh_token_reused").
    [[nodiscard]] Result<std::pair<QString, QString>> rotateRefreshToken(const QString &token, int lifetimeDays = 30);

    [[nodiscard]] Result<QString> enrolDevice(const QString &enterpriseId, const QString &accountId, const QString &name,
                                              const QString &publicKey);
    [[nodiscard]] Result<QList<Device>> devices(const QString &enterpriseId);
    /// A lost or stolen device: its items are rejected and it gets no more numbers from now on.
    [[nodiscard]] Result<void> revokeDevice(const QString &deviceId);
    /// The offline limits written into the enterprise's next number-range grants.
    [[nodiscard]] Result<void> setOfflineLimits(const QString &enterpriseId, qint64 hours, qint64 amountFen);
    /// The enterprise id of a credit code ("unknown_enterprise" when there is none).
    [[nodiscard]] Result<QString> enterpriseByCreditCode(const QString &creditCode);
    /// The credit code of an enterprise id.
    [[nodiscard]] Result<QString> creditCodeOf(const QString &enterpriseId);

    /// Applies a batch in one transaction: each uuid is stored at most once per enterprise.
    [[nodiscard]] Result<QList<SyncAnswer>> applySync(const QString &enterpriseId, const QString &accountId,
                                                      const QList<IncomingItem> &items);
    [[nodiscard]] Result<qint64> itemCount(const QString &enterpriseId);

    /// Allocates `count` numbers of `kind` to a device, disjoint from every other range of the
    /// enterprise and kind, in one transaction.
    [[nodiscard]] Result<NumberRange> allocateRange(const QString &enterpriseId, const QString &deviceId, const QString &kind,
                                                    qint64 count);
    [[nodiscard]] Result<QList<NumberRange>> ranges(const QString &enterpriseId);

    /// Changes after `cursor` (0: from the start), oldest first.
    [[nodiscard]] Result<QList<Change>> changes(const QString &enterpriseId, qint64 cursor, int limit);
    /// The returns the enterprise filed and the server accepted (payload content with the receipt),
    /// oldest first, for periods starting with `periodPrefix`.
    [[nodiscard]] Result<QJsonArray> filings(const QString &enterpriseId, const QString &periodPrefix);
    /// The enterprise's refund applications: what was filed (kind, period, amount, figures), where each
    /// stands and every step, oldest first.
    [[nodiscard]] Result<QJsonArray> refunds(const QString &enterpriseId);
    /// Records the tax office's answer on an application (refund::RefundStateMachine decides which are
    /// allowed; a refusal needs its reasons) and puts it in the enterprise's change feed ("refund.status").
    [[nodiscard]] Result<QJsonObject> decideRefund(const QString &enterpriseId, const QString &applicationId,
                                                   const QString &state, const QString &by, const QString &reason,
                                                   const QString &amount, const QString &document);
    /// The app square (docs/plugins.md). A publisher's package, verified as installing verifies it except for
    /// the countersignature it has not got yet, waits for review ("already_submitted" for a version twice).
    /// From a publisher account (`publisher` set) the package must name that publisher and key.
    [[nodiscard]] Result<QJsonObject> squareSubmit(const QByteArray &archive, const QString &submittedBy,
                                                   const std::optional<SquarePublisher> &publisher = std::nullopt);
    /// Packages by state ("" every state), a search over ids, names, keywords and the names' pinyin initials
    /// (square::matchesSearch), one id and version; a pending one carries what changed since the last approved
    /// version.
    [[nodiscard]] Result<QJsonArray> squarePackages(const QString &state, const QString &search = {}, const QString &id = {},
                                                    const QString &version = {});
    /// The countersigned archive of an approved, unrevoked version ("not_found" otherwise); `countDownload` adds
    /// one to its downloads (a transfer that starts at its first byte).
    [[nodiscard]] Result<SquareArchive> squareArchive(const QString &id, const QString &version, bool countDownload);
    /// Makes an account a publisher (bound to `publisherId` and `publisherKey`) or a reviewer.
    [[nodiscard]] Result<void> squareGrant(const QString &accountName, const QString &role, const QString &publisherId = {},
                                           const QByteArray &publisherKey = {});
    /// The account's square roles now (a disabled account has none).
    [[nodiscard]] Result<SquareRoles> squareRolesOf(const QString &accountId);
    /// A reviewer's decision; an approval countersigns (with `countersign`, over Package::squareSigningBytes)
    /// and stores the archive clients download. A rejection needs its reason.
    [[nodiscard]] Result<QJsonObject> squareDecide(const QString &id, const QString &version, bool approve,
                                                   const QString &reviewer, const QString &reason,
                                                   const std::function<QByteArray(const QByteArray &)> &countersign);
    /// Revokes a version, or every version ("*"), with the reason everyone reads.
    [[nodiscard]] Result<void> squareRevoke(const QString &id, const QString &version, const QString &reason);
    /// The revocation list as JSON bytes (the caller signs them: "taxbox-revocations-v1").
    [[nodiscard]] Result<QByteArray> squareRevocations();
    /// Stores a rule pack (already verified by the caller) and tells every enterprise of it.
    [[nodiscard]] Result<void> publishRulePack(const RulePackRecord &pack);
    [[nodiscard]] Result<std::optional<RulePackRecord>> rulePack(const QString &version);

    [[nodiscard]] SqlConnection::Dialect dialect() const { return m_pool->dialect(); }

private:
    explicit ServerStore(std::unique_ptr<SqlPool> pool);
    /// The step a device's refund.filed or refund.withdrawn item makes, inside applySync's transaction; a
    /// non-empty reason refuses the item (a withdrawal after the office decided, a second filing).
    static Result<Reason> recordRefundStep(SqlConnection &connection, const QString &enterpriseId, const IncomingItem &item);
    /// Adds a change inside the caller's transaction (the enterprise row must be locked by it).
    static Result<void> appendChange(SqlConnection &connection, const QString &enterpriseId, const QString &kind,
                                     const QJsonObject &payload);

    std::unique_ptr<SqlPool> m_pool;
};

} // namespace taxbox::server
