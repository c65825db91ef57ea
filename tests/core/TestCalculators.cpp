// Every calculator against the official examples of spec/tax-rules.md and both sides of every bracket
// and threshold, plus a property test of cumulative withholding over random years.

#include "calc/Calculators.h"
#include "money/Money.h"
#include "rules/RulePack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

const QDate kToday(2025, 6, 30);

Result<calc::Outcome> compute(const QString &name, const QByteArray &json, QDate today = kToday)
{
    const calc::Calculator *calculator = calc::findCalculator(name);
    if (!calculator)
        qFatal("no calculator %s", qPrintable(name));
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        qFatal("bad test JSON: %s", json.constData());
    auto calculatorPack = calc::rulePackFor(*calculator);
    if (!calculatorPack)
        qFatal("%s", qPrintable(calculatorPack.error().message));
    return calculator->compute(document.object(), **calculatorPack, today);
}

QJsonObject output(const QString &name, const QByteArray &json, QDate today = kToday)
{
    auto outcome = compute(name, json, today);
    if (!outcome)
        qFatal("%s %s: %s", qPrintable(name), json.constData(), qPrintable(outcome.error().message));
    return outcome->output;
}

QString field(const QString &name, const QByteArray &json, const QString &key)
{
    return output(name, json).value(key).toString();
}

QByteArray wagesYear(int months, const char *income, const char *special, const char *additional)
{
    QJsonArray list;
    for (int i = 0; i < months; ++i) {
        list.append(QJsonObject{{u"income"_s, QString::fromLatin1(income)},
                                {u"special_deductions"_s, QString::fromLatin1(special)},
                                {u"special_additional_deductions"_s, QString::fromLatin1(additional)}});
    }
    return QJsonDocument(QJsonObject{{u"year"_s, 2025}, {u"months"_s, list}}).toJson();
}

QStringList withheld(const QJsonObject &result)
{
    QStringList values;
    for (const QJsonValue &month : result.value(u"months"_s).toArray())
        values << month.toObject().value(u"withheld"_s).toString();
    return values;
}

/// Annual-table tax on `taxable` fen, computed independently of the calculator (integer arithmetic).
qint64 annualTableTaxFen(qint64 taxableFen)
{
    struct Row
    {
        qint64 upToFen;
        int ratePercent;
        qint64 quickFen;
    };
    static const Row rows[]
        = {{3'600'000, 3, 0},           {14'400'000, 10, 252'000},   {30'000'000, 20, 1'692'000}, {42'000'000, 25, 3'192'000},
           {66'000'000, 30, 5'292'000}, {96'000'000, 35, 8'592'000}, {INT64_MAX, 45, 18'192'000}};
    for (const Row &row : rows) {
        if (taxableFen <= row.upToFen) {
            // round half up of taxable × rate / 100 (taxable ≥ 0)
            const qint64 product = taxableFen * row.ratePercent;
            return std::max<qint64>(0, (product + 50) / 100 - row.quickFen);
        }
    }
    return 0;
}

} // namespace

class TestCalculators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCalculatorOfTheSpecExists();
    void wagesOfficialExamples();
    void wagesBracketEdges_data();
    void wagesBracketEdges();
    void wagesMidYearHireAndFirstJob();
    void wagesSixtyThousandRule();
    void wagesNeverWithholdNegative();
    void wagesPropertyTotalEqualsAnnualTable();
    void wagesRefusesBadInput();
    void remunerationOfficialExamplesAndEdges();
    void bonusEdgesAndDeadZones();
    void bonusRuleEndsIn2027();
    void annualOfficialExampleAndDonationCap();
    void vatSplitAddsUp();
    void vatSmallThresholds();
    void vatGeneralPayableOrCredit();
    void surtaxLinesAndReduction();
    void citSmallLowProfitEdge();
    void stampDutyRatesByDate();
    void exportRefundBothCases();
    void retainedRefundOfficialExample();
    void unknownFieldsAreRefused();
    void explanationShowsTheNumbers();
};

