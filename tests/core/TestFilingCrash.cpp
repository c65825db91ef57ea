// A child filing returns in a loop is killed (SIGKILL) at random points, several times, on the same store.
// Afterwards: every return the child confirmed is filed, none is filed twice, and the outbox holds exactly
// one signed "filing.filed" per filed return (none for a draft a kill left behind).

#include "crypto/Crypto.h"
#include "filing/Filings.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

class TestFilingCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedFilerNeverLosesNorDuplicatesAReturn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"filer.db"_s);
        const crypto::SecureBytes key = crypto::SecureBytes::random(32);
        QSet<QString> confirmed;
        for (int round = 0; round < 5; ++round) {
            QProcess filer;
            filer.start(QStringLiteral(TAXBOX_FILING_FILER), {path});
            QVERIFY(filer.waitForStarted());
            filer.write(key.view().toHex() + '\n');
            filer.closeWriteChannel();
            const int target = 5 + static_cast<int>(QRandomGenerator::global()->bounded(40));
            int seen = 0;
            QByteArray pending;
            while (seen < target) {
                QVERIFY2(filer.waitForReadyRead(30'000), filer.readAllStandardError().constData());
                pending += filer.readAllStandardOutput();
                while (pending.contains('\n')) {
                    const qsizetype end = pending.indexOf('\n');
                    const QString period = QString::fromLatin1(pending.left(end));
                    QVERIFY2(!confirmed.contains(period), "a return was confirmed twice");
                    confirmed.insert(period);
                    pending.remove(0, end + 1);
                    ++seen;
                }
            }
            // Now and then in the middle of a filing: a short random delay before the kill.
            QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(20)));
            filer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
            QVERIFY(filer.waitForFinished());
            pending += filer.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                if (!line.isEmpty())
                    confirmed.insert(QString::fromLatin1(line));
            }
        }

        auto store = store::EnterpriseStore::open(path, key, u"crash"_s, {u"u1"_s, u"checker"_s, Role::Viewer});
        QVERIFY(store);
        QVERIFY((*store)->database().checkIntegrity());
        filing::Filings filings(**store, **filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
        auto returns = filings.list();
        QVERIFY(returns);
        QSet<QString> filed;
        for (const filing::FilingReturn &r : std::as_const(*returns)) {
            if (r.state != u"filed")
                continue;
            QVERIFY2(!filed.contains(r.period), qPrintable(u"%1 filed twice"_s.arg(r.period)));
            QCOMPARE(r.revision, 1);
            filed.insert(r.period);
        }
        for (const QString &period : std::as_const(confirmed))
            QVERIFY2(filed.contains(period), qPrintable(u"confirmed return %1 lost"_s.arg(period)));
        // One outbox item per filed return, signed over what was filed; none for a draft.
        QSet<QString> queued;
        auto outbox = (*store)->outbox();
        QVERIFY(outbox);
        for (const store::OutboxItem &item : std::as_const(*outbox)) {
            if (item.type != u"filing.filed")
                continue;
            const QJsonObject content = item.payload.value(u"content"_s).toObject();
            const QString period = content.value(u"period"_s).toString();
            QVERIFY2(!queued.contains(period), qPrintable(u"%1 queued twice"_s.arg(period)));
            queued.insert(period);
            QVERIFY(crypto::Ed25519::verify(QByteArray::fromBase64(item.payload.value(u"public_key"_s).toString().toLatin1()),
                                            "taxbox-filing-v1\n" + QJsonDocument(content).toJson(QJsonDocument::Compact),
                                            QByteArray::fromBase64(item.payload.value(u"signature"_s).toString().toLatin1())));
        }
        QCOMPARE(queued, filed);
        QVERIFY(confirmed.size() >= 25);
    }
};

QTEST_GUILESS_MAIN(TestFilingCrash)
#include "TestFilingCrash.moc"
