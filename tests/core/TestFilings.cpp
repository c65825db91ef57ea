// Returns generated from a store: the spec's G1 figures from issued and received invoices, payroll into
// the IIT return, the income statement and stamp-duty documents; overrides with reasons; the 票表 checks;
// filing (immutable, signed, audited, queued once), corrections, exports, the calendar.

#include "InvoiceFixtures.h"
#include "filing/FilingExport.h"
#include "filing/Filings.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceDocument.h"
#include "invoice/ReceivedInvoices.h"
#include "payroll/Payroll.h"
#include "payroll/Spreadsheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::filing;

namespace {

const rules::RulePack &taxRules()
{
    return **rules::RulePack::builtIn();
}

const FilingPack &filingPack()
{
    return **FilingPack::builtIn();
}

EnterpriseProfile ourProfile(TaxpayerKind kind)
{
    EnterpriseProfile p;
    p.name = u"福州闽江制造有限公司"_s;
    p.creditCode = u"91350100M000100Y43"_s;
    p.taxpayerKind = kind;
    p.region = u"350102"_s; // 鼓楼区: a district, 城建 7%
    p.address = u"福州市鼓楼区五四路1号"_s;
    p.phone = u"0591-12345678"_s;
    return p;
}

EnterpriseProfile supplierProfile()
{
    EnterpriseProfile p;
    p.name = u"北京朝阳科技有限公司"_s;
    p.creditCode = u"91110108551385082Q"_s;
    p.taxpayerKind = TaxpayerKind::General;
    p.region = u"110105"_s;
    p.address = u"北京市朝阳区建国路1号"_s;
    p.phone = u"010-12345678"_s;
    return p;
}

invoice::InvoiceDraft goodsDraft(const QString &kind, const QString &buyerName, const QString &buyerCode, const QString &amount,
                                 const QString &rate = u"0.13"_s, const QString &taxCode = u"1090511030000000000"_s)
{
    const QJsonObject json{
        {u"kind"_s, kind},
        {u"buyer"_s, QJsonObject{{u"name"_s, buyerName}, {u"credit_code"_s, buyerCode}, {u"individual"_s, buyerCode.isEmpty()}}},
        {u"lines"_s,
         QJsonArray{QJsonObject{{u"tax_code"_s, taxCode},
                                {u"short_name"_s, u"计算机"_s},
                                {u"name"_s, u"工控机"_s},
                                {u"amount"_s, amount},
                                {u"rate"_s, rate}}}},
        {u"drawer"_s, u"王会计"_s}};
    auto draft = invoice::InvoiceDraft::fromJson(json);
    if (!draft)
        qFatal("bad draft: %s", qPrintable(draft.error().message));
    return *draft;
}

} // namespace