void TestCalculators::everyCalculatorOfTheSpecExists()
{
    QStringList names;
    for (const calc::Calculator *calculator : calc::calculators())
        names << calculator->name();
    QCOMPARE(names,
             (QStringList{u"iit-wages"_s, u"iit-remuneration"_s, u"iit-bonus"_s, u"iit-annual"_s, u"vat-split"_s, u"vat-small"_s,
                          u"vat-general"_s, u"surtax"_s, u"cit-prepay"_s, u"stamp-duty"_s, u"export-refund"_s,
                          u"retained-refund"_s, u"departure-refund"_s}));
}

void TestCalculators::wagesOfficialExamples()
{
    const QJsonObject first = output(u"iit-wages"_s, wagesYear(3, "30000", "4500", "2000"));
    QCOMPARE(withheld(first), (QStringList{u"555.00"_s, u"625.00"_s, u"1850.00"_s}));
    QCOMPARE(first.value(u"total_withheld"_s).toString(), u"3030.00"_s);

    const QJsonObject second = output(u"iit-wages"_s, wagesYear(12, "10000", "1500", "1000"));
    QCOMPARE(withheld(second), QStringList(12, u"75.00"_s));
}

void TestCalculators::wagesBracketEdges_data()
{
    QTest::addColumn<QString>("income");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("tax");
    // One month, no deductions but the 5,000 basic: taxable = income − 5,000.
    QTest::newRow("36,000") << u"41000.00"_s << u"0.03"_s << u"1080.00"_s;
    QTest::newRow("36,000.01") << u"41000.01"_s << u"0.10"_s << u"1080.00"_s; // 3600.001 − 2520
    QTest::newRow("144,000") << u"149000.00"_s << u"0.10"_s << u"11880.00"_s;
    QTest::newRow("144,000.01") << u"149000.01"_s << u"0.20"_s << u"11880.00"_s;
    QTest::newRow("300,000") << u"305000.00"_s << u"0.20"_s << u"43080.00"_s;
    QTest::newRow("300,000.01") << u"305000.01"_s << u"0.25"_s << u"43080.00"_s;
    QTest::newRow("420,000") << u"425000.00"_s << u"0.25"_s << u"73080.00"_s;
    QTest::newRow("420,000.01") << u"425000.01"_s << u"0.30"_s << u"73080.00"_s;
    QTest::newRow("660,000") << u"665000.00"_s << u"0.30"_s << u"145080.00"_s;
    QTest::newRow("660,000.01") << u"665000.01"_s << u"0.35"_s << u"145080.00"_s;
    QTest::newRow("960,000") << u"965000.00"_s << u"0.35"_s << u"250080.00"_s;
    QTest::newRow("960,000.01") << u"965000.01"_s << u"0.45"_s << u"250080.00"_s;
    QTest::newRow("below the basic deduction") << u"4999.99"_s << u"0.03"_s << u"0.00"_s;
}

