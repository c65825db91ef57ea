#pragma once

#include "DepartureRefund.h"

namespace taxbox::refund {

/// A retained VAT credit refund under the 2025 regime (财政部 税务总局公告2025年第7号, from the
/// 2025-09 period): the route, the credits and the input-composition ratio, and the declarations of
/// the 《退(抵)税申请表》.
struct RetainedClaim
{
    QDate period; ///< the first day of the month of the application
    QString route; ///< "industries_4" | "real_estate" | "other"
    std::optional<Decimal> periodEndCredit;
    QList<Decimal> credits6Months; ///< oldest first
    std::optional<Decimal> baseCredit; ///< at the prior year-end ("other") or at 2019-03-31 (real estate)
    Decimal qualifyingInput;
    Decimal totalInput;
    QString creditLevel;
    bool noFraud36Months = true;
    int evasionPenalties36Months = 0;
    bool instantRefundsSince2019 = false;
};

struct RetainedAnswer
{
    bool eligible = false;
    QList<Reason> reasons;
    Decimal newCredit;
    Decimal ratio;
    Decimal refundable;
    QStringList explanation;
    QString rulePack;
    [[nodiscard]] QJsonObject toJson() const;
};

/// 增值税期末留抵退税 from 2025-09: three routes (the four industries monthly at 100 % of the credit,
/// real estate at 60 % of the credit above 2019-03, others at 60 % up to 1亿 and 30 % above of the
/// credit above the prior year-end), the 500,000 minimum, the credit level and the declarations; whether
/// the ratio multiplies the last two routes is a rule-pack parameter (unverified in the spec).
class RetainedCredit
{
    Q_DECLARE_TR_FUNCTIONS(RetainedCredit)
public:
    /// The labels of the request's fields, by key, as the forms show them.
    [[nodiscard]] static QHash<QString, QString> labels();
    /// Reads the Part A request (period already read by the caller).
    [[nodiscard]] static Result<RetainedClaim> read(const QJsonObject &request, QDate period);
    [[nodiscard]] static Result<RetainedAnswer> compute(const RetainedClaim &claim, const rules::RulePack &pack);
    /// "0.9" or "0.952381": the ratio as output shows it.
    [[nodiscard]] static QString ratioText(const Decimal &ratio);
};

} // namespace taxbox::refund
