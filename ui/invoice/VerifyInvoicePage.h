#pragma once

#include "ToolPage.h"

#include "invoice/InvoiceFile.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace taxbox::ui {

/// 查验发票: checks an invoice file received from anyone, without opening a workspace — a Taxbox XML
/// file (canonical form, the device's signature, the server's number range, the number, the arithmetic)
/// or any 数电票 XML or OFD a supplier sent (structure, number, arithmetic, amount in words, red reference,
/// and what cannot be checked offline) — or a QR code a barcode gun types into the scan field. Each check
/// says what failed. Available when locked and in kiosk mode.
class VerifyInvoicePage : public ToolPage
{
    Q_OBJECT
public:
    explicit VerifyInvoicePage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override { return tr("Verify an invoice"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Check an invoice: a supplier's XML or OFD file, a scanned QR code, or a Taxbox file's signatures; "
                  "a changed byte is found.");
    }
    [[nodiscard]] QChar glyph() const override { return u'验'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x00, 0x69, 0x5C); }

    /// Verifies the file and shows every check; returns the result.
    invoice::Verification verifyFile(const QString &path);
    /// Checks a scanned QR payload (as Enter in the scan field does): kind, number, total, date and check code.
    invoice::Verification verifyPayload(const QString &payload);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showVerification(const invoice::Verification &verification);

    QLineEdit *m_serverKey;
    QLineEdit *m_scan;
    QLabel *m_scanLabel;
    QLabel *m_unchecked;
    QPushButton *m_open;
    QLabel *m_verdict;
    QLabel *m_summary;
    QTableWidget *m_checks;
    QLabel *m_serverKeyLabel;
    std::optional<invoice::Verification> m_last;
};

} // namespace taxbox::ui
