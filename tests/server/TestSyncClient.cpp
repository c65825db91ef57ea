// The sync client against the real taxbox-server on loopback: every outbox item delivered once,
// answers that were lost resent and answered "duplicate", a server that is down retried with growing
// back-off and nothing lost; conflicts resolved by a person; number grants and their offline limits;
// and exactly once when the client or the server is killed (SIGKILL) at random points.

#include "ServerProcess.h"
#include "ServerStore.h"
#include "filing/Filings.h"

#include "../core/InvoiceFixtures.h"
#include "invoice/InvoiceBook.h"
#include "invoice/ReceivedInvoices.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>

#include <thread>

#include "../core/PackageFixtures.h"
#include "refund/RefundApplications.h"
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
    void httpsServesTheWholeChain();
    void aConflictWaitsForAPersonAndIsResolved();
    void numberGrantsAreCheckedAndLimitIssuing();
    void exactlyOnceWhenTheClientIsKilled();
    void exactlyOnceWhenTheServerIsKilled();
    void invoicesAreCheckedByTheServerAndRedLetterGoesThroughTheBuyer();
    void aNumberTheServerHoldsVoidsTheLocalInvoice();
    void filedReturnsReachTheServerOnceWithTheirReceipts();
    void refundApplicationsFollowTheOfficesAnswers();
    void theSquareIsAdministeredFromTheCommandLine();
    // Last: it publishes rule packs to every enterprise on the shared server.
    void rulePacksFromTheServerAreVerifiedBeforeUse();

private:
    int admin(const QStringList &arguments, const QByteArray &password = {});
    std::unique_ptr<store::EnterpriseStore> makeStore(const QString &name, int items,
                                                      const crypto::SecureBytes &key = crypto::SecureBytes::random(32));
    QJsonObject signIn(sync::SyncClient &client);
    qint64 serverItems(const QJsonObject &login);

    QTemporaryDir m_dir;
    QProcess m_server;
    QUrl m_url;
};

int TestSyncClient::admin(const QStringList &arguments, const QByteArray &password)
{
    return test::serverAdmin(QStringList{u"--data"_s, m_dir.filePath(u"server"_s)} + arguments, password);
}

void TestSyncClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(admin({u"account"_s, u"add"_s, u"wang"_s}, "correct horse"), 0);
    QCOMPARE(admin({u"enterprise"_s, u"add"_s, u"91350100M000100Y43"_s, u"闽江"_s, u"--member"_s, u"wang"_s}), 0);
    m_url = test::startServer(m_server, {u"--data"_s, m_dir.filePath(u"server"_s)}, m_dir.filePath(u"server.log"_s));
    QVERIFY(m_url.isValid());
}

void TestSyncClient::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(5000))
        m_server.kill();
}

std::unique_ptr<store::EnterpriseStore> TestSyncClient::makeStore(const QString &name, int items, const crypto::SecureBytes &key)
{
    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    auto store = store::EnterpriseStore::create(m_dir.filePath(name), key, u"e1"_s, profile, {u"u1"_s, u"王会计"_s, Role::Admin});
    if (!store)
        qFatal("store: %s", qPrintable(store.error().message));
    auto transaction = store::Transaction::begin((*store)->database());
    for (int i = 0; i < items; ++i) {
        if (!(*store)->recordChange({u"test"_s, u"item"_s, QString::number(i), {}, QJsonObject{{u"n"_s, i}}, u"test.item"_s}))
            qFatal("cannot write the outbox");
    }
    if (!transaction->commit())
        qFatal("cannot commit the outbox");
    return std::move(*store);
}

QJsonObject TestSyncClient::signIn(sync::SyncClient &client)
{
    auto login = client.login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    if (!login)
        qFatal("login: %s", qPrintable(login.error().message));
    return *login;
}

qint64 TestSyncClient::serverItems(const QJsonObject &login)
{
    auto server = server::ServerStore::open(m_dir.filePath(u"server"_s));
    if (!server)
        qFatal("server store: %s", qPrintable(server.error().message));
    return *(*server)->itemCount(login.value(u"enterprises"_s).toArray().first().toObject().value(u"id"_s).toString());
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
    const QUrl url = test::startServer(server, {u"--data"_s, m_dir.filePath(u"server"_s), u"--cert"_s, cert, u"--key"_s, key},
                                       m_dir.filePath(u"server.log"_s));
    QCOMPARE(url.scheme(), u"https"_s);

    sync::SyncClient::Options options;
    options.server = url;
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
    // An answer larger than the client reads is not read (a hostile server cannot fill its memory).
    sync::SyncClient::Options small = options;
    small.http.maxAnswerBytes = 64;
    QCOMPARE(sync::SyncClient(small).login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s)).error().code,
             u"answer_too_large"_s);
    // A pinned public key must match too: another key's pin is refused even with the CA trusted.
    QFile pem(cert);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QByteArray der = QSslCertificate(pem.readAll(), QSsl::Pem).publicKey().toDer();
    options.http.pinnedPublicKey = u"sha256//"_s + QString::fromLatin1(crypto::sha256(QByteArray(32, 'x')).toBase64());
    QCOMPARE(sync::SyncClient(options).login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s)).error().code,
             u"network"_s);
    options.http.pinnedPublicKey = u"sha256//"_s + QString::fromLatin1(crypto::sha256(der).toBase64());
    QVERIFY(sync::SyncClient(options).login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s)));
    server.terminate();
    server.waitForFinished(5000);
}