class TestFilings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<store::EnterpriseStore> m_supplier;
    testing::LocalServer m_server;

    void openStores(TaxpayerKind kind)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto created = store::EnterpriseStore::create(m_dir->filePath(u"ours.db"_s), crypto::SecureBytes::random(32), u"e1"_s,
                                                      ourProfile(kind), {u"u1"_s, u"王会计"_s, Role::Accountant});
        QVERIFY(created);
        m_store = std::move(*created);
        auto supplier = store::EnterpriseStore::create(m_dir->filePath(u"supplier.db"_s), crypto::SecureBytes::random(32),
                                                       u"e2"_s, supplierProfile(), {u"u2"_s, u"李会计"_s, Role::Accountant});
        QVERIFY(supplier);
        m_supplier = std::move(*supplier);
        QVERIFY(testing::grantLocally(*m_store, m_server, 1, 100));
        QVERIFY(testing::grantLocally(*m_supplier, m_server, 1, 100));
    }

    /// The invoices of G1 (spec §8.1), issued and received in January 2025.
    void fillG1()
    {
        invoice::InvoiceBook book(*m_store, taxRules());
        book.setClock([] { return QDateTime(QDate(2025, 1, 10), QTime(2, 0), Qt::UTC); });
        // 13% goods on special invoices, 800,000.00 / 104,000.00 in two invoices; ordinary 200,000.00 / 26,000.00.
        QVERIFY(book.issue(goodsDraft(u"special"_s, u"北京朝阳科技有限公司"_s, u"91110108551385082Q"_s, u"500000"_s)));
        QVERIFY(book.issue(goodsDraft(u"special"_s, u"北京朝阳科技有限公司"_s, u"91110108551385082Q"_s, u"300000"_s)));
        QVERIFY(book.issue(goodsDraft(u"ordinary"_s, u"张三"_s, QString(), u"200000"_s)));
        // A February invoice stays out of January.
        book.setClock([] { return QDateTime(QDate(2025, 2, 3), QTime(2, 0), Qt::UTC); });
        QVERIFY(book.issue(goodsDraft(u"special"_s, u"北京朝阳科技有限公司"_s, u"91110108551385082Q"_s, u"7"_s)));

        // Received: special invoices of 600,000.00 / 78,000.00 from the supplier, and 2 customs certificates 100,000.00 /
        // 13,000.00.
        invoice::InvoiceBook supplierBook(*m_supplier, taxRules());
        supplierBook.setClock([] { return QDateTime(QDate(2025, 1, 5), QTime(2, 0), Qt::UTC); });
        invoice::ReceivedInvoices received(*m_store);
        for (const QString &amount : {u"250000"_s, u"250000"_s, u"100000"_s}) {
            auto issued = supplierBook.issue(
                goodsDraft(u"special"_s, ourProfile(TaxpayerKind::General).name, u"91350100M000100Y43"_s, amount));
            QVERIFY(issued);
            auto added = received.add(invoice::InvoiceDocument::of(issued->invoice), u"xml"_s);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
            QVERIFY(received.confirm(added->number, invoice::DeductionUse::Deduct, u"2025-01"_s, {}));
        }
        // One more special invoice confirmed as not deducted: it stays off the return.
        auto kept = supplierBook.issue(
            goodsDraft(u"special"_s, ourProfile(TaxpayerKind::General).name, u"91350100M000100Y43"_s, u"1000"_s));
        QVERIFY(kept);
        auto keptAdded = received.add(invoice::InvoiceDocument::of(kept->invoice), u"xml"_s);
        QVERIFY(keptAdded);
        QVERIFY(received.confirm(keptAdded->number, invoice::DeductionUse::NotDeduct, {}, u"集体福利"_s));
        for (const QString &number : {u"250120100000000001"_s, u"250120100000000002"_s}) {
            auto voucher = invoice::VoucherInput::fromJson(QJsonObject{{u"type"_s, u"customs"_s},
                                                                       {u"number"_s, number},
                                                                       {u"date"_s, u"2025-01-08"_s},
                                                                       {u"seller"_s, u"福州海关"_s},
                                                                       {u"amount"_s, u"50000.00"_s},
                                                                       {u"tax"_s, u"6500.00"_s}});
            QVERIFY2(voucher, qPrintable(voucher ? QString() : voucher.error().message));
            auto added = received.addVoucher(*voucher);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
            QVERIFY(received.confirm(added->number, invoice::DeductionUse::Deduct, u"2025-01"_s, {}));
        }
    }

