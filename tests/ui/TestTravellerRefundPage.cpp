// Drives the overseas traveller's departure-refund tool through its widgets under the offscreen
// platform: two languages, a scanned QR code, the answer and its reasons, the printed summary, and
// a kiosk that forgets each visitor.

#include "../core/RulePackFixtures.h"
#include "FindChild.h"
#include "refund/TravellerKiosk.h"
#include "refund/TravellerRefundPage.h"
#include "session/IdleWatcher.h"

#include "base/Translations.h"
#include "crypto/Crypto.h"
#include "rules/RulePack.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using taxbox::test::find;
using namespace taxbox;
using taxbox::ui::TravellerRefundPage;

namespace {

/// The PDF's text as an outside reader (poppler's pdftotext) gives it.
QString pdfText(const QString &path)
{
    QProcess text;
    text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    text.waitForFinished(30000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

/// Types into the purchase table's cell as a person does: the first key opens the editor.
void typeCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClicks(table, text.left(1));
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor);
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
}

void enterVisit(TravellerRefundPage &page)
{
    QTest::keyClicks(find<QLineEdit>(&page, u"entryDate"_s), u"2026-02-20"_s);
    QTest::keyClicks(find<QLineEdit>(&page, u"departureDate"_s), u"20260310"_s); // the number-pad form
    auto *table = find<QTableWidget>(&page, u"purchases"_s);
    qobject_cast<QDateEdit *>(table->cellWidget(0, 0))->setDate(QDate(2026, 3, 1));
    table->item(0, 1)->setText(u"上海某百货"_s); // a store's Chinese name, as an input method would leave it
    typeCell(table, 0, 2, u"800.00"_s);
    QTest::mouseClick(find<QPushButton>(&page, u"addPurchase"_s), Qt::LeftButton);
    qobject_cast<QDateEdit *>(table->cellWidget(1, 0))->setDate(QDate(2026, 3, 1));
    typeCell(table, 1, 2, u"300.00"_s); // the store is carried from the row above
    auto *rate = qobject_cast<QComboBox *>(table->cellWidget(1, 3));
    rate->setCurrentIndex(rate->findData(u"0.09"_s));
}

} // namespace

class TestTravellerRefundPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void englishAnswerOfTheSpecExample();
    void japaneseAnswerAndReasons();
    void scannedQrFillsAPurchase();
    void summaryPdfHasBothLanguages();
    void kioskForgetsTheVisitor();
    // Last: it puts a refund pack in force for the rest of the process.
    void aRefundPackRewordsTheGuideOnScreenAndOnPaper();

private:
    Translations m_translations;
};

void TestTravellerRefundPage::initTestCase()
{
    QVERIFY(m_translations.install(Language::SimplifiedChinese)); // the app in Chinese, the traveller in theirs
}

void TestTravellerRefundPage::englishAnswerOfTheSpecExample()
{
    TravellerRefundPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(find<QPushButton>(&page, u"language_en"_s), Qt::LeftButton);
    QCOMPARE(page.language(), u"en"_s);
    enterVisit(page);
    QVERIFY2(page.answer(), qPrintable(find<QLabel>(&page, u"travellerError"_s)->text() + find<QLabel>(&page, u"net"_s)->text()));
    QCOMPARE(page.answer()->net.toString(), u"90"_s);
    QCOMPARE(find<QLabel>(&page, u"net"_s)->text(), u"You can expect about ¥90.00 back."_s);
    const QString money = find<QLabel>(&page, u"money"_s)->text();
    QVERIFY2(money.contains(u"Refund 112.00 − agency fee 22.00 = 90.00 yuan."_s), qPrintable(money));
    const QString details = find<QTextBrowser>(&page, u"details"_s)->toPlainText();
    QVERIFY2(details.contains(u"Departure Tax Refund Application Form"_s), qPrintable(details));
    QVERIFY(find<QPushButton>(&page, u"printSummary"_s)->isEnabled());
}

