#include "RetainedCredit.h"

#include "calc/Input.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::refund {

QHash<QString, QString> RetainedCredit::labels()
{
    return {{u"period"_s, tr("Month of the application")},
            {u"date"_s, tr("Date")},
            {u"route"_s, tr("Route")},
            {u"period_end_credit"_s, tr("Period-end credit")},
            {u"credits_6_months"_s, tr("Month-end credits of the six months")},
            {u"credit_at_prior_year_end"_s, tr("Credit at the end of last year")},
            {u"credit_at_2019_03"_s, tr("Credit at 2019-03-31")},
            {u"qualifying_input"_s, tr("Input VAT on the seven qualifying documents since 2019-04")},
            {u"total_input"_s, tr("All input VAT deducted since 2019-04")},
            {u"credit_level"_s, tr("Tax credit level")},
            {u"declarations"_s, tr("Declarations")},
            {u"no_fraud_36_months"_s, tr("No refund fraud or false special invoices in the last 36 months")},
            {u"evasion_penalties_36_months"_s, tr("Penalties for tax evasion in the last 36 months")},
            {u"instant_refunds_since_2019_04"_s, tr("Received instant or post-collection VAT refunds since 2019-04")}};
}

QString RetainedCredit::ratioText(const Decimal &ratio)
{
    return ratio.isTerminating() ? ratio.toString() : ratio.toFixed(6);
}

Result<RetainedClaim> RetainedCredit::read(const QJsonObject &request, QDate period)
{
    const QHash<QString, QString> fieldLabels = labels();
    QJsonObject top = request;
    top.remove(u"declarations"_s); // an object, read field by field below
    calc::Input input(top, {}, fieldLabels);
    RetainedClaim claim;
    claim.period = period;
    auto route = input.choice(u"route"_s, {u"industries_4"_s, u"real_estate"_s, u"other"_s});
    if (!route)
        return std::unexpected(route.error());
    claim.route = *route;
    if (request.contains(u"period_end_credit"_s) || claim.route == u"industries_4") {
        auto credit = input.money(u"period_end_credit"_s);
        if (!credit)
            return std::unexpected(credit.error());
        claim.periodEndCredit = *credit;
    }
    if (request.contains(u"credits_6_months"_s) || claim.route != u"industries_4") {
        auto credits = input.array(u"credits_6_months"_s);
        if (!credits)
            return std::unexpected(credits.error());
        if (credits->size() != 6)
            return fail(u"out_of_range"_s,
                        tr("\"%1\" needs six month-end credits, oldest first; %2 were given.")
                            .arg(fieldLabels.value(u"credits_6_months"_s))
                            .arg(credits->size()),
                        u"credits_6_months"_s);
        for (qsizetype i = 0; i < credits->size(); ++i) {
            calc::Input month(QJsonObject{{u"credit"_s, credits->at(i)}}, u"credits_6_months[%1]."_s.arg(i),
                              {{u"credit"_s, fieldLabels.value(u"credits_6_months"_s)}}, tr("Month %1: ").arg(i + 1));
            auto credit = month.money(u"credit"_s, std::nullopt, true);
            if (!credit)
                return fail(credit.error().code, credit.error().message, u"credits_6_months[%1]"_s.arg(i));
            claim.credits6Months.append(*credit);
        }
    }
    const QString baseKey = claim.route == u"real_estate" ? u"credit_at_2019_03"_s : u"credit_at_prior_year_end"_s;
    if (claim.route != u"industries_4") {
        auto base = input.money(baseKey, std::nullopt, true);
        if (!base)
            return std::unexpected(base.error());
        claim.baseCredit = *base;
    }
    auto qualifying = input.money(u"qualifying_input"_s);
    if (!qualifying)
        return std::unexpected(qualifying.error());
    auto total = input.money(u"total_input"_s);
    if (!total)
        return std::unexpected(total.error());
    auto level = input.choice(u"credit_level"_s, {u"A"_s, u"B"_s, u"M"_s, u"C"_s, u"D"_s});
    if (!level)
        return std::unexpected(level.error());
    claim.creditLevel = *level;
    if (auto done = input.finish(); !done)
        return std::unexpected(done.error());
    const QJsonValue declarationValue = request.value(u"declarations"_s);
    if (!declarationValue.isUndefined()) {
        if (!declarationValue.isObject())
            return fail(u"invalid_type"_s, tr("\"%1\" must be an object.").arg(fieldLabels.value(u"declarations"_s)),
                        u"declarations"_s);
        calc::Input declared(declarationValue.toObject(), u"declarations."_s, fieldLabels);
        auto noFraud = declared.boolean(u"no_fraud_36_months"_s, true);
        if (!noFraud)
            return std::unexpected(noFraud.error());
        auto penalties = declared.integer(u"evasion_penalties_36_months"_s, 0, 0, 1000);
        if (!penalties)
            return std::unexpected(penalties.error());
        auto instant = declared.boolean(u"instant_refunds_since_2019_04"_s, false);
        if (!instant)
            return std::unexpected(instant.error());
        if (auto done = declared.finish(); !done)
            return std::unexpected(done.error());
        claim.noFraud36Months = *noFraud;
        claim.evasionPenalties36Months = *penalties;
        claim.instantRefundsSince2019 = *instant;
    }
    if (total->isZero())
        return fail(u"out_of_range"_s, tr("\"%1\" must be more than 0.").arg(fieldLabels.value(u"total_input"_s)),
                    u"total_input"_s);
    if (*qualifying > *total)
        return fail(
            u"out_of_range"_s,
            tr("\"%1\" cannot exceed \"%2\".").arg(fieldLabels.value(u"qualifying_input"_s), fieldLabels.value(u"total_input"_s)),
            u"qualifying_input"_s);
    claim.qualifyingInput = *qualifying;
    claim.totalInput = *total;
    return claim;
}

