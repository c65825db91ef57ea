#include "DepartureRefund.h"

#include "base/Translations.h"
#include "calc/Input.h"
#include "rules/DepartureGuide.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::refund {

namespace {

/// Far more purchases than one visit has; a bound for hostile input.
constexpr qsizetype kMaxPurchases = 500;
constexpr qsizetype kMaxStoreName = 200;

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonArray reasonsJson(const QList<Reason> &reasons)
{
    QJsonArray array;
    for (const Reason &reason : reasons)
        array.append(QJsonObject{{u"code"_s, reason.code}, {u"message"_s, reason.message}});
    return array;
}

/// The group a purchase belongs to: one store on one day (names compared as typed, trimmed).
QString groupKey(const Purchase &purchase)
{
    return purchase.store + u'\x1f' + dateText(purchase.date);
}

} // namespace

QHash<QString, QString> DepartureRefund::labels()
{
    return {{u"purchases"_s, tr("Purchases")},
            {u"date"_s, tr("Purchase date")},
            {u"store"_s, tr("Store")},
            {u"amount"_s, tr("Price including VAT")},
            {u"rate"_s, tr("VAT rate of the goods")},
            {u"entry_date"_s, tr("Date of your last entry into China")},
            {u"departure_date"_s, tr("Departure date")},
            {u"instant"_s, tr("Refund at purchase (即买即退)")},
            {u"fee_rate"_s, tr("Agency fee rate")},
            {u"id_type"_s, tr("Identity document")}};
}

Result<DepartureClaim> DepartureRefund::read(const QJsonObject &request)
{
    const QHash<QString, QString> fieldLabels = labels();
    calc::Input input(request, {}, fieldLabels);
    auto purchases = input.array(u"purchases"_s);
    if (!purchases)
        return std::unexpected(purchases.error());
    auto entry = input.date(u"entry_date"_s);
    if (!entry)
        return std::unexpected(entry.error());
    auto departure = input.date(u"departure_date"_s);
    if (!departure)
        return std::unexpected(departure.error());
    auto instant = input.boolean(u"instant"_s, false);
    if (!instant)
        return std::unexpected(instant.error());
    std::optional<Decimal> feeRate;
    if (request.contains(u"fee_rate"_s)) {
        auto rate = input.rate(u"fee_rate"_s);
        if (!rate)
            return std::unexpected(rate.error());
        feeRate = *rate;
    }
    auto document = input.choice(u"id_type"_s, {u"foreign_passport"_s, u"hkmo_permit"_s, u"tw_permit"_s, u"prc_passport"_s},
                                 u"foreign_passport"_s);
    if (!document)
        return std::unexpected(document.error());
    if (auto done = input.finish(); !done)
        return std::unexpected(done.error());

    DepartureClaim claim;
    if (*departure < *entry)
        return fail(u"out_of_range"_s,
                    tr("\"%1\" (%2) is before \"%3\" (%4).")
                        .arg(fieldLabels.value(u"departure_date"_s), dateText(*departure), fieldLabels.value(u"entry_date"_s),
                             dateText(*entry)),
                    u"departure_date"_s);
    if (purchases->size() > kMaxPurchases)
        return fail(u"out_of_range"_s, tr("At most %1 purchases can be checked at once.").arg(kMaxPurchases), u"purchases"_s);
    claim.entryDate = *entry;
    claim.departureDate = *departure;
    claim.instant = *instant;
    claim.feeRate = feeRate;
    claim.document = *document == u"hkmo_permit" ? TravellerDocument::HongKongMacaoPermit
        : *document == u"tw_permit"              ? TravellerDocument::TaiwanPermit
        : *document == u"prc_passport"           ? TravellerDocument::PrcPassport
                                                 : TravellerDocument::ForeignPassport;
    for (qsizetype i = 0; i < purchases->size(); ++i) {
        const QString prefix = u"purchases[%1]."_s.arg(i);
        const QString labelPrefix = tr("Purchase %1: ").arg(i + 1);
        if (!purchases->at(i).isObject())
            return fail(u"invalid_type"_s, tr("%1must be an object with date, store, amount and rate.").arg(labelPrefix),
                        prefix.chopped(1));
        calc::Input line(purchases->at(i).toObject(), prefix, fieldLabels, labelPrefix);
        auto date = line.date(u"date"_s);
        if (!date)
            return std::unexpected(date.error());
        auto store = line.text(u"store"_s);
        if (!store)
            return std::unexpected(store.error());
        auto amount = line.money(u"amount"_s);
        if (!amount)
            return std::unexpected(amount.error());
        auto rate = line.rate(u"rate"_s);
        if (!rate)
            return std::unexpected(rate.error());
        if (auto done = line.finish(); !done)
            return std::unexpected(done.error());
        const QString name = store->trimmed();
        if (name.isEmpty() || name.size() > kMaxStoreName)
            return fail(u"out_of_range"_s,
                        tr("%1\"%2\" must name the store in 1 to %3 characters.")
                            .arg(labelPrefix, fieldLabels.value(u"store"_s))
                            .arg(kMaxStoreName),
                        prefix + u"store"_s);
        if (amount->isZero())
            return fail(u"out_of_range"_s, tr("%1\"%2\" must be more than 0.").arg(labelPrefix, fieldLabels.value(u"amount"_s)),
                        prefix + u"amount"_s);
        claim.purchases.append(Purchase{*date, name, *amount, *rate});
    }
    return claim;
}

