// taxbox-server: the companion REST server (docs/server.md). Serving, and a few administration
// commands that act on the data folder directly:
//
//   taxbox-server [--data DIR] [--database postgresql://…] [--listen 127.0.0.1:8443] [--cert PEM --key PEM]
//   taxbox-server [--data DIR] account add NAME            (password: TAXBOX_PASSWORD or one stdin line)
//   taxbox-server [--data DIR] enterprise add CODE NAME --member ACCOUNT [--role admin]
//   taxbox-server [--data DIR] enterprise limits CODE --hours 168 --amount 10000000
//   taxbox-server [--data DIR] member role CODE NAME ROLE | member remove CODE NAME
//   taxbox-server [--data DIR] account disable|enable|end-sessions NAME
//   taxbox-server [--data DIR] device list CODE | device revoke DEVICE_ID
//   taxbox-server [--data DIR] rules publish PACK.json     (PACK.json.sig beside it)
//
// The data folder holds the token key (server-token-key) and, without --database, the SQLite file.
// Requests are answered by a pool of worker threads (sign-ins by a smaller pool of their own); the
// event loop only reads and writes sockets, so a login's memory-hard hash never stalls other clients.

#include "AccessLog.h"
#include "Api.h"
#include "ConnectionGuard.h"
#include "RequestLimits.h"
#include "ServerStore.h"
#include "Tokens.h"

#include "base/ProcessGuard.h"
#include "base/Version.h"
#include "crypto/Crypto.h"
#include "money/Money.h"
#include "rules/RulePack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

int failWith(const Error &error, int code = 1)
{
    std::fprintf(stderr, "%s\n",
                 QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}}}})
                     .toJson(QJsonDocument::Compact)
                     .constData());
    return code;
}

