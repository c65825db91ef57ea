#include "money/Decimal.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::Decimal;
using taxbox::Money;

namespace {
Decimal d(const QString &text)
{
    const auto value = Decimal::parse(text);
    if (!value)
        qFatal("bad literal in test: %s", qPrintable(text));
    return *value;
}
} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesAreReadAsPeopleTypeThem();
    void parsesUpToEightFractionDigits();
    void refusesTooManyFractionDigitsAndGarbage();
    void sumsAreExactWhereBinaryFloatingPointIsNot();
    void productsAreExact();
    void divisionIsExactAndRoundedOnlyWhenAsked();
    void divisionByZeroIsAnError();
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void convertsToMoneyRoundingHalfUpToTheFen_data();
    void convertsToMoneyRoundingHalfUpToTheFen();
    void refusesMoneyOutOfRange();
    void printsShortestExactForm();
    void comparesByValue();
};

void TestDecimal::parsesUpToEightFractionDigits()
{
    QCOMPARE(d(u"0.13"_s).toString(), u"0.13"_s);
    QCOMPARE(d(u"1.12345678"_s).toString(), u"1.12345678"_s);
    QCOMPARE(d(u"-2.50"_s).toString(), u"-2.5"_s);
    QCOMPARE(d(u"1,000,000.5"_s).toString(), u"1000000.5"_s);
    QCOMPARE(Decimal::fromInteger(-42).toString(), u"-42"_s);
    QCOMPARE(Decimal::fromMoney(Money::fromFen(123456)).toString(), u"1234.56"_s);
    const auto rateWithMoreDigits = Decimal::parse(u"0.123456789012"_s, u"Rate"_s, 12);
    QVERIFY(rateWithMoreDigits);
    QCOMPARE(rateWithMoreDigits->toString(), u"0.123456789012"_s);
}

void TestDecimal::refusesTooManyFractionDigitsAndGarbage()
{
    const auto nine = Decimal::parse(u"1.123456789"_s, u"Unit price"_s);
    QVERIFY(!nine);
    QCOMPARE(nine.error().code, u"too_many_fraction_digits"_s);
    QCOMPARE(nine.error().field, u"Unit price"_s);
    QVERIFY(nine.error().message.contains(u"at most 8"_s));
    QCOMPARE(Decimal::parse(u"0.1.2"_s).error().code, u"invalid_number"_s);
    QCOMPARE(Decimal::parse(u"abc"_s).error().code, u"invalid_number"_s);
    QCOMPARE(Decimal::parse(u""_s).error().code, u"empty_number"_s);
}

void TestDecimal::sumsAreExactWhereBinaryFloatingPointIsNot()
{
    QCOMPARE(d(u"0.1"_s) + d(u"0.2"_s), d(u"0.3"_s));
    Decimal sum;
    for (int i = 0; i < 1000; ++i)
        sum = sum + d(u"0.01"_s);
    QCOMPARE(sum, d(u"10"_s));
    QCOMPARE(d(u"1"_s) - d(u"0.9"_s), d(u"0.1"_s));
}

void TestDecimal::productsAreExact()
{
    QCOMPARE((d(u"0.1"_s) * d(u"0.2"_s)).toString(), u"0.02"_s);
    // Quantity × unit price with 8 fraction digits each: 16 exact digits.
    QCOMPARE((d(u"3.33333333"_s) * d(u"2.12345678"_s)).toString(), u"7.0781892595884774"_s);
    // Far beyond 64 bits, still exact.
    QCOMPARE((d(u"99999999999999999999"_s) * d(u"99999999999999999999"_s)).toString(),
             u"9999999999999999999800000000000000000001"_s);
    // Invoice line: quantity 3 at 0.33333333 = 0.99999999 → 1.00 yuan.
    QCOMPARE((d(u"3"_s) * d(u"0.33333333"_s)).toMoney()->toString(), u"1.00"_s);
}

void TestDecimal::divisionIsExactAndRoundedOnlyWhenAsked()
{
    // Price including tax: amount = round(113 ÷ 1.13, 2), spec §5.
    QCOMPARE(d(u"113"_s).dividedBy(d(u"1.13"_s))->toMoney()->toString(), u"100.00"_s);
    const auto third = d(u"100"_s).dividedBy(d(u"3"_s));
    QVERIFY(third);
    QVERIFY(!third->isTerminating());
    QCOMPARE(third->toFixed(2), u"33.33"_s);
    QCOMPARE(third->toString(), u"33.33333333333333333333"_s);
    // Exact: (100 ÷ 3) × 3 is 100 again, which no rounding scheme would give.
    QCOMPARE(*third * d(u"3"_s), d(u"100"_s));
    // 1 ÷ 8 terminates.
    QCOMPARE(d(u"1"_s).dividedBy(d(u"8"_s))->toString(), u"0.125"_s);
}

void TestDecimal::divisionByZeroIsAnError()
{
    const auto quotient = d(u"1"_s).dividedBy(Decimal());
    QVERIFY(!quotient);
    QCOMPARE(quotient.error().code, u"division_by_zero"_s);
}

