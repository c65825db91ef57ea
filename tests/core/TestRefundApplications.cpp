// Refund applications prepared from a store: the retained-credit refund from filed VAT returns and the
// received invoices (spec refunds-and-guidance §3.2's 432,000.00 vector), the 免抵退 declaration from the export
// register and its link into the VAT return (tax-rules §8), the overpayment's three-year limit and the CIT
// settlement (§3.5's 50,000.00), and the one state machine (§3.7): allowed and refused steps.

#include "crypto/Crypto.h"
#include "filing/Filings.h"
#include "invoice/ReceivedInvoices.h"
#include "refund/RefundApplications.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::refund;

namespace {

const rules::RulePack &refundRules()
{
    return **rules::RulePack::shipped(u"cn-refund"_s);
}

const QDate kToday(2026, 12, 1);

QJsonObject status(const QString &id, const QString &state, const QString &at, const QString &amount = {})
{
    return {{u"id"_s, id}, {u"state"_s, state}, {u"at"_s, at}, {u"by"_s, u"福州市鼓楼区税务局"_s}, {u"amount"_s, amount}};
}

QStringList checkIds(const RefundApplication &application, const QString &severity)
{
    QStringList ids;
    for (const QJsonValue &c : application.result.value(u"checks"_s).toArray()) {
        if (c.toObject().value(u"severity"_s).toString() == severity)
            ids.append(c.toObject().value(u"id"_s).toString());
    }
    return ids;
}

} // namespace

