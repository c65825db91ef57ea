// bench/filing: a general taxpayer's VAT return generated from an encrypted store holding a year of
// issued invoices (default 1,000,000, one or two lines each) and received invoices confirmed for deduction
// (default 500,000), spread over the twelve months. Reports the time of Filings::generate for one month and
// its ratio to the bare aggregate queries over the same rows, run in the same process on the same store
// (what any implementation has to read).
//
//   taxbox-bench-filing [--issued N] [--received M] [--repeat R]

#include "../BenchCheck.h"
#include "filing/Filings.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using taxbox::bench::check;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"issued"_s, u"Issued invoices in the year (default 1000000)."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"received"_s, u"Received invoices deducted in the year (default 500000)."_s, u"n"_s, u"500000"_s});
    parser.addOption({u"repeat"_s, u"Runs of each measurement; the median is reported (default 5)."_s, u"n"_s, u"5"_s});
    parser.process(app);
    const qint64 issued = std::max<qint64>(120, parser.value(u"issued"_s).toLongLong());
    const qint64 received = std::max<qint64>(120, parser.value(u"received"_s).toLongLong());
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());

    const rules::RulePack &taxRules = *check(rules::RulePack::builtIn(), "rule pack");
    const filing::FilingPack &pack = *check(filing::FilingPack::builtIn(), "filing pack");
    QTemporaryDir dir;
    EnterpriseProfile profile;
    profile.name = u"基准测试制造有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.taxpayerKind = TaxpayerKind::General;
    profile.region = u"350102"_s;
    const crypto::SecureBytes key = crypto::SecureBytes::random(32);
    auto store = check(store::EnterpriseStore::create(dir.filePath(u"bench.db"_s), key.clone(), u"bench"_s, profile,
                                                      {u"u"_s, u"bench"_s, Role::Accountant}),
                       "store");
    store::Database &database = store->database();

    // A year of invoices, written straight into the tables (issuing a million through InvoiceBook is the
    // invoice benchmark's subject, not this one's).
    QElapsedTimer fill;
    fill.start();
    QRandomGenerator random(2025);
    const QStringList rates{u"0.13"_s, u"0.13"_s, u"0.09"_s, u"0.06"_s, u"0.03"_s};
    {
        auto transaction = check(store::Transaction::begin(database), "transaction");
        auto invoice = check(database.prepare("INSERT INTO invoice (number, kind, issued_at, issue_date, buyer_name, buyer_code, "
                                              "amount_fen, tax_fen, total_fen, range_id, content, signature, server_key) VALUES "
                                              "(?, ?, ?, ?, '买方', '91110108551385082Q', ?, ?, ?, 'r', '{}', '', '')"),
                             "prepare");
        auto line = check(database.prepare("INSERT INTO invoice_line (number, line, rate, amount_fen, tax_fen, category) VALUES "
                                           "(?, ?, ?, ?, ?, ?)"),
                          "prepare");
        for (qint64 i = 0; i < issued; ++i) {
            const QDate day = QDate(2025, 1, 1).addDays(static_cast<int>(i * 365 / issued));
            const QString number = u"25350000000%1"_s.arg(i, 9, 10, QLatin1Char('0'));
            const int lines = 1 + static_cast<int>(i % 2);
            qint64 amount = 0;
            qint64 tax = 0;
            struct LineFigures
            {
                QString rate;
                qint64 amount;
                qint64 tax;
            };
            QList<LineFigures> figures;
            for (int l = 1; l <= lines; ++l) {
                const QString rate = rates.at(static_cast<int>(random.bounded(rates.size())));
                const qint64 lineAmount = 10'000 + random.bounded(10'000'000);
                const qint64 lineTax = lineAmount * qRound(rate.toDouble() * 100) / 100;
                amount += lineAmount;
                tax += lineTax;
                figures.append({rate, lineAmount, lineTax});
            }
            invoice.bind(1, number)
                .bind(2, i % 3 == 0 ? u"ordinary"_s : u"special"_s)
                .bind(3, day.toString(Qt::ISODate))
                .bind(4, day.toString(Qt::ISODate))
                .bind(5, amount)
                .bind(6, tax)
                .bind(7, amount + tax);
            check(invoice.run(), "invoice");
            invoice.reset();
            for (int l = 1; l <= lines; ++l) {
                const LineFigures &f = figures.at(l - 1);
                line.bind(1, number)
                    .bind(2, qint64{l})
                    .bind(3, f.rate)
                    .bind(4, f.amount)
                    .bind(5, f.tax)
                    .bind(6, l == 2 ? u"3"_s : u"1"_s);
                check(line.run(), "line");
                line.reset();
            }
        }
        auto receivedInsert
            = check(database.prepare(
                        "INSERT INTO received_invoice (number, voucher_type, document, source, file_name, file_sha256, checks, "
                        "deductible_tax_fen, use, use_period, use_reason, imported_at, issue_month, seller_code, seller_name, "
                        "amount_fen, invoice_kind) VALUES (?, ?, '{}', 'xml', '', '', '[]', ?, 'deduct', ?, '', '2025-01-01', ?, "
                        "'91110108551385082Q', '供应商', ?, 'special')"),
                    "prepare");
        for (qint64 i = 0; i < received; ++i) {
            const QString month = QDate(2025, 1, 1).addMonths(static_cast<int>(i * 12 / received)).toString(u"yyyy-MM"_s);
            const qint64 amount = 10'000 + random.bounded(5'000'000);
            receivedInsert.bind(1, u"25110000000%1"_s.arg(i, 9, 10, QLatin1Char('0')))
                .bind(2, i % 20 == 0 ? u"customs"_s : u"invoice"_s)
                .bind(3, amount * 13 / 100)
                .bind(4, month)
                .bind(5, month)
                .bind(6, amount);
            check(receivedInsert.run(), "received");
            receivedInsert.reset();
        }
        check(transaction.commit(), "commit");
    }
    std::printf("filled %lld issued and %lld received invoices in %.1f s\n", static_cast<long long>(issued),
                static_cast<long long>(received), static_cast<double>(fill.elapsed()) / 1000.0);

    // The baseline: the two aggregates the return needs, as bare queries.
    const auto bare = [&database] {
        auto issuedTotals
            = check(database.prepare("SELECT i.kind, l.rate, l.category IN ('3', '4', '5'), count(DISTINCT i.number), "
                                     "sum(l.amount_fen), sum(l.tax_fen) FROM invoice i JOIN invoice_line l ON "
                                     "l.number = i.number WHERE i.issue_date BETWEEN '2025-06-01' AND '2025-06-30' "
                                     "AND NOT EXISTS (SELECT 1 FROM invoice_void v WHERE v.number = i.number) GROUP BY "
                                     "1, 2, 3"),
                    "prepare");
        qint64 rows = 0;
        check(issuedTotals.forEachRow([&] { ++rows; }), "issued totals");
        auto receivedTotals = check(database.prepare("SELECT voucher_type, invoice_kind, count(*), sum(amount_fen), "
                                                     "sum(deductible_tax_fen) FROM received_invoice WHERE use = 'deduct' AND "
                                                     "use_period BETWEEN '2025-06' AND '2025-06' GROUP BY 1, 2"),
                                    "prepare");
        check(receivedTotals.forEachRow([&] { ++rows; }), "received totals");
        return rows;
    };
    filing::Filings filings(*store, pack, taxRules);
    QList<double> bareTimes;
    QList<double> generateTimes;
    QString m11;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        (void)bare();
        bareTimes.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const filing::FilingReturn draft = check(filings.generate(u"vat-general"_s, u"2025-06"_s), "generate");
        generateTimes.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        m11 = draft.cells().value(u"M11"_s).toString();
    }
    // The home page's 办税日历 asks every enterprise what is due: the cost per enterprise (the store open).
    QList<double> dueTimes;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        (void)check(filings.due(2025, 7, QDate(2025, 7, 10)), "due");
        dueTimes.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const double bareMs = median(bareTimes);
    const double generateMs = median(generateTimes);
    std::printf("one month (2025-06) of %lld issued / %lld received invoices a year: M11 %s\n", static_cast<long long>(issued),
                static_cast<long long>(received), qPrintable(m11));
    std::printf("bare aggregate queries: %.1f ms\n", bareMs);
    std::printf("Filings::generate (queries, engine, checks, draft stored and audited): %.1f ms\n", generateMs);
    std::printf("ratio generate/bare: %.2f\n", generateMs / bareMs);
    QList<double> openTimes;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        auto reopened = check(store::EnterpriseStore::open(dir.filePath(u"bench.db"_s), key.clone(), u"bench"_s,
                                                           {u"u"_s, u"bench"_s, Role::Accountant}),
                              "open");
        openTimes.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("what is due (one enterprise, its store open): %.2f ms; opening an enterprise's store: %.2f ms\n",
                median(dueTimes), median(openTimes));
    return 0;
}
