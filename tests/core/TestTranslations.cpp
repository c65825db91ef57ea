#include "base/Translations.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

struct CatalogueState
{
    int messages = 0;
    QStringList unfinished; ///< sources without a finished, non-empty translation
};

CatalogueState readCatalogue(const QString &path)
{
    CatalogueState state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(u"type"_s).toString();
            // Plural messages hold their forms in <numerusform> children; a message counts as
            // translated when every form is non-empty.
            bool emptyForm = false;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.isEmpty();
                    text += form;
                } else if (xml.isEndElement() && xml.name() == u"translation") {
                    break;
                }
            }
            if (type == u"vanished" || type == u"obsolete")
                continue;
            ++state.messages;
            if (type == u"unfinished" || text.isEmpty() || emptyForm)
                state.unfinished.append(source);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return state;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesLanguageCodes();
    void anyChineseLocaleGetsSimplifiedChinese();
    void commandLineBeatsSettingBeatsSystem();
    void installingChineseTranslatesCoreMessages();
    void chineseCatalogueIsComplete();
    void everySourceStringIsInTheCatalogue();
    void travellerCataloguesAreComplete_data();
    void travellerCataloguesAreComplete();
    void travellerCatalogueTranslatesTheRules();
};

void TestTranslations::parsesLanguageCodes()
{
    QCOMPARE(parseLanguage(u"zh_CN"), Language::SimplifiedChinese);
    QCOMPARE(parseLanguage(u"zh-CN"), Language::SimplifiedChinese);
    QCOMPARE(parseLanguage(u"ZH"), Language::SimplifiedChinese);
    QCOMPARE(parseLanguage(u"en"), Language::English);
    QCOMPARE(parseLanguage(u"en_US"), Language::English);
    QVERIFY(!parseLanguage(u"fr"));
    QVERIFY(!parseLanguage(u""));
    QCOMPARE(languageCode(Language::SimplifiedChinese), u"zh_CN"_s);
    QCOMPARE(languageCode(Language::English), u"en"_s);
}

void TestTranslations::anyChineseLocaleGetsSimplifiedChinese()
{
    QCOMPARE(languageForLocale(QLocale(u"zh_CN"_s)), Language::SimplifiedChinese);
    QCOMPARE(languageForLocale(QLocale(u"zh_TW"_s)), Language::SimplifiedChinese);
    QCOMPARE(languageForLocale(QLocale(u"en_GB"_s)), Language::English);
    QCOMPARE(languageForLocale(QLocale::c()), Language::English);
}

void TestTranslations::commandLineBeatsSettingBeatsSystem()
{
    const QLocale chinese(u"zh_CN"_s);
    QCOMPARE(resolveLanguage(Language::English, u"zh_CN"_s, chinese), Language::English);
    QCOMPARE(resolveLanguage(std::nullopt, u"en"_s, chinese), Language::English);
    QCOMPARE(resolveLanguage(std::nullopt, QString(), chinese), Language::SimplifiedChinese);
    QCOMPARE(resolveLanguage(std::nullopt, u"garbage"_s, QLocale::c()), Language::English);
}

void TestTranslations::installingChineseTranslatesCoreMessages()
{
    Translations translations;
    QVERIFY(translations.install(Language::SimplifiedChinese));
    QCOMPARE(translations.current(), Language::SimplifiedChinese);
    const auto chinese = Money::parse(u"1.234"_s);
    QVERIFY(!chinese);
    QVERIFY2(chinese.error().message.contains(u"金额"_s), qPrintable(chinese.error().message));
    QVERIFY(chinese.error().message.contains(u"精确到分"_s));

    QVERIFY(translations.install(Language::English));
    QVERIFY(Money::parse(u"1.234"_s).error().message.startsWith(u"Amount"_s));
}

void TestTranslations::chineseCatalogueIsComplete()
{
    const CatalogueState state = readCatalogue(QStringLiteral(TAXBOX_TS_FILE));
    QVERIFY(state.messages > 50);
    QVERIFY2(state.unfinished.isEmpty(), qPrintable(u"untranslated: "_s + state.unfinished.join(u" | "_s)));
    // A string lupdate could not place in a class (tr() through an alias) sits in an empty context, which no
    // tr() ever looks up: translated in the catalogue, English on the screen.
    QFile ts(QStringLiteral(TAXBOX_TS_FILE));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QVERIFY2(!ts.readAll().contains("<name></name>"), "a context without a name: call Class::tr(), not an alias's tr()");
}

void TestTranslations::everySourceStringIsInTheCatalogue()
{
    // Run lupdate over the sources into a copy of the catalogue: a tr() string missing from the
    // committed catalogue shows up as unfinished in the copy.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"taxbox_zh_CN.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(TAXBOX_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString source = QStringLiteral(TAXBOX_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TAXBOX_LUPDATE),
                  {u"-recursive"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, source + u"/core"_s, source + u"/ui"_s,
                   source + u"/app"_s, source + u"/server"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const CatalogueState state = readCatalogue(copy);
    QVERIFY2(state.unfinished.isEmpty(),
             qPrintable(u"strings missing from translations/taxbox_zh_CN.ts (run the update_translations target): "_s
                        + state.unfinished.join(u" | "_s)));
}

void TestTranslations::travellerCataloguesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"zh_CN", "zh_TW", "en", "ja", "ko", "ru"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::travellerCataloguesAreComplete()
{
    // The traveller's tool in its six languages: lupdate over its sources into a copy of each catalogue,
    // then every message must be finished (a new string shows up unfinished in the copy).
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = u"traveller_%1.ts"_s.arg(language);
    const QString copy = dir.filePath(name);
    QVERIFY(QFile::copy(QStringLiteral(TAXBOX_TRANSLATIONS_DIR) + u'/' + name, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The same sources as the update_translations target (translations/CMakeLists.txt).
    QStringList arguments{u"-no-obsolete"_s, u"-locations"_s, u"none"_s};
    arguments << QStringLiteral(TAXBOX_TRAVELLER_SOURCES).split(u'|') << u"-ts"_s << copy;
    lupdate.start(QStringLiteral(TAXBOX_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const CatalogueState state = readCatalogue(copy);
    QVERIFY(state.messages > 90);
    QVERIFY2(
        state.unfinished.isEmpty(),
        qPrintable(u"untranslated in %1 (run the update_translations target): "_s.arg(name) + state.unfinished.join(u" | "_s)));
}

void TestTranslations::travellerCatalogueTranslatesTheRules()
{
    // Installed above the app's own catalogue, a traveller catalogue answers for its contexts only.
    Translations app;
    QVERIFY(app.install(Language::SimplifiedChinese));
    QTranslator japanese;
    QVERIFY(japanese.load(u":/i18n/traveller_ja.qm"_s));
    QCoreApplication::installTranslator(&japanese);
    QCOMPARE(QCoreApplication::translate("DepartureRefund", "Departure date"), u"出国日"_s);
    QVERIFY(Money::parse(u"1.234"_s).error().message.contains(u"金额"_s)); // the rest of the app stays zh_CN
    QCoreApplication::removeTranslator(&japanese);
    QCOMPARE(QCoreApplication::translate("DepartureRefund", "Departure date"), u"离境日期"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
