#include "ids/InvoiceNumber.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::InvoiceNumber;

class TestInvoiceNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheFieldsOfTheSpecExample();
    void refusesWrongLength();
    void refusesNonDigits();
    void refusesUnknownProvince();
};

void TestInvoiceNumber::readsTheFieldsOfTheSpecExample()
{
    // From the QR payload example of spec/tax-rules.md §12.
    const auto number = InvoiceNumber::parse(u"25442000000012341234");
    QVERIFY(number);
    QCOMPARE(number->year(), 2025);
    QCOMPARE(number->provinceCode(), u"44"_s);
    QCOMPARE(number->channel(), 2);
    QCOMPARE(number->sequence(), u"000000012341234"_s);
}

void TestInvoiceNumber::refusesWrongLength()
{
    QCOMPARE(InvoiceNumber::parse(u"2544200000001234123").error().code, u"wrong_length"_s);
    QCOMPARE(InvoiceNumber::parse(u"254420000000123412345").error().code, u"wrong_length"_s);
    // Old-style 8-digit numbers with a separate invoice code are not 数电票 numbers.
    QCOMPARE(InvoiceNumber::parse(u"12345678").error().code, u"wrong_length"_s);
}

void TestInvoiceNumber::refusesNonDigits()
{
    const auto number = InvoiceNumber::parse(u"2544200000001234123A");
    QVERIFY(!number);
    QCOMPARE(number.error().code, u"invalid_character"_s);
    QVERIFY(number.error().message.contains(u"Character 20"_s));
}

void TestInvoiceNumber::refusesUnknownProvince()
{
    QCOMPARE(InvoiceNumber::parse(u"25992000000012341234").error().code, u"invalid_region"_s);
    QCOMPARE(InvoiceNumber::parse(u"25002000000012341234").error().code, u"invalid_region"_s);
    QVERIFY(InvoiceNumber::parse(u"25112000000012341234")); // Beijing
    QVERIFY(InvoiceNumber::parse(u"25822000000012341234")); // Macao
    // The 计划单列市's codes: genuine numbers carry 92 and 95; 91–95 are accepted, 90 and 96 are not.
    QVERIFY(InvoiceNumber::parse(u"24927000000012341234"));
    QVERIFY(InvoiceNumber::parse(u"24957000000012341234"));
    QVERIFY(InvoiceNumber::parse(u"24917000000012341234"));
    QCOMPARE(InvoiceNumber::parse(u"24907000000012341234").error().code, u"invalid_region"_s);
    QCOMPARE(InvoiceNumber::parse(u"24967000000012341234").error().code, u"invalid_region"_s);
}

QTEST_GUILESS_MAIN(TestInvoiceNumber)
#include "TestInvoiceNumber.moc"
