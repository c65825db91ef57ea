#pragma once

#include "base/Result.h"
#include "money/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace taxbox::store {
class EnterpriseStore;
}
namespace taxbox::rules {
class RulePack;
}

namespace taxbox::refund {

/// Where an application stands (spec Part B §3.7). The taxpayer moves draft → submitted (filing),
/// rejected → draft (revising) and, before a decision, → withdrawn; every other step is the tax office's
/// answer, which the firm's server records and the sync brings back.
namespace RefundState {
inline const QString Draft = QStringLiteral("draft");
inline const QString Submitted = QStringLiteral("submitted");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString UnderReview = QStringLiteral("under_review");
inline const QString Approved = QStringLiteral("approved");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Treasury = QStringLiteral("treasury");
inline const QString TreasuryFailed = QStringLiteral("treasury_failed");
inline const QString Paid = QStringLiteral("paid");
inline const QString Offset = QStringLiteral("offset");
inline const QString Withdrawn = QStringLiteral("withdrawn");
} // namespace RefundState

/// Who may take a step: the taxpayer (desktop, CLI) or the tax office (the server's administrator).
enum class RefundActor { Taxpayer, Office };

/// The one state machine of every refund kind.
class RefundStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(RefundStateMachine)
public:
    [[nodiscard]] static QStringList states();
    /// The states `actor` may move an application in `from` to.
    [[nodiscard]] static QStringList next(const QString &from, RefundActor actor);
    /// Ok, or "transition_refused" naming both states in words.
    [[nodiscard]] static Result<void> check(const QString &from, const QString &to, RefundActor actor);
    [[nodiscard]] static bool isFinal(const QString &state);
    /// The state in the user's language, with the tax office's Chinese term ("Accepted (受理)").
    [[nodiscard]] static QString label(const QString &state);
};

/// The kinds of refund applications: retained_credit (增值税期末留抵退税), export_declaration (生产企业
/// 免抵退税申报), overpayment (误收多缴退抵税), cit_settlement (汇算清缴结算多缴退抵税).
[[nodiscard]] QStringList refundKinds();
[[nodiscard]] QString refundKindLabel(const QString &kind);
/// The legal name printed on the application (always Chinese).
[[nodiscard]] QString refundKindChinese(const QString &kind);

/// One entry of the export register (出口货物明细): a line of a customs declaration.
struct ExportEntry
{
    Q_DECLARE_TR_FUNCTIONS(ExportEntry)
public:
    QString declarationNumber; ///< 报关单号: 18 digits + 3-digit item number (21 digits)
    QDate exportDate;
    QString hsCode; ///< 商品代码, 10 digits
    QString name;
    QString unit;
    QString quantity;
    QString currency; ///< e.g. USD
    Decimal fobForeign;
    Decimal fxRate;
    QString invoiceNumber; ///< 出口发票号
    QString linkNumber; ///< 关联号
    std::optional<Decimal> refundRate; ///< typed; needed only when the HS code is not in the pack's library
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads one entry; errors name the field as the register labels it, with the line number.
    [[nodiscard]] static Result<ExportEntry> fromJson(const QJsonObject &object, int line);
};

/// A refund application: prepared from the store (a draft), filed (signed, queued for the server), then
/// followed through the states with each step time-stamped.
struct RefundApplication
{
    QString id;
    QString kind;
    QString period; ///< the month of the application (YYYY-MM); the tax year (YYYY) of a CIT settlement
    int revision = 1;
    QString state;
    QJsonObject request; ///< what the person entered (route, declarations, payments, …)
    QJsonObject result; ///< figures, lines, sources, explanation, checks (errors and warnings)
    QJsonArray history; ///< [{state, at, by, reason, amount, document}], oldest first
    QString amountClaimed; ///< 申请退税金额
    QString amountApproved; ///< set by the office's approval
    QString submittedAt;
    QString decidedAt; ///< when it was approved (the period a granted refund enters the VAT return)
    QString createdAt;
    QString updatedAt;
    QString outboxUuid;
    QString syncState;
    QString syncError;

    [[nodiscard]] bool hasErrors() const;
    /// {id, kind, period, state, amount_claimed, …}; `full` adds the request, result and history.
    [[nodiscard]] QJsonObject toJson(bool full) const;
};

/// The statutory clock of an application: days since submission, the limit (0: none known), the day it
/// falls due, and whether it is overdue on `today`.
struct RefundClock
{
    int days = 0;
    int limitDays = 0;
    QDate due;
    bool overdue = false;
    bool running = false; ///< submitted and not yet decided
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString text() const;
};

/// The refund applications of one enterprise store. Prepared from what the store knows (filed returns,
/// received invoices, the export register), checked line by line, filed like a return (signed with the
/// store's filing key, audited and queued in one transaction), then followed as the server reports the
/// tax office's answers.
class RefundApplications
{
    Q_DECLARE_TR_FUNCTIONS(RefundApplications)
public:
    explicit RefundApplications(store::EnterpriseStore &store);

