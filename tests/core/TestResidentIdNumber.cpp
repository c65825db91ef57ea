#include "ids/ResidentIdNumber.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::ResidentIdNumber;

namespace {
const QDate kToday(2026, 11, 22);

/// A number with the given first 17 digits and the right check character.
QString withCheck(const QString &first17)
{
    return first17 + ResidentIdNumber::checkCharacter(first17);
}
} // namespace

class TestResidentIdNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsTheStandardsExamples();
    void checkValueTenIsX();
    void acceptsLowerCaseX();
    void readsBirthDateAndSex();
    void everySingleDigitChangeIsDetected();
    void refusesImpossibleBirthDates_data();
    void refusesImpossibleBirthDates();
    void acceptsBirthDateBoundaries();
    void refusesUnknownProvince();
    void refusesBadShape();
};

void TestResidentIdNumber::acceptsTheStandardsExamples()
{
    // GB 11643-1999 annex examples.
    QVERIFY(ResidentIdNumber::parse(u"11010519491231002X", kToday));
    QVERIFY(ResidentIdNumber::parse(u"440524188001010014", kToday));
}

void TestResidentIdNumber::checkValueTenIsX()
{
    QCOMPARE(ResidentIdNumber::checkCharacter(u"11010519491231002"), u'X');
    QCOMPARE(ResidentIdNumber::checkCharacter(u"44052418800101001"), u'4');
    QCOMPARE(ResidentIdNumber::checkCharacter(u"4405241880010100"), QChar()); // 16 digits
}

void TestResidentIdNumber::acceptsLowerCaseX()
{
    const auto number = ResidentIdNumber::parse(u" 11010519491231002x "_s, kToday);
    QVERIFY(number);
    QCOMPARE(number->text(), u"11010519491231002X"_s);
}

void TestResidentIdNumber::readsBirthDateAndSex()
{
    const auto woman = ResidentIdNumber::parse(u"11010519491231002X", kToday);
    QCOMPARE(woman->birthDate(), QDate(1949, 12, 31));
    QVERIFY(!woman->isMale()); // 17th digit 2
    QCOMPARE(woman->regionCode(), u"110105"_s);
    const auto man = ResidentIdNumber::parse(u"440524188001010014", kToday);
    QVERIFY(man->isMale()); // 17th digit 1
}

void TestResidentIdNumber::everySingleDigitChangeIsDetected()
{
    const QString valid = u"440524188001010014"_s;
    for (qsizetype position = 0; position < 18; ++position) {
        for (const QChar replacement : u"0123456789X") {
            if (replacement == valid[position] || (position < 17 && replacement == u'X'))
                continue;
            QString changed = valid;
            changed[position] = replacement;
            QVERIFY2(!ResidentIdNumber::parse(changed, kToday), qPrintable(changed));
        }
    }
}

void TestResidentIdNumber::refusesImpossibleBirthDates_data()
{
    QTest::addColumn<QString>("birth");
    QTest::newRow("february 30") << u"19900230"_s;
    QTest::newRow("february 29, common year") << u"20230229"_s;
    QTest::newRow("february 29, 1900") << u"19000229"_s;
    QTest::newRow("month 13") << u"19901301"_s;
    QTest::newRow("day 0") << u"19900100"_s;
    QTest::newRow("tomorrow") << u"20261123"_s;
    QTest::newRow("before 1800") << u"17991231"_s;
}

void TestResidentIdNumber::refusesImpossibleBirthDates()
{
    QFETCH(QString, birth);
    const auto number = ResidentIdNumber::parse(withCheck(u"110105"_s + birth + u"002"_s), kToday);
    QVERIFY(!number);
    QCOMPARE(number.error().code, u"invalid_birth_date"_s);
    QVERIFY(number.error().message.contains(birth));
}

void TestResidentIdNumber::acceptsBirthDateBoundaries()
{
    QVERIFY(ResidentIdNumber::parse(withCheck(u"11010520000229002"_s), kToday)); // leap day
    QVERIFY(ResidentIdNumber::parse(withCheck(u"11010520261122002"_s), kToday)); // born today
    QVERIFY(ResidentIdNumber::parse(withCheck(u"11010518000101002"_s), kToday));
}

void TestResidentIdNumber::refusesUnknownProvince()
{
    const auto number = ResidentIdNumber::parse(withCheck(u"99010519491231002"_s), kToday);
    QVERIFY(!number);
    QCOMPARE(number.error().code, u"invalid_region"_s);
}

void TestResidentIdNumber::refusesBadShape()
{
    QCOMPARE(ResidentIdNumber::parse(u"11010519491231002", kToday).error().code, u"wrong_length"_s);
    QCOMPARE(ResidentIdNumber::parse(u"110105194912310", kToday).error().code, u"wrong_length"_s); // old 15-digit form
    QCOMPARE(ResidentIdNumber::parse(u"1101051949123100XX", kToday).error().code, u"invalid_character"_s);
    QCOMPARE(ResidentIdNumber::parse(u"11010519491231002Y", kToday).error().code, u"invalid_character"_s);
}

QTEST_GUILESS_MAIN(TestResidentIdNumber)
#include "TestResidentIdNumber.moc"
