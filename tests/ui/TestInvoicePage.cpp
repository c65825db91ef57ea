// Drives the invoice pages through their widgets: fill the issuing form from the keyboard, see the
// live totals and a field error, issue with Ctrl+Return, find the invoice in the ledger and export it,
// complete a remembered buyer, verify the exported file (and a changed one), and the printer offset.
#include "../core/InvoiceFixtures.h"
#include "FindChild.h"
#include "LocalWorkspace.h"
#include "invoice/InvoicePage.h"
#include "invoice/InvoicePrinting.h"
#include "invoice/VerifyInvoicePage.h"

#include "auth/Workspace.h"
#include "base/Translations.h"
#include "invoice/InvoiceFile.h"
#include "invoice/ReceivedInvoicesPage.h"
#include "payroll/Spreadsheet.h"
#include "rules/RulePack.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using taxbox::test::find;
using namespace taxbox;

namespace {

/// Types like a person: Latin characters as key presses, Chinese as the input method commits it.
void type(QWidget *widget, const QString &text)
{
    QString latin;
    const auto flush = [&] {
        if (!latin.isEmpty())
            QTest::keyClicks(widget, latin);
        latin.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            latin += c;
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flush();
}

/// Types `text` into a cell the way a person does: go to the cell, F2, type, Enter.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    // Once a completion popup has been shown, the offscreen platform may leave the window inactive,
    // and an editor opened in an inactive window does not get the focus: activate it, as a click would.
    if (!table->window()->isActiveWindow()) {
        QApplication::setActiveWindow(table->window());
        QVERIFY(QTest::qWaitForWindowActive(table->window()));
    }
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    type(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's text in a queued call
    QCOMPARE(table->item(row, column)->text(), text);
}

} // namespace

class TestInvoicePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void issueFromTheKeyboard();
    void verifyPageFindsWhatChanged();
    void printerOffsetIsKeptPerPrinter();
    void withoutNumbersThePageSaysSoFirst();
    void redLetterWithABuyerOutsideTheServer();
    void lineErrorsNameTheLineAndColumnAndRatesReadAsTyped();
    void receivedInvoicesFromFilesAndAScannerGun();
    void verifyPageReadsSuppliersFilesAndScans();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<auth::Session> m_session;
    QString m_enterpriseId;
    testing::LocalServer m_server;
    QString m_xml;
};

void TestInvoicePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"TaxboxTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->install(Language::English));
    auto local = test::createLocalWorkspace(m_dir.filePath(u"ws"_s));
    m_session = std::move(local.session);
    m_enterpriseId = local.enterpriseId;
    auto store = m_session->openEnterprise(m_enterpriseId);
    QVERIFY(store);
    QVERIFY(testing::grantLocally(**store, m_server, 1, 50));
}

