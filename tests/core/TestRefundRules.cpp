// The departure refund and the retained-credit refund against the worked examples of
// spec/refunds-and-guidance.md (transcribed into tests/data/refund/departure.json and below), both
// sides of every dated boundary, and every reason on a case.

#include "RulePackFixtures.h"
#include "calc/Calculators.h"
#include "calc/Input.h"
#include "crypto/Crypto.h"
#include "refund/DepartureRefund.h"
#include "refund/RetainedCredit.h"
#include "rules/DepartureGuide.h"
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

/// The shipped refund pack as version 2099.1 with `added` rules, signed with `key` (a test data key "test-data").
std::pair<QByteArray, QByteArray> refundPackWith(const QJsonObject &added, const crypto::SecureBytes &key)
{
    const QByteArray bytes = testing::shippedPackWith(u"cn-refund"_s, u"2099.1"_s, added);
    return {bytes, *rules::RulePack::sign(bytes, u"test-data"_s, key)};
}

/// departure.guide_texts with one range from 2027-01-01 whose value is `steps` (JSON text).
QJsonObject guideTextsFrom2027(const QByteArray &steps)
{
    return {{u"departure.guide_texts"_s, testing::ruleFrom(u"2027-01-01"_s, QJsonDocument::fromJson(steps).object())}};
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
    void departureGuideTextsFromAPack();
    void departureGuideTextsAreChecked_data();
    void departureGuideTextsAreChecked();
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
    QCOMPARE(refund::DepartureRefund::documents(*claim, refundPack()).size(), 5);
    claim->instant = false;
    QCOMPARE(refund::DepartureRefund::documents(*claim, refundPack()).size(), 4);
    QCOMPARE(refund::DepartureRefund::chineseTerm(u"form"_s), u"离境退税申请单"_s);
}