void TestSyncClient::httpsServesTheWholeChain()
{
    // A root, an intermediate and a leaf for 127.0.0.1, as a CA issues them; the client trusts the root only.
    const auto run = [](const QStringList &arguments) {
        QProcess openssl;
        openssl.start(u"openssl"_s, arguments);
        return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
    };
    const auto path = [this](const QString &name) { return m_dir.filePath(u"chain-"_s + name); };
    const auto write = [](const QString &file, const QByteArray &text) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
    };
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    QVERIFY(write(path(u"ca.ext"_s), "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"));
    QVERIFY(write(path(u"leaf.ext"_s), "basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"));
    QVERIFY(run(QStringList{u"req"_s, u"-x509"_s} + ec
                + QStringList{u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Taxbox Test Root"_s, u"-addext"_s,
                              u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s,
                              u"-keyout"_s, path(u"root.key"_s), u"-out"_s, path(u"root.pem"_s)}));
    QVERIFY(run(QStringList{u"req"_s} + ec
                + QStringList{u"-subj"_s, u"/CN=Taxbox Test Intermediate"_s, u"-keyout"_s, path(u"int.key"_s), u"-out"_s,
                              path(u"int.csr"_s)}));
    QVERIFY(
        run({u"x509"_s, u"-req"_s, u"-in"_s, path(u"int.csr"_s), u"-CA"_s, path(u"root.pem"_s), u"-CAkey"_s, path(u"root.key"_s),
             u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, path(u"ca.ext"_s), u"-out"_s, path(u"int.pem"_s)}));
    QVERIFY(
        run(QStringList{u"req"_s} + ec
            + QStringList{u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, path(u"leaf.key"_s), u"-out"_s, path(u"leaf.csr"_s)}));
    QVERIFY(
        run({u"x509"_s, u"-req"_s, u"-in"_s, path(u"leaf.csr"_s), u"-CA"_s, path(u"int.pem"_s), u"-CAkey"_s, path(u"int.key"_s),
             u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, path(u"leaf.ext"_s), u"-out"_s, path(u"leaf.pem"_s)}));
    QFile leaf(path(u"leaf.pem"_s));
    QFile intermediate(path(u"int.pem"_s));
    QVERIFY(leaf.open(QIODevice::ReadOnly) && intermediate.open(QIODevice::ReadOnly));
    QVERIFY(write(path(u"bundle.pem"_s), leaf.readAll() + intermediate.readAll()));

    QProcess server;
    const QUrl url = test::startServer(
        server, {u"--data"_s, m_dir.filePath(u"server"_s), u"--cert"_s, path(u"bundle.pem"_s), u"--key"_s, path(u"leaf.key"_s)},
        m_dir.filePath(u"server-chain.log"_s));
    QCOMPARE(url.scheme(), u"https"_s);
    sync::SyncClient::Options options;
    options.server = url;
    options.maxAttempts = 1;
    options.http.caFile = path(u"root.pem"_s);
    auto signedIn = sync::SyncClient(options).login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message));
    server.terminate();
    server.waitForFinished(5000);
}

void TestSyncClient::aConflictWaitsForAPersonAndIsResolved()
{
    // Two computers keep the same enterprise; both close March's payroll while offline.
    auto office = makeStore(u"office.db"_s, 0);
    auto laptop = makeStore(u"laptop.db"_s, 0);
    const auto closeMonth = [](store::EnterpriseStore &store, const QString &who) {
        auto transaction = store::Transaction::begin(store.database());
        QVERIFY(store.recordChange({u"close"_s,
                                    u"payroll_month"_s,
                                    u"2026-03"_s,
                                    {},
                                    QJsonObject{{u"closed_by"_s, who}},
                                    u"payroll.month_closed"_s,
                                    u"payroll-month:2026-03"_s}));
        QVERIFY(transaction->commit());
    };
    closeMonth(*office, u"office"_s);
    closeMonth(*laptop, u"laptop"_s);
    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    const QString code = u"91350100M000100Y43"_s;
    QCOMPARE(client.syncEnterprise(*office, code, login).accepted, 2); // + enterprise.created

    const sync::SyncReport clash = client.syncEnterprise(*laptop, code, login);
    QCOMPARE(clash.conflicts, 1);
    QVERIFY(clash.error.isEmpty());
    const auto conflicted = [&] {
        const QList<store::OutboxItem> items = *laptop->outbox();
        for (const store::OutboxItem &item : items)
            if (item.state == u"conflict")
                return item;
        return store::OutboxItem{};
    }();
    QCOMPARE(conflicted.recordKey, u"payroll-month:2026-03"_s);
    QVERIFY(conflicted.currentReceipt > 0);
    // Worded for a person (the record by its name, not its key).
    QVERIFY2(conflicted.lastError.contains(u"payroll of 2026-03"_s) && !conflicted.lastError.contains(u"payroll-month:"_s),
             qPrintable(conflicted.lastError));

    // Nothing happens on its own: syncing again leaves the conflict as it is.
    QCOMPARE(client.syncEnterprise(*laptop, code, login).sent, 0);
    // The accountant keeps the laptop's version: queued again on top of the office's, accepted.
    sync::SyncLedger ledger(*laptop);
    QVERIFY(ledger.resolveConflict(conflicted.uuid, sync::SyncLedger::Resolution::KeepMine));
    QCOMPARE(ledger.resolveConflict(conflicted.uuid, sync::SyncLedger::Resolution::KeepMine).error().code, u"not_a_conflict"_s);
    const sync::SyncReport kept = client.syncEnterprise(*laptop, code, login);
    QCOMPARE(kept.accepted, 1);
    QCOMPARE(kept.conflicts, 0);

    // The office learns of the laptop's version from the change feed, so its next change is based on
    // it and goes through.
    QVERIFY(client.syncEnterprise(*office, code, login).changes > 0);
    closeMonth(*office, u"office again"_s);
    const sync::SyncReport next = client.syncEnterprise(*office, code, login);
    QCOMPARE(next.accepted, 1);
    QCOMPARE(next.conflicts, 0);
}