Result<DepartureAnswer> DepartureRefund::compute(const DepartureClaim &claim, const rules::RulePack &pack)
{
    DepartureAnswer answer;
    answer.rulePack = pack.id() + u'@' + pack.version();
    QList<Reason> claimReasons;

    // The traveller: an overseas traveller who has not lived in China more than 183 days.
    if (claim.document == TravellerDocument::PrcPassport)
        claimReasons.append({u"not_overseas_traveller"_s,
                             tr("Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and "
                                "residents of Hong Kong, Macao and Taiwan.")});
    auto maxResidence = pack.value(u"departure.max_residence_days"_s, claim.departureDate);
    if (!maxResidence)
        return std::unexpected(maxResidence.error());
    const int residenceLimit = maxResidence->toInt();
    const qint64 stay = claim.entryDate.daysTo(claim.departureDate);
    if (stay > residenceLimit)
        claimReasons.append({u"resident_too_long"_s,
                             tr("You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no "
                                "more than %4 days.")
                                 .arg(dateText(claim.entryDate), dateText(claim.departureDate))
                                 .arg(stay)
                                 .arg(residenceLimit)});
    auto maxDaysValue = pack.value(u"departure.max_days_purchase_to_departure"_s, claim.departureDate);
    if (!maxDaysValue)
        return std::unexpected(maxDaysValue.error());
    const int maxDays = maxDaysValue->toInt();

    // Each purchase: refundable goods and dates.
    QHash<QString, qsizetype> groupIndex;
    for (qsizetype i = 0; i < claim.purchases.size(); ++i) {
        const Purchase &purchase = claim.purchases.at(i);
        PurchaseResult result{purchase, Decimal::fromInteger(0), Decimal::fromInteger(0), false, {}};
        auto rates = pack.value(u"departure.refund_rates"_s, purchase.date);
        if (!rates)
            return fail(rates.error().code, rates.error().message, u"purchases[%1].date"_s.arg(i));
        const QJsonObject table = rates->toObject();
        const QString rateKey = table.contains(u"any"_s) ? u"any"_s : calc::rateText(purchase.vatRate);
        if (!table.contains(rateKey) || purchase.vatRate.isZero()) {
            QStringList refundable;
            for (auto it = table.constBegin(); it != table.constEnd(); ++it)
                refundable << calc::percentText(*Decimal::parse(it.key()));
            result.reasons.append({u"rate_not_refundable"_s,
                                   tr("%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).")
                                       .arg(purchase.store, dateText(purchase.date), calc::percentText(purchase.vatRate),
                                            refundable.join(u" / "_s))});
        } else {
            result.refundRate = *Decimal::parse(table.value(rateKey).toString());
        }
        answer.purchases.append(result);
        const QString key = groupKey(purchase);
        if (!groupIndex.contains(key)) {
            groupIndex.insert(key, answer.groups.size());
            answer.groups.append(StoreDay{purchase.store, purchase.date, Decimal::fromInteger(0), false, {}, {}});
        }
        StoreDay &group = answer.groups[groupIndex.value(key)];
        group.purchases.append(static_cast<int>(i));
        if (result.reasons.isEmpty())
            group.amount = group.amount + purchase.amount;
    }

    // Each store's day: the dates and the minimum in force on that day.
    for (StoreDay &group : answer.groups) {
        const QString where = tr("%1, %2").arg(group.store, dateText(group.date));
        if (group.date < claim.entryDate)
            group.reasons.append({u"before_entry"_s,
                                  tr("%1: bought before your last entry (%2); only purchases after it count.")
                                      .arg(where, dateText(claim.entryDate))});
        if (group.date > claim.departureDate)
            group.reasons.append(
                {u"after_departure"_s, tr("%1: after your departure date (%2).").arg(where, dateText(claim.departureDate))});
        const qint64 held = group.date.daysTo(claim.departureDate);
        if (held > maxDays)
            group.reasons.append({u"older_than_90_days"_s,
                                  tr("%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.")
                                      .arg(where)
                                      .arg(held)
                                      .arg(maxDays)});
        const qint64 sinceEntry = claim.entryDate.daysTo(group.date);
        if (sinceEntry > residenceLimit)
            group.reasons.append({u"purchase_after_183_days"_s,
                                  tr("%1: bought %2 days after your entry; stores may not issue the form after %3 days.")
                                      .arg(where)
                                      .arg(sinceEntry)
                                      .arg(residenceLimit)});
        auto minimum = pack.decimal(u"departure.minimum_per_store_day"_s, group.date);
        if (!minimum)
            return std::unexpected(minimum.error());
        if (!group.amount.isZero() && group.amount < *minimum)
            group.reasons.append({u"below_minimum"_s,
                                  tr("%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.")
                                      .arg(where, calc::moneyText(group.amount), calc::moneyText(*minimum))});
        else if (!group.amount.isZero())
            answer.explanation << tr("%1: %2 ≥ %3 (minimum for one store on one day)")
                                      .arg(where, calc::moneyText(group.amount), calc::moneyText(*minimum));
        group.eligible = group.reasons.isEmpty() && !group.amount.isZero() && claimReasons.isEmpty();
    }

    // The money: gross over eligible purchases, the fee on their price, the net.
    Decimal eligibleAmount = Decimal::fromInteger(0);
    QDate firstEligible;
    for (const StoreDay &group : std::as_const(answer.groups)) {
        for (int index : group.purchases) {
            PurchaseResult &result = answer.purchases[index];
            result.eligible = group.eligible && result.reasons.isEmpty();
            if (!result.eligible)
                continue;
            result.refund = calc::roundFen(result.purchase.amount * result.refundRate);
            answer.gross = answer.gross + result.refund;
            eligibleAmount = eligibleAmount + result.purchase.amount;
            if (firstEligible.isNull() || result.purchase.date < firstEligible)
                firstEligible = result.purchase.date;
            answer.explanation << tr("%1 × %2 = %3")
                                      .arg(calc::moneyText(result.purchase.amount), calc::percentText(result.refundRate),
                                           calc::moneyText(result.refund));
        }
    }
    if (claim.feeRate) {
        answer.feeRate = *claim.feeRate;
    } else {
        auto fee = pack.decimal(u"departure.fee_rate_default"_s, claim.departureDate);
        if (!fee)
            return std::unexpected(fee.error());
        answer.feeRate = *fee;
    }
    answer.fee = calc::roundFen(eligibleAmount * answer.feeRate);
    answer.net = answer.gross - answer.fee;
    answer.explanation << tr("Gross refund = %1").arg(calc::moneyText(answer.gross));
    answer.explanation << tr("Agency fee = %1 × %2 = %3")
                              .arg(calc::moneyText(eligibleAmount), calc::percentText(answer.feeRate),
                                   calc::moneyText(answer.fee));
    answer.explanation << tr("Net refund = %1 − %2 = %3")
                              .arg(calc::moneyText(answer.gross), calc::moneyText(answer.fee), calc::moneyText(answer.net));
    auto ceiling = pack.decimal(u"departure.cash_ceiling"_s, claim.departureDate);
    if (!ceiling)
        return std::unexpected(ceiling.error());
    answer.cashCeiling = *ceiling;
    answer.eligible = claimReasons.isEmpty() && !eligibleAmount.isZero();
    answer.cashAllowed = answer.eligible && answer.net <= answer.cashCeiling;
    if (answer.eligible)
        answer.explanation << (answer.cashAllowed ? tr("%1 ≤ %2: cash or bank transfer, as you choose")
                                                  : tr("%1 > %2: bank transfer only"))
                                  .arg(calc::moneyText(answer.net), calc::moneyText(answer.cashCeiling));

    // 即买即退: the window from the first form, inside the 90 days and the residence limit.
    if (claim.instant && answer.eligible) {
        auto instant = pack.value(u"departure.instant_refund"_s, firstEligible);
        if (!instant) {
            claimReasons.append({u"instant_not_available"_s,
                                 tr("Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you "
                                    "leave.")
                                     .arg(dateText(firstEligible))});
        } else {
            const int window = instant->toObject().value(u"window_days"_s).toInt();
            QDate leaveBy = firstEligible.addDays(window);
            leaveBy = std::min(leaveBy, firstEligible.addDays(maxDays));
            leaveBy = std::min(leaveBy, claim.entryDate.addDays(residenceLimit));
            answer.leaveBy = leaveBy;
            answer.explanation << tr("Leave by %1: %2 + %3 days").arg(dateText(leaveBy), dateText(firstEligible)).arg(window);
            if (claim.departureDate > leaveBy)
                claimReasons.append({u"leaves_after_instant_deadline"_s,
                                     tr("You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid "
                                        "refund back from your card.")
                                         .arg(dateText(claim.departureDate), dateText(leaveBy))});
        }
    }

    answer.reasons = claimReasons;
    for (const StoreDay &group : std::as_const(answer.groups))
        answer.reasons.append(group.reasons);
    for (const PurchaseResult &result : std::as_const(answer.purchases))
        answer.reasons.append(result.reasons);
    answer.steps = steps(claim, answer, pack);
    return answer;
}

