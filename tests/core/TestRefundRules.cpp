// The departure refund and the retained-credit refund against the worked examples of
// spec/refunds-and-guidance.md (transcribed into tests/data/refund/departure.json and below), both
// sides of every dated boundary, and every reason on a case.

#include "calc/Calculators.h"
#include "calc/Input.h"
#include "crypto/Crypto.h"
#include "refund/DepartureRefund.h"
#include "refund/RetainedCredit.h"
#include "rules/RulePack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

const rules::RulePack &refundPack()
{
    auto pack = rules::RulePack::shipped(u"cn-refund"_s);
    if (!pack)
        qFatal("cn-refund: %s", qPrintable(pack.error().message));
    return **pack;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Result<calc::Outcome> retained(const QJsonObject &request, QDate today = QDate(2026, 12, 1))
{
    return calc::findCalculator(u"retained-refund"_s)->compute(request, refundPack(), today);
}

QJsonObject retainedOutput(const char *request)
{
    auto outcome = retained(json(request));
    if (!outcome)
        qFatal("retained-refund %s: %s", request, qPrintable(outcome.error().message));
    return outcome->output;
}

QStringList codes(const QJsonArray &reasons)
{
    QStringList list;
    for (const QJsonValue &reason : reasons)
        list << reason.toObject().value(u"code"_s).toString();
    return list;
}

} // namespace

class TestRefundRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void packIsSignedAndDated();
    void departureWorkedExamples_data();
    void departureWorkedExamples();
    void departureEveryReasonHasACase();
    void departureMessagesNameTheStoreAndRule();
    void departureBadInputNamesTheField();
    void departureStepsFollowTheAnswer();
    void retainedRegimeByPeriod();
    void retainedManufacturer();
    void retainedOtherRoute();
    void retainedTiersAndMinimum();
    void retainedRealEstate();
    void retainedConditions();
    void retainedRatioIsAParameter();
};