void TestDecimal::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("rounded");
    QTest::newRow("half up") << u"2.345"_s << 2 << u"2.35"_s;
    QTest::newRow("just below half") << u"2.34499999"_s << 2 << u"2.34"_s;
    QTest::newRow("just above half") << u"2.34500001"_s << 2 << u"2.35"_s;
    QTest::newRow("negative half") << u"-2.345"_s << 2 << u"-2.35"_s;
    QTest::newRow("negative below half") << u"-2.344"_s << 2 << u"-2.34"_s;
    QTest::newRow("to integer") << u"0.5"_s << 0 << u"1"_s;
    QTest::newRow("to integer, negative") << u"-0.5"_s << 0 << u"-1"_s;
    QTest::newRow("carry") << u"9.995"_s << 2 << u"10"_s;
    QTest::newRow("already exact") << u"1.1"_s << 2 << u"1.1"_s;
    QTest::newRow("eight digits") << u"0.123456785"_s << 8 << u"0.12345679"_s;
}

void TestDecimal::roundsHalfAwayFromZero()
{
    QFETCH(QString, value);
    QFETCH(int, digits);
    QFETCH(QString, rounded);
    const auto parsed = Decimal::parse(value, u"Value"_s, 9);
    QVERIFY(parsed);
    QCOMPARE(parsed->roundedHalfUp(digits).toString(), rounded);
}

void TestDecimal::convertsToMoneyRoundingHalfUpToTheFen_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("half a fen") << u"0.005"_s << qint64(1);
    QTest::newRow("just under half a fen") << u"0.00499999"_s << qint64(0);
    QTest::newRow("negative half a fen") << u"-0.005"_s << qint64(-1);
    QTest::newRow("tax on 36,000 at 3%") << u"1080.00"_s << qint64(108000);
    QTest::newRow("largest") << u"92233720368547758.07"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("rounds up to the largest") << u"92233720368547758.065"_s << std::numeric_limits<qint64>::max();
}

void TestDecimal::convertsToMoneyRoundingHalfUpToTheFen()
{
    QFETCH(QString, value);
    QFETCH(qint64, fen);
    const auto money = d(value).toMoney();
    QVERIFY(money);
    QCOMPARE(money->fen(), fen);
}

void TestDecimal::refusesMoneyOutOfRange()
{
    const auto tooLarge = d(u"92233720368547758.075"_s).toMoney();
    QVERIFY(!tooLarge);
    QCOMPARE(tooLarge.error().code, u"amount_out_of_range"_s);
    QVERIFY(!d(u"-92233720368547758.09"_s).toMoney());
}

void TestDecimal::printsShortestExactForm()
{
    QCOMPARE(Decimal().toString(), u"0"_s);
    QCOMPARE(d(u"0.50"_s).toString(), u"0.5"_s);
    QCOMPARE(d(u"100.00"_s).toString(), u"100"_s);
    QCOMPARE(d(u"0.13"_s).toFixed(4), u"0.1300"_s);
    QCOMPARE(d(u"-0.001"_s).toFixed(2), u"0.00"_s);
}

void TestDecimal::comparesByValue()
{
    QCOMPARE(d(u"1.50"_s), d(u"1.5"_s));
    QVERIFY(d(u"0.13"_s) < d(u"0.13000001"_s));
    QVERIFY(d(u"-1"_s) < d(u"0"_s));
    QVERIFY(d(u"36000.01"_s) > d(u"36000"_s));
    QVERIFY(d(u"-0.5"_s).isNegative());
    QVERIFY(Decimal().isZero());
}

void TestDecimal::ratesAreReadAsPeopleTypeThem()
{
    const auto rate = [](const QString &text) {
        auto parsed = Decimal::parseRate(text, u"税率"_s);
        return parsed ? parsed->toString() : u"error:"_s + parsed.error().code;
    };
    QCOMPARE(rate(u"13%"_s), u"0.13"_s);
    QCOMPARE(rate(u" 13 % "_s), u"0.13"_s);
    QCOMPARE(rate(u"13％"_s), u"0.13"_s); // the full-width sign a Chinese input method types
    QCOMPARE(rate(u"13"_s), u"0.13"_s);
    QCOMPARE(rate(u"0.13"_s), u"0.13"_s);
    QCOMPARE(rate(u"1"_s), u"0.01"_s); // the 1% levy rate, not 100%
    QCOMPARE(rate(u"0.5%"_s), u"0.005"_s);
    QCOMPARE(rate(u"0"_s), u"0"_s);
    QCOMPARE(rate(u"100"_s), u"1"_s);
    QCOMPARE(rate(u"100.01"_s), u"error:invalid_rate"_s);
    QCOMPARE(rate(u"-3%"_s), u"error:invalid_rate"_s);
    QVERIFY(rate(u"abc"_s).startsWith(u"error:"_s));
    QVERIFY(Decimal::parseRate(u"130%"_s, u"税率"_s).error().message.contains(u"税率"_s)); // names the field
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