void TestTravellerRefundPage::japaneseAnswerAndReasons()
{
    TravellerRefundPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(find<QPushButton>(&page, u"language_ja"_s), Qt::LeftButton);
    enterVisit(page);
    QCOMPARE(find<QLabel>(&page, u"net"_s)->text(), u"還付額の目安は約 ¥90.00 です。"_s);
    // A third purchase at another store under the minimum: refused, with the reason in Japanese.
    auto *table = find<QTableWidget>(&page, u"purchases"_s);
    QTest::mouseClick(find<QPushButton>(&page, u"addPurchase"_s), Qt::LeftButton);
    typeCell(table, 2, 1, u"Tea"_s);
    typeCell(table, 2, 2, u"150"_s);
    const QString details = find<QTextBrowser>(&page, u"details"_s)->toPlainText();
    QVERIFY2(details.contains(u"同じ日・同じ店舗で 200.00 元以上が必要です"_s), qPrintable(details));
    QCOMPARE(page.answer()->net.toString(), u"90"_s);
    // A PRC passport: nothing refundable, said in Japanese.
    find<QComboBox>(&page, u"document"_s)->setCurrentIndex(3);
    QCOMPARE(find<QLabel>(&page, u"net"_s)->text(), u"これらの購入は還付の対象外です。"_s);
    // Bad input names the field as the screen labels it, in the traveller's language.
    find<QComboBox>(&page, u"document"_s)->setCurrentIndex(0);
    find<QLineEdit>(&page, u"entryDate"_s)->setText(u"2026-02-30"_s);
    const QString error = find<QLabel>(&page, u"travellerError"_s)->text();
    QVERIFY2(error.contains(u"最後に中国へ入国した日"_s) && error.contains(u"2025-03-31"_s), qPrintable(error));
    QVERIFY(!page.answer());
    // Leaving the page gives the rest of the app its own language back.
    page.hide();
    QCOMPARE(QCoreApplication::translate("DepartureRefund", "Departure date"), u"离境日期"_s);
}

void TestTravellerRefundPage::scannedQrFillsAPurchase()
{
    TravellerRefundPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(find<QPushButton>(&page, u"language_en"_s), Qt::LeftButton);
    auto *scan = find<QLineEdit>(&page, u"scan"_s);
    QTest::keyClicks(scan, u"01,32,,26312000000358032546,1130.00,20261125,,16C0"_s);
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY(scan->text().isEmpty());
    auto *table = find<QTableWidget>(&page, u"purchases"_s);
    QCOMPARE(table->item(0, 2)->text(), u"1130.00"_s);
    QCOMPARE(table->item(0, 4)->text(), u"26312000000358032546"_s);
    QCOMPARE(qobject_cast<QDateEdit *>(table->cellWidget(0, 0))->date(), QDate(2026, 11, 25));
    // The store's name is asked for next (the editor is open), then the scanner has the focus again.
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != scan);
    QTest::keyClicks(editor, u"Galeries"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(table->item(0, 1)->text(), u"Galeries"_s);
    QCOMPARE(QApplication::focusWidget(), scan);
    QTest::keyClicks(scan, u"not a qr code"_s);
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY(find<QLabel>(&page, u"travellerError"_s)->text().contains(u"QR"_s));
    QCOMPARE(table->rowCount(), 1);
}

void TestTravellerRefundPage::summaryPdfHasBothLanguages()
{
    TravellerRefundPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(find<QPushButton>(&page, u"language_ru"_s), Qt::LeftButton);
    enterVisit(page);
    find<QCheckBox>(&page, u"instant"_s)->setChecked(true);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"summary.pdf"_s);
    QVERIFY(page.writeSummaryPdf(pdf));
    // Lines wrap where the page ends; the words are what counts.
    const QString content = pdfText(pdf).remove(u'\n');
    QVERIFY(!content.isEmpty());
    for (const QChar c : content)
        QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF), "ideographs, not look-alike radicals");
    // Russian with the Chinese terms beside, the figures, the date to leave by.
    for (const QString &expected : {u"Возврат НДС при выезде"_s, u"境外旅客购物离境退税"_s, u"实退税额"_s, u"90.00"_s,
                                    u"承诺离境日期"_s, u"2026-03-29"_s, u"上海某百货"_s})
        QVERIFY2(content.contains(expected), qPrintable(expected + u" not in:\n"_s + content));
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QString pages = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(QRegularExpression(u"Pages:\\s+1\\n"_s).match(pages).hasMatch(), qPrintable(pages)); // one page
    QVERIFY(!page.writeSummaryPdf(u"/nonexistent/folder/summary.pdf"_s));
}

