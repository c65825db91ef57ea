#pragma once

#include "ToolPage.h"

#include "invoice/ReceivedInvoices.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace taxbox::auth {
class Session;
}
namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::ui {

/// 用途确认 of one received invoice: deduct in a period, or not, with the reason.
class ConfirmUseDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmUseDialog(const invoice::ReceivedInvoice &received, QWidget *parent = nullptr);
    [[nodiscard]] invoice::DeductionUse use() const;
    [[nodiscard]] QString period() const;
    [[nodiscard]] QString reason() const;
    void showError(const Error &error);

private:
    QRadioButton *m_deduct;
    QRadioButton *m_notDeduct;
    QDateEdit *m_period;
    QLineEdit *m_reason;
    QLabel *m_error;
};

/// A deductible voucher typed by hand: 海关进口增值税专用缴款书, 农产品收购/销售发票, 通行费发票, 旅客运输 tickets.
/// The fields a type does not use are hidden; an error names the field as the dialog labels it.
class VoucherDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VoucherDialog(QWidget *parent = nullptr);
    /// The voucher as typed, or the first problem (shown, its field focused).
    [[nodiscard]] Result<invoice::VoucherInput> voucher();
    void showError(const Error &error);

private:
    void updateFields();
    QComboBox *m_type;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QLineEdit *m_seller;
    QLineEdit *m_sellerCode;
    QLineEdit *m_amount;
    QLabel *m_amountLabel;
    QLineEdit *m_tax;
    QLabel *m_taxLabel;
    QComboBox *m_mode;
    QLabel *m_modeLabel;
    QCheckBox *m_deep;
    QLabel *m_error;
};

/// 进项发票: the invoices the current enterprise received — imported from files, folders or zips (XML, OFD),
/// or registered by scanning their QR code with a barcode gun into the scan field; each checked as 查验
/// checks it; their use confirmed for the VAT return; the ledger filtered by month and use, with totals,
/// exported as CSV or XLSX.
class ReceivedInvoicesPage : public ToolPage
{
    Q_OBJECT
public:
    explicit ReceivedInvoicesPage(QWidget *parent = nullptr);
    ~ReceivedInvoicesPage() override;

    [[nodiscard]] QString title() const override { return tr("Received invoices"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Import and check the invoices suppliers sent (files, folders, zips or a scanner gun) and confirm "
                  "their use for the VAT return.");
    }
    [[nodiscard]] QChar glyph() const override { return u'进'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x5D, 0x40, 0x37); }

    void setEnterprise(auth::Session *session, const QString &enterpriseId);
    /// Imports the files (as the 导入… button does after its file dialog); returns the report.
    Result<invoice::ImportReport> importFiles(const QStringList &paths, bool skipBad);
    /// Registers what a barcode gun typed (as pressing Enter in the scan field does).
    Result<invoice::ReceivedInvoice> registerScan(const QString &payload);
    /// Confirms the use of the invoice on `row` through the dialog (as 确认用途… does).
    void confirmRow(int row);
    /// Registers a voucher through the dialog (as 其他凭证… does).
    void addVoucher();
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void importAskingForTheGoodOnes(const QStringList &paths);
    void report(const Error &error);
    void showImportReport(const invoice::ImportReport &report);

    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<invoice::ReceivedInvoices> m_received;
    QList<invoice::ReceivedInvoice> m_rows;
    QLabel *m_scanLabel;
    QLineEdit *m_scan;
    QPushButton *m_import;
    QPushButton *m_importFolder;
    QPushButton *m_confirm;
    QPushButton *m_addVoucher;
    QPushButton *m_export;
    QLabel *m_monthLabel;
    QLineEdit *m_month;
    QLabel *m_useLabel;
    QComboBox *m_use;
    QTableWidget *m_table;
    QLabel *m_totals;
    QLabel *m_error;
    QLabel *m_notice;
};

} // namespace taxbox::ui