void TestRefundRules::packIsSignedAndDated()
{
    const rules::RulePack &pack = refundPack();
    QCOMPARE(pack.id(), u"cn-refund"_s);
    QCOMPARE(pack.keyId(), u"taxbox-data-2026b"_s);
    QCOMPARE(*pack.decimal(u"departure.minimum_per_store_day"_s, QDate(2025, 4, 25)), *Decimal::parse(u"500"));
    QCOMPARE(*pack.decimal(u"departure.minimum_per_store_day"_s, QDate(2025, 4, 26)), *Decimal::parse(u"200"));
    QCOMPARE(*pack.decimal(u"departure.cash_ceiling"_s, QDate(2025, 4, 25)), *Decimal::parse(u"10000"));
    QCOMPARE(*pack.decimal(u"departure.cash_ceiling"_s, QDate(2025, 4, 26)), *Decimal::parse(u"20000"));
    QCOMPARE(pack.value(u"retained.regime"_s, QDate(2025, 8, 31))->toString(), u"2022"_s);
    QCOMPARE(pack.value(u"retained.regime"_s, QDate(2025, 9, 1))->toString(), u"2025"_s);
    // A changed byte is refused.
    QFile file(u":/rules/cn-refund.json"_s);
    QFile signature(u":/rules/cn-refund.json.sig"_s);
    QVERIFY(file.open(QIODevice::ReadOnly) && signature.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes.replace("\"200\"", "\"100\"");
    QCOMPARE(rules::RulePack::load(bytes, signature.readAll()).error().code, u"tampered_rule_pack"_s);
}

void TestRefundRules::departureWorkedExamples_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QJsonObject>("expect");
    QFile file(QStringLiteral(TAXBOX_REFUND_DATA "/departure.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    QVERIFY(cases.size() >= 25);
    for (const QJsonValue &value : cases) {
        const QJsonObject entry = value.toObject();
        QTest::newRow(qPrintable(entry.value(u"name"_s).toString()))
            << entry.value(u"request"_s).toObject() << entry.value(u"expect"_s).toObject();
    }
}

void TestRefundRules::departureWorkedExamples()
{
    QFETCH(QJsonObject, request);
    QFETCH(QJsonObject, expect);
    const calc::Calculator *calculator = calc::findCalculator(u"departure-refund"_s);
    QVERIFY(calculator);
    auto outcome = calculator->compute(request, refundPack(), QDate(2026, 12, 1));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    const QJsonObject output = outcome->output;
    for (auto it = expect.constBegin(); it != expect.constEnd(); ++it) {
        if (it.key() == u"codes")
            QCOMPARE(codes(output.value(u"reasons"_s).toArray()), it.value().toVariant().toStringList());
        else
            QVERIFY2(output.value(it.key()) == it.value(),
                     qPrintable(u"%1: %2, expected %3"_s.arg(it.key(), output.value(it.key()).toVariant().toString(),
                                                             it.value().toVariant().toString())));
    }
    // Ineligible purchases count for nothing; the refund is the sum of the eligible ones.
    Decimal sum;
    for (const QJsonValue &purchase : output.value(u"purchases"_s).toArray()) {
        const QJsonObject object = purchase.toObject();
        if (!object.value(u"eligible"_s).toBool())
            QCOMPARE(object.value(u"refund"_s).toString(), u"0.00"_s);
        sum = sum + *Decimal::parse(object.value(u"refund"_s).toString());
    }
    QCOMPARE(calc::moneyText(sum), output.value(u"gross"_s).toString());
    QVERIFY(output.value(u"rule_pack"_s).toString().startsWith(u"cn-refund@"_s));
}

void TestRefundRules::departureEveryReasonHasACase()
{
    QFile file(QStringLiteral(TAXBOX_REFUND_DATA "/departure.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    for (const char *code : {"below_minimum", "older_than_90_days", "resident_too_long", "purchase_after_183_days",
                             "before_entry", "after_departure", "rate_not_refundable", "not_overseas_traveller",
                             "instant_not_available", "leaves_after_instant_deadline"})
        QVERIFY2(data.contains(QByteArray("\"") + code + "\""), code);
    // …and the source has no other code.
    QFile source(QStringLiteral(TAXBOX_SOURCE_DIR "/core/refund/DepartureRefund.cpp"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    const QRegularExpression code(u"\\{u\"([a-z_0-9]+)\"_s,\\s*tr\\("_s);
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(data.contains((u'"' + name + u'"').toUtf8()), qPrintable(name));
    }
}

void TestRefundRules::departureMessagesNameTheStoreAndRule()
{
    auto claim = refund::DepartureRefund::read(
        json(R"({"purchases":[{"date":"2026-03-01","store":"上海某百货","amount":"199.99","rate":"0.13"}],
                 "entry_date":"2026-03-01","departure_date":"2026-03-02"})"));
    QVERIFY(claim);
    auto answer = refund::DepartureRefund::compute(*claim, refundPack());
    QVERIFY(answer);
    QCOMPARE(answer->reasons.size(), 1);
    const QString message = answer->reasons.constFirst().message;
    QVERIFY2(message.contains(u"上海某百货"_s) && message.contains(u"2026-03-01"_s) && message.contains(u"199.99"_s)
                 && message.contains(u"200.00"_s),
             qPrintable(message));
}

void TestRefundRules::departureBadInputNamesTheField()
{
    const auto error = [](const char *request) {
        auto claim = refund::DepartureRefund::read(json(request));
        return claim ? Error{} : claim.error();
    };
    Error missing
        = error(R"({"purchases":[{"date":"2026-03-01","store":"A","amount":"1","rate":"0.13"}],"departure_date":"2026-03-02"})");
    QCOMPARE(missing.field, u"entry_date"_s);
    QVERIFY2(missing.message.contains(u"Date of your last entry into China"_s), qPrintable(missing.message));
    Error amount = error(R"({"purchases":[{"date":"2026-03-01","store":"A","amount":"abc","rate":"0.13"}],
                             "entry_date":"2026-03-01","departure_date":"2026-03-02"})");
    QCOMPARE(amount.field, u"purchases[0].amount"_s);
    QVERIFY2(amount.message.contains(u"Purchase 1"_s) && amount.message.contains(u"Price including VAT"_s),
             qPrintable(amount.message));
    QVERIFY2(!amount.message.contains(u"purchases["_s), qPrintable(amount.message));
    QCOMPARE(error(R"({"purchases":[{"date":"2026-03-01","store":"A","amount":"1.001","rate":"0.13"}],
                       "entry_date":"2026-03-01","departure_date":"2026-03-02"})")
                 .field,
             u"purchases[0].amount"_s);
    QCOMPARE(error(R"({"purchases":[{"date":"2026-03-01","store":" ","amount":"1","rate":"0.13"}],
                       "entry_date":"2026-03-01","departure_date":"2026-03-02"})")
                 .field,
             u"purchases[0].store"_s);
    QCOMPARE(error(R"({"purchases":[],"entry_date":"2026-03-01","departure_date":"2026-03-02"})").field, u"purchases"_s);
    QCOMPARE(error(R"({"purchases":[1],"entry_date":"2026-03-01","departure_date":"2026-03-02"})").field, u"purchases[0]"_s);
    QCOMPARE(error(R"({"purchases":[{"date":"2026-03-01","store":"A","amount":"1","rate":"0.13"}],
                       "entry_date":"2026-03-05","departure_date":"2026-03-02"})")
                 .field,
             u"departure_date"_s);
    QCOMPARE(error(R"({"purchases":[{"date":"2026-03-01","store":"A","amount":"1","rate":"0.13","colour":"red"}],
                       "entry_date":"2026-03-01","departure_date":"2026-03-02"})")
                 .field,
             u"purchases[0].colour"_s);
    QJsonArray many;
    for (int i = 0; i < 501; ++i)
        many.append(
            QJsonObject{{u"date"_s, u"2026-03-01"_s}, {u"store"_s, u"A"_s}, {u"amount"_s, u"1"_s}, {u"rate"_s, u"0.13"_s}});
    auto tooMany = refund::DepartureRefund::read(
        {{u"purchases"_s, many}, {u"entry_date"_s, u"2026-03-01"_s}, {u"departure_date"_s, u"2026-03-02"_s}});
    QCOMPARE(tooMany.error().field, u"purchases"_s);
}

