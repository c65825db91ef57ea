#include "money/Money.h"

#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using taxbox::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesPlainNumerals_data();
    void parsesPlainNumerals();
    void refusesBadInputWithPreciseCode_data();
    void refusesBadInputWithPreciseCode();
    void errorNamesTheFieldAndTheRule();
    void formatsWithTwoFractionDigits_data();
    void formatsWithTwoFractionDigits();
    void roundTripsThroughText();
    void checkedArithmeticDetectsOverflow();
};

void TestMoney::parsesPlainNumerals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("integer") << u"1234"_s << qint64(123400);
    QTest::newRow("one fraction digit") << u"1234.5"_s << qint64(123450);
    QTest::newRow("two fraction digits") << u"1234.50"_s << qint64(123450);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("one fen") << u"0.01"_s << qint64(1);
    QTest::newRow("negative fen") << u"-0.01"_s << qint64(-1);
    QTest::newRow("plus sign") << u"+3"_s << qint64(300);
    QTest::newRow("surrounding spaces") << u"  12.30 "_s << qint64(1230);
    QTest::newRow("thousands") << u"1,234,567.89"_s << qint64(123456789);
    QTest::newRow("short leading group") << u"12,345"_s << qint64(1234500);
    QTest::newRow("leading zeros") << u"007.10"_s << qint64(710);
    QTest::newRow("36,000 boundary") << u"36000"_s << qint64(3600000);
    QTest::newRow("36,000.01 boundary") << u"36000.01"_s << qint64(3600001);
    QTest::newRow("largest") << u"92233720368547758.07"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("most negative accepted") << u"-92233720368547758.07"_s << -std::numeric_limits<qint64>::max();
}

void TestMoney::parsesPlainNumerals()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto money = Money::parse(text);
    QVERIFY2(money.has_value(), qPrintable(money ? QString() : money.error().message));
    QCOMPARE(money->fen(), fen);
}

void TestMoney::refusesBadInputWithPreciseCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << u"empty_number"_s;
    QTest::newRow("blank") << u"   "_s << u"empty_number"_s;
    QTest::newRow("three fraction digits") << u"1.234"_s << u"too_many_fraction_digits"_s;
    QTest::newRow("three zero fraction digits") << u"1.000"_s << u"too_many_fraction_digits"_s;
    QTest::newRow("letters") << u"12a"_s << u"invalid_number"_s;
    QTest::newRow("two points") << u"1.2.3"_s << u"invalid_number"_s;
    QTest::newRow("no integer digits") << u".5"_s << u"invalid_number"_s;
    QTest::newRow("no fraction digits") << u"5."_s << u"invalid_number"_s;
    QTest::newRow("sign only") << u"-"_s << u"invalid_number"_s;
    QTest::newRow("double sign") << u"--5"_s << u"invalid_number"_s;
    QTest::newRow("bad grouping") << u"1,23"_s << u"invalid_number"_s;
    QTest::newRow("group too long") << u"12,3456"_s << u"invalid_number"_s;
    QTest::newRow("leading separator") << u",123"_s << u"invalid_number"_s;
    QTest::newRow("full-width digits") << u"１２"_s << u"invalid_number"_s;
    QTest::newRow("exponent") << u"1e5"_s << u"invalid_number"_s;
    QTest::newRow("inner space") << u"1 000"_s << u"invalid_number"_s;
    QTest::newRow("one fen past the largest") << u"92233720368547758.08"_s << u"amount_out_of_range"_s;
    QTest::newRow("far too large") << u"99999999999999999999"_s << u"amount_out_of_range"_s;
}

void TestMoney::refusesBadInputWithPreciseCode()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto money = Money::parse(text);
    QVERIFY(!money.has_value());
    QCOMPARE(money.error().code, code);
    QVERIFY(!money.error().message.isEmpty());
}

