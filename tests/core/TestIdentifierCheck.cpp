#include "ids/IdentifierCheck.h"
#include "ids/UnifiedSocialCreditCode.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {
const QDate kToday(2026, 11, 22);
}

class TestIdentifierCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisesKindsByShape();
    void reportsDetailsOfValidCodes();
    void reportsReasonOfInvalidCodes();
    void numericCreditCodeIsNotMistakenForResidentNumber();
    void explicitTypeOverridesRecognition();
    void typeCodesRoundTrip();
};

void TestIdentifierCheck::recognisesKindsByShape()
{
    QCOMPARE(IdentifierCheck::recognise(u"91350100M000100Y43"), IdentifierType::UnifiedSocialCreditCode);
    QCOMPARE(IdentifierCheck::recognise(u"11010519491231002X"), IdentifierType::ResidentIdNumber);
    QCOMPARE(IdentifierCheck::recognise(u"25442000000012341234"), IdentifierType::InvoiceNumber);
    QCOMPARE(IdentifierCheck::recognise(u"91350100M000100Y4"), IdentifierType::UnifiedSocialCreditCode);
}

void TestIdentifierCheck::reportsDetailsOfValidCodes()
{
    const auto resident = IdentifierCheck::check(u"11010519491231002x", kToday);
    QVERIFY(resident.isValid());
    QCOMPARE(resident.type, IdentifierType::ResidentIdNumber);
    QCOMPARE(resident.normalized, u"11010519491231002X"_s);
    QCOMPARE(resident.details.size(), 3);
    QCOMPARE(resident.details[1].key, u"birth_date"_s);
    QCOMPARE(resident.details[1].value, u"1949-12-31"_s);
    QCOMPARE(resident.details[2].value, u"female"_s);
    QCOMPARE(resident.details[2].displayValue, u"Female"_s);

    const auto invoice = IdentifierCheck::check(u"25442000000012341234", kToday);
    QVERIFY(invoice.isValid());
    QCOMPARE(invoice.details[0].value, u"2025"_s);
}

void TestIdentifierCheck::reportsReasonOfInvalidCodes()
{
    const auto result = IdentifierCheck::check(u"91350100M000100Y44", kToday);
    QVERIFY(!result.isValid());
    QCOMPARE(result.type, IdentifierType::UnifiedSocialCreditCode);
    QCOMPARE(result.error->code, u"check_character_mismatch"_s);
    QVERIFY(result.details.isEmpty());
}

void TestIdentifierCheck::numericCreditCodeIsNotMistakenForResidentNumber()
{
    // Registration authority 1 (机构编制), category 1, region 110000: starts like a Beijing ID.
    QString code = u"11110000000000003"_s; // check character happens to be a digit
    code += UnifiedSocialCreditCode::checkCharacter(code);
    QVERIFY(code.back().isDigit());
    const auto result = IdentifierCheck::check(code, kToday);
    QVERIFY(result.isValid());
    QCOMPARE(result.type, IdentifierType::UnifiedSocialCreditCode);
}

void TestIdentifierCheck::explicitTypeOverridesRecognition()
{
    const auto result = IdentifierCheck::check(u"91350100M000100Y43", kToday, IdentifierType::ResidentIdNumber);
    QVERIFY(!result.isValid());
    QCOMPARE(result.type, IdentifierType::ResidentIdNumber);
    QCOMPARE(result.error->code, u"invalid_character"_s);
}

void TestIdentifierCheck::typeCodesRoundTrip()
{
    for (const auto type :
         {IdentifierType::UnifiedSocialCreditCode, IdentifierType::ResidentIdNumber, IdentifierType::InvoiceNumber})
        QCOMPARE(parseIdentifierType(identifierTypeCode(type)), type);
    QCOMPARE(identifierTypeCode(IdentifierType::UnifiedSocialCreditCode), u"uscc"_s);
    QCOMPARE(identifierTypeCode(IdentifierType::ResidentIdNumber), u"resident_id"_s);
    QVERIFY(!parseIdentifierType(u"passport"));
}

QTEST_GUILESS_MAIN(TestIdentifierCheck)
#include "TestIdentifierCheck.moc"
