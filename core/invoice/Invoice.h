#pragma once

#include "base/Result.h"
#include "invoice/InvoiceArithmetic.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace taxbox::invoice {

/// 发票种类: 数电票 special (增值税专用发票, QR kind 31) or ordinary (普通发票, QR kind 32).
enum class InvoiceKind { Special, Ordinary };

[[nodiscard]] QString kindKey(InvoiceKind kind); ///< "special" | "ordinary"
[[nodiscard]] Result<InvoiceKind> kindFromKey(const QString &key);

/// 销售方 or 购买方. A buyer may be an individual (ordinary invoices only), without a credit code.
struct Party
{
    QString name;
    QString creditCode; ///< 统一社会信用代码/纳税人识别号; empty for an individual
    QString address;
    QString phone;
    QString bank;
    QString bankAccount;
    bool individual = false;

    [[nodiscard]] QJsonObject toJson() const;
    /// Reads user input (trimmed, credit code upper-cased) or, with `exact`, issued content as signed.
    [[nodiscard]] static Party fromJson(const QJsonObject &object, bool exact = false);
};

/// What the user fills in before issuing: everything but the number, the seller (from the enterprise
/// profile), the time and the signature.
struct InvoiceDraft
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDraft)
public:
    InvoiceKind kind = InvoiceKind::Ordinary;
    Party buyer;
    QList<LineInput> lines;
    QString remarks; ///< 备注
    QString drawer; ///< 开票人

    /// Reads the JSON of docs/cli.md ("kind", "buyer", "lines", "remarks", "drawer"); unknown keys are
    /// refused, errors name the field ("lines[2].rate").
    [[nodiscard]] static Result<InvoiceDraft> fromJson(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJson() const;
    /// Checks what the arithmetic does not: the buyer (name; a valid credit code unless an individual,
    /// and individuals only on ordinary invoices), the drawer, and every text field (checkInvoiceText).
    [[nodiscard]] Result<void> checkParties() const;
};

/// The longest text each field may hold, in characters (code points), so that it fits its place on the
/// printed form. Taxbox's limits: the tax bureau publishes none in the sources we have (docs/invoicing.md).
struct InvoiceTextLimits
{
    static constexpr int kName = 100; ///< 名称 of a party, 项目名称
    static constexpr int kAddress = 100;
    static constexpr int kPhone = 40;
    static constexpr int kBank = 100;
    static constexpr int kBankAccount = 50;
    static constexpr int kSpecification = 40;
    static constexpr int kUnit = 20;
    static constexpr int kShortName = 40;
    static constexpr int kRemarks = 230;
    static constexpr int kDrawer = 20;
};

/// Refuses text that would make a legal document say something other than what it shows: control
/// characters (a line break only where `multiline`), bidirectional overrides and isolates (U+202A–E,
/// U+2066–9, U+200E/F, U+061C: "U+202E" turns 付款 text around), invisible characters (zero-width
/// spaces and joiners, U+2060, U+FEFF), unpaired surrogates and non-characters; and text longer than
/// `maxLength` characters. `label` is the field as the form names it; `field` the key errors carry.
[[nodiscard]] Result<void> checkInvoiceText(const QString &text, const QString &field, const QString &label, int maxLength,
                                            bool multiline = false);
/// The text fields of one line (1-based `index`, 0 for a product): name, short name, specification, unit.
[[nodiscard]] Result<void> checkLineText(const LineInput &line, int index);

/// A red-letter invoice's reference to what it reverses.
struct RedReference
{
    QString blueNumber; ///< the blue invoice
    QString confirmationId; ///< the 红字确认单
};

/// An issued invoice (blue or red): immutable once signed. `content()` is the canonical JSON the
/// device's Ed25519 key signs (QJsonObject keeps keys sorted, so the compact form is canonical).
struct Invoice
{
    Q_DECLARE_TR_FUNCTIONS(Invoice)
public:
    QString number; ///< 20-digit 数电票 number
    InvoiceKind kind = InvoiceKind::Ordinary;
    QDateTime issuedAt; ///< China time (UTC+8)
    Party seller;
    Party buyer;
    QList<Line> lines;
    Totals totals;
    QString remarks;
    QString drawer;
    std::optional<RedReference> red;
    QString deviceId;
    QString rangeId;
    /// The seller's taxpayer kind when issued ("general" | "small", EnterpriseProfile), printed in the
    /// XML's TaxpayerType; empty on invoices issued before Taxbox recorded it.
    QString sellerTaxpayer;

    [[nodiscard]] bool isRed() const { return red.has_value(); }
    [[nodiscard]] QDate issueDate() const { return issuedAt.date(); }

    [[nodiscard]] QJsonObject content() const;
    /// content() as compact JSON (what is signed, stored and queued), written directly: the same bytes
    /// as QJsonDocument(content()).toJson(Compact), several times faster.
    [[nodiscard]] QByteArray compactContent() const;
    [[nodiscard]] static Result<Invoice> fromContent(const QJsonObject &content);
    /// The bytes the device signs: a domain line, then the compact canonical content.
    [[nodiscard]] QByteArray signingBytes() const;
    /// The same from the content's compact JSON, when the caller has it already.
    [[nodiscard]] static QByteArray signingBytes(QByteArrayView compactContent);
    /// The QR payload of tax-rules.md §12: 01,<31|32>,,<number>,<价税合计>,<YYYYMMDD>,,<CRC>
    /// (数电票 are checked (查验) by the total including tax).
    [[nodiscard]] QString qrPayload() const;
};

/// The check field of the QR payload: CRC-16/UMTS (also CRC-16/BUYPASS: polynomial 0x8005, initial value
/// 0, no reflection, no final XOR) over the payload up to and including the comma before it, four
/// upper-case hex digits — what genuine 数电票 carry (invoice-format.md: "…,20260619,,300A").
[[nodiscard]] QString qrCheck(QByteArrayView payloadWithoutCheck);
/// The check Taxbox wrote before 2026-12 (CRC-16/CCITT-FALSE), kept to verify files of that form
/// (Version taxbox-1, docs/invoicing.md).
[[nodiscard]] QString legacyQrCheck(QByteArrayView payloadWithoutCheck);

/// The signature that makes an issued invoice checkable by anyone: the device's Ed25519 signature over
/// Invoice::signingBytes(), and the server's grant (which names the device, its public key, the seller
/// and the number range) with the server's signature and public key.
struct InvoiceSignature
{
    QByteArray signature; ///< Ed25519 over signingBytes(), raw 64 bytes
    QJsonObject grant; ///< the number range grant as the server signed it
    QByteArray grantSignature; ///< raw 64 bytes
    QByteArray serverKey; ///< raw 32 bytes
    [[nodiscard]] QByteArray deviceKey() const;
};

/// Today in China (UTC+8): invoices are dated in China time, whatever the computer's time zone.
[[nodiscard]] QDate chinaToday();

/// The sign of money on a red invoice: 价税合计 in words with （负数） for a negative total.
[[nodiscard]] Result<QString> totalInWords(Money total);

/// Sums lines (red invoices have negative ones) into totals; a blue invoice's total must be positive,
/// a red one's negative.
[[nodiscard]] Result<Totals> totalsOf(const QList<Line> &lines, bool red);

} // namespace taxbox::invoice
