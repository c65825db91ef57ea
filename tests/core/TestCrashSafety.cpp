#include "store/EnterpriseStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNoCommittedRow();
};

void TestCrashSafety::killedWriterLosesNoCommittedRow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.db"_s);
    const crypto::SecureBytes key = crypto::SecureBytes::random(32);
    QSet<qint64> confirmed;

    for (int round = 0; round < 4; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(TAXBOX_CRASH_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        writer.write(key.view().toHex() + '\n');
        writer.closeWriteChannel();
        // Kill at a different point each round, mid-loop.
        const int target = 20 + static_cast<int>(QRandomGenerator::global()->bounded(200));
        int seen = 0;
        QByteArray pending;
        while (seen < target) {
            QVERIFY2(writer.waitForReadyRead(30'000), writer.readAllStandardError().constData());
            pending += writer.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                confirmed.insert(pending.left(end).toLongLong());
                pending.remove(0, end + 1);
                ++seen;
            }
        }
        writer.kill(); // SIGKILL on Unix: no destructor, no rollback, no checkpoint
        QVERIFY(writer.waitForFinished());
        // Rows confirmed after our last read are committed as well; read them so the check is exact.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (!line.isEmpty())
                confirmed.insert(line.toLongLong());
        }
    }

    auto store = store::EnterpriseStore::open(path, key, u"crash"_s, {u"u1"_s, u"checker"_s, Role::Viewer});
    QVERIFY(store.has_value());
    QVERIFY((*store)->database().checkIntegrity().has_value());
    QSet<qint64> audited;
    const auto audit = (*store)->auditLog();
    for (const store::AuditEntry &entry : *audit) {
        if (entry.recordType == u"probe"_s)
            audited.insert(entry.recordId.toLongLong());
    }
    for (const qint64 id : std::as_const(confirmed))
        QVERIFY2(audited.contains(id), qPrintable(u"committed row %1 lost"_s.arg(id)));
    // The outbox was written in the same transactions: exactly one item per change.
    const auto outbox = (*store)->outbox();
    QCOMPARE(outbox->size() - 1, audited.size()); // + the enterprise creation
    QVERIFY(confirmed.size() >= 80);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
