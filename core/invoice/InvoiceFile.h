#pragma once

#include "base/Result.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceDocument.h"

#include <QCoreApplication>

#include <optional>

namespace taxbox::rules {
class RulePack;
}

namespace taxbox::invoice {

/// The tax bureau a seller's invoices belong to (TaxSupervisionInfo): 国家税务总局福建省税务局,
/// 13500000000; a 计划单列市's own bureau (国家税务总局深圳市税务局, 14403000000) when the seller is there.
struct TaxBureau
{
    QString code;
    QString name;
};
[[nodiscard]] TaxBureau taxBureauOf(const Invoice &invoice);

/// The XML file of an issued invoice, as genuine 数电票 files are (invoice-format.md; Version 0.32):
/// Header with InherentLabel, EInvoiceData, TaxSupervisionInfo — and, after them, a TaxboxSeal element
/// that readers of the standard structure skip: the signed content (everything above is written from
/// it), the device's signature, the server's grant with its signature and key. The form is canonical:
/// the verifier writes the sealed content again and requires the same bytes, so any changed byte of
/// the file is found.
///
/// Files written before 2026-12 (Header/Version taxbox-1, a Signature element, QRCode with a
/// CRC-16/CCITT-FALSE check) are still read and verified in their own form (legacyXml).
class InvoiceFile
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceFile)
public:
    [[nodiscard]] static QByteArray toXml(const IssuedInvoice &issued);
    /// Writes toXml() to `path` atomically; the error names the file.
    [[nodiscard]] static Result<void> save(const IssuedInvoice &issued, const QString &path);
    /// Reads a Taxbox file of either form. Error "not_taxbox" when the file carries no Taxbox seal (a
    /// genuine file from a supplier: read it with readEInvoiceXml).
    [[nodiscard]] static Result<IssuedInvoice> fromXml(QByteArrayView xml);
    /// True when the file is of the form written before 2026-12 (Version taxbox-1).
    [[nodiscard]] static bool isLegacy(QByteArrayView xml);
    /// The form written before 2026-12, with the given QR payload (to check such files).
    [[nodiscard]] static QByteArray legacyXml(const IssuedInvoice &issued, const QString &qrPayload);
};

struct Verification
{
    QList<VerificationCheck> checks;
    /// What the file says, whoever wrote it.
    std::optional<InvoiceDocument> document;
    /// A Taxbox file: the invoice as sealed.
    std::optional<IssuedInvoice> invoice;
    /// The number range is signed by a server key the caller trusts (not only the key inside the file):
    /// only then is the issuer confirmed. A valid file without it is intact and self-consistent, and
    /// says so — never "genuine".
    bool issuerConfirmed = false;
    /// What no offline check can establish (uncheckableOffline()), for files Taxbox did not seal.
    QStringList unchecked;
    [[nodiscard]] bool valid() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// True for a PDF.
[[nodiscard]] bool isPdf(QByteArrayView bytes);

/// Verifies an invoice file with no workspace.
/// A Taxbox file: the canonical form, the device's signature (with the key the grant names), the
/// server's signature on the grant (with `trustedServerKey` when given, otherwise the key in the file,
/// whose fingerprint is reported), that the grant covers the number, the seller and the device, the
/// number's form, the arithmetic against the rule pack (and, for the old form, its QR payload).
/// Any other 数电票 XML file: what checkDocument() checks offline, and `unchecked` says what it cannot.
[[nodiscard]] Verification verifyInvoiceFile(QByteArrayView xml, const rules::RulePack &pack,
                                             const std::optional<QByteArray> &trustedServerKey = {});
/// Any invoice file: a PDF (its QR code and text layer), an OFD, or XML (verifyInvoiceFile).
[[nodiscard]] Verification verifyAnyInvoiceFile(QByteArrayView bytes, const rules::RulePack &pack,
                                                const std::optional<QByteArray> &trustedServerKey = {});
/// Verifies what a file says when it is no XML (an OFD, a PDF's text or QR, a scanned QR payload).
[[nodiscard]] Verification verifyDocument(const InvoiceDocument &document);

} // namespace taxbox::invoice
