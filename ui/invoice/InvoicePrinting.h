#pragma once

#include "invoice/InvoiceBook.h"

#include <QCoreApplication>
#include <QImage>
#include <QPointF>

class QWidget;

namespace taxbox::ui {

/// Printing invoices: a preview of the 数电票 form, the print dialog with its preview, and a millimetre
/// offset per printer (pre-printed paper and printers that feed a little off), kept in the settings.
class InvoicePrinting
{
    Q_DECLARE_TR_FUNCTIONS(InvoicePrinting)
public:
    [[nodiscard]] static QImage render(const invoice::IssuedInvoice &issued, int dotsPerInch);
    /// The offset saved for `printer` (0, 0 when none).
    [[nodiscard]] static QPointF offset(const QString &printer);
    static void setOffset(const QString &printer, QPointF offsetMm);
    /// A window showing the invoice as it prints.
    static void preview(QWidget *parent, const invoice::IssuedInvoice &issued);
    /// The print preview dialog (choose the printer, see the page, set its offset, print).
    static void print(QWidget *parent, const invoice::IssuedInvoice &issued);
};

} // namespace taxbox::ui
