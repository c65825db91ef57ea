#pragma once

#include "ToolPage.h"

#include "invoice/InvoiceFile.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace taxbox::ui {

/// 查验发票: checks an invoice XML file received from anyone, without opening a workspace: canonical
/// form, the device's signature, the server's number range, the number, the arithmetic and the QR
/// payload, each with what failed. Available when locked and in kiosk mode.
class VerifyInvoicePage : public ToolPage
{
    Q_OBJECT
public:
    explicit VerifyInvoicePage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override { return tr("Verify an invoice"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Check an invoice file: signatures, number range, arithmetic and QR code; a changed byte is found.");
    }
    [[nodiscard]] QChar glyph() const override { return u'验'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x00, 0x69, 0x5C); }

    /// Verifies the file and shows every check; returns the result.
    invoice::Verification verifyFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showVerification(const invoice::Verification &verification);

    QLineEdit *m_serverKey;
    QPushButton *m_open;
    QLabel *m_verdict;
    QLabel *m_summary;
    QTableWidget *m_checks;
    QLabel *m_serverKeyLabel;
    std::optional<invoice::Verification> m_last;
};

} // namespace taxbox::ui
