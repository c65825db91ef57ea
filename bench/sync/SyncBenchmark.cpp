// bench/sync: the sync path end to end on loopback, against the real taxbox-server.
//
//  1. N outbox items uploaded by SyncClient over HTTPS (TLS verified with the run's own CA) and, as
//     the baseline in the same run, over plain HTTP: items per second and the TLS/plain ratio.
//  2. Server throughput with wrk (Debian's package) at C connections: an authenticated read (the
//     change feed past its end: token verification + a query) against the bare health route
//     (ratio), and the p99 latency of each.
//
//   taxbox-bench-sync [--items 10000] [--batch 500] [--connections 256] [--seconds 10]

#include "crypto/Crypto.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"

#include "PostgresCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "taxbox-bench-sync: %s\n", qPrintable(message));
    std::exit(1);
}

QString serverProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"taxbox-server"_s);
}

void admin(const QString &data, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TAXBOX_PASSWORD"_s, u"bench password"_s);
    process.setProcessEnvironment(environment);
    process.start(serverProgram(), QStringList{u"--data"_s, data} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        die(u"taxbox-server %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError())));
}

/// Starts a server; returns its base URL.
QUrl startServer(QProcess &server, const QString &data, const QStringList &tls)
{
    server.setStandardErrorFile(QProcess::nullDevice()); // the access log would dominate the run
    server.start(serverProgram(), QStringList{u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s} + tls);
    if (!server.waitForReadyRead(20000))
        die(u"taxbox-server did not start"_s);
    const auto match = QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromUtf8(server.readLine()));
    if (!match.hasMatch())
        die(u"taxbox-server did not say where it listens"_s);
    return QUrl(match.captured(1));
}

std::unique_ptr<store::EnterpriseStore> makeStore(const QString &path, int items)
{
    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    auto store = store::EnterpriseStore::create(path, crypto::SecureBytes::random(32), u"e1"_s, profile,
                                                {u"u1"_s, u"bench"_s, Role::Admin});
    if (!store)
        die(store.error().message);
    auto transaction = store::Transaction::begin((*store)->database());
    for (int i = 0; i < items; ++i) {
        const QJsonObject payload{{u"number"_s, u"2535%1"_s.arg(i, 16, 10, QChar(u'0'))},
                                  {u"amount_fen"_s, 100 * (i % 997 + 1)},
                                  {u"buyer"_s, u"北京朝阳科技有限公司"_s}};
        if (!(*store)->recordChange({u"issue"_s, u"invoice"_s, QString::number(i), {}, payload, u"invoice.issued"_s}))
            die(u"cannot fill the outbox"_s);
    }
    if (!transaction->commit())
        die(u"cannot commit the outbox"_s);
    return std::move(*store);
}

struct Upload
{
    double seconds = 0;
    int accepted = 0;
    QJsonObject login;
};

Upload upload(const QUrl &url, const QString &caFile, const QString &storePath, int items, int batch)
{
    auto store = makeStore(storePath, items);
    sync::SyncClient::Options options;
    options.server = url;
    options.http.caFile = caFile;
    options.batchSize = batch;
    sync::SyncClient client(options);
    auto login = client.login(u"bench"_s, crypto::SecureBytes::fromUtf8(u"bench password"_s));
    if (!login)
        die(login.error().message);
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = client.syncEnterprise(*store, u"91350100M000100Y43"_s, *login);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report.error.isEmpty() || report.pending != 0)
        die(u"upload failed: "_s + report.error);
    return {seconds, report.accepted, *login};
}

struct WrkResult
{
    double requestsPerSecond = 0;
    QString p99;
    QString non2xx;
};