void TestCalculators::wagesBracketEdges()
{
    QFETCH(QString, income);
    QFETCH(QString, rate);
    QFETCH(QString, tax);
    const QJsonObject month = output(u"iit-wages"_s, wagesYear(1, income.toLatin1().constData(), "0", "0"))
                                  .value(u"months"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(month.value(u"rate"_s).toString(), rate);
    QCOMPARE(month.value(u"withheld"_s).toString(), tax);
}

void TestCalculators::wagesMidYearHireAndFirstJob()
{
    const QByteArray july = R"({"year":2025,"start_month":7,"months":[{"income":"20000"}]})";
    const QJsonObject hired = output(u"iit-wages"_s, july).value(u"months"_s).toArray().first().toObject();
    QCOMPARE(hired.value(u"month"_s).toInt(), 7);
    QCOMPARE(hired.value(u"cumulative_basic_deduction"_s).toString(), u"5000.00"_s);
    QCOMPARE(hired.value(u"withheld"_s).toString(), u"450.00"_s);

    const QByteArray firstJob = R"({"year":2025,"start_month":7,"first_job":true,"months":[{"income":"20000"}]})";
    const QJsonObject graduate = output(u"iit-wages"_s, firstJob).value(u"months"_s).toArray().first().toObject();
    QCOMPARE(graduate.value(u"cumulative_basic_deduction"_s).toString(), u"35000.00"_s);
    QCOMPARE(graduate.value(u"withheld"_s).toString(), u"0.00"_s);
}

void TestCalculators::wagesSixtyThousandRule()
{
    QJsonArray months;
    for (int i = 0; i < 12; ++i)
        months.append(QJsonObject{{u"income"_s, u"6000.00"_s}});
    const QJsonObject result
        = output(u"iit-wages"_s,
                 QJsonDocument(QJsonObject{{u"year"_s, 2025}, {u"sixty_thousand_rule"_s, true}, {u"months"_s, months}}).toJson());
    const QStringList values = withheld(result);
    QCOMPARE(values.mid(0, 10), QStringList(10, u"0.00"_s)); // cumulative 60,000 by October
    QCOMPARE(values.at(10), u"180.00"_s); // 66,000 − 60,000 = 6,000 × 3%
    QCOMPARE(values.at(11), u"180.00"_s);
    QCOMPARE(result.value(u"months"_s).toArray().first().toObject().value(u"cumulative_basic_deduction"_s).toString(),
             u"60000.00"_s);
    // Without the rule the same wages are withheld from January.
    const QJsonObject normal
        = output(u"iit-wages"_s, QJsonDocument(QJsonObject{{u"year"_s, 2025}, {u"months"_s, months}}).toJson());
    QCOMPARE(withheld(normal).first(), u"30.00"_s);
}

void TestCalculators::wagesNeverWithholdNegative()
{
    // Month 2 brings a large relief: the cumulative result is negative, so nothing is withheld (no
    // refund by the employer), and the relief carries on.
    const QByteArray json
        = R"({"year":2025,"months":[{"income":"30000"},{"income":"30000","tax_relief":"5000"},{"income":"30000"}]})";
    const QJsonObject result = output(u"iit-wages"_s, json);
    QCOMPARE(withheld(result), (QStringList{u"750.00"_s, u"0.00"_s, u"0.00"_s}));
    auto outcome = compute(u"iit-wages"_s, json);
    QVERIFY(outcome->explanation.join(u'\n').contains(u"nothing is withheld"_s));
}

void TestCalculators::wagesPropertyTotalEqualsAnnualTable()
{
    // Over a year of random wages whose cumulative taxable income never falls, the total withheld is
    // the annual table applied to the year's cumulative taxable income.
    QRandomGenerator random(20251231);
    int checked = 0;
    for (int year = 0; year < 300; ++year) {
        QJsonArray months;
        qint64 cumulativeTaxableFen = 0;
        qint64 cumulativeIncomeFen = 0;
        qint64 cumulativeDeductionsFen = 0;
        bool neverFalls = true;
        for (int month = 1; month <= 12; ++month) {
            const qint64 incomeFen = random.bounded(0, 12'000'000) + (random.bounded(4) == 0 ? random.bounded(0, 30'000'000) : 0);
            const qint64 specialFen = random.bounded(0, 500'000);
            cumulativeIncomeFen += incomeFen;
            cumulativeDeductionsFen += 500'000 + specialFen;
            const qint64 taxable = std::max<qint64>(0, cumulativeIncomeFen - cumulativeDeductionsFen);
            neverFalls = neverFalls && taxable >= cumulativeTaxableFen;
            cumulativeTaxableFen = taxable;
            months.append(QJsonObject{{u"income"_s, Money::fromFen(incomeFen).toString()},
                                      {u"special_deductions"_s, Money::fromFen(specialFen).toString()}});
        }
        if (!neverFalls)
            continue;
        ++checked;
        const QJsonObject result
            = output(u"iit-wages"_s, QJsonDocument(QJsonObject{{u"year"_s, 2025}, {u"months"_s, months}}).toJson());
        QCOMPARE(result.value(u"total_withheld"_s).toString(),
                 Money::fromFen(annualTableTaxFen(cumulativeTaxableFen)).toString());
    }
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
}

void TestCalculators::wagesRefusesBadInput()
{
    auto negative = compute(u"iit-wages"_s, R"({"year":2025,"months":[{"income":"-1"}]})");
    QVERIFY(!negative);
    QCOMPARE(negative.error().field, u"months[1].income"_s);
    QCOMPARE(negative.error().code, u"negative_amount"_s);

    auto month = compute(u"iit-wages"_s, R"({"year":2025,"start_month":13,"months":[{"income":"1"}]})");
    QCOMPARE(month.error().field, u"start_month"_s);
    auto tooMany = compute(u"iit-wages"_s, wagesYear(12, "1", "0", "0").replace("\"year\"", "\"start_month\":2,\"year\""));
    QCOMPARE(tooMany.error().field, u"months"_s);
    auto fraction = compute(u"iit-wages"_s, R"({"year":2025,"months":[{"income":"1.001"}]})");
    QCOMPARE(fraction.error().field, u"months[1].income"_s);
    auto noRules = compute(u"iit-wages"_s, R"({"year":2018,"months":[{"income":"1"}]})");
    QCOMPARE(noRules.error().field, u"year"_s);
}

void TestCalculators::remunerationOfficialExamplesAndEdges()
{
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"2000"})", u"tax"_s), u"240.00"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"royalty","amount":"2000"})", u"tax"_s), u"240.00"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"author","amount":"40000"})", u"tax"_s), u"4480.00"_s);
    // 4,000 vs 4,000.01: 800 deducted vs 20% deducted.
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"4000"})", u"income_amount"_s), u"3200.00"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"4000.01"})", u"income_amount"_s), u"3200.01"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"800"})", u"tax"_s), u"0.00"_s);
    // Labour table edges on the income amount: 20,000 and 50,000.
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"25000"})", u"rate"_s), u"0.20"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"25000.02"})", u"rate"_s), u"0.30"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"25000.02"})", u"tax"_s), u"4000.00"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"62500"})", u"tax"_s), u"13000.00"_s);
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"62500.02"})", u"rate"_s), u"0.40"_s);
    // Non-resident: 80% and the monthly table.
    QCOMPARE(field(u"iit-remuneration"_s, R"({"kind":"labor","amount":"10000","resident":false})", u"tax"_s), u"590.00"_s);
}

