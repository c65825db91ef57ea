#pragma once

#include "base/Result.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceDocument.h"

namespace taxbox::invoice {

/// The OFD file (GB/T 33190, the fixed-layout format 数电票 are delivered in beside PDF and XML) of an
/// issued invoice: a zip of OFD.xml → Doc_0/Document.xml → one page of text objects laid out as the
/// paper form (210 × 140 mm), and the invoice's fields in a CustomTag (Doc_0/Tags/CustomTag.xml,
/// ofd:eInvoice) whose elements — InvoiceNo, IssueDate, BuyerName, BuyerTaxID, SellerName, SellerTaxID,
/// TaxExclusiveTotalAmount, TaxTotalAmount, TaxInclusiveTotalAmount, Note, InvoiceClerk and per line Item,
/// Specification, MeasurementDimension, Quantity, Price, Amount, TaxScheme, TaxAmount — point to the
/// page's text objects, as genuine invoices' do and readers such as invoice-ofd2json read them.
/// All text is Chinese: the file is the legal document.
[[nodiscard]] QByteArray toOfd(const IssuedInvoice &issued);
/// Writes toOfd() to `path` atomically; the error names the file.
[[nodiscard]] Result<void> saveOfd(const IssuedInvoice &issued, const QString &path);

/// True when the bytes are a zip with an OFD.xml (checked by the zip's first entry name only).
[[nodiscard]] bool isOfd(QByteArrayView bytes);
/// Reads an invoice's OFD file through its CustomTag, as genuine ones are read. Errors: not_invoice
/// (an OFD without an invoice tag), format (damaged, or a required field missing), too_large.
[[nodiscard]] Result<InvoiceDocument> readOfd(QByteArrayView bytes);

} // namespace taxbox::invoice