WrkResult wrk(const QString &url, const QByteArray &bearer, int connections, int seconds)
{
    QStringList arguments{u"-t2"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--latency"_s};
    if (!bearer.isEmpty())
        arguments << u"-H"_s << u"Authorization: Bearer "_s + QString::fromLatin1(bearer);
    arguments << url;
    QProcess process;
    process.start(u"wrk"_s, arguments);
    if (!process.waitForFinished((seconds + 60) * 1000) || process.exitCode() != 0)
        die(u"wrk failed: "_s + QString::fromLocal8Bit(process.readAllStandardError()));
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    WrkResult result;
    result.requestsPerSecond = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(output).captured(1).toDouble();
    result.p99 = QRegularExpression(u"\\s99%\\s+(\\S+)"_s).match(output).captured(1);
    result.non2xx = QRegularExpression(u"Non-2xx or 3xx responses:\\s+(\\d+)"_s).match(output).captured(1);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"items"_s, u"Outbox items to upload."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"batch"_s, u"Items per batch."_s, u"n"_s, u"500"_s});
    parser.addOption({u"connections"_s, u"wrk connections."_s, u"n"_s, u"256"_s});
    parser.addOption({u"seconds"_s, u"wrk duration per route."_s, u"n"_s, u"10"_s});
    parser.process(app);
    const int items = parser.value(u"items"_s).toInt();
    const int batch = parser.value(u"batch"_s).toInt();

    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                   u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                   u"-keyout"_s, key, u"-out"_s, cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        die(u"openssl could not make a certificate"_s);
    const QString data = dir.filePath(u"server"_s);
    admin(data, {u"account"_s, u"add"_s, u"bench"_s});
    admin(data, {u"enterprise"_s, u"add"_s, u"91350100M000100Y43"_s, u"闽江"_s, u"--member"_s, u"bench"_s});
    admin(data, {u"enterprise"_s, u"add"_s, u"91110108551385082Q"_s, u"朝阳"_s, u"--member"_s, u"bench"_s});

    std::printf("upload of %d items in batches of %d (SQLite server, loopback)\n", items, batch);
    QProcess plainServer;
    const QUrl plainUrl = startServer(plainServer, data, {});
    const Upload plain = upload(plainUrl, {}, dir.filePath(u"plain.db"_s), items, batch);
    plainServer.terminate();
    plainServer.waitForFinished(10000);

    QProcess tlsServer;
    const QUrl tlsUrl = startServer(tlsServer, data, {u"--cert"_s, cert, u"--key"_s, key});
    const Upload tls = upload(tlsUrl, cert, dir.filePath(u"tls.db"_s), items, batch);
    std::printf("  plain HTTP: %8.0f items/s (%.2f s)\n", (items + 1) / plain.seconds, plain.seconds);
    std::printf("  HTTPS:      %8.0f items/s (%.2f s)\n", (items + 1) / tls.seconds, tls.seconds);
    std::printf("  ratio HTTPS/plain throughput: %.2f\n", plain.seconds / tls.seconds);

    // The same upload to a node on PostgreSQL (a throwaway cluster on loopback, as a firm's deployment runs it):
    // what one node takes, against the SQLite baseline of this run.
    QString why;
    if (auto cluster = test::PostgresCluster::start(&why)) {
        const QString database = cluster->createDatabase(u"bench"_s);
        const QString pgData = dir.filePath(u"server-pg"_s);
        QDir().mkpath(pgData);
        admin(pgData, {u"--database"_s, database, u"account"_s, u"add"_s, u"bench"_s});
        admin(pgData,
              {u"--database"_s, database, u"enterprise"_s, u"add"_s, u"91350100M000100Y43"_s, u"闽江"_s, u"--member"_s,
               u"bench"_s});
        QProcess pgServer;
        const QUrl pgUrl = startServer(pgServer, pgData, {u"--database"_s, database});
        const Upload pg = upload(pgUrl, {}, dir.filePath(u"pg.db"_s), items, batch);
        pgServer.terminate();
        pgServer.waitForFinished(10000);
        std::printf("  PostgreSQL node, plain HTTP: %8.0f items/s (%.2f s)\n", (items + 1) / pg.seconds, pg.seconds);
        std::printf("  ratio PostgreSQL/SQLite throughput: %.2f\n", plain.seconds / pg.seconds);
    } else {
        std::printf("PostgreSQL not measured: %s\n", qPrintable(why));
    }

    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty()) {
        std::printf("wrk is not installed (apt-get install wrk): server throughput not measured\n");
        return 0;
    }
    const int connections = parser.value(u"connections"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    // The second enterprise's change feed is empty: an authenticated read of nothing new.
    QString otherEnterprise;
    for (const QJsonValue &value : tls.login.value(u"enterprises"_s).toArray()) {
        if (value.toObject().value(u"credit_code"_s).toString() == u"91110108551385082Q")
            otherEnterprise = value.toObject().value(u"id"_s).toString();
    }
    const QString base = tlsUrl.toString(QUrl::StripTrailingSlash);
    const WrkResult bare = wrk(base + u"/api/v1/health"_s, {}, connections, seconds);
    const WrkResult authenticated = wrk(base + u"/api/v1/enterprises/%1/changes?cursor=0"_s.arg(otherEnterprise),
                                        tls.login.value(u"access_token"_s).toString().toLatin1(), connections, seconds);
    std::printf("server throughput, wrk -t2 -c%d -d%ds over HTTPS\n", connections, seconds);
    std::printf("  bare route (health):          %8.0f req/s  p99 %s%s\n", bare.requestsPerSecond, qPrintable(bare.p99),
                bare.non2xx.isEmpty() ? "" : qPrintable(u"  non-2xx "_s + bare.non2xx));
    std::printf("  authenticated read (changes): %8.0f req/s  p99 %s%s\n", authenticated.requestsPerSecond,
                qPrintable(authenticated.p99),
                authenticated.non2xx.isEmpty() ? "" : qPrintable(u"  non-2xx "_s + authenticated.non2xx));
    std::printf("  ratio authenticated/bare: %.2f\n", authenticated.requestsPerSecond / bare.requestsPerSecond);
    tlsServer.terminate();
    tlsServer.waitForFinished(10000);
    return 0;
}
