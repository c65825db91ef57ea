// Pinyin initials from GB 2312 positions: common goods and company names, the first and last
// character of each initial's block, mixed Latin text, and what gives no initial.
#include "ids/PinyinInitials.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

class TestPinyinInitials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initials_data();
    void initials();
    void search();
};

void TestPinyinInitials::initials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("laptop") << u"笔记本电脑"_s << u"bjbdn"_s;
    QTest::newRow("company") << u"北京朝阳科技有限公司"_s << u"bjcykjyxgs"_s;
    QTest::newRow("it service") << u"信息技术服务"_s << u"xxjsfw"_s;
    QTest::newRow("consulting") << u"咨询服务"_s << u"zxfw"_s;
    QTest::newRow("rice") << u"稻谷"_s << u"dg"_s;
    // The first character of the table (啊), the first of B (芭) and the last level-1 character (座).
    QTest::newRow("boundaries") << u"啊芭座"_s << u"abz"_s;
    QTest::newRow("latin kept") << u"ThinkPad X1 笔记本"_s << u"thinkpadx1bjb"_s;
    QTest::newRow("punctuation dropped") << u"（软件）维护-2"_s << u"rjwh2"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPinyinInitials::initials()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(pinyinInitials(text), expected);
}

void TestPinyinInitials::search()
{
    QVERIFY(matchesSearch(u"bjb"_s, u"笔记本电脑"_s));
    QVERIFY(matchesSearch(u"BJB"_s, u"笔记本电脑"_s));
    QVERIFY(matchesSearch(u"记本"_s, u"笔记本电脑"_s));
    QVERIFY(matchesSearch(u"10905"_s, u"笔记本电脑"_s, u"1090511030000000000"_s));
    QVERIFY(!matchesSearch(u"511"_s, u"笔记本电脑"_s, u"1090511030000000000"_s)); // codes match from the start
    QVERIFY(!matchesSearch(u"xxjs"_s, u"笔记本电脑"_s));
    QVERIFY(matchesSearch(u" "_s, u"笔记本电脑"_s));
}

QTEST_GUILESS_MAIN(TestPinyinInitials)
#include "TestPinyinInitials.moc"