void TestCalculators::bonusEdgesAndDeadZones()
{
    QCOMPARE(field(u"iit-bonus"_s, R"({"bonus":"36000"})", u"tax"_s), u"1080.00"_s);
    const QJsonObject above = output(u"iit-bonus"_s, R"({"bonus":"36001"})");
    QCOMPARE(above.value(u"tax"_s).toString(), u"3390.10"_s);
    QCOMPARE(above.value(u"dead_zone"_s).toObject().value(u"to"_s).toString(), u"38566.67"_s);
    QVERIFY(output(u"iit-bonus"_s, R"({"bonus":"38566.67"})").contains(u"dead_zone"_s) == false);
    QCOMPARE(field(u"iit-bonus"_s, R"({"bonus":"144000"})", u"tax"_s), u"14190.00"_s);
    QCOMPARE(field(u"iit-bonus"_s, R"({"bonus":"144000.01"})", u"rate"_s), u"0.20"_s);
    QCOMPARE(output(u"iit-bonus"_s, R"({"bonus":"150000"})").value(u"dead_zone"_s).toObject().value(u"to"_s).toString(),
             u"160500.00"_s);
    // Every edge of the monthly table ×12: the rate changes just above it.
    const QList<std::pair<const char *, const char *>> edges{{"300000", "0.20"},    {"300000.01", "0.25"}, {"420000", "0.25"},
                                                             {"420000.01", "0.30"}, {"660000", "0.30"},    {"660000.01", "0.35"}};
    for (const auto &[bonus, rate] : edges)
        QCOMPARE(field(u"iit-bonus"_s, QByteArray(R"({"bonus":")") + bonus + "\"}", u"rate"_s), QString::fromLatin1(rate));
    QCOMPARE(field(u"iit-bonus"_s, R"({"bonus":"960000"})", u"tax"_s), u"328840.00"_s);
    QCOMPARE(field(u"iit-bonus"_s, R"({"bonus":"960000.01"})", u"rate"_s), u"0.45"_s);
    auto outcome = compute(u"iit-bonus"_s, R"({"bonus":"36001"})");
    QCOMPARE(outcome->warnings.size(), 1);
}