void TestSyncClient::refundApplicationsFollowTheOfficesAnswers()
{
    // Filed on the desktop, delivered once, answered by the tax office (the server's administrator), and the
    // answers come back with the next sync; refused steps change nothing on either side.
    auto store = makeStore(u"refunds.db"_s, 0);
    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    const QString code = u"91350100M000100Y43"_s;
    refund::RefundApplications applications(*store);
    const auto refundRules = rules::RulePack::shipped(u"cn-refund"_s);
    QVERIFY(refundRules);
    const QJsonObject request{{u"payments"_s,
                               QJsonArray{QJsonObject{{u"tax"_s, u"印花税"_s},
                                                      {u"period"_s, u"2026Q2"_s},
                                                      {u"voucher"_s, u"335016260000012345"_s},
                                                      {u"paid_on"_s, u"2026-07-10"_s},
                                                      {u"paid"_s, u"5000.00"_s},
                                                      {u"due"_s, u"0"_s}}}},
                              {u"reason"_s, u"重复缴纳"_s}};
    auto prepared = applications.prepare(u"overpayment"_s, u"2026-11"_s, request, **refundRules, QDate(2026, 11, 20));
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
    QVERIFY(applications.file(prepared->id));
    const sync::SyncReport delivered = client.syncEnterprise(*store, code, login);
    QVERIFY2(delivered.error.isEmpty(), qPrintable(delivered.error));
    QCOMPARE(applications.show(prepared->id)->syncState, u"accepted"_s);

    const QString id = prepared->id;
    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, id, u"approved"_s}), 1); // not before it is accepted
    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, id, u"accepted"_s, u"--document"_s, u"闽税受〔2026〕101号"_s}), 0);
    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, id, u"under_review"_s}), 0);
    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, id, u"rejected"_s}), 1); // a refusal needs its reasons
    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, id, u"approved"_s, u"--refund-amount"_s, u"4800"_s}), 0);
    const sync::SyncReport answered = client.syncEnterprise(*store, code, login);
    QVERIFY2(answered.error.isEmpty(), qPrintable(answered.error));
    QCOMPARE(answered.refundStatus.size(), 3);
    QVERIFY(answered.refundStatusErrors.isEmpty());
    auto approved = applications.show(id);
    QCOMPARE(approved->state, refund::RefundState::Approved);
    QCOMPARE(approved->amountApproved, u"4800.00"_s);
    QCOMPARE(approved->history.size(), 4); // submitted, accepted, under review, approved
    QCOMPARE(approved->history.at(1).toObject().value(u"document"_s).toString(), u"闽税受〔2026〕101号"_s);
    QCOMPARE(client.syncEnterprise(*store, code, login).refundStatus.size(), 0); // nothing twice

    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, id, u"treasury"_s}), 0);
    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, id, u"paid"_s}), 0);
    QCOMPARE(client.syncEnterprise(*store, code, login).refundStatus.size(), 2);
    QCOMPARE(applications.show(id)->state, refund::RefundState::Paid);

    // Withdrawn before a decision: the server records it, and the office can no longer accept it.
    auto second = applications.prepare(u"overpayment"_s, u"2026-12"_s, request, **refundRules, QDate(2026, 12, 1));
    QVERIFY(applications.file(second->id));
    QVERIFY(client.syncEnterprise(*store, code, login).error.isEmpty());
    QVERIFY(applications.withdraw(second->id, u"已与欠税抵缴"_s));
    QVERIFY(client.syncEnterprise(*store, code, login).error.isEmpty());
    QCOMPARE(admin({u"refund"_s, u"decide"_s, code, second->id, u"accepted"_s}), 1);
    auto server = server::ServerStore::open(m_dir.filePath(u"server"_s));
    QVERIFY(server);
    auto listed = (*server)->refunds(*(*server)->enterpriseByCreditCode(code));
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    for (const QJsonValue &value : std::as_const(*listed)) {
        const QJsonObject application = value.toObject();
        QCOMPARE(application.value(u"kind"_s).toString(), u"overpayment"_s);
        QCOMPARE(application.value(u"state"_s).toString(),
                 application.value(u"id"_s).toString() == id ? u"paid"_s : u"withdrawn"_s);
    }
}

