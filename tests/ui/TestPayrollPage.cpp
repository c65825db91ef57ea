// Drives the payroll page through its widgets: add an employee, import a spreadsheet with a bad row
// (choosing the good rows), compute, close, export, reopen.

#include "FindChild.h"
#include "LocalWorkspace.h"
#include "payroll/PayrollPage.h"

#include "auth/Workspace.h"
#include "base/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::test::find;
using namespace taxbox;
using taxbox::ui::PayrollPage;

class TestPayrollPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void monthFromEmployeeToExport();
    void startedInDecemberFromOpenings();
    void employeesWagesAndOpeningsByHand();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<auth::Session> m_session;
    QString m_enterpriseId;
};

void TestPayrollPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->install(Language::English));
    auto local = test::createLocalWorkspace(m_dir.filePath(u"ws"_s));
    m_session = std::move(local.session);
    m_enterpriseId = local.enterpriseId;
}

void TestPayrollPage::monthFromEmployeeToExport()
{
    PayrollPage page;
    // Fits a 1024-pixel screen (with room for the window's frame and margins), every button in a row.
    QVERIFY2(page.minimumSizeHint().width() < 900, qPrintable(QString::number(page.minimumSizeHint().width())));
    page.resize(1100, 700);
    page.show();
    for (QPushButton *button : page.findChildren<QPushButton *>())
        QVERIFY2(button->parentWidget() != &page || button->geometry().top() > 0 || !button->isVisible(),
                 qPrintable(button->text())); // nothing floats over the heading
    QVERIFY(!find<QPushButton>(&page, u"importPayroll"_s)->isEnabled()); // no enterprise yet
    page.setEnterprise(m_session.get(), m_enterpriseId);
    page.setPeriod({2025, 1});
    QCOMPARE(find<QLabel>(&page, u"payrollState"_s)->text(), u"No payroll yet"_s);

    // Add an employee; a mistyped identity number keeps the dialog open with the reason.
    ui::EmployeeDialog *dialog = page.addEmployee();
    QVERIFY(dialog);
    find<QLineEdit>(dialog, u"employeeName"_s)->setText(u"张三"_s);
    find<QDateEdit>(dialog, u"employeeHireDate"_s)->setDate(QDate(2020, 1, 1));
    QTest::keyClicks(find<QLineEdit>(dialog, u"employeeResidentId"_s), u"110105194912310021"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"saveEmployee"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(find<QLabel>(dialog, u"employeeError"_s)->text().contains(u"X"_s));
    find<QLineEdit>(dialog, u"employeeResidentId"_s)->setText(u"11010519491231002X"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"saveEmployee"_s), Qt::LeftButton);
    QCOMPARE(find<QTableWidget>(&page, u"employeeTable"_s)->rowCount(), 1);

    // Import: one good row, one bad; "import all" is not offered, the good rows are.
    const QString csv = m_dir.filePath(u"2025-01.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("姓名,身份证号,应发工资,专项扣除,专项附加扣除\n张三,11010519491231002X,30000,4500,2000\n李四,44052418800101001X,"
               "9000,0,0\n");
    file.close();
    ui::PayrollImportDialog *import = page.importFile(csv);
    QVERIFY(import);
    QCOMPARE(find<QTableWidget>(import, u"importErrors"_s)->rowCount(), 1);
    QCOMPARE(find<QTableWidget>(import, u"importErrors"_s)->item(0, 0)->text(), u"3"_s);
    QVERIFY(!find<QPushButton>(import, u"importAll"_s)->isEnabled());
    QTest::mouseClick(find<QPushButton>(import, u"importGoodRows"_s), Qt::LeftButton);
    QCOMPARE(find<QLabel>(&page, u"payrollState"_s)->text(), u"Imported, not computed"_s);

    QTest::mouseClick(find<QPushButton>(&page, u"computePayroll"_s), Qt::LeftButton);
    QVERIFY2(!find<QLabel>(&page, u"payrollError"_s)->isVisible(), qPrintable(find<QLabel>(&page, u"payrollError"_s)->text()));
    auto *results = find<QTableWidget>(&page, u"withholdingTable"_s);
    QCOMPARE(results->rowCount(), 2); // the employee and the totals
    QCOMPARE(results->item(0, results->columnCount() - 1)->text(), u"555.00"_s);

    QTest::mouseClick(find<QPushButton>(&page, u"closeMonth"_s), Qt::LeftButton);
    QCOMPARE(find<QLabel>(&page, u"payrollState"_s)->text(), u"Closed"_s);
    QVERIFY(!find<QPushButton>(&page, u"importPayroll"_s)->isEnabled());
    QVERIFY(find<QPushButton>(&page, u"reopenMonth"_s)->isEnabled());

    for (const QString &name : {u"return.xlsx"_s, u"return.csv"_s, u"return.pdf"_s}) {
        QString error;
        QVERIFY2(page.exportTo(m_dir.filePath(name), &error), qPrintable(error));
        QFile exported(m_dir.filePath(name));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray head = exported.read(5);
        if (name.endsWith(u".pdf"_s))
            QCOMPARE(head, QByteArray("%PDF-"));
        else if (name.endsWith(u".xlsx"_s))
            QVERIFY(head.startsWith("PK"));
        else
            QVERIFY(exported.readAll().contains("555.00"));
    }

    page.reopenMonth(u"late bonus"_s);
    QCOMPARE(find<QLabel>(&page, u"payrollState"_s)->text(), u"Computed, open"_s);
}