namespace {

/// The sentence of a guide step: the refund pack's wording in force on the departure day in the traveller's language
/// when a pack rewords it (rule departure.guide_texts), else the built-in one.
QString guideSentence(const rules::RulePack &pack, const DepartureClaim &claim, const QString &key, const QString &builtIn)
{
    const QString language = claim.language.isEmpty() ? languageCode(Translations::interfaceLanguage()) : claim.language;
    return rules::DepartureGuide::text(pack, claim.departureDate, key, language).value_or(builtIn);
}

} // namespace

QStringList DepartureRefund::steps(const DepartureClaim &claim, const DepartureAnswer &answer, const rules::RulePack &pack)
{
    const auto sentence = [&](const QString &key, const QString &builtIn) { return guideSentence(pack, claim, key, builtIn); };
    QStringList list;
    list << sentence(u"store"_s,
                     tr("At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax "
                        "Refund Application Form (离境退税申请单) for each store and day."));
    if (claim.instant && answer.leaveBy.isValid())
        list << sentence(u"instant"_s,
                         tr("Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit "
                            "card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges "
                            "your card within 3 working days."))
                    .arg(calc::moneyText(answer.net), dateText(answer.leaveBy));
    list << sentence(u"goods"_s,
                     tr("Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check "
                        "them in."));
    QString customs = sentence(u"customs"_s,
                               tr("At the departure port, before check-in: show the goods, the form, the invoice and your "
                                  "passport at the customs refund desk; customs stamps the form."));
    auto spotCheck = pack.decimal(u"departure.spot_check_below"_s, claim.departureDate);
    if (spotCheck)
        // Chinese and Japanese sentences follow a full stop without a space.
        customs += (customs.endsWith(u'。') ? QString() : u" "_s)
            + sentence(u"spot_check"_s, tr("Forms under %1 yuan of sales are only spot-checked (from 2026-07-01)."))
                  .arg(calc::moneyText(*spotCheck));
    list << customs;
    if (claim.instant && answer.leaveBy.isValid())
        list << sentence(u"after_customs_instant"_s,
                         tr("After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter."));
    else if (answer.cashAllowed)
        list << sentence(u"counter_cash"_s,
                         tr("At the refund agency counter after security: show your passport, the stamped form and the "
                            "invoice; take the refund in cash (up to %1 yuan) or by bank transfer."))
                    .arg(calc::moneyText(answer.cashCeiling));
    else
        list << sentence(u"counter_transfer"_s,
                         tr("At the refund agency counter after security: show your passport, the stamped form and the "
                            "invoice; above %1 yuan the refund is paid by bank transfer only."))
                    .arg(calc::moneyText(answer.cashCeiling));
    list << sentence(u"no_refund_after"_s,
                     tr("There is no refund after you leave: allow time for the queues at customs and at the counter."));
    return list;
}

