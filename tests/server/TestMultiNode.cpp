// A firm's deployment on loopback, as docs/deploy.md describes it: one PostgreSQL cluster, two taxbox-server nodes on
// it and HAProxy in front (health checks on /api/v1/health). Devices upload and take number ranges through the balancer
// while one node is killed (SIGKILL) in the middle; every device finishes, the database holds each item once, no
// number is granted twice, and a pg_dump backup restored into a new database holds the same.
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "ServerStore.h"
#include "crypto/Crypto.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace taxbox;
using namespace Qt::Literals::StringLiterals;

class TestMultiNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoNodesBehindHAProxySurviveAKilledNode();

private:
    std::unique_ptr<store::EnterpriseStore> makeStore(const QString &name, int device, int items);
    QTemporaryDir m_dir;
};

namespace {
constexpr auto kCode = "91350100M000100Y43";
constexpr int kDevices = 4;
constexpr int kItems = 300; ///< per device, besides its "enterprise.created"
constexpr int kGrants = 6; ///< number ranges asked for by each device
constexpr int kPerGrant = 5;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

std::unique_ptr<store::EnterpriseStore> TestMultiNode::makeStore(const QString &name, int device, int items)
{
    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = QString::fromLatin1(kCode);
    profile.region = u"350100"_s;
    auto store = store::EnterpriseStore::create(m_dir.filePath(name), crypto::SecureBytes::random(32), u"e1"_s, profile,
                                                {u"u1"_s, u"王会计"_s, Role::Admin});
    if (!store)
        qFatal("store: %s", qPrintable(store.error().message));
    auto transaction = store::Transaction::begin((*store)->database());
    for (int i = 0; i < items; ++i) {
        // Each device writes its own entities: what is tested is delivery, not conflicts.
        const QString entity = QString::number(device * 100'000 + i);
        if (!(*store)->recordChange({u"test"_s, u"item"_s, entity, {}, QJsonObject{{u"n"_s, i}}, u"test.item"_s}))
            qFatal("cannot write the outbox");
    }
    if (!transaction->commit())
        qFatal("cannot commit the outbox");
    return std::move(*store);
}

void TestMultiNode::twoNodesBehindHAProxySurviveAKilledNode()
{
    const QString haproxy = QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (haproxy.isEmpty())
        QSKIP("HAProxy is not installed (scripts/install-deps-debian.sh --with-test-tools)");
    QString why;
    auto cluster = test::PostgresCluster::start(&why);
    if (!cluster)
        QSKIP(qPrintable(why));
    const QString database = cluster->createDatabase(u"taxbox"_s);
    // The nodes share the database and the server's keys (the data folder: keys only, no SQLite file with --database).
    const QString data = m_dir.filePath(u"server"_s);
    QVERIFY(QDir().mkpath(data));
    const QStringList shared{u"--data"_s, data, u"--database"_s, database};
    QCOMPARE(test::serverAdmin(shared + QStringList{u"account"_s, u"add"_s, u"wang"_s}, "correct horse"), 0);
    // The schema is there now: the next command's schema check says nothing to the administrator (no PostgreSQL NOTICE).
    const auto [added, adminErrors] = test::serverAdminWithErrors(
        shared + QStringList{u"enterprise"_s, u"add"_s, QString::fromLatin1(kCode), u"闽江"_s, u"--member"_s, u"wang"_s});
    QCOMPARE(added, 0);
    QVERIFY2(!adminErrors.contains("NOTICE") && !adminErrors.contains("already exists"), adminErrors.constData());
    QProcess nodeA;
    QProcess nodeB;
    // The first node makes the keys; the second starts once they exist (compose.yaml: node2 depends on node1's health).
    const QUrl a = test::startServer(nodeA, shared, m_dir.filePath(u"node-a.log"_s));
    const QUrl b = test::startServer(nodeB, shared, m_dir.filePath(u"node-b.log"_s));
    const auto log = [&](const QString &name) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().right(2000) : QByteArray();
    };
    QVERIFY2(a.isValid() && b.isValid(), (log(u"node-a.log"_s) + log(u"node-b.log"_s)).constData());

    // HAProxy as installer/server/haproxy.cfg configures it, on loopback.
    QFile templateFile(QStringLiteral(TAXBOX_HAPROXY_CFG));
    QVERIFY(templateFile.open(QIODevice::ReadOnly));
    const quint16 front = freePort();
    QString config = QString::fromUtf8(templateFile.readAll());
    // The file as a firm deploys it, TLS bind included, is valid HAProxy configuration (with a certificate made here).
    {
        const QString pem = m_dir.filePath(u"taxbox.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                       u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=taxbox.example"_s, u"-keyout"_s, pem, u"-out"_s, pem + u".crt"_s});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        QFile key(pem);
        QFile certificate(pem + u".crt"_s);
        QVERIFY(key.open(QIODevice::ReadWrite | QIODevice::Append) && certificate.open(QIODevice::ReadOnly));
        key.write(certificate.readAll());
        key.close();
        QFile production(m_dir.filePath(u"haproxy-production.cfg"_s));
        QVERIFY(production.open(QIODevice::WriteOnly));
        production.write(QString(config).replace(u"/usr/local/etc/haproxy/certs/taxbox.pem"_s, pem).toUtf8());
        production.close();
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(haproxy, {u"-c"_s, u"-f"_s, production.fileName()});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }
    config
        .replace(u"bind :8443 ssl crt /usr/local/etc/haproxy/certs/taxbox.pem alpn http/1.1"_s, u"bind 127.0.0.1:%1"_s.arg(front))
        .replace(u"server node1 node1:8080"_s, u"server node1 127.0.0.1:%1"_s.arg(a.port()))
        .replace(u"server node2 node2:8080"_s, u"server node2 127.0.0.1:%1"_s.arg(b.port()));
    QVERIFY(config.contains(u"127.0.0.1:%1"_s.arg(a.port())) && config.contains(u"127.0.0.1:%1"_s.arg(b.port())));
    QFile configFile(m_dir.filePath(u"haproxy.cfg"_s));
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(config.toUtf8());
    configFile.close();
    QProcess balancer;
    balancer.setProcessChannelMode(QProcess::MergedChannels);
    balancer.setStandardOutputFile(m_dir.filePath(u"haproxy.log"_s));
    balancer.start(haproxy, {u"-db"_s, u"-f"_s, configFile.fileName()});
    QVERIFY(balancer.waitForStarted());
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(front));
    sync::HttpClient probe({});
    QElapsedTimer waited;
    waited.start();
    while (true) {
        auto health = probe.get(url.resolved(QUrl(u"/api/v1/health"_s)));
        if (health && health->status == 200)
            break;
        QVERIFY2(waited.elapsed() < 20'000, "HAProxy did not answer");
        QThread::msleep(100);
    }

    sync::SyncClient::Options signInOptions;
    signInOptions.server = url;
    auto signedIn = sync::SyncClient(signInOptions).login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message));
    const QString enterpriseId = signedIn->value(u"enterprises"_s).toArray().first().toObject().value(u"id"_s).toString();

    // The devices: each uploads its outbox in small batches and asks for number ranges, through the balancer.
    // Each device's store lives in its own thread from creation to the end, as a database connection must.
    std::vector<sync::SyncReport> reports(kDevices);
    std::vector<int> notAccepted(kDevices, -1);
    std::vector<QList<QJsonObject>> grants(kDevices);
    std::vector<QString> errors(kDevices);
    std::atomic<int> grantsTaken = 0;
    std::vector<std::thread> devices;
    for (int device = 0; device < kDevices; ++device) {
        devices.emplace_back([&, device] {
            sync::SyncClient::Options options;
            options.server = url;
            options.batchSize = 5;
            options.maxAttempts = 60;
            options.sleep = [](int) { QThread::msleep(50); };
            sync::SyncClient client(options);
            auto login = client.login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
            if (!login) {
                errors[device] = login.error().message;
                return;
            }
            const auto owned = makeStore(u"device-%1.db"_s.arg(device), device, kItems);
            store::EnterpriseStore &store = *owned;
            for (int round = 0; round < kGrants; ++round) {
                auto grant = client.requestNumbers(store, QString::fromLatin1(kCode), *login, u"digital_invoice"_s, kPerGrant);
                if (!grant) {
                    errors[device] = grant.error().message;
                    return;
                }
                grants[device].append(*grant);
                ++grantsTaken;
                if (round == 0) // the uploads run between the grants
                    reports[device] = client.syncEnterprise(store, QString::fromLatin1(kCode), *login);
            }
            const auto outbox = store.outbox();
            // Delivered is "accepted", or "duplicate": a batch the dead node stored but never answered for, sent again.
            notAccepted[device] = outbox ? static_cast<int>(std::count_if(
                                      outbox->cbegin(), outbox->cend(),
                                      [](const auto &item) { return item.state != u"accepted" && item.state != u"duplicate"; }))
                                         : -1;
        });
    }
    // Kill one node in the middle: after some grants were taken, while uploads still run.
    QElapsedTimer running;
    running.start();
    while (grantsTaken < kDevices && running.elapsed() < 30'000)
        QThread::msleep(20);
    QThread::msleep(150);
    nodeA.kill();
    nodeA.waitForFinished();
    const int grantsBeforeKill = grantsTaken;
    for (std::thread &device : devices)
        device.join();
    QVERIFY2(grantsBeforeKill < kDevices * kGrants, "every grant was taken before the kill; the test proved nothing");

    // Every device finished, with everything delivered.
    int sentTotal = 0;
    for (int device = 0; device < kDevices; ++device) {
        QVERIFY2(errors[device].isEmpty(), qPrintable(errors[device]));
        QVERIFY2(reports[device].error.isEmpty(), qPrintable(reports[device].error));
        QCOMPARE(reports[device].pending, 0);
        QCOMPARE(grants[device].size(), kGrants);
        QCOMPARE(notAccepted[device], 0);
        sentTotal += kItems + 1;
    }

    // The database: each item once; number ranges disjoint; every grant a device holds is one the database recorded.
    const auto checkDatabase = [&](const QString &uri) {
        auto server = server::ServerStore::open(uri);
        QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
        QCOMPARE(*(*server)->itemCount(enterpriseId), sentTotal);
        auto ranges = (*server)->ranges(enterpriseId);
        QVERIFY(ranges);
        QList<std::pair<qint64, qint64>> spans;
        for (const server::NumberRange &range : *ranges)
            spans.append({range.first, range.last});
        std::sort(spans.begin(), spans.end());
        for (qsizetype i = 1; i < spans.size(); ++i)
            QVERIFY2(spans[i].first > spans[i - 1].second, "a number was granted twice");
        for (const QList<QJsonObject> &held : grants) {
            for (const QJsonObject &grant : held)
                QVERIFY(spans.contains(std::pair(grant.value(u"first"_s).toInteger(), grant.value(u"last"_s).toInteger())));
        }
        // A grant whose answer was lost when the node died is a gap, never a number given twice.
        QVERIFY(spans.size() >= kDevices * kGrants);
    };
    checkDatabase(database);
    if (QTest::currentTestFailed())
        return;

    // The nightly backup (pg_dump), restored into a new database: the same items and ranges.
    QString output;
    const QString restored = cluster->backupAndRestore(u"taxbox"_s, u"restored"_s, &output);
    QVERIFY2(!restored.isEmpty(), qPrintable(output));
    checkDatabase(restored);

    nodeB.terminate();
    nodeB.waitForFinished(5000);
    balancer.terminate();
    balancer.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestMultiNode)
#include "TestMultiNode.moc"
