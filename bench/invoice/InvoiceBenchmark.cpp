// bench/invoice: N invoices of 5 lines (default 10,000) issued in one batch on an encrypted enterprise
// store — validated against the rule pack, numbered from a granted range, signed (Ed25519), stored
// with their lines, audited and queued in the outbox. The baseline, in the same run, inserts the same
// rows (invoice, lines, audit entry, outbox item, already made) into a plain SQLite database with the
// same schema: the ratio is what issuing costs over merely writing.
//
// Then the buyer's side: the invoices' XML files written to a folder are imported as received invoices
// (进项发票) into the buyer's encrypted store — read, checked, deduplicated, stored and audited in one
// transaction. The baseline, in the same run, is reading and checking the same bytes alone
// (readEInvoiceXml + checkDocument): the ratio is what registering costs over parsing.
//
//   taxbox-bench-invoice [--invoices N]

#include "../../tests/core/InvoiceFixtures.h"
#include "../BenchCheck.h"

#include "crypto/Crypto.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoiceDocument.h"
#include "invoice/InvoiceFile.h"
#include "invoice/ReceivedInvoices.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using taxbox::bench::check;

namespace {

invoice::InvoiceDraft fiveLines(int i)
{
    invoice::InvoiceDraft draft = testing::sampleDraft(u"%1.%2"_s.arg(1000 + i % 5000).arg(i % 100, 2, 10, QChar(u'0')));
    invoice::LineInput extra = draft.lines.first();
    for (int l = 0; l < 3; ++l) {
        extra.name = u"运维服务%1"_s.arg(l + 1);
        extra.quantity = Decimal::fromInteger(1 + l);
        extra.unitPrice = *Decimal::parse(u"%1.50"_s.arg(100 + i % 97));
        draft.lines.append(extra);
    }
    return draft;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"invoices"_s, u"Invoices in the batch (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.process(app);
    const int count = std::max(10, parser.value(u"invoices"_s).toInt());

    QTemporaryDir dir;
    EnterpriseProfile profile;
    profile.name = u"基准测试有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    const store::Actor actor{u"u1"_s, u"王会计"_s, Role::Accountant};
    auto store = check(
        store::EnterpriseStore::create(dir.filePath(u"encrypted.db"_s), crypto::SecureBytes::random(32), u"e1"_s, profile, actor),
        "store");
    testing::LocalServer server;
    check(testing::grantLocally(*store, server, 1, count), "grant");
    invoice::InvoiceBook book(*store, *check(rules::RulePack::builtIn(), "rule pack"));
    QList<invoice::InvoiceDraft> drafts;
    drafts.reserve(count);
    for (int i = 0; i < count; ++i)
        drafts.append(fiveLines(i));

    QElapsedTimer timer;
    timer.start();
    auto batch = check(book.issueBatch(drafts, invoice::BatchMode::AllOrNothing), "issue");
    const qint64 issueNs = timer.nsecsElapsed();
    if (batch.issued.size() != count || !batch.errors.isEmpty()) {
        std::fprintf(stderr, "bench: %lld issued, %lld errors\n", static_cast<long long>(batch.issued.size()),
                     static_cast<long long>(batch.errors.size()));
        return 1;
    }

    // Baseline: the same rows, already made, into plain SQLite with the same schema.
    auto plain = check(store::Database::openUnencrypted(dir.filePath(u"plain.db"_s), store::Database::Mode::Create), "plain");
    check(store::migrate(plain, store::enterpriseMigrations()), "schema");
    QList<QString> contents;
    contents.reserve(count);
    for (const invoice::IssuedInvoice &issued : std::as_const(batch.issued))
        contents.append(QString::fromUtf8(QJsonDocument(issued.invoice.content()).toJson(QJsonDocument::Compact)));
    timer.restart();
    {
        auto transaction = check(store::Transaction::begin(plain), "begin");
        auto invoiceRow = check(plain.prepare("INSERT INTO invoice (number, kind, issued_at, issue_date, buyer_name, buyer_code, "
                                              "amount_fen, tax_fen, total_fen, range_id, content, signature, server_key) "
                                              "VALUES (?, 'special', ?, ?, ?, ?, ?, ?, ?, 'r', ?, ?, 'k')"),
                                "prepare");
        auto lineRow
            = check(plain.prepare("INSERT INTO invoice_line (number, line, rate, amount_fen, tax_fen) VALUES (?, ?, ?, ?, ?)"),
                    "prepare");
        auto auditRow = check(plain.prepare("INSERT INTO audit_log (at, user_id, user_name, action, record_type, record_id, "
                                            "after_hash) VALUES (?, 'u1', '王会计', 'issue', 'invoice', ?, ?)"),
                              "prepare");
        auto outboxRow = check(plain.prepare("INSERT INTO outbox (uuid, type, payload, created_at, record_key) VALUES (?, "
                                             "'invoice.issued', ?, ?, ?)"),
                               "prepare");
        for (qsizetype i = 0; i < batch.issued.size(); ++i) {
            const invoice::Invoice &invoice = batch.issued.at(i).invoice;
            const QString at = invoice.issuedAt.toString(Qt::ISODate);
            invoiceRow.bind(1, invoice.number)
                .bind(2, at)
                .bind(3, at.left(10))
                .bind(4, invoice.buyer.name)
                .bind(5, invoice.buyer.creditCode)
                .bind(6, qint64{invoice.totals.amount.fen()})
                .bind(7, qint64{invoice.totals.tax.fen()})
                .bind(8, qint64{invoice.totals.total.fen()})
                .bind(9, contents.at(i))
                .bind(10, QString::fromLatin1(batch.issued.at(i).signature.signature.toBase64()));
            check(invoiceRow.run(), "insert");
            invoiceRow.reset();
            for (qsizetype l = 0; l < invoice.lines.size(); ++l) {
                lineRow.bind(1, invoice.number)
                    .bind(2, static_cast<qint64>(l + 1))
                    .bind(3, invoice.lines.at(l).input.rate.toString())
                    .bind(4, qint64{invoice.lines.at(l).amount.fen()})
                    .bind(5, qint64{invoice.lines.at(l).tax.fen()});
                check(lineRow.run(), "insert");
                lineRow.reset();
            }
            auditRow.bind(1, at).bind(2, invoice.number).bind(3, u"h"_s);
            check(auditRow.run(), "insert");
            auditRow.reset();
            outboxRow.bind(1, invoice.number).bind(2, contents.at(i)).bind(3, at).bind(4, u"invoice:"_s + invoice.number);
            check(outboxRow.run(), "insert");
            outboxRow.reset();
        }
        check(transaction.commit(), "commit");
    }
    const qint64 plainNs = timer.nsecsElapsed();

    const double issuedPerSecond = count / (issueNs / 1e9);
    const double plainPerSecond = count / (plainNs / 1e9);
    std::printf("invoices: %d of 5 lines, one batch\n", count);
    std::printf("issued (validated, numbered, signed, stored, audited, queued; SQLCipher): %.0f invoices/s (%.1f µs each)\n",
                issuedPerSecond, issueNs / 1e3 / count);
    std::printf("baseline (same rows into plain SQLite): %.0f invoices/s (%.1f µs each)\n", plainPerSecond,
                plainNs / 1e3 / count);
    std::printf("ratio issuing/plain insert time: %.2f\n", static_cast<double>(issueNs) / static_cast<double>(plainNs));

    // The buyer imports the same invoices from their XML files.
    QList<QByteArray> files;
    files.reserve(count);
    const QString folder = dir.filePath(u"received"_s);
    QDir().mkpath(folder);
    for (const invoice::IssuedInvoice &issued : std::as_const(batch.issued)) {
        files.append(invoice::InvoiceFile::toXml(issued));
        QFile file(QDir(folder).filePath(issued.invoice.number + u".xml"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(files.last()) != files.last().size())
            return 1;
    }
    timer.restart();
    qint64 checked = 0;
    for (const QByteArray &bytes : std::as_const(files)) {
        auto document = check(invoice::readEInvoiceXml(bytes), "parse");
        const QList<invoice::VerificationCheck> checks = invoice::checkDocument(document);
        checked += std::all_of(checks.begin(), checks.end(), [](const invoice::VerificationCheck &c) { return c.passed; });
    }
    const qint64 parseNs = timer.nsecsElapsed();
    EnterpriseProfile buyer;
    buyer.name = u"北京朝阳科技有限公司"_s;
    buyer.creditCode = u"91110108551385082Q"_s;
    buyer.region = u"110105"_s;
    auto buyerStore = check(
        store::EnterpriseStore::create(dir.filePath(u"buyer.db"_s), crypto::SecureBytes::random(32), u"e2"_s, buyer, actor),
        "buyer store");
    invoice::ReceivedInvoices received(*buyerStore);
    timer.restart();
    auto imported = check(received.importFiles({folder}), "import");
    const qint64 importNs = timer.nsecsElapsed();
    if (checked != count || imported.imported.size() != count) {
        std::fprintf(stderr, "bench: %lld checked, %lld imported, %lld refused\n", static_cast<long long>(checked),
                     static_cast<long long>(imported.imported.size()), static_cast<long long>(imported.refused.size()));
        return 1;
    }
    std::printf("received: %d XML files imported (read, checked, stored, audited; SQLCipher): %.0f files/s (%.1f µs each)\n",
                count, count / (importNs / 1e9), importNs / 1e3 / count);
    std::printf("baseline (the same bytes read and checked alone): %.0f files/s (%.1f µs each)\n", count / (parseNs / 1e9),
                parseNs / 1e3 / count);
    std::printf("ratio importing/parsing time: %.2f\n", static_cast<double>(importNs) / static_cast<double>(parseNs));
    return 0;
}