void TestPayrollPage::startedInDecemberFromOpenings()
{
    // 张三 (added above, hired 2020) earns ¥25,000 a month; the accountant adopts Taxbox in December.
    PayrollPage page;
    page.resize(1100, 700);
    page.show();
    page.setEnterprise(m_session.get(), m_enterpriseId);
    page.setPeriod({2026, 12});
    const QString december = m_dir.filePath(u"2026-12.csv"_s);
    QFile wages(december);
    QVERIFY(wages.open(QIODevice::WriteOnly));
    wages.write("姓名,身份证号,应发工资\n张三,11010519491231002X,25000\n");
    wages.close();
    ui::PayrollImportDialog *import = page.importFile(december);
    QVERIFY(import);
    QTest::mouseClick(find<QPushButton>(import, u"importAll"_s), Qt::LeftButton);
    // Computing December from nothing is refused, and the page says why and what to do.
    auto *error = find<QLabel>(&page, u"payrollError"_s);
    QTest::mouseClick(find<QPushButton>(&page, u"computePayroll"_s), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"2026-11"_s) && error->text().contains(u"期初累计"_s), qPrintable(error->text()));
    QCOMPARE(find<QTableWidget>(&page, u"withholdingTable"_s)->rowCount(), 0);

    // 期初累计…: the 扣缴端's figures up to November; then December computes 4,000.00 (see TestPayroll).
    QVERIFY(find<QPushButton>(&page, u"importOpenings"_s)->isEnabled());
    const QString openings = m_dir.filePath(u"openings.csv"_s);
    QFile file(openings);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("姓名,身份证号,累计收入,累计免税收入,累计减除费用,累计专项扣除,累计专项附加扣除,累计其他扣除,累计已预扣预缴税额\n"
               "张三,11010519491231002X,275000,0,55000,0,0,0,27080\n");
    file.close();
    QVERIFY(page.importOpeningsFile(openings));
    QTest::mouseClick(find<QPushButton>(&page, u"computePayroll"_s), Qt::LeftButton);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    auto *results = find<QTableWidget>(&page, u"withholdingTable"_s);
    QCOMPARE(results->item(0, results->columnCount() - 1)->text(), u"4000.00"_s);
    // January has nothing before it to import.
    page.setPeriod({2027, 1});
    QVERIFY(!page.importOpeningsFile(openings));
    QVERIFY(error->text().contains(u"January"_s));
}

