#pragma once

#include "base/Result.h"
#include "enterprise/EnterpriseProfile.h"
#include "invoice/Invoice.h"
#include "payroll/Payroll.h"
#include "sync/SyncLedger.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace taxbox::store {
class EnterpriseStore;
}
namespace taxbox::rules {
class RulePack;
}

namespace taxbox::invoice {

class TaxCodeCatalogue;

/// An issued invoice with what makes it checkable.
struct IssuedInvoice
{
    Invoice invoice;
    InvoiceSignature signature;
    /// Why the invoice is void (its number was already used by another invoice the server holds); empty
    /// for a valid invoice. A void invoice is never exported, printed or counted.
    QString voidReason = {};
};

/// The state of a blue invoice in the ledger.
enum class InvoiceStatus { Issued, PartlyReversed, Reversed, Red, Voided };
[[nodiscard]] QString statusKey(InvoiceStatus status); ///< issued | partly_reversed | reversed | red | voided

/// One row of the ledger (台账).
struct LedgerRow
{
    QString number;
    InvoiceKind kind = InvoiceKind::Ordinary;
    QDateTime issuedAt;
    QString buyerName;
    QString buyerCode;
    Money amount;
    Money tax;
    Money total;
    InvoiceStatus status = InvoiceStatus::Issued;
    QString blueNumber; ///< red invoices: what they reverse
    Money remaining; ///< blue invoices: the total not yet reversed
};

struct LedgerFilter
{
    QDate from; ///< inclusive; null: no bound
    QDate to;
    QString buyer; ///< part of the buyer's name or credit code
    QString number; ///< part of the number
    std::optional<InvoiceStatus> status;
    std::optional<Money> minTotal;
    std::optional<Money> maxTotal;
    int limit = 10'000;
};

/// Totals of one rate in one month (red invoices count negative).
struct RateTotal
{
    QString month; ///< yyyy-MM
    QString rate;
    qint64 invoices = 0;
    Money amount;
    Money tax;
    /// {"month", "rate", "invoices", "amount", "tax"}: as the CLI's ledger and the plugins' invoices.totals give it.
    [[nodiscard]] QJsonObject toJson() const
    {
        return {{QStringLiteral("month"), month},
                {QStringLiteral("rate"), rate},
                {QStringLiteral("invoices"), invoices},
                {QStringLiteral("amount"), amount.toString()},
                {QStringLiteral("tax"), tax.toString()}};
    }
};

/// An error of one invoice of a batch (1-based, in the order given).
struct BatchError
{
    int index = 0;
    Error error;
};

struct BatchResult
{
    QList<IssuedInvoice> issued;
    QList<BatchError> errors;
};

/// What a batch does when some invoices are invalid: issue none (the default), or issue the valid ones.
enum class BatchMode { AllOrNothing, ValidOnly };

/// A 红字确认单 as this enterprise sees it.
struct RedConfirmation
{
    QString id;
    bool outgoing = true; ///< this enterprise is the seller
    QString blueNumber;
    QString sellerCode;
    QString buyerCode;
    QString counterparty; ///< the other side's name
    Money amount; ///< to reverse, including tax (positive)
    QString reason;
    QString state; ///< requested | confirmed | refused | used | rejected (by the server)
    QDateTime requestedAt;
    QString redNumber;
    /// The 红字确认单's number when the buyer confirmed it outside this server (电子税务局); empty otherwise.
    QString confirmationNumber = {};
    [[nodiscard]] QJsonObject toJson() const;
};

/// How the buyer confirms a red-letter request: through this server (both sides use it), or it was
/// confirmed elsewhere — the buyer does not use this server and confirmed the 红字确认单 on the 电子税务局,
/// whose 20-digit number the seller records (an individual buyer has nothing to confirm).
struct RedRequest
{
    std::optional<Money> amount; ///< including tax; all that remains when empty
    QString reason;
    QString confirmedElsewhere; ///< the 红字确认单 number, 20 digits; empty: ask through the server
};

/// A remembered buyer (客户).
struct Customer
{
    QString id;
    Party party;
};

/// A remembered product or service (商品), with what the issuing form fills in from it.
struct Product
{
    QString id;
    LineInput line; ///< name, tax code, short name, specification, unit, unit price, rate, price including tax
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Product> fromJson(const QJsonObject &object);
};

/// The invoices of one enterprise store. Issuing validates the draft against the rule pack, takes the
/// next number of a range granted to this device (SyncLedger::takeNumber, within its offline limits),
/// signs the invoice with the device's Ed25519 key and stores it with its audit entry and its outbox
/// item ("invoice.issued"), all in one transaction: a crash leaves the invoice either wholly issued
/// (numbered, stored, queued) or not at all, and a number is never used twice.
class InvoiceBook
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceBook)
public:
    InvoiceBook(store::EnterpriseStore &store, const rules::RulePack &pack);

    /// The invoice as it would be issued now, without a number: for the preview and live totals.
    [[nodiscard]] Result<Invoice> prepare(const InvoiceDraft &draft, const QDateTime &at) const;

    [[nodiscard]] Result<IssuedInvoice> issue(const InvoiceDraft &draft);
    /// Issues many in one transaction. AllOrNothing: when any is invalid, none is issued and every
    /// error is reported. ValidOnly: the valid ones are issued, the errors reported.
    [[nodiscard]] Result<BatchResult> issueBatch(const QList<InvoiceDraft> &drafts, BatchMode mode);

    /// Asks the buyer, through the server, to confirm a 红字确认单 reversing `amount` (including tax; all
    /// that remains when empty) of a blue invoice: never more than what remains after earlier red
    /// invoices and open requests. Queued as "red_confirmation.requested"; a buyer who is an individual
    /// has nothing to confirm, so the request is confirmed at once.
    [[nodiscard]] Result<RedConfirmation> requestRed(const QString &blueNumber, std::optional<Money> amount,
                                                     const QString &reason);
    /// The same; with `request.confirmedElsewhere` the confirmation is recorded as confirmed at once (queued
    /// as "red_confirmation.self_confirmed", the server only told) and its number kept.
    [[nodiscard]] Result<RedConfirmation> requestRed(const QString &blueNumber, const RedRequest &request);
    [[nodiscard]] Result<QList<RedConfirmation>> redConfirmations();
    /// The buyer's decision on a request received from a seller; queued as "red_confirmation.decided".
    [[nodiscard]] Result<void> decideRed(const QString &id, bool confirm);
    /// The sync's hands: a seller's request arriving at the buyer, the buyer's decision at the seller.
    [[nodiscard]] Result<void> receiveRedRequest(const QJsonObject &request);
    [[nodiscard]] Result<void> receiveRedDecision(const QString &id, bool confirmed);
    /// The red-letter invoice of a confirmed request: lines reversed in proportion to the amount (the
    /// last line takes the rounding), each split at its rate; the confirmation is then used.
    [[nodiscard]] Result<IssuedInvoice> issueRed(const QString &confirmationId);

    [[nodiscard]] Result<IssuedInvoice> find(const QString &number);
    /// The invoice to export, print or send: a void one is refused ("invoice_voided", with the reason).
    [[nodiscard]] Result<IssuedInvoice> findToHandOut(const QString &number);
    [[nodiscard]] Result<QList<LedgerRow>> ledger(const LedgerFilter &filter);
    [[nodiscard]] Result<QList<RateTotal>> totalsByRateAndMonth(const LedgerFilter &filter);
    /// Every issued invoice's number, oldest first (for checks and exports).
    [[nodiscard]] Result<qint64> count();

    [[nodiscard]] Result<QList<Customer>> customers();
    /// Adds or (same name) updates a customer.
    [[nodiscard]] Result<Customer> saveCustomer(const Party &party);
    [[nodiscard]] Result<QList<Product>> products();
    [[nodiscard]] Result<Product> saveProduct(const LineInput &line);
    enum class List { Customers, Products };
    /// Forgets a customer or product by name.
    [[nodiscard]] Result<void> forget(List list, const QString &name);
    /// Adds or updates the rows of a customer or product table (InvoiceImport's columns) in one
    /// transaction: all of them, or — with any bad row (listed in `errors`) or refusal — none.
    [[nodiscard]] Result<int> importTable(List list, const QList<QStringList> &table, QList<payroll::RowError> &errors);

    /// The workspace's tax classification code table: when set (and not empty), a line or a product whose
    /// code is not in it or is a summary code is refused (TaxCodeCatalogue::checkCode). Red-letter invoices copy
    /// the blue invoice's codes and are not checked again. The catalogue must outlive the book.
    void setTaxCodes(const TaxCodeCatalogue *codes) { m_taxCodes = codes; }

    /// For tests and benchmarks: the clock issuing reads (China time is derived from it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    struct Signer;
    [[nodiscard]] Result<Invoice> prepare(const InvoiceDraft &draft, const QDateTime &at, const EnterpriseProfile &seller) const;
    struct Sealed;
    /// Gives the invoice its number, device and range (reads the range's grant and key once per batch).
    [[nodiscard]] Result<void> numberInvoice(Invoice &invoice, Signer &signer, const sync::TakenNumber &taken);
    /// Stores a numbered, sealed invoice with its lines, audit entry and outbox item.
    [[nodiscard]] Result<IssuedInvoice> storeSealed(Invoice invoice, Signer &signer, const Sealed &sealed);
    /// One invoice: numbered, sealed and stored (the red-letter path).
    [[nodiscard]] Result<IssuedInvoice> issueInTransaction(Invoice invoice, Signer &signer, const sync::TakenNumber &taken);
    /// From this many invoices on, a batch is sealed on a second thread while it is stored.
    static constexpr qsizetype kSealingThreadFrom = 64;
    [[nodiscard]] QDateTime chinaNow() const;
    [[nodiscard]] Result<QString> idByName(List list, const QString &name);

    store::EnterpriseStore &m_store;
    const rules::RulePack &m_pack;
    std::function<QDateTime()> m_clock;
    const TaxCodeCatalogue *m_taxCodes = nullptr;
};

/// Checks an invoice's content on its own: the number's form, every line against the rate and the
/// tolerances of the rule pack in force on its date, the totals and the amount in words. Used by the
/// verifier and by the server before it accepts an uploaded invoice.
[[nodiscard]] Result<void> checkContent(const Invoice &invoice, const rules::RulePack &pack);

} // namespace taxbox::invoice