void TestCalculators::bonusRuleEndsIn2027()
{
    QVERIFY(compute(u"iit-bonus"_s, R"({"bonus":"1000","date":"2027-12-31"})"));
    auto after = compute(u"iit-bonus"_s, R"({"bonus":"1000","date":"2028-01-01"})");
    QVERIFY(!after);
    QCOMPARE(after.error().code, u"no_rule_for_period"_s);
}

void TestCalculators::annualOfficialExampleAndDonationCap()
{
    const QJsonObject result = output(u"iit-annual"_s, R"({"year":2025,"labor":"120000","prepaid":"19200"})");
    QCOMPARE(result.value(u"taxable"_s).toString(), u"36000.00"_s);
    QCOMPARE(result.value(u"tax"_s).toString(), u"1080.00"_s);
    QCOMPARE(result.value(u"balance"_s).toString(), u"-18120.00"_s);
    // Donations count up to 30% of the taxable income before them.
    const QJsonObject donated = output(u"iit-annual"_s, R"({"year":2025,"wages":"160000","donations":"50000"})");
    QCOMPARE(donated.value(u"taxable"_s).toString(), u"70000.00"_s); // 100,000 − 30,000
    // Small balance due: no filing needed.
    const QJsonObject small = output(u"iit-annual"_s, R"({"year":2025,"wages":"100000","prepaid":"1080"})");
    QCOMPARE(small.value(u"balance"_s).toString(), u"400.00"_s);
    QCOMPARE(small.value(u"filing_required"_s).toBool(), false);
}

void TestCalculators::vatSplitAddsUp()
{
    QCOMPARE(output(u"vat-split"_s, R"({"total":"113.00","rate":"0.13"})"),
             (QJsonObject{{u"amount"_s, u"100.00"_s}, {u"tax"_s, u"13.00"_s}, {u"rate"_s, u"0.13"_s}}));
    const QJsonObject odd = output(u"vat-split"_s, R"({"total":"100.00","rate":"0.06"})");
    QCOMPARE(odd.value(u"amount"_s).toString(), u"94.34"_s);
    QCOMPARE(odd.value(u"tax"_s).toString(), u"5.66"_s);
    QCOMPARE(field(u"vat-split"_s, R"({"total":"-113.00","rate":"0.13"})", u"tax"_s), u"-13.00"_s);
    auto bad = compute(u"vat-split"_s, R"({"total":"113","rate":"0.12"})");
    QCOMPARE(bad.error().field, u"rate"_s);
}

void TestCalculators::vatSmallThresholds()
{
    QCOMPARE(output(u"vat-small"_s, R"({"period":"2025-03","sales":"100000"})").value(u"exempt"_s).toBool(), true);
    const QJsonObject over = output(u"vat-small"_s, R"({"period":"2025-03","sales":"100000.01"})");
    QCOMPARE(over.value(u"exempt"_s).toBool(), false);
    QCOMPARE(over.value(u"tax"_s).toString(), u"1000.00"_s);
    QCOMPARE(output(u"vat-small"_s, R"({"period":"2025Q1","sales":"300000"})").value(u"tax"_s).toString(), u"0.00"_s);
    QCOMPARE(output(u"vat-small"_s, R"({"period":"2025Q1","sales":"300000.01"})").value(u"tax"_s).toString(), u"3000.00"_s);
    const QJsonObject special = output(u"vat-small"_s, R"({"period":"2025-03","sales":"80000","special_invoice_sales":"20000"})");
    QCOMPARE(special.value(u"exempt"_s).toBool(), true);
    QCOMPARE(special.value(u"tax"_s).toString(), u"200.00"_s);
    QCOMPARE(compute(u"vat-small"_s, R"({"period":"2028-01","sales":"1"})").error().code, u"no_rule_for_period"_s);
    QCOMPARE(compute(u"vat-small"_s, R"({"period":"2025-13","sales":"1"})").error().field, u"period"_s);
}

