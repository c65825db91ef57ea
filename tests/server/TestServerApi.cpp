// The server API called directly: authentication on every route, tenant scoping, bad input, and
// exactly-once sync. TestServerProcess then checks the same through the real binary over loopback.

#include "Api.h"
#include "ServerStore.h"
#include "Tokens.h"

#include "crypto/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::server;

namespace {

crypto::ScryptParameters cheapKdf()
{
    crypto::ScryptParameters parameters = crypto::ScryptParameters::generate();
    parameters.n = 1 << 10; // the default (2^17) is exercised by the process test
    return parameters;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject item(const QString &uuid, int n)
{
    return {{u"uuid"_s, uuid}, {u"type"_s, u"invoice.issued"_s}, {u"payload"_s, QJsonObject{{u"n"_s, n}}}};
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void healthNeedsNoToken();
    void loginRefusesWrongPasswordsWithoutSayingWhich();
    void everyEnterpriseRouteNeedsAValidToken();
    void anotherTenantIsForbidden();
    void badInputIsRefusedWithJson();
    void syncStoresEachItemExactlyOnce();
    void tokensVerifyAcrossNodesWithTheSameKey();

private:
    QString loginToken(const QString &name = u"wang"_s);
    ApiResponse post(const QString &path, const QByteArray &body, const QByteArray &token = {})
    {
        return m_api->handle({"POST", path, token.isEmpty() ? QByteArray() : "Bearer " + token, body});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::optional<TokenSigner> m_tokens;
    std::unique_ptr<Api> m_api;
    QString m_minjiang;
    QString m_beijing;
};

void TestServerApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = ServerStore::open(m_dir->path());
    QVERIFY(store);
    m_store = std::move(*store);
    auto tokens = TokenSigner::fromDirectory(m_dir->path());
    QVERIFY(tokens);
    m_tokens.emplace(std::move(*tokens));
    m_api = std::make_unique<Api>(*m_store, *m_tokens);
    const auto kdf = cheapKdf();
    QVERIFY(m_store->addAccount(u"wang"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s), &kdf));
    QVERIFY(m_store->addAccount(u"li"_s, crypto::SecureBytes::fromUtf8(u"another horse"_s), &kdf));
    m_minjiang = *m_store->addEnterprise(u"91350100M000100Y43"_s, u"福州闽江贸易有限公司"_s);
    m_beijing = *m_store->addEnterprise(u"91110108551385082Q"_s, u"北京朝阳科技有限公司"_s);
    QVERIFY(m_store->addMember(m_minjiang, u"wang"_s, u"admin"_s));
    QVERIFY(m_store->addMember(m_beijing, u"li"_s, u"accountant"_s));
}

void TestServerApi::cleanup()
{
    m_api.reset();
    m_tokens.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestServerApi::loginToken(const QString &name)
{
    const QString password = name == u"wang" ? u"correct horse"_s : u"another horse"_s;
    const ApiResponse response = post(u"/api/v1/auth/login"_s, json({{u"name"_s, name}, {u"password"_s, password}}));
    if (response.status != 200)
        qFatal("login failed: %s", QJsonDocument(response.body).toJson().constData());
    return response.body.value(u"access_token"_s).toString();
}

void TestServerApi::healthNeedsNoToken()
{
    const ApiResponse response = m_api->handle({"GET", u"/api/v1/health"_s, {}, {}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body.value(u"status"_s).toString(), u"ok"_s);
}

void TestServerApi::loginRefusesWrongPasswordsWithoutSayingWhich()
{
    const ApiResponse wrongPassword
        = post(u"/api/v1/auth/login"_s, json({{u"name"_s, u"wang"_s}, {u"password"_s, u"nope nope"_s}}));
    const ApiResponse unknownUser
        = post(u"/api/v1/auth/login"_s, json({{u"name"_s, u"nobody"_s}, {u"password"_s, u"nope nope"_s}}));
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(unknownUser.status, 401);
    QCOMPARE(wrongPassword.body, unknownUser.body);
    const ApiResponse ok = post(u"/api/v1/auth/login"_s, json({{u"name"_s, u"wang"_s}, {u"password"_s, u"correct horse"_s}}));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body.value(u"enterprises"_s).toArray().size(), 1);
    QCOMPARE(ok.body.value(u"enterprises"_s).toArray().first().toObject().value(u"role"_s).toString(), u"admin"_s);
}

void TestServerApi::everyEnterpriseRouteNeedsAValidToken()
{
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    const QByteArray body = json({{u"items"_s, QJsonArray{item(QUuid::createUuid().toString(QUuid::WithoutBraces), 1)}}});
    QCOMPARE(post(path, body).status, 401);
    QCOMPARE(post(path, body, "not.a-token").status, 401);

    // A token whose payload was edited (a tenant added) fails its signature.
    QByteArray token = loginToken().toLatin1();
    QByteArray tampered = token;
    tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
    QCOMPARE(post(path, body, tampered).body.value(u"error"_s).toObject().value(u"code"_s).toString(), u"invalid_token"_s);

    // An expired token, and one signed by another server's key.
    const QByteArray expired = m_tokens->issue({u"x"_s, {m_minjiang}, QDateTime::currentDateTimeUtc().addSecs(-1)});
    QCOMPARE(post(path, body, expired).body.value(u"error"_s).toObject().value(u"code"_s).toString(), u"expired_token"_s);
    const TokenSigner stranger(crypto::Ed25519::generatePrivateKey());
    const QByteArray forged = stranger.issue({u"x"_s, {m_minjiang}, QDateTime::currentDateTimeUtc().addSecs(600)});
    QCOMPARE(post(path, body, forged).status, 401);
    QCOMPARE(*m_store->itemCount(m_minjiang), 0);

    QCOMPARE(post(path, body, token).status, 200);
}

void TestServerApi::anotherTenantIsForbidden()
{
    const QByteArray token = loginToken(u"li"_s).toLatin1(); // member of Beijing only
    const QByteArray body = json({{u"items"_s, QJsonArray{item(QUuid::createUuid().toString(QUuid::WithoutBraces), 1)}}});
    const ApiResponse response = post(u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang), body, token);
    QCOMPARE(response.status, 403);
    QCOMPARE(*m_store->itemCount(m_minjiang), 0);
    QCOMPARE(post(u"/api/v1/enterprises/%1/sync"_s.arg(m_beijing), body, token).status, 200);
}

void TestServerApi::badInputIsRefusedWithJson()
{
    const QByteArray token = loginToken().toLatin1();
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    const auto code = [](const ApiResponse &r) { return r.body.value(u"error"_s).toObject().value(u"code"_s).toString(); };
    QCOMPARE(post(path, "{not json", token).status, 400);
    QCOMPARE(code(post(path, "{not json", token)), u"invalid_json"_s);
    QCOMPARE(code(post(path, json({{u"items"_s, QJsonArray{QJsonObject{{u"uuid"_s, u"x"_s}}}}}), token)), u"invalid_item"_s);
    QCOMPARE(post(path, QByteArray(Api::kMaxBody + 1, ' '), token).status, 413);
    QCOMPARE(m_api->handle({"GET", u"/api/v1/nothing"_s, {}, {}}).status, 404);
    QCOMPARE(post(u"/api/v1/auth/login"_s, json({{u"name"_s, u"wang"_s}, {u"pasword"_s, u"typo"_s}})).status, 400);
}

void TestServerApi::syncStoresEachItemExactlyOnce()
{
    const QByteArray token = loginToken().toLatin1();
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    QJsonArray batch;
    for (int i = 0; i < 5; ++i)
        batch.append(item(QUuid::createUuid().toString(QUuid::WithoutBraces), i));
    const ApiResponse first = post(path, json({{u"items"_s, batch}}), token);
    QCOMPARE(first.status, 200);
    QStringList statuses;
    for (const QJsonValue &r : first.body.value(u"results"_s).toArray())
        statuses << r.toObject().value(u"status"_s).toString();
    QCOMPARE(statuses, QStringList(5, u"accepted"_s));

    // The client did not get the answer (crash, timeout) and sends the same batch again, plus one.
    batch.append(item(QUuid::createUuid().toString(QUuid::WithoutBraces), 6));
    const ApiResponse again = post(path, json({{u"items"_s, batch}}), token);
    const QJsonArray results = again.body.value(u"results"_s).toArray();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(results.at(i).toObject().value(u"status"_s).toString(), u"duplicate"_s);
        // The same answer as the first time.
        QCOMPARE(results.at(i).toObject().value(u"receipt"_s),
                 first.body.value(u"results"_s).toArray().at(i).toObject().value(u"receipt"_s));
        QCOMPARE(results.at(i).toObject().value(u"received_at"_s),
                 first.body.value(u"results"_s).toArray().at(i).toObject().value(u"received_at"_s));
    }
    QCOMPARE(results.at(5).toObject().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(results.at(5).toObject().value(u"receipt"_s).toInt(), 6);
    QCOMPARE(*m_store->itemCount(m_minjiang), 6);
}

void TestServerApi::tokensVerifyAcrossNodesWithTheSameKey()
{
    // A second node on the same data folder reads the same key: a token from one is valid on the other.
    auto otherNode = TokenSigner::fromDirectory(m_dir->path());
    QVERIFY(otherNode);
    const QByteArray token = loginToken().toLatin1();
    auto claims = otherNode->verify(token, QDateTime::currentDateTimeUtc());
    QVERIFY(claims);
    QCOMPARE(claims->enterprises, QStringList{m_minjiang});
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
