// A child issuing invoices in a loop is killed (SIGKILL) at random points, several times, on the same
// store. Afterwards: every number the child confirmed is there, no number is used twice or skipped
// (numbers taken by a killed transaction were rolled back with it), the grant's counter is right
// after the last, and the outbox holds exactly one signed "invoice.issued" per invoice.

#include "crypto/Crypto.h"
#include "invoice/InvoiceBook.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncLedger.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

class TestInvoiceCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedIssuerNeverNumbersTwiceNorLosesAnInvoice();
};

void TestInvoiceCrash::killedIssuerNeverNumbersTwiceNorLosesAnInvoice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"issuer.db"_s);
    const crypto::SecureBytes key = crypto::SecureBytes::random(32);
    QSet<QString> confirmed;
    for (int round = 0; round < 5; ++round) {
        QProcess issuer;
        issuer.start(QStringLiteral(TAXBOX_INVOICE_ISSUER), {path});
        QVERIFY(issuer.waitForStarted());
        issuer.write(key.view().toHex() + '\n');
        issuer.closeWriteChannel();
        const int target = 10 + static_cast<int>(QRandomGenerator::global()->bounded(150));
        int seen = 0;
        QByteArray pending;
        while (seen < target) {
            QVERIFY2(issuer.waitForReadyRead(30'000), issuer.readAllStandardError().constData());
            pending += issuer.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                QVERIFY2(!confirmed.contains(QString::fromLatin1(pending.left(end))), "a number was confirmed twice");
                confirmed.insert(QString::fromLatin1(pending.left(end)));
                pending.remove(0, end + 1);
                ++seen;
            }
        }
        issuer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        QVERIFY(issuer.waitForFinished());
        pending += issuer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (!line.isEmpty())
                confirmed.insert(QString::fromLatin1(line));
        }
    }

    auto store = store::EnterpriseStore::open(path, key, u"crash"_s, {u"u1"_s, u"checker"_s, Role::Viewer});
    QVERIFY(store);
    QVERIFY((*store)->database().checkIntegrity());
    invoice::InvoiceBook book(**store, **rules::RulePack::builtIn());
    auto rows = book.ledger({});
    QVERIFY(rows);
    QSet<QString> stored;
    QList<qint64> sequences;
    for (const invoice::LedgerRow &row : std::as_const(*rows)) {
        stored.insert(row.number);
        sequences.append(row.number.right(15).toLongLong());
    }
    QCOMPARE(stored.size(), rows->size()); // no number twice
    for (const QString &number : std::as_const(confirmed))
        QVERIFY2(stored.contains(number), qPrintable(u"confirmed invoice %1 lost"_s.arg(number)));
    // Numbers 1..N without a gap, and the range continues right after the last.
    std::sort(sequences.begin(), sequences.end());
    for (qsizetype i = 0; i < sequences.size(); ++i)
        QCOMPARE(sequences.at(i), i + 1);
    auto grants = sync::SyncLedger(**store).grants();
    QCOMPARE(grants->first().next, sequences.size() + 1);
    // One outbox item per invoice, each carrying the invoice it names with a valid signature.
    QSet<QString> queued;
    const auto outbox = (*store)->outbox();
    QVERIFY(outbox);
    for (const store::OutboxItem &item : *outbox) {
        if (item.type != u"invoice.issued")
            continue;
        auto invoice = invoice::Invoice::fromContent(item.payload.value(u"content"_s).toObject());
        QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().message));
        QVERIFY(!queued.contains(invoice->number));
        queued.insert(invoice->number);
        auto found = book.find(invoice->number);
        QVERIFY(found);
        QVERIFY(crypto::Ed25519::verify(found->signature.deviceKey(), invoice->signingBytes(),
                                        QByteArray::fromBase64(item.payload.value(u"signature"_s).toString().toLatin1())));
    }
    QCOMPARE(queued, stored);
    QVERIFY(confirmed.size() >= 50);
}

QTEST_GUILESS_MAIN(TestInvoiceCrash)
#include "TestInvoiceCrash.moc"