Result<RetainedAnswer> RetainedCredit::compute(const RetainedClaim &claim, const rules::RulePack &pack)
{
    auto rulesValue = pack.value(u"retained.2025"_s, claim.period);
    if (!rulesValue)
        return std::unexpected(rulesValue.error());
    const QJsonObject rules = rulesValue->toObject();
    const auto number = [&rules](const QString &key) { return *Decimal::parse(rules.value(key).toString()); };
    RetainedAnswer answer;
    answer.rulePack = pack.id() + u'@' + pack.version();
    answer.ratio = *claim.qualifyingInput.dividedBy(claim.totalInput);
    answer.explanation << tr("Ratio = %1 ÷ %2 = %3")
                              .arg(calc::moneyText(claim.qualifyingInput), calc::moneyText(claim.totalInput),
                                   ratioText(answer.ratio));

    // The conditions of every route.
    QStringList levels;
    for (const QJsonValue &level : rules.value(u"credit_levels"_s).toArray())
        levels << level.toString();
    if (!levels.contains(claim.creditLevel))
        answer.reasons.append(
            {u"credit_level"_s,
             tr("The tax credit level is %1; the refund needs level %2.").arg(claim.creditLevel, levels.join(tr(" or ")))});
    if (!claim.noFraud36Months)
        answer.reasons.append({u"fraud_36_months"_s,
                               tr("Refund fraud, export refund fraud or false special invoices in the last "
                                  "36 months exclude the refund.")});
    const int maxPenalties = rules.value(u"max_evasion_penalties_36_months"_s).toInt();
    if (claim.evasionPenalties36Months > maxPenalties)
        answer.reasons.append({u"evasion_penalties"_s,
                               tr("Punished for tax evasion %1 times in the last 36 months; twice or more excludes the refund.")
                                   .arg(claim.evasionPenalties36Months)});
    if (claim.instantRefundsSince2019)
        answer.reasons.append({u"instant_refunds"_s,
                               tr("Instant (即征即退) or post-collection refunds received since 2019-04-01 "
                                  "exclude the refund until they are repaid.")});

    const Decimal minimum = number(u"minimum_new_credit"_s);
    const bool ratioApplies = rules.value(u"ratio_applies_to_real_estate_and_other"_s).toBool();
    const Decimal one = Decimal::fromInteger(1);
    if (claim.route == u"industries_4") {
        answer.newCredit = *claim.periodEndCredit;
        if (answer.newCredit.isZero())
            answer.reasons.append({u"no_credit"_s, tr("There is no period-end credit to refund.")});
        answer.refundable = calc::roundFen(answer.newCredit * answer.ratio * number(u"industries_4_rate"_s));
        answer.explanation << tr("Refundable = %1 × %2 × %3 = %4")
                                  .arg(calc::moneyText(answer.newCredit), ratioText(answer.ratio),
                                       calc::percentText(number(u"industries_4_rate"_s)), calc::moneyText(answer.refundable));
    } else {
        const int months = rules.value(u"months"_s).toInt();
        const bool realEstate = claim.route == u"real_estate";
        for (qsizetype i = 0; i < claim.credits6Months.size(); ++i) {
            const Decimal above = realEstate ? claim.credits6Months.at(i) - *claim.baseCredit : claim.credits6Months.at(i);
            if (above <= Decimal::fromInteger(0)) {
                answer.reasons.append(
                    {u"credit_not_positive"_s,
                     realEstate ? tr("Month %1 of %2: the credit %3 is not above the credit at 2019-03-31 (%4).")
                                      .arg(i + 1)
                                      .arg(months)
                                      .arg(calc::moneyText(claim.credits6Months.at(i)), calc::moneyText(*claim.baseCredit))
                                : tr("Month %1 of %2: the period-end credit is %3; it must be above 0 in each of the %2 months.")
                                      .arg(i + 1)
                                      .arg(months)
                                      .arg(calc::moneyText(claim.credits6Months.at(i)))});
                break;
            }
        }
        const Decimal last = claim.credits6Months.constLast();
        if (claim.periodEndCredit && *claim.periodEndCredit != last)
            return fail(
                u"inconsistent"_s,
                tr("\"%1\" (%2) must be the sixth month's credit (%3).")
                    .arg(labels().value(u"period_end_credit"_s), calc::moneyText(*claim.periodEndCredit), calc::moneyText(last)),
                u"period_end_credit"_s);
        answer.newCredit = last - *claim.baseCredit;
        answer.explanation << tr("New credit = %1 − %2 = %3")
                                  .arg(calc::moneyText(last), calc::moneyText(*claim.baseCredit),
                                       calc::moneyText(answer.newCredit));
        if (answer.newCredit < minimum)
            answer.reasons.append(
                {u"below_minimum"_s,
                 tr("The new credit %1 is below %2.").arg(calc::moneyText(answer.newCredit), calc::moneyText(minimum))});
        const Decimal ratio = ratioApplies ? answer.ratio : one;
        if (realEstate) {
            const Decimal rate = number(u"real_estate_rate"_s);
            answer.refundable = calc::roundFen(calc::maxOf(answer.newCredit, Decimal::fromInteger(0)) * ratio * rate);
            answer.explanation << tr("Refundable = %1 × %2 × %3 = %4")
                                      .arg(calc::moneyText(answer.newCredit), ratioText(ratio), calc::percentText(rate),
                                           calc::moneyText(answer.refundable));
        } else {
            const Decimal tier = number(u"tier_limit"_s);
            const Decimal credit = calc::maxOf(answer.newCredit, Decimal::fromInteger(0));
            const Decimal lower = calc::minOf(credit, tier);
            const Decimal upper = calc::maxOf(credit - tier, Decimal::fromInteger(0));
            const Decimal low = number(u"rate_up_to_tier"_s);
            const Decimal high = number(u"rate_above_tier"_s);
            answer.refundable = calc::roundFen(lower * ratio * low + upper * ratio * high);
            answer.explanation << tr("Refundable = %1 × %2 × %3 + %4 × %2 × %5 = %6")
                                      .arg(calc::moneyText(lower), ratioText(ratio), calc::percentText(low),
                                           calc::moneyText(upper), calc::percentText(high), calc::moneyText(answer.refundable));
        }
        if (!ratioApplies)
            answer.explanation << tr("The ratio does not multiply this route (rule pack parameter).");
    }
    answer.eligible = answer.reasons.isEmpty();
    if (!answer.eligible)
        answer.refundable = Decimal::fromInteger(0);
    return answer;
}

QJsonObject RetainedAnswer::toJson() const
{
    QJsonArray reasonArray;
    for (const Reason &reason : reasons)
        reasonArray.append(QJsonObject{{u"code"_s, reason.code}, {u"message"_s, reason.message}});
    return {{u"eligible"_s, eligible},
            {u"reasons"_s, reasonArray},
            {u"new_credit"_s, calc::moneyText(newCredit)},
            {u"ratio"_s, RetainedCredit::ratioText(ratio)},
            {u"refundable"_s, calc::moneyText(refundable)},
            {u"rule_pack"_s, rulePack}};
}

} // namespace taxbox::refund