void TestCalculators::vatGeneralPayableOrCredit()
{
    QCOMPARE(output(u"vat-general"_s, R"({"output_tax":"13000","input_tax":"8000","previous_credit":"1000"})"),
             (QJsonObject{{u"payable"_s, u"4000.00"_s}, {u"ending_credit"_s, u"0.00"_s}}));
    QCOMPARE(output(u"vat-general"_s, R"({"output_tax":"5000","input_tax":"8000","input_transferred_out":"500"})"),
             (QJsonObject{{u"payable"_s, u"0.00"_s}, {u"ending_credit"_s, u"2500.00"_s}}));
}

void TestCalculators::surtaxLinesAndReduction()
{
    const QJsonObject full = output(u"surtax"_s, R"({"vat":"10000","location":"city"})");
    QCOMPARE(full.value(u"total_payable"_s).toString(), u"1200.00"_s);
    const QJsonObject halved = output(u"surtax"_s, R"({"vat":"333.33","location":"county","reduction":true})");
    const QJsonArray lines = halved.value(u"lines"_s).toArray();
    // 333.33 × 5% = 16.6665 → 16.67, reduction round(8.335) = 8.34, payable 8.33
    QCOMPARE(lines.at(0).toObject().value(u"amount"_s).toString(), u"16.67"_s);
    QCOMPARE(lines.at(0).toObject().value(u"reduction"_s).toString(), u"8.34"_s);
    QCOMPARE(lines.at(0).toObject().value(u"payable"_s).toString(), u"8.33"_s);
    QCOMPARE(compute(u"surtax"_s, R"({"vat":"1","location":"city","reduction":true,"date":"2028-01-01"})").error().code,
             u"no_rule_for_period"_s);
}

void TestCalculators::citSmallLowProfitEdge()
{
    const QJsonObject at = output(u"cit-prepay"_s, R"({"total_profit":"3000000","small_low_profit":true})");
    QCOMPARE(at.value(u"tax"_s).toString(), u"750000.00"_s);
    QCOMPARE(at.value(u"relief"_s).toString(), u"600000.00"_s);
    QCOMPARE(at.value(u"payable"_s).toString(), u"150000.00"_s);
    const QJsonObject over = output(u"cit-prepay"_s, R"({"total_profit":"3000000.01","small_low_profit":true})");
    QCOMPARE(over.value(u"relief"_s).toString(), u"0.00"_s);
    QCOMPARE(over.value(u"payable"_s).toString(), u"750000.00"_s);
    QCOMPARE(field(u"cit-prepay"_s, R"({"total_profit":"1000000","high_tech":true,"prepaid":"100000"})", u"payable"_s),
             u"50000.00"_s);
    QCOMPARE(compute(u"cit-prepay"_s, R"({"total_profit":"1","high_tech":true,"small_low_profit":true})").error().field,
             u"high_tech"_s);
    QCOMPARE(field(u"cit-prepay"_s, R"({"total_profit":"-50000"})", u"payable"_s), u"0.00"_s);
}

void TestCalculators::stampDutyRatesByDate()
{
    QCOMPARE(field(u"stamp-duty"_s, R"({"item":"sale_contract","amount":"1000000"})", u"tax"_s), u"300.00"_s);
    QCOMPARE(
        output(u"stamp-duty"_s, R"({"item":"securities_sale","amount":"100000","date":"2023-08-27"})").value(u"tax"_s).toString(),
        u"100.00"_s);
    QCOMPARE(
        output(u"stamp-duty"_s, R"({"item":"securities_sale","amount":"100000","date":"2023-08-28"})").value(u"tax"_s).toString(),
        u"50.00"_s);
    QCOMPARE(field(u"stamp-duty"_s, R"({"item":"lease_contract","amount":"12345","reduction":true})", u"payable"_s), u"6.17"_s);
    QCOMPARE(compute(u"stamp-duty"_s, R"({"item":"securities_sale","amount":"1","reduction":true})").error().field,
             u"reduction"_s);
    QCOMPARE(compute(u"stamp-duty"_s, R"({"item":"marriage_contract","amount":"1"})").error().field, u"item"_s);
}