void TestMoney::errorNamesTheFieldAndTheRule()
{
    const auto money = Money::parse(u"1.234"_s, u"Bonus"_s);
    QVERIFY(!money);
    QCOMPARE(money.error().field, u"Bonus"_s);
    QVERIFY(money.error().message.contains(u"Bonus"_s));
    QVERIFY(money.error().message.contains(u"1.234"_s));
    QVERIFY(money.error().message.contains(u"2 digits"_s));

    const auto garbage = Money::parse(u"12x4"_s, u"Bonus"_s);
    QVERIFY(!garbage);
    QVERIFY2(garbage.error().message.contains(u"character 3"_s), qPrintable(garbage.error().message));
}

void TestMoney::formatsWithTwoFractionDigits_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("grouped");
    QTest::newRow("zero") << qint64(0) << u"0.00"_s << u"0.00"_s;
    QTest::newRow("fen") << qint64(5) << u"0.05"_s << u"0.05"_s;
    QTest::newRow("negative fen") << qint64(-5) << u"-0.05"_s << u"-0.05"_s;
    QTest::newRow("jiao") << qint64(50) << u"0.50"_s << u"0.50"_s;
    QTest::newRow("three digits") << qint64(99999) << u"999.99"_s << u"999.99"_s;
    QTest::newRow("four digits") << qint64(100000) << u"1000.00"_s << u"1,000.00"_s;
    QTest::newRow("millions") << qint64(123456789) << u"1234567.89"_s << u"1,234,567.89"_s;
    QTest::newRow("negative millions") << qint64(-123456789) << u"-1234567.89"_s << u"-1,234,567.89"_s;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s << u"92,233,720,368,547,758.07"_s;
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s
                              << u"-92,233,720,368,547,758.08"_s;
}

void TestMoney::formatsWithTwoFractionDigits()
{
    QFETCH(qint64, fen);
    QFETCH(QString, plain);
    QFETCH(QString, grouped);
    QCOMPARE(Money::fromFen(fen).toString(), plain);
    QCOMPARE(Money::fromFen(fen).toString(Money::Grouping::Thousands), grouped);
}

void TestMoney::roundTripsThroughText()
{
    for (const qint64 fen : {qint64(0), qint64(1), qint64(-1), qint64(3600000), qint64(3600001), qint64(987654321012),
                             -std::numeric_limits<qint64>::max()}) {
        for (const auto grouping : {Money::Grouping::None, Money::Grouping::Thousands}) {
            const auto parsed = Money::parse(Money::fromFen(fen).toString(grouping));
            QVERIFY(parsed);
            QCOMPARE(parsed->fen(), fen);
        }
    }
}

void TestMoney::checkedArithmeticDetectsOverflow()
{
    constexpr auto max = std::numeric_limits<qint64>::max();
    constexpr auto min = std::numeric_limits<qint64>::min();
    QCOMPARE(Money::fromFen(100).checkedAdd(Money::fromFen(1))->fen(), 101);
    QCOMPARE(Money::fromFen(100).checkedSubtract(Money::fromFen(101))->fen(), -1);
    QCOMPARE(Money::fromFen(max - 1).checkedAdd(Money::fromFen(1))->fen(), max);
    QVERIFY(!Money::fromFen(max).checkedAdd(Money::fromFen(1)));
    QVERIFY(!Money::fromFen(min).checkedAdd(Money::fromFen(-1)));
    QVERIFY(!Money::fromFen(min).checkedSubtract(Money::fromFen(1)));
    QVERIFY(!Money::fromFen(max).checkedSubtract(Money::fromFen(-1)));
    QCOMPARE(Money::fromFen(min + 1).checkedSubtract(Money::fromFen(1))->fen(), min);
    QVERIFY(!Money::fromFen(min).checkedNegate());
    QCOMPARE(Money::fromFen(max).checkedNegate()->fen(), -max);
    QVERIFY(Money::fromFen(1) > Money::fromFen(-1));
    QVERIFY(Money::fromFen(3600000) < Money::fromFen(3600001));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