QStringList DepartureRefund::documents(const DepartureClaim &claim, const rules::RulePack &pack)
{
    const auto sentence = [&](const QString &key, const QString &builtIn) { return guideSentence(pack, claim, key, builtIn); };
    QStringList list{sentence(u"document_passport"_s, tr("Your passport or travel permit (the one you entered with)")),
                     sentence(u"document_invoices"_s, tr("The VAT invoices (paper or electronic)")),
                     sentence(u"document_forms"_s, tr("The Departure Tax Refund Application Forms (离境退税申请单)")),
                     sentence(u"document_goods"_s, tr("The goods, unused"))};
    if (claim.instant)
        list << sentence(u"document_card"_s, tr("A credit card in your own name, and the signed consent form"));
    return list;
}

QStringList DepartureRefund::guideNotices(const rules::RulePack &pack, QDate date, const QString &language)
{
    QStringList notices;
    auto listed = pack.value(u"departure.guide_notices"_s, date);
    if (!listed)
        return notices; // none in force: the guide is the built-in one
    for (const QJsonValue &notice : listed->toArray()) {
        const QString text = rules::DepartureGuide::pick(notice.toObject(), language);
        if (!text.isEmpty())
            notices.append(text);
    }
    return notices;
}

QString DepartureRefund::chineseTerm(const QString &code)
{
    static const QHash<QString, QString> terms{{u"title"_s, u"境外旅客购物离境退税"_s},
                                               {u"form"_s, u"离境退税申请单"_s},
                                               {u"invoice"_s, u"增值税发票"_s},
                                               {u"passport"_s, u"护照 / 通行证"_s},
                                               {u"customs"_s, u"海关验核"_s},
                                               {u"agency"_s, u"退税代理机构"_s},
                                               {u"instant"_s, u"即买即退"_s},
                                               {u"gross"_s, u"应退增值税额"_s},
                                               {u"fee"_s, u"退税手续费"_s},
                                               {u"net"_s, u"实退税额"_s},
                                               {u"cash"_s, u"现金退税"_s},
                                               {u"transfer"_s, u"银行转账"_s},
                                               {u"leave_by"_s, u"承诺离境日期"_s},
                                               {u"store"_s, u"退税商店"_s}};
    return terms.value(code);
}