void TestRefundRules::departureStepsFollowTheAnswer()
{
    const QJsonObject request = json(R"({"purchases":[{"date":"2026-08-01","store":"A","amount":"300000.00","rate":"0.13"}],
                                         "entry_date":"2026-08-01","departure_date":"2026-08-02"})");
    auto claim = refund::DepartureRefund::read(request);
    QVERIFY(claim);
    auto answer = refund::DepartureRefund::compute(*claim, refundPack());
    QVERIFY(answer);
    QVERIFY(!answer->cashAllowed);
    const QString steps = answer->steps.join(u'\n');
    QVERIFY2(steps.contains(u"bank transfer only"_s) && steps.contains(u"20000.00"_s), qPrintable(steps));
    QVERIFY2(steps.contains(u"spot-checked"_s), qPrintable(steps)); // from 2026-07-01
    claim->instant = true;
    answer = refund::DepartureRefund::compute(*claim, refundPack());
    QVERIFY(answer->steps.join(u'\n').contains(u"2026-08-29"_s));
    QCOMPARE(refund::DepartureRefund::documents(true).size(), 5);
    QCOMPARE(refund::DepartureRefund::chineseTerm(u"form"_s), u"离境退税申请单"_s);
}

void TestRefundRules::retainedRegimeByPeriod()
{
    // Before 2025-09: the 2022 rules, input and output as before.
    const char *old = R"({"period":"2025-08","incremental_credit":"100000","qualifying_input":"200","total_input":"210"})";
    const QJsonObject result = retainedOutput(old);
    QCOMPARE(result.value(u"refundable_total"_s).toString(), u"95238.10"_s);
    QCOMPARE(result.value(u"regime"_s).toString(), u"2022"_s);
    auto byDate
        = retained(json(R"({"incremental_credit":"100000","qualifying_input":"200","total_input":"210"})"), QDate(2025, 6, 30));
    QVERIFY(byDate);
    QCOMPARE(byDate->output.value(u"refundable_total"_s).toString(), u"95238.10"_s);
    // From 2025-09 the 2022 fields are refused with the reason.
    auto refused
        = retained(json(R"({"period":"2025-09","incremental_credit":"100000","qualifying_input":"200","total_input":"210"})"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, u"incremental_credit"_s);
    QVERIFY2(refused.error().message.contains(u"2025-09"_s), qPrintable(refused.error().message));
    auto today = retained(json(R"({"incremental_credit":"100000","qualifying_input":"200","total_input":"210"})"));
    QCOMPARE(today.error().field, u"incremental_credit"_s);
    QCOMPARE(retained(json(R"({"period":"2025-13"})")).error().field, u"period"_s);
    QCOMPARE(
        retained(json(R"({"period":"2019-01","incremental_credit":"1","qualifying_input":"1","total_input":"1"})")).error().field,
        u"period"_s);
}

void TestRefundRules::retainedManufacturer()
{
    const QJsonObject result = retainedOutput(R"({"period":"2025-10","route":"industries_4","period_end_credit":"1000000",
        "qualifying_input":"900000","total_input":"1000000","credit_level":"A"})");
    QCOMPARE(result.value(u"eligible"_s).toBool(), true);
    QCOMPARE(result.value(u"ratio"_s).toString(), u"0.9"_s);
    QCOMPARE(result.value(u"refundable"_s).toString(), u"900000.00"_s);
    QCOMPARE(result.value(u"regime"_s).toString(), u"2025"_s);
}