private slots:
    void g1GeneratedFromTheStore()
    {
        openStores(TaxpayerKind::General);
        fillG1();
        Filings filings(*m_store, filingPack(), taxRules());
        auto draft = filings.generate(u"vat-general"_s, u"2025-01"_s);
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
        QJsonObject cells = draft->cells();
        QCOMPARE(cells.value(u"A1.r1.c1"_s).toString(), u"800000.00"_s);
        QCOMPARE(cells.value(u"A1.r1.c2"_s).toString(), u"104000.00"_s);
        QCOMPARE(cells.value(u"A1.r1.c3"_s).toString(), u"200000.00"_s);
        QCOMPARE(cells.value(u"A1.r1.c4"_s).toString(), u"26000.00"_s);
        QCOMPARE(cells.value(u"A2.2.n"_s).toInt(), 3);
        QCOMPARE(cells.value(u"A2.2.tax"_s).toString(), u"78000.00"_s);
        QCOMPARE(cells.value(u"A2.5.n"_s).toInt(), 2);
        QCOMPARE(cells.value(u"A2.5.tax"_s).toString(), u"13000.00"_s);
        QCOMPARE(cells.value(u"A2.12.tax"_s).toString(), u"91000.00"_s);
        QCOMPARE(cells.value(u"A5.r1.c4"_s).toString(), u"0.07"_s); // 鼓楼区
        QVERIFY(!draft->sources.value(u"A1.r1.c1"_s).toArray().isEmpty());
        auto traced = filings.trace(u"vat-general"_s, u"2025-01"_s, u"A1.r1.c1"_s);
        QVERIFY(traced);
        QCOMPARE(traced->size(), 2); // the two special invoices, not the February one
        auto tracedInput = filings.trace(u"vat-general"_s, u"2025-01"_s, u"A2.2.tax"_s);
        QCOMPARE(tracedInput->size(), 3);

        // Unbilled sales, the goods given to staff and last month's tax: typed by the accountant, with reasons.
        QCOMPARE(filings.edit(u"vat-general"_s, u"2025-01"_s, {{u"A1.r1.c5"_s, u"50000.00"_s}}, u""_s).error().code,
                 u"reason_required"_s);
        QCOMPARE(filings.edit(u"vat-general"_s, u"2025-01"_s, {{u"M19"_s, u"1.00"_s}}, u"try"_s).error().code,
                 u"computed_cell"_s);
        auto edited = filings.edit(u"vat-general"_s, u"2025-01"_s,
                                   {{u"A1.r1.c5"_s, u"50000.00"_s},
                                    {u"A1.r1.c6"_s, u"6500.00"_s},
                                    {u"A2.15.tax"_s, u"2600.00"_s},
                                    {u"M25"_s, u"40000.00"_s},
                                    {u"M30"_s, u"40000.00"_s}},
                                   u"未开票收入、职工福利转出、12月税款于1月缴纳"_s);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
        cells = edited->cells();
        QCOMPARE(cells.value(u"M11"_s).toString(), u"136500.00"_s);
        QCOMPARE(cells.value(u"M12"_s).toString(), u"91000.00"_s);
        QCOMPARE(cells.value(u"M19"_s).toString(), u"48100.00"_s);
        QCOMPARE(cells.value(u"M32"_s).toString(), u"48100.00"_s);
        QCOMPARE(cells.value(u"M39"_s).toString(), u"3367.00"_s);
        QCOMPARE(cells.value(u"M40"_s).toString(), u"1443.00"_s);
        QCOMPARE(cells.value(u"M41"_s).toString(), u"962.00"_s);
        QCOMPARE(edited->overrides.value(u"M25"_s).toObject().value(u"reason"_s).toString(),
                 u"未开票收入、职工福利转出、12月税款于1月缴纳"_s);
        QVERIFY(!edited->hasErrors());
        // Regenerating keeps the person's overrides.
        auto regenerated = filings.generate(u"vat-general"_s, u"2025-01"_s);
        QCOMPARE(regenerated->cells().value(u"M19"_s).toString(), u"48100.00"_s);

        // 票表比对: less on the return than the special invoices issued is an error that blocks filing.
        auto under = filings.edit(u"vat-general"_s, u"2025-01"_s, {{u"A1.r1.c1"_s, u"700000.00"_s}}, u"试错"_s);
        QVERIFY(under->hasErrors());
        QVERIFY(QJsonDocument(under->checks()).toJson().contains("BD-03"));
        QCOMPARE(filings.file(u"vat-general"_s, u"2025-01"_s, true).error().code, u"return_has_errors"_s);
        QVERIFY(filings.edit(u"vat-general"_s, u"2025-01"_s, {{u"A1.r1.c1"_s, QJsonValue::Null}}, u"恢复"_s));

        // The first return in Taxbox warns that nothing was carried: filing needs that confirmed.
        QCOMPARE(filings.file(u"vat-general"_s, u"2025-01"_s, false).error().code, u"warnings_unconfirmed"_s);
        auto filed = filings.file(u"vat-general"_s, u"2025-01"_s, true);
        QVERIFY2(filed, qPrintable(filed ? QString() : filed.error().message));
        QCOMPARE(filed->state, u"filed"_s);
        QCOMPARE(filed->syncState, u"pending"_s);
        QVERIFY(filed->confirmed.contains(u"NO-PREVIOUS"_s));

        // Immutable: neither the store nor a second filing changes it.
        QVERIFY(!m_store->database().execute("UPDATE filing_return SET result = '{}' WHERE state = 'filed'"));
        QVERIFY(!m_store->database().execute("DELETE FROM filing_return WHERE state = 'filed'"));
        QCOMPARE(filings.generate(u"vat-general"_s, u"2025-01"_s).error().code, u"already_filed"_s);
        QCOMPARE(filings.file(u"vat-general"_s, u"2025-01"_s, true).error().code, u"no_draft"_s);

        // Queued once, signed over what was filed.
        auto outbox = m_store->outbox();
        QVERIFY(outbox);
        int queued = 0;
        for (const store::OutboxItem &item : std::as_const(*outbox)) {
            if (item.type != u"filing.filed")
                continue;
            ++queued;
            QCOMPARE(item.recordKey, u"filing:vat-general:2025-01"_s);
            const QByteArray content = QJsonDocument(item.payload.value(u"content"_s).toObject()).toJson(QJsonDocument::Compact);
            const QByteArray key = QByteArray::fromBase64(item.payload.value(u"public_key"_s).toString().toLatin1());
            const QByteArray signature = QByteArray::fromBase64(item.payload.value(u"signature"_s).toString().toLatin1());
            QVERIFY(crypto::Ed25519::verify(key, "taxbox-filing-v1\n" + content, signature));
            QCOMPARE(item.payload.value(u"content"_s).toObject().value(u"cells"_s).toObject().value(u"M19"_s).toString(),
                     u"48100.00"_s);
            QByteArray tampered = content;
            tampered.replace("48100.00", "48000.00");
            QVERIFY(!crypto::Ed25519::verify(key, "taxbox-filing-v1\n" + tampered, signature));
        }
        QCOMPARE(queued, 1);

        // February carries January: 上期留抵 0, 期初未缴 48,100.00, 本年累计 summed.
        auto february = filings.generate(u"vat-general"_s, u"2025-02"_s);
        QVERIFY(february);
        QCOMPARE(february->cells().value(u"M25"_s).toString(), u"48100.00"_s);
        QCOMPARE(february->cells().value(u"M1.y"_s).toString(), u"1050007.00"_s);
        QVERIFY(!february->warningIds().contains(u"NO-PREVIOUS"_s));

        // 更正申报: a new revision with the filed overrides, naming what it replaces, with the difference.
        auto correction = filings.correct(u"vat-general"_s, u"2025-01"_s);
        QVERIFY2(correction, qPrintable(correction ? QString() : correction.error().message));
        QCOMPARE(correction->revision, 2);
        QCOMPARE(correction->replaces, filed->id);
        QCOMPARE(correction->cells().value(u"M19"_s).toString(), u"48100.00"_s);
        QVERIFY(filings.edit(u"vat-general"_s, u"2025-01"_s, {{u"A1.r1.c5"_s, u"60000.00"_s}, {u"A1.r1.c6"_s, u"7800.00"_s}},
                             u"补记未开票收入"_s));
        auto corrected = filings.file(u"vat-general"_s, u"2025-01"_s, true);
        QVERIFY(corrected);
        auto difference = filings.difference(*corrected);
        QVERIFY(difference);
        QCOMPARE(difference->value(u"M19"_s).toObject().value(u"before"_s).toString(), u"48100.00"_s);
        QCOMPARE(difference->value(u"M19"_s).toObject().value(u"after"_s).toString(), u"49400.00"_s);
        auto listed = filings.list(u"2025-01"_s);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(filings.current(u"vat-general"_s, u"2025-01"_s)->revision, 2);
        QCOMPARE(filings.revision(u"vat-general"_s, u"2025-01"_s, 1)->cells().value(u"M19"_s).toString(), u"48100.00"_s);

        // Every change is in the audit log.
        auto audit = m_store->auditLog();
        int filingEntries = 0;
        for (const store::AuditEntry &entry : std::as_const(*audit))
            filingEntries += entry.recordType == u"filing_return" ? 1 : 0;
        QVERIFY(filingEntries >= 8);

        // Exports: JSON and XML with the cell ids, XLSX a sheet per table, all in Chinese.
        const FilingExport exporter(*corrected, ourProfile(TaxpayerKind::General));
        QCOMPARE(exporter.json().value(u"cells"_s).toObject().value(u"M19"_s).toString(), u"49400.00"_s);
        QCOMPARE(exporter.json().value(u"fields"_s).toObject().value(u"ynse"_s).toString(), u"49400.00"_s);
        QVERIFY(exporter.xml().contains("<Cell id=\"M19\">49400.00</Cell>"));
        auto tables = exporter.tables();
        QVERIFY(tables);
        QCOMPARE(tables->size(), 8);
        QCOMPARE(tables->at(0).rows.at(0).mid(0, 3), (QStringList{u"栏次"_s, u"项目"_s, u"一般项目 本月数"_s}));
        QCOMPARE(tables->at(0).rows.at(19).mid(0, 3), (QStringList{u"19"_s, u"应纳税额"_s, u"49400.00"_s}));
        QCOMPARE(tables->at(0).rows.at(7).at(4), QString()); // M7 has no 即征即退 column: blank, never 0
        const QString xlsx = m_dir->filePath(u"return.xlsx"_s);
        QVERIFY(exporter.write(u"xlsx"_s, xlsx));
        auto sheet = payroll::Spreadsheet::read(xlsx);
        QVERIFY(sheet);
        QVERIFY(sheet->at(0).at(0).contains(u"增值税及附加税费申报表"_s));
    }

    void statutoryRuleReproducesThePublishedCalendar()
    {
        // The refunds spec §2.3 and its appendix: the 2026 holidays and make-up days (国办发明电〔2025〕7号) give
        // every published 2026 deadline (税总办征科函〔2025〕64号), as written in the spec, not read from the pack.
        const auto range = [](QDate from, QDate to) {
            QSet<QDate> days;
            for (QDate day = from; day <= to; day = day.addDays(1))
                days.insert(day);
            return days;
        };
        QSet<QDate> holidays = range(QDate(2026, 1, 1), QDate(2026, 1, 3));
        holidays |= range(QDate(2026, 2, 15), QDate(2026, 2, 23));
        holidays |= range(QDate(2026, 4, 4), QDate(2026, 4, 6));
        holidays |= range(QDate(2026, 5, 1), QDate(2026, 5, 5));
        holidays |= range(QDate(2026, 6, 19), QDate(2026, 6, 21));
        holidays |= range(QDate(2026, 9, 25), QDate(2026, 9, 27));
        holidays |= range(QDate(2026, 10, 1), QDate(2026, 10, 7));
        const QSet<QDate> makeUp{QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28),
                                 QDate(2026, 5, 9), QDate(2026, 9, 20), QDate(2026, 10, 10)};
        const QList<int> published{20, 24, 16, 20, 22, 15, 15, 17, 15, 26, 16, 15};
        for (int month = 1; month <= 12; ++month)
            QCOMPARE(FilingCalendar::statutoryDeadline(2026, month, holidays, makeUp),
                     QDate(2026, month, published.at(month - 1)));
        // Two holiday days inside the period extend nothing (2025-06: the 15th is a Sunday → the 16th).
        QCOMPARE(FilingCalendar::statutoryDeadline(2025, 6, range(QDate(2025, 6, 1), QDate(2025, 6, 2)), {}), QDate(2025, 6, 16));
    }

    void dueLateAndTheCalendar()
    {
        openStores(TaxpayerKind::General);
        Filings filings(*m_store, filingPack(), taxRules());
        const FilingCalendar calendar(filingPack());
        QCOMPARE(calendar.deadline(2026, 2).first, QDate(2026, 2, 24));
        QCOMPARE(calendar.deadline(2025, 10).first, QDate(2025, 10, 27));
        QCOMPARE(calendar.deadlineOf(*Period::parse(u"2026Q1"_s)).first, QDate(2026, 4, 20));
        QCOMPARE(calendar.deadlineOf(*Period::parse(u"2025Q3"_s)).first, QDate(2025, 10, 27));
        const auto estimated = calendar.deadline(2027, 5); // no 2027 calendar yet: 15 May 2027 is a Saturday
        QCOMPARE(estimated.first, QDate(2027, 5, 17));
        QVERIFY(estimated.second);

        auto due = filings.due(2026, 4, QDate(2026, 4, 10));
        QVERIFY(due);
        QCOMPARE(due->size(), 2); // VAT for March, CIT for Q1 (no payroll, no stamp-duty documents)
        QCOMPARE(due->at(0).form, u"vat-general"_s);
        QCOMPARE(due->at(0).period, u"2026-03"_s);
        QCOMPARE(due->at(0).deadline, QDate(2026, 4, 20));
        QCOMPARE(due->at(0).state, u"open"_s);
        QCOMPARE(due->at(1).form, u"cit-prepay"_s);
        QCOMPARE(due->at(1).period, u"2026Q1"_s);

        // Late with the tax known from the draft: 0.05% a day. (2026Q1 is the 2025 A200000: line 1 营业收入 → line 32.)
        auto saved = filings.saveData(u"income_statement"_s, u"2026Q1"_s,
                                      QJsonObject{{u"L1"_s, u"1000000.00"_s},
                                                  {u"H.staff.start"_s, 400},
                                                  {u"H.staff.end"_s, 400},
                                                  {u"H.assets.start"_s, u"6000"_s},
                                                  {u"H.assets.end"_s, u"6000"_s}});
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().code + u' ' + saved.error().message));
        QVERIFY(filings.generate(u"cit-prepay"_s, u"2026Q1"_s));
        auto late = filings.due(2026, 4, QDate(2026, 4, 30));
        QCOMPARE(late->at(1).state, u"late"_s);
        QVERIFY2(late->at(1).taxDue.has_value(), QJsonDocument(late->at(1).toJson()).toJson().constData());
        QCOMPARE(late->at(1).daysLate, 10);
        QCOMPARE(late->at(1).taxDue->toFixed(2), u"250000.00"_s);
        QCOMPARE(late->at(1).lateFee.toFixed(2), u"1250.00"_s); // 250,000 × 0.05% × 10
        QVERIFY(filings.file(u"cit-prepay"_s, u"2026Q1"_s, true));
        QCOMPARE(filings.due(2026, 4, QDate(2026, 4, 30))->at(1).state, u"filed"_s);

        // A month skipped after the first return Taxbox filed is late; months before it are not Taxbox's to judge.
        QVERIFY(filings.generate(u"vat-general"_s, u"2026-03"_s));
        QVERIFY(filings.file(u"vat-general"_s, u"2026-03"_s, true));
        auto june = filings.due(2026, 6, QDate(2026, 6, 10));
        QVERIFY(june);
        QCOMPARE(june->size(), 2);
        QCOMPARE(june->at(0).period, u"2026-05"_s);
        QCOMPARE(june->at(0).state, u"open"_s);
        QCOMPARE(june->at(1).period, u"2026-04"_s);
        QCOMPARE(june->at(1).state, u"late"_s);
        QCOMPARE(june->at(1).deadline, QDate(2026, 5, 22));
        QCOMPARE(june->at(1).daysLate, 19);
    }

    void incomeStatementStampDutyAndPayroll()
    {
        openStores(TaxpayerKind::SmallScale);
        Filings filings(*m_store, filingPack(), taxRules());
        QCOMPARE(filings.generate(u"vat-general"_s, u"2025-01"_s).error().code, u"wrong_form"_s);
        QCOMPARE(filings.saveData(u"stamp_documents"_s, u"2025Q2"_s, QJsonObject()).error().code, u"invalid_value"_s);
        QVERIFY(filings.saveData(
            u"stamp_documents"_s, u"2025Q2"_s,
            QJsonArray{QJsonObject{{u"item"_s, u"买卖合同"_s}, {u"base"_s, u"1200000.00"_s}, {u"number"_s, u"HT-1"_s}},
                       QJsonObject{{u"item"_s, u"买卖合同"_s}, {u"base"_s, u"800000.00"_s}},
                       QJsonObject{{u"item"_s, u"买卖合同"_s}, {u"base"_s, u"50000.00"_s}}}));
        auto stamp = filings.generate(u"stamp-duty"_s, u"2025Q2"_s);
        QVERIFY2(stamp, qPrintable(stamp ? QString() : stamp.error().message));
        QCOMPARE(stamp->cells().value(u"R.tax"_s).toString(), u"615.00"_s);
        QCOMPARE(stamp->cells().value(u"R.due"_s).toString(), u"307.50"_s); // a small-scale taxpayer's 六税两费 half
        const FilingExport stampExport(*stamp, ourProfile(TaxpayerKind::SmallScale));
        const QList<QStringList> template_ = stampExport.stampDutyImportTemplate();
        QCOMPARE(template_.at(4).at(1), u"11|正常申报"_s);
        QCOMPARE(template_.at(9).at(6), u"101110111|买卖合同"_s); // data from row 10, coded cells as 代码|名称
        QCOMPARE(template_.at(9).at(11), u"1200000.00"_s);

        // Payroll → the IIT return, with the 扣缴端 template.
        payroll::Payroll payroll(*m_store, taxRules());
        auto employee = payroll::Employee::fromJson(
            {{u"name"_s, u"张三"_s}, {u"resident_id"_s, u"11010519491231002X"_s}, {u"hire_date"_s, u"2020-01-01"_s}},
            QDate(2025, 1, 1));
        QVERIFY(employee);
        QVERIFY(payroll.addEmployee(*employee));
        for (int month = 1; month <= 2; ++month) {
            payroll::Entry entry;
            entry.residentId = u"11010519491231002X"_s;
            entry.wages.incomeFen = 3'000'000;
            entry.wages.specialFen = 320'000;
            entry.wages.additionalFen = 200'000;
            entry.additionalGiven = true;
            QVERIFY(payroll.importEntries({2025, month}, {entry}));
            QVERIFY(payroll.run({2025, month}));
        }
        auto iit = filings.generate(u"iit-withholding"_s, u"2025-02"_s);
        QVERIFY2(iit, qPrintable(iit ? QString() : iit.error().message));
        QCOMPARE(iit->cells().value(u"P.r1.due"_s).toString(), u"846.00"_s); // as the payroll computed it
        QVERIFY(!iit->warningIds().contains(u"IIT-PAYROLL"_s));
        QVERIFY(iit->warningIds().contains(u"IIT-03"_s)); // payroll keeps social insurance as one sum
        const FilingExport iitExport(*iit, ourProfile(TaxpayerKind::SmallScale));
        const QList<QStringList> rows = iitExport.withholdingImportTemplate();
        QCOMPARE(rows.at(0).size(), 29);
        QCOMPARE(rows.at(0).at(1), u"*姓名"_s);
        QCOMPARE(rows.at(1).at(3), u"11010519491231002X"_s);
        QCOMPARE(rows.at(1).at(4), u"30000.00"_s);
        QVERIFY(rows.at(1).at(28).contains(u"未分项"_s));

        // The income statement → A200000.
        QVERIFY(filings.saveData(u"income_statement"_s, u"2025Q1"_s,
                                 QJsonObject{{u"L1"_s, u"3000000.00"_s},
                                             {u"L3"_s, u"1900000.00"_s},
                                             {u"H.staff.start"_s, 120},
                                             {u"H.staff.end"_s, 200},
                                             {u"H.assets.start"_s, u"2000"_s},
                                             {u"H.assets.end"_s, u"4000"_s}}));
        auto cit = filings.generate(u"cit-prepay"_s, u"2025Q1"_s);
        QVERIFY(cit);
        QCOMPARE(cit->cells().value(u"L16"_s).toString(), u"95000.00"_s);
        QCOMPARE(cit->cells().value(u"H.small_low_profit"_s).toString(), u"true"_s);
    }

    void smallScaleFromInvoices()
    {
        openStores(TaxpayerKind::SmallScale);
        invoice::InvoiceBook book(*m_store, taxRules());
        book.setClock([] { return QDateTime(QDate(2025, 2, 10), QTime(2, 0), Qt::UTC); });
        // S2-like: goods 专票 50,000 + 普票 250,000 at 1%, services 普票 40,000 at 1%: above the threshold.
        QVERIFY(book.issue(goodsDraft(u"special"_s, u"北京朝阳科技有限公司"_s, u"91110108551385082Q"_s, u"50000"_s, u"0.01"_s)));
        QVERIFY(book.issue(goodsDraft(u"ordinary"_s, u"张三"_s, QString(), u"250000"_s, u"0.01"_s)));
        QVERIFY(book.issue(goodsDraft(u"ordinary"_s, u"张三"_s, QString(), u"40000"_s, u"0.01"_s, u"3040201010000000000"_s)));
        Filings filings(*m_store, filingPack(), taxRules());
        auto draft = filings.generate(u"vat-small"_s, u"2025Q1"_s);
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
        const QJsonObject cells = draft->cells();
        QCOMPARE(cells.value(u"M1.g"_s).toString(), u"300000.00"_s);
        QCOMPARE(cells.value(u"M2.g"_s).toString(), u"50000.00"_s);
        QCOMPARE(cells.value(u"M3.g"_s).toString(), u"250000.00"_s);
        QCOMPARE(cells.value(u"M1.s"_s).toString(), u"40000.00"_s);
        QCOMPARE(cells.value(u"M20.g"_s).toString(), u"3000.00"_s);
        QCOMPARE(cells.value(u"M23"_s).toString(), u"119.00"_s);
        QVERIFY(!draft->hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestFilings)
#include "TestFilings.moc"