void TestTravellerRefundPage::kioskForgetsTheVisitor()
{
    ui::TravellerKiosk::Options options;
    options.language = u"ko"_s;
    ui::TravellerKiosk kiosk(options);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    TravellerRefundPage &page = *kiosk.page();
    QCOMPARE(page.language(), u"ko"_s);
    QVERIFY(page.font().pointSizeF() > QApplication::font().pointSizeF() * 1.4); // large type
    QTest::mouseClick(find<QPushButton>(&page, u"language_en"_s), Qt::LeftButton);
    enterVisit(page);
    QVERIFY(page.answer());
    // Idle: everything goes, and the next visitor starts in the kiosk's language.
    Q_EMIT kiosk.idleWatcher()->idle();
    QVERIFY(!page.answer());
    QCOMPARE(page.language(), u"ko"_s);
    QVERIFY(find<QLineEdit>(&page, u"entryDate"_s)->text().isEmpty());
    auto *table = find<QTableWidget>(&page, u"purchases"_s);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 1)->text().isEmpty() && table->item(0, 2)->text().isEmpty());
    QVERIFY(find<QTextBrowser>(&page, u"details"_s)->toPlainText().isEmpty());
    // "New traveller" does the same.
    enterVisit(page);
    QTest::mouseClick(find<QPushButton>(&page, u"newTraveller"_s), Qt::LeftButton);
    QVERIFY(!page.answer());
    QVERIFY(kiosk.idleWatcher()->isActive());
}

void TestTravellerRefundPage::aRefundPackRewordsTheGuideOnScreenAndOnPaper()
{
    // A refund pack (as a content pack brings it, signed with a test data key), from 2026-03-05, with a notice in Russian
    // and English and the customs step reworded in Chinese, English, Russian and Japanese (made up for the test); the
    // traveller leaves on 2026-03-10.
    const QJsonObject customs{{u"zh_CN"_s, u"在离境口岸值机前：到海关自助机扫描申请单上的二维码。"_s},
                              {u"en"_s, u"At the departure port, before check-in: scan the form's QR code at a customs kiosk."_s},
                              {u"ru"_s, u"В порту вылета до регистрации отсканируйте QR-код бланка в киоске таможни."_s},
                              {u"ja"_s, u"出国港でチェックイン前に、税関キオスクで申請書のQRコードを読み取ってください。"_s}};
    const QByteArray bytes = testing::shippedPackWith(
        u"cn-refund"_s, u"2099.1"_s,
        {{u"departure.guide_notices"_s,
          testing::ruleFrom(u"2026-03-05"_s,
                            QJsonArray{QJsonObject{{u"en"_s, u"Counter 12 in Terminal 2 is closed."_s},
                                                   {u"ru"_s, u"Стойка 12 в терминале 2 закрыта."_s}}})},
         {u"departure.guide_texts"_s, testing::ruleFrom(u"2026-03-05"_s, QJsonObject{{u"customs"_s, customs}})}});
    const crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    auto installed = taxbox::rules::RulePack::install(bytes, *taxbox::rules::RulePack::sign(bytes, u"test-data"_s, key),
                                                      {{u"test-data"_s, *crypto::Ed25519::publicKeyOf(key)}});
    QVERIFY2(installed && *installed, qPrintable(installed ? QString() : installed.error().message));

    TravellerRefundPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(find<QPushButton>(&page, u"language_ru"_s), Qt::LeftButton);
    enterVisit(page);
    // On screen: the reworded step in Russian, the other steps in the page's Russian translation.
    auto *details = find<QTextBrowser>(&page, u"details"_s);
    QVERIFY2(details->toPlainText().contains(customs.value(u"ru"_s).toString()), qPrintable(details->toPlainText()));
    QVERIFY(!details->toPlainText().contains(u"customs refund desk"_s));
    QVERIFY(!details->toPlainText().contains(u"Keep the goods unused"_s));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"summary.pdf"_s);
    QVERIFY(page.writeSummaryPdf(pdf));
    const QString content = pdfText(pdf).replace(u'\n', u' ');
    QVERIFY(!content.isEmpty());
    // On paper, read back by an outside reader: the notice and the step in the traveller's language, not the English.
    QVERIFY2(content.contains(u"Стойка 12 в терминале 2 закрыта."_s), qPrintable(content));
    QVERIFY(!content.contains(u"Counter 12"_s));
    QVERIFY2(content.contains(customs.value(u"ru"_s).toString()), qPrintable(content));
    QVERIFY(!content.contains(u"customs kiosk"_s));
    // Another language at once: the step in Japanese, the notice (none in Japanese) in English.
    QTest::mouseClick(find<QPushButton>(&page, u"language_ja"_s), Qt::LeftButton);
    QTRY_VERIFY2(details->toPlainText().contains(customs.value(u"ja"_s).toString()), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(u"Counter 12 in Terminal 2 is closed."_s));
    QVERIFY(!details->toPlainText().contains(customs.value(u"ru"_s).toString()));
}

QTEST_MAIN(TestTravellerRefundPage)
#include "TestTravellerRefundPage.moc"