class TestRefundApplications : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::EnterpriseStore> m_store;

    void openStore()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        EnterpriseProfile p;
        p.name = u"福州闽江制造有限公司"_s;
        p.creditCode = u"91350100M000100Y43"_s;
        p.taxpayerKind = TaxpayerKind::General;
        p.region = u"350102"_s;
        p.address = u"福州市鼓楼区五四路1号"_s;
        p.phone = u"0591-12345678"_s;
        auto created = store::EnterpriseStore::create(m_dir->filePath(u"ours.db"_s), crypto::SecureBytes::random(32), u"e1"_s, p,
                                                      {u"u1"_s, u"王会计"_s, Role::Accountant});
        QVERIFY(created);
        m_store = std::move(*created);
    }

    /// Files a VAT return for `period`; `credit` (when given) overrides 上期留抵税额 with a reason.
    void fileVat(const QString &period, const QString &credit = {})
    {
        filing::Filings filings(*m_store, **filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
        auto draft = filings.generate(u"vat-general"_s, period);
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
        if (!credit.isEmpty())
            QVERIFY(filings.edit(u"vat-general"_s, period, {{u"M13"_s, credit}}, u"期初留抵（接管前）"_s));
        auto filed = filings.file(u"vat-general"_s, period, true);
        QVERIFY2(filed, qPrintable(filed ? QString() : filed.error().message));
    }

    QJsonObject vatCells(const QString &period)
    {
        filing::Filings filings(*m_store, **filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
        auto draft = filings.generate(u"vat-general"_s, period);
        if (!draft)
            qFatal("%s", qPrintable(draft.error().message));
        return draft->cells();
    }

    void deductVoucher(const QString &type, const QString &number, const QString &amount, const QString &tax,
                       const QString &period)
    {
        invoice::ReceivedInvoices received(*m_store);
        QJsonObject json{{u"type"_s, type},
                         {u"number"_s, number},
                         {u"date"_s, period + u"-08"_s},
                         {u"seller"_s, u"福州海关"_s},
                         {u"amount"_s, amount}};
        if (!tax.isEmpty())
            json.insert(u"tax"_s, tax);
        auto voucher = invoice::VoucherInput::fromJson(json);
        QVERIFY2(voucher, qPrintable(voucher ? QString() : voucher.error().message));
        auto added = received.addVoucher(*voucher);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(received.confirm(added->number, invoice::DeductionUse::Deduct, period, {}));
    }

private slots:
    void stateMachineAllowsOnlyItsSteps()
    {
        using namespace RefundState;
        const auto ok = [](const QString &from, const QString &to, RefundActor actor) {
            return RefundStateMachine::check(from, to, actor).has_value();
        };
        QVERIFY(ok(Draft, Submitted, RefundActor::Taxpayer));
        QVERIFY(ok(Submitted, Accepted, RefundActor::Office));
        QVERIFY(ok(Accepted, UnderReview, RefundActor::Office));
        QVERIFY(ok(UnderReview, Approved, RefundActor::Office));
        QVERIFY(ok(UnderReview, Rejected, RefundActor::Office));
        QVERIFY(ok(Rejected, Draft, RefundActor::Taxpayer));
        QVERIFY(ok(Approved, Treasury, RefundActor::Office));
        QVERIFY(ok(Approved, Offset, RefundActor::Office));
        QVERIFY(ok(Treasury, TreasuryFailed, RefundActor::Office));
        QVERIFY(ok(TreasuryFailed, Treasury, RefundActor::Office));
        QVERIFY(ok(Treasury, Paid, RefundActor::Office));
        QVERIFY(ok(Submitted, Withdrawn, RefundActor::Taxpayer));
        QVERIFY(ok(UnderReview, Withdrawn, RefundActor::Taxpayer));
        // Refused: skipping steps, the wrong side, after the end.
        QVERIFY(!ok(Draft, Approved, RefundActor::Office));
        QVERIFY(!ok(Submitted, Accepted, RefundActor::Taxpayer));
        QVERIFY(!ok(Draft, Submitted, RefundActor::Office));
        QVERIFY(!ok(Approved, Withdrawn, RefundActor::Taxpayer));
        QVERIFY(!ok(Submitted, Paid, RefundActor::Office));
        QVERIFY(!ok(Approved, Paid, RefundActor::Office));
        for (const QString &state : RefundStateMachine::states()) {
            QVERIFY(!ok(Paid, state, RefundActor::Office));
            QVERIFY(!ok(Withdrawn, state, RefundActor::Taxpayer));
        }
        const auto refused = RefundStateMachine::check(Approved, Withdrawn, RefundActor::Taxpayer);
        QCOMPARE(refused.error().code, u"transition_refused"_s);
        QVERIFY(refused.error().message.contains(RefundStateMachine::label(Approved)));
        QCOMPARE(RefundStateMachine::check(Draft, u"lost"_s, RefundActor::Office).error().code, u"unknown_state"_s);
    }

    void retainedCreditFromTheStore()
    {
        openStore();
        // The input-composition ratio: customs certificates qualify (9,000.00), farm produce does not (1,000.00).
        deductVoucher(u"customs"_s, u"250120100000000003"_s, u"69230.77"_s, u"9000.00"_s, u"2025-10"_s);
        deductVoucher(u"agricultural"_s, u"35000000000000000001"_s, u"11111.11"_s, {}, u"2025-10"_s);
        fileVat(u"2025-11"_s, u"1000000.00"_s);
        fileVat(u"2025-12"_s); // carries 1,000,000.00: the credit at the prior year-end
        fileVat(u"2026-01"_s, u"1800000.00"_s);
        for (const QString &month : {u"2026-02"_s, u"2026-03"_s, u"2026-04"_s, u"2026-05"_s, u"2026-06"_s})
            fileVat(month);
        RefundApplications applications(*m_store);
        const QJsonObject request{{u"route"_s, u"other"_s},
                                  {u"credit_level"_s, u"A"_s},
                                  {u"declarations"_s,
                                   QJsonObject{{u"no_fraud_36_months"_s, true},
                                               {u"evasion_penalties_36_months"_s, 0},
                                               {u"instant_refunds_since_2019_04"_s, false}}}};
        auto prepared = applications.prepare(u"retained_credit"_s, u"2026-07"_s, request, refundRules(), kToday);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        const QJsonObject figures = prepared->result.value(u"figures"_s).toObject();
        // Spec §3.2: Dec-31 credit 1,000,000; 6th-month credit 1,800,000 → new 800,000; ratio 90% → 432,000.00.
        QCOMPARE(figures.value(u"credit_at_prior_year_end"_s).toString(), u"1000000.00"_s);
        QCOMPARE(figures.value(u"new_credit"_s).toString(), u"800000.00"_s);
        QCOMPARE(figures.value(u"ratio"_s).toString(), u"0.9"_s);
        QCOMPARE(prepared->amountClaimed, u"432000.00"_s);
        QCOMPARE(figures.value(u"credits"_s).toArray().size(), 6);
        QCOMPARE(figures.value(u"credits"_s).toArray().first().toObject().value(u"period"_s).toString(), u"2026-01"_s);
        QVERIFY(checkIds(*prepared, u"error"_s).isEmpty());
        QCOMPARE(prepared->state, RefundState::Draft);
        // Only what a person decides is entered; the figures come from the store.
        QCOMPARE(applications
                     .prepare(u"retained_credit"_s, u"2026-07"_s, {{u"route"_s, u"other"_s}, {u"qualifying_input"_s, u"1"_s}},
                              refundRules(), kToday)
                     .error()
                     .code,
                 u"unknown_field"_s);

        // Filed: signed content a reader checks with the public key alone.
        auto filed = applications.file(prepared->id);
        QVERIFY2(filed, qPrintable(filed ? QString() : filed.error().message));
        QCOMPARE(filed->state, RefundState::Submitted);
        auto outbox = m_store->outbox();
        QVERIFY(outbox);
        const auto item = std::find_if(outbox->cbegin(), outbox->cend(), [](const auto &i) { return i.type == u"refund.filed"; });
        QVERIFY(item != outbox->cend());
        const QJsonObject content = item->payload.value(u"content"_s).toObject();
        QCOMPARE(content.value(u"amount_claimed"_s).toString(), u"432000.00"_s);
        QCOMPARE(content.value(u"enterprise"_s).toString(), u"91350100M000100Y43"_s);
        QVERIFY(crypto::Ed25519::verify(QByteArray::fromBase64(item->payload.value(u"public_key"_s).toString().toLatin1()),
                                        "taxbox-refund-v1\n" + QJsonDocument(content).toJson(QJsonDocument::Compact),
                                        QByteArray::fromBase64(item->payload.value(u"signature"_s).toString().toLatin1())));
        QCOMPARE(applications.file(prepared->id).error().code, u"transition_refused"_s);
        QCOMPARE(applications.prepare(u"retained_credit"_s, u"2026-07"_s, request, refundRules(), kToday).error().code,
                 u"already_filed"_s);

        // The office's answers; the statutory clock (none retrieved for the retained credit: days shown).
        QVERIFY(*applications.receiveStatus(status(prepared->id, u"accepted"_s, u"2026-07-10T01:00:00.000Z"_s)));
        QVERIFY(
            !*applications.receiveStatus(status(prepared->id, u"accepted"_s, u"2026-07-10T01:00:00.000Z"_s))); // again: nothing
        QCOMPARE(applications.receiveStatus(status(prepared->id, u"paid"_s, u"2026-07-11T01:00:00.000Z"_s)).error().code,
                 u"transition_refused"_s);
        QVERIFY(*applications.receiveStatus(status(prepared->id, u"under_review"_s, u"2026-07-11T01:00:00.000Z"_s)));
        QVERIFY(*applications.receiveStatus(status(prepared->id, u"approved"_s, u"2026-07-20T01:00:00.000Z"_s, u"432000.00"_s)));
        auto approved = applications.show(prepared->id);
        QCOMPARE(approved->state, RefundState::Approved);
        QCOMPARE(approved->amountApproved, u"432000.00"_s);
        QCOMPARE(approved->history.size(), 4);
        const RefundClock clock = RefundApplications::clock(*approved, refundRules(), kToday);
        QVERIFY(!clock.running);
        QCOMPARE(clock.limitDays, 0);
        QCOMPARE(applications.withdraw(prepared->id, u"不再需要"_s).error().code, u"transition_refused"_s);

        // The granted refund flows into the July return: 附列资料（二）第22栏 and 附列资料（五）第8行; the credit drops.
        const QJsonObject july = vatCells(u"2026-07"_s);
        QCOMPARE(july.value(u"A2.22.tax"_s).toString(), u"432000.00"_s);
        QCOMPARE(july.value(u"A5.r8"_s).toString(), u"432000.00"_s);
        QCOMPARE(july.value(u"M20"_s).toString(), u"1368000.00"_s);

        // The tables are Chinese: the 留抵退税 block with the six months.
        auto tables = applications.applicationTables(*approved);
        QVERIFY(tables);
        QCOMPARE(tables->first().title, u"退(抵)税申请表"_s);
        const QString text = [&] {
            QStringList cells;
            for (const QStringList &row : tables->first().rows)
                cells += row;
            return cells.join(u'|');
        }();
        QVERIFY(text.contains(u"留抵退税|"_s));
        QVERIFY(text.contains(u"2026-01 至 2026-06"_s));
        QVERIFY(text.contains(u"增量留抵税额|800000.00"_s));
    }

    void retainedCreditNeedsEveryMonth()
    {
        openStore();
        fileVat(u"2026-01"_s, u"900000.00"_s);
        RefundApplications applications(*m_store);
        auto prepared
            = applications.prepare(u"retained_credit"_s, u"2026-07"_s,
                                   {{u"route"_s, u"industries_4"_s},
                                    {u"credit_level"_s, u"B"_s},
                                    {u"input_before_store"_s, QJsonObject{{u"qualifying"_s, u"90"_s}, {u"total"_s, u"100"_s}}}},
                                   refundRules(), kToday);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        QVERIFY(checkIds(*prepared, u"error"_s).contains(u"return_missing"_s));
        QCOMPARE(applications.file(prepared->id).error().code, u"application_has_errors"_s);
        // Before the 2025 regime the calculator answers; the store prepares only the 2025 regime.
        QCOMPARE(applications.prepare(u"retained_credit"_s, u"2025-06"_s, {{u"route"_s, u"other"_s}}, refundRules(), kToday)
                     .error()
                     .code,
                 u"regime_not_prepared"_s);
        // A draft never filed can be discarded.
        QVERIFY(applications.discard(prepared->id));
        QCOMPARE(applications.list()->size(), 0);
    }

    void exportDeclarationAndTheVatReturn()
    {
        openStore();
        RefundApplications applications(*m_store);
        const QJsonObject computer{{u"declaration_number"_s, u"350120260000123456001"_s},
                                   {u"export_date"_s, u"2026-05-10"_s},
                                   {u"hs_code"_s, u"8471300000"_s},
                                   {u"name"_s, u"便携式计算机"_s},
                                   {u"unit"_s, u"台"_s},
                                   {u"quantity"_s, u"500"_s},
                                   {u"currency"_s, u"USD"_s},
                                   {u"fob_foreign"_s, u"100000.00"_s},
                                   {u"fx_rate"_s, u"7.1"_s},
                                   {u"invoice_number"_s, u"EX20260501"_s},
                                   {u"link_number"_s, u"202605001"_s}};
        QJsonObject battery = computer;
        battery.insert(u"declaration_number"_s, u"350120260000123456002"_s);
        battery.insert(u"hs_code"_s, u"8507600090"_s);
        battery.insert(u"name"_s, u"锂离子蓄电池"_s);
        battery.insert(u"fob_foreign"_s, u"10000.00"_s);
        // Refused whole: a line outside the month, a short declaration number (named as the register labels it).
        QJsonObject outside = battery;
        outside.insert(u"export_date"_s, u"2026-06-01"_s);
        QCOMPARE(applications.saveExportRegister(u"2026-05"_s, {computer, outside}).error().code, u"out_of_period"_s);
        QJsonObject shortNumber = computer;
        shortNumber.insert(u"declaration_number"_s, u"35012026000012345600"_s);
        const auto refused = applications.saveExportRegister(u"2026-05"_s, {shortNumber});
        QVERIFY(refused.error().message.startsWith(u"Export 1: Customs declaration number"_s));
        QVERIFY(applications.exportRegister(u"2026-05"_s)->isEmpty());
        QVERIFY(applications.saveExportRegister(u"2026-05"_s, {computer, battery}));

        // The VAT return takes the register: 781,000.00 of 免抵退 sales; not creditable 71,000 × (13% − 6%) = 4,970.00
        // (batteries 6% from 2026-04-01; computers 13%, nothing).
        fileVat(u"2026-05"_s, u"50000.00"_s);
        filing::Filings filings(*m_store, **filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
        const QJsonObject may = filings.current(u"vat-general"_s, u"2026-05"_s)->cells();
        QCOMPARE(may.value(u"A1.r16.c3"_s).toString(), u"781000.00"_s);
        QCOMPARE(may.value(u"M7"_s).toString(), u"781000.00"_s);
        QCOMPARE(may.value(u"A2.18.tax"_s).toString(), u"4970.00"_s);
        QCOMPARE(may.value(u"M20"_s).toString(), u"45030.00"_s);

        // 免抵退税额 = 710,000 × 13% + 71,000 × 6% = 96,560.00; credit 45,030.00 ≤ it: refund 45,030.00, 免抵 51,530.00.
        auto prepared = applications.prepare(u"export_declaration"_s, u"2026-05"_s, {}, refundRules(), QDate(2026, 6, 12));
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        const QJsonObject figures = prepared->result.value(u"figures"_s).toObject();
        QCOMPARE(figures.value(u"exempt_offset_refund"_s).toString(), u"96560.00"_s);
        QCOMPARE(figures.value(u"refund"_s).toString(), u"45030.00"_s);
        QCOMPARE(figures.value(u"exempt_offset"_s).toString(), u"51530.00"_s);
        QCOMPARE(figures.value(u"carry_forward_credit"_s).toString(), u"0.00"_s);
        QVERIFY(checkIds(*prepared, u"error"_s).isEmpty());
        auto filed = applications.file(prepared->id);
        QVERIFY(filed);
        QVERIFY(*applications.receiveStatus(status(prepared->id, u"accepted"_s, u"2026-06-13T01:00:00.000Z"_s)));
        QVERIFY(*applications.receiveStatus(status(prepared->id, u"under_review"_s, u"2026-06-14T01:00:00.000Z"_s)));
        QVERIFY(*applications.receiveStatus(status(prepared->id, u"approved"_s, u"2026-06-20T01:00:00.000Z"_s)));
        // June's return: 免抵退应退税额 (line 15) and the 免抵税额 as the surtax base (附列资料（五）第2列).
        const QJsonObject june = vatCells(u"2026-06"_s);
        QCOMPARE(june.value(u"M15"_s).toString(), u"45030.00"_s);
        QCOMPARE(june.value(u"A5.r1.c2"_s).toString(), u"51530.00"_s);
        QCOMPARE(june.value(u"A5.r1.c5"_s).toString(), u"3607.10"_s); // 51,530.00 × 7%

        // The 明细表 in Chinese, one row per export.
        auto tables = applications.applicationTables(*applications.show(prepared->id));
        QCOMPARE(tables->size(), 2);
        QCOMPARE(tables->at(1).title, u"生产企业出口货物免抵退税申报明细表"_s);
        QCOMPARE(tables->at(1).rows.size(), 3);
        QCOMPARE(tables->at(1).rows.at(2).at(3), u"350120260000123456002"_s);
    }

    void exportRatesComeFromTheLibrary()
    {
        ExportEntry entry;
        entry.declarationNumber = u"350120260000123456001"_s;
        entry.exportDate = QDate(2026, 3, 31);
        entry.hsCode = u"8541430000"_s; // photovoltaic modules: 9% until 2026-03-31, nothing from 2026-04-01
        entry.name = u"光伏组件"_s;
        entry.fobForeign = *Decimal::parse(u"1000"_s);
        entry.fxRate = *Decimal::parse(u"7"_s);
        auto before = RefundApplications::exportLines({entry}, refundRules(), kToday);
        QCOMPARE(before->ceiling.toFixed(2), u"630.00"_s);
        entry.exportDate = QDate(2026, 4, 1);
        auto after = RefundApplications::exportLines({entry}, refundRules(), kToday);
        QCOMPARE(after->ceiling.toFixed(2), u"0.00"_s);
        QCOMPARE(after->nonCreditable.toFixed(2), u"910.00"_s);
        // A code the library lacks needs the accountant's rate; with it, a warning.
        entry.hsCode = u"9503000000"_s;
        auto unknown = RefundApplications::exportLines({entry}, refundRules(), kToday);
        QCOMPARE(unknown->checks.first().toObject().value(u"id"_s).toString(), u"rate_unknown"_s);
        entry.refundRate = *Decimal::parse(u"0.13"_s);
        auto typed = RefundApplications::exportLines({entry}, refundRules(), kToday);
        QCOMPARE(typed->checks.first().toObject().value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(typed->ceiling.toFixed(2), u"910.00"_s);
        // Past 30 April of the next year it cannot be declared.
        auto late = RefundApplications::exportLines({entry}, refundRules(), QDate(2027, 5, 1));
        QVERIFY(QJsonDocument(late->checks).toJson().contains("declaration_late"));
    }

    void overpaymentWithinThreeYears()
    {
        openStore();
        RefundApplications applications(*m_store);
        const auto payment = [](const QString &paidOn) {
            return QJsonObject{{u"tax"_s, u"印花税"_s}, {u"period"_s, u"2023Q3"_s}, {u"voucher"_s, u"335016230000012345"_s},
                               {u"paid_on"_s, paidOn},  {u"paid"_s, u"5000.00"_s},  {u"due"_s, u"0"_s}};
        };
        // Spec §3.4: 5,000 overpaid, found within three years: 5,000.00 plus interest (the formula, not a number).
        auto within = applications.prepare(u"overpayment"_s, u"2026-12"_s,
                                           {{u"payments"_s, QJsonArray{payment(u"2023-12-01"_s)}}, {u"reason"_s, u"重复缴纳"_s}},
                                           refundRules(), kToday);
        QVERIFY2(within, qPrintable(within ? QString() : within.error().message));
        QCOMPARE(within->amountClaimed, u"5000.00"_s);
        QVERIFY(checkIds(*within, u"error"_s).isEmpty());
        QVERIFY(within->result.value(u"explanation"_s).toArray().last().toString().contains(u"demand-deposit"_s));
        // One day older: past the limit.
        auto late = applications.prepare(u"overpayment"_s, u"2026-12"_s,
                                         {{u"payments"_s, QJsonArray{payment(u"2023-11-30"_s)}}, {u"reason"_s, u"重复缴纳"_s}},
                                         refundRules(), kToday);
        QVERIFY(checkIds(*late, u"error"_s).contains(u"claim_time_limit"_s));
        // Bad input names the field as labelled.
        QJsonObject missing = payment(u"2023-12-01"_s);
        missing.remove(u"voucher"_s);
        const auto refused = applications.prepare(
            u"overpayment"_s, u"2026-12"_s, {{u"payments"_s, QJsonArray{missing}}, {u"reason"_s, u"x"_s}}, refundRules(), kToday);
        QCOMPARE(refused.error().message, u"Payment 1: Tax voucher number is required."_s);
        QCOMPARE(refused.error().field, u"payments[1].voucher"_s); // 1-based, as docs/cli.md says

        // Filed, then withdrawn before a decision: the withdrawal is queued too.
        auto filed = applications.file(late->id);
        QCOMPARE(filed.error().code, u"application_has_errors"_s);
        auto again = applications.prepare(u"overpayment"_s, u"2026-12"_s,
                                          {{u"payments"_s, QJsonArray{payment(u"2024-01-05"_s)}}, {u"reason"_s, u"重复缴纳"_s}},
                                          refundRules(), kToday);
        QVERIFY(applications.file(again->id));
        auto submitted = applications.show(again->id);
        // 误收多缴: the office answers within 30 days of the application (实施细则第七十八条).
        const RefundClock clock = RefundApplications::clock(
            *submitted, refundRules(), QDateTime::fromString(submitted->submittedAt, Qt::ISODateWithMs).date().addDays(31));
        QVERIFY(clock.running);
        QCOMPARE(clock.limitDays, 30);
        QVERIFY(clock.overdue);
        QCOMPARE(applications.withdraw(again->id, u""_s).error().code, u"reason_required"_s);
        auto withdrawn = applications.withdraw(again->id, u"已与欠税抵缴"_s);
        QVERIFY(withdrawn);
        QCOMPARE(withdrawn->state, RefundState::Withdrawn);
        QCOMPARE(m_store->database().scalar("SELECT count(*) FROM outbox WHERE type = 'refund.withdrawn'").value_or(0), 1);
    }

    void citSettlementOverpayment()
    {
        openStore();
        filing::Filings filings(*m_store, **filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
        QVERIFY(filings.generate(u"cit-prepay"_s, u"2025Q4"_s));
        QVERIFY(filings.edit(u"cit-prepay"_s, u"2025Q4"_s, {{u"L14"_s, u"200000.00"_s}}, u"前三季度已预缴"_s));
        QVERIFY(filings.file(u"cit-prepay"_s, u"2025Q4"_s, true));
        RefundApplications applications(*m_store);
        // Spec §3.5: prepaid 200,000; tax for the year 150,000 → 50,000.00, no interest.
        auto prepared
            = applications.prepare(u"cit_settlement"_s, u"2025"_s, {{u"annual_tax"_s, u"150000"_s}}, refundRules(), kToday);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        QCOMPARE(prepared->amountClaimed, u"50000.00"_s);
        QCOMPARE(prepared->result.value(u"figures"_s).toObject().value(u"prepaid"_s).toString(), u"200000.00"_s);
        QVERIFY(checkIds(*prepared, u"error"_s).isEmpty());
        auto nothing
            = applications.prepare(u"cit_settlement"_s, u"2025"_s, {{u"annual_tax"_s, u"200000"_s}}, refundRules(), kToday);
        QVERIFY(checkIds(*nothing, u"error"_s).contains(u"not_overpaid"_s));
        QCOMPARE(applications.prepare(u"cit_settlement"_s, u"2025-12"_s, {{u"annual_tax"_s, u"1"_s}}, refundRules(), kToday)
                     .error()
                     .code,
                 u"invalid_period"_s);
        // 2022's settlement (due 2023-05-31) can be claimed until 2026-05-31.
        auto old = applications.prepare(u"cit_settlement"_s, u"2022"_s, {{u"annual_tax"_s, u"1"_s}}, refundRules(), kToday);
        QVERIFY(checkIds(*old, u"error"_s).contains(u"claim_time_limit"_s));
    }
};

QTEST_GUILESS_MAIN(TestRefundApplications)
#include "TestRefundApplications.moc"
