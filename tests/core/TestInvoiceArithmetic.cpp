// Invoice arithmetic (tax-rules.md §5) with the rule pack shipped in the app: the price-including-tax
// split, tax on a price without tax, rates in force, discount lines, totals in words, and the per-line
// and per-invoice tolerances on both sides of their limits.

#include "invoice/InvoiceArithmetic.h"
#include "rules/RulePack.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::invoice;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

Money m(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

LineInput item(const char *amount, const char *rate, bool includesTax = false)
{
    LineInput line;
    line.taxCode = u"3040201000000000000"_s;
    line.shortName = u"信息技术服务"_s;
    line.name = u"软件维护"_s;
    line.amount = m(amount);
    line.rate = d(rate);
    line.priceIncludesTax = includesTax;
    return line;
}

Line given(const char *amount, const char *tax, const char *rate)
{
    return {item(amount, rate), m(amount), m(tax)};
}

} // namespace

class TestInvoiceArithmetic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void priceIncludingTaxSplitsAndAddsUp_data();
    void priceIncludingTaxSplitsAndAddsUp();
    void taxOnAPriceWithoutTax();
    void quantityTimesUnitPrice();
    void ratesMustBeInForce();
    void discountLines();
    void totalsInWordsUseYuan();
    void lineToleranceBoundary();
    void invoiceToleranceBoundary();
    void badLinesNameTheLineAndField();

private:
    const rules::RulePack *m_pack = nullptr;
    QDate m_date{2026, 11, 23};
};

void TestInvoiceArithmetic::initTestCase()
{
    auto pack = rules::RulePack::builtIn();
    QVERIFY(pack);
    m_pack = *pack;
}

void TestInvoiceArithmetic::priceIncludingTaxSplitsAndAddsUp_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("tax");
    QTest::newRow("1130 at 13%") << u"1130.00"_s << u"0.13"_s << u"1000.00"_s << u"130.00"_s;
    QTest::newRow("100 at 13% rounds the amount") << u"100.00"_s << u"0.13"_s << u"88.50"_s << u"11.50"_s; // 88.4956
    QTest::newRow("0.01 at 13%") << u"0.01"_s << u"0.13"_s << u"0.01"_s << u"0.00"_s;
    QTest::newRow("109 at 9%") << u"109.00"_s << u"0.09"_s << u"100.00"_s << u"9.00"_s;
    QTest::newRow("exact division") << u"0.53"_s << u"0.06"_s << u"0.50"_s << u"0.03"_s; // 0.5000 exactly
    QTest::newRow("10 at 6%") << u"10.00"_s << u"0.06"_s << u"9.43"_s << u"0.57"_s; // 9.4339…
    QTest::newRow("zero rate") << u"500.00"_s << u"0"_s << u"500.00"_s << u"0.00"_s;
    QTest::newRow("3% levy") << u"10300.00"_s << u"0.03"_s << u"10000.00"_s << u"300.00"_s;
    QTest::newRow("large") << u"99999999.99"_s << u"0.13"_s << u"88495575.21"_s << u"11504424.78"_s;
}

void TestInvoiceArithmetic::priceIncludingTaxSplitsAndAddsUp()
{
    QFETCH(QString, total);
    QFETCH(QString, rate);
    QFETCH(QString, amount);
    QFETCH(QString, tax);
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    auto line = arithmetic.computeLine(item(total.toLatin1().constData(), rate.toLatin1().constData(), true), 1);
    QVERIFY2(line, line ? "" : qPrintable(line.error().message));
    QCOMPARE(line->amount.toString(), amount);
    QCOMPARE(line->tax.toString(), tax);
    QCOMPARE(line->total().toString(), total); // always adds up to what was entered
    QVERIFY(arithmetic.check({*line})); // and stays within the tolerance
}

void TestInvoiceArithmetic::taxOnAPriceWithoutTax()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    QCOMPARE(arithmetic.computeLine(item("1000.00", "0.13"), 1)->tax.toString(), u"130.00"_s);
    QCOMPARE(arithmetic.computeLine(item("0.04", "0.13"), 1)->tax.toString(), u"0.01"_s); // 0.0052
    QCOMPARE(arithmetic.computeLine(item("0.03", "0.13"), 1)->tax.toString(), u"0.00"_s); // 0.0039
    QCOMPARE(arithmetic.computeLine(item("88.50", "0.13"), 1)->tax.toString(), u"11.51"_s); // 11.505 half up
}

void TestInvoiceArithmetic::quantityTimesUnitPrice()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    LineInput line = item("0", "0.13", true);
    line.quantity = d("3");
    line.unitPrice = d("33.333333");
    auto computed = arithmetic.computeLine(line, 1);
    QVERIFY(computed);
    QCOMPARE(computed->total().toString(), u"100.00"_s); // 99.999999 → 100.00
    QCOMPARE(computed->amount.toString(), u"88.50"_s);
    line.quantity = d("0");
    QCOMPARE(arithmetic.computeLine(line, 2).error().code, u"invalid_quantity"_s);
}

