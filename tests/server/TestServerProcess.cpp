// Starts the real taxbox-server on a free loopback port, signs in and syncs over HTTP, then stops it.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

class TestServerProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInAndSyncOverLoopback();
    void refusesToServePlainHttpBeyondLoopback();

private:
    int admin(const QStringList &arguments, const QByteArray &password = {});
    std::pair<int, QJsonObject> request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                                        const QByteArray &token = {});

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

int TestServerProcess::admin(const QStringList &arguments, const QByteArray &password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(u"TAXBOX_PASSWORD"_s, QString::fromUtf8(password));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TAXBOX_SERVER), QStringList{u"--data"_s, m_dir.path()} + arguments);
    process.waitForFinished(60000);
    return process.exitCode();
}

void TestServerProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(admin({u"account"_s, u"add"_s, u"wang"_s}, "correct horse"), 0);
    QCOMPARE(admin({u"enterprise"_s, u"add"_s, u"91350100M000100Y43"_s, u"闽江"_s, u"--member"_s, u"wang"_s}), 0);
    m_server.start(QStringLiteral(TAXBOX_SERVER), {u"--data"_s, m_dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(m_server.waitForStarted());
    QVERIFY(m_server.waitForReadyRead(20000));
    const QString line = QString::fromUtf8(m_server.readLine());
    const auto match = QRegularExpression(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    m_port = static_cast<quint16>(match.captured(1).toUInt());
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
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(enterprise);
    const QJsonObject batch{{u"items"_s,
                             QJsonArray{QJsonObject{{u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                    {u"type"_s, u"invoice.issued"_s},
                                                    {u"payload"_s, QJsonObject{{u"number"_s, u"25350000000000000001"_s}}}}}}};
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
    QVERIFY(log.contains("POST /api/v1/auth/login 200"));
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains("correct horse"));
}

void TestServerProcess::refusesToServePlainHttpBeyondLoopback()
{
    QProcess process;
    process.start(QStringLiteral(TAXBOX_SERVER), {u"--data"_s, m_dir.path(), u"--listen"_s, u"0.0.0.0:0"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("loopback"));
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "TestServerProcess.moc"