void TestPayrollPage::employeesWagesAndOpeningsByHand()
{
    PayrollPage page;
    page.resize(1100, 700);
    page.show();
    page.setEnterprise(m_session.get(), m_enterpriseId);
    page.setPeriod({2027, 3});
    auto *employees = find<QTableWidget>(&page, u"employeeTable"_s);
    const int before = employees->rowCount();

    // The import preview counts only what will be imported and names the person who is not registered.
    const QString csv = m_dir.filePath(u"2027-03.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("姓名,身份证号,应发工资\n张三,11010519491231002X,25000\n李娜,440524188001010014,9000\n");
    file.close();
    ui::PayrollImportDialog *import = page.importFile(csv);
    QVERIFY(import);
    auto *problems = find<QTableWidget>(import, u"importErrors"_s);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
    QVERIFY2(problems->item(0, 2)->text().startsWith(u"李娜"_s), qPrintable(problems->item(0, 2)->text()));
    QVERIFY(find<QLabel>(import, u"importSummary"_s)->text().startsWith(u"Rows ready to import: 1."_s));
    QVERIFY(!find<QPushButton>(import, u"importAll"_s)->isEnabled());
    // 登记员工… opens the employee dialog filled from the file; once saved the file is read again.
    QTest::mouseClick(find<QPushButton>(import, u"registerEmployee"_s), Qt::LeftButton);
    auto *dialog = page.findChild<ui::EmployeeDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(find<QLineEdit>(dialog, u"employeeName"_s)->text(), u"李娜"_s);
    QCOMPARE(find<QLineEdit>(dialog, u"employeeResidentId"_s)->text(), u"440524188001010014"_s);
    find<QDateEdit>(dialog, u"employeeHireDate"_s)->setDate(QDate(2026, 5, 1));
    QTest::mouseClick(find<QPushButton>(dialog, u"saveEmployee"_s), Qt::LeftButton);
    QCOMPARE(problems->rowCount(), 0);
    QVERIFY(find<QPushButton>(import, u"importAll"_s)->isEnabled());
    QTest::mouseClick(find<QPushButton>(import, u"importAll"_s), Qt::LeftButton);
    QCOMPARE(employees->rowCount(), before + 1);

    // Wages typed by hand: a bad amount names the field; the saved income shows in the table.
    page.selectEmployee(u"440524188001010014"_s);
    QVERIFY(find<QPushButton>(&page, u"enterWages"_s)->isEnabled());
    ui::AmountsDialog *wages = page.enterWages();
    QVERIFY(wages);
    QCOMPARE(wages->field(u"income"_s)->text(), u"9000.00"_s); // what the import stored
    wages->field(u"income"_s)->setText(u"9,5000"_s);
    QTest::mouseClick(find<QPushButton>(wages, u"saveAmounts"_s), Qt::LeftButton);
    QVERIFY(wages->isVisible());
    auto *wageError = find<QLabel>(wages, u"amountsError"_s);
    QVERIFY2(wageError->text().contains(u"Income"_s), qPrintable(wageError->text()));
    QTest::keyClick(wages->field(u"income"_s), Qt::Key_Backspace); // fixing the field clears the stale message
    QVERIFY(!wageError->isVisible());
    wages->field(u"income"_s)->setText(u"9500"_s);
    wages->field(u"special_deductions"_s)->setText(u"950.50"_s);
    QTest::mouseClick(find<QPushButton>(wages, u"saveAmounts"_s), Qt::LeftButton);
    QVERIFY(!wages->isVisible());
    const int liRow = [&] {
        for (int r = 0; r < employees->rowCount(); ++r) {
            if (employees->item(r, 1)->text() == u"440524188001010014")
                return r;
        }
        return -1;
    }();
    QVERIFY(liRow >= 0);
    QCOMPARE(employees->item(liRow, employees->columnCount() - 1)->text(), u"9500.00"_s);

    // Opening figures by hand, for the month before the chosen one.
    page.selectEmployee(u"440524188001010014"_s);
    ui::AmountsDialog *opening = page.enterOpening();
    QVERIFY(opening);
    QVERIFY(opening->windowTitle().contains(u"2027-02"_s));
    opening->field(u"income"_s)->setText(u"18000"_s);
    opening->field(u"basic"_s)->setText(u"10000"_s);
    opening->field(u"withheld"_s)->setText(u"-1"_s);
    QTest::mouseClick(find<QPushButton>(opening, u"saveAmounts"_s), Qt::LeftButton);
    QVERIFY(opening->isVisible());
    opening->field(u"withheld"_s)->setText(u"240"_s);
    QTest::mouseClick(find<QPushButton>(opening, u"saveAmounts"_s), Qt::LeftButton);
    QVERIFY(!opening->isVisible());
    QVERIFY2(!find<QLabel>(&page, u"payrollError"_s)->isVisible(), qPrintable(find<QLabel>(&page, u"payrollError"_s)->text()));

    // Change the person; then remove them (no closed month of theirs).
    page.selectEmployee(u"440524188001010014"_s);
    ui::EmployeeDialog *edit = page.editEmployee();
    QVERIFY(edit);
    QVERIFY(find<QLineEdit>(edit, u"employeeName"_s)->isEnabled());
    find<QLineEdit>(edit, u"employeeName"_s)->setText(u"李娜娜"_s);
    QTest::mouseClick(find<QPushButton>(edit, u"saveEmployee"_s), Qt::LeftButton);
    QCOMPARE(employees->item(liRow, 0)->text(), u"李娜娜"_s);
    QVERIFY(page.removeEmployee(u"440524188001010014"_s));
    QCOMPARE(employees->rowCount(), before);

    // Someone on a closed month keeps who they are; the dialog says so before anyone types.
    page.setPeriod({2025, 1});
    page.compute();
    page.closeMonth();
    QCOMPARE(find<QLabel>(&page, u"payrollState"_s)->text(), u"Closed"_s);
    page.selectEmployee(u"11010519491231002X"_s);
    ui::EmployeeDialog *locked = page.editEmployee();
    QVERIFY(locked);
    QVERIFY(!find<QLineEdit>(locked, u"employeeName"_s)->isEnabled());
    locked->reject();
    QVERIFY(!page.removeEmployee(u"11010519491231002X"_s));
    QVERIFY(find<QLabel>(&page, u"payrollError"_s)->text().contains(u"2025-01"_s));
    QCOMPARE(page.enterWages(), nullptr); // a closed month takes no wages
}

QTEST_MAIN(TestPayrollPage)
#include "TestPayrollPage.moc"
