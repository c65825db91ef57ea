#pragma once

#include "FormEngine.h"
#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::filing {

/// How an enterprise files: its periods, and the ticks and rates its returns carry. Kept in the store
/// (filing_data "settings"); what is not set follows the profile (城建 rate from the region, 六税两费 for
/// small-scale taxpayers).
struct FilingSettings
{
    Q_DECLARE_TR_FUNCTIONS(FilingSettings)
public:
    QString vatPeriod; ///< "month" | "quarter"; empty: quarter for small-scale, month for general taxpayers
    QString citPeriod = QStringLiteral("quarter");
    QString stampDutyPeriod = QStringLiteral("quarter");
    QString urbanRate; ///< "0.07" | "0.05" | "0.01"; empty: from the region code
    QString sixTaxesTwoFees; ///< none | small_low_profit | individual_business; empty: small_scale for small-scale
    QString filer = QStringLiteral("enterprise"); ///< enterprise | individual_business (small-scale line 10 vs 11)
    bool restrictedIndustry = false;

    [[nodiscard]] QJsonObject toJson() const;
    /// Reads the keys present in `object` over `base`; unknown keys and values are refused, naming them.
    [[nodiscard]] static Result<FilingSettings> fromJson(const QJsonObject &object, const FilingSettings &base);
};

/// 城建税 rate by where the enterprise is (城市维护建设税法 第四条): a district of a city (region codes
/// xxxx01–xxxx20) or a county-level city (xxxx81–99) 7%, a county 5%, elsewhere 1% — GB/T 2260 coding.
[[nodiscard]] QString urbanRateForRegion(const QString &region);

/// What a return says is to pay: VAT 本期应补(退)税额 (both columns of the small-scale form), the CIT
/// prepayment's last line, the stamp-duty and IIT totals; nullopt when the cells hold none of them.
[[nodiscard]] std::optional<Decimal> taxDueOf(const QString &form, const QJsonObject &cells);

/// One version of a return: a draft while a person reviews it, then filed (immutable, signed, queued).
struct FilingReturn
{
    QString id;
    QString form;
    QString period;
    int revision = 1; ///< 1 the original, 2… 更正申报
    QString replaces; ///< the filed version a correction replaces
    QString state; ///< draft | filed
    QString version; ///< the form version
    QJsonObject request; ///< what the engine computes from: period, cells (inputs), previous, flags
    QJsonObject generated; ///< input cells as generated from the store
    QJsonObject sources; ///< cell → [where its value comes from]
    QJsonObject overrides; ///< cell → {value, generated, reason, by, at}
    QJsonObject result; ///< the computed return with explanations
    QString createdAt;
    QString updatedAt;
    QString filedAt;
    QString filedBy;
    QStringList confirmed; ///< warnings a person confirmed when filing
    QString signature;
    QString publicKey;
    QString outboxUuid;
    QString syncState; ///< pending | accepted | rejected | … (filed ones)
    QString receipt; ///< the server's receipt once accepted
    QString syncError;

    [[nodiscard]] QJsonArray checks() const { return result.value(QStringLiteral("checks")).toArray(); }
    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] QStringList warningIds() const;
    [[nodiscard]] QJsonObject cells() const { return result.value(QStringLiteral("cells")).toObject(); }
    /// {id, form, period, revision, state, …}; `full` adds the request, sources, overrides and result.
    [[nodiscard]] QJsonObject toJson(bool full) const;
};

/// What is due: one form of one period, its deadline and where it stands.
struct DueReturn
{
    QString form;
    QString period;
    QDate deadline;
    bool estimatedDeadline = false; ///< no published calendar: the rule of 征管法实施细则 第一百零九条
    QString state; ///< filed | open | late
    QString filedAt;
    QString receipt; ///< the server's receipt of the filed return, once it accepted it
    std::optional<Decimal> taxDue; ///< from the draft or the filed return, when there is one
    int daysLate = 0;
    Decimal lateFee; ///< 滞纳金 so far: 0.05% of the tax due per day after the deadline
    [[nodiscard]] QJsonObject toJson() const;
};

/// 征期: the deadline of returns filed in a month, from the published calendars in the filing pack, else
/// the 15th moved past weekends and the holidays the pack lists.
class FilingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(FilingCalendar)
public:
    explicit FilingCalendar(const FilingPack &pack);
    /// The deadline in `year`-`month`, and whether it is estimated (no published calendar).
    [[nodiscard]] std::pair<QDate, bool> deadline(int year, int month) const;
    /// The deadline of a return for `period` (the month after it ends).
    [[nodiscard]] std::pair<QDate, bool> deadlineOf(const Period &period) const;
    /// The statutory rule for a month without a published calendar (征管法实施细则 第一百零九条, as the refunds
    /// spec §2.3 derives it): H = the official 放假 days among the 1st–15th; when H ≥ 3, the H-th working day
    /// after the 15th, else the first working day from the 15th. A working day is Monday–Friday outside
    /// `holidays`, or an official make-up day (调休上班). Reproduces every published month of 2024–2026.
    [[nodiscard]] static QDate statutoryDeadline(int year, int month, const QSet<QDate> &holidays, const QSet<QDate> &makeUpDays);