void TestCalculators::exportRefundBothCases()
{
    // Textbook: domestic 1,000,000, FOB 2,000,000, input 300,000, 13% / 10% → credit 110,000 ≤ 200,000.
    const QJsonObject refund
        = output(u"export-refund"_s,
                 R"({"fob":"2000000","domestic_sales":"1000000","input_tax":"300000","levy_rate":"0.13","refund_rate":"0.10"})");
    QCOMPARE(refund.value(u"non_creditable"_s).toString(), u"60000.00"_s);
    QCOMPARE(refund.value(u"ending_credit"_s).toString(), u"110000.00"_s);
    QCOMPARE(refund.value(u"refund"_s).toString(), u"110000.00"_s);
    QCOMPARE(refund.value(u"exempt_offset"_s).toString(), u"90000.00"_s);
    // Large credit: refund capped at the exempt-offset-refund amount, the rest carried forward.
    const QJsonObject capped = output(
        u"export-refund"_s,
        R"({"fob_foreign":"100000","fx_rate":"7.2","domestic_sales":"0","input_tax":"200000","levy_rate":"0.13","refund_rate":"0.13"})");
    QCOMPARE(capped.value(u"exempt_offset_refund"_s).toString(), u"93600.00"_s);
    QCOMPARE(capped.value(u"refund"_s).toString(), u"93600.00"_s);
    QCOMPARE(capped.value(u"carry_forward_credit"_s).toString(), u"106400.00"_s);
    QCOMPARE(capped.value(u"exempt_offset"_s).toString(), u"0.00"_s);
    QCOMPARE(compute(u"export-refund"_s, R"({"fob":"1","levy_rate":"0.09","refund_rate":"0.13"})").error().field,
             u"refund_rate"_s);
}

void TestCalculators::retainedRefundOfficialExample()
{
    const QJsonObject result
        = output(u"retained-refund"_s, R"({"incremental_credit":"100000","qualifying_input":"800","total_input":"1000"})");
    QCOMPARE(result.value(u"ratio"_s).toString(), u"0.8"_s);
    QCOMPARE(result.value(u"refundable_incremental"_s).toString(), u"80000.00"_s);
    QCOMPARE(result.value(u"refundable_total"_s).toString(), u"80000.00"_s);
    QCOMPARE(
        compute(u"retained-refund"_s, R"({"incremental_credit":"1","qualifying_input":"2","total_input":"1"})").error().field,
        u"qualifying_input"_s);
}

void TestCalculators::unknownFieldsAreRefused()
{
    for (const calc::Calculator *calculator : calc::calculators()) {
        auto outcome = calculator->compute(QJsonObject{{u"no_such_field"_s, 1}}, **calc::rulePackFor(*calculator), kToday);
        QVERIFY2(!outcome, qPrintable(calculator->name()));
        QVERIFY2(!outcome.error().field.isEmpty(), qPrintable(calculator->name()));
    }
    auto typo = compute(u"vat-general"_s, R"({"output_tax":"1","input_tax":"1","previous_credits":"5"})");
    QCOMPARE(typo.error().code, u"unknown_field"_s);
    QCOMPARE(typo.error().field, u"previous_credits"_s);
}

void TestCalculators::explanationShowsTheNumbers()
{
    auto outcome = compute(u"iit-wages"_s, wagesYear(1, "30000", "4500", "2000"));
    QVERIFY(outcome);
    const QString text = outcome->explanation.join(u'\n');
    QVERIFY2(text.contains(u"18500.00 × 3% − 0.00 = 555.00"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCalculators)
#include "TestCalculators.moc"
