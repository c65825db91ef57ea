#pragma once

#include "base/Result.h"
#include "invoice/Invoice.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

#include <optional>

namespace taxbox::invoice {

/// One line as a 数电票 file states it. Figures are kept as written (a rate may be 免税 or 不征税, a
/// quantity or price may have many decimals); amounts are exact.
struct DocumentLine
{
    QString name; ///< *简称*名称
    QString specification;
    QString unit;
    QString quantity; ///< as written; empty on discount lines and services without quantity
    QString unitPrice; ///< without tax, as written
    Money amount;
    QString rate; ///< "0.13", "0.03", or a word (免税, 不征税) as written
    Money tax;
    std::optional<Money> total; ///< TotaltaxIncludedAmount when the file gives it
    QString taxCode;
};

/// What any 数电票 says — read from a genuine file a supplier sent (XML, OFD, a PDF's text layer or
/// its QR code) or made from a Taxbox invoice. The reader of outside files: it trusts nothing in them.
struct InvoiceDocument
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)
public:
    enum class Source { Xml, Ofd, Pdf, Qr };

    Source source = Source::Xml;
    QString number;
    InvoiceKind kind = InvoiceKind::Ordinary;
    bool red = false;
    QDate issueDate;
    QString requestTime; ///< as written (YYYY-MM-DD HH:MM:SS)
    Party seller;
    Party buyer;
    QList<DocumentLine> lines;
    Money amount; ///< 合计金额
    Money tax; ///< 合计税额
    Money total; ///< 价税合计
    QString totalInWords;
    QString remarks;
    QString drawer;
    QString blueNumber; ///< a red invoice's blue one
    QString creditNoteNumber; ///< a red invoice's 红字确认单
    QString taxBureauCode;
    QString taxBureauName;
    QString version; ///< Header/Version
    QString qrPayload; ///< the QR code's text, when the source had one

    [[nodiscard]] static InvoiceDocument of(const Invoice &invoice);
    /// The whole document as JSON (snake_case, amounts as text), for the CLI and the store.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<InvoiceDocument> fromJson(const QJsonObject &object);
    [[nodiscard]] QString sourceKey() const; ///< xml | ofd | pdf | qr
};

/// The most a reader accepts of an outside file: far more than any real invoice (a few KiB to
/// a few hundred KiB with its fonts), far less than what would exhaust memory.
inline constexpr qsizetype kMaxInvoiceFileBytes = 8 * 1024 * 1024;
/// Reads at most `limit` + 1 bytes from `device` in small steps (a caller sees more than `limit` as "too
/// large"): never one allocation of the limit's size for a file of a few kilobytes.
[[nodiscard]] QByteArray readAtMost(QIODevice &device, qsizetype limit = kMaxInvoiceFileBytes);

/// Lines more than this are refused (real invoices have at most a few hundred).
inline constexpr int kMaxDocumentLines = 2000;

/// Reads a 数电票 XML file as genuine files are written (invoice-format.md): root EInvoice,
/// Header/InherentLabel, EInvoiceData, TaxSupervisionInfo. Errors: not_invoice (well-formed XML that is
/// no 数电票), format (malformed, or a required element missing — named as the invoice shows it).
[[nodiscard]] Result<InvoiceDocument> readEInvoiceXml(QByteArrayView bytes);

/// A 数电票 QR payload: 01,<31|32>,,<number>,<价税合计>,<YYYYMMDD>,,<check>.
struct QrPayload
{
    Q_DECLARE_TR_FUNCTIONS(QrPayload)
public:
    QString text;
    InvoiceKind kind = InvoiceKind::Ordinary;
    QString number;
    Money total;
    QDate date;
    QString check;
    [[nodiscard]] bool checkMatches() const; ///< the CRC-16/UMTS check code agrees with the rest
    /// Parses what a barcode gun typed (white space and a trailing line break ignored). Errors name what
    /// is wrong (not_qr_payload).
    [[nodiscard]] static Result<QrPayload> parse(QStringView text);
};

/// One check of a verification: format, signature, grant (Taxbox files); structure, number, arithmetic,
/// words, red, qr (any invoice).
struct VerificationCheck
{
    QString name;
    bool passed = false;
    QString message;
};

/// What can be checked offline about an outside invoice: its structure, number, arithmetic (lines,
/// totals, quantity × price, tax at the rate), 价税合计 in words, a red invoice's reference, and the QR
/// payload against the content when there is one. What cannot — the tax bureau's signature and
/// whether the invoice exists and is still valid — is in `uncheckableOffline()`.
[[nodiscard]] QList<VerificationCheck> checkDocument(const InvoiceDocument &document);
/// The QR payload against a document: kind, number, total and date, and the check code.
[[nodiscard]] VerificationCheck checkQrAgainst(const QrPayload &qr, const InvoiceDocument &document);
/// The plain words for what no offline check can establish.
[[nodiscard]] QStringList uncheckableOffline();

} // namespace taxbox::invoice