private:
    const FilingPack &m_pack;
};

/// The returns of one enterprise store: generated from what the store knows, reviewed and overridden by a
/// person (audited), checked, filed (immutable, signed with the store's filing key, audited and queued for
/// the server in one transaction), corrected by new revisions.
class Filings
{
    Q_DECLARE_TR_FUNCTIONS(Filings)
public:
    Filings(store::EnterpriseStore &store, const FilingPack &pack, const rules::RulePack &taxRules);

    [[nodiscard]] Result<FilingSettings> settings();
    [[nodiscard]] Result<FilingSettings> saveSettings(const QJsonObject &changes);

    /// Data entered for returns: "income_statement" (the CIT form's input cells, 本年累计, with the
    /// quarter's 从业人数 and 资产总额) and "stamp_documents" (a list of taxable documents) for a period.
    [[nodiscard]] Result<void> saveData(const QString &kind, const QString &period, const QJsonValue &data);
    [[nodiscard]] Result<QJsonValue> data(const QString &kind, const QString &period);

    /// The draft of `form` for `period`, generated from the store (refreshed when a draft exists; the
    /// person's overrides stay). Refused when the period is filed ("already_filed": correct it instead).
    [[nodiscard]] Result<FilingReturn> generate(const QString &form, const QString &period);
    /// Overrides input cells of the draft with a reason (audited); computed cells are refused.
    /// A value of null removes the override (the generated value comes back).
    [[nodiscard]] Result<FilingReturn> edit(const QString &form, const QString &period, const QJsonObject &cells,
                                            const QString &reason);
    /// The draft if there is one, else the newest filed revision.
    [[nodiscard]] Result<FilingReturn> current(const QString &form, const QString &period);
    [[nodiscard]] Result<FilingReturn> revision(const QString &form, const QString &period, int revision);
    /// Every version of every return, newest period first; `period` filters by prefix ("2025" or "2025-03").
    [[nodiscard]] Result<QList<FilingReturn>> list(const QString &period = {});
    /// Files the draft: refused with any error check ("return_has_errors") or an unconfirmed warning
    /// ("warnings_unconfirmed"). Immutable, signed, audited and queued in one transaction.
    [[nodiscard]] Result<FilingReturn> file(const QString &form, const QString &period, bool confirmWarnings);
    /// 更正申报: a new draft revision of a filed return, generated afresh with the filed version's overrides.
    [[nodiscard]] Result<FilingReturn> correct(const QString &form, const QString &period);
    /// The cells that differ between a correction and the version it replaces: {cell: {before, after}}.
    [[nodiscard]] Result<QJsonObject> difference(const FilingReturn &correction);
    /// The issued or received invoices behind a generated cell (numbers, dates, amounts), at most `limit`.
    [[nodiscard]] Result<QJsonArray> trace(const QString &form, const QString &period, const QString &cell, int limit = 1000);
    /// What this enterprise must file in `month` (the returns of the periods ending the month before),
    /// with deadlines and states as of `today`.
    [[nodiscard]] Result<QList<DueReturn>> due(int year, int month, QDate today);
    /// The store's Ed25519 key that signs filed returns and refund applications (private, public in
    /// base64), made on first use inside the caller's transaction.
    [[nodiscard]] static Result<std::pair<crypto::SecureBytes, QString>> signingKey(store::EnterpriseStore &store);

private:
    struct Generated
    {
        QJsonObject cells;
        QJsonObject sources;
        QJsonObject flags;
        QJsonObject previous;
        QJsonArray ledgerChecks; ///< facts for the 票表 comparisons
    };
    [[nodiscard]] Result<Generated> generateInputs(const QString &form, const Period &period);
    [[nodiscard]] Result<void> issuedInvoices(const QString &form, const Period &period, Generated &generated);
    [[nodiscard]] Result<void> receivedInvoices(const Period &period, Generated &generated);
    [[nodiscard]] Result<void> payroll(const Period &period, Generated &generated);
    /// The 免抵退 export register and the refunds approved in the period, into the VAT return.
    [[nodiscard]] Result<void> refundLinks(const Period &period, Generated &generated);
    [[nodiscard]] Result<void> deriveMissingCategories(const Period &period);
    [[nodiscard]] Result<FilingReturn> computeDraft(FilingReturn draft, const Generated &generated);
    /// Writes the draft (a new row or the existing draft's) with its audit entry in one transaction, and
    /// returns it as stored.
    [[nodiscard]] Result<FilingReturn> storeDraft(const FilingReturn &draft, bool insert, const QString &action);
    [[nodiscard]] Result<std::optional<FilingReturn>> find(const QString &form, const QString &period, const QString &state = {});
    [[nodiscard]] Result<QList<FilingReturn>> query(const std::string &where, const QStringList &values);

    store::EnterpriseStore &m_store;
    const FilingPack &m_pack;
    const rules::RulePack &m_taxRules;
    FormEngine m_engine;
};

} // namespace taxbox::filing