void TestRefundRules::departureGuideTextsFromAPack()
{
    // A refund pack rewords the customs step, the transfer-only counter step and the card document from 2027-01-01
    // (made up for the test: the customs desk becomes a kiosk), in Chinese, English and Japanese (the card in Russian).
    const crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    const auto [bytes, signature] = refundPackWith(guideTextsFrom2027(R"({
        "customs": {"zh_CN": "在离境口岸值机前：在海关自助机扫描申请单二维码，海关以电子方式验核。",
                    "en": "At the departure port, before check-in: scan the form's QR code at the customs kiosk.",
                    "ja": "出国港でチェックイン前に：税関キオスクで申請書のQRコードを読み取ってください。"},
        "counter_transfer": {"zh_CN": "超过%1元的退税只能通过银行转账支付，可在柜台或手机上办理。",
                             "en": "Above %1 yuan the refund is paid by bank transfer, at the counter or in the app.",
                             "ja": "%1元を超える還付は銀行振込のみです。窓口またはアプリで手続きできます。"},
        "document_card": {"zh_CN": "本人名下的信用卡", "en": "A credit card in your own name", "ru": "Кредитная карта на ваше имя"}
    })"),
                                                   key);
    auto pack = rules::RulePack::load(bytes, signature, {{u"test-data"_s, *crypto::Ed25519::publicKeyOf(key)}});
    QVERIFY2(pack, qPrintable(pack ? QString() : pack.error().message));
    QVERIFY(rules::DepartureGuide::check(bytes));

    const auto steps = [&](const char *departure, const QString &language) {
        const QDate leaving = QDate::fromString(QString::fromLatin1(departure), Qt::ISODate);
        const QJsonObject request{{u"purchases"_s,
                                   QJsonArray{QJsonObject{{u"date"_s, leaving.addDays(-1).toString(Qt::ISODate)},
                                                          {u"store"_s, u"A"_s},
                                                          {u"amount"_s, u"300000.00"_s}, // above the cash ceiling: transfer only
                                                          {u"rate"_s, u"0.13"_s}}}},
                                  {u"entry_date"_s, leaving.addDays(-2).toString(Qt::ISODate)},
                                  {u"departure_date"_s, leaving.toString(Qt::ISODate)}};
        auto claim = refund::DepartureRefund::read(request);
        claim->language = language;
        auto answer = refund::DepartureRefund::compute(*claim, *pack);
        if (!answer)
            qFatal("%s", qPrintable(answer.error().message));
        return answer->steps;
    };
    // Japanese from 2027: the pack's sentences with the ceiling filled in; the other steps built in.
    QStringList japanese = steps("2027-01-05", u"ja"_s);
    QCOMPARE(japanese.size(), 5);
    QVERIFY2(japanese.at(2).startsWith(u"出国港でチェックイン前に：税関キオスクで申請書のQRコードを読み取ってください。"_s),
             qPrintable(japanese.at(2)));
    QVERIFY(japanese.at(2).contains(u"spot-checked"_s)); // the spot check, not reworded, still follows
    QCOMPARE(japanese.at(3), u"20000.00元を超える還付は銀行振込のみです。窓口またはアプリで手続きできます。"_s);
    QVERIFY(japanese.at(1).startsWith(u"Keep the goods unused."_s));
    // Russian, which the pack lacks: its English. No language: the interface's (English here).
    QStringList russian = steps("2027-01-05", u"ru"_s);
    QVERIFY(russian.at(2).startsWith(u"At the departure port, before check-in: scan the form's QR code"_s));
    QCOMPARE(russian.at(3), u"Above 20000.00 yuan the refund is paid by bank transfer, at the counter or in the app."_s);
    QCOMPARE(steps("2027-01-05", QString()).at(3), russian.at(3));
    // Leaving on 2026-12-31, before the range: the built-in guide.
    const QStringList before = steps("2026-12-31", u"ja"_s);
    QVERIFY(before.at(2).contains(u"customs refund desk"_s));
    QVERIFY(before.at(3).contains(u"bank transfer only"_s));

    // The documents: the card reworded in Russian from 2027, the others built in.
    refund::DepartureClaim claim;
    claim.instant = true;
    claim.departureDate = QDate(2027, 1, 5);
    claim.language = u"ru"_s;
    QStringList documents = refund::DepartureRefund::documents(claim, *pack);
    QCOMPARE(documents.size(), 5);
    QCOMPARE(documents.at(4), u"Кредитная карта на ваше имя"_s);
    QVERIFY(documents.at(0).startsWith(u"Your passport"_s));
    claim.departureDate = QDate(2026, 12, 31);
    QVERIFY(refund::DepartureRefund::documents(claim, *pack).at(4).startsWith(u"A credit card in your own name, and the "_s));

    // The shipped pack's guide holds (it rewords nothing).
    QFile shipped(u":/rules/cn-refund.json"_s);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QVERIFY(rules::DepartureGuide::check(shipped.readAll()));
}

