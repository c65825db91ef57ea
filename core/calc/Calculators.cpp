#include "Calculators.h"

#include "CumulativeWithholding.h"
#include "Input.h"

#include "money/Money.h"
#include "refund/DepartureRefund.h"
#include "refund/RetainedCredit.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

// Unwraps a Result into `var` or returns its error from the enclosing function.
#define TAXBOX_TRY(var, expression)                                                                                              \
    auto var##Result = (expression);                                                                                             \
    if (!var##Result)                                                                                                            \
        return std::unexpected(var##Result.error());                                                                             \
    auto var = std::move(*var##Result)

namespace taxbox::calc {

namespace {

Decimal dec(std::int64_t value)
{
    return Decimal::fromInteger(value);
}

Decimal zero()
{
    return Decimal::fromInteger(0);
}

/// A rule-pack amount in fen (whole fen by construction of the pack).
qint64 toFen(const Decimal &value)
{
    return value.toMoney()->fen();
}

/// An input amount in fen; amounts too large for the store are refused naming the field.
Result<qint64> fenOf(const Decimal &value, const QString &field)
{
    auto money = value.toMoney();
    if (!money)
        return fail(money.error().code, money.error().message, field);
    // Far above any real wage, and keeps every cumulative product inside int64.
    if (money->fen() > 100'000'000'000'000LL)
        return fail(u"out_of_range"_s, QCoreApplication::translate("IitWages", "\"%1\" is too large.").arg(field), field);
    return money->fen();
}

/// a ÷ b for a divisor known not to be zero (rule-pack constants such as 12 or 1 + rate).
Decimal divide(const Decimal &a, const Decimal &b)
{
    return *a.dividedBy(b);
}

QJsonObject bracketJson(const rules::Bracket &bracket)
{
    return {{u"rate"_s, rateText(bracket.rate)}, {u"quick_deduction"_s, moneyText(bracket.quickDeduction)}};
}

// ---------------------------------------------------------------------------------------------------
class IitWages final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(IitWages)
public:
    QList<Field> fields() const override
    {
        return {
            {u"year"_s, tr("Year"), Field::Kind::Integer, u"2025"_s, {}, {}, false},
            {u"start_month"_s, tr("First month with this employer"), Field::Kind::Integer, u"1"_s, {}, {}, false},
            {u"first_job"_s, tr("First job this year (deduction from January)"), Field::Kind::Boolean, u"false"_s, {}, {}, false},
            {u"sixty_thousand_rule"_s,
             tr("60,000 rule (withheld by this employer all last year, wages ≤ 60,000)"),
             Field::Kind::Boolean,
             u"false"_s,
             {},
             {},
             false},
            {u"months"_s, tr("Months"), Field::Kind::Months, QString(), {}, {}, false}};
    }
    QString name() const override { return u"iit-wages"_s; }
    QString title() const override { return tr("IIT on wages (cumulative withholding)"); }
    QString summary() const override
    {
        return tr("Monthly withholding on wages by the cumulative method, month by month for one employer and year.");
    }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(year, input.integer(u"year"_s, std::nullopt, 2019, 2100));
        TAXBOX_TRY(startMonth, input.integer(u"start_month"_s, 1, 1, 12));
        TAXBOX_TRY(firstJob, input.boolean(u"first_job"_s, false));
        TAXBOX_TRY(sixty, input.boolean(u"sixty_thousand_rule"_s, false));
        TAXBOX_TRY(months, input.array(u"months"_s));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (startMonth + months.size() - 1 > 12) {
            return fail(u"out_of_range"_s,
                        tr("\"months\" holds %1 months from month %2: a year has only 12.").arg(months.size()).arg(startMonth),
                        u"months"_s);
        }
        // The table and deductions in force at the start; a mid-year change would be a new range,
        // checked below for every month.
        const QDate first(year, startMonth, 1);
        TAXBOX_TRY(table, WithholdingTable::fromPack(pack, u"iit.cumulative_table"_s, first));
        TAXBOX_TRY(perMonth, pack.decimal(u"iit.basic_deduction_per_month"_s, first));
        qint64 sixtyFen = 0;
        if (sixty) {
            TAXBOX_TRY(sixtyThousand, pack.decimal(u"iit.sixty_thousand_deduction"_s, first));
            sixtyFen = toFen(sixtyThousand);
        }
        CumulativeWithholding engine(table, toFen(perMonth), firstJob ? 1 : startMonth, sixtyFen);
        Outcome outcome;
        QJsonArray rows;
        for (qsizetype i = 0; i < months.size(); ++i) {
            const int month = startMonth + static_cast<int>(i);
            TAXBOX_TRY(inForce, pack.table(u"iit.cumulative_table"_s, QDate(year, month, 1)));
            Q_UNUSED(inForce);
            Input row(months.at(i).toObject(), u"months[%1]."_s.arg(i + 1), labelsOf(wageMonthFields()),
                      tr("Month %1: ").arg(month));
            WageMonth wages;
            const std::pair<const char16_t *, qint64 *> fields[] = {{u"income", &wages.incomeFen},
                                                                    {u"exempt_income", &wages.exemptFen},
                                                                    {u"special_deductions", &wages.specialFen},
                                                                    {u"special_additional_deductions", &wages.additionalFen},
                                                                    {u"other_deductions", &wages.otherFen},
                                                                    {u"tax_relief", &wages.reliefFen}};
            for (const auto &[key, target] : fields) {
                const QString name = QString::fromUtf16(key);
                TAXBOX_TRY(value, row.money(name, name == u"income" ? std::nullopt : std::optional<Decimal>(zero())));
                TAXBOX_TRY(fen, fenOf(value, row.fieldName(name)));
                *target = fen;
            }
            if (auto done = row.finish(); !done)
                return std::unexpected(done.error());
            const WithholdingMonth r = engine.add(month, wages);
            const auto m = [](qint64 fen) { return Money::fromFen(fen).toString(); };
            const int monthsCounted = month - (firstJob ? 1 : startMonth) + 1;
            outcome.explanation << tr("Month %1: cumulative taxable income = %2 − %3 (exempt) − %4 (basic deduction, %5 × %6) "
                                      "− %7 − %8 − %9 = %10")
                                       .arg(month)
                                       .arg(m(r.cumulativeIncomeFen), m(r.cumulativeExemptFen), m(r.cumulativeBasicFen),
                                            moneyText(perMonth), QString::number(monthsCounted), m(r.cumulativeSpecialFen),
                                            m(r.cumulativeAdditionalFen), m(r.cumulativeOtherFen), m(r.cumulativeTaxableFen));
            const Decimal rate = *Decimal::fromInteger(r.bracket.rateBasisPoints).dividedBy(Decimal::fromInteger(10000));
            outcome.explanation << tr("Month %1: cumulative tax = %2 × %3 − %4 = %5; withheld = %5 − %6 (relief) − %7 (withheld "
                                      "before) = %8")
                                       .arg(month)
                                       .arg(m(r.cumulativeTaxableFen), percentText(rate), m(r.bracket.quickDeductionFen),
                                            m(r.cumulativeTaxFen), m(r.cumulativeReliefFen), m(r.withheldBeforeFen),
                                            m(r.withheldFen));
            if (r.negativeResult) {
                outcome.explanation
                    << tr("Month %1: the result is negative, so nothing is withheld; the difference is settled in the "
                          "annual reconciliation.")
                           .arg(month);
            }
            rows.append(QJsonObject{{u"month"_s, month},
                                    {u"rate"_s, rateText(rate)},
                                    {u"quick_deduction"_s, m(r.bracket.quickDeductionFen)},
                                    {u"cumulative_income"_s, m(r.cumulativeIncomeFen)},
                                    {u"cumulative_basic_deduction"_s, m(r.cumulativeBasicFen)},
                                    {u"cumulative_taxable"_s, m(r.cumulativeTaxableFen)},
                                    {u"cumulative_tax"_s, m(r.cumulativeTaxFen)},
                                    {u"withheld"_s, m(r.withheldFen)},
                                    {u"cumulative_withheld"_s, m(r.cumulativeWithheldFen)}});
        }
        outcome.output = {{u"months"_s, rows}, {u"total_withheld"_s, Money::fromFen(engine.cumulativeWithheldFen()).toString()}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class IitRemuneration final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(IitRemuneration)
public:
    QList<Field> fields() const override
    {
        return {{u"kind"_s,
                 tr("Kind of payment"),
                 Field::Kind::Choice,
                 u"labor"_s,
                 {u"labor"_s, u"author"_s, u"royalty"_s},
                 {tr("Labour remuneration"), tr("Author remuneration"), tr("Royalties")},
                 false},
                {u"amount"_s, tr("Payment"), Field::Kind::Money, QString(), {}, {}, false},
                {u"resident"_s, tr("Resident individual"), Field::Kind::Boolean, u"true"_s, {}, {}, false},
                {u"date"_s, tr("Date paid"), Field::Kind::Date, QString(), {}, {}, true}};
    }
    QString name() const override { return u"iit-remuneration"_s; }
    QString title() const override { return tr("IIT on labour, author and royalty payments"); }
    QString summary() const override
    {
        return tr("Withholding on one payment of labour remuneration, author remuneration or royalties.");
    }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(kind, input.choice(u"kind"_s, {u"labor"_s, u"author"_s, u"royalty"_s}));
        TAXBOX_TRY(amount, input.money(u"amount"_s));
        TAXBOX_TRY(resident, input.boolean(u"resident"_s, true));
        TAXBOX_TRY(date, input.date(u"date"_s, today));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        TAXBOX_TRY(threshold, pack.decimal(u"iit.remuneration"_s, u"threshold"_s, date));
        TAXBOX_TRY(fixed, pack.decimal(u"iit.remuneration"_s, u"fixed_deduction"_s, date));
        TAXBOX_TRY(expenseRate, pack.decimal(u"iit.remuneration"_s, u"expense_rate"_s, date));
        TAXBOX_TRY(authorFactor, pack.decimal(u"iit.remuneration"_s, u"author_factor"_s, date));
        TAXBOX_TRY(flatRate, pack.decimal(u"iit.remuneration"_s, u"author_royalty_rate"_s, date));
        Outcome outcome;
        Decimal incomeAmount;
        if (resident && amount <= threshold) {
            incomeAmount = maxOf(zero(), amount - fixed);
            outcome.explanation << tr("Income amount = %1 − %2 = %3 (a payment of at most %4)")
                                       .arg(moneyText(amount), moneyText(fixed), moneyText(incomeAmount), moneyText(threshold));
        } else {
            incomeAmount = amount * (dec(1) - expenseRate);
            outcome.explanation << tr("Income amount = %1 × (1 − %2) = %3")
                                       .arg(moneyText(amount), percentText(expenseRate), incomeAmount.toString());
        }
        if (kind == u"author") {
            const Decimal before = incomeAmount;
            incomeAmount = incomeAmount * authorFactor;
            outcome.explanation << tr("Author remuneration counts %1 of it: %2 × %1 = %3")
                                       .arg(percentText(authorFactor), before.toString(), incomeAmount.toString());
        }
        rules::Bracket bracket{std::nullopt, flatRate, zero()};
        if (!resident) {
            TAXBOX_TRY(table, pack.table(u"iit.monthly_table"_s, date));
            bracket = table.find(incomeAmount);
        } else if (kind == u"labor") {
            TAXBOX_TRY(table, pack.table(u"iit.labor_table"_s, date));
            bracket = table.find(incomeAmount);
        }
        const Decimal tax = maxOf(zero(), roundFen(incomeAmount * bracket.rate - bracket.quickDeduction));
        outcome.explanation << tr("Tax = %1 × %2 − %3 = %4")
                                   .arg(incomeAmount.toString(), percentText(bracket.rate), moneyText(bracket.quickDeduction),
                                        moneyText(tax));
        outcome.output = bracketJson(bracket);
        outcome.output.insert(u"income_amount"_s, moneyText(incomeAmount));
        outcome.output.insert(u"tax"_s, moneyText(tax));
        outcome.output.insert(u"after_tax"_s, moneyText(amount - tax));
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class IitBonus final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(IitBonus)
public:
    QList<Field> fields() const override
    {
        return {{u"bonus"_s, tr("Year-end bonus"), Field::Kind::Money, QString(), {}, {}, false},
                {u"date"_s, tr("Date paid"), Field::Kind::Date, QString(), {}, {}, true}};
    }
    QString name() const override { return u"iit-bonus"_s; }
    QString title() const override { return tr("IIT on a year-end bonus (separate taxation)"); }
    QString summary() const override { return tr("Tax on a one-off year-end bonus taxed on its own, with the dead zones."); }

    static Decimal taxOf(const Decimal &bonus, const rules::BracketTable &table)
    {
        const rules::Bracket &bracket = table.find(divide(bonus, dec(12)));
        return maxOf(zero(), roundFen(bonus * bracket.rate - bracket.quickDeduction));
    }

    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(bonus, input.money(u"bonus"_s));
        TAXBOX_TRY(date, input.date(u"date"_s, today));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        TAXBOX_TRY(inForce, pack.value(u"iit.bonus_separate_taxation"_s, date));
        Q_UNUSED(inForce);
        TAXBOX_TRY(table, pack.table(u"iit.monthly_table"_s, date));
        const Decimal monthly = divide(bonus, dec(12));
        const rules::Bracket &bracket = table.find(monthly);
        const Decimal tax = taxOf(bonus, table);
        Outcome outcome;
        outcome.explanation << tr("Rate from the monthly table for %1 ÷ 12 = %2: %3, quick deduction %4")
                                   .arg(moneyText(bonus), monthly.toFixed(4), percentText(bracket.rate),
                                        moneyText(bracket.quickDeduction));
        outcome.explanation << tr("Tax = %1 × %2 − %3 = %4; after tax %5")
                                   .arg(moneyText(bonus), percentText(bracket.rate), moneyText(bracket.quickDeduction),
                                        moneyText(tax), moneyText(bonus - tax));
        outcome.output = bracketJson(bracket);
        outcome.output.insert(u"tax"_s, moneyText(tax));
        outcome.output.insert(u"after_tax"_s, moneyText(bonus - tax));

        // Dead zones: just above each bound ×12, a larger bonus leaves less after tax, until
        // X − tax(X) catches up with bound − tax(bound).
        for (qsizetype i = 0; i + 1 < table.rows.size(); ++i) {
            const Decimal edge = *table.rows.at(i).upTo * dec(12);
            const Decimal keptAtEdge = edge - taxOf(edge, table);
            const rules::Bracket &above = table.rows.at(i + 1);
            // X (1 − r) + q = keptAtEdge  →  X = (keptAtEdge − q) ÷ (1 − r)
            const Decimal end = divide(keptAtEdge - above.quickDeduction, dec(1) - above.rate);
            if (bonus > edge && bonus < end) {
                const Decimal lost = keptAtEdge - (bonus - tax);
                outcome.output.insert(u"dead_zone"_s,
                                      QJsonObject{{u"from"_s, moneyText(edge)},
                                                  {u"to"_s, moneyText(end.roundedHalfUp(2))},
                                                  {u"better_bonus"_s, moneyText(edge)},
                                                  {u"after_tax_lost"_s, moneyText(lost)}});
                outcome.warnings << tr("Dead zone: a bonus between %1 and %2 leaves less after tax than %1 itself. Paying %1 "
                                       "instead of %3 keeps %4 more.")
                                        .arg(moneyText(edge), moneyText(end.roundedHalfUp(2)), moneyText(bonus), moneyText(lost));
            }
        }
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class IitAnnual final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(IitAnnual)
public:
    QList<Field> fields() const override
    {
        return {
            {u"year"_s, tr("Year"), Field::Kind::Integer, u"2025"_s, {}, {}, false},
            {u"wages"_s, tr("Wages"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"labor"_s, tr("Labour remuneration"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"author"_s, tr("Author remuneration"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"royalty"_s, tr("Royalties"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"special_deductions"_s,
             tr("Special deductions (social insurance, housing fund)"),
             Field::Kind::Money,
             u"0"_s,
             {},
             {},
             false},
            {u"special_additional_deductions"_s, tr("Special additional deductions"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"other_deductions"_s, tr("Other deductions"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"donations"_s, tr("Qualifying donations"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"tax_relief"_s, tr("Tax relief"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"prepaid"_s, tr("Tax prepaid in the year"), Field::Kind::Money, u"0"_s, {}, {}, false}};
    }
    QString name() const override { return u"iit-annual"_s; }
    QString title() const override { return tr("IIT annual reconciliation"); }
    QString summary() const override { return tr("The annual reconciliation of comprehensive income: tax due or refund."); }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(year, input.integer(u"year"_s, std::nullopt, 2019, 2100));
        TAXBOX_TRY(wages, input.money(u"wages"_s, zero()));
        TAXBOX_TRY(labor, input.money(u"labor"_s, zero()));
        TAXBOX_TRY(author, input.money(u"author"_s, zero()));
        TAXBOX_TRY(royalty, input.money(u"royalty"_s, zero()));
        TAXBOX_TRY(special, input.money(u"special_deductions"_s, zero()));
        TAXBOX_TRY(additional, input.money(u"special_additional_deductions"_s, zero()));
        TAXBOX_TRY(other, input.money(u"other_deductions"_s, zero()));
        TAXBOX_TRY(donations, input.money(u"donations"_s, zero()));
        TAXBOX_TRY(relief, input.money(u"tax_relief"_s, zero()));
        TAXBOX_TRY(prepaid, input.money(u"prepaid"_s, zero()));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        const QDate date(year, 12, 31);
        TAXBOX_TRY(basic, pack.decimal(u"iit.annual"_s, u"basic_deduction"_s, date));
        TAXBOX_TRY(laborFactor, pack.decimal(u"iit.annual"_s, u"labor_factor"_s, date));
        TAXBOX_TRY(royaltyFactor, pack.decimal(u"iit.annual"_s, u"royalty_factor"_s, date));
        TAXBOX_TRY(authorFactor, pack.decimal(u"iit.annual"_s, u"author_factor"_s, date));
        TAXBOX_TRY(donationCap, pack.decimal(u"iit.annual"_s, u"donation_cap"_s, date));
        TAXBOX_TRY(table, pack.table(u"iit.cumulative_table"_s, date));
        Outcome outcome;
        const Decimal incomeAmount = wages + labor * laborFactor + author * authorFactor + royalty * royaltyFactor;
        outcome.explanation << tr("Income amount = %1 + %2 × %3 + %4 × %5 + %6 × %7 = %8")
                                   .arg(moneyText(wages), moneyText(labor), percentText(laborFactor), moneyText(author),
                                        percentText(authorFactor), moneyText(royalty), percentText(royaltyFactor))
                                   .arg(incomeAmount.toString());
        const Decimal beforeDonations = maxOf(zero(), incomeAmount - basic - special - additional - other);
        const Decimal allowedDonations = minOf(donations, beforeDonations * donationCap);
        const Decimal taxable = beforeDonations - allowedDonations;
        outcome.explanation << tr("Taxable = %1 − %2 − %3 − %4 − %5 − %6 (donations, at most %7 of %8) = %9")
                                   .arg(incomeAmount.toString(), moneyText(basic), moneyText(special), moneyText(additional),
                                        moneyText(other), allowedDonations.toString(), percentText(donationCap),
                                        beforeDonations.toString(), taxable.toString());
        const rules::Bracket &bracket = table.find(taxable);
        const Decimal tax = maxOf(zero(), roundFen(taxable * bracket.rate - bracket.quickDeduction));
        const Decimal due = maxOf(zero(), tax - relief);
        const Decimal balance = due - prepaid;
        outcome.explanation << tr("Tax = %1 × %2 − %3 = %4; balance = %4 − %5 (relief) − %6 (prepaid) = %7")
                                   .arg(taxable.toString(), percentText(bracket.rate), moneyText(bracket.quickDeduction),
                                        moneyText(tax), moneyText(relief), moneyText(prepaid), moneyText(balance));
        outcome.output = bracketJson(bracket);
        outcome.output.insert(u"income_amount"_s, moneyText(incomeAmount));
        outcome.output.insert(u"taxable"_s, moneyText(taxable));
        outcome.output.insert(u"tax"_s, moneyText(tax));
        outcome.output.insert(u"prepaid"_s, moneyText(prepaid));
        outcome.output.insert(u"balance"_s, moneyText(balance));
        if (auto exemption = pack.value(u"iit.annual_no_filing"_s, date);
            exemption && !balance.isNegative() && !balance.isZero()) {
            TAXBOX_TRY(incomeLimit, pack.decimal(u"iit.annual_no_filing"_s, u"income"_s, date));
            TAXBOX_TRY(taxLimit, pack.decimal(u"iit.annual_no_filing"_s, u"tax_due"_s, date));
            const bool exempt = wages + labor + author + royalty <= incomeLimit || balance <= taxLimit;
            outcome.output.insert(u"filing_required"_s, !exempt);
            if (exempt)
                outcome.explanation << tr("No reconciliation is needed: annual income at most %1 or the balance due at most %2.")
                                           .arg(moneyText(incomeLimit), moneyText(taxLimit));
        } else {
            outcome.output.insert(u"filing_required"_s, !balance.isZero());
        }
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
Result<void> checkVatRate(const rules::RulePack &pack, const Decimal &rate, QDate date, const QString &field)
{
    QStringList allowed;
    for (const QString &key : {u"vat.rates"_s, u"vat.levy_rates"_s}) {
        TAXBOX_TRY(rates, pack.value(key, date));
        for (const QJsonValue &value : rates.toArray()) {
            allowed << value.toString();
            if (*Decimal::parse(value.toString()) == rate)
                return {};
        }
    }
    return fail(u"invalid_rate"_s,
                QCoreApplication::translate("VatSplit", "\"%1\" = %2 is not a VAT rate in force on %3 (%4).")
                    .arg(field, rate.toString(), date.toString(Qt::ISODate), allowed.join(u", "_s)),
                field);
}

class VatSplit final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(VatSplit)
public:
    QList<Field> fields() const override
    {
        return {{u"total"_s, tr("Price including tax"), Field::Kind::Money, QString(), {}, {}, false},
                {u"rate"_s, tr("VAT rate"), Field::Kind::Rate, u"0.13"_s, {}, {}, false},
                {u"date"_s, tr("Date"), Field::Kind::Date, QString(), {}, {}, true}};
    }
    QString name() const override { return u"vat-split"_s; }
    QString title() const override { return tr("Split a price including VAT"); }
    QString summary() const override { return tr("Amount and VAT of a price that includes tax; they always add up."); }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(total, input.money(u"total"_s, std::nullopt, true));
        TAXBOX_TRY(rate, input.rate(u"rate"_s));
        TAXBOX_TRY(date, input.date(u"date"_s, today));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (auto valid = checkVatRate(pack, rate, date, u"rate"_s); !valid)
            return std::unexpected(valid.error());
        const Decimal amount = roundFen(divide(total, dec(1) + rate));
        const Decimal tax = total - amount;
        Outcome outcome;
        outcome.explanation
            << tr("Amount = %1 ÷ (1 + %2) = %3 (rounded to the fen)").arg(moneyText(total), percentText(rate), moneyText(amount));
        outcome.explanation << tr("Tax = %1 − %2 = %3").arg(moneyText(total), moneyText(amount), moneyText(tax));
        outcome.output = {{u"amount"_s, moneyText(amount)}, {u"tax"_s, moneyText(tax)}, {u"rate"_s, rateText(rate)}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class VatSmall final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(VatSmall)
public:
    QList<Field> fields() const override
    {
        return {{u"period"_s, tr("Period (2025-03 or 2025Q1)"), Field::Kind::Text, QString(), {}, {}, false},
                {u"sales"_s, tr("Sales excluding tax"), Field::Kind::Money, QString(), {}, {}, false},
                {u"special_invoice_sales"_s, tr("Of which on special invoices"), Field::Kind::Money, u"0"_s, {}, {}, false}};
    }
    QString name() const override { return u"vat-small"_s; }
    QString title() const override { return tr("VAT for small-scale taxpayers"); }
    QString summary() const override { return tr("The 1% reduced rate and the monthly or quarterly exemption threshold."); }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(period, input.text(u"period"_s));
        static const QRegularExpression monthly(u"^(\\d{4})-(\\d{2})$"_s);
        static const QRegularExpression quarterly(u"^(\\d{4})Q([1-4])$"_s);
        QDate date;
        bool quarter = false;
        if (const auto m = monthly.match(period); m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12) {
            date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        } else if (const auto q = quarterly.match(period); q.hasMatch()) {
            date = QDate(q.captured(1).toInt(), (q.captured(2).toInt() - 1) * 3 + 1, 1);
            quarter = true;
        } else {
            return fail(u"invalid_period"_s,
                        tr("\"period\" must be a month such as \"2025-03\" or a quarter such as \"2025Q1\"."), u"period"_s);
        }
        TAXBOX_TRY(sales, input.money(u"sales"_s));
        TAXBOX_TRY(special, input.money(u"special_invoice_sales"_s, zero()));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (special > sales)
            return fail(u"out_of_range"_s, tr("\"special_invoice_sales\" cannot exceed \"sales\"."), u"special_invoice_sales"_s);
        TAXBOX_TRY(rate, pack.decimal(u"vat.small_scale"_s, u"reduced_rate"_s, date));
        TAXBOX_TRY(threshold,
                   pack.decimal(u"vat.small_scale"_s, quarter ? u"quarterly_threshold"_s : u"monthly_threshold"_s, date));
        const bool exempt = sales <= threshold;
        const Decimal taxable = exempt ? special : sales;
        const Decimal tax = roundFen(taxable * rate);
        Outcome outcome;
        if (exempt) {
            outcome.explanation
                << tr("Sales %1 do not exceed the %2 threshold of %3: exempt, except sales on special invoices (%4).")
                       .arg(moneyText(sales), quarter ? tr("quarterly") : tr("monthly"), moneyText(threshold),
                            moneyText(special));
        } else {
            outcome.explanation
                << tr("Sales %1 exceed the %2 threshold of %3: all of the period's sales are taxed, not only the excess.")
                       .arg(moneyText(sales), quarter ? tr("quarterly") : tr("monthly"), moneyText(threshold));
        }
        outcome.explanation << tr("Tax = %1 × %2 = %3").arg(moneyText(taxable), percentText(rate), moneyText(tax));
        outcome.output = {{u"exempt"_s, exempt},
                          {u"taxable_sales"_s, moneyText(taxable)},
                          {u"rate"_s, rateText(rate)},
                          {u"tax"_s, moneyText(tax)},
                          {u"threshold"_s, moneyText(threshold)}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class VatGeneral final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(VatGeneral)
public:
    QList<Field> fields() const override
    {
        return {{u"output_tax"_s, tr("Output tax"), Field::Kind::Money, QString(), {}, {}, false},
                {u"input_tax"_s, tr("Input tax"), Field::Kind::Money, QString(), {}, {}, false},
                {u"input_transferred_out"_s, tr("Input tax transferred out"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"previous_credit"_s, tr("Credit carried from last period"), Field::Kind::Money, u"0"_s, {}, {}, false}};
    }
    QString name() const override { return u"vat-general"_s; }
    QString title() const override { return tr("VAT for general taxpayers"); }
    QString summary() const override { return tr("Output tax less creditable input tax and the credit carried forward."); }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &, QDate) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(output, input.money(u"output_tax"_s));
        TAXBOX_TRY(inputTax, input.money(u"input_tax"_s));
        TAXBOX_TRY(transferred, input.money(u"input_transferred_out"_s, zero()));
        TAXBOX_TRY(previous, input.money(u"previous_credit"_s, zero()));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        const Decimal result = output - (inputTax - transferred) - previous;
        const Decimal payable = maxOf(zero(), result);
        const Decimal credit = maxOf(zero(), -result);
        Outcome outcome;
        outcome.explanation << tr("%1 − (%2 − %3) − %4 = %5")
                                   .arg(moneyText(output), moneyText(inputTax), moneyText(transferred), moneyText(previous),
                                        moneyText(result));
        outcome.explanation << (result.isNegative()
                                    ? tr("Negative: nothing is payable; %1 is carried forward as credit.").arg(moneyText(credit))
                                    : tr("Payable: %1.").arg(moneyText(payable)));
        outcome.output = {{u"payable"_s, moneyText(payable)}, {u"ending_credit"_s, moneyText(credit)}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class Surtax final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(Surtax)
public:
    QList<Field> fields() const override
    {
        return {{u"vat"_s, tr("VAT paid"), Field::Kind::Money, QString(), {}, {}, false},
                {u"consumption_tax"_s, tr("Consumption tax paid"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"exempt_offset"_s, tr("Exempt-offset amount"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"location"_s,
                 tr("Location"),
                 Field::Kind::Choice,
                 u"city"_s,
                 {u"city"_s, u"county"_s, u"other"_s},
                 {tr("City"), tr("County or town"), tr("Elsewhere")},
                 false},
                {u"reduction"_s, tr("50% reduction (六税两费)"), Field::Kind::Boolean, u"false"_s, {}, {}, false},
                {u"date"_s, tr("Date"), Field::Kind::Date, QString(), {}, {}, true}};
    }
    QString name() const override { return u"surtax"_s; }
    QString title() const override { return tr("Surtaxes"); }
    QString summary() const override
    {
        return tr("Urban maintenance and construction tax, education surcharge and local education surcharge.");
    }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(vat, input.money(u"vat"_s));
        TAXBOX_TRY(consumption, input.money(u"consumption_tax"_s, zero()));
        TAXBOX_TRY(exemptOffset, input.money(u"exempt_offset"_s, zero()));
        TAXBOX_TRY(location, input.choice(u"location"_s, {u"city"_s, u"county"_s, u"other"_s}));
        TAXBOX_TRY(reduction, input.boolean(u"reduction"_s, false));
        TAXBOX_TRY(date, input.date(u"date"_s, today));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        Decimal reductionRate = zero();
        if (reduction) {
            TAXBOX_TRY(rate, pack.decimal(u"six_taxes_two_fees.reduction"_s, date));
            reductionRate = rate;
        }
        const Decimal base = vat + consumption + exemptOffset;
        Outcome outcome;
        outcome.explanation << tr("Base = %1 (VAT) + %2 (consumption tax) + %3 (exempt-offset) = %4")
                                   .arg(moneyText(vat), moneyText(consumption), moneyText(exemptOffset), moneyText(base));
        QJsonArray lines;
        Decimal total = zero();
        const QList<std::pair<QString, QString>> taxes{{u"urban_construction"_s, u"urban_construction."_s + location},
                                                       {u"education"_s, u"education"_s},
                                                       {u"local_education"_s, u"local_education"_s}};
        for (const auto &[code, member] : taxes) {
            TAXBOX_TRY(rate, pack.decimal(u"surtax.rates"_s, member, date));
            const Decimal tax = roundFen(base * rate);
            const Decimal cut = roundFen(tax * reductionRate);
            const Decimal payable = tax - cut;
            total = total + payable;
            lines.append(QJsonObject{{u"tax"_s, code},
                                     {u"base"_s, moneyText(base)},
                                     {u"rate"_s, rateText(rate)},
                                     {u"amount"_s, moneyText(tax)},
                                     {u"reduction"_s, moneyText(cut)},
                                     {u"payable"_s, moneyText(payable)}});
            const QString taxName = code == u"urban_construction" ? tr("Urban maintenance and construction tax")
                : code == u"education"                            ? tr("Education surcharge")
                                                                  : tr("Local education surcharge");
            outcome.explanation << tr("%1: %2 × %3 = %4, reduction %5 × %6 = %7, payable %8")
                                       .arg(taxName, moneyText(base), percentText(rate), moneyText(tax), moneyText(tax),
                                            percentText(reductionRate), moneyText(cut), moneyText(payable));
        }
        outcome.output = {{u"lines"_s, lines}, {u"total_payable"_s, moneyText(total)}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class CitPrepay final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(CitPrepay)
public:
    QList<Field> fields() const override
    {
        return {{u"total_profit"_s, tr("Total profit (year to date)"), Field::Kind::Money, QString(), {}, {}, false},
                {u"specific_income"_s, tr("Specific-business income"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"non_taxable_income"_s, tr("Non-taxable income"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"exempt_income"_s, tr("Exempt income"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"accelerated_depreciation"_s, tr("Accelerated depreciation"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"loss_carryforward"_s, tr("Losses carried forward"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"small_low_profit"_s, tr("Small low-profit enterprise"), Field::Kind::Boolean, u"false"_s, {}, {}, false},
                {u"high_tech"_s, tr("High-tech enterprise"), Field::Kind::Boolean, u"false"_s, {}, {}, false},
                {u"prepaid"_s, tr("Already prepaid this year"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"date"_s, tr("Date"), Field::Kind::Date, QString(), {}, {}, true}};
    }
    QString name() const override { return u"cit-prepay"_s; }
    QString title() const override { return tr("Corporate income tax prepayment"); }
    QString summary() const override { return tr("Quarterly prepayment (A200000), cumulative for the year."); }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(profit, input.money(u"total_profit"_s, std::nullopt, true));
        TAXBOX_TRY(specific, input.money(u"specific_income"_s, zero()));
        TAXBOX_TRY(nonTaxable, input.money(u"non_taxable_income"_s, zero()));
        TAXBOX_TRY(exempt, input.money(u"exempt_income"_s, zero()));
        TAXBOX_TRY(accelerated, input.money(u"accelerated_depreciation"_s, zero()));
        TAXBOX_TRY(losses, input.money(u"loss_carryforward"_s, zero()));
        TAXBOX_TRY(small, input.boolean(u"small_low_profit"_s, false));
        TAXBOX_TRY(highTech, input.boolean(u"high_tech"_s, false));
        TAXBOX_TRY(prepaid, input.money(u"prepaid"_s, zero()));
        TAXBOX_TRY(date, input.date(u"date"_s, today));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (small && highTech) {
            return fail(u"conflicting_relief"_s,
                        tr("\"small_low_profit\" and \"high_tech\" cannot both apply: choose the one the enterprise claims."),
                        u"high_tech"_s);
        }
        TAXBOX_TRY(rate, pack.decimal(u"cit.rates"_s, u"standard"_s, date));
        const Decimal actual = profit + specific - nonTaxable - exempt - accelerated - losses;
        const Decimal taxBase = maxOf(zero(), actual);
        const Decimal tax = roundFen(taxBase * rate);
        Outcome outcome;
        outcome.explanation << tr("Actual profit = %1 + %2 − %3 − %4 − %5 − %6 = %7")
                                   .arg(moneyText(profit), moneyText(specific), moneyText(nonTaxable), moneyText(exempt),
                                        moneyText(accelerated), moneyText(losses), moneyText(actual));
        outcome.explanation << tr("Tax = %1 × %2 = %3").arg(moneyText(taxBase), percentText(rate), moneyText(tax));
        Decimal relief = zero();
        if (small) {
            TAXBOX_TRY(limit, pack.decimal(u"cit.small_low_profit"_s, u"taxable_income_limit"_s, date));
            TAXBOX_TRY(reliefRate, pack.decimal(u"cit.small_low_profit"_s, u"relief_rate"_s, date));
            if (actual <= limit) {
                relief = roundFen(taxBase * reliefRate);
                outcome.explanation << tr("Small low-profit relief = %1 × %2 = %3 (effective rate %4)")
                                           .arg(moneyText(taxBase), percentText(reliefRate), moneyText(relief),
                                                percentText(rate - reliefRate));
            } else {
                outcome.explanation
                    << tr("Actual profit exceeds %1: the small low-profit relief is lost entirely.").arg(moneyText(limit));
                outcome.warnings
                    << tr("Above %1 of taxable income the enterprise is not small low-profit; no relief.").arg(moneyText(limit));
            }
        } else if (highTech) {
            TAXBOX_TRY(reliefRate, pack.decimal(u"cit.rates"_s, u"high_tech_relief"_s, date));
            relief = roundFen(taxBase * reliefRate);
            outcome.explanation << tr("High-tech relief = %1 × %2 = %3 (rate 15%)")
                                       .arg(moneyText(taxBase), percentText(reliefRate), moneyText(relief));
        }
        const Decimal balance = tax - relief - prepaid;
        const Decimal payable = maxOf(zero(), balance);
        outcome.explanation << tr("Payable = %1 − %2 − %3 (prepaid) = %4")
                                   .arg(moneyText(tax), moneyText(relief), moneyText(prepaid), moneyText(balance));
        outcome.output = {{u"actual_profit"_s, moneyText(actual)},
                          {u"rate"_s, rateText(rate)},
                          {u"tax"_s, moneyText(tax)},
                          {u"relief"_s, moneyText(relief)},
                          {u"payable"_s, moneyText(payable)},
                          {u"overpaid"_s, moneyText(maxOf(zero(), -balance))}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class StampDuty final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(StampDuty)
public:
    QList<Field> fields() const override
    {
        return {{u"item"_s,
                 tr("Taxable item"),
                 Field::Kind::Choice,
                 u"sale_contract"_s,
                 {u"loan_contract"_s, u"financial_lease_contract"_s, u"sale_contract"_s, u"work_contract"_s,
                  u"construction_contract"_s, u"transport_contract"_s, u"technology_contract"_s, u"lease_contract"_s,
                  u"custody_contract"_s, u"warehousing_contract"_s, u"property_insurance_contract"_s, u"property_transfer"_s,
                  u"ip_transfer"_s, u"account_books"_s, u"securities_sale"_s},
                 {tr("Loan contract"), tr("Financial lease contract"), tr("Sale contract"), tr("Work contract"),
                  tr("Construction contract"), tr("Transport contract"), tr("Technology contract"), tr("Lease contract"),
                  tr("Custody contract"), tr("Warehousing contract"), tr("Property insurance contract"),
                  tr("Transfer of land, buildings or equity"), tr("Transfer of trademark, copyright, patent or know-how"),
                  tr("Business account books"), tr("Securities sale")},
                 false},
                {u"amount"_s, tr("Amount"), Field::Kind::Money, QString(), {}, {}, false},
                {u"reduction"_s, tr("50% reduction (六税两费)"), Field::Kind::Boolean, u"false"_s, {}, {}, false},
                {u"date"_s, tr("Date"), Field::Kind::Date, QString(), {}, {}, true}};
    }
    QString name() const override { return u"stamp-duty"_s; }
    QString title() const override { return tr("Stamp duty"); }
    QString summary() const override { return tr("Stamp duty on a contract, a transfer, account books or a securities sale."); }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        Input input(object, {}, labels());
        TAXBOX_TRY(date, input.date(u"date"_s, today));
        TAXBOX_TRY(rates, pack.value(u"stamp_duty.rates"_s, date));
        TAXBOX_TRY(item, input.choice(u"item"_s, rates.toObject().keys()));
        TAXBOX_TRY(amount, input.money(u"amount"_s));
        TAXBOX_TRY(reduction, input.boolean(u"reduction"_s, false));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        TAXBOX_TRY(rate, pack.decimal(u"stamp_duty.rates"_s, item, date));
        if (reduction && item == u"securities_sale")
            return fail(u"not_eligible"_s, tr("The 50% reduction does not apply to stamp duty on securities sales."),
                        u"reduction"_s);
        Decimal reductionRate = zero();
        if (reduction) {
            TAXBOX_TRY(cut, pack.decimal(u"six_taxes_two_fees.reduction"_s, date));
            reductionRate = cut;
        }
        const Decimal tax = roundFen(amount * rate);
        const Decimal cut = roundFen(tax * reductionRate);
        Outcome outcome;
        outcome.explanation << tr("Tax = %1 × %2 = %3; reduction %3 × %4 = %5; payable %6")
                                   .arg(moneyText(amount), percentText(rate), moneyText(tax), percentText(reductionRate),
                                        moneyText(cut), moneyText(tax - cut));
        outcome.output = {{u"rate"_s, rateText(rate)},
                          {u"tax"_s, moneyText(tax)},
                          {u"reduction"_s, moneyText(cut)},
                          {u"payable"_s, moneyText(tax - cut)}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class ExportRefund final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(ExportRefund)
public:
    QList<Field> fields() const override
    {
        return {{u"fob"_s, tr("FOB in CNY"), Field::Kind::Money, QString(), {}, {}, false},
                {u"domestic_sales"_s, tr("Domestic sales"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"input_tax"_s, tr("Input tax"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"previous_credit"_s, tr("Credit carried from last period"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"levy_rate"_s, tr("Levy rate"), Field::Kind::Rate, u"0.13"_s, {}, {}, false},
                {u"refund_rate"_s, tr("Refund rate"), Field::Kind::Rate, u"0.13"_s, {}, {}, false},
                {u"duty_free_materials"_s, tr("Duty-free imported materials"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"date"_s, tr("Date"), Field::Kind::Date, QString(), {}, {}, true}};
    }
    QString name() const override { return u"export-refund"_s; }
    QString title() const override { return tr("Export VAT refund (exempt-offset-refund)"); }
    QString summary() const override
    {
        return tr("免抵退: non-creditable tax, payable or credit, refund and exempt-offset amounts.");
    }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        Input input(object, {}, labels());
        Decimal fob;
        QString fobText;
        if (object.contains(u"fob"_s)) {
            TAXBOX_TRY(cny, input.money(u"fob"_s));
            fob = cny;
            fobText = moneyText(fob);
        } else {
            TAXBOX_TRY(foreign, input.money(u"fob_foreign"_s));
            TAXBOX_TRY(fx, input.positive(u"fx_rate"_s, 8));
            const Decimal *rateValue = &fx;
            fob = foreign * *rateValue;
            fobText = tr("%1 × %2").arg(moneyText(foreign), rateValue->toString());
        }
        TAXBOX_TRY(domestic, input.money(u"domestic_sales"_s, zero()));
        TAXBOX_TRY(inputTax, input.money(u"input_tax"_s, zero()));
        TAXBOX_TRY(previous, input.money(u"previous_credit"_s, zero()));
        TAXBOX_TRY(levy, input.rate(u"levy_rate"_s));
        TAXBOX_TRY(refundRate, input.rate(u"refund_rate"_s));
        TAXBOX_TRY(dutyFree, input.money(u"duty_free_materials"_s, zero()));
        TAXBOX_TRY(date, input.date(u"date"_s, today));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (auto valid = checkVatRate(pack, levy, date, u"levy_rate"_s); !valid)
            return std::unexpected(valid.error());
        if (refundRate > levy)
            return fail(u"invalid_rate"_s, tr("\"refund_rate\" cannot exceed \"levy_rate\"."), u"refund_rate"_s);
        Outcome outcome;
        const Decimal gap = levy - refundRate;
        const Decimal nonCreditable = roundFen(fob * gap - dutyFree * gap);
        outcome.explanation << tr("Non-creditable = %1 × (%2 − %3) − %4 × (%2 − %3) = %5")
                                   .arg(fobText, percentText(levy), percentText(refundRate), moneyText(dutyFree),
                                        moneyText(nonCreditable));
        const Decimal outputTax = roundFen(domestic * levy);
        outcome.explanation << tr("Output tax on domestic sales = %1 × %2 = %3")
                                   .arg(moneyText(domestic), percentText(levy), moneyText(outputTax));
        const Decimal result = outputTax - (inputTax - nonCreditable) - previous;
        const Decimal payable = maxOf(zero(), result);
        const Decimal credit = maxOf(zero(), -result);
        outcome.explanation << tr("Payable = %1 − (%2 − %3) − %4 = %5")
                                   .arg(moneyText(outputTax), moneyText(inputTax), moneyText(nonCreditable), moneyText(previous),
                                        moneyText(result));
        const Decimal eor = maxOf(zero(), roundFen(fob * refundRate - dutyFree * refundRate));
        outcome.explanation << tr("Exempt-offset-refund amount = %1 × %2 − %3 × %2 = %4")
                                   .arg(fobText, percentText(refundRate), moneyText(dutyFree), moneyText(eor));
        Decimal refund, exemptOffset, carry;
        if (credit <= eor) {
            refund = credit;
            exemptOffset = eor - refund;
            carry = zero();
            outcome.explanation << tr("Credit %1 ≤ %2: refund %1, exempt-offset %3")
                                       .arg(moneyText(credit), moneyText(eor), moneyText(exemptOffset));
        } else {
            refund = eor;
            exemptOffset = zero();
            carry = credit - eor;
            outcome.explanation << tr("Credit %1 > %2: refund %2, exempt-offset 0, %3 carried forward")
                                       .arg(moneyText(credit), moneyText(eor), moneyText(carry));
        }
        outcome.output = {{u"non_creditable"_s, moneyText(nonCreditable)},
                          {u"output_tax"_s, moneyText(outputTax)},
                          {u"payable"_s, moneyText(payable)},
                          {u"ending_credit"_s, moneyText(credit)},
                          {u"exempt_offset_refund"_s, moneyText(eor)},
                          {u"refund"_s, moneyText(refund)},
                          {u"exempt_offset"_s, moneyText(exemptOffset)},
                          {u"carry_forward_credit"_s, moneyText(carry)}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class RetainedRefund final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(RetainedRefund)
public:
    /// The 2025 regime's fields: what the form shows today.
    QList<Field> fields() const override
    {
        const QHash<QString, QString> label = refund::RetainedCredit::labels();
        return {
            {u"period"_s, label.value(u"period"_s), Field::Kind::Text, QString(), {}, {}, true},
            {u"route"_s,
             label.value(u"route"_s),
             Field::Kind::Choice,
             u"other"_s,
             {u"industries_4"_s, u"real_estate"_s, u"other"_s},
             {tr("Manufacturing and three other industries (monthly)"), tr("Real estate development"), tr("All others")},
             false},
            {u"period_end_credit"_s, label.value(u"period_end_credit"_s), Field::Kind::Money, QString(), {}, {}, true},
            {u"credits_6_months"_s, label.value(u"credits_6_months"_s), Field::Kind::MoneyList, QString(), {}, {}, true, 6, 6},
            {u"credit_at_prior_year_end"_s,
             label.value(u"credit_at_prior_year_end"_s),
             Field::Kind::Money,
             QString(),
             {},
             {},
             true},
            {u"credit_at_2019_03"_s, label.value(u"credit_at_2019_03"_s), Field::Kind::Money, QString(), {}, {}, true},
            {u"qualifying_input"_s, label.value(u"qualifying_input"_s), Field::Kind::Money, QString(), {}, {}, false},
            {u"total_input"_s, label.value(u"total_input"_s), Field::Kind::Money, QString(), {}, {}, false},
            {u"credit_level"_s,
             label.value(u"credit_level"_s),
             Field::Kind::Choice,
             u"A"_s,
             {u"A"_s, u"B"_s, u"M"_s, u"C"_s, u"D"_s},
             {u"A"_s, u"B"_s, u"M"_s, u"C"_s, u"D"_s},
             false},
            {u"declarations.no_fraud_36_months"_s,
             label.value(u"no_fraud_36_months"_s),
             Field::Kind::Boolean,
             u"true"_s,
             {},
             {},
             false},
            {u"declarations.evasion_penalties_36_months"_s,
             label.value(u"evasion_penalties_36_months"_s),
             Field::Kind::Integer,
             u"0"_s,
             {},
             {},
             false,
             0,
             99},
            {u"declarations.instant_refunds_since_2019_04"_s,
             label.value(u"instant_refunds_since_2019_04"_s),
             Field::Kind::Boolean,
             u"false"_s,
             {},
             {},
             false}};
    }
    QString name() const override { return u"retained-refund"_s; }
    QString title() const override { return tr("Retained VAT credit refund"); }
    QString summary() const override
    {
        return tr("留抵退税: the 2025 routes from the 2025-09 period, the 2022 rules before; eligibility and the refundable "
                  "amount.");
    }
    QString rulePackId() const override { return u"cn-refund"_s; }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate today) const override
    {
        // The month of the application picks the regime: "period", else "date", else today.
        QDate when = today;
        QString whenField = u"date"_s;
        if (object.contains(u"period"_s)) {
            const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s);
            const auto match = month.match(object.value(u"period"_s).toString());
            when = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
            if (!when.isValid())
                return fail(
                    u"invalid_period"_s,
                    tr("\"%1\" must be a month such as 2025-09.").arg(refund::RetainedCredit::labels().value(u"period"_s)),
                    u"period"_s);
            whenField = u"period"_s;
        } else if (object.contains(u"date"_s)) {
            Input dateInput(QJsonObject{{u"date"_s, object.value(u"date"_s)}}, {}, labels());
            TAXBOX_TRY(date, dateInput.date(u"date"_s, today));
            when = date;
        }
        QJsonObject rest = object;
        rest.remove(u"period"_s);
        rest.remove(u"date"_s);
        auto regime = pack.value(u"retained.regime"_s, when);
        if (!regime)
            return fail(regime.error().code, regime.error().message, whenField);
        if (regime->toString() == u"2022")
            return compute2022(rest);
        if (rest.contains(u"incremental_credit"_s))
            return fail(u"unknown_field"_s,
                        tr("For %1 the 2025 rules apply (routes, six month-end credits); \"incremental_credit\" belongs to the "
                           "2022 rules, used for months before 2025-09.")
                            .arg(when.toString(u"yyyy-MM"_s)),
                        u"incremental_credit"_s);
        TAXBOX_TRY(claim, refund::RetainedCredit::read(rest, when));
        TAXBOX_TRY(answer, refund::RetainedCredit::compute(claim, pack));
        Outcome outcome;
        outcome.output = answer.toJson();
        outcome.output.insert(u"route"_s, claim.route);
        outcome.output.insert(u"regime"_s, u"2025"_s);
        outcome.explanation = answer.explanation;
        for (const refund::Reason &reason : answer.reasons)
            outcome.explanation << reason.message;
        return outcome;
    }

private:
    static QList<Field> fields2022()
    {
        return {{u"incremental_credit"_s, tr("Incremental credit"), Field::Kind::Money, QString(), {}, {}, false},
                {u"stock_credit"_s, tr("Stock credit"), Field::Kind::Money, u"0"_s, {}, {}, false},
                {u"qualifying_input"_s, tr("Qualifying input VAT"), Field::Kind::Money, QString(), {}, {}, false},
                {u"total_input"_s, tr("All input VAT credited"), Field::Kind::Money, QString(), {}, {}, false}};
    }
    /// 财政部 税务总局公告2022年第14号: the ratio times the incremental and the stock credit.
    static Result<Outcome> compute2022(const QJsonObject &object)
    {
        Input input(object, {}, labelsOf(fields2022()));
        TAXBOX_TRY(incremental, input.money(u"incremental_credit"_s));
        TAXBOX_TRY(stock, input.money(u"stock_credit"_s, zero()));
        TAXBOX_TRY(qualifying, input.money(u"qualifying_input"_s));
        TAXBOX_TRY(total, input.money(u"total_input"_s));
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (total.isZero())
            return fail(u"out_of_range"_s, tr("\"total_input\" must be more than 0."), u"total_input"_s);
        if (qualifying > total)
            return fail(u"out_of_range"_s, tr("\"qualifying_input\" cannot exceed \"total_input\"."), u"qualifying_input"_s);
        const Decimal ratio = divide(qualifying, total);
        const Decimal refundableIncremental = roundFen(incremental * ratio);
        const Decimal refundableStock = roundFen(stock * ratio);
        Outcome outcome;
        outcome.explanation << tr("Ratio = %1 ÷ %2 = %3").arg(moneyText(qualifying), moneyText(total), ratio.toFixed(6));
        outcome.explanation << tr("Refundable = %1 × ratio + %2 × ratio = %3 + %4")
                                   .arg(moneyText(incremental), moneyText(stock), moneyText(refundableIncremental),
                                        moneyText(refundableStock));
        outcome.output = {{u"ratio"_s, ratio.isTerminating() ? ratio.toString() : ratio.toFixed(6)},
                          {u"refundable_incremental"_s, moneyText(refundableIncremental)},
                          {u"refundable_stock"_s, moneyText(refundableStock)},
                          {u"refundable_total"_s, moneyText(refundableIncremental + refundableStock)},
                          {u"regime"_s, u"2022"_s}};
        return outcome;
    }
};

// ---------------------------------------------------------------------------------------------------
class DepartureRefundCalculator final : public Calculator
{
    Q_DECLARE_TR_FUNCTIONS(DepartureRefundCalculator)
public:
    QList<Field> fields() const override
    {
        const QHash<QString, QString> label = refund::DepartureRefund::labels();
        return {{u"entry_date"_s, label.value(u"entry_date"_s), Field::Kind::Date, QString(), {}, {}, false},
                {u"departure_date"_s, label.value(u"departure_date"_s), Field::Kind::Date, QString(), {}, {}, false},
                {u"instant"_s, label.value(u"instant"_s), Field::Kind::Boolean, u"false"_s, {}, {}, false},
                {u"fee_rate"_s, label.value(u"fee_rate"_s), Field::Kind::Rate, QString(), {}, {}, true}};
    }
    QString name() const override { return u"departure-refund"_s; }
    QString title() const override { return tr("Departure VAT refund for overseas travellers"); }
    QString summary() const override
    {
        return tr("离境退税: what an overseas traveller's purchases refund, by store and day, after the agency fee.");
    }
    QString rulePackId() const override { return u"cn-refund"_s; }
    bool hasGenericForm() const override { return false; }
    Result<Outcome> compute(const QJsonObject &object, const rules::RulePack &pack, QDate) const override
    {
        TAXBOX_TRY(claim, refund::DepartureRefund::read(object));
        TAXBOX_TRY(answer, refund::DepartureRefund::compute(claim, pack));
        Outcome outcome;
        outcome.output = answer.toJson();
        outcome.explanation = answer.explanation;
        return outcome;
    }
};

class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)
public:
    static QList<Field> wageMonth()
    {
        return {
            {u"income"_s, tr("Income"), Field::Kind::Money, {}, {}, {}, false},
            {u"exempt_income"_s, tr("Exempt income"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"special_deductions"_s, tr("Special deductions"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"special_additional_deductions"_s, tr("Special additional deductions"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"other_deductions"_s, tr("Other deductions"), Field::Kind::Money, u"0"_s, {}, {}, false},
            {u"tax_relief"_s, tr("Tax relief"), Field::Kind::Money, u"0"_s, {}, {}, false}};
    }
    static QString output(const QString &key)
    {
        static const QHash<QString, const char *> names{
            {u"tax"_s, QT_TR_NOOP("Tax")},
            {u"rate"_s, QT_TR_NOOP("Rate")},
            {u"quick_deduction"_s, QT_TR_NOOP("Quick deduction")},
            {u"after_tax"_s, QT_TR_NOOP("After tax")},
            {u"income_amount"_s, QT_TR_NOOP("Income amount")},
            {u"taxable"_s, QT_TR_NOOP("Taxable income")},
            {u"prepaid"_s, QT_TR_NOOP("Prepaid")},
            {u"balance"_s, QT_TR_NOOP("Balance (negative: refund)")},
            {u"filing_required"_s, QT_TR_NOOP("Filing required")},
            {u"amount"_s, QT_TR_NOOP("Amount")},
            {u"exempt"_s, QT_TR_NOOP("Exempt")},
            {u"taxable_sales"_s, QT_TR_NOOP("Taxable sales")},
            {u"threshold"_s, QT_TR_NOOP("Threshold")},
            {u"payable"_s, QT_TR_NOOP("Payable")},
            {u"ending_credit"_s, QT_TR_NOOP("Credit carried forward")},
            {u"total_payable"_s, QT_TR_NOOP("Total payable")},
            {u"actual_profit"_s, QT_TR_NOOP("Actual profit")},
            {u"relief"_s, QT_TR_NOOP("Relief")},
            {u"overpaid"_s, QT_TR_NOOP("Overpaid")},
            {u"reduction"_s, QT_TR_NOOP("Reduction")},
            {u"non_creditable"_s, QT_TR_NOOP("Non-creditable tax")},
            {u"output_tax"_s, QT_TR_NOOP("Output tax")},
            {u"exempt_offset_refund"_s, QT_TR_NOOP("Exempt-offset-refund amount")},
            {u"refund"_s, QT_TR_NOOP("Refund")},
            {u"exempt_offset"_s, QT_TR_NOOP("Exempt-offset amount")},
            {u"carry_forward_credit"_s, QT_TR_NOOP("Credit carried forward after refund")},
            {u"ratio"_s, QT_TR_NOOP("Input composition ratio")},
            {u"refundable_incremental"_s, QT_TR_NOOP("Refundable incremental credit")},
            {u"refundable_stock"_s, QT_TR_NOOP("Refundable stock credit")},
            {u"refundable_total"_s, QT_TR_NOOP("Refundable total")},
            {u"eligible"_s, QT_TR_NOOP("Eligible")},
            {u"reasons"_s, QT_TR_NOOP("Why not")},
            {u"new_credit"_s, QT_TR_NOOP("New credit")},
            {u"refundable"_s, QT_TR_NOOP("Refundable")},
            {u"route"_s, QT_TR_NOOP("Route")},
            {u"regime"_s, QT_TR_NOOP("Rules")},
            {u"total_withheld"_s, QT_TR_NOOP("Total withheld")},
            {u"month"_s, QT_TR_NOOP("Month")},
            {u"cumulative_income"_s, QT_TR_NOOP("Cumulative income")},
            {u"cumulative_basic_deduction"_s, QT_TR_NOOP("Cumulative basic deduction")},
            {u"cumulative_taxable"_s, QT_TR_NOOP("Cumulative taxable")},
            {u"cumulative_tax"_s, QT_TR_NOOP("Cumulative tax")},
            {u"withheld"_s, QT_TR_NOOP("Withheld this month")},
            {u"cumulative_withheld"_s, QT_TR_NOOP("Cumulative withheld")},
            {u"base"_s, QT_TR_NOOP("Base")},
            {u"payable_line"_s, QT_TR_NOOP("Payable")},
        };
        const auto it = names.constFind(key);
        return it == names.cend() ? key : tr(it.value());
    }
};

} // namespace

QList<Field> wageMonthFields()
{
    return FieldText::wageMonth();
}

QString outputLabel(const QString &key)
{
    return FieldText::output(key);
}

const QList<const Calculator *> &calculators()
{
    static const IitWages iitWages;
    static const IitRemuneration iitRemuneration;
    static const IitBonus iitBonus;
    static const IitAnnual iitAnnual;
    static const VatSplit vatSplit;
    static const VatSmall vatSmall;
    static const VatGeneral vatGeneral;
    static const Surtax surtax;
    static const CitPrepay citPrepay;
    static const StampDuty stampDuty;
    static const ExportRefund exportRefund;
    static const RetainedRefund retainedRefund;
    static const DepartureRefundCalculator departureRefund;
    static const QList<const Calculator *> all{&iitWages,     &iitRemuneration, &iitBonus,       &iitAnnual, &vatSplit,
                                               &vatSmall,     &vatGeneral,      &surtax,         &citPrepay, &stampDuty,
                                               &exportRefund, &retainedRefund,  &departureRefund};
    return all;
}

const Calculator *findCalculator(const QString &name)
{
    for (const Calculator *calculator : calculators()) {
        if (calculator->name() == name)
            return calculator;
    }
    return nullptr;
}

Result<const rules::RulePack *> rulePackFor(const Calculator &calculator)
{
    return rules::RulePack::inForce(calculator.rulePackId());
}

QHash<QString, QString> labelsOf(const QList<Field> &fields)
{
    QHash<QString, QString> labels;
    for (const Field &field : fields)
        labels.insert(field.key, field.label);
    return labels;
}

QHash<QString, QString> Calculator::labels() const
{
    return labelsOf(fields());
}

} // namespace taxbox::calc
