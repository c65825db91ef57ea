// Starts the real taxbox-server on a free loopback port, signs in and syncs over HTTP, then stops it.

#include "PostgresCluster.h"
#include "ServerProcess.h"

#include "crypto/Crypto.h"
#include "sync/SyncClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {
/// The server's log lines (one JSON object each) with `event`.
QList<QJsonObject> logEvents(const QByteArray &log, const QString &event)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(u"event"_s).toString() == event)
            events.append(entry);
    }
    return events;
}

bool hasEvent(const QByteArray &log, const QString &event, const QString &key, const QJsonValue &value)
{
    const QList<QJsonObject> events = logEvents(log, event);
    return std::any_of(events.cbegin(), events.cend(), [&](const QJsonObject &entry) { return entry.value(key) == value; });
}
} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInAndSyncOverLoopback();
    void refusesToServePlainHttpBeyondLoopback();
    void aSlowSignInDoesNotStallOtherClients();
    void aClientLeavingMidRequestDoesNotHurtTheServer();
    void twoNodesOnOnePostgreSqlNeverOverlapNumbers();
    void aStalledRequestIsCutOffAndOthersAreServed();
    void oversizedRequestsAreRefusedBeforeTheyAreRead();
    void healthAnswersDuringASignInFlood();

private:
    int admin(const QStringList &arguments, const QByteArray &password = {}, const QStringList &location = {});
    static quint16 startServer(QProcess &process, const QStringList &arguments);
    std::pair<int, QJsonObject> request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                                        const QByteArray &token = {});

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

int TestServerProcess::admin(const QStringList &arguments, const QByteArray &password, const QStringList &location)
{
    return test::serverAdmin((location.isEmpty() ? QStringList{u"--data"_s, m_dir.path()} : location) + arguments, password);
}

quint16 TestServerProcess::startServer(QProcess &process, const QStringList &arguments)
{
    return static_cast<quint16>(test::startServer(process, arguments).port(0));
}

void TestServerProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(admin({u"account"_s, u"add"_s, u"wang"_s}, "correct horse"), 0);
    QCOMPARE(admin({u"enterprise"_s, u"add"_s, u"91350100M000100Y43"_s, u"闽江"_s, u"--member"_s, u"wang"_s}), 0);
    m_port = startServer(m_server, {u"--data"_s, m_dir.path()});
    QVERIFY(m_port != 0);
}

void TestServerProcess::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(5000))
        m_server.kill();
}

std::pair<int, QJsonObject> TestServerProcess::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                                                       const QByteArray &token)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = method == "GET" ? m_network.get(request) : m_network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, answer};
}

