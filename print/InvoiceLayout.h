#pragma once

#include "base/Result.h"
#include "invoice/InvoiceBook.h"

#include <QCoreApplication>
#include <QPointF>

class QPainter;
class QPagedPaintDevice;

namespace taxbox::print {

/// The paper form of a 数电票 as the tax bureau's files show it (210 × 140 mm, 595 × 397 pt): the title, the QR
/// code and number/date, buyer and seller boxes, the item table with its totals, 价税合计 in words and
/// figures, remarks and the drawer. Painted in millimetres, so the same code makes the PDF file, the
/// print preview and the printout (shifted by a per-printer calibration offset). Every label and generated
/// text is Chinese whatever the interface language: the form is a legal document.
class InvoiceLayout
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceLayout)
public:
    static constexpr double kWidthMm = 210.0;
    static constexpr double kHeightMm = 140.0;

    /// Paints `issued` on `painter`, whose device has the given resolution, moved by `offsetMm`.
    static void paint(QPainter &painter, const invoice::IssuedInvoice &issued, double dotsPerInch, QPointF offsetMm = {});
    /// Writes a one-page PDF of the invoice's size.
    [[nodiscard]] static Result<void> writePdf(const invoice::IssuedInvoice &issued, const QString &path);
};

} // namespace taxbox::print
