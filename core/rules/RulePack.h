#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"
#include "money/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace taxbox::rules {

/// One row of a progressive table: income up to `upTo` (inclusive; none for the last row) is taxed at
/// `rate` minus `quickDeduction`.
struct Bracket
{
    std::optional<Decimal> upTo;
    Decimal rate;
    Decimal quickDeduction;
};

/// A progressive table; find() picks the first row whose bound is not exceeded ("not more than").
struct BracketTable
{
    QList<Bracket> rows;
    [[nodiscard]] const Bracket &find(const Decimal &amount) const;
};

/// A trusted signer of rule packs: its key id and raw Ed25519 public key.
struct TrustedKey
{
    QString id;
    QByteArray publicKey;
};

/// The keys the app accepts packs and data files from (the release keys; later keys are added, never
/// swapped in place).
[[nodiscard]] QList<TrustedKey> trustedKeys();
/// Verifies a detached signature file ({"key_id", "algorithm": "ed25519", "signature"}) over the exact
/// bytes of a shipped data file; returns the key id. Errors: unsigned_data, untrusted_data, tampered_data.
[[nodiscard]] Result<QString> verifySignedData(const QByteArray &bytes, const QByteArray &signatureFile,
                                               const QList<TrustedKey> &trusted = trustedKeys());

/// A signed, versioned rule pack: rates, brackets, thresholds and tolerances as data, each rule a list
/// of effective-date ranges, so a period is computed with the rules in force for it. A change on a date
/// is a new range. The pack is verified (Ed25519 over the exact bytes of the JSON file, with a key from
/// trustedKeys()) before anything in it is read.
class RulePack
{
    Q_DECLARE_TR_FUNCTIONS(RulePack)
public:
    /// Verifies `signatureFile` ({"key_id", "algorithm": "ed25519", "signature": base64}) over
    /// `packBytes`, then parses and checks the pack (ranges ordered, not overlapping).
    [[nodiscard]] static Result<RulePack> load(const QByteArray &packBytes, const QByteArray &signatureFile,
                                               const QList<TrustedKey> &trusted = trustedKeys());
    /// The pack shipped inside the app: shipped("cn-tax").
    [[nodiscard]] static Result<const RulePack *> builtIn();
    /// A pack shipped inside the app, as :/rules/ID.json with its signature (verified once, then shared):
    /// "cn-tax", "cn-refund" (the refund rules, signed with the data key), "cn-print" (print templates: PrintTemplates).
    [[nodiscard]] static Result<const RulePack *> shipped(const QString &id);
    /// The pack calculations use: the newest of the built-in pack and the packs installed since
    /// (received from the sync server or a content pack). Installed packs live until the process ends.
    [[nodiscard]] static Result<const RulePack *> inForce();
    /// The same for another shipped pack: inForce("cn-refund") is the newest of the shipped refund rules and
    /// the refund packs installed since.
    [[nodiscard]] static Result<const RulePack *> inForce(const QString &id);
    /// Verifies a pack (as load()) and makes it the one in force for its id when this build ships a pack
    /// of that id ("other_rule_pack" otherwise) and its version is newer than the one in force; returns
    /// whether it is now in force. Thread-safe. (The filing pack, whose forms are parsed too, is installed
    /// through filing::FilingPack::install.)
    [[nodiscard]] static Result<bool> install(const QByteArray &packBytes, const QByteArray &signatureFile,
                                              const QList<TrustedKey> &trusted = trustedKeys());
    /// Writes the signature file for `packBytes`.
    [[nodiscard]] static Result<QByteArray> sign(const QByteArray &packBytes, const QString &keyId,
                                                 const crypto::SecureBytes &privateKey);

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] const QString &version() const { return m_version; }
    [[nodiscard]] const QString &keyId() const { return m_keyId; }
    /// {"id", "version", "published", "key_id", "effective_from", "effective_to"} for --version.
    [[nodiscard]] QJsonObject summary() const;

    /// The value of `key` in force on `date`; "no_rule_for_period" names the rule and the date when
    /// none is.
    [[nodiscard]] Result<QJsonValue> value(const QString &key, QDate date) const;
    [[nodiscard]] Result<Decimal> decimal(const QString &key, QDate date) const;
    /// A decimal inside an object rule: value(key)[member] (members may be nested with '.').
    [[nodiscard]] Result<Decimal> decimal(const QString &key, const QString &member, QDate date) const;
    [[nodiscard]] Result<BracketTable> table(const QString &key, QDate date) const;
    [[nodiscard]] bool isInForce(const QString &key, QDate date) const;
    /// The rules whose dated values differ from `other`'s (added, removed or changed), sorted: what a new pack
    /// changes, for the person who puts it in force.
    [[nodiscard]] QStringList changedRules(const RulePack &other) const;

private:
    struct Range
    {
        QDate from;
        QDate to; ///< null: open-ended
        QJsonValue value;
    };
    QString m_id;
    QString m_version;
    QString m_published;
    QString m_keyId;
    QMap<QString, QList<Range>> m_rules;
};

} // namespace taxbox::rules