void TestInvoicePage::issueFromTheKeyboard()
{
    ui::InvoicePage page;
    page.resize(1200, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.setEnterprise(m_session.get(), m_enterpriseId);
    auto *issue = find<QPushButton>(&page, u"issueInvoice"_s);
    QVERIFY(!issue->isEnabled());
    QCOMPARE(find<QLineEdit>(&page, u"drawer"_s)->text(), u"王会计"_s);

    // Tab follows the screen: 类型, 自然人 beside it, then the buyer's fields row by row.
    {
        QStringList order;
        QWidget *widget = find<QWidget>(&page, u"invoiceKind"_s);
        for (int i = 0; i < 4; ++i) {
            order.append(widget->objectName());
            widget = widget->nextInFocusChain();
            while (widget && widget->focusPolicy() == Qt::NoFocus)
                widget = widget->nextInFocusChain();
        }
        QCOMPARE(order, (QStringList{u"invoiceKind"_s, u"buyerIndividual"_s, u"buyerName"_s, u"buyerCode"_s}));
    }
    auto *buyerName = find<QLineEdit>(&page, u"buyerName"_s);
    buyerName->setFocus();
    type(buyerName, u"北京朝阳科技有限公司"_s);
    auto *buyerCode = find<QLineEdit>(&page, u"buyerCode"_s);
    buyerCode->setFocus();
    QTest::keyClicks(buyerCode, u"91110108551385082X"_s); // one character wrong

    auto *lines = find<QTableWidget>(&page, u"invoiceLines"_s);
    typeInCell(lines, 0, 0, u"软件维护"_s);
    typeInCell(lines, 0, 1, u"信息技术服务"_s);
    typeInCell(lines, 0, 5, u"2"_s);
    typeInCell(lines, 0, 6, u"318"_s); // including tax (the default), at 6%
    typeInCell(lines, 0, 8, u"6%"_s);
    // The wrong credit code is named, and the invoice cannot be issued.
    auto *error = find<QLabel>(&page, u"invoiceError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"credit code"_s), qPrintable(error->text()));
    QVERIFY(!issue->isEnabled());

    buyerCode->setFocus();
    QTest::keyClick(buyerCode, Qt::Key_Backspace);
    QTest::keyClicks(buyerCode, u"Q"_s);
    // A second line added with Insert: a laptop, 1,130.00 including 13%.
    QTest::keyClick(lines, Qt::Key_Insert);
    QCOMPARE(lines->rowCount(), 2);
    typeInCell(lines, 1, 0, u"笔记本电脑"_s);
    typeInCell(lines, 1, 7, u"1130"_s);
    // Live totals: 636.00 → 600.00 + 36.00; 1130.00 → 1000.00 + 130.00.
    auto *totals = find<QLabel>(&page, u"invoiceTotals"_s);
    QVERIFY2(totals->text().contains(u"1,766.00"_s), qPrintable(totals->text() + u' ' + error->text()));
    QVERIFY(totals->text().contains(u"壹仟柒佰陆拾陆圆整"_s));
    QVERIFY(issue->isEnabled());
    // 金额 is never blank: the line given by quantity and price shows what it comes to.
    QCOMPARE(lines->item(0, 7)->text(), u"636.00"_s);

    QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
    auto *ledger = find<QTableWidget>(&page, u"ledger"_s);
    QCOMPARE(ledger->rowCount(), 1);
    const QString number = ledger->item(0, 0)->text();
    QCOMPARE(number.size(), 20);
    QCOMPARE(ledger->item(0, 6)->text(), u"1,766.00"_s);
    QCOMPARE(ledger->item(0, 7)->text(), u"Issued"_s);
    // The form is ready for the next invoice: one empty line, the buyer kept — and not red: it says what was
    // issued and offers the next steps.
    QCOMPARE(lines->rowCount(), 1);
    QVERIFY(lines->item(0, 0)->text().isEmpty());
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QVERIFY(find<QWidget>(&page, u"issuedBanner"_s)->isVisible());
    QVERIFY(find<QLabel>(&page, u"issuedText"_s)->text().contains(number));
    for (const QString &name : {u"issuedPreview"_s, u"issuedPrint"_s, u"issuedSavePdf"_s, u"issuedSaveXml"_s})
        QVERIFY(find<QPushButton>(&page, name)->isVisible());
    for (const QString &file : {u"just-issued.pdf"_s, u"just-issued.xml"_s}) {
        QVERIFY(page.saveInvoice(number, m_dir.filePath(file)));
        QVERIFY(QFileInfo(m_dir.filePath(file)).size() > 500);
    }
    QVERIFY(!find<QWidget>(&page, u"numbersBanner"_s)->isVisible()); // 49 numbers left

    // Remembered: the buyer completes, the product fills a line.
    buyerName->clear();
    buyerCode->clear();
    page.chooseCustomer(u"北京朝阳科技有限公司"_s);
    QCOMPARE(buyerCode->text(), u"91110108551385082Q"_s);
    // A remembered product by its pinyin initials: the completion lists it, Enter adds its line.
    auto *product = find<QLineEdit>(&page, u"productSearch"_s);
    product->setFocus();
    QTest::keyClicks(product, u"bjb"_s);
    QCOMPARE(product->completer()->model()->rowCount(), 1);
    QCOMPARE(product->completer()->model()->index(0, 0).data().toString(), u"笔记本电脑"_s);
    QTest::keyClick(product, Qt::Key_Return);
    QCOMPARE(lines->item(0, 0)->text(), u"笔记本电脑"_s);
    QVERIFY(product->text().isEmpty());
    QCOMPARE(lines->item(0, 8)->text(), u"13%"_s);

    // The official code table, imported once for the workspace, fills a line's code, short name and rate.
    const QString codes = m_dir.filePath(u"codes.csv"_s);
    {
        QFile csv(codes);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(
            "编码,货物和劳务名称,商品和服务分类简称,增值税税率,是否汇总项\n3040200000000000000,信息技术服务,信息技术服务,6%,Y\n"
            "3040201000000000000,软件服务,信息技术服务,6%,N\n");
    }
    QVERIFY(page.importTaxCodes(codes));
    QTest::keyClick(lines, Qt::Key_Insert);
    auto *codeSearch = find<QLineEdit>(&page, u"taxCodeSearch"_s);
    codeSearch->setFocus();
    QTest::keyClicks(codeSearch, u"xxjs"_s);
    QTest::keyClick(codeSearch, Qt::Key_Return);
    const int coded = lines->rowCount() - 1;
    QCOMPARE(lines->item(coded, 2)->text(), u"3040201000000000000"_s);
    QCOMPARE(lines->item(coded, 1)->text(), u"信息技术服务"_s);
    QCOMPARE(lines->item(coded, 8)->text(), u"6%"_s);
    QCOMPARE(lines->item(coded, 0)->text(), u"软件服务"_s);
    // The summary code (汇总项) above it, typed by hand, is refused before issuing, and the form says why.
    typeInCell(lines, 0, 7, u"1130"_s);
    typeInCell(lines, coded, 7, u"106"_s);
    QVERIFY2(issue->isEnabled(), qPrintable(error->text()));
    typeInCell(lines, coded, 2, u"3040200000000000000"_s);
    QVERIFY(!issue->isEnabled());
    QVERIFY2(error->text().contains(u"summary code"_s), qPrintable(error->text()));
    typeInCell(lines, coded, 2, u"3040201000000000000"_s);
    QVERIFY(issue->isEnabled());

    // The buyers and products tab lists what was remembered; a cell edited is saved, a wrong credit
    // code is refused with the reason, and a list imports all or nothing.
    auto *customers = find<QTableWidget>(&page, u"customers"_s);
    QCOMPARE(customers->rowCount(), 1);
    QCOMPARE(customers->item(0, 0)->text(), u"北京朝阳科技有限公司"_s);
    customers->item(0, 3)->setText(u"010-88886666"_s);
    QCOMPARE(customers->item(0, 3)->text(), u"010-88886666"_s); // refreshed from the store
    customers->item(0, 1)->setText(u"91110108551385082X"_s);
    QVERIFY(error->text().contains(u"credit code"_s));
    QCOMPARE(customers->item(0, 1)->text(), u"91110108551385082Q"_s); // unchanged
    QCOMPARE(find<QTableWidget>(&page, u"products"_s)->rowCount(), 2);
    const QString list = m_dir.filePath(u"buyers.csv"_s);
    {
        QFile csv(list);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("名称,统一社会信用代码,自然人\n张三,,是\n坏公司,123,否\n");
    }
    QVERIFY(!page.importListFile(true, list));
    QCOMPARE(customers->rowCount(), 1);
    {
        QFile csv(list);
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write("名称,统一社会信用代码,自然人\n张三,,是\n");
    }
    QVERIFY(page.importListFile(true, list));
    QCOMPARE(customers->rowCount(), 2);

    // The ledger exports to a workbook with the row.
    const QString workbook = m_dir.filePath(u"ledger.xlsx"_s);
    QVERIFY(page.exportLedger(workbook));
    auto table = payroll::Spreadsheet::read(workbook);
    QVERIFY(table);
    QCOMPARE(table->size(), 2);
    QCOMPARE(table->at(1).at(0), number);

    // The issued invoice, written as the page writes it, for the verifier.
    auto store = m_session->openEnterprise(m_enterpriseId);
    invoice::InvoiceBook book(**store, **rules::RulePack::inForce());
    auto issued = book.find(number);
    QVERIFY(issued);
    // An invoice issued elsewhere (another window, the CLI) shows when the page is shown again.
    QVERIFY(book.issue(testing::sampleDraft(u"100.00"_s)));
    const int before = ledger->rowCount();
    page.hide();
    page.show();
    QCOMPARE(ledger->rowCount(), before + 1);
    m_xml = m_dir.filePath(u"invoice.xml"_s);
    QFile file(m_xml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(invoice::InvoiceFile::toXml(*issued));
}

void TestInvoicePage::verifyPageFindsWhatChanged()
{
    QVERIFY(!m_xml.isEmpty());
    ui::VerifyInvoicePage page;
    page.show();
    // Without a trusted server key the file is intact and consistent, but "genuine" is never said: the
    // issuer was not confirmed, and the words say so (no command-line flag in them).
    auto *verdict = find<QLabel>(&page, u"verdict"_s);
    QVERIFY(page.verifyFile(m_xml).valid());
    QVERIFY2(!verdict->text().contains(u"genuine"_s) && verdict->text().contains(u"not confirmed"_s),
             qPrintable(verdict->text()));
    for (int r = 0; r < find<QTableWidget>(&page, u"checks"_s)->rowCount(); ++r)
        QVERIFY(!find<QTableWidget>(&page, u"checks"_s)->item(r, 2)->text().contains(u"--"_s));
    // A damaged PDF is said to be unreadable, naming the PDF.
    const QString pdf = m_dir.filePath(u"invoice-for-verify.pdf"_s);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::WriteOnly));
    pdfFile.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
    pdfFile.close();
    QVERIFY(!page.verifyFile(pdf).valid());
    QVERIFY2(find<QTableWidget>(&page, u"checks"_s)->item(0, 2)->text().contains(u"PDF"_s),
             qPrintable(find<QTableWidget>(&page, u"checks"_s)->item(0, 2)->text()));
    // With the issuing server's key: genuine.
    find<QLineEdit>(&page, u"serverKey"_s)->setText(QString::fromLatin1(m_server.publicKey().toBase64()));
    QVERIFY(page.verifyFile(m_xml).valid());
    QVERIFY(verdict->text().contains(u"genuine"_s));
    auto *checks = find<QTableWidget>(&page, u"checks"_s);
    QCOMPARE(checks->rowCount(), 5);
    for (int r = 0; r < 5; ++r)
        QCOMPARE(checks->item(r, 0)->text(), u"✔"_s);

    QFile file(m_xml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes.replace("北京朝阳", "北京海淀");
    const QString changed = m_dir.filePath(u"changed.xml"_s);
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QVERIFY(!page.verifyFile(changed).valid());
    QVERIFY(find<QLabel>(&page, u"verdict"_s)->text().contains(u"does not hold"_s));
    QCOMPARE(checks->item(0, 0)->text(), u"✘"_s);
    QCOMPARE(checks->item(1, 0)->text(), u"✔"_s);
}

void TestInvoicePage::printerOffsetIsKeptPerPrinter()
{
    // What the preview and the printer get: the form painted, title and QR code where they belong.
    auto store = m_session->openEnterprise(m_enterpriseId);
    invoice::InvoiceBook book(**store, **rules::RulePack::inForce());
    auto issued = book.find(invoice::InvoiceFile::fromXml([&] {
                                QFile file(m_xml);
                                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                            }())
                                ->invoice.number);
    QVERIFY(issued);
    const QImage page = ui::InvoicePrinting::render(*issued, 100);
    QCOMPARE(page.size(), QSize(827, 551)); // 210 × 140 mm at 100 dpi
    const auto darkIn = [&](const QRect &area) {
        int dark = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                dark += qGray(page.pixel(x, y)) < 128;
        return dark;
    };
    QVERIFY(darkIn(QRect(40, 16, 87, 87)) > 1500); // the QR code, top left
    QVERIFY(darkIn(QRect(600, 300, 300, 40)) > 0); // figures in the item table
    QCOMPARE(darkIn(QRect(0, 0, 30, 30)), 0); // the margin stays white

    QCOMPARE(ui::InvoicePrinting::offset(u"HP LaserJet/Office 2"_s), QPointF());
    ui::InvoicePrinting::setOffset(u"HP LaserJet/Office 2"_s, QPointF(1.5, -2.0));
    QCOMPARE(ui::InvoicePrinting::offset(u"HP LaserJet/Office 2"_s), QPointF(1.5, -2.0));
    QCOMPARE(ui::InvoicePrinting::offset(u"Epson LQ-630K"_s), QPointF());
}

void TestInvoicePage::withoutNumbersThePageSaysSoFirst()
{
    // A second enterprise, never synced: no numbers. The page says so before anyone types, and where to go.
    EnterpriseProfile profile;
    profile.name = u"北京朝阳科技有限公司"_s;
    profile.creditCode = u"91110108551385082Q"_s;
    profile.region = u"110100"_s;
    auto created = m_session->createEnterprise(profile);
    QVERIFY(created);
    ui::InvoicePage page;
    page.resize(1200, 760);
    page.show();
    page.setEnterprise(m_session.get(), created->id);
    QCOMPARE(page.numbersLeft(), 0);
    QVERIFY(find<QWidget>(&page, u"numbersBanner"_s)->isVisible());
    QVERIFY2(find<QLabel>(&page, u"numbersText"_s)->text().contains(u"no invoice numbers yet"_s),
             qPrintable(find<QLabel>(&page, u"numbersText"_s)->text()));
    QSignalSpy go(&page, &ui::InvoicePage::syncRequested);
    QTest::mouseClick(find<QPushButton>(&page, u"goToSync"_s), Qt::LeftButton);
    QCOMPARE(go.size(), 1);
    QVERIFY(!find<QPushButton>(&page, u"issueInvoice"_s)->isEnabled());
}

void TestInvoicePage::redLetterWithABuyerOutsideTheServer()
{
    ui::InvoicePage page;
    page.resize(1200, 760);
    page.show();
    page.setEnterprise(m_session.get(), m_enterpriseId);
    auto *ledger = find<QTableWidget>(&page, u"ledger"_s);
    QVERIFY(ledger->rowCount() > 0);
    ledger->selectRow(0);
    ui::RedRequestDialog *dialog = page.requestRed();
    QVERIFY(dialog && dialog->isVisible());
    // One dialog: reason, amount, and how the buyer confirms. Recorded from the 电子税务局: its number.
    find<QLineEdit>(dialog, u"redAmount"_s)->setText(u"10.00"_s);
    find<QRadioButton>(dialog, u"redConfirmedElsewhere"_s)->setChecked(true);
    find<QLineEdit>(dialog, u"redConfirmationNumber"_s)->setText(u"4401"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"submitRed"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(find<QLabel>(dialog, u"redError"_s)->text().contains(u"20 digits"_s),
             qPrintable(find<QLabel>(dialog, u"redError"_s)->text()));
    find<QLineEdit>(dialog, u"redConfirmationNumber"_s)->setText(u"44011224120000012345"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"submitRed"_s), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    auto *red = find<QTableWidget>(&page, u"redConfirmations"_s);
    QCOMPARE(red->rowCount(), 1);
    QCOMPARE(red->item(0, 4)->text(), u"Confirmed"_s); // ready for the red invoice, nobody to wait for
    auto store = m_session->openEnterprise(m_enterpriseId);
    invoice::InvoiceBook book(**store, **rules::RulePack::inForce());
    QCOMPARE(book.redConfirmations()->constFirst().confirmationNumber, u"44011224120000012345"_s);
}

void TestInvoicePage::lineErrorsNameTheLineAndColumnAndRatesReadAsTyped()
{
    ui::InvoicePage page;
    page.resize(1200, 760);
    page.show();
    page.setEnterprise(m_session.get(), m_enterpriseId);
    find<QLineEdit>(&page, u"buyerName"_s)->setText(u"北京朝阳科技有限公司"_s);
    find<QLineEdit>(&page, u"buyerCode"_s)->setText(u"91110108551385082Q"_s);
    auto *lines = find<QTableWidget>(&page, u"invoiceLines"_s);
    lines->item(0, 0)->setText(u"咨询服务"_s);
    lines->item(0, 7)->setText(u"106"_s);
    lines->item(0, 8)->setText(u"130%"_s);
    auto *error = find<QLabel>(&page, u"invoiceError"_s);
    // The line and the column as the form shows them, never a JSON path.
    QVERIFY2(error->text().startsWith(u"Line 1, rate"_s) && !error->text().contains(u"lines["_s), qPrintable(error->text()));
    for (const QString &typed : {u"6"_s, u"6%"_s, u"0.06"_s}) {
        lines->item(0, 8)->setText(typed);
        QVERIFY2(find<QLabel>(&page, u"invoiceTotals"_s)->text().contains(u"Tax 6.00"_s),
                 qPrintable(typed + u": "_s + find<QLabel>(&page, u"invoiceTotals"_s)->text() + error->text()));
    }
}

void TestInvoicePage::receivedInvoicesFromFilesAndAScannerGun()
{
    auto store = m_session->openEnterprise(m_enterpriseId);
    QVERIFY(store);
    const QString ours = (*store)->profile()->creditCode;
    store->reset();
    // The genuine sample as a supplier's invoice to this enterprise, and a file that is not an invoice.
    QFile sample(QStringLiteral(TAXBOX_SOURCE_DIR "/tests/data/invoices/shudianpiao-genuine-gd-2024.xml"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray bytes = sample.readAll();
    bytes.replace("<BuyerIdNum>012345678901234567</BuyerIdNum>", "<BuyerIdNum>" + ours.toLatin1() + "</BuyerIdNum>");
    QDir(m_dir.path()).mkpath(u"inbox"_s);
    for (const auto &[name, content] : {std::pair{u"supplier.xml"_s, bytes}, std::pair{u"notes.xml"_s, QByteArray("<notes/>")}}) {
        QFile file(m_dir.filePath(u"inbox/"_s + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    ui::ReceivedInvoicesPage page;
    page.resize(1200, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.setEnterprise(m_session.get(), m_enterpriseId);
    auto *table = find<QTableWidget>(&page, u"receivedTable"_s);
    QCOMPARE(table->rowCount(), 0);
    // One bad file: nothing imported, the page names the file and why.
    auto held = page.importFiles({m_dir.filePath(u"inbox"_s)}, false);
    QVERIFY(held && held->held == 1 && held->imported.isEmpty());
    auto *notice = find<QLabel>(&page, u"receivedNotice"_s);
    QVERIFY2(notice->isVisible() && notice->text().contains(u"notes.xml"_s), qPrintable(notice->text()));
    QCOMPARE(table->rowCount(), 0);
    // The good one, as the page's question offers.
    QVERIFY(page.importFiles({m_dir.filePath(u"inbox"_s)}, true));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"24442000000036916313"_s);
    QCOMPARE(table->item(0, 8)->text(), u"✔"_s);

    // A barcode gun: the payload and Enter into the scan field; the field is cleared for the next one.
    auto *scan = find<QLineEdit>(&page, u"scanPayload"_s);
    scan->setFocus();
    QTest::keyClicks(scan, u"01,31,,24312000000358032546,633.00,20241118,,16C0"_s);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(scan->text().isEmpty());
    // A mistyped one is refused with the reason, and stays for correcting.
    QTest::keyClicks(scan, u"01,31,,24312000000358032546,683.00,20241118,,16C0"_s);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(table->rowCount(), 2);
    auto *error = find<QLabel>(&page, u"receivedError"_s);
    QVERIFY2(error->isVisible() && error->text().contains(u"16C0"_s), qPrintable(error->text()));
    QVERIFY(!scan->text().isEmpty());

    // 用途确认 through the dialog: deduct the supplier's invoice in 2024-02.
    const int row = table->item(0, 0)->text() == u"24442000000036916313" ? 0 : 1;
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ui::ConfirmUseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        find<QRadioButton>(dialog, u"deduct"_s)->setChecked(true);
        find<QDateEdit>(dialog, u"period"_s)->setDate(QDate(2024, 2, 1));
        dialog->accept();
    });
    page.confirmRow(row);
    const int after = table->item(0, 0)->text() == u"24442000000036916313" ? 0 : 1;
    QVERIFY2(table->item(after, 7)->text().contains(u"2024-02"_s), qPrintable(table->item(after, 7)->text()));
    QVERIFY(find<QLabel>(&page, u"receivedTotals"_s)->text().contains(u"158.42"_s));

    // A passenger ticket typed in 其他凭证…: first without the seller (refused, naming it, the dialog stays),
    // then complete: 1,090.00 by air gives 90.00 of input tax.
    const int before = table->rowCount();
    int attempts = 0;
    std::function<void()> fill = [&] {
        auto *dialog = qobject_cast<ui::VoucherDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *type = find<QComboBox>(dialog, u"voucherType"_s);
        type->setCurrentIndex(type->findData(u"passenger"_s));
        QVERIFY(!find<QLineEdit>(dialog, u"voucherTax"_s)->isVisibleTo(dialog));
        find<QLineEdit>(dialog, u"voucherNumber"_s)->setText(u"7812345678901"_s);
        find<QDateEdit>(dialog, u"voucherDate"_s)->setDate(QDate(2026, 11, 20));
        find<QLineEdit>(dialog, u"voucherAmount"_s)->setText(u"1,090.00"_s);
        if (++attempts == 1) {
            QTimer::singleShot(0, this, fill);
            dialog->accept(); // no seller yet
            return;
        }
        auto *voucherError = find<QLabel>(dialog, u"voucherError"_s);
        QVERIFY2(voucherError->isVisibleTo(dialog) && voucherError->text().contains(u"seller"_s),
                 qPrintable(voucherError->text()));
        find<QLineEdit>(dialog, u"voucherSeller"_s)->setText(u"中国东方航空股份有限公司"_s);
        dialog->accept();
    };
    QTimer::singleShot(0, this, fill);
    page.addVoucher();
    QCOMPARE(attempts, 2);
    QCOMPARE(table->rowCount(), before + 1);
    QVERIFY2(find<QLabel>(&page, u"receivedTotals"_s)->text().contains(u"248.42"_s),
             qPrintable(find<QLabel>(&page, u"receivedTotals"_s)->text())); // 158.42 + 90.00
}

void TestInvoicePage::verifyPageReadsSuppliersFilesAndScans()
{
    ui::VerifyInvoicePage page;
    page.show();
    auto *verdict = find<QLabel>(&page, u"verdict"_s);
    // A supplier's genuine file: what can be checked holds, and what cannot is said.
    const auto verification
        = page.verifyFile(QStringLiteral(TAXBOX_SOURCE_DIR "/tests/data/invoices/shudianpiao-genuine-gd-2024.xml"));
    QVERIFY(verification.valid());
    QVERIFY2(verdict->text().contains(u"can be checked here"_s), qPrintable(verdict->text()));
    QVERIFY(find<QLabel>(&page, u"notChecked"_s)->text().contains(u"SM2"_s));
    QVERIFY(find<QLabel>(&page, u"verifiedInvoice"_s)->text().contains(u"24442000000036916313"_s));
    // A scanned code.
    auto *scan = find<QLineEdit>(&page, u"scanPayload"_s);
    scan->setFocus();
    QTest::keyClicks(scan, u"01,32,,26447000001243494438,285.92,20260619,,300A"_s);
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY2(verdict->text().contains(u"can be checked here"_s), qPrintable(verdict->text()));
    QVERIFY(find<QLabel>(&page, u"verifiedInvoice"_s)->text().contains(u"285.92"_s));
    scan->clear();
    QTest::keyClicks(scan, u"01,32,,26447000001243494438,285.92,20260619,,300B"_s);
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY(verdict->text().contains(u"does not hold"_s));
}

QTEST_MAIN(TestInvoicePage)
#include "TestInvoicePage.moc"
