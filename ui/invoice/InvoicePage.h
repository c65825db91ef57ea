#pragma once

#include "ToolPage.h"

#include "invoice/InvoiceBook.h"
#include "invoice/TaxCodeCatalogue.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace taxbox::auth {
class Session;
}
namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::ui {

/// 红字确认单 for a blue invoice in one dialog: the reason, the amount to reverse (all that remains when
/// empty), and how the buyer confirms — through this server when it uses it too, or already confirmed on
/// the 电子税务局 (its 20-digit number recorded); an individual buyer confirms nothing.
class RedRequestDialog : public QDialog
{
    Q_OBJECT
public:
    RedRequestDialog(const invoice::Invoice &blue, QWidget *parent = nullptr);
    /// The request as typed, or the first problem (shown, its field marked).
    [[nodiscard]] Result<invoice::RedRequest> request();
    void showError(const Error &error);
    [[nodiscard]] const QString &blueNumber() const { return m_blueNumber; }

private:
    QString m_blueNumber;
    QComboBox *m_reason;
    QLineEdit *m_amount;
    QRadioButton *m_throughServer;
    QRadioButton *m_elsewhere;
    QLineEdit *m_number;
    QLabel *m_error;
};

/// 开具发票: the issuing form (keyboard-only: Tab through the fields, Insert adds a line, Ctrl+Return
/// issues; buyers and products complete from what was used before; totals live as you type), the
/// ledger (filters, totals by rate and month, XLSX export, XML and PDF files, print with a preview
/// and a per-printer offset), and the 红字确认单 of the current enterprise.
class InvoicePage : public ToolPage
{
    Q_OBJECT
public:
    explicit InvoicePage(QWidget *parent = nullptr);
    ~InvoicePage() override;

    [[nodiscard]] QString title() const override { return tr("Invoices"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Issue fully digitalised e-invoices offline, the ledger, red-letter invoices, XML and PDF files, "
                  "printing.");
    }
    [[nodiscard]] QChar glyph() const override { return u'票'; }
    [[nodiscard]] QColor accent() const override { return QColor(0xB7, 0x1C, 0x1C); }

    void setEnterprise(auth::Session *session, const QString &enterpriseId);

    /// The form as a draft (what issue() would issue); errors name the line and the field.
    [[nodiscard]] Result<invoice::InvoiceDraft> draft() const;
    /// Issues the form's invoice; on success the form is cleared for the next one (the buyer stays)
    /// and the buyer and products are remembered.
    Result<invoice::IssuedInvoice> issue();
    void addLine();
    /// Fills the buyer from a remembered customer (by name).
    void chooseCustomer(const QString &name);
    /// Appends a line from a remembered product (by name).
    void chooseProduct(const QString &name);
    /// Puts a tax classification code (with its short name and usual rate) on the current line.
    void chooseTaxCode(const QString &code);
    /// Imports the official tax classification code table for the whole workspace.
    [[nodiscard]] bool importTaxCodes(const QString &path);
    void refreshLedger();
    [[nodiscard]] bool exportLedger(const QString &path, QString *error = nullptr);
    /// Reads a customer (or product) list file into the store: all rows or, with errors, none.
    [[nodiscard]] bool importListFile(bool customers, const QString &path);
    /// The selected ledger row's number, or empty.
    [[nodiscard]] QString selectedNumber() const;
    void printInvoice(const QString &number);
    void previewInvoice(const QString &number);
    /// Saves the invoice with `number` as PDF or XML (by the suffix of `path`); false with the reason shown.
    bool saveInvoice(const QString &number, const QString &path);
    /// 红字确认单 for the selected ledger invoice: one dialog (reason, amount, and how the buyer confirms).
    RedRequestDialog *requestRed();
    /// Unused invoice numbers this device holds now (0 when none were granted, or the workspace was
    /// restored or copied); the form says so before anyone types.
    [[nodiscard]] qint64 numbersLeft() const { return m_numbersLeft; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// 前往数据同步: the numbers come from there.
    void syncRequested();

protected:
    void changeEvent(QEvent *event) override;
    /// Coming back to the page shows what a sync brought meanwhile (red-letter answers, new invoices).
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateTotals();
    void refreshCompletions();
    void refreshRed();
    void refreshLists();
    /// A cell of the customer or product list was edited: save that row (or show why not).
    void saveListRow(bool customers, int row);
    void importList(bool customers);
    void exportList(bool customers);
    void removeFromList(bool customers);
    void report(const Error &error);
    void exportFile(const QString &format);
    void decideRed(bool confirm);
    void refreshNumbers();
    void showIssued(const invoice::IssuedInvoice &issued);
    void issueRed();
    void clearLines();
    [[nodiscard]] Result<invoice::IssuedInvoice> selectedInvoice();
    /// The invoice with this number, or nothing (a failure to read it is reported).
    [[nodiscard]] std::optional<invoice::IssuedInvoice> invoiceNumbered(const QString &number);

    const rules::RulePack *m_pack = nullptr;
    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<invoice::InvoiceBook> m_book;
    QString m_userName;
    QString m_workspaceDirectory;
    invoice::TaxCodeCatalogue m_taxCodes;
    QList<std::pair<QString, QString>> m_customerEntries; ///< name, credit code
    QList<std::pair<QString, QString>> m_productEntries; ///< name, tax classification code

    QTabWidget *m_tabs;
    // Above the form: whether this device can issue (numbers), and the invoice just issued.
    QWidget *m_numbersBanner;
    QLabel *m_numbersText;
    QPushButton *m_goToSync;
    QWidget *m_issuedBanner;
    QLabel *m_issuedText;
    QString m_lastIssued;
    qint64 m_numbersLeft = 0;
    // Issuing form
    QComboBox *m_kind;
    QLineEdit *m_buyerName;
    QLineEdit *m_buyerCode;
    QLineEdit *m_buyerAddress;
    QLineEdit *m_buyerPhone;
    QLineEdit *m_buyerBank;
    QLineEdit *m_buyerAccount;
    QCheckBox *m_individual;
    QLineEdit *m_product;
    QLineEdit *m_taxCodeSearch;
    QPushButton *m_importCodes;
    QTableWidget *m_lines;
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    QPlainTextEdit *m_remarks;
    QLineEdit *m_drawer;
    QLabel *m_totals;
    QLabel *m_error;
    QPushButton *m_issue;
    QLabel *m_formLabels[10] = {};
    // Ledger
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_ledgerBuyer;
    QLineEdit *m_ledgerNumber;
    QComboBox *m_status;
    QTableWidget *m_ledger;
    QTableWidget *m_rateTotals;
    QPushButton *m_exportLedger;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_exportXml;
    QPushButton *m_exportPdf;
    QPushButton *m_redRequest;
    // Customers and products
    QTableWidget *m_customers;
    QTableWidget *m_products;
    QPushButton *m_listButtons[6] = {}; ///< import, export, remove — customers then products
    QLabel *m_listLabels[2] = {};
    // Red-letter
    QTableWidget *m_red;
    QPushButton *m_confirmRed;
    QPushButton *m_refuseRed;
    QPushButton *m_issueRed;
};

} // namespace taxbox::ui
