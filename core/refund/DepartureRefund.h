#pragma once

#include "base/Result.h"
#include "money/Decimal.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace taxbox::refund {

/// Why a claim, a store's day or a purchase does not count: a stable code ("below_minimum") and a
/// message in the traveller's language that names the store, the day and the rule with its numbers.
struct Reason
{
    QString code;
    QString message;
};

/// One purchase as the traveller enters it: the price including VAT and the goods' VAT rate.
struct Purchase
{
    QDate date;
    QString store;
    Decimal amount;
    Decimal vatRate;
};

/// Who is asking. Only foreigners and Hong Kong, Macao and Taiwan residents are overseas travellers
/// (国家税务总局公告2025年第11号 art. 2); PRC passport holders are not.
enum class TravellerDocument { ForeignPassport, HongKongMacaoPermit, TaiwanPermit, PrcPassport };

/// A departure-refund question: the purchases, the last entry and the planned departure.
struct DepartureClaim
{
    QList<Purchase> purchases;
    QDate entryDate;
    QDate departureDate;
    bool instant = false; ///< 即买即退
    std::optional<Decimal> feeRate; ///< the agency's fee on the price; the rule pack's default when absent
    TravellerDocument document = TravellerDocument::ForeignPassport;
    /// The traveller's language for the guide texts a refund pack brings ("ja"; see rules::DepartureGuide); empty:
    /// the interface's. The built-in sentences follow the translator installed.
    QString language;
};

struct PurchaseResult
{
    Purchase purchase;
    Decimal refundRate;
    Decimal refund; ///< round(amount × refund rate), 0 when not eligible
    bool eligible = false;
    QList<Reason> reasons;
};

/// One store on one day, where the minimum applies.
struct StoreDay
{
    QString store;
    QDate date;
    Decimal amount; ///< the refundable goods bought there that day
    bool eligible = false;
    QList<Reason> reasons;
    QList<int> purchases; ///< indexes into DepartureAnswer::purchases
};

/// The answer: what is refundable, why not, the money to expect, and the steps. Guidance only: the
/// refund agency's calculation governs.
struct DepartureAnswer
{
    bool eligible = false;
    QList<StoreDay> groups;
    QList<PurchaseResult> purchases;
    Decimal gross;
    Decimal feeRate;
    Decimal fee;
    Decimal net;
    Decimal cashCeiling;
    bool cashAllowed = false;
    QDate leaveBy; ///< 即买即退: the last day to leave from a designated port; null otherwise
    QList<Reason> reasons; ///< every reason, the claim's first
    QStringList steps;
    QStringList explanation;
    QString rulePack; ///< "cn-refund@2026.1"

    /// The JSON of spec Part A ("eligible", "groups", "gross", "fee", "net", "cash_allowed", "leave_by",
    /// "reasons", "steps", …).
    [[nodiscard]] QJsonObject toJson() const;
};

/// The departure VAT refund for overseas travellers (境外旅客购物离境退税), every rule dated in the
/// cn-refund pack: the minimum per store and day (500, 200 from 2025-04-26), the refund rates by VAT
/// rate (11 %/8 % from 2019-04-01), the agency fee (2 % of the price by default), the cash ceiling
/// (10,000, 20,000 from 2025-04-26), 90 days from purchase to departure, 183 days' residence, and the
/// 即买即退 window.
class DepartureRefund
{
    Q_DECLARE_TR_FUNCTIONS(DepartureRefund)
public:
    /// Reads the JSON of `taxbox-cli calc departure-refund`; errors name the field as a form labels it.
    [[nodiscard]] static Result<DepartureClaim> read(const QJsonObject &request);
    [[nodiscard]] static Result<DepartureAnswer> compute(const DepartureClaim &claim, const rules::RulePack &pack);

    /// The translated labels of the request's fields, by key (also what the traveller's tool shows).
    [[nodiscard]] static QHash<QString, QString> labels();
    /// The steps at the store, at customs and at the refund counter for this answer, translated; a step the refund
    /// pack rewords for the departure day (rule departure.guide_texts) in the claim's language.
    [[nodiscard]] static QStringList steps(const DepartureClaim &claim, const DepartureAnswer &answer,
                                           const rules::RulePack &pack);
    /// The documents to carry, translated or as the refund pack rewords them, like steps().
    [[nodiscard]] static QStringList documents(const DepartureClaim &claim, const rules::RulePack &pack);
    /// The guide's notices in force on `date` (rule departure.guide_notices of the refund pack: a new port, a
    /// changed counter, a temporary closure — guide texts that a content pack from the square brings without a new
    /// release), each in `language` ("ja", "zh_CN", …), else in English, else in Chinese.
    [[nodiscard]] static QStringList guideNotices(const rules::RulePack &pack, QDate date, const QString &language);
    /// The Chinese term beside a translated one, for the printed summary: "离境退税申请单" etc.
    [[nodiscard]] static QString chineseTerm(const QString &code);
};

} // namespace taxbox::refund
