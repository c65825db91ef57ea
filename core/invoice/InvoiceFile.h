#pragma once

#include "base/Result.h"
#include "invoice/InvoiceBook.h"

#include <QCoreApplication>

#include <optional>

namespace taxbox::rules {
class RulePack;
}

namespace taxbox::invoice {

/// The XML file of an issued invoice, with the structure of the 数电票 file (EInvoice, Header,
/// EInvoiceData with SellerInformation, BuyerInformation, BasicInformation, IssuItemInformation…,
/// TaxSupervisionInfo) and a Signature element holding the device's signature, the server's number
/// range grant, the grant's signature and the server's key. The form is canonical: the verifier writes
/// the parsed invoice again and requires the same bytes, so any changed byte is found.
class InvoiceFile
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceFile)
public:
    [[nodiscard]] static QByteArray toXml(const IssuedInvoice &issued);
    /// Writes toXml() to `path` atomically; the error names the file.
    [[nodiscard]] static Result<void> save(const IssuedInvoice &issued, const QString &path);
    [[nodiscard]] static Result<IssuedInvoice> fromXml(QByteArrayView xml);
    /// toXml with the given QR payload (the verifier rewrites a file with its own payload to check the form).
    [[nodiscard]] static QByteArray writeXml(const IssuedInvoice &issued, const QString &qrPayload);
};

/// One check of a verification.
struct VerificationCheck
{
    QString name; ///< format | signature | grant | number | arithmetic | qr
    bool passed = false;
    QString message;
};

struct Verification
{
    QList<VerificationCheck> checks;
    std::optional<IssuedInvoice> invoice;
    /// The number range is signed by a server key the caller trusts (not only the key inside the file):
    /// only then is the issuer confirmed. A valid file without it is intact and self-consistent, and
    /// says so — never "genuine".
    bool issuerConfirmed = false;
    [[nodiscard]] bool valid() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// Verifies an invoice file with no workspace: the canonical form, the device's signature (with the
/// key the grant names), the server's signature on the grant (with `trustedServerKey` when given,
/// otherwise the key in the file, whose fingerprint is reported), that the grant covers the number,
/// the seller and the device, the number's form, the arithmetic against the rule pack and the QR
/// payload against the content.
/// True for a PDF (the printable layout): it carries no signature to check; the XML file is what is verified.
[[nodiscard]] bool isPdf(QByteArrayView bytes);

[[nodiscard]] Verification verifyInvoiceFile(QByteArrayView xml, const rules::RulePack &pack,
                                             const std::optional<QByteArray> &trustedServerKey = {});

} // namespace taxbox::invoice