    /// Prepares (or refreshes) the draft of `kind` for `period` from the store and `request`; a rejected
    /// application becomes a new draft revision. Refused ("already_filed") while one is under way.
    /// `refundRules` is the cn-refund pack, `today` dates the application and its limits.
    [[nodiscard]] Result<RefundApplication> prepare(const QString &kind, const QString &period, const QJsonObject &request,
                                                    const rules::RulePack &refundRules, QDate today);
    [[nodiscard]] Result<RefundApplication> show(const QString &id);
    /// Every application, newest first; `kind` filters when given.
    [[nodiscard]] Result<QList<RefundApplication>> list(const QString &kind = {});
    /// Files a draft: refused with an error check ("application_has_errors"); signed, audited and queued.
    [[nodiscard]] Result<RefundApplication> file(const QString &id);
    /// Withdraws an application the office has not decided (queued for the server), with a reason.
    [[nodiscard]] Result<RefundApplication> withdraw(const QString &id, const QString &reason);
    /// Deletes a draft nobody filed.
    [[nodiscard]] Result<void> discard(const QString &id);
    /// Applies the tax office's answer the server reports ({id, state, at, by, reason, amount, document});
    /// a step already applied changes nothing. Inside the caller's transaction, if any.
    [[nodiscard]] Result<bool> receiveStatus(const QJsonObject &status);

    /// The export register of a month (the exports declared with that month's 免抵退 declaration).
    [[nodiscard]] Result<QList<ExportEntry>> exportRegister(const QString &period);
    /// Replaces the register of a month; every entry checked (export date in the month, 21-digit
    /// declaration number, 10-digit HS code, FOB and rate positive), nothing saved when one fails.
    [[nodiscard]] Result<QList<ExportEntry>> saveExportRegister(const QString &period, const QJsonArray &entries);

    /// Granted refunds that enter the VAT return of `period` (approved in it): the retained-credit refund
    /// (附列资料（二）第22栏, 附列资料（五）第8行) and the approved 免抵退 (主表第15栏, 附列资料（五）第2列).
    struct Granted
    {
        Decimal retainedRefund;
        Decimal exportRefund;
        Decimal exemptOffset;
        QStringList sources;
    };
    [[nodiscard]] Result<Granted> grantedIn(const QString &period);

    /// The register's lines with the rates of the pack's library on each export date: FOB in CNY, the tax
    /// not creditable (FOB × (levy − refund rate)) and the 免抵退税额 (FOB × refund rate), each rounded per
    /// line; checks for codes the library lacks, typed rates that differ from it and late declarations.
    struct ExportFigures
    {
        QJsonArray lines;
        Decimal fob;
        Decimal nonCreditable;
        Decimal ceiling;
        QJsonArray checks;
    };
    [[nodiscard]] static Result<ExportFigures> exportLines(const QList<ExportEntry> &entries, const rules::RulePack &refundRules,
                                                           QDate today);

    /// The bytes a filed application's signature covers (and the server verifies): "taxbox-refund-v1\n" + the
    /// content as compact JSON.
    [[nodiscard]] static QByteArray signingBytes(const QJsonObject &content);

    [[nodiscard]] static RefundClock clock(const RefundApplication &application, const rules::RulePack &refundRules, QDate today);

    /// The 《退(抵)税申请表》 (or, for 免抵退, the 汇总表 and 明细表) as rows for a PDF or a workbook: each
    /// table's title and rows, in Chinese whatever the interface language.
    struct Table
    {
        QString title;
        QStringList subtitle;
        QList<QStringList> rows;
        QList<int> numericColumns;
        /// Which table it is for the print template (rules::PrintTemplates::refundTableIds()), which may retitle it.
        QString id = {};
    };
    [[nodiscard]] Result<QList<Table>> applicationTables(const RefundApplication &application);

private:
    [[nodiscard]] Result<QJsonObject> compute(const QString &kind, const QString &period, const QJsonObject &request,
                                              const rules::RulePack &refundRules, QDate today);
    [[nodiscard]] Result<QJsonObject> retainedCredit(const QString &period, const QJsonObject &request,
                                                     const rules::RulePack &refundRules);
    [[nodiscard]] Result<QJsonObject> exportDeclaration(const QString &period, const rules::RulePack &refundRules, QDate today);
    [[nodiscard]] Result<QJsonObject> overpayment(const QJsonObject &request, const rules::RulePack &refundRules, QDate today);
    [[nodiscard]] Result<QJsonObject> citSettlement(const QString &year, const QJsonObject &request,
                                                    const rules::RulePack &refundRules, QDate today);
    /// The cells of the newest filed revision of `form` for `period`, if filed.
    [[nodiscard]] Result<std::optional<QJsonObject>> filedCells(const QString &form, const QString &period);
    [[nodiscard]] Result<std::optional<RefundApplication>> find(const std::string &where, const QStringList &values);
    [[nodiscard]] Result<QList<RefundApplication>> query(const std::string &where, const QStringList &values);
    /// Moves an application to `state`, appending the step to its history, audited; `outboxType` queues it.
    [[nodiscard]] Result<RefundApplication> transition(const RefundApplication &application, const QJsonObject &step,
                                                       const QString &outboxType, const QJsonObject &outboxPayload);

    store::EnterpriseStore &m_store;
};

} // namespace taxbox::refund
