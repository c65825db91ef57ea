// The sync client against the real taxbox-server on loopback: every outbox item delivered once,
// answers that were lost resent and answered "duplicate", and a server that is down retried with
// growing back-off and nothing lost.

#include "ServerStore.h"

#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

class TestSyncClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deliversEverythingExactlyOnce();
    void retriesWithBackoffWhenTheServerIsDown();
    void refusesPlainHttpToAnotherMachine();
    void httpsIsVerified();

private:
    int admin(const QStringList &arguments, const QByteArray &password = {});
    std::unique_ptr<store::EnterpriseStore> makeStore(const QString &name, int items);

    QTemporaryDir m_dir;
    QProcess m_server;
    QUrl m_url;
};

int TestSyncClient::admin(const QStringList &arguments, const QByteArray &password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(u"TAXBOX_PASSWORD"_s, QString::fromUtf8(password));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TAXBOX_SERVER), QStringList{u"--data"_s, m_dir.filePath(u"server"_s)} + arguments);
    process.waitForFinished(60000);
    return process.exitCode();
}

void TestSyncClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(admin({u"account"_s, u"add"_s, u"wang"_s}, "correct horse"), 0);
    QCOMPARE(admin({u"enterprise"_s, u"add"_s, u"91350100M000100Y43"_s, u"闽江"_s, u"--member"_s, u"wang"_s}), 0);
    m_server.start(QStringLiteral(TAXBOX_SERVER), {u"--data"_s, m_dir.filePath(u"server"_s), u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(m_server.waitForReadyRead(20000));
    const auto match = QRegularExpression(u"listening on (http://\\S+)"_s).match(QString::fromUtf8(m_server.readLine()));
    QVERIFY(match.hasMatch());
    m_url = QUrl(match.captured(1));
}

void TestSyncClient::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(5000))
        m_server.kill();
}

std::unique_ptr<store::EnterpriseStore> TestSyncClient::makeStore(const QString &name, int items)
{
    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    auto store = store::EnterpriseStore::create(m_dir.filePath(name), crypto::SecureBytes::random(32), u"e1"_s, profile,
                                                {u"u1"_s, u"王会计"_s, Role::Admin});
    if (!store)
        qFatal("store: %s", qPrintable(store.error().message));
    for (int i = 0; i < items; ++i) {
        auto transaction = store::Transaction::begin((*store)->database());
        if (!(*store)->recordChange({u"test"_s, u"item"_s, QString::number(i), {}, QJsonObject{{u"n"_s, i}}, u"test.item"_s})
            || !transaction->commit())
            qFatal("cannot write the outbox");
    }
    return std::move(*store);
}

void TestSyncClient::deliversEverythingExactlyOnce()
{
    auto store = makeStore(u"a.db"_s, 25); // + "enterprise.created"
    sync::SyncClient::Options options;
    options.server = m_url;
    options.batchSize = 10;
    sync::SyncClient client(options);
    auto login = client.login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    QVERIFY2(login, qPrintable(login ? QString() : login.error().message));

    const sync::SyncReport first = client.syncEnterprise(*store, u"91350100M000100Y43"_s, *login);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.sent, 26);
    QCOMPARE(first.accepted, 26);
    QCOMPARE(first.pending, 0);
    const auto delivered = *store->outbox();
    for (const auto &item : delivered)
        QCOMPARE(item.state, u"accepted"_s);

    // A crash after the server answered but before the answers were recorded: the items are still
    // pending here. Sending again changes nothing on the server.
    QVERIFY(store->database().execute("UPDATE outbox SET state = 'pending' WHERE sequence > 16"));
    const sync::SyncReport again = client.syncEnterprise(*store, u"91350100M000100Y43"_s, *login);
    QCOMPARE(again.sent, 10);
    QCOMPARE(again.duplicate, 10);
    QCOMPARE(again.accepted, 0);
    QCOMPARE(again.pending, 0);

    auto server = server::ServerStore::open(m_dir.filePath(u"server"_s));
    QVERIFY(server);
    const QString serverEnterprise = login->value(u"enterprises"_s).toArray().first().toObject().value(u"id"_s).toString();
    QCOMPARE(*(*server)->itemCount(serverEnterprise), 26);

    // An enterprise the account does not have on the server: reported, nothing sent.
    const sync::SyncReport unknown = client.syncEnterprise(*store, u"91110108551385082Q"_s, *login);
    QVERIFY(!unknown.error.isEmpty());
    QCOMPARE(unknown.sent, 0);
}

