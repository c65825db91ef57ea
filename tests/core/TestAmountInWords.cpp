#include "money/AmountInWords.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::AmountInWords;
using taxbox::Money;

class TestAmountInWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesOfficialExamples_data();
    void writesOfficialExamples();
    void handlesZerosAndBoundaries_data();
    void handlesZerosAndBoundaries();
    void invoiceStyleWritesYuanAsRound();
    void writesNegativeAmountsWithFu();
    void refusesAmountsBeyondTheLargestWords();
};

void TestAmountInWords::writesOfficialExamples_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("words");
    // spec/tax-rules.md §11, from 《支付结算办法》附件.
    QTest::newRow("1409.50") << qint64(140950) << u"壹仟肆佰零玖元伍角"_s;
    QTest::newRow("6007.14") << qint64(600714) << u"陆仟零柒元壹角肆分"_s;
    QTest::newRow("1680.32") << qint64(168032) << u"壹仟陆佰捌拾元零叁角贰分"_s;
    QTest::newRow("107000.53") << qint64(10700053) << u"壹拾万柒仟元零伍角叁分"_s;
    QTest::newRow("16409.02") << qint64(1640902) << u"壹万陆仟肆佰零玖元零贰分"_s;
    QTest::newRow("325.04") << qint64(32504) << u"叁佰贰拾伍元零肆分"_s;
}

void TestAmountInWords::writesOfficialExamples()
{
    QFETCH(qint64, fen);
    QFETCH(QString, words);
    QCOMPARE(AmountInWords::format(Money::fromFen(fen)).value(), words);
}

void TestAmountInWords::handlesZerosAndBoundaries_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("words");
    QTest::newRow("zero") << qint64(0) << u"零元整"_s;
    QTest::newRow("one fen") << qint64(1) << u"壹分"_s;
    QTest::newRow("one jiao") << qint64(10) << u"壹角"_s;
    QTest::newRow("jiao and fen") << qint64(55) << u"伍角伍分"_s;
    QTest::newRow("one yuan") << qint64(100) << u"壹元整"_s;
    QTest::newRow("ten keeps its yi") << qint64(1000) << u"壹拾元整"_s;
    QTest::newRow("ten and one fen") << qint64(1001) << u"壹拾元零壹分"_s;
    QTest::newRow("ten and one jiao") << qint64(1010) << u"壹拾元零壹角"_s;
    QTest::newRow("yuan digit zero, jiao and fen") << qint64(168002) << u"壹仟陆佰捌拾元零贰分"_s;
    QTest::newRow("inner zeros, one ling") << qint64(100100) << u"壹仟零壹元整"_s;
    QTest::newRow("36,000") << qint64(3600000) << u"叁万陆仟元整"_s;
    QTest::newRow("36,000.01") << qint64(3600001) << u"叁万陆仟元零壹分"_s;
    QTest::newRow("100,000") << qint64(10000000) << u"壹拾万元整"_s;
    QTest::newRow("100,000.01") << qint64(10000001) << u"壹拾万元零壹分"_s;
    QTest::newRow("100,001") << qint64(10000100) << u"壹拾万零壹元整"_s;
    QTest::newRow("zeros across wan") << qint64(10070000) << u"壹拾万零柒佰元整"_s;
    QTest::newRow("wan section empty") << qint64(10000000100) << u"壹亿零壹元整"_s;
    QTest::newRow("100,000,000") << qint64(10000000000) << u"壹亿元整"_s;
    QTest::newRow("lone zero in the yi place") << qint64(107000000000) << u"壹拾亿柒仟万元整"_s;
    QTest::newRow("zeros after yi") << qint64(100700000000) << u"壹拾亿零柒佰万元整"_s;
    QTest::newRow("one wan after yi") << qint64(10001000000) << u"壹亿零壹万元整"_s;
    QTest::newRow("3,000,000") << qint64(300000000) << u"叁佰万元整"_s;
    QTest::newRow("3,000,000.01") << qint64(300000001) << u"叁佰万元零壹分"_s;
    QTest::newRow("largest") << qint64(AmountInWords::kMaximum.fen())
                             << u"玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"_s;
}

void TestAmountInWords::handlesZerosAndBoundaries()
{
    QFETCH(qint64, fen);
    QFETCH(QString, words);
    QCOMPARE(AmountInWords::format(Money::fromFen(fen)).value(), words);
}

void TestAmountInWords::invoiceStyleWritesYuanAsRound()
{
    QCOMPARE(AmountInWords::format(Money::fromFen(127200), AmountInWords::Style::Invoice).value(), u"壹仟贰佰柒拾贰圆整"_s);
    QCOMPARE(AmountInWords::format(Money::fromFen(10700053), AmountInWords::Style::Invoice).value(), u"壹拾万柒仟圆零伍角叁分"_s);
    QCOMPARE(AmountInWords::format(Money(), AmountInWords::Style::Invoice).value(), u"零圆整"_s);
}

void TestAmountInWords::writesNegativeAmountsWithFu()
{
    QCOMPARE(AmountInWords::format(Money::fromFen(-140950)).value(), u"负壹仟肆佰零玖元伍角"_s);
    QCOMPARE(AmountInWords::format(Money::fromFen(-1)).value(), u"负壹分"_s);
}

void TestAmountInWords::refusesAmountsBeyondTheLargestWords()
{
    const auto oneFenTooMany = AmountInWords::format(Money::fromFen(AmountInWords::kMaximum.fen() + 1));
    QVERIFY(!oneFenTooMany);
    QCOMPARE(oneFenTooMany.error().code, u"amount_too_large_for_words"_s);
    QVERIFY(!AmountInWords::format(Money::fromFen(-AmountInWords::kMaximum.fen() - 1)));
    QVERIFY(AmountInWords::format(Money::fromFen(-AmountInWords::kMaximum.fen())));
}

QTEST_GUILESS_MAIN(TestAmountInWords)
#include "TestAmountInWords.moc"