void TestServerProcess::signInAndSyncOverLoopback()
{
    QCOMPARE(request("GET", u"/api/v1/health"_s).first, 200);
    const auto [loginStatus, login]
        = request("POST", u"/api/v1/auth/login"_s, {{u"name"_s, u"wang"_s}, {u"password"_s, u"correct horse"_s}});
    QCOMPARE(loginStatus, 200);
    const QByteArray token = login.value(u"access_token"_s).toString().toLatin1();
    const QString enterprise = login.value(u"enterprises"_s).toArray().first().toObject().value(u"id"_s).toString();
    const crypto::SecureBytes deviceKey = crypto::Ed25519::generatePrivateKey();
    const auto [enrolStatus, enrolled] = request(
        "POST", u"/api/v1/enterprises/%1/devices"_s.arg(enterprise),
        {{u"name"_s, u"test"_s}, {u"public_key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(deviceKey)->toBase64())}},
        token);
    QCOMPARE(enrolStatus, 201);
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(enterprise);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject payload{{u"number"_s, u"25350000000000000001"_s}};
    const QByteArray signature = *crypto::Ed25519::sign(
        deviceKey,
        sync::itemSigningBytes(uuid, u"filing.submitted"_s, {}, 0, QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    const QJsonObject batch{{u"items"_s,
                             QJsonArray{QJsonObject{{u"uuid"_s, uuid},
                                                    {u"type"_s, u"filing.submitted"_s},
                                                    {u"payload"_s, payload},
                                                    {u"device_id"_s, enrolled.value(u"device_id"_s).toString()},
                                                    {u"signature"_s, QString::fromLatin1(signature.toBase64())}}}}};
    QCOMPARE(request("POST", path, batch).first, 401);
    const auto [firstStatus, first] = request("POST", path, batch, token);
    QCOMPARE(firstStatus, 200);
    QCOMPARE(first.value(u"results"_s).toArray().first().toObject().value(u"status"_s).toString(), u"accepted"_s);
    const auto [againStatus, again] = request("POST", path, batch, token);
    QCOMPARE(againStatus, 200);
    QCOMPARE(again.value(u"results"_s).toArray().first().toObject().value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(again.value(u"results"_s).toArray().first().toObject().value(u"receipt"_s).toInt(), 1);

    // The access log names routes and statuses, never the token or the password.
    const QByteArray log = m_server.readAllStandardError();
    const QList<QJsonObject> requests = logEvents(log, u"request"_s);
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const QJsonObject &entry) {
        return entry.value(u"method"_s) == u"POST"_s && entry.value(u"path"_s) == u"/api/v1/auth/login"_s
            && entry.value(u"status"_s).toInt() == 200 && entry.contains(u"microseconds"_s);
    }));
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains("correct horse"));

    // The operator's commands: limits for the enterprise's next grants, and revoking a lost device.
    QCOMPARE(admin({u"enterprise"_s, u"limits"_s, u"91350100M000100Y43"_s, u"--hours"_s, u"48"_s, u"--amount"_s, u"50000.00"_s}),
             0);
    QCOMPARE(admin({u"enterprise"_s, u"limits"_s, u"91350100M000100Y43"_s, u"--amount"_s, u"lots"_s}), 1);
    QCOMPARE(admin({u"enterprise"_s, u"limits"_s, u"91110108551385082Q"_s}), 1);
    QCOMPARE(admin({u"device"_s, u"list"_s, u"91350100M000100Y43"_s}), 0);
    const QString deviceId = enrolled.value(u"device_id"_s).toString();
    QCOMPARE(admin({u"device"_s, u"revoke"_s, deviceId}), 0);
    QCOMPARE(admin({u"device"_s, u"revoke"_s, deviceId}), 1);
    const auto [revokedStatus, revoked]
        = request("POST", u"/api/v1/enterprises/%1/number-ranges"_s.arg(enterprise),
                  {{u"device_id"_s, deviceId}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 5}}, token);
    QCOMPARE(revokedStatus, 400);
    QCOMPARE(revoked.value(u"error"_s).toObject().value(u"code"_s).toString(), u"unknown_device"_s);
}

void TestServerProcess::refusesToServePlainHttpBeyondLoopback()
{
    QProcess process;
    process.start(QStringLiteral(TAXBOX_SERVER), {u"--data"_s, m_dir.path(), u"--listen"_s, u"0.0.0.0:0"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("loopback"));
}

void TestServerProcess::aSlowSignInDoesNotStallOtherClients()
{
    // A sign-in spends ~0.5 s in scrypt on a worker thread; health, asked after it, answers first.
    QNetworkRequest loginRequest(QUrl(u"http://127.0.0.1:%1/api/v1/auth/login"_s.arg(m_port)));
    loginRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QList<QString> finished;
    QEventLoop loop;
    QNetworkReply *login = m_network.post(
        loginRequest, QJsonDocument(QJsonObject{{u"name"_s, u"wang"_s}, {u"password"_s, u"correct horse"_s}}).toJson());
    QTest::qWait(50); // the login request is on the server before health is asked
    QNetworkReply *health = m_network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/health"_s.arg(m_port))));
    for (QNetworkReply *reply : {login, health}) {
        connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            finished.append(reply == login ? u"login"_s : u"health"_s);
            if (finished.size() == 2)
                loop.quit();
        });
    }
    loop.exec();
    QCOMPARE(finished, (QList<QString>{u"health"_s, u"login"_s}));
    QCOMPARE(login->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    login->deleteLater();
    health->deleteLater();
}