void TestRefundRules::retainedOtherRoute()
{
    const QJsonObject result = retainedOutput(R"({"period":"2026-01","route":"other",
        "credits_6_months":["900000","1000000","1200000","1500000","1700000","1800000"],
        "credit_at_prior_year_end":"1000000","qualifying_input":"900000","total_input":"1000000","credit_level":"B",
        "declarations":{"no_fraud_36_months":true,"evasion_penalties_36_months":1,"instant_refunds_since_2019_04":false}})");
    QCOMPARE(result.value(u"eligible"_s).toBool(), true);
    QCOMPARE(result.value(u"new_credit"_s).toString(), u"800000.00"_s);
    QCOMPARE(result.value(u"refundable"_s).toString(), u"432000.00"_s);
    // The period-end credit, when given, is the sixth month's.
    auto inconsistent = retained(json(R"({"period":"2026-01","route":"other","period_end_credit":"1",
        "credits_6_months":["1","1","1","1","1","1800000"],"credit_at_prior_year_end":"0","qualifying_input":"1","total_input":"1",
        "credit_level":"A"})"));
    QCOMPARE(inconsistent.error().field, u"period_end_credit"_s);
    QCOMPARE(retained(json(R"({"period":"2026-01","route":"other","credits_6_months":["1","1"],"credit_at_prior_year_end":"0",
        "qualifying_input":"1","total_input":"1","credit_level":"A"})"))
                 .error()
                 .field,
             u"credits_6_months"_s);
}

void TestRefundRules::retainedTiersAndMinimum()
{
    const auto refundable = [](const char *sixth) {
        const QByteArray request = QByteArray(R"({"period":"2026-01","route":"other","credits_6_months":["1","1","1","1","1",")")
            + sixth + R"("],"credit_at_prior_year_end":"0","qualifying_input":"1","total_input":"1","credit_level":"A"})";
        auto outcome = retained(QJsonDocument::fromJson(request).object());
        if (!outcome)
            qFatal("%s", qPrintable(outcome.error().message));
        return outcome->output;
    };
    QCOMPARE(refundable("150000000").value(u"refundable"_s).toString(), u"75000000.00"_s);
    QCOMPARE(refundable("100000000").value(u"refundable"_s).toString(), u"60000000.00"_s);
    QCOMPARE(refundable("100000010").value(u"refundable"_s).toString(), u"60000003.00"_s);
    QCOMPARE(refundable("500000").value(u"refundable"_s).toString(), u"300000.00"_s);
    const QJsonObject below = refundable("499999.99");
    QCOMPARE(below.value(u"eligible"_s).toBool(), false);
    QCOMPARE(below.value(u"refundable"_s).toString(), u"0.00"_s);
    QCOMPARE(codes(below.value(u"reasons"_s).toArray()), QStringList{u"below_minimum"_s});
}