QJsonObject DepartureAnswer::toJson() const
{
    QJsonArray groupArray;
    for (const StoreDay &group : groups)
        groupArray.append(QJsonObject{{u"store"_s, group.store},
                                      {u"date"_s, dateText(group.date)},
                                      {u"amount"_s, calc::moneyText(group.amount)},
                                      {u"eligible"_s, group.eligible},
                                      {u"reasons"_s, reasonsJson(group.reasons)}});
    QJsonArray purchaseArray;
    for (const PurchaseResult &result : purchases)
        purchaseArray.append(QJsonObject{{u"store"_s, result.purchase.store},
                                         {u"date"_s, dateText(result.purchase.date)},
                                         {u"amount"_s, calc::moneyText(result.purchase.amount)},
                                         {u"rate"_s, calc::rateText(result.purchase.vatRate)},
                                         {u"refund_rate"_s, calc::rateText(result.refundRate)},
                                         {u"refund"_s, calc::moneyText(result.refund)},
                                         {u"eligible"_s, result.eligible},
                                         {u"reasons"_s, reasonsJson(result.reasons)}});
    return {{u"eligible"_s, eligible},
            {u"groups"_s, groupArray},
            {u"purchases"_s, purchaseArray},
            {u"gross"_s, calc::moneyText(gross)},
            {u"fee_rate"_s, calc::rateText(feeRate)},
            {u"fee"_s, calc::moneyText(fee)},
            {u"net"_s, calc::moneyText(net)},
            {u"cash_ceiling"_s, calc::moneyText(cashCeiling)},
            {u"cash_allowed"_s, cashAllowed},
            {u"leave_by"_s, leaveBy.isValid() ? QJsonValue(dateText(leaveBy)) : QJsonValue()},
            {u"reasons"_s, reasonsJson(reasons)},
            {u"steps"_s, QJsonArray::fromStringList(steps)},
            {u"rule_pack"_s, rulePack}};
}

} // namespace taxbox::refund