void TestServerProcess::aClientLeavingMidRequestDoesNotHurtTheServer()
{
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest loginRequest(QUrl(u"http://127.0.0.1:%1/api/v1/auth/login"_s.arg(m_port)));
        loginRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.post(
            loginRequest, QJsonDocument(QJsonObject{{u"name"_s, u"wang"_s}, {u"password"_s, u"correct horse"_s}}).toJson());
        QTest::qWait(30);
        reply->abort(); // gone before the answer is ready
        reply->deleteLater();
    }
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += m_server.readAllStandardError()).count("/api/v1/auth/login") >= 5, 10000);
    QCOMPARE(m_server.state(), QProcess::Running);
    QCOMPARE(request("GET", u"/api/v1/health"_s).first, 200);
    QVERIFY2(hasEvent(log, u"request"_s, u"delivered"_s, false), log.constData());
}

void TestServerProcess::twoNodesOnOnePostgreSqlNeverOverlapNumbers()
{
    QString error;
    auto cluster = taxbox::test::PostgresCluster::start(&error);
    QVERIFY2(cluster, qPrintable(error));
    const QString uri = cluster->createDatabase(u"nodes"_s);
    QTemporaryDir nodeA;
    QTemporaryDir nodeB;
    const QStringList onDatabase{u"--data"_s, nodeA.path(), u"--database"_s, uri};
    QCOMPARE(admin({u"account"_s, u"add"_s, u"wang"_s}, "correct horse", onDatabase), 0);
    QCOMPARE(admin({u"enterprise"_s, u"add"_s, u"91350100M000100Y43"_s, u"闽江"_s, u"--member"_s, u"wang"_s}, {}, onDatabase), 0);
    QProcess serverA;
    QProcess serverB;
    const quint16 portA = startServer(serverA, onDatabase);
    // The nodes share the token key (docs/server.md: copy server-token-key to every node).
    QVERIFY(QFile::copy(nodeA.filePath(u"server-token-key"_s), nodeB.filePath(u"server-token-key"_s)));
    const quint16 portB = startServer(serverB, {u"--data"_s, nodeB.path(), u"--database"_s, uri});
    QVERIFY(portA && portB);

    // Sign in on node A; the token works on node B.
    const quint16 saved = m_port;
    m_port = portA;
    const auto [loginStatus, login]
        = request("POST", u"/api/v1/auth/login"_s, {{u"name"_s, u"wang"_s}, {u"password"_s, u"correct horse"_s}});
    QCOMPARE(loginStatus, 200);
    const QByteArray token = login.value(u"access_token"_s).toString().toLatin1();
    const QString enterprise = login.value(u"enterprises"_s).toArray().first().toObject().value(u"id"_s).toString();
    m_port = portB;
    const crypto::SecureBytes deviceKey = crypto::Ed25519::generatePrivateKey();
    const auto [enrolStatus, enrolled] = request(
        "POST", u"/api/v1/enterprises/%1/devices"_s.arg(enterprise),
        {{u"name"_s, u"test"_s}, {u"public_key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(deviceKey)->toBase64())}},
        token);
    QCOMPARE(enrolStatus, 201);
    m_port = saved;

    // 40 requests at once, alternating between the nodes.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 40; ++i) {
        QNetworkRequest rangeRequest(
            QUrl(u"http://127.0.0.1:%1/api/v1/enterprises/%2/number-ranges"_s.arg(i % 2 ? portA : portB).arg(enterprise)));
        rangeRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        rangeRequest.setRawHeader("Authorization", "Bearer " + token);
        replies.append(m_network.post(rangeRequest,
                                      QJsonDocument(QJsonObject{{u"device_id"_s, enrolled.value(u"device_id"_s)},
                                                                {u"kind"_s, u"digital_invoice"_s},
                                                                {u"count"_s, 50}})
                                          .toJson()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                             60000);
    QList<std::pair<qint64, qint64>> ranges;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QJsonObject grant = QJsonDocument::fromJson(reply->readAll()).object().value(u"grant"_s).toObject();
        ranges.append({grant.value(u"first"_s).toInteger(), grant.value(u"last"_s).toInteger()});
        reply->deleteLater();
    }
    std::sort(ranges.begin(), ranges.end());
    for (qsizetype i = 0; i < ranges.size(); ++i)
        QCOMPARE(ranges.at(i), (std::pair<qint64, qint64>{1 + 50 * i, 50 * (i + 1)}));
    serverA.terminate();
    serverB.terminate();
    QVERIFY(serverA.waitForFinished(5000) && serverB.waitForFinished(5000));
}

void TestServerProcess::aStalledRequestIsCutOffAndOthersAreServed()
{
    QProcess server;
    const quint16 port
        = startServer(server, {u"--data"_s, m_dir.path(), u"--request-timeout"_s, u"2"_s, u"--idle-timeout"_s, u"4"_s});
    QVERIFY(port);
    // A client that promises a body and never sends it, and one that connects and says nothing.
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(stalled.waitForConnected(5000));
    stalled.write(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    QVERIFY(stalled.waitForBytesWritten(5000));
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(silent.waitForConnected(5000));
    // Meanwhile everyone else is served.
    const quint16 saved = m_port;
    m_port = port;
    QCOMPARE(request("GET", u"/api/v1/health"_s).first, 200);
    m_port = saved;
    QTRY_COMPARE_WITH_TIMEOUT(stalled.state(), QAbstractSocket::UnconnectedState, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 15000);
    QTest::qWait(6000); // past the idle timeout
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
    const QByteArray log = server.readAllStandardError();
    const QList<QJsonObject> closed = logEvents(log, u"connection_closed"_s);
    QVERIFY2(std::count_if(closed.cbegin(), closed.cend(),
                           [](const QJsonObject &entry) { return entry.value(u"reason"_s) == u"request_timeout"_s; })
                 >= 2,
             log.constData());
    // The health request's kept-alive connection, idle after its answer.
    QVERIFY2(hasEvent(log, u"connection_closed"_s, u"reason"_s, u"idle"_s), log.constData());
}

namespace {

/// Writes `head` (and up to `bodyBytes` of body in 64 KB pieces while the server keeps the connection)
/// on a raw connection; returns what the server answered before closing.
QByteArray rawExchange(quint16 port, const QByteArray &head, qint64 bodyBytes = 0)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(head);
    const QByteArray piece(64 * 1024, 'x');
    for (qint64 sent = 0; sent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState; sent += piece.size()) {
        socket.write(piece);
        socket.waitForBytesWritten(1000);
    }
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

qint64 residentKilobytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

void TestServerProcess::oversizedRequestsAreRefusedBeforeTheyAreRead()
{
    const qint64 before = residentKilobytes(m_server.processId());
    QVERIFY(before > 0);
    // A body declared larger than 1 MiB is refused from its header: nothing of it is read.
    QElapsedTimer timer;
    timer.start();
    const QByteArray declared
        = rawExchange(m_port,
                      "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 104857600\r\n\r\n");
    QVERIFY2(declared.startsWith("HTTP/1.1 413"), declared.constData());
    QVERIFY(declared.contains("body_too_large"));
    QVERIFY(timer.elapsed() < 3000);
    // Headers: one of 20 KB, or a hundred lines.
    const QByteArray longHeader
        = rawExchange(m_port, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + QByteArray(20000, 'a') + "\r\n\r\n");
    QVERIFY2(longHeader.startsWith("HTTP/1.1 431"), longHeader.constData());
    QByteArray manyLines = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (int i = 0; i < 100; ++i)
        manyLines += "X-Line-" + QByteArray::number(i) + ": 1\r\n";
    const QByteArray tooMany = rawExchange(m_port, manyLines + "\r\n");
    QVERIFY2(tooMany.startsWith("HTTP/1.1 431"), tooMany.constData());
    // A chunked body is cut off once it passes the limit.
    const QByteArray chunked
        = rawExchange(m_port,
                      "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "10000\r\n",
                      8 * 1024 * 1024);
    QVERIFY2(chunked.startsWith("HTTP/1.1 413"), chunked.left(200).constData());

    // Eight clients pushing 100 MB bodies at once (40 MB each is sent): refused, and the server's memory
    // stays where it was (read whole, as before the limits, it grew by the 320 MB sent).
    QList<QTcpSocket *> flood;
    for (int i = 0; i < 8; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket->waitForConnected(5000));
        socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 104857600\r\n\r\n");
        flood.append(socket);
    }
    const QByteArray piece(256 * 1024, 'x');
    for (int round = 0; round < 160; ++round) { // 40 MB per client, 320 MB in all
        for (QTcpSocket *socket : std::as_const(flood)) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(piece);
        }
        QTest::qWait(5);
    }
    qDeleteAll(flood);
    const qint64 after = residentKilobytes(m_server.processId());
#if defined(__SANITIZE_ADDRESS__)
    const qint64 bound = 160 * 1024; // AddressSanitizer keeps freed buffers in quarantine for a while
#else
    const qint64 bound = 40 * 1024;
#endif
    QVERIFY2(after - before < bound, qPrintable(u"RSS %1 kB -> %2 kB"_s.arg(before).arg(after)));
    // And the server goes on serving: health, and a normal sign-in on a new connection.
    QCOMPARE(request("GET", u"/api/v1/health"_s).first, 200);
    QCOMPARE(request("POST", u"/api/v1/auth/login"_s, {{u"name"_s, u"wang"_s}, {u"password"_s, u"correct horse"_s}}).first, 200);
}

void TestServerProcess::healthAnswersDuringASignInFlood()
{
    const qint64 before = residentKilobytes(m_server.processId());
    // Sixteen wrong sign-ins at once (each a 128 MiB scrypt): they hash on a pool of their own.
    QNetworkRequest loginRequest(QUrl(u"http://127.0.0.1:%1/api/v1/auth/login"_s.arg(m_port)));
    loginRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QList<QNetworkReply *> flood;
    for (int i = 0; i < 16; ++i)
        flood.append(m_network.post(
            loginRequest, QJsonDocument(QJsonObject{{u"name"_s, u"intruder%1"_s.arg(i)}, {u"password"_s, u"guess"_s}}).toJson()));
    QTest::qWait(300); // the flood is on the server
    // Asked on a connection of its own (a client's six connections per host are all taken by the flood).
    QNetworkAccessManager other;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *health = other.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/health"_s.arg(m_port))));
    QEventLoop wait;
    connect(health, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    health->deleteLater();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(u"health took %1 ms"_s.arg(timer.elapsed())));
    qint64 peak = 0;
    for (QNetworkReply *reply : std::as_const(flood)) {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        peak = std::max(peak, residentKilobytes(m_server.processId()));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 401 || status == 429 || status == 503, qPrintable(QString::number(status)));
        reply->deleteLater();
    }
    // At most a core's worth of hashes at once: far below sixteen times 128 MiB.
    QVERIFY2(peak - before < 600 * 1024, qPrintable(u"RSS %1 kB -> peak %2 kB"_s.arg(before).arg(peak)));
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "TestServerProcess.moc"