void TestRefundRules::retainedRealEstate()
{
    const QJsonObject result = retainedOutput(R"({"period":"2026-01","route":"real_estate",
        "credits_6_months":["300000","400000","500000","600000","800000","900000"],"credit_at_2019_03":"200000",
        "qualifying_input":"1","total_input":"1","credit_level":"A"})");
    QCOMPARE(result.value(u"new_credit"_s).toString(), u"700000.00"_s);
    QCOMPARE(result.value(u"refundable"_s).toString(), u"420000.00"_s);
    const QJsonObject dip = retainedOutput(R"({"period":"2026-01","route":"real_estate",
        "credits_6_months":["300000","150000","500000","600000","800000","900000"],"credit_at_2019_03":"200000",
        "qualifying_input":"1","total_input":"1","credit_level":"A"})");
    QCOMPARE(codes(dip.value(u"reasons"_s).toArray()), QStringList{u"credit_not_positive"_s});
}

void TestRefundRules::retainedConditions()
{
    const auto reasons = [](const char *level, const char *declarations) {
        const QByteArray request = QByteArray(R"({"period":"2025-09","route":"industries_4","period_end_credit":"1000",
            "qualifying_input":"1","total_input":"1","credit_level":")")
            + level + R"(","declarations":)" + declarations + "}";
        auto outcome = retained(QJsonDocument::fromJson(request).object());
        if (!outcome)
            qFatal("%s", qPrintable(outcome.error().message));
        return codes(outcome->output.value(u"reasons"_s).toArray());
    };
    QCOMPARE(reasons("A", "{}"), QStringList());
    QCOMPARE(reasons("M", "{}"), QStringList{u"credit_level"_s});
    QCOMPARE(reasons("B", R"({"no_fraud_36_months":false})"), QStringList{u"fraud_36_months"_s});
    QCOMPARE(reasons("B", R"({"evasion_penalties_36_months":1})"), QStringList());
    QCOMPARE(reasons("B", R"({"evasion_penalties_36_months":2})"), QStringList{u"evasion_penalties"_s});
    QCOMPARE(reasons("B", R"({"instant_refunds_since_2019_04":true})"), QStringList{u"instant_refunds"_s});
    const QJsonObject zero = retainedOutput(R"({"period":"2025-09","route":"industries_4","period_end_credit":"0",
        "qualifying_input":"1","total_input":"1","credit_level":"A"})");
    QCOMPARE(codes(zero.value(u"reasons"_s).toArray()), QStringList{u"no_credit"_s});
    QCOMPARE(retained(json(R"({"period":"2025-09","route":"industries_4","period_end_credit":"1","qualifying_input":"1",
        "total_input":"1","credit_level":"A","declarations":{"typo":true}})"))
                 .error()
                 .field,
             u"declarations.typo"_s);
}

void TestRefundRules::retainedRatioIsAParameter()
{
    // The same pack with the unverified parameter turned off, signed with a test key.
    QFile file(u":/rules/cn-refund.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"ratio_applies_to_real_estate_and_other\": true"));
    bytes.replace("\"ratio_applies_to_real_estate_and_other\": true", "\"ratio_applies_to_real_estate_and_other\": false");
    const crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    auto signature = rules::RulePack::sign(bytes, u"test"_s, key);
    QVERIFY(signature);
    auto pack = rules::RulePack::load(bytes, *signature, {{u"test"_s, *crypto::Ed25519::publicKeyOf(key)}});
    QVERIFY(pack);
    auto outcome = calc::findCalculator(u"retained-refund"_s)
                       ->compute(json(R"({"period":"2026-01","route":"other",
        "credits_6_months":["900000","1000000","1200000","1500000","1700000","1800000"],
        "credit_at_prior_year_end":"1000000","qualifying_input":"900000","total_input":"1000000","credit_level":"B"})"),
                                 *pack, QDate(2026, 12, 1));
    QVERIFY(outcome);
    QCOMPARE(outcome->output.value(u"refundable"_s).toString(), u"480000.00"_s);
}

QTEST_GUILESS_MAIN(TestRefundRules)
#include "TestRefundRules.moc"
