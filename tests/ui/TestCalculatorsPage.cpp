// Drives the calculators page through its widgets under the offscreen platform.

#include "FindChild.h"
#include "calc/CalculatorsPage.h"

#include "base/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::test::find;
using namespace taxbox;
using taxbox::ui::CalculatorsPage;

namespace {

QString resultValue(QTableWidget *table, const QString &label)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == label)
            return table->item(row, 1)->text();
    }
    return {};
}

} // namespace

class TestCalculatorsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyCalculatorHasAForm();
    void bonusAsYouTypeWithDeadZoneWarning();
    void badInputNamesTheFieldAndShowsNoResult();
    void wagesFromTheMonthsTable();
    void ratesAreTypedAsPeopleTypeThem();
    void copyAndExportPdf();

private:
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<CalculatorsPage> m_page;
};

void TestCalculatorsPage::init()
{
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->install(Language::English));
    m_page = std::make_unique<CalculatorsPage>();
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCalculatorsPage::cleanup()
{
    m_page.reset();
    m_translations.reset();
}

void TestCalculatorsPage::everyCalculatorHasAForm()
{
    auto *choice = find<QComboBox>(m_page.get(), u"calculatorChoice"_s);
    QCOMPARE(choice->count(), 12);
    for (int i = 0; i < choice->count(); ++i)
        QVERIFY(m_page->findChild<QWidget *>(u"form_"_s + choice->itemData(i).toString()));
    // An untouched form asks to be filled in rather than showing errors.
    QVERIFY(find<QLabel>(m_page.get(), u"calcError"_s)->text().startsWith(u"Fill in the form"_s));
    QVERIFY(!find<QPushButton>(m_page.get(), u"copyResult"_s)->isEnabled());
}

