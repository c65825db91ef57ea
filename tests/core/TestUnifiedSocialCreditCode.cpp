#include "ids/UnifiedSocialCreditCode.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::UnifiedSocialCreditCode;

namespace {
constexpr QStringView kExample = u"91350100M000100Y43"; // spec/tax-rules.md §12
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
} // namespace

class TestUnifiedSocialCreditCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsTheOfficialExample();
    void normalisesCaseAndSpaces();
    void checkValueThirtyOneIsZero();
    void everySingleSubstitutionIsDetected();
    void refusesWrongLength();
    void refusesLettersOutsideTheAlphabet_data();
    void refusesLettersOutsideTheAlphabet();
    void refusesNonDigitRegionCode();
    void reasonNamesTheExpectedCheckCharacter();
};

void TestUnifiedSocialCreditCode::acceptsTheOfficialExample()
{
    const auto code = UnifiedSocialCreditCode::parse(kExample);
    QVERIFY(code);
    QCOMPARE(code->registrationAuthority(), u'9');
    QCOMPARE(code->organizationCategory(), u'1');
    QCOMPARE(code->regionCode(), u"350100"_s);
    QCOMPARE(UnifiedSocialCreditCode::checkCharacter(kExample.first(17)), u'3');
}

void TestUnifiedSocialCreditCode::normalisesCaseAndSpaces()
{
    const auto code = UnifiedSocialCreditCode::parse(u"  91350100m000100y43 "_s);
    QVERIFY(code);
    QCOMPARE(code->text(), kExample.toString());
}

void TestUnifiedSocialCreditCode::checkValueThirtyOneIsZero()
{
    // Σ = 0 gives 31 − 0 = 31, written '0'.
    QCOMPARE(UnifiedSocialCreditCode::checkCharacter(u"00000000000000000"), u'0');
    QVERIFY(UnifiedSocialCreditCode::parse(u"000000000000000000"));
    QVERIFY(!UnifiedSocialCreditCode::parse(u"00000000000000000Y"));
    // Σ = 30 (one 'Y'=30 at weight 1) gives 31 − 30 = 1.
    QCOMPARE(UnifiedSocialCreditCode::checkCharacter(u"Y0000000000000000"), u'1');
}

void TestUnifiedSocialCreditCode::everySingleSubstitutionIsDetected()
{
    // MOD 31 with weights coprime to 31 catches any one changed character.
    for (qsizetype position = 0; position < 18; ++position) {
        for (const QChar replacement : kAlphabet) {
            if (replacement == kExample[position])
                continue;
            QString changed = kExample.toString();
            changed[position] = replacement;
            QVERIFY2(!UnifiedSocialCreditCode::parse(changed), qPrintable(changed));
        }
    }
}

void TestUnifiedSocialCreditCode::refusesWrongLength()
{
    const auto shortCode = UnifiedSocialCreditCode::parse(kExample.first(17));
    QVERIFY(!shortCode);
    QCOMPARE(shortCode.error().code, u"wrong_length"_s);
    QCOMPARE(UnifiedSocialCreditCode::parse(kExample.toString() + u'0').error().code, u"wrong_length"_s);
    QCOMPARE(UnifiedSocialCreditCode::parse(u""_s).error().code, u"wrong_length"_s);
}

void TestUnifiedSocialCreditCode::refusesLettersOutsideTheAlphabet_data()
{
    QTest::addColumn<QChar>("letter");
    for (const QChar letter : u"IOSVZ")
        QTest::newRow(qPrintable(QString(letter))) << letter;
}

void TestUnifiedSocialCreditCode::refusesLettersOutsideTheAlphabet()
{
    QFETCH(QChar, letter);
    QString code = kExample.toString();
    code[8] = letter; // the 'M' of the organisation code
    const auto result = UnifiedSocialCreditCode::parse(code);
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"invalid_character"_s);
    QVERIFY(result.error().message.contains(u"Character 9"_s));
}

void TestUnifiedSocialCreditCode::refusesNonDigitRegionCode()
{
    QString code = u"91A50100M000100Y4"_s;
    code += UnifiedSocialCreditCode::checkCharacter(code);
    const auto result = UnifiedSocialCreditCode::parse(code);
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"invalid_region"_s);
}

void TestUnifiedSocialCreditCode::reasonNamesTheExpectedCheckCharacter()
{
    const auto result = UnifiedSocialCreditCode::parse(u"91350100M000100Y44");
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"check_character_mismatch"_s);
    QVERIFY(result.error().message.contains(u"\"4\""_s));
    QVERIFY(result.error().message.contains(u"\"3\""_s));
}

QTEST_GUILESS_MAIN(TestUnifiedSocialCreditCode)
#include "TestUnifiedSocialCreditCode.moc"
