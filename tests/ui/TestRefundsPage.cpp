// The 便捷退税 page as an accountant uses it: the overpayment typed into the payments table, a missing field
// named as the column says, prepare, file, the office's answers arriving (as a sync brings them) with the
// statutory clock, withdrawal with a reason, the 《退(抵)税申请表》 on paper read back by pdftotext; the export
// register refusing a bad line by its column's name.

#include "FindChild.h"
#include "LocalWorkspace.h"
#include "refund/RefundsPage.h"

#include "auth/Workspace.h"
#include "refund/RefundApplications.h"
#include "store/EnterpriseStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::ui;
using taxbox::test::find;

namespace {

/// Types into a cell as a person does: the first key opens the editor, the rest go to it, Enter commits.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    QTest::keyClick(table, text.at(0).toLatin1());
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

class TestRefundsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto local = test::createLocalWorkspace(m_dir.filePath(u"ws"_s));
        m_session = std::move(local.session);
        m_enterpriseId = local.enterpriseId;
    }

    void overpaymentPreparedFiledAnsweredAndWithdrawn()
    {
        RefundsPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setEnterprise(m_session.get(), m_enterpriseId);
        // It fits the main window's first size (980 wide): opening it never widens the window.
        QVERIFY2(page.minimumSizeHint().width() <= 900, qPrintable(QString::number(page.minimumSizeHint().width())));
        auto *kind = find<QComboBox>(&page, u"refundKind"_s);
        kind->setCurrentIndex(kind->findData(u"overpayment"_s));
        auto *period = find<QLineEdit>(&page, u"refundPeriod"_s);
        period->clear();
        QTest::keyClicks(period, u"2026-12"_s);

        QTest::mouseClick(find<QPushButton>(&page, u"refundAddPayment"_s), Qt::LeftButton);
        auto *payments = find<QTableWidget>(&page, u"refundPayments"_s);
        QCOMPARE(payments->rowCount(), 1);
        payments->setItem(0, 0, new QTableWidgetItem(u"印花税"_s)); // keyClicks cannot type ideographs
        typeIntoCell(payments, 0, 2, u"2026Q2"_s);
        typeIntoCell(payments, 0, 4, u"2026-07-10"_s);
        typeIntoCell(payments, 0, 5, u"5000"_s);
        typeIntoCell(payments, 0, 6, u"0"_s);
        find<QLineEdit>(&page, u"refundReason"_s)->setText(u"重复缴纳"_s);
        // The voucher number is missing: named as the column is headed, nothing prepared.
        QTest::mouseClick(find<QPushButton>(&page, u"refundPrepare"_s), Qt::LeftButton);
        auto *error = find<QLabel>(&page, u"refundError"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Payment 1: Tax voucher number is required."_s);
        QCOMPARE(payments->horizontalHeaderItem(3)->text(), u"Tax voucher number"_s);
        auto *list = find<QTableWidget>(&page, u"refundList"_s);
        QCOMPARE(list->rowCount(), 0);

        typeIntoCell(payments, 0, 3, u"335016260000012345"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"refundPrepare"_s), Qt::LeftButton);
        QVERIFY(!error->isVisible());
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 2)->text(), u"5000.00"_s);
        QCOMPARE(list->item(0, 3)->text(), u"Draft (草稿)"_s);
        QVERIFY(find<QTextBrowser>(&page, u"refundDetails"_s)
                    ->toPlainText()
                    .contains(u"Refund = Σ (amount paid − amount due) = 5000.00"_s));
        auto *file = find<QPushButton>(&page, u"refundFile"_s);
        QVERIFY(file->isEnabled());
        QTest::mouseClick(file, Qt::LeftButton);
        QCOMPARE(list->item(0, 3)->text(), u"Submitted (已提交)"_s);
        QCOMPARE(list->item(0, 5)->text(), u"Waiting to sync"_s);
        QVERIFY(list->item(0, 4)->text().startsWith(u"Day 0 of 30"_s));
        QVERIFY(!file->isEnabled());

        // The office accepts it (as the sync brings the answer): the list shows it, the clock still runs.
        const QString id = page.selectedId();
        {
            auto store = m_session->openEnterprise(m_enterpriseId);
            QVERIFY(store);
            refund::RefundApplications applications(**store);
            QVERIFY(applications.receiveStatus({{u"id"_s, id},
                                                {u"state"_s, u"accepted"_s},
                                                {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                                {u"by"_s, u"福州市鼓楼区税务局"_s},
                                                {u"document"_s, u"闽税受〔2026〕7号"_s}}));
        }
        page.refresh();
        QCOMPARE(list->item(0, 3)->text(), u"Accepted (已受理)"_s);
        QVERIFY(find<QTextBrowser>(&page, u"refundDetails"_s)->toPlainText().contains(u"闽税受〔2026〕7号"_s));

        // On paper, in Chinese, read back by poppler.
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (!pdftotext.isEmpty()) {
            const QString pdf = m_dir.filePath(u"application.pdf"_s);
            QVERIFY(page.exportSelected(u"pdf"_s, pdf));
            QProcess reader;
            reader.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
            QVERIFY(reader.waitForFinished(60000));
            const QString text = QString::fromUtf8(reader.readAllStandardOutput());
            for (const QString &expected :
                 {u"退(抵)税申请表"_s, u"误收退税"_s, u"原完税情况"_s, u"335016260000012345"_s, u"5000.00"_s})
                QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
        }

        // Withdrawn only with a reason.
        auto *withdraw = find<QPushButton>(&page, u"refundWithdraw"_s);
        QVERIFY(withdraw->isEnabled());
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QCOMPARE(error->text(), u"Say why the application is withdrawn."_s);
        QTest::keyClicks(find<QLineEdit>(&page, u"refundWithdrawReason"_s), u"offset against tax owed"_s);
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QCOMPARE(list->item(0, 3)->text(), u"Withdrawn (已撤回)"_s);
        QVERIFY(!withdraw->isEnabled());
    }

    void exportRegisterRefusesABadLine()
    {
        RefundsPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setEnterprise(m_session.get(), m_enterpriseId);
        auto *kind = find<QComboBox>(&page, u"refundKind"_s);
        kind->setCurrentIndex(kind->findData(u"export_declaration"_s));
        auto *period = find<QLineEdit>(&page, u"refundPeriod"_s);
        period->setText(u"2026-05"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"refundAddExport"_s), Qt::LeftButton);
        auto *table = find<QTableWidget>(&page, u"refundRegister"_s);
        typeIntoCell(table, 0, 0, u"350120260000123456001"_s);
        typeIntoCell(table, 0, 1, u"2026-05-10"_s);
        typeIntoCell(table, 0, 2, u"8471"_s); // too short
        table->setItem(0, 3, new QTableWidgetItem(u"便携式计算机"_s));
        typeIntoCell(table, 0, 7, u"100000"_s);
        typeIntoCell(table, 0, 8, u"7.1"_s);
        typeIntoCell(table, 0, 9, u"EX20260501"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"refundSaveRegister"_s), Qt::LeftButton);
        auto *error = find<QLabel>(&page, u"refundError"_s);
        QVERIFY2(error->text().startsWith(u"Export 1: HS code"_s), qPrintable(error->text()));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), u"HS code"_s);
        typeIntoCell(table, 0, 2, u"8471300000"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"refundSaveRegister"_s), Qt::LeftButton);
        QVERIFY(!error->isVisible());
        // Back from another month, the register is read from the store.
        period->setText(u"2026-04"_s);
        QMetaObject::invokeMethod(period, "editingFinished");
        QCOMPARE(table->rowCount(), 0);
        period->setText(u"2026-05"_s);
        QMetaObject::invokeMethod(period, "editingFinished");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 7)->text(), u"100000.00"_s);
        // Prepared without the month's VAT return: the check says to file it first, and filing is refused.
        QTest::mouseClick(find<QPushButton>(&page, u"refundPrepare"_s), Qt::LeftButton);
        QVERIFY(
            find<QTextBrowser>(&page, u"refundDetails"_s)->toPlainText().contains(u"File the VAT return for 2026-05 first"_s));
        QVERIFY(!find<QPushButton>(&page, u"refundFile"_s)->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<auth::Session> m_session;
    QString m_enterpriseId;
};

QTEST_MAIN(TestRefundsPage)
#include "TestRefundsPage.moc"