void TestInvoiceArithmetic::ratesMustBeInForce()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    for (const char *rate : {"0.13", "0.09", "0.06", "0", "0.03", "0.05", "0.01"})
        QVERIFY2(arithmetic.computeLine(item("100.00", rate), 1), rate);
    auto refused = arithmetic.computeLine(item("100.00", "0.17"), 3);
    QCOMPARE(refused.error().code, u"invalid_rate"_s);
    QCOMPARE(refused.error().field, u"rate"_s);
    QVERIFY(refused.error().message.contains(u"Line 3"));
    // Before 2019-04-01 the pack has no VAT rates: refused rather than guessed.
    QCOMPARE(InvoiceArithmetic(*m_pack, QDate(2019, 3, 31)).computeLine(item("100.00", "0.13"), 1).error().code,
             u"no_rule_for_period"_s);
}

void TestInvoiceArithmetic::discountLines()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    LineInput discount = item("-100.00", "0.13");
    discount.discount = true;
    auto computed = arithmetic.compute({item("1000.00", "0.13"), discount});
    QVERIFY2(computed, computed ? "" : qPrintable(computed.error().message));
    QCOMPARE(computed->second.amount.toString(), u"900.00"_s);
    QCOMPARE(computed->second.tax.toString(), u"117.00"_s);
    QCOMPARE(computed->second.total.toString(), u"1017.00"_s);
    // Never more than the line, never first, never at another rate, never positive.
    LineInput tooMuch = discount;
    tooMuch.amount = m("-1130.01");
    QCOMPARE(arithmetic.compute({item("1000.00", "0.13"), tooMuch}).error().code, u"discount_too_large"_s);
    LineInput all = discount;
    all.amount = m("-1000.00");
    QVERIFY(!arithmetic.compute({item("1000.00", "0.13"), all})); // the total would be zero
    QCOMPARE(arithmetic.compute({discount}).error().code, u"discount_without_line"_s);
    LineInput otherRate = discount;
    otherRate.rate = d("0.06");
    QCOMPARE(arithmetic.compute({item("1000.00", "0.13"), otherRate}).error().code, u"discount_rate"_s);
    LineInput positive = discount;
    positive.amount = m("100.00");
    QCOMPARE(arithmetic.compute({item("1000.00", "0.13"), positive}).error().code, u"invalid_amount"_s);
    QCOMPARE(arithmetic.compute({item("-5.00", "0.13")}).error().code, u"invalid_amount"_s);
}

void TestInvoiceArithmetic::totalsInWordsUseYuan()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    auto computed = arithmetic.compute({item("1000.00", "0.13"), item("142.00", "0.06", true)});
    QVERIFY(computed);
    QCOMPARE(computed->second.total.toString(), u"1272.00"_s);
    QCOMPARE(computed->second.totalInWords, u"壹仟贰佰柒拾贰圆整"_s);
    QCOMPARE(computed->first.first().displayName(), u"*信息技术服务*软件维护"_s);
    QCOMPARE(arithmetic.compute({}).error().code, u"no_lines"_s);
}

void TestInvoiceArithmetic::lineToleranceBoundary()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    // 100.00 × 13% = 13.00: a given tax of 13.06 is within 0.06, 13.07 is not; the same below.
    QVERIFY(arithmetic.check({given("100.00", "13.06", "0.13")}));
    QVERIFY(arithmetic.check({given("100.00", "12.94", "0.13")}));
    auto over = arithmetic.check({given("100.00", "13.07", "0.13")});
    QCOMPARE(over.error().code, u"line_tolerance"_s);
    QCOMPARE(over.error().field, u"tax"_s);
    QCOMPARE(arithmetic.check({given("100.00", "12.93", "0.13")}).error().code, u"line_tolerance"_s);
}

void TestInvoiceArithmetic::invoiceToleranceBoundary()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    // Lines each 0.06 over, plus one 0.01 over: 21 × 0.06 + 0.01 = 1.27 is allowed, one fen more is not.
    QList<Line> lines(21, given("100.00", "13.06", "0.13"));
    lines.append(given("100.00", "13.01", "0.13"));
    auto atLimit = arithmetic.check(lines);
    QVERIFY2(atLimit, atLimit ? "" : qPrintable(atLimit.error().message));
    QCOMPARE(atLimit->tax.toString(), u"287.27"_s);
    lines.last() = given("100.00", "13.02", "0.13");
    QCOMPARE(arithmetic.check(lines).error().code, u"invoice_tolerance"_s);
    // Differences of opposite sign offset each other.
    lines.last() = given("100.00", "12.94", "0.13");
    QVERIFY(arithmetic.check(lines));
}

void TestInvoiceArithmetic::badLinesNameTheLineAndField()
{
    const InvoiceArithmetic arithmetic(*m_pack, m_date);
    LineInput unnamed = item("100.00", "0.13");
    unnamed.name.clear();
    auto refused = arithmetic.compute({item("1.00", "0.13"), unnamed});
    QCOMPARE(refused.error().code, u"required"_s);
    QCOMPARE(refused.error().field, u"name"_s);
    QVERIFY(refused.error().message.contains(u"Line 2"));
    QCOMPARE(arithmetic.compute({item("0.00", "0.13")}).error().code, u"zero_amount"_s);
}

QTEST_GUILESS_MAIN(TestInvoiceArithmetic)
#include "TestInvoiceArithmetic.moc"
