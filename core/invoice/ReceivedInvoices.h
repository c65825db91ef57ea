#pragma once

#include "base/Result.h"
#include "invoice/InvoiceDocument.h"

#include <QCoreApplication>
#include <QDateTime>

namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::invoice {

/// 用途确认 of a received invoice: not yet decided, deducted (抵扣) in a period, or not deducted with a reason.
enum class DeductionUse { Unconfirmed, Deduct, NotDeduct };
[[nodiscard]] QString useKey(DeductionUse use); ///< unconfirmed | deduct | not_deduct
[[nodiscard]] std::optional<DeductionUse> useFromKey(const QString &key);

/// What kind of deductible voucher: a 数电票 (or any VAT invoice read from its file), or one of the other
/// vouchers entered by hand (海关进口增值税专用缴款书, 农产品收购/销售发票, 通行费发票, 旅客运输 tickets).
enum class VoucherType { Invoice, Customs, Agricultural, Toll, Passenger };
[[nodiscard]] QString voucherKey(VoucherType type); ///< invoice | customs | agricultural | toll | passenger
[[nodiscard]] std::optional<VoucherType> voucherFromKey(const QString &key);

/// An invoice (or voucher) the enterprise received: what it says, how it was checked, and its use.
struct ReceivedInvoice
{
    QString number;
    VoucherType type = VoucherType::Invoice;
    InvoiceDocument document; ///< for invoices: the whole document; for vouchers: the parties, date and totals
    QString source; ///< xml | ofd | pdf | qr | manual | sync
    QString fileName; ///< the file it came from (name only), empty when typed
    QString fileSha256;
    QList<VerificationCheck> checks;
    Money deductibleTax; ///< the input tax it can deduct (the invoice's tax; computed for vouchers)
    DeductionUse use = DeductionUse::Unconfirmed;
    QString usePeriod; ///< YYYY-MM, for Deduct
    QString useReason; ///< for NotDeduct
    QDateTime importedAt;
    QDateTime confirmedAt;
    [[nodiscard]] bool checksPassed() const;
    [[nodiscard]] QJsonObject toJson(bool withDocument = false) const;
};

/// A voucher entered by hand. Amounts as on the voucher; the deductible tax is computed where the rule
/// computes it (农产品: 买价 × 扣除率; 旅客运输: 票价 ÷ (1 + rate) × rate, 财政部 税务总局 海关总署公告2019年第39号).
struct VoucherInput
{
    VoucherType type = VoucherType::Customs;
    QString number; ///< 缴款书号码, the invoice's number, the ticket's number
    QDate date;
    QString sellerName; ///< the payee, the seller or the carrier
    QString sellerCode;
    Money amount; ///< 完税价格 / 买价 / 票价 (including tax for passenger tickets: 票价 + 燃油附加费)
    Money tax; ///< the stated tax (customs, toll); ignored where it is computed
    QString passengerMode; ///< air | rail | road | water (Passenger)
    bool deepProcessing = false; ///< 农产品 for producing 13% goods: 扣除率 10% instead of 9%
    [[nodiscard]] static Result<VoucherInput> fromJson(const QJsonObject &object);
};

struct ReceivedFilter
{
    QString issueMonth; ///< YYYY-MM, empty for all
    std::optional<DeductionUse> use;
    QString usePeriod; ///< deducted in this period
    QString seller; ///< part of the seller's name or credit code
};

/// One file that was not imported, and why (naming the file).
struct ImportProblem
{
    QString file;
    Error error;
};

struct ImportReport
{
    QList<ReceivedInvoice> imported;
    QList<ImportProblem> duplicates; ///< already registered (same number, same content): skipped
    QList<ImportProblem> refused;
    /// Good files left out because others were refused (import them with skipBad).
    int held = 0;
    [[nodiscard]] QJsonObject toJson() const;
};

/// The 进项发票 of one enterprise (store schema v9, table received_invoice): imported from files (XML, OFD,
/// a folder or a zip of them), from a scanned QR code, or typed; checked as 查验 checks them; their use
/// confirmed for the VAT return. Every change is audited.
class ReceivedInvoices
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedInvoices)
public:
    explicit ReceivedInvoices(store::EnterpriseStore &store);

    /// Limits against hostile archives: entries, one entry's size, the whole archive's inflated size.
    static constexpr int kMaxArchiveEntries = 20'000;
    static constexpr qint64 kMaxArchiveBytes = 512LL * 1024 * 1024;

    /// Reads every file (folders and zips expanded), checks each, and imports the good ones in one
    /// transaction — or, unless `skipBad`, none at all when any is refused. Duplicates are skipped.
    [[nodiscard]] Result<ImportReport> importFiles(const QStringList &paths, bool skipBad = false);
    /// Reads one file's bytes (XML or OFD) into a document; errors name what is wrong.
    [[nodiscard]] static Result<InvoiceDocument> readDocument(QByteArrayView bytes);
    /// Registers a document read elsewhere (a scanned QR code gives only its summary).
    [[nodiscard]] Result<ReceivedInvoice> add(const InvoiceDocument &document, const QString &source,
                                              const QString &fileName = {}, const QString &fileSha256 = {});
    [[nodiscard]] Result<ReceivedInvoice> addVoucher(const VoucherInput &voucher);
    /// Registers an invoice a supplier on the sync server issued to this enterprise (the server checked the
    /// seller's device signature and number range before routing it here). Returns the number, or nothing
    /// when it was registered already (it arrived before, or its file was imported first). Runs inside the
    /// caller's transaction (the sync's, which moves the change cursor past it).
    [[nodiscard]] Result<std::optional<QString>> addFromSync(const QJsonObject &payload);

    [[nodiscard]] Result<QList<ReceivedInvoice>> list(const ReceivedFilter &filter = {}) const;
    [[nodiscard]] Result<ReceivedInvoice> find(const QString &number) const;
    /// 用途确认: deduct in `period` (YYYY-MM, not before the invoice's month) or not, with a reason.
    [[nodiscard]] Result<ReceivedInvoice> confirm(const QString &number, DeductionUse use, const QString &period,
                                                  const QString &reason);
    /// Takes a wrongly registered invoice off the ledger (a mistyped voucher, the wrong code scanned), with
    /// the reason in the audit log. One whose deduction is confirmed is refused (`deducted`): confirm it as
    /// not deducted first, so a period's input tax never changes silently.
    [[nodiscard]] Result<void> remove(const QString &number, const QString &reason);
    /// Writes the ledger (as listed) to a CSV or XLSX file, Chinese headings.
    [[nodiscard]] static Result<void> exportTo(const QList<ReceivedInvoice> &invoices, const QString &path);

private:
    [[nodiscard]] Result<ReceivedInvoice> insert(ReceivedInvoice received);
    [[nodiscard]] Result<ReceivedInvoice> prepare(const InvoiceDocument &document, const QString &source, const QString &fileName,
                                                  const QString &fileSha256) const;
    store::EnterpriseStore &m_store;
    mutable QString m_ownCreditCode; ///< the enterprise's, read once
};

} // namespace taxbox::invoice