void TestCalculatorsPage::bonusAsYouTypeWithDeadZoneWarning()
{
    m_page->showCalculator(u"iit-bonus"_s);
    auto *form = find<QWidget>(m_page.get(), u"form_iit-bonus"_s);
    auto *bonus = find<QLineEdit>(form, u"input_bonus"_s);
    QTest::keyClicks(bonus, u"36000"_s);
    auto *result = find<QTableWidget>(m_page.get(), u"calcResult"_s);
    QCOMPARE(resultValue(result, u"Tax"_s), u"1080.00"_s);
    QVERIFY(!find<QLabel>(m_page.get(), u"calcWarning"_s)->isVisible());
    QTest::keyClicks(bonus, u".01"_s);
    QCOMPARE(resultValue(result, u"Tax"_s), u"3390.00"_s); // 36,000.01 × 10% − 210
    auto *warning = find<QLabel>(m_page.get(), u"calcWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"38566.67"_s));
    QVERIFY(find<QPlainTextEdit>(m_page.get(), u"calcExplanation"_s)->toPlainText().contains(u"36000.01 × 10% − 210.00"_s));
}

void TestCalculatorsPage::badInputNamesTheFieldAndShowsNoResult()
{
    m_page->showCalculator(u"stamp-duty"_s);
    auto *form = find<QWidget>(m_page.get(), u"form_stamp-duty"_s);
    auto *amount = find<QLineEdit>(form, u"input_amount"_s);
    QTest::keyClicks(amount, u"-5"_s);
    auto *error = find<QLabel>(m_page.get(), u"calcError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Amount must not be negative."_s); // the label on the form, not the JSON key
    QVERIFY(amount->styleSheet().contains(u"border"_s));
    QVERIFY(!find<QPushButton>(m_page.get(), u"exportPdf"_s)->isEnabled());
    amount->clear();
    QTest::keyClicks(amount, u"1000000"_s);
    QVERIFY(!error->isVisible());
    QCOMPARE(resultValue(find<QTableWidget>(m_page.get(), u"calcResult"_s), u"Tax"_s), u"300.00"_s);
}

void TestCalculatorsPage::wagesFromTheMonthsTable()
{
    m_page->showCalculator(u"iit-wages"_s);
    auto *form = find<QWidget>(m_page.get(), u"form_iit-wages"_s);
    find<QSpinBox>(form, u"input_year"_s)->setValue(2025);
    auto *months = find<QTableWidget>(form, u"input_months"_s);
    for (int row = 0; row < 3; ++row) {
        months->setItem(row, 0, new QTableWidgetItem(u"30000"_s));
        months->setItem(row, 2, new QTableWidgetItem(u"4500"_s));
        months->setItem(row, 3, new QTableWidgetItem(u"2000"_s));
    }
    QCOMPARE(m_page->request().value(u"months"_s).toArray().size(), 3);
    auto *detail = find<QTableWidget>(m_page.get(), u"calcDetail"_s);
    QVERIFY(detail->isVisible());
    QCOMPARE(detail->rowCount(), 3);
    int withheldColumn = -1;
    for (int column = 0; column < detail->columnCount(); ++column) {
        if (detail->horizontalHeaderItem(column)->text() == u"Withheld this month"_s)
            withheldColumn = column;
    }
    // The official forms' order: the month first, this month's withholding before the cumulative total.
    QCOMPARE(detail->horizontalHeaderItem(0)->text(), u"Month"_s);
    QCOMPARE(detail->horizontalHeaderItem(detail->columnCount() - 2)->text(), u"Withheld this month"_s);
    QVERIFY(withheldColumn >= 0);
    for (int column = 0; column < detail->columnCount(); ++column) {
        if (detail->horizontalHeaderItem(column)->text() == u"Rate"_s)
            QCOMPARE(detail->item(0, column)->text(), u"3%"_s); // a rate reads as a percentage
    }
    // A bad cell is named by its month and column label, never by a JSON path.
    months->setItem(1, 2, new QTableWidgetItem(u"-1"_s));
    auto *error = find<QLabel>(m_page.get(), u"calcError"_s);
    QVERIFY2(error->text().startsWith(u"Month 2: Special deductions"_s) && !error->text().contains(u"months["_s),
             qPrintable(error->text()));
    months->setItem(1, 2, new QTableWidgetItem(u"4500"_s));
    // On paper (read back by poppler's pdftotext, not by Taxbox): landscape, every figure whole.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"wages.pdf"_s);
        QString exportError;
        QVERIFY2(m_page->exportPdf(pdf, &exportError), qPrintable(exportError));
        QProcess reader;
        reader.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(reader.waitForFinished(60000));
        const QString text = QString::fromUtf8(reader.readAllStandardOutput());
        for (const QString &figure : {u"555.00"_s, u"625.00"_s, u"1850.00"_s, u"3030.00"_s})
            QVERIFY2(text.contains(figure), qPrintable(figure + u'\n' + text));
        QProcess info;
        info.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {pdf});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY2(info.readAllStandardOutput().contains("842 x 595"), "not A4 landscape");
    }
    QCOMPARE(detail->item(0, withheldColumn)->text(), u"555.00"_s);
    QCOMPARE(detail->item(1, withheldColumn)->text(), u"625.00"_s);
    QCOMPARE(detail->item(2, withheldColumn)->text(), u"1850.00"_s);
    QCOMPARE(resultValue(find<QTableWidget>(m_page.get(), u"calcResult"_s), u"Total withheld"_s), u"3030.00"_s);
}

void TestCalculatorsPage::ratesAreTypedAsPeopleTypeThem()
{
    m_page->showCalculator(u"vat-split"_s);
    auto *form = find<QWidget>(m_page.get(), u"form_vat-split"_s);
    auto *rate = find<QLineEdit>(form, u"input_rate"_s);
    QCOMPARE(rate->text(), u"13%"_s); // shown as a percentage
    QTest::keyClicks(find<QLineEdit>(form, u"input_total"_s), u"109"_s);
    for (const QString &typed : {u"9%"_s, u"9"_s, u"0.09"_s}) {
        rate->setText(typed);
        QCOMPARE(resultValue(find<QTableWidget>(m_page.get(), u"calcResult"_s), u"Tax"_s), u"9.00"_s);
    }
    rate->setText(u"130%"_s);
    QVERIFY(find<QLabel>(m_page.get(), u"calcError"_s)->text().contains(u"13%, 13 or 0.13"_s));
    rate->setText(u"13%"_s);
}

void TestCalculatorsPage::copyAndExportPdf()
{
    m_page->showCalculator(u"vat-split"_s);
    auto *form = find<QWidget>(m_page.get(), u"form_vat-split"_s);
    QTest::keyClicks(find<QLineEdit>(form, u"input_total"_s), u"113"_s);
    QTest::mouseClick(find<QPushButton>(m_page.get(), u"copyResult"_s), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Amount: 100.00"_s) && copied.contains(u"Tax: 13.00"_s), qPrintable(copied));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"vat-split.pdf"_s);
    QString error;
    QVERIFY2(m_page->exportPdf(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 1000);
}

QTEST_MAIN(TestCalculatorsPage)
#include "TestCalculatorsPage.moc"