void TestSyncClient::theSquareIsAdministeredFromTheCommandLine()
{
    // taxbox-server square publish | review | approve | reject | revoke | grant, against the running server's data.
    taxbox::testing::PackageFixture publisher{m_dir.path()};
    const auto unreviewed = [&](const QString &name, const QString &version) {
        return publisher.build(name, publisher.manifest(version, publisher.files()), publisher.files(),
                               [](QList<taxbox::testing::Entry> &entries) { entries.removeAt(2); });
    };
    QCOMPARE(admin({u"square"_s, u"publish"_s, unreviewed(u"a.tbx"_s, u"2.0.0"_s), u"--by"_s, u"publisher"_s}), 0);
    QCOMPARE(admin({u"square"_s, u"publish"_s, unreviewed(u"b.tbx"_s, u"2.1.0"_s)}), 0);
    QCOMPARE(admin({u"square"_s, u"publish"_s, unreviewed(u"a.tbx"_s, u"2.0.0"_s)}), 1); // that version again
    QCOMPARE(admin({u"square"_s, u"review"_s, u"pending"_s}), 0);
    QCOMPARE(admin({u"square"_s, u"grant"_s, u"wang"_s, u"reviewer"_s}), 0);
    QCOMPARE(admin({u"square"_s, u"grant"_s, u"wang"_s, u"publisher"_s}), 1); // which publisher, with which key
    QCOMPARE(admin({u"square"_s, u"grant"_s, u"nobody"_s, u"reviewer"_s}), 1);
    QCOMPARE(admin({u"square"_s, u"approve"_s, u"cn.taxbox.property-tax"_s, u"2.0.0"_s, u"--by"_s, u"审核员"_s}), 0);
    QCOMPARE(admin({u"square"_s, u"reject"_s, u"cn.taxbox.property-tax"_s, u"2.1.0"_s}), 1); // reasons required
    QCOMPARE(admin({u"square"_s, u"reject"_s, u"cn.taxbox.property-tax"_s, u"2.1.0"_s, u"--reason"_s, u"需要说明联网用途"_s}), 0);
    QCOMPARE(admin({u"square"_s, u"revoke"_s, u"cn.taxbox.property-tax"_s, u"*"_s, u"--reason"_s, u"停止维护"_s}), 0);
    auto server = server::ServerStore::open(m_dir.filePath(u"server"_s));
    QVERIFY(server);
    const QJsonArray packages = *(*server)->squarePackages({});
    QCOMPARE(packages.size(), 2);
    QCOMPARE(packages.at(0).toObject().value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(packages.at(0).toObject().value(u"revoked"_s).toString(), u"停止维护"_s);
    QCOMPARE(packages.at(1).toObject().value(u"reason"_s).toString(), u"需要说明联网用途"_s);
}

void TestSyncClient::numberGrantsAreCheckedAndLimitIssuing()
{
    auto store = makeStore(u"numbers.db"_s, 0);
    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    const QString code = u"91350100M000100Y43"_s;
    sync::SyncLedger ledger(*store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ledger.takeNumber(u"digital_invoice"_s, 100, now).error().code, u"numbers_exhausted"_s);

    QVERIFY(client.syncEnterprise(*store, code, login).error.isEmpty());
    auto grant = client.requestNumbers(*store, code, login, u"digital_invoice"_s, 3);
    QVERIFY2(grant, qPrintable(grant ? QString() : grant.error().message));
    const qint64 first = grant->value(u"first"_s).toInteger();
    QCOMPARE(ledger.takeNumber(u"digital_invoice"_s, 100, now)->number, first);
    QCOMPARE(ledger.takeNumber(u"digital_invoice"_s, 100, now)->number, first + 1);
    // The amount limit (¥10,000,000.00 by default) counts everything issued since the last sync.
    QCOMPARE(ledger.takeNumber(u"digital_invoice"_s, 1'000'000'000, now).error().code, u"offline_amount_limit"_s);
    // Offline longer than the grant allows.
    QCOMPARE(ledger.takeNumber(u"digital_invoice"_s, 100, now.addSecs(169 * 3600)).error().code, u"offline_time_limit"_s);
    QCOMPARE(ledger.takeNumber(u"digital_invoice"_s, 100, now)->number, first + 2);
    QCOMPARE(ledger.takeNumber(u"digital_invoice"_s, 100, now).error().code, u"numbers_exhausted"_s);

    // A grant changed on the way (a longer range) or meant for another device is refused.
    auto device = ledger.device(m_url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
    QVERIFY(device && *device);
    QJsonObject forged = *grant;
    forged.insert(u"last"_s, first + 1000);
    QCOMPARE(ledger.addGrant(forged, QByteArray(64, 'x'), **device).error().code, u"grant_signature_invalid"_s);
    QCOMPARE(ledger.grants()->size(), 1);
}

void TestSyncClient::exactlyOnceWhenTheClientIsKilled()
{
    // A child process syncs 1,500 items in batches of 3 and is killed (SIGKILL) at a random moment,
    // again and again, until a run finishes. The server then holds each item exactly once.
    const crypto::SecureBytes key = crypto::SecureBytes::random(32);
    const QString path = m_dir.filePath(u"killed-client.db"_s);
    {
        auto store = makeStore(u"killed-client.db"_s, 1500, key);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TAXBOX_SYNC_CHILD_STORE"_s, path);
    environment.insert(u"TAXBOX_SYNC_CHILD_KEY"_s,
                       QString::fromLatin1(QByteArray(key.view().constData(), key.view().size()).toHex()));
    environment.insert(u"TAXBOX_SYNC_CHILD_SERVER"_s, m_url.toString());
    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    const qint64 initial = serverItems(login); // the enterprise also holds the other tests' items
    int killedMidUpload = 0;
    int runs = 0;
    qint64 previousPending = 1501;
    for (; runs < 60; ++runs) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // Random moments, over a window that widens run by run so that a slow machine (or a sanitizer
        // build) still gets a run that finishes.
        const int delay = QRandomGenerator::global()->bounded(100, 1500 + 300 * runs);
        const bool finished = child.waitForFinished(delay);
        if (finished) {
            QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
            break;
        }
        child.kill(); // SIGKILL
        child.waitForFinished();
        auto store = store::EnterpriseStore::open(path, key, u"e1"_s, {u"u1"_s, u"王会计"_s, Role::Admin});
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        const qint64 pending = (*store)->pendingOutbox(10'000)->size();
        if (pending > 0 && pending < previousPending)
            ++killedMidUpload;
        previousPending = pending;
    }
    QVERIFY2(runs < 60, "the child never finished");
    QVERIFY2(killedMidUpload > 0, "no kill landed during an upload; the test proved nothing");
    auto store = store::EnterpriseStore::open(path, key, u"e1"_s, {u"u1"_s, u"王会计"_s, Role::Admin});
    QVERIFY(store);
    const QList<store::OutboxItem> items = *(*store)->outbox();
    for (const store::OutboxItem &item : items)
        QVERIFY2(item.state == u"accepted" || item.state == u"duplicate", qPrintable(item.state));
    QCOMPARE(serverItems(login) - initial, 1501); // nothing lost, nothing twice
    // Resending everything is harmless: all duplicates, the server count unchanged.
    QVERIFY((*store)->database().execute("UPDATE outbox SET state = 'pending'"));
    const sync::SyncReport again = client.syncEnterprise(**store, u"91350100M000100Y43"_s, login);
    QCOMPARE(again.duplicate, 1501);
    QCOMPARE(again.accepted, 0);
    QCOMPARE(serverItems(login) - initial, 1501);
    qInfo("%d runs, %d killed during the upload", runs + 1, killedMidUpload);
}

void TestSyncClient::exactlyOnceWhenTheServerIsKilled()
{
    // The server is killed (SIGKILL) three times while a client uploads 2,000 items, and restarted on the same port;
    // the client's retries finish the job and the server holds each item once.
    QProcess server;
    const auto start = [&](quint16 port) {
        return static_cast<quint16>(
            test::startServer(server, {u"--data"_s, m_dir.filePath(u"server"_s), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)},
                              m_dir.filePath(u"server.log"_s))
                .port(0));
    };
    const quint16 port = start(0);
    QVERIFY(port);
    auto store = makeStore(u"killed-server.db"_s, 2000);
    sync::SyncClient::Options options;
    options.server = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    options.batchSize = 5;
    options.maxAttempts = 100;
    options.sleep = [](int) { QThread::msleep(50); };
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    const qint64 before = serverItems(login);
    sync::SyncReport report;
    std::thread uploader([&] { report = client.syncEnterprise(*store, u"91350100M000100Y43"_s, login); });
    int killedMidUpload = 0;
    for (int kill = 0; kill < 3; ++kill) {
        // Wait until the upload is under way, then kill the server mid-batch.
        QTest::qWait(QRandomGenerator::global()->bounded(100, 400));
        server.kill();
        server.waitForFinished();
        const qint64 delivered = serverItems(login) - before;
        killedMidUpload += delivered < 2001 ? 1 : 0;
        QVERIFY(start(port) == port);
    }
    uploader.join();
    QVERIFY2(killedMidUpload > 0, "the upload ended before the first kill; the test proved nothing");
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.pending, 0);
    QCOMPARE(serverItems(login) - before, 2001);
    server.terminate();
    server.waitForFinished(5000);
}

void TestSyncClient::invoicesAreCheckedByTheServerAndRedLetterGoesThroughTheBuyer()
{
    const QString sellerCode = u"91350100M000100Y43"_s;
    const QString buyerCode = u"91110108551385082Q"_s;
    QCOMPARE(admin({u"enterprise"_s, u"add"_s, buyerCode, u"朝阳"_s, u"--member"_s, u"wang"_s}), 0);
    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    auto seller = makeStore(u"seller.db"_s, 0);
    QVERIFY(client.syncEnterprise(*seller, sellerCode, login).error.isEmpty());
    QVERIFY(client.requestNumbers(*seller, sellerCode, login, QString::fromUtf16(sync::kInvoiceNumberKind), 10));
    invoice::InvoiceBook sellerBook(*seller, **rules::RulePack::builtIn());

    // An issued invoice is accepted; one changed after issuing (the stored payload edited) is not.
    auto blue = sellerBook.issue(testing::sampleDraft());
    QVERIFY2(blue, blue ? "" : qPrintable(blue.error().message));
    const sync::SyncReport issued = client.syncEnterprise(*seller, sellerCode, login);
    QCOMPARE(issued.accepted, 1);
    QCOMPARE(issued.rejected, 0);
    QVERIFY(sellerBook.issue(testing::sampleDraft(u"226.00"_s)));
    QVERIFY(seller->database().execute(
        "UPDATE outbox SET payload = replace(payload, '\"total\":\"862.00\"', '\"total\":\"962.00\"') WHERE state = 'pending'"));
    const sync::SyncReport tampered = client.syncEnterprise(*seller, sellerCode, login);
    QCOMPARE(tampered.rejected, 1);
    QVERIFY(seller->outbox()->last().lastError.contains(u"signature"_s));

    // 红字确认单: the seller asks, the buyer (another enterprise on the server) confirms, then the red invoice.
    auto request = sellerBook.requestRed(blue->invoice.number, Money::fromFen(50'000), u"销货退回"_s);
    QVERIFY(request);
    QCOMPARE(client.syncEnterprise(*seller, sellerCode, login).accepted, 1);

    EnterpriseProfile buyerProfile;
    buyerProfile.name = u"北京朝阳科技有限公司"_s;
    buyerProfile.creditCode = buyerCode;
    buyerProfile.region = u"110105"_s;
    auto buyer = store::EnterpriseStore::create(m_dir.filePath(u"buyer.db"_s), crypto::SecureBytes::random(32), u"e2"_s,
                                                buyerProfile, {u"u2"_s, u"李会计"_s, Role::Admin});
    QVERIFY(buyer);
    const QJsonObject buyerLogin = signIn(client);
    const sync::SyncReport received = client.syncEnterprise(**buyer, buyerCode, buyerLogin);
    QVERIFY2(received.error.isEmpty(), qPrintable(received.error));
    QCOMPARE(received.redConfirmations, QStringList{request->id});
    // The seller's accepted invoice arrives as the buyer's 进项发票 (the tampered one, refused, does not).
    QVERIFY2(received.refusedInvoices.isEmpty(), qPrintable(received.refusedInvoices.join(u"; "_s)));
    QCOMPARE(received.receivedInvoices, QStringList{blue->invoice.number});
    invoice::ReceivedInvoices buyerReceived(**buyer);
    auto arrived = buyerReceived.find(blue->invoice.number);
    QVERIFY2(arrived, arrived ? "" : qPrintable(arrived.error().message));
    QCOMPARE(arrived->source, u"sync"_s);
    QCOMPARE(arrived->document.total, blue->invoice.totals.total);
    QCOMPARE(arrived->document.seller.creditCode, sellerCode);
    QCOMPARE(arrived->deductibleTax, blue->invoice.totals.tax);
    QVERIFY(arrived->checksPassed());
    QCOMPARE(buyerReceived.list()->size(), 1);
    invoice::InvoiceBook buyerBook(**buyer, **rules::RulePack::builtIn());
    auto incoming = buyerBook.redConfirmations();
    QCOMPARE(incoming->size(), 1);
    QVERIFY(!incoming->first().outgoing);
    QCOMPARE(incoming->first().amount.toString(), u"500.00"_s);
    QCOMPARE(incoming->first().counterparty, u"福州闽江贸易有限公司"_s);
    QVERIFY(buyerBook.decideRed(request->id, true));
    QCOMPARE(client.syncEnterprise(**buyer, buyerCode, buyerLogin).accepted, 1);

    QCOMPARE(sellerBook.issueRed(request->id).error().code, u"not_confirmed"_s);
    const sync::SyncReport decided = client.syncEnterprise(*seller, sellerCode, login);
    QCOMPARE(decided.redConfirmations, QStringList{request->id});
    auto red = sellerBook.issueRed(request->id);
    QVERIFY2(red, red ? "" : qPrintable(red.error().message));
    const sync::SyncReport redIssued = client.syncEnterprise(*seller, sellerCode, login);
    QCOMPARE(redIssued.accepted, 1);
    QCOMPARE(redIssued.rejected, 0);
    // The red invoice reaches the buyer too, once.
    QCOMPARE(client.syncEnterprise(**buyer, buyerCode, buyerLogin).receivedInvoices, QStringList{red->invoice.number});
    QVERIFY(client.syncEnterprise(**buyer, buyerCode, buyerLogin).receivedInvoices.isEmpty());
    QVERIFY(buyerReceived.find(red->invoice.number)->document.red);
    QCOMPARE(buyerReceived.list()->size(), 2);
}

void TestSyncClient::aNumberTheServerHoldsVoidsTheLocalInvoice()
{
    const QString code = u"91350100M000100Y43"_s;
    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    const crypto::SecureBytes key = crypto::SecureBytes::random(32);
    auto original = makeStore(u"void-original.db"_s, 0, key);
    QVERIFY(client.syncEnterprise(*original, code, login).error.isEmpty());
    QVERIFY(client.requestNumbers(*original, code, login, QString::fromUtf16(sync::kInvoiceNumberKind), 5));
    original.reset();
    QVERIFY(QFile::copy(m_dir.filePath(u"void-original.db"_s), m_dir.filePath(u"void-copy.db"_s)));
    const store::Actor actor{u"u1"_s, u"王会计"_s, Role::Admin};
    original = std::move(*store::EnterpriseStore::open(m_dir.filePath(u"void-original.db"_s), key, u"e1"_s, actor));
    auto copy = std::move(*store::EnterpriseStore::open(m_dir.filePath(u"void-copy.db"_s), key, u"e1"_s, actor));

    // The copy refuses to issue from the original's ranges, and says why.
    invoice::InvoiceBook copyBook(*copy, **rules::RulePack::builtIn());
    QCOMPARE(copyBook.issue(testing::sampleDraft()).error().code, u"numbers_retired"_s);
    QCOMPARE(sync::SyncLedger(*copy).grants()->first().retiredReason, u"copied"_s);

    // The original issues and syncs.
    invoice::InvoiceBook originalBook(*original, **rules::RulePack::builtIn());
    auto first = originalBook.issue(testing::sampleDraft());
    QVERIFY(first);
    QCOMPARE(client.syncEnterprise(*original, code, login).accepted, 1);

    // Suppose the copy issued the same number anyway (a store from before grants were bound, edited by
    // hand): the server's invoice stands and the copy's is voided at once — no "keep mine".
    QVERIFY(copy->database().execute("UPDATE number_grant SET retired_reason = NULL"));
    QVERIFY(sync::SyncLedger(*copy).setState(u"bound_location"_s, sync::SyncLedger(*copy).currentLocation()));
    auto twin = copyBook.issue(testing::sampleDraft(u"226.00"_s));
    QVERIFY2(twin, twin ? "" : qPrintable(twin.error().message));
    QCOMPARE(twin->invoice.number, first->invoice.number);
    const sync::SyncReport report = client.syncEnterprise(*copy, code, login);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.voided, QStringList{twin->invoice.number});
    QCOMPARE(report.openConflicts, 0);
    const store::OutboxItem item = copy->outbox()->last();
    QCOMPARE(item.resolution, u"voided"_s);
    QVERIFY(item.lastError.contains(twin->invoice.number));
    QCOMPARE(sync::SyncLedger(*copy).resolveConflict(item.uuid, sync::SyncLedger::Resolution::KeepMine).error().code,
             u"not_a_conflict"_s);
    // An invoice conflict left open (by an earlier version): never kept; taken, it is voided.
    QVERIFY(copy->database().execute("UPDATE outbox SET resolution = NULL WHERE record_key LIKE 'invoice:%' AND state = "
                                     "'conflict'"));
    QCOMPARE(sync::SyncLedger(*copy).resolveConflict(item.uuid, sync::SyncLedger::Resolution::KeepMine).error().code,
             u"invoice_conflict"_s);
    QVERIFY(sync::SyncLedger(*copy).resolveConflict(item.uuid, sync::SyncLedger::Resolution::TakeTheirs));
    QCOMPARE(copy->outbox()->last().resolution, u"voided"_s);
    // In the ledger it is void, never handed out, and counted nowhere.
    const auto rows = copyBook.ledger({});
    QVERIFY(rows);
    QCOMPARE(rows->first().status, invoice::InvoiceStatus::Voided);
    QCOMPARE(copyBook.findToHandOut(twin->invoice.number).error().code, u"invoice_voided"_s);
    QVERIFY(copyBook.totalsByRateAndMonth({})->isEmpty());
    QVERIFY(copy->auditLog()->last().action == u"void");
}

void TestSyncClient::filedReturnsReachTheServerOnceWithTheirReceipts()
{
    auto store = makeStore(u"filing.db"_s, 0);
    filing::Filings filings(*store, **filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
    // A small-scale quarter filed, then corrected; a CIT return whose figures are changed in the outbox after filing.
    QVERIFY(filings.generate(u"vat-small"_s, u"2025Q1"_s));
    QVERIFY(filings.edit(u"vat-small"_s, u"2025Q1"_s, {{u"M10.g"_s, u"200000.00"_s}}, u"未开票收入"_s));
    QVERIFY(filings.file(u"vat-small"_s, u"2025Q1"_s, true));
    QVERIFY(filings.correct(u"vat-small"_s, u"2025Q1"_s));
    QVERIFY(filings.edit(u"vat-small"_s, u"2025Q1"_s, {{u"M10.g"_s, u"210000.00"_s}}, u"补记"_s));
    QVERIFY(filings.file(u"vat-small"_s, u"2025Q1"_s, true));
    QVERIFY(filings.saveData(u"income_statement"_s, u"2025Q1"_s,
                             QJsonObject{{u"L3"_s, u"100000.00"_s},
                                         {u"H.staff.start"_s, 10},
                                         {u"H.staff.end"_s, 10},
                                         {u"H.assets.start"_s, u"100"_s},
                                         {u"H.assets.end"_s, u"100"_s}}));
    QVERIFY(filings.generate(u"cit-prepay"_s, u"2025Q1"_s));
    auto cit = filings.file(u"cit-prepay"_s, u"2025Q1"_s, true);
    QVERIFY(cit);
    const QString tamper
        = u"UPDATE outbox SET payload = replace(payload, '\"L3\":\"100000.00\"', '\"L3\":\"100001.00\"') WHERE uuid = '"_s
        + cit->outboxUuid + u"'"_s;
    QVERIFY(store->database().execute(tamper.toStdString()));

    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    sync::SyncReport report = client.syncEnterprise(*store, u"91350100M000100Y43"_s, login);
    for (int round = 0; round < 3 && report.pending > 0; ++round)
        report = client.syncEnterprise(*store, u"91350100M000100Y43"_s, login);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.pending, 0);

    auto original = filings.revision(u"vat-small"_s, u"2025Q1"_s, 1);
    auto corrected = filings.revision(u"vat-small"_s, u"2025Q1"_s, 2);
    QCOMPARE(original->syncState, u"accepted"_s);
    QCOMPARE(corrected->syncState, u"accepted"_s);
    QVERIFY(!original->receipt.isEmpty());
    QVERIFY(!corrected->receipt.isEmpty());
    auto tampered = filings.current(u"cit-prepay"_s, u"2025Q1"_s);
    QCOMPARE(tampered->syncState, u"rejected"_s);
    QVERIFY2(tampered->syncError.contains(u"2025Q1"_s), qPrintable(tampered->syncError));

    // The server holds both versions of the VAT return, once each, and not the tampered one.
    auto server = server::ServerStore::open(m_dir.filePath(u"server"_s));
    QVERIFY(server);
    QString serverEnterprise; // earlier tests added other enterprises to the account: find this one by its code
    for (const QJsonValue &enterprise : login.value(u"enterprises"_s).toArray()) {
        if (enterprise.toObject().value(u"credit_code"_s).toString() == u"91350100M000100Y43")
            serverEnterprise = enterprise.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!serverEnterprise.isEmpty());
    auto listed = (*server)->filings(serverEnterprise, u"2025Q1"_s);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).toObject().value(u"revision"_s).toInt(), 1);
    QCOMPARE(listed->at(1).toObject().value(u"revision"_s).toInt(), 2);
    QCOMPARE(listed->at(0).toObject().value(u"form"_s).toString(), u"vat-small"_s);
    // Sending again delivers nothing twice.
    QVERIFY(store->database().execute("UPDATE outbox SET state = 'pending' WHERE type = 'filing.filed'"));
    const sync::SyncReport again = client.syncEnterprise(*store, u"91350100M000100Y43"_s, login);
    QCOMPARE(again.accepted, 0);
    QCOMPARE((*server)->filings(serverEnterprise, u"2025Q1"_s)->size(), 2);
}

void TestSyncClient::rulePacksFromTheServerAreVerifiedBeforeUse()
{
    // The operator publishes the shipped pack (the admin command verifies it first).
    QFile pack(u":/rules/cn-tax.json"_s);
    QFile signature(u":/rules/cn-tax.json.sig"_s);
    QVERIFY(pack.open(QIODevice::ReadOnly) && signature.open(QIODevice::ReadOnly));
    const QByteArray packBytes = pack.readAll();
    const QByteArray signatureBytes = signature.readAll();
    QFile copy(m_dir.filePath(u"cn-tax.json"_s));
    QFile copySignature(m_dir.filePath(u"cn-tax.json.sig"_s));
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(packBytes) == packBytes.size());
    QVERIFY(copySignature.open(QIODevice::WriteOnly) && copySignature.write(signatureBytes) == signatureBytes.size());
    copy.close();
    copySignature.close();
    QCOMPARE(admin({u"rules"_s, u"publish"_s, copy.fileName()}), 0);
    // A changed pack is refused by the admin command…
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QByteArray(packBytes).replace("\"version\": \"2026.1\"", "\"version\": \"2026.9\""));
    copy.close();
    QVERIFY(admin({u"rules"_s, u"publish"_s, copy.fileName()}) != 0);
    // …and if it reaches the database anyway, by the client.
    {
        auto server = server::ServerStore::open(m_dir.filePath(u"server"_s));
        QVERIFY(server);
        QVERIFY((*server)->publishRulePack({u"2026.9"_s,
                                            QString::fromLatin1(QByteArray(packBytes).replace("2026.1", "2026.9").toBase64()),
                                            QString::fromLatin1(signatureBytes.toBase64())}));
    }
    auto store = makeStore(u"rules.db"_s, 0);
    sync::SyncClient::Options options;
    options.server = m_url;
    sync::SyncClient client(options);
    const QJsonObject login = signIn(client);
    const sync::SyncReport report = client.syncEnterprise(*store, u"91350100M000100Y43"_s, login);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.rulePacks, QStringList{u"2026.1"_s});
    QCOMPARE(report.refusedRulePacks.size(), 1);
    QVERIFY(report.refusedRulePacks.first().contains(u"2026.9"));
    QCOMPARE(*sync::SyncLedger(*store).rulePackVersions(), QStringList{u"2026.1"_s});
    QCOMPARE(*sync::SyncLedger(*store).installRulePacks(), u"2026.1"_s); // not newer than the built-in
    // The bad one does not block later syncs.
    const sync::SyncReport again = client.syncEnterprise(*store, u"91350100M000100Y43"_s, login);
    QVERIFY(again.error.isEmpty());
    QVERIFY(again.refusedRulePacks.isEmpty());
}

/// Child mode for exactlyOnceWhenTheClientIsKilled: sync one store, then exit.
static int syncChild()
{
    const QByteArray key = QByteArray::fromHex(qgetenv("TAXBOX_SYNC_CHILD_KEY"));
    auto store = store::EnterpriseStore::open(qEnvironmentVariable("TAXBOX_SYNC_CHILD_STORE"),
                                              crypto::SecureBytes(key.constData(), key.size()), u"e1"_s,
                                              {u"u1"_s, u"王会计"_s, Role::Admin});
    if (!store)
        return 10;
    sync::SyncClient::Options options;
    options.server = QUrl(qEnvironmentVariable("TAXBOX_SYNC_CHILD_SERVER"));
    options.batchSize = 3; // many round trips: many points to be killed at
    sync::SyncClient client(options);
    auto login = client.login(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    if (!login)
        return 11;
    const sync::SyncReport report = client.syncEnterprise(**store, u"91350100M000100Y43"_s, *login);
    if (!report.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error));
        return 12;
    }
    return report.pending == 0 ? 0 : 13;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TAXBOX_SYNC_CHILD_STORE"))
        return syncChild();
    TestSyncClient test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestSyncClient.moc"