void TestRefundRules::departureGuideTextsAreChecked_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("message");
    const auto texts
        = [](const QByteArray &steps) { return QJsonDocument(guideTextsFrom2027(steps)).toJson(QJsonDocument::Compact); };
    QTest::newRow("unknown step")
        << texts(R"({"lounge": {"zh_CN": "贵宾室", "en": "Lounge"}})")
        << u"The guide's step \"lounge\" from 2027-01-01: the departure-refund guide has no such step"_s;
    QTest::newRow("unknown language") << texts(R"({"goods": {"zh_CN": "货物", "en": "Goods", "fr": "Marchandises"}})")
                                      << u"The guide's step \"goods\" from 2027-01-01: \"fr\" is not a traveller language"_s;
    QTest::newRow("no English") << texts(R"({"goods": {"zh_CN": "货物", "ja": "商品"}})")
                                << u"The guide's step \"goods\" from 2027-01-01 lacks the text in en"_s;
    QTest::newRow("no Chinese") << texts(R"({"goods": {"en": "Goods"}})")
                                << u"The guide's step \"goods\" from 2027-01-01 lacks the text in zh_CN"_s;
    QTest::newRow("argument left out")
        << texts(R"({"counter_cash": {"zh_CN": "现金或转账，上限%1元。", "en": "Cash or transfer.", "ja": "現金%1元まで"}})")
        << u"The guide's step \"counter_cash\" from 2027-01-01 (en) leaves out %1, which this step must show."_s;
    QTest::newRow("argument too many")
        << texts(R"({"instant": {"zh_CN": "%1元，%2前离境，%3", "en": "%1 yuan, leave by %2", "ko": "%1 %2"}})")
        << u"The guide's step \"instant\" from 2027-01-01 (zh_CN) has the argument %3, but this step takes %1 to %2."_s;
    QTest::newRow("localized argument") << texts(
        R"({"counter_cash": {"zh_CN": "现金上限%1元", "en": "Cash up to %1 yuan, fee %L2"}})")
                                        << u"The guide's step \"counter_cash\" from 2027-01-01 (en) writes %L2; write %2."_s;
    QTest::newRow("argument beyond the one")
        << texts(R"({"counter_cash": {"zh_CN": "现金上限%1元", "en": "Cash up to %1 yuan, fee %2"}})")
        << u"The guide's step \"counter_cash\" from 2027-01-01 (en) has the argument %2, but this step takes only %1."_s;
    QTest::newRow("argument where none")
        << texts(R"({"goods": {"zh_CN": "货物%1", "en": "Goods"}})")
        << u"The guide's step \"goods\" from 2027-01-01 (zh_CN) has the argument %1, but this text takes none."_s;
    QTest::newRow("empty text") << texts(R"({"goods": {"zh_CN": " ", "en": "Goods"}})")
                                << u"The guide's step \"goods\" from 2027-01-01 (zh_CN) is empty."_s;
    QTest::newRow("not text") << texts(R"({"goods": {"zh_CN": 7, "en": "Goods"}})")
                              << u"The guide's step \"goods\" from 2027-01-01 (zh_CN) is empty."_s;
    QTest::newRow("too long") << texts(R"({"goods": {"zh_CN": "货物", "en": ")" + QByteArray(2001, 'x') + R"("}})")
                              << u"The guide's step \"goods\" from 2027-01-01 (en) is longer than 2000 characters."_s;
    QTest::newRow("step not texts") << texts(R"({"goods": "Goods"})")
                                    << u"The guide's step \"goods\" from 2027-01-01 is not a set of texts by language."_s;
    QTest::newRow("texts not steps") << QByteArray(
        R"({"departure.guide_texts": [{"from": "2027-01-01", "source": "test", "value": ["Goods"]}]})")
                                     << u"The departure-refund guide texts from 2027-01-01 are not a set of steps."_s;
    QTest::newRow("notices not a list") << QByteArray(
        R"({"departure.guide_notices": [{"from": "2027-01-01", "source": "test", "value": {"en": "x"}}]})")
                                        << u"The departure-refund guide notices from 2027-01-01 are not a list."_s;
    QTest::newRow("notice language") << QByteArray(
        R"({"departure.guide_notices": [{"from": "2027-01-01", "source": "test", "value": [{"en": "A"}, {"xx": "B"}]}]})")
                                     << u"The guide's notice 2 from 2027-01-01: \"xx\" is not a traveller language"_s;
}

void TestRefundRules::departureGuideTextsAreChecked()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, message);
    // Refused whole however the pack arrives (RulePack::install: a content pack, the sync), and nothing changes.
    const crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    const auto [bytes, signature] = refundPackWith(QJsonDocument::fromJson(rule).object(), key);
    const QString before = (*rules::RulePack::inForce(u"cn-refund"_s))->version();
    auto installed = rules::RulePack::install(bytes, signature, {{u"test-data"_s, *crypto::Ed25519::publicKeyOf(key)}});
    QVERIFY(!installed);
    QCOMPARE(installed.error().code, u"invalid_guide_text"_s);
    QVERIFY2(installed.error().message.startsWith(message), qPrintable(installed.error().message));
    QCOMPARE((*rules::RulePack::inForce(u"cn-refund"_s))->version(), before);
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