crypto::SecureBytes passwordFromEnvironmentOrStdin()
{
    if (auto secret = takeSecretFromEnvironment("TAXBOX_PASSWORD"))
        return std::move(*secret);
    std::string line;
    std::getline(std::cin, line);
    crypto::SecureBytes secret(line.data(), line.size());
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

const char *methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess(); // files 0600, no core dumps: before any secret is read
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"taxbox-server"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Taxbox companion server: accounts, enterprises, exactly-once sync."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"data"_s, u"Data folder (default: the platform's application-data folder)."_s, u"dir"_s,
                      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)});
    parser.addOption(
        {u"listen"_s, u"Address and port, e.g. 127.0.0.1:8443 (port 0: any free port)."_s, u"address"_s, u"127.0.0.1:8443"_s});
    parser.addOption({u"database"_s,
                      u"PostgreSQL URI, e.g. postgresql://taxbox@db.example/taxbox (password: PGPASSWORD or ~/.pgpass, "
                      "never on the command line). Default: an SQLite file in the data folder. Also TAXBOX_DATABASE."_s,
                      u"uri"_s});
    parser.addOption(
        {u"request-timeout"_s, u"Seconds a client may take to send a whole request (default 30)."_s, u"seconds"_s, u"30"_s});
    parser.addOption(
        {u"idle-timeout"_s, u"Seconds a kept-alive connection may stay idle (default 120)."_s, u"seconds"_s, u"120"_s});
    parser.addOption({u"threads"_s, u"Worker threads answering requests (default: 2 × cores)."_s, u"count"_s});
    parser.addOption({u"cert"_s, u"TLS certificate chain (PEM). With --key, the server speaks HTTPS."_s, u"file"_s});
    parser.addOption({u"key"_s, u"TLS private key (PEM) for --cert."_s, u"file"_s});
    parser.addOption({u"member"_s, u"enterprise add: the account to make a member."_s, u"account"_s});
    parser.addOption(
        {u"hours"_s, u"enterprise limits: hours a device may issue without syncing (default 168)."_s, u"hours"_s, u"168"_s});
    parser.addOption({u"amount"_s, u"enterprise limits: yuan a device may issue between syncs (default 10000000)."_s, u"yuan"_s,
                      u"10000000"_s});
    parser.addOption({u"reason"_s, u"refund decide: the office's reasons (required to refuse)."_s, u"text"_s});
    parser.addOption({u"refund-amount"_s, u"refund decide approved: the amount approved (default: as claimed)."_s, u"yuan"_s});
    parser.addOption(
        {u"document"_s, u"refund decide: the office's document number (税务事项通知书, 收入退还书)."_s, u"number"_s});
    parser.addOption({u"by"_s, u"refund decide, square publish/approve/reject: who acts (default: administrator)."_s, u"name"_s,
                      u"administrator"_s});
    parser.addOption({u"publisher-id"_s, u"square grant ACCOUNT publisher: the publisher id its packages carry."_s, u"id"_s});
    parser.addOption({u"publisher-key"_s,
                      u"square grant ACCOUNT publisher: the publisher's Ed25519 public key (base64, raw 32 bytes)."_s,
                      u"base64"_s});
    parser.addOption({u"role"_s, u"enterprise add: viewer, accountant or admin (default admin)."_s, u"role"_s, u"admin"_s});
    parser.addPositionalArgument(
        u"command"_s,
        u"Nothing to serve, or: account add NAME | enterprise add CODE NAME | enterprise "
        "limits CODE | member role CODE NAME ROLE | member remove CODE NAME | account disable|enable|end-sessions NAME | "
        "device list CODE | device revoke ID | rules publish PACK.json | refund list CODE | refund decide CODE APPLICATION "
        "accepted|under_review|approved|rejected|treasury|treasury_failed|paid|offset | square publish PACKAGE.tbx | square "
        "review [pending|approved|rejected] | square approve|reject ID VERSION | square revoke ID VERSION|* | square grant "
        "ACCOUNT publisher|reviewer"_s);
    parser.process(app);

    QString database = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : qEnvironmentVariable("TAXBOX_DATABASE");
    if (database.isEmpty())
        database = parser.value(u"data"_s);
    else if (QUrl(database).password().size() > 0) {
        std::fprintf(stderr, "taxbox-server: put the database password in PGPASSWORD or ~/.pgpass, not in the URI.\n");
        return 2;
    }
    auto store = server::ServerStore::open(database);
    if (!store)
        return failWith(store.error());
    const QStringList words = parser.positionalArguments();

    if (words.value(0) == u"account" && words.value(1) == u"add" && words.size() == 3) {
        auto id = (*store)->addAccount(words.at(2), passwordFromEnvironmentOrStdin());
        if (!id)
            return failWith(id.error());
        std::printf(
            "%s\n",
            QJsonDocument(QJsonObject{{u"account"_s, *id}, {u"name"_s, words.at(2)}}).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    if (words.value(0) == u"enterprise" && words.value(1) == u"add" && words.size() == 4) {
        auto id = (*store)->addEnterprise(words.at(2), words.at(3));
        if (!id)
            return failWith(id.error());
        if (parser.isSet(u"member"_s)) {
            if (auto added = (*store)->addMember(*id, parser.value(u"member"_s), parser.value(u"role"_s)); !added)
                return failWith(added.error());
        }
        std::printf("%s\n",
                    QJsonDocument(QJsonObject{{u"enterprise"_s, *id}, {u"credit_code"_s, words.at(2)}})
                        .toJson(QJsonDocument::Compact)
                        .constData());
        return 0;
    }
    const auto printJson = [](const QJsonObject &object) {
        std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
        return 0;
    };
    if (words.value(0) == u"enterprise" && words.value(1) == u"limits" && words.size() == 3) {
        auto id = (*store)->enterpriseByCreditCode(words.at(2));
        if (!id)
            return failWith(id.error());
        auto amount = Money::parse(parser.value(u"amount"_s), u"amount"_s);
        if (!amount)
            return failWith(amount.error());
        const qint64 hours = parser.value(u"hours"_s).toLongLong();
        if (auto set = (*store)->setOfflineLimits(*id, hours, amount->fen()); !set)
            return failWith(set.error());
        return printJson(
            {{u"enterprise"_s, *id}, {u"max_offline_hours"_s, hours}, {u"max_offline_amount"_s, amount->toString()}});
    }
    if (words.value(0) == u"device" && words.value(1) == u"list" && words.size() == 3) {
        auto id = (*store)->enterpriseByCreditCode(words.at(2));
        if (!id)
            return failWith(id.error());
        auto devices = (*store)->devices(*id);
        if (!devices)
            return failWith(devices.error());
        QJsonArray list;
        for (const server::Device &device : std::as_const(*devices)) {
            list.append(QJsonObject{{u"id"_s, device.id},
                                    {u"name"_s, device.name},
                                    {u"account"_s, device.accountId},
                                    {u"enrolled_at"_s, device.enrolledAt},
                                    {u"revoked"_s, device.revoked}});
        }
        return printJson({{u"devices"_s, list}});
    }
    // Revocation, effective at once: every request re-reads the account's role in the enterprise.
    if (words.value(0) == u"member" && words.value(1) == u"remove" && words.size() == 4) {
        auto id = (*store)->enterpriseByCreditCode(words.at(2));
        if (!id)
            return failWith(id.error());
        if (auto removed = (*store)->removeMember(*id, words.at(3)); !removed)
            return failWith(removed.error());
        return printJson({{u"enterprise"_s, *id}, {u"removed"_s, words.at(3)}});
    }
    if (words.value(0) == u"member" && words.value(1) == u"role" && words.size() == 5) {
        auto id = (*store)->enterpriseByCreditCode(words.at(2));
        if (!id)
            return failWith(id.error());
        if (auto set = (*store)->addMember(*id, words.at(3), words.at(4)); !set)
            return failWith(set.error());
        return printJson({{u"enterprise"_s, *id}, {u"account"_s, words.at(3)}, {u"role"_s, words.at(4)}});
    }
    if (words.value(0) == u"account" && (words.value(1) == u"disable" || words.value(1) == u"enable") && words.size() == 3) {
        const bool disable = words.at(1) == u"disable";
        if (auto set = (*store)->setAccountDisabled(words.at(2), disable); !set)
            return failWith(set.error());
        return printJson({{u"account"_s, words.at(2)}, {u"disabled"_s, disable}});
    }
    if (words.value(0) == u"account" && words.value(1) == u"end-sessions" && words.size() == 3) {
        auto ended = (*store)->endSessions(words.at(2));
        if (!ended)
            return failWith(ended.error());
        return printJson({{u"account"_s, words.at(2)}, {u"sessions_ended"_s, *ended}});
    }
    if (words.value(0) == u"device" && words.value(1) == u"revoke" && words.size() == 3) {
        if (auto revoked = (*store)->revokeDevice(words.at(2)); !revoked)
            return failWith(revoked.error());
        return printJson({{u"revoked"_s, words.at(2)}});
    }
    // Standing in for the tax office: its answers on the enterprise's refund applications, which the
    // enterprise's devices receive with their next sync.
    if (words.value(0) == u"refund" && words.value(1) == u"list" && words.size() == 3) {
        auto id = (*store)->enterpriseByCreditCode(words.at(2));
        if (!id)
            return failWith(id.error());
        auto list = (*store)->refunds(*id);
        if (!list)
            return failWith(list.error());
        return printJson({{u"refunds"_s, *list}});
    }
    if (words.value(0) == u"refund" && words.value(1) == u"decide" && words.size() == 5) {
        auto id = (*store)->enterpriseByCreditCode(words.at(2));
        if (!id)
            return failWith(id.error());
        QString amount;
        if (parser.isSet(u"refund-amount"_s)) {
            auto parsed = Money::parse(parser.value(u"refund-amount"_s), u"refund-amount"_s);
            if (!parsed)
                return failWith(parsed.error());
            amount = parsed->toString();
        }
        auto decided = (*store)->decideRefund(*id, words.at(3), words.at(4), parser.value(u"by"_s), parser.value(u"reason"_s),
                                              amount, parser.value(u"document"_s));
        if (!decided)
            return failWith(decided.error());
        return printJson(*decided);
    }
    // The app square: a publisher's package submitted, reviewed (approved: countersigned with this server's
    // key; rejected with the reason) and, later, revoked.
    if (words.value(0) == u"square" && words.value(1) == u"publish" && words.size() == 3) {
        QFile package(words.at(2));
        if (!package.open(QIODevice::ReadOnly) || package.size() > 128 * 1024 * 1024) {
            std::fprintf(stderr, "taxbox-server: cannot read %s (at most 128 MiB).\n", qPrintable(words.at(2)));
            return 2;
        }
        auto submitted = (*store)->squareSubmit(package.readAll(), parser.value(u"by"_s));
        if (!submitted)
            return failWith(submitted.error());
        return printJson(*submitted);
    }
    if (words.value(0) == u"square" && words.value(1) == u"grant" && words.size() == 4) {
        auto granted = (*store)->squareGrant(words.at(2), words.at(3), parser.value(u"publisher-id"_s),
                                             QByteArray::fromBase64(parser.value(u"publisher-key"_s).toLatin1()));
        if (!granted)
            return failWith(granted.error());
        return printJson({{u"account"_s, words.at(2)}, {u"role"_s, words.at(3)}});
    }
    if (words.value(0) == u"square" && words.value(1) == u"review" && words.size() <= 3) {
        auto list = (*store)->squarePackages(words.value(2));
        if (!list)
            return failWith(list.error());
        return printJson({{u"packages"_s, *list}});
    }
    if (words.value(0) == u"square" && (words.value(1) == u"approve" || words.value(1) == u"reject") && words.size() == 4) {
        auto signer = server::TokenSigner::fromDirectory(parser.value(u"data"_s));
        if (!signer)
            return failWith(signer.error());
        auto decided = (*store)->squareDecide(words.at(2), words.at(3), words.at(1) == u"approve", parser.value(u"by"_s),
                                              parser.value(u"reason"_s),
                                              [&](const QByteArray &bytes) { return signer->signDomainPrefixed(bytes); });
        if (!decided)
            return failWith(decided.error());
        return printJson(*decided);
    }
    if (words.value(0) == u"square" && words.value(1) == u"revoke" && words.size() == 4) {
        if (auto revoked = (*store)->squareRevoke(words.at(2), words.at(3), parser.value(u"reason"_s)); !revoked)
            return failWith(revoked.error());
        return printJson({{u"revoked"_s, words.at(2)}, {u"version"_s, words.at(3)}});
    }
    if (words.value(0) == u"rules" && words.value(1) == u"publish" && words.size() == 3) {
        QFile packFile(words.at(2));
        QFile signatureFile(words.at(2) + u".sig"_s);
        if (!packFile.open(QIODevice::ReadOnly) || !signatureFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "taxbox-server: cannot read %s and its .sig file.\n", qPrintable(words.at(2)));
            return 2;
        }
        const QByteArray pack = packFile.readAll();
        const QByteArray signature = signatureFile.readAll();
        // Only packs signed by a trusted rule key are published; clients verify again before use.
        auto verified = rules::RulePack::load(pack, signature);
        if (!verified)
            return failWith(verified.error());
        if (auto published = (*store)->publishRulePack(
                {verified->version(), QString::fromLatin1(pack.toBase64()), QString::fromLatin1(signature.toBase64())});
            !published)
            return failWith(published.error());
        std::printf("%s\n",
                    QJsonDocument(QJsonObject{{u"published"_s, verified->version()}}).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    if (!words.isEmpty()) {
        std::fprintf(stderr, "taxbox-server: unknown command \"%s\"; see --help.\n", qPrintable(words.join(u' ')));
        return 2;
    }

    // Serve.
    const QString listen = parser.value(u"listen"_s);
    const QHostAddress address(listen.section(u':', 0, -2));
    bool portOk = false;
    const int port = listen.section(u':', -1).toInt(&portOk);
    if (address.isNull() || !portOk || port < 0 || port > 65535) {
        std::fprintf(stderr, "taxbox-server: --listen must look like 127.0.0.1:8443.\n");
        return 2;
    }
    const bool tls = parser.isSet(u"cert"_s) || parser.isSet(u"key"_s);
    QList<QSslCertificate> chain;
    QSslKey key;
    if (tls) {
        QFile certificateFile(parser.value(u"cert"_s));
        QFile keyFile(parser.value(u"key"_s));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "taxbox-server: --cert and --key must both name readable PEM files.\n");
            return 2;
        }
        // The leaf first, then the intermediates: all of them are served, so clients that trust only the
        // root can build the path.
        chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
        const QByteArray keyBytes = keyFile.readAll();
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            std::fprintf(stderr, "taxbox-server: the certificate or key is not a PEM certificate / EC or RSA key.\n");
            return 2;
        }
    } else if (!address.isLoopback()) {
        // Plain HTTP only on loopback (development); anything else needs --cert and --key.
        std::fprintf(stderr, "taxbox-server: plain HTTP is only served on loopback; give --cert and --key for HTTPS.\n");
        return 2;
    }
    auto tokens = server::TokenSigner::fromDirectory(parser.value(u"data"_s));
    if (!tokens)
        return failWith(tokens.error());
    server::Api api(**store, *tokens);

    QThreadPool workers;
    workers.setMaxThreadCount(parser.isSet(u"threads"_s) ? std::max(1, parser.value(u"threads"_s).toInt())
                                                         : 2 * QThread::idealThreadCount());
    // Sign-ins run scrypt (128 MiB each) on a small pool of their own, so a flood of them never takes the
    // workers every other route needs, and never more than a few hash at once; beyond a bounded queue
    // they are answered 503 at once.
    QThreadPool hashing;
    hashing.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    auto queuedSignIns = std::make_shared<std::atomic<int>>(0);
    constexpr int kMaxQueuedSignIns = 32;
    QHttpServer http;
    http.setMissingHandler([&api, &workers, &hashing, queuedSignIns, &app](const QHttpServerRequest &request,
                                                                           QHttpServerResponder &&responder) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        // The answer is written later, on this (the event loop's) thread; the socket may be gone by then.
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = pending->socket();
        const QString peer = request.remoteAddress().toString();
        server::ApiRequest apiRequest{methodName(request.method()),   request.url().path(),
                                      request.value("Authorization"), request.body(),
                                      request.url().query(),          peer,
                                      request.value("Range")};
        const bool signIn = apiRequest.path == u"/api/v1/auth/login";
        if (signIn && queuedSignIns->fetch_add(1) >= kMaxQueuedSignIns) {
            queuedSignIns->fetch_sub(1);
            pending->write(
                QJsonDocument(
                    server::errorResponse(503, u"busy"_s, u"The server is busy signing others in; try again shortly."_s).body),
                QHttpServerResponder::StatusCode::ServiceUnavailable);
            return;
        }
        QThreadPool &pool = signIn ? hashing : workers;
        pool.start([&api, &app, apiRequest = std::move(apiRequest), pending, socket, timer, peer, signIn, queuedSignIns] {
            const server::ApiResponse response = api.handle(apiRequest);
            if (signIn)
                queuedSignIns->fetch_sub(1);
            QMetaObject::invokeMethod(
                &app, [pending, socket, response, timer, peer, method = apiRequest.method, path = apiRequest.path] {
                    if (socket && response.isRaw()) {
                        // A download: its own headers (ETag, Content-Range) besides the length and type.
                        pending->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
                        pending->writeHeader("Content-Type", response.contentType);
                        pending->writeHeader("Content-Length", QByteArray::number(response.raw.size()));
                        for (const auto &[name, value] : response.headers)
                            pending->writeHeader(name, value);
                        pending->writeBody(response.raw);
                    } else if (socket) {
                        pending->write(QJsonDocument(response.body),
                                       static_cast<QHttpServerResponder::StatusCode>(response.status));
                    }
                    // Access log: no headers, no bodies, no tokens, no query strings.
                    server::logEvent(u"request"_s,
                                     {{u"remote"_s, peer},
                                      {u"method"_s, QString::fromLatin1(method)},
                                      {u"path"_s, path},
                                      {u"status"_s, response.status},
                                      {u"microseconds"_s, timer->nsecsElapsed() / 1000},
                                      {u"delivered"_s, !socket.isNull()}});
                });
        });
    });
    // Our own listener, so that every connection's bytes are checked against the limits before Qt
    // HttpServer reads them (RequestLimits), and the whole certificate chain is served.
    QTcpServer *listener = nullptr;
    if (tls) {
        auto *secure = new server::LimitedSslServer(&http);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        secure->setSslConfiguration(configuration);
        listener = secure;
    } else {
        listener = new server::LimitedTcpServer(&http);
    }
    if (!listener->listen(address, static_cast<quint16>(port))) {
        std::fprintf(stderr, "taxbox-server: cannot listen on %s.\n", qPrintable(listen));
        return 1;
    }
    http.bind(listener);
    const quint16 bound = listener->serverPort();
    server::ConnectionGuard guard(http, std::max(1, parser.value(u"request-timeout"_s).toInt()),
                                  std::max(1, parser.value(u"idle-timeout"_s).toInt()));
    std::printf("taxbox-server listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(address.toString()), bound);
    std::fflush(stdout);
    // SIGTERM (systemctl stop; podman or docker stop, where the server is PID 1 and would otherwise ignore it) and
    // SIGINT end the event loop in order: requests in hand finish their transaction and the database is closed.
    const TerminationSignals terminationSignals;
    return QCoreApplication::exec();
}
