#pragma once

#include "base/Result.h"
#include "invoice/InvoiceDocument.h"

namespace taxbox::invoice {

/// What a 数电票 PDF carries for a reader: its QR code (the page rendered, the code decoded) and its
/// text layer (in reading order of the page).
struct PdfLayers
{
    QString qrPayload; ///< empty when the page has no readable QR code
    QString text;
};

/// Renders and reads the first page of a PDF (poppler-cpp, zxing-cpp). Errors: too_large, format (not a
/// readable PDF, or encrypted).
[[nodiscard]] Result<PdfLayers> readPdfLayers(QByteArrayView bytes);

/// Reads a supplier's invoice PDF as far as a PDF can be read: kind, number, date, the parties' names and
/// credit codes, 合计金额/税额, 价税合计 in figures and words from the text layer, and the QR code — which
/// checkDocument() then compares with the text (a PDF whose printed total was changed no longer matches
/// its code). Item lines are not read from a PDF (their columns are not reliably separable); the XML or
/// OFD file gives them. Errors: those of readPdfLayers, not_invoice (neither a QR code nor an invoice
/// number).
[[nodiscard]] Result<InvoiceDocument> readPdfInvoice(QByteArrayView bytes);

} // namespace taxbox::invoice
