// The 申报 page as a person uses it: generate, type into the official form's cells (with a reason),
// read the checks and jump to their cell, file, see the return become immutable, correct, export.

#include "FindChild.h"
#include "LocalWorkspace.h"
#include "filing/FilingPage.h"

#include "base/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::ui;
using taxbox::test::find;

namespace {

/// Types into the current cell as a person does: the first key opens the editor, which takes the focus
/// and the rest of the keys; Enter commits.
void typeIntoCell(QTableWidget *table, const QString &text)
{
    QTest::keyClick(table, text.at(0).toLatin1());
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

} // namespace

class TestFilingPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_translations = std::make_unique<Translations>();
        QVERIFY(m_translations->install(Language::SimplifiedChinese));
        auto local = test::createLocalWorkspace(m_dir.filePath(u"ws"_s));
        m_session = std::move(local.session);
        m_enterpriseId = local.enterpriseId;
    }

    void fillCheckFileCorrectExport()
    {
        FilingPage page;
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!find<QPushButton>(&page, u"filingFile"_s)->isEnabled());
        page.setEnterprise(m_session.get(), m_enterpriseId);
        // A small-scale enterprise: its VAT form comes first.
        QCOMPARE(page.findChild<QComboBox *>(u"filingForm"_s)->currentData().toString(), u"vat-small"_s);
        page.showReturn(u"vat-small"_s, u"2025Q1"_s);
        QVERIFY(find<QLabel>(&page, u"filingState"_s)->text().contains(u"F5"_s));
        QTest::mouseClick(find<QPushButton>(&page, u"filingGenerate"_s), Qt::LeftButton);
        QVERIFY(page.shown().has_value());
        QCOMPARE(page.shown()->state, u"draft"_s);

        // Type the quarter's exempt sales into line 10 (goods) as a person does: the cell, the keys, Enter.
        find<QLineEdit>(&page, u"filingReason"_s)->setText(u"季度未开票收入"_s);
        auto *main = find<QTableWidget>(&page, u"filingTable_M"_s);
        QVERIFY(page.jumpTo(u"M10.g"_s));
        QCOMPARE(page.currentCell(), u"M10.g"_s);
        typeIntoCell(main, u"200000"_s);
        QTRY_COMPARE(page.shown()->cells().value(u"M17.g"_s).toString(), u"6000.00"_s);
        auto *table = find<QTableWidget>(&page, u"filingTable_M"_s); // rebuilt
        QVERIFY(page.jumpTo(u"M17.g"_s));
        QCOMPARE(table->currentItem()->text(), u"6000.00"_s);
        QVERIFY(!(table->currentItem()->flags() & Qt::ItemIsEditable)); // computed: never typed
        QVERIFY(find<QLabel>(&page, u"filingDetail"_s)->text().contains(u"round(M9.g"_s));
        QCOMPARE(page.shown()->overrides.value(u"M10.g"_s).toObject().value(u"reason"_s).toString(), u"季度未开票收入"_s);

        // A taxable sale on an ordinary invoice within the threshold breaks SS-06; its check jumps to the cell.
        QVERIFY(page.jumpTo(u"M3.g"_s));
        typeIntoCell(find<QTableWidget>(&page, u"filingTable_M"_s), u"1000"_s);
        auto *checks = find<QListWidget>(&page, u"filingChecks"_s);
        QTRY_VERIFY(checks->count() > 0 && checks->item(0)->text().startsWith(u"错误"_s));
        QListWidgetItem *error = nullptr;
        for (int i = 0; i < checks->count(); ++i) {
            if (checks->item(i)->text().contains(u"SS-06"_s))
                error = checks->item(i);
        }
        QVERIFY(error);
        checks->setCurrentItem(error);
        Q_EMIT checks->itemActivated(error);
        QCOMPARE(page.currentCell(), u"M1.g"_s);
        QCOMPARE(page.fileReturn(true).error().code, u"return_has_errors"_s);
        // Clearing the typed value gives the generated one back.
        QVERIFY(page.editCell(u"M3.g"_s, QString(), u"撤销"_s));
        QVERIFY(!page.shown()->hasErrors());

        // Filed: immutable, the buttons say so; a correction is a new draft.
        auto filed = page.fileReturn(true);
        QVERIFY2(filed, qPrintable(filed ? QString() : filed.error().message));
        QVERIFY(find<QLabel>(&page, u"filingState"_s)->text().startsWith(u"已申报"_s));
        QVERIFY(!find<QPushButton>(&page, u"filingFile"_s)->isEnabled());
        QVERIFY(find<QPushButton>(&page, u"filingCorrect"_s)->isEnabled());
        QVERIFY(page.jumpTo(u"M10.g"_s));
        QVERIFY(!(find<QTableWidget>(&page, u"filingTable_M"_s)->currentItem()->flags() & Qt::ItemIsEditable));

        // Exports: a PDF whose text gives the figures back, in Chinese.
        const QString pdf = m_dir.filePath(u"return.pdf"_s);
        QVERIFY(page.exportTo(u"pdf"_s, pdf));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (!pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
            QVERIFY(process.waitForFinished(30000));
            const QString text = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY(text.contains(u"增值税及附加税费申报表（小规模纳税人适用）"_s));
            QVERIFY(text.contains(u"200000.00"_s));
            QVERIFY(text.contains(u"6000.00"_s));
            QVERIFY(text.contains(u"申报辅助底稿"_s));
        }
        QTest::mouseClick(find<QPushButton>(&page, u"filingCorrect"_s), Qt::LeftButton);
        QCOMPARE(page.shown()->revision, 2);
        QCOMPARE(page.shown()->state, u"draft"_s);
        QCOMPARE(page.shown()->cells().value(u"M10.g"_s).toString(), u"200000.00"_s); // the filed override carried
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<auth::Session> m_session;
    QString m_enterpriseId;
};

QTEST_MAIN(TestFilingPage)
#include "TestFilingPage.moc"