void TestSyncClient::retriesWithBackoffWhenTheServerIsDown()
{
    auto store = makeStore(u"b.db"_s, 3);
    // A port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QList<int> waits;
    sync::SyncClient::Options options;
    options.server = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    options.maxAttempts = 4;
    options.firstBackoffMilliseconds = 100;
    options.sleep = [&waits](int milliseconds) { waits.append(milliseconds); };
    sync::SyncClient client(options);
    QJsonObject fakeLogin{{u"access_token"_s, u"x.y"_s},
                          {u"enterprises"_s,
                           QJsonArray{QJsonObject{{u"id"_s, u"00000000-0000-0000-0000-000000000000"_s},
                                                  {u"credit_code"_s, u"91350100M000100Y43"_s}}}}};
    const sync::SyncReport report = client.syncEnterprise(*store, u"91350100M000100Y43"_s, fakeLogin);
    QVERIFY(!report.error.isEmpty());
    QCOMPARE(report.pending, 4);
    QCOMPARE(waits.size(), 3);
    // Jittered around a doubling delay: 50–150, 100–300, 200–600 ms.
    QVERIFY(waits.at(0) >= 50 && waits.at(0) < 150);
    QVERIFY(waits.at(1) >= 100 && waits.at(1) < 300);
    QVERIFY(waits.at(2) >= 200 && waits.at(2) < 600);
}

void TestSyncClient::refusesPlainHttpToAnotherMachine()
{
    QCOMPARE(sync::HttpClient::checkScheme(QUrl(u"http://taxbox.example.com"_s)).error().code, u"tls_required"_s);
    QCOMPARE(sync::HttpClient::checkScheme(QUrl(u"http://127.evil.example"_s)).error().code, u"tls_required"_s);
    QVERIFY(sync::HttpClient::checkScheme(QUrl(u"http://127.0.0.1:8443"_s)));
    QVERIFY(sync::HttpClient::checkScheme(QUrl(u"https://taxbox.example.com"_s)));
    QCOMPARE(sync::HttpClient::checkScheme(QUrl(u"ftp://x"_s)).error().code, u"invalid_server"_s);
}

void TestSyncClient::httpsIsVerified()
{
    // A self-signed certificate for 127.0.0.1, made here with the openssl tool.
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                   u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                   u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);

    QProcess server;
    server.start(QStringLiteral(TAXBOX_SERVER),
                 {u"--data"_s, m_dir.filePath(u"server"_s), u"--listen"_s, u"127.0.0.1:0"_s, u"--cert"_s, cert, u"--key"_s, key});
    QVERIFY(server.waitForReadyRead(20000));
    const auto match = QRegularExpression(u"listening on (https://\\S+)"_s).match(QString::fromUtf8(server.readLine()));
    QVERIFY(match.hasMatch());

    sync::SyncClient::Options options;
    options.server = QUrl(match.captured(1));
    options.maxAttempts = 1;
    // Without trusting the certificate the connection is refused: verification is on.
    auto untrusted = sync::SyncClient(options).login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    QVERIFY(!untrusted);
    QCOMPARE(untrusted.error().code, u"network"_s);
    // Trusting it (as a private CA would be trusted) signs in over TLS.
    options.http.caFile = cert;
    auto trusted = sync::SyncClient(options).login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
    QVERIFY(!trusted->value(u"access_token"_s).toString().isEmpty());
    server.terminate();
    server.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "TestSyncClient.moc"
