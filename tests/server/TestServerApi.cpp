// The server API called directly, on SQLite and on a throwaway PostgreSQL cluster: authentication
// on every route, tenant scoping, bad input, refresh tokens, devices and signed items, exactly-once
// sync with rejected and conflict answers, number ranges, the change feed and rule-pack publication.
// TestServerProcess then checks the transport through the real binary over loopback.

#include "Api.h"
#include "ServerStore.h"
#include "Sql.h"
#include "Tokens.h"
#include "filing/FormEngine.h"

#include "PostgresCluster.h"

#include "crypto/Crypto.h"
#include "sync/SyncClient.h"

#include <QFile>
#include <QThread>

#include "../core/PackageFixtures.h"
#include "square/Package.h"
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

/// An enrolled device: signs items as the desktop app does.
struct TestDevice
{
    QString id;
    crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();

    QJsonObject item(const QString &uuid, int n, const QString &recordKey = {}, qint64 base = 0) const
    {
        return signedItem(uuid, u"filing.submitted"_s, QJsonObject{{u"n"_s, n}}, recordKey, base);
    }
    QJsonObject signedItem(const QString &uuid, const QString &type, const QJsonObject &payload, const QString &recordKey = {},
                           qint64 base = 0) const
    {
        QJsonObject object{
            {u"uuid"_s, uuid},
            {u"type"_s, type},
            {u"payload"_s, payload},
            {u"device_id"_s, id},
            {u"signature"_s,
             QString::fromLatin1(
                 crypto::Ed25519::sign(key, sync::itemSigningBytes(uuid, type, recordKey, base, json(payload)))->toBase64())}};
        if (!recordKey.isEmpty()) {
            object.insert(u"key"_s, recordKey);
            object.insert(u"base"_s, base);
        }
        return object;
    }
};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString errorCode(const ApiResponse &response)
{
    return response.body.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QStringList statuses(const ApiResponse &response)
{
    QStringList list;
    for (const QJsonValue &r : response.body.value(u"results"_s).toArray())
        list << r.toObject().value(u"status"_s).toString();
    return list;
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void healthNeedsNoToken();
    void loginRefusesWrongPasswordsWithoutSayingWhich();
    void signInBacksOffPerNameAndPerAddress();
    void everyEnterpriseRouteNeedsAValidToken();
    void anotherTenantIsForbidden();
    void badInputIsRefusedWithJson();
    void syncStoresEachItemExactlyOnce();
    void tokensVerifyAcrossNodesWithTheSameKey();
    void authorisationMatrixCoversEveryRoute();
    void aRemovedOrDisabledMemberLosesAccessAtOnce();
    void refreshTokensRotateAndAReusedOneEndsTheSessions();
    void itemsMustBeSignedByAnEnrolledDevice();
    void aStaleVersionOfARecordIsAConflict();
    void aServerFailureIsRetriedNotARejection();
    void databaseErrorsDoNotCarryValues();
    void numberRangesAreDisjointAndSigned();
    void changesListWhatTheDeviceShouldLearn();
    void aRevokedDeviceIsRefusedAndLimitsApplyToNewGrants();
    void aRestartedDatabaseIsReconnected();
    void filedReturnsAreRecomputedAndListed();
    void refundApplicationsAreVerifiedAndAnswered();
    void theSquareReviewsCountersignsAndRevokes();

private:
    QString loginToken(const QString &name = u"wang"_s);
    QJsonObject loginAnswer(const QString &name = u"wang"_s);
    ApiResponse post(const QString &path, const QByteArray &body, const QByteArray &token = {})
    {
        return m_api->handle({"POST", path, token.isEmpty() ? QByteArray() : "Bearer " + token, body});
    }
    ApiResponse get(const QString &path, const QString &query, const QByteArray &token)
    {
        return m_api->handle({"GET", path, "Bearer " + token, {}, query});
    }
    TestDevice enrol(const QString &enterpriseId, const QByteArray &token);

    std::unique_ptr<test::PostgresCluster> m_cluster;
    int m_databases = 0;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
    QString m_location;
    std::optional<TokenSigner> m_tokens;
    std::unique_ptr<Api> m_api;
    QString m_minjiang;
    QString m_beijing;
};

void TestServerApi::initTestCase_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestServerApi::init()
{
    QFETCH_GLOBAL(bool, postgres);
    m_dir = std::make_unique<QTemporaryDir>();
    QString location = m_dir->path();
    if (postgres) {
        if (!m_cluster) {
            QString error;
            m_cluster = test::PostgresCluster::start(&error);
            QVERIFY2(m_cluster, qPrintable(error));
        }
        location = m_cluster->createDatabase(u"api%1"_s.arg(++m_databases));
    }
    m_location = location;
    auto store = ServerStore::open(location);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
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

QJsonObject TestServerApi::loginAnswer(const QString &name)
{
    const QString password = name == u"wang" ? u"correct horse"_s : u"another horse"_s;
    const ApiResponse response = post(u"/api/v1/auth/login"_s, json({{u"name"_s, name}, {u"password"_s, password}}));
    if (response.status != 200)
        qFatal("login failed: %s", QJsonDocument(response.body).toJson().constData());
    return response.body;
}

QString TestServerApi::loginToken(const QString &name)
{
    return loginAnswer(name).value(u"access_token"_s).toString();
}

TestDevice TestServerApi::enrol(const QString &enterpriseId, const QByteArray &token)
{
    TestDevice device;
    const ApiResponse response
        = post(u"/api/v1/enterprises/%1/devices"_s.arg(enterpriseId),
               json({{u"name"_s, u"前台电脑"_s},
                     {u"public_key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(device.key)->toBase64())}}),
               token);
    if (response.status != 201)
        qFatal("enrol failed: %s", QJsonDocument(response.body).toJson().constData());
    device.id = response.body.value(u"device_id"_s).toString();
    return device;
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

void TestServerApi::signInBacksOffPerNameAndPerAddress()
{
    const auto login = [this](const QString &name, const QString &password, const QString &peer) {
        return m_api->handle(
            {"POST", u"/api/v1/auth/login"_s, {}, json({{u"name"_s, name}, {u"password"_s, password}}), {}, peer});
    };
    // Five wrong passwords for one name are answered as such; then the name waits, even with the right
    // password and from another address, and nothing is hashed while it waits.
    for (int i = 0; i < LoginBackoff::kFreeFailuresPerName; ++i)
        QCOMPARE(login(u"wang"_s, u"guess %1"_s.arg(i), u"198.51.100.1"_s).status, 401);
    const ApiResponse waiting = login(u"wang"_s, u"correct horse"_s, u"198.51.100.2"_s);
    QCOMPARE(waiting.status, 429);
    QCOMPARE(errorCode(waiting), u"too_many_attempts"_s);
    QVERIFY(waiting.body.value(u"retry_after"_s).toInteger() >= 1);
    // Another name from the same address is not held up by it.
    QCOMPARE(login(u"li"_s, u"another horse"_s, u"198.51.100.1"_s).status, 200);

    // One address trying many names: after twenty failures the address waits, for every name.
    auto kdf = cheapKdf();
    for (int i = 0; i < LoginBackoff::kFreeFailuresPerAddress; ++i) {
        const QString name = u"clerk%1"_s.arg(i);
        QVERIFY(m_store->addAccount(name, crypto::SecureBytes::fromUtf8(u"clerk password"_s), &kdf));
        QCOMPARE(login(name, u"wrong"_s, u"203.0.113.9"_s).status, 401);
    }
    QCOMPARE(login(u"li"_s, u"another horse"_s, u"203.0.113.9"_s).status, 429);
    QCOMPARE(login(u"li"_s, u"another horse"_s, u"203.0.113.10"_s).status, 200);
}

void TestServerApi::everyEnterpriseRouteNeedsAValidToken()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    const QByteArray body = json({{u"items"_s, QJsonArray{device.item(newUuid(), 1)}}});
    QCOMPARE(post(path, body).status, 401);
    QCOMPARE(post(path, body, "not.a-token").status, 401);

    // A token whose payload was edited (a tenant added) fails its signature.
    QByteArray tampered = token;
    tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
    QCOMPARE(errorCode(post(path, body, tampered)), u"invalid_token"_s);

    // An expired token, and one signed by another server's key.
    const QByteArray expired = m_tokens->issue({u"x"_s, {{m_minjiang, u"admin"_s}}, QDateTime::currentDateTimeUtc().addSecs(-1)});
    QCOMPARE(errorCode(post(path, body, expired)), u"expired_token"_s);
    const TokenSigner stranger(crypto::Ed25519::generatePrivateKey());
    const QByteArray forged = stranger.issue({u"x"_s, {{m_minjiang, u"admin"_s}}, QDateTime::currentDateTimeUtc().addSecs(600)});
    QCOMPARE(post(path, body, forged).status, 401);
    QCOMPARE(*m_store->itemCount(m_minjiang), 0);

    QCOMPARE(post(path, body, token).status, 200);
}

void TestServerApi::anotherTenantIsForbidden()
{
    const QByteArray token = loginToken(u"li"_s).toLatin1(); // member of Beijing only
    const TestDevice device = enrol(m_beijing, token);
    const QByteArray body = json({{u"items"_s, QJsonArray{device.item(newUuid(), 1)}}});
    const ApiResponse response = post(u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang), body, token);
    QCOMPARE(response.status, 403);
    QCOMPARE(*m_store->itemCount(m_minjiang), 0);
    QCOMPARE(post(u"/api/v1/enterprises/%1/sync"_s.arg(m_beijing), body, token).status, 200);
}

void TestServerApi::badInputIsRefusedWithJson()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    QCOMPARE(post(path, "{not json", token).status, 400);
    QCOMPARE(errorCode(post(path, "{not json", token)), u"invalid_json"_s);
    QCOMPARE(errorCode(post(path, json({{u"items"_s, QJsonArray{QJsonObject{{u"uuid"_s, u"x"_s}}}}}), token)), u"invalid_item"_s);
    QJsonObject extra = device.item(newUuid(), 1);
    extra.insert(u"priority"_s, 1);
    QCOMPARE(errorCode(post(path, json({{u"items"_s, QJsonArray{extra}}}), token)), u"unknown_field"_s);
    QCOMPARE(post(path, QByteArray(Api::kMaxBody + 1, ' '), token).status, 413);
    QCOMPARE(m_api->handle({"GET", u"/api/v1/nothing"_s, {}, {}}).status, 404);
    QCOMPARE(m_api->handle({"GET", path, "Bearer " + token, {}}).status, 405);
    QCOMPARE(post(u"/api/v1/auth/login"_s, json({{u"name"_s, u"wang"_s}, {u"pasword"_s, u"typo"_s}})).status, 400);
    const QString ranges = u"/api/v1/enterprises/%1/number-ranges"_s.arg(m_minjiang);
    QCOMPARE(errorCode(post(ranges, json({{u"device_id"_s, device.id}, {u"kind"_s, u"paper"_s}, {u"count"_s, 10}}), token)),
             u"invalid_kind"_s);
    QCOMPARE(
        errorCode(post(ranges, json({{u"device_id"_s, device.id}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 0}}), token)),
        u"invalid_count"_s);
    QCOMPARE(
        errorCode(post(ranges, json({{u"device_id"_s, newUuid()}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 5}}), token)),
        u"unknown_device"_s);
    QCOMPARE(errorCode(get(u"/api/v1/enterprises/%1/changes"_s.arg(m_minjiang), u"cursor=abc"_s, token)), u"invalid_cursor"_s);

    // The same key twice: the last would win ("count":1,"count":100000 grants 100,000 numbers).
    const QByteArray twice
        = "{\"device_id\":\"" + device.id.toLatin1() + "\",\"kind\":\"digital_invoice\",\"count\":1,\"count\":100000}";
    QCOMPARE(errorCode(post(ranges, twice, token)), u"duplicate_key"_s);
    QCOMPARE(errorCode(post(ranges, "{\"count\":123456789012345678}", token)), u"imprecise_number"_s);
    // A base that is not a receipt is refused, never read as 0.
    for (const QJsonValue &base : {QJsonValue(u"x"_s), QJsonValue(1e300), QJsonValue(-1), QJsonValue(1.5)}) {
        QJsonObject item = device.item(newUuid(), 1, u"payroll-month:2026-03"_s, 0);
        item.insert(u"base"_s, base);
        const ApiResponse refused = post(path, json({{u"items"_s, QJsonArray{item}}}), token);
        QVERIFY2(errorCode(refused) == u"invalid_item", QJsonDocument(refused.body).toJson().constData());
    }
    // Device keys in strict base64 only; names with a visible character, counted in characters.
    const QString devices = u"/api/v1/enterprises/%1/devices"_s.arg(m_minjiang);
    const QString goodKey = QString::fromLatin1(crypto::Ed25519::publicKeyOf(crypto::Ed25519::generatePrivateKey())->toBase64());
    for (const QString &junk : {u"!!"_s + goodKey, goodKey + u"\n#"_s, goodKey.left(20) + u" "_s + goodKey.mid(20)})
        QCOMPARE(errorCode(post(devices, json({{u"name"_s, u"前台"_s}, {u"public_key"_s, junk}}), token)),
                 u"invalid_public_key"_s);
    for (const QString &name : {u"\u200b\u200b"_s, u"\u3164"_s, u" \u2060 "_s, QString(101, u'名')})
        QCOMPARE(errorCode(post(devices, json({{u"name"_s, name}, {u"public_key"_s, goodKey}}), token)), u"invalid_name"_s);
    const QString hundredWide = QString::fromUcs4(std::u32string(100, U'\U00020000').c_str(), 100); // 200 UTF-16 units
    QCOMPARE(post(devices, json({{u"name"_s, hundredWide}, {u"public_key"_s, goodKey}}), token).status, 201);
    QCOMPARE(*m_store->itemCount(m_minjiang), 0);
    QVERIFY(m_store->ranges(m_minjiang)->isEmpty());

    // A rejected item keeps its answer, not its payload.
    QJsonObject changed = device.item(newUuid(), 1);
    changed.insert(u"payload"_s, QJsonObject{{u"n"_s, QString(10000, u'x')}});
    const ApiResponse rejected = post(path, json({{u"items"_s, QJsonArray{changed}}}), token);
    QVERIFY2(statuses(rejected) == QStringList{u"rejected"_s}, QJsonDocument(rejected.body).toJson().constData());
    auto pool = SqlPool::open(m_location, 1);
    QVERIFY(pool);
    auto stored
        = (*pool)->acquire()->query("SELECT payload FROM sync_item WHERE uuid = ?", {changed.value(u"uuid"_s).toString()});
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->text(0, 0), u"{}"_s);
}

void TestServerApi::syncStoresEachItemExactlyOnce()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    QJsonArray batch;
    for (int i = 0; i < 5; ++i)
        batch.append(device.item(newUuid(), i));
    const ApiResponse first = post(path, json({{u"items"_s, batch}}), token);
    QCOMPARE(first.status, 200);
    QCOMPARE(statuses(first), QStringList(5, u"accepted"_s));

    // The client did not get the answer (crash, timeout) and sends the same batch again, plus one.
    batch.append(device.item(newUuid(), 6));
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
    // A second node with the same key file: a token from one is valid on the other.
    auto otherNode = TokenSigner::fromDirectory(m_dir->path());
    QVERIFY(otherNode);
    const QByteArray token = loginToken().toLatin1();
    auto claims = otherNode->verify(token, QDateTime::currentDateTimeUtc());
    QVERIFY(claims);
    QCOMPARE(claims->roles.keys(), QStringList{m_minjiang});
    QCOMPARE(claims->roles.value(m_minjiang), u"admin"_s);
}

void TestServerApi::authorisationMatrixCoversEveryRoute()
{
    // Every route that needs a token × {none, malformed, expired, foreign key, other tenant, too weak a
    // role}: the right refusal, and nothing stored.
    const QString viewer = *m_store->addAccount(u"zhao"_s, crypto::SecureBytes::fromUtf8(u"viewer horse"_s), nullptr);
    QVERIFY(m_store->addMember(m_minjiang, u"zhao"_s, u"viewer"_s));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(600);
    const QByteArray expired = m_tokens->issue({u"x"_s, {{m_minjiang, u"admin"_s}}, QDateTime::currentDateTimeUtc().addSecs(-1)});
    const QByteArray foreign
        = TokenSigner(crypto::Ed25519::generatePrivateKey()).issue({u"x"_s, {{m_minjiang, u"admin"_s}}, later});
    const QByteArray otherTenant = m_tokens->issue({u"x"_s, {{m_beijing, u"admin"_s}}, later});
    // The role is read from the database on every request: a token that says admin for a viewer (issued
    // before a demotion) gives only what a viewer may do.
    const QByteArray viewerToken = m_tokens->issue({viewer, {{m_minjiang, u"admin"_s}}, later});
    int checked = 0;
    for (const Api::RouteInfo &route : Api::routes()) {
        if (!route.authenticated)
            continue;
        const QString path = QString(route.pattern)
                                 .replace(u"{id}"_s, m_minjiang)
                                 .replace(u"{package}"_s, u"cn.example.none"_s)
                                 .replace(u"{version}"_s, u"1.0.0"_s)
                                 .replace(u"{n}"_s, u"1"_s);
        const bool squareRole = route.leastRole == u"publisher" || route.leastRole == u"reviewer";
        const auto call = [&](const QByteArray &authorization) {
            return m_api->handle({route.method, path, authorization, "{}"});
        };
        QCOMPARE(call({}).status, 401);
        QCOMPARE(call("Basic d2FuZzp4").status, 401);
        QCOMPARE(call("Bearer " + expired).status, 401);
        QCOMPARE(call("Bearer " + foreign).status, 401);
        if (route.pattern.contains(u"{id}"_s) || squareRole) {
            // Another enterprise's token; for the square's publishing and review, an account without that role.
            QCOMPARE(call("Bearer " + otherTenant).status, 403);
        } else if (route.pattern.contains(u"{package}"_s)) {
            // A download of a package that is not there: found to be missing, not refused.
            QCOMPARE(call("Bearer " + otherTenant).status, 404);
        } else {
            // An account's own route: another account sees only its own enterprises, never this one's.
            const ApiResponse other = call("Bearer " + otherTenant);
            QCOMPARE(other.status, 200);
            QVERIFY(!QJsonDocument(other.body).toJson().contains(m_minjiang.toUtf8()));
        }
        if (route.leastRole != u"viewer")
            QCOMPARE(errorCode(call("Bearer " + viewerToken)), u"role_insufficient"_s);
        else
            QVERIFY(call("Bearer " + viewerToken).status < 300 || route.pattern.contains(u"{package}"_s));
        ++checked;
    }
    QCOMPARE(checked, 14);
    QCOMPARE(*m_store->itemCount(m_minjiang), 0);
    QVERIFY(m_store->devices(m_minjiang)->isEmpty());
}

void TestServerApi::aRemovedOrDisabledMemberLosesAccessAtOnce()
{
    const QJsonObject session = loginAnswer();
    const QByteArray token = session.value(u"access_token"_s).toString().toLatin1();
    const QString devices = u"/api/v1/enterprises/%1/devices"_s.arg(m_minjiang);
    const QString ranges = u"/api/v1/enterprises/%1/number-ranges"_s.arg(m_minjiang);
    const TestDevice device = enrol(m_minjiang, token);
    const QByteArray rangeRequest = json({{u"device_id"_s, device.id}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 5}});
    QCOMPARE(post(ranges, rangeRequest, token).status, 201);

    // Demoted to viewer: the token still says admin, the server does not listen to it.
    QVERIFY(m_store->addMember(m_minjiang, u"wang"_s, u"viewer"_s));
    const ApiResponse demoted = post(ranges, rangeRequest, token);
    QCOMPARE(demoted.status, 403);
    QCOMPARE(errorCode(demoted), u"role_insufficient"_s);
    // Removed: nothing at all, at once.
    QVERIFY(m_store->removeMember(m_minjiang, u"wang"_s));
    QCOMPARE(errorCode(post(devices, json({{u"name"_s, u"x"_s}, {u"public_key"_s, u"AAAA"_s}}), token)), u"forbidden"_s);
    QCOMPARE(m_store->removeMember(m_minjiang, u"wang"_s).error().code, u"not_a_member"_s);
    QVERIFY(m_store->addMember(m_minjiang, u"wang"_s, u"admin"_s));
    QCOMPARE(post(ranges, rangeRequest, token).status, 201);

    // Disabled: no request with the token it holds, no renewal, no new sign-in; enabled again, it signs in.
    QVERIFY(m_store->setAccountDisabled(u"wang"_s, true));
    QCOMPARE(errorCode(post(ranges, rangeRequest, token)), u"forbidden"_s);
    QCOMPARE(post(u"/api/v1/auth/refresh"_s, json({{u"refresh_token"_s, session.value(u"refresh_token"_s)}})).status, 401);
    const ApiResponse disabled
        = post(u"/api/v1/auth/login"_s, json({{u"name"_s, u"wang"_s}, {u"password"_s, u"correct horse"_s}}));
    QCOMPARE(disabled.status, 403);
    QCOMPARE(errorCode(disabled), u"account_disabled"_s);
    QVERIFY(m_store->setAccountDisabled(u"wang"_s, false));
    const QJsonObject again = loginAnswer();
    // Ending the sessions ends every refresh token.
    QCOMPARE(*m_store->endSessions(u"wang"_s), 1);
    QCOMPARE(post(u"/api/v1/auth/refresh"_s, json({{u"refresh_token"_s, again.value(u"refresh_token"_s)}})).status, 401);
}

void TestServerApi::refreshTokensRotateAndAReusedOneEndsTheSessions()
{
    const QJsonObject session = loginAnswer();
    const QString first = session.value(u"refresh_token"_s).toString();
    QVERIFY(first.size() >= 40);
    const ApiResponse renewed = post(u"/api/v1/auth/refresh"_s, json({{u"refresh_token"_s, first}}));
    QCOMPARE(renewed.status, 200);
    QVERIFY(m_tokens->verify(renewed.body.value(u"access_token"_s).toString().toLatin1(), QDateTime::currentDateTimeUtc()));
    const QString second = renewed.body.value(u"refresh_token"_s).toString();
    QVERIFY(second != first);

    // The first token again: someone copied it. Refused, and the legitimate second one dies too.
    QCOMPARE(errorCode(post(u"/api/v1/auth/refresh"_s, json({{u"refresh_token"_s, first}}))), u"refresh_token_reused"_s);
    QCOMPARE(errorCode(post(u"/api/v1/auth/refresh"_s, json({{u"refresh_token"_s, second}}))), u"invalid_refresh_token"_s);
    QCOMPARE(post(u"/api/v1/auth/refresh"_s, json({{u"refresh_token"_s, u"made-up"_s}})).status, 401);
}

void TestServerApi::itemsMustBeSignedByAnEnrolledDevice()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    TestDevice stranger; // never enrolled
    stranger.id = newUuid();
    QJsonObject changed = device.item(newUuid(), 1);
    changed.insert(u"payload"_s, QJsonObject{{u"n"_s, 1000}}); // edited after signing
    const QJsonObject good = device.item(newUuid(), 2);
    const QJsonArray batch{changed, stranger.item(newUuid(), 3), good};
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    const ApiResponse answer = post(path, json({{u"items"_s, batch}}), token);
    QCOMPARE(statuses(answer), (QStringList{u"rejected"_s, u"rejected"_s, u"accepted"_s}));
    QVERIFY(answer.body.value(u"results"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"reason"_s)
                .toString()
                .contains(u"changed after signing"));
    // The reason is also a code the client words in its user's language, kept for the resend.
    const auto codes = [](const ApiResponse &response) {
        QStringList list;
        for (const QJsonValue &result : response.body.value(u"results"_s).toArray())
            list.append(result.toObject().value(u"reason_code"_s).toString());
        return list;
    };
    QCOMPARE(codes(answer), (QStringList{u"item_signature_mismatch"_s, u"device_unknown"_s, QString()}));
    QCOMPARE(*m_store->itemCount(m_minjiang), 1);
    // Sent again, the same answers (a rejected item stays rejected; a new uuid is a new item).
    const ApiResponse again = post(path, json({{u"items"_s, batch}}), token);
    QCOMPARE(statuses(again), (QStringList{u"rejected"_s, u"rejected"_s, u"duplicate"_s}));
    QCOMPARE(codes(again), codes(answer));
}

void TestServerApi::aStaleVersionOfARecordIsAConflict()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice office = enrol(m_minjiang, token);
    const TestDevice laptop = enrol(m_minjiang, token);
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    const QString record = u"payroll-month:2026-03"_s;
    const ApiResponse v1 = post(path, json({{u"items"_s, QJsonArray{office.item(newUuid(), 1, record, 0)}}}), token);
    QCOMPARE(statuses(v1), QStringList{u"accepted"_s});
    const qint64 receipt1 = v1.body.value(u"results"_s).toArray().first().toObject().value(u"receipt"_s).toInteger();
    // The office moves on from v1; the laptop, offline, also edits from nothing.
    QCOMPARE(statuses(post(path, json({{u"items"_s, QJsonArray{office.item(newUuid(), 2, record, receipt1)}}}), token)),
             QStringList{u"accepted"_s});
    const ApiResponse stale = post(path, json({{u"items"_s, QJsonArray{laptop.item(newUuid(), 3, record, receipt1)}}}), token);
    QCOMPARE(statuses(stale), QStringList{u"conflict"_s});
    const QJsonObject conflict = stale.body.value(u"results"_s).toArray().first().toObject();
    QCOMPARE(conflict.value(u"current_receipt"_s).toInteger(), receipt1 + 1);
    // Resolved by a person ("keep mine"): a new item based on the server's version.
    QCOMPARE(statuses(post(path, json({{u"items"_s, QJsonArray{laptop.item(newUuid(), 3, record, receipt1 + 1)}}}), token)),
             QStringList{u"accepted"_s});
    QCOMPARE(*m_store->itemCount(m_minjiang), 3);
}

void TestServerApi::aServerFailureIsRetriedNotARejection()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    const QString uuid = newUuid();
    const QJsonObject payload{
        {u"id"_s, newUuid()}, {u"seller_code"_s, u"91350100M000100Y43"_s}, {u"buyer_code"_s, u"91110108551385082Q"_s}};
    const QString type = u"red_confirmation.requested"_s;
    const QString key = u"red-confirmation:1"_s;
    const QJsonObject item{
        {u"uuid"_s, uuid},
        {u"type"_s, type},
        {u"payload"_s, payload},
        {u"device_id"_s, device.id},
        {u"key"_s, key},
        {u"base"_s, 0},
        {u"signature"_s,
         QString::fromLatin1(
             crypto::Ed25519::sign(device.key, sync::itemSigningBytes(uuid, type, key, 0, json(payload)))->toBase64())}};
    const QString path = u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang);
    // The server cannot read the enterprises while the item is checked (a database in trouble): the
    // batch is answered 503 and nothing is stored, so the device sends it again later.
    auto pool = SqlPool::open(m_location, 1);
    QVERIFY(pool);
    QVERIFY((*pool)->acquire()->execute("ALTER TABLE enterprise RENAME TO enterprise_away"));
    const ApiResponse failed = post(path, json({{u"items"_s, QJsonArray{item}}}), token);
    QVERIFY((*pool)->acquire()->execute("ALTER TABLE enterprise_away RENAME TO enterprise"));
    QCOMPARE(failed.status, 503);
    QCOMPARE(errorCode(failed), u"try_again"_s);
    QCOMPARE(*m_store->itemCount(m_minjiang), 0);
    // Sent again when the server is well: accepted, not a stored rejection.
    QCOMPARE(statuses(post(path, json({{u"items"_s, QJsonArray{item}}}), token)), QStringList{u"accepted"_s});
}

void TestServerApi::databaseErrorsDoNotCarryValues()
{
    // What the server logs of a database failure (serverError logs the error's message) never quotes
    // the values involved: PostgreSQL's DETAIL ("Key (credit_code)=(…) already exists") is left out, and
    // a data exception's message (which quotes the value) is reduced to its SQLSTATE.
    auto pool = SqlPool::open(m_location, 1);
    QVERIFY(pool);
    auto connection = (*pool)->acquire();
    auto duplicate = connection->execute("INSERT INTO enterprise (id, credit_code, name, created_at) VALUES (?, ?, ?, ?)",
                                         {u"e-dup"_s, u"91350100M000100Y43"_s, u"重复"_s, u"2026-12-01"_s});
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, u"constraint_violated"_s);
    QVERIFY2(!duplicate.error().message.contains(u"91350100M000100Y43"_s), qPrintable(duplicate.error().message));
    QFETCH_GLOBAL(bool, postgres);
    if (postgres) {
        auto malformed = connection->query("SELECT CAST(? AS BIGINT)", {u"secret-value-123"_s});
        QVERIFY(!malformed);
        QVERIFY2(!malformed.error().message.contains(u"secret-value-123"_s), qPrintable(malformed.error().message));
    }
}

void TestServerApi::numberRangesAreDisjointAndSigned()
{
    const QJsonObject session = loginAnswer();
    const QByteArray token = session.value(u"access_token"_s).toString().toLatin1();
    const QByteArray serverKey = QByteArray::fromBase64(session.value(u"server_key"_s).toString().toLatin1());
    const TestDevice device = enrol(m_minjiang, token);
    const QString path = u"/api/v1/enterprises/%1/number-ranges"_s.arg(m_minjiang);

    // Several threads ask at once (on PostgreSQL through separate connections).
    QList<QJsonObject> grants;
    std::mutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.push_back(std::unique_ptr<QThread>(QThread::create([&] {
            for (int i = 0; i < 5; ++i) {
                const ApiResponse response = post(
                    path, json({{u"device_id"_s, device.id}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 100}}), token);
                const std::lock_guard lock(mutex);
                grants.append(response.body);
            }
        })));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    QCOMPARE(grants.size(), 20);
    QList<std::pair<qint64, qint64>> ranges;
    for (const QJsonObject &answer : std::as_const(grants)) {
        const QJsonObject grant = answer.value(u"grant"_s).toObject();
        QByteArray signedBytes = QByteArray(sync::kGrantDomain) + '\n' + json(grant);
        QVERIFY(crypto::Ed25519::verify(serverKey, signedBytes,
                                        QByteArray::fromBase64(answer.value(u"signature"_s).toString().toLatin1())));
        QCOMPARE(grant.value(u"device_id"_s).toString(), device.id);
        QCOMPARE(grant.value(u"max_offline_hours"_s).toInteger(), 168);
        ranges.append({grant.value(u"first"_s).toInteger(), grant.value(u"last"_s).toInteger()});
    }
    std::sort(ranges.begin(), ranges.end());
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        QCOMPARE(ranges.at(i).second - ranges.at(i).first, 99);
        QCOMPARE(ranges.at(i).first, 1 + 100 * i); // disjoint and without gaps
    }
    // The grant names the device's key and the seller, so anyone holding an invoice can check who could
    // issue it; 专票 and 普票 share the one sequence of a seller, other kinds are refused.
    const ApiResponse next
        = post(path, json({{u"device_id"_s, device.id}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 10}}), token);
    const QJsonObject grant = next.body.value(u"grant"_s).toObject();
    QCOMPARE(grant.value(u"first"_s).toInteger(), 1 + 100 * ranges.size());
    QCOMPARE(grant.value(u"device_key"_s).toString(), QString::fromLatin1(crypto::Ed25519::publicKeyOf(device.key)->toBase64()));
    QCOMPARE(grant.value(u"credit_code"_s).toString(), u"91350100M000100Y43"_s);
    QCOMPARE(
        errorCode(post(path, json({{u"device_id"_s, device.id}, {u"kind"_s, u"digital_special"_s}, {u"count"_s, 10}}), token)),
        u"invalid_kind"_s);
}

void TestServerApi::changesListWhatTheDeviceShouldLearn()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    const QString path = u"/api/v1/enterprises/%1/changes"_s.arg(m_minjiang);
    QJsonArray batch;
    for (int i = 0; i < 3; ++i)
        batch.append(device.item(newUuid(), i));
    QCOMPARE(post(u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang), json({{u"items"_s, batch}}), token).status, 200);

    // The signed rule pack shipped with the app, published.
    QFile pack(u":/rules/cn-tax.json"_s);
    QFile signature(u":/rules/cn-tax.json.sig"_s);
    QVERIFY(pack.open(QIODevice::ReadOnly) && signature.open(QIODevice::ReadOnly));
    QVERIFY(m_store->publishRulePack(
        {u"2026.1"_s, QString::fromLatin1(pack.readAll().toBase64()), QString::fromLatin1(signature.readAll().toBase64())}));

    const ApiResponse page1 = get(path, u"cursor=0&limit=2"_s, token);
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.body.value(u"changes"_s).toArray().size(), 2);
    QVERIFY(page1.body.value(u"more"_s).toBool());
    const ApiResponse page2 = get(path, u"cursor=%1"_s.arg(page1.body.value(u"cursor"_s).toInteger()), token);
    const QJsonArray rest = page2.body.value(u"changes"_s).toArray();
    QCOMPARE(rest.size(), 2);
    QVERIFY(!page2.body.value(u"more"_s).toBool());
    QCOMPARE(rest.at(0).toObject().value(u"kind"_s).toString(), u"item"_s);
    const QJsonObject published = rest.at(1).toObject();
    QCOMPARE(published.value(u"kind"_s).toString(), u"rule_pack"_s);
    QVERIFY(!published.value(u"payload"_s).toObject().value(u"pack"_s).toString().isEmpty());
    // Nothing new after the last cursor; the other tenant saw only the rule pack.
    QVERIFY(get(path, u"cursor=%1"_s.arg(page2.body.value(u"cursor"_s).toInteger()), token)
                .body.value(u"changes"_s)
                .toArray()
                .isEmpty());
    const QByteArray liToken = loginToken(u"li"_s).toLatin1();
    const QJsonArray beijing
        = get(u"/api/v1/enterprises/%1/changes"_s.arg(m_beijing), {}, liToken).body.value(u"changes"_s).toArray();
    QCOMPARE(beijing.size(), 1);
    QCOMPARE(beijing.first().toObject().value(u"kind"_s).toString(), u"rule_pack"_s);
}

void TestServerApi::aRevokedDeviceIsRefusedAndLimitsApplyToNewGrants()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice lost = enrol(m_minjiang, token);
    const QString ranges = u"/api/v1/enterprises/%1/number-ranges"_s.arg(m_minjiang);
    const QByteArray ask = json({{u"device_id"_s, lost.id}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 10}});
    QCOMPARE(post(ranges, ask, token).status, 201);

    // Stolen: revoked by the operator. Its items are refused and it gets no more numbers.
    QVERIFY(m_store->revokeDevice(lost.id));
    QCOMPARE(m_store->revokeDevice(lost.id).error().code, u"unknown_device"_s);
    QCOMPARE(errorCode(post(ranges, ask, token)), u"unknown_device"_s);
    const ApiResponse refused = post(u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang),
                                     json({{u"items"_s, QJsonArray{lost.item(newUuid(), 1)}}}), token);
    QCOMPARE(statuses(refused), QStringList{u"rejected"_s});

    // Tighter offline limits for the enterprise: the next grant carries them.
    QCOMPARE(*m_store->enterpriseByCreditCode(u"91350100m000100y43"_s), m_minjiang);
    QCOMPARE(m_store->setOfflineLimits(m_minjiang, 0, 100).error().code, u"invalid_hours"_s);
    QVERIFY(m_store->setOfflineLimits(m_minjiang, 24, 5'000'000));
    const TestDevice replacement = enrol(m_minjiang, token);
    const ApiResponse granted
        = post(ranges, json({{u"device_id"_s, replacement.id}, {u"kind"_s, u"digital_invoice"_s}, {u"count"_s, 10}}), token);
    QCOMPARE(granted.body.value(u"grant"_s).toObject().value(u"max_offline_hours"_s).toInteger(), 24);
    QCOMPARE(granted.body.value(u"grant"_s).toObject().value(u"max_offline_amount_fen"_s).toInteger(), 5'000'000);
    QCOMPARE(granted.body.value(u"grant"_s).toObject().value(u"first"_s).toInteger(), 11); // after the lost device's range
}

void TestServerApi::aRestartedDatabaseIsReconnected()
{
    QFETCH_GLOBAL(bool, postgres);
    if (!postgres)
        QSKIP("SQLite is a file: there is no connection to lose");
    QVERIFY(m_store->memberships(u"nobody"_s));
    QVERIFY(m_cluster->restart());
    // Each pooled connection finds out on its next statement that it was cut (that request fails and
    // the client retries), and is re-established for the one after.
    int failures = 0;
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (m_store->memberships(u"nobody"_s))
            break;
        ++failures;
    }
    QVERIFY(failures <= 4);
    for (int i = 0; i < 8; ++i)
        QVERIFY(m_store->itemCount(m_minjiang));
}

void TestServerApi::refundApplicationsAreVerifiedAndAnswered()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    const QString creditCode = *m_store->creditCodeOf(m_minjiang);
    const crypto::SecureBytes filingKey = crypto::Ed25519::generatePrivateKey();
    const auto payloadOf = [&](const QJsonObject &content) {
        return QJsonObject{
            {u"content"_s, content},
            {u"signature"_s,
             QString::fromLatin1(crypto::Ed25519::sign(filingKey, "taxbox-refund-v1\n" + json(content))->toBase64())},
            {u"public_key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(filingKey)->toBase64())}};
    };
    const QString id = newUuid();
    const QJsonObject content{{u"id"_s, id},
                              {u"kind"_s, u"overpayment"_s},
                              {u"period"_s, u"2026-12"_s},
                              {u"revision"_s, 1},
                              {u"enterprise"_s, creditCode},
                              {u"amount_claimed"_s, u"5000.00"_s},
                              {u"request"_s, QJsonObject{}},
                              {u"figures"_s, QJsonObject{{u"overpaid"_s, u"5000.00"_s}}},
                              {u"filed_at"_s, u"2026-12-01T02:00:00.000Z"_s},
                              {u"filed_by"_s, u"王会计"_s}};
    // Changed after signing; another enterprise's; the genuine one.
    QJsonObject tampered = payloadOf(content);
    QJsonObject raised = content;
    raised.insert(u"amount_claimed"_s, u"50000.00"_s);
    tampered.insert(u"content"_s, raised);
    QJsonObject foreign = content;
    foreign.insert(u"enterprise"_s, u"91110108551385082Q"_s);
    const QString key = u"refund:"_s + id;
    const QJsonArray batch{device.signedItem(newUuid(), u"refund.filed"_s, tampered, key),
                           device.signedItem(newUuid(), u"refund.filed"_s, payloadOf(foreign), key),
                           device.signedItem(newUuid(), u"refund.filed"_s, payloadOf(content), key)};
    const ApiResponse answer = post(u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang), json({{u"items"_s, batch}}), token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(statuses(answer), (QStringList{u"rejected"_s, u"rejected"_s, u"accepted"_s}));
    const QJsonArray results = answer.body.value(u"results"_s).toArray();
    QCOMPARE(results.at(0).toObject().value(u"reason_code"_s).toString(), u"refund_signature_mismatch"_s);
    QCOMPARE(results.at(1).toObject().value(u"reason_code"_s).toString(), u"refund_other_enterprise"_s);

    // The office's answers: only the steps the state machine allows; each reaches the change feed.
    QCOMPARE(m_store->decideRefund(m_minjiang, id, u"approved"_s, u"税务局"_s, {}, {}, {}).error().code, u"transition_refused"_s);
    QCOMPARE(m_store->decideRefund(m_minjiang, newUuid(), u"accepted"_s, u"税务局"_s, {}, {}, {}).error().code, u"not_found"_s);
    QVERIFY(m_store->decideRefund(m_minjiang, id, u"accepted"_s, u"税务局"_s, {}, {}, u"闽税受〔2026〕1号"_s));
    QVERIFY(m_store->decideRefund(m_minjiang, id, u"under_review"_s, u"税务局"_s, {}, {}, {}));
    QVERIFY(m_store->decideRefund(m_minjiang, id, u"approved"_s, u"税务局"_s, {}, u"4800.00"_s, {}));
    auto changes = m_store->changes(m_minjiang, 0, 1000);
    QVERIFY(changes);
    QStringList states;
    for (const Change &change : std::as_const(*changes)) {
        if (change.kind == u"refund.status" && change.payload.value(u"id"_s).toString() == id)
            states.append(change.payload.value(u"state"_s).toString());
    }
    QCOMPARE(states, (QStringList{u"accepted"_s, u"under_review"_s, u"approved"_s}));
    // A withdrawal the device sends after the office decided is refused, with the state machine's reason.
    const QJsonObject withdrawal{{u"id"_s, id},          {u"state"_s, u"withdrawn"_s}, {u"at"_s, u"2026-12-02T02:00:00.000Z"_s},
                                 {u"by"_s, u"王会计"_s}, {u"reason"_s, u"x"_s},        {u"enterprise"_s, creditCode}};
    const ApiResponse late
        = post(u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang),
               json({{u"items"_s,
                      QJsonArray{device.signedItem(newUuid(), u"refund.withdrawn"_s, withdrawal, key,
                                                   results.at(2).toObject().value(u"receipt"_s).toInteger())}}}),
               token);
    QCOMPARE(statuses(late), QStringList{u"rejected"_s});
    QCOMPARE(late.body.value(u"results"_s).toArray().at(0).toObject().value(u"reason_code"_s).toString(), u"refund_state"_s);
    // Listed with every step.
    const ApiResponse listed = get(u"/api/v1/enterprises/%1/refunds"_s.arg(m_minjiang), {}, token);
    QCOMPARE(listed.status, 200);
    const QJsonObject application = listed.body.value(u"refunds"_s).toArray().first().toObject();
    QCOMPARE(application.value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(application.value(u"kind"_s).toString(), u"overpayment"_s);
    QCOMPARE(application.value(u"amount_claimed"_s).toString(), u"5000.00"_s);
    QCOMPARE(application.value(u"history"_s).toArray().size(), 4);
}

void TestServerApi::theSquareReviewsCountersignsAndRevokes()
{
    QTemporaryDir dir;
    taxbox::testing::PackageFixture publisher{dir.path()};
    // Every version shows one screenshot (bytes the server does not decode: it checks their signed hash).
    const QByteArray screenshot = QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(300, 's');
    const auto unreviewed
        = [&](const QString &name, const QString &version, QMap<QString, QByteArray> files, const QStringList &permissions) {
              files.insert(u"images/main.png"_s, screenshot);
              QJsonObject manifest = publisher.manifest(version, files);
              manifest.insert(u"permissions"_s, QJsonArray::fromStringList(permissions));
              manifest.insert(u"screenshots"_s, QJsonArray{u"images/main.png"_s});
              return publisher.build(name, manifest, files, [](QList<taxbox::testing::Entry> &entries) { entries.removeAt(2); });
          };
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QString v1 = unreviewed(u"v1.tbx"_s, u"1.0.0"_s, publisher.files(), {u"calc.run"_s});
    // Submitted: verified as installing verifies it, but for the countersignature; once per version.
    auto submitted = m_store->squareSubmit(read(v1), u"publisher@taxbox"_s);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    QCOMPARE(m_store->squareSubmit(read(v1), u"publisher@taxbox"_s).error().code, u"already_submitted"_s);
    QByteArray tampered = read(v1);
    tampered.replace("0.012", "0.099");
    QVERIFY(!m_store->squareSubmit(tampered, u"mallory"_s));
    // The reviewer's queue; nothing in the catalogue yet.
    auto queue = m_store->squarePackages(u"pending"_s);
    QCOMPARE(queue->size(), 1);
    QVERIFY(queue->first().toObject().value(u"changes"_s).toObject().value(u"first_version"_s).toBool());
    const QByteArray token = loginToken().toLatin1();
    QVERIFY(get(u"/api/v1/square/packages"_s, {}, token).body.value(u"packages"_s).toArray().isEmpty());

    // A rejection needs its reason; an approval countersigns with the server's key.
    const auto countersign = [&](const QByteArray &bytes) {
        const qsizetype newline = bytes.indexOf('\n');
        return m_tokens->signStatement(bytes.left(newline), bytes.mid(newline + 1));
    };
    QCOMPARE(m_store->squareDecide(u"cn.taxbox.property-tax"_s, u"1.0.0"_s, false, u"审核员"_s, {}, countersign).error().code,
             u"reason_required"_s);
    auto approved = m_store->squareDecide(u"cn.taxbox.property-tax"_s, u"1.0.0"_s, true, u"审核员"_s, {}, countersign);
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
    QCOMPARE(m_store->squareDecide(u"cn.taxbox.property-tax"_s, u"1.0.0"_s, true, u"审核员"_s, {}, countersign).error().code,
             u"already_reviewed"_s);

    // The catalogue: searched by keyword or name; the archive downloaded, counted, and verified by a client that
    // trusts this server's square key.
    const ApiResponse catalogue = get(u"/api/v1/square/packages"_s, u"q=Property"_s, token);
    QCOMPARE(catalogue.status, 200);
    QCOMPARE(catalogue.body.value(u"packages"_s).toArray().size(), 1);
    QVERIFY(get(u"/api/v1/square/packages"_s, u"q=nothing-like-it"_s, token).body.value(u"packages"_s).toArray().isEmpty());
    // Downloaded in two pieces, as a transfer broken off and resumed from where it stopped; the pieces put
    // together match the catalogue's SHA-256. Only the transfer that starts at the first byte counts.
    const QString archivePath = u"/api/v1/square/packages/cn.taxbox.property-tax/1.0.0/archive"_s;
    const ApiResponse whole = m_api->handle({"GET", archivePath, "Bearer " + token, {}});
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.isRaw());
    const QByteArray sha
        = catalogue.body.value(u"packages"_s).toArray().first().toObject().value(u"sha256"_s).toString().toLatin1();
    QCOMPARE(catalogue.body.value(u"packages"_s).toArray().first().toObject().value(u"size"_s).toInteger(), whole.raw.size());
    const ApiResponse rest = m_api->handle({"GET", archivePath, "Bearer " + token, {}, {}, {}, "bytes=100-"});
    QCOMPARE(rest.status, 206);
    QVERIFY(rest.headers.contains(
        {"Content-Range", "bytes 100-" + QByteArray::number(whole.raw.size() - 1) + '/' + QByteArray::number(whole.raw.size())}));
    const QByteArray archive = whole.raw.left(100) + rest.raw;
    QCOMPARE(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex(), sha);
    QVERIFY(rest.headers.contains({"ETag", '"' + sha + '"'}));
    QCOMPARE(m_api->handle({"GET", archivePath, "Bearer " + token, {}, {}, {}, "bytes=0-10"}).status, 416);
    QCOMPARE(m_api->handle({"GET", archivePath, "Bearer " + token, {}, {}, {}, "bytes=999999-"}).status, 416);
    QCOMPARE(
        m_api->handle({"GET", u"/api/v1/square/packages/cn.taxbox.property-tax/9.9.9/archive"_s, "Bearer " + token, {}}).status,
        404);
    const QString downloaded = dir.filePath(u"downloaded.tbx"_s);
    QFile out(downloaded);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(archive);
    out.close();
    square::Package::Context client = publisher.context();
    client.squareKeys = {{u"this-server"_s, QByteArray::fromBase64(catalogue.body.value(u"square_key"_s).toString().toLatin1())}};
    auto verified = square::Package::verify(downloaded, client);
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(m_store->squarePackages(u"approved"_s)->first().toObject().value(u"downloads"_s).toInteger(), 1);
    // Its screenshot, by position, as the catalogue lists it (not a download); a position it does not have is 404.
    const ApiResponse shot
        = m_api->handle({"GET", u"/api/v1/square/packages/cn.taxbox.property-tax/1.0.0/screenshots/1"_s, "Bearer " + token, {}});
    QCOMPARE(shot.status, 200);
    QCOMPARE(shot.contentType, QByteArray("image/png"));
    QCOMPARE(shot.raw, screenshot);
    QCOMPARE(
        m_api->handle({"GET", u"/api/v1/square/packages/cn.taxbox.property-tax/1.0.0/screenshots/2"_s, "Bearer " + token, {}})
            .status,
        404);
    QCOMPARE(
        m_api->handle({"GET", u"/api/v1/square/packages/cn.taxbox.property-tax/1.0.0/screenshots/0"_s, "Bearer " + token, {}})
            .status,
        404);
    QCOMPARE(m_store->squarePackages(u"approved"_s)->first().toObject().value(u"downloads"_s).toInteger(), 1);
    // Pinyin initials find it too (房产税 → fcs).
    QCOMPARE(get(u"/api/v1/square/packages"_s, u"q=fcs"_s, token).body.value(u"packages"_s).toArray().size(), 1);

    // The next version comes over HTTP from a publisher account, bound to its publisher id and key: an account
    // that is no publisher, or one registered with another key, cannot publish it.
    const QString v2
        = unreviewed(u"v2.tbx"_s, u"1.1.0"_s, publisher.files(u"0.014"_s), {u"calc.run"_s, u"network:etax.chinatax.gov.cn"_s});
    const QByteArray upload = json({{u"archive"_s, QString::fromLatin1(read(v2).toBase64())}});
    QCOMPARE(errorCode(post(u"/api/v1/square/packages"_s, upload, token)), u"role_insufficient"_s);
    QVERIFY(m_store->squareGrant(u"li"_s, u"publisher"_s, u"taxbox"_s,
                                 *crypto::Ed25519::publicKeyOf(crypto::Ed25519::generatePrivateKey())));
    const QByteArray liToken = loginToken(u"li"_s).toLatin1();
    QCOMPARE(errorCode(post(u"/api/v1/square/packages"_s, upload, liToken)), u"publisher_mismatch"_s);
    QVERIFY(m_store->squareGrant(u"li"_s, u"publisher"_s, u"taxbox"_s, *crypto::Ed25519::publicKeyOf(publisher.publisher)));
    const ApiResponse published = post(u"/api/v1/square/packages"_s, upload, liToken);
    QCOMPARE(published.status, 201);
    QCOMPARE(post(u"/api/v1/square/packages"_s, upload, liToken).status, 409);
    // A reviewer (a role of its own) sees the queue with what changed, and decides over HTTP.
    QCOMPARE(errorCode(get(u"/api/v1/square/review"_s, {}, liToken)), u"role_insufficient"_s);
    QVERIFY(m_store->squareGrant(u"wang"_s, u"reviewer"_s));
    const ApiResponse queued = get(u"/api/v1/square/review"_s, {}, token);
    QCOMPARE(queued.status, 200);
    const QJsonObject changes = queued.body.value(u"packages"_s).toArray().first().toObject().value(u"changes"_s).toObject();
    QCOMPARE(changes.value(u"since"_s).toString(), u"1.0.0"_s);
    QCOMPARE(changes.value(u"permissions_added"_s).toArray(), QJsonArray{u"network:etax.chinatax.gov.cn"_s});
    QCOMPARE(changes.value(u"files_changed"_s).toArray(), QJsonArray{u"rules/property-tax.json"_s});
    const QString decision = u"/api/v1/square/packages/cn.taxbox.property-tax/1.1.0/decision"_s;
    QCOMPARE(errorCode(post(decision, json({{u"decision"_s, u"approve"_s}}), liToken)), u"role_insufficient"_s);
    QCOMPARE(errorCode(post(decision, json({{u"decision"_s, u"reject"_s}}), token)), u"reason_required"_s);
    QCOMPARE(post(decision, json({{u"decision"_s, u"approve"_s}}), token).status, 200);
    QCOMPARE(errorCode(post(decision, json({{u"decision"_s, u"approve"_s}}), token)), u"already_reviewed"_s);
    QCOMPARE(m_store->squarePackages(u"approved"_s, {}, u"cn.taxbox.property-tax"_s, u"1.1.0"_s)
                 ->first()
                 .toObject()
                 .value(u"submitted_by"_s)
                 .toString(),
             u"taxbox"_s);

    // Revoked: the signed list names it, clients refuse it, the catalogue no longer hands it out.
    QCOMPARE(m_store->squareRevoke(u"cn.taxbox.property-tax"_s, u"1.0.0"_s, {}).error().code, u"reason_required"_s);
    QVERIFY(m_store->squareRevoke(u"cn.taxbox.property-tax"_s, u"1.0.0"_s, u"税率错误"_s));
    const ApiResponse revocations = get(u"/api/v1/square/revocations"_s, {}, token);
    auto list = square::RevocationList::load(revocations.body.value(u"revocations"_s).toString().toUtf8(),
                                             revocations.body.value(u"signature"_s).toString().toLatin1(), client.squareKeys);
    QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
    QCOMPARE(list->reasonFor(u"cn.taxbox.property-tax"_s, u"1.0.0"_s).value_or(QString()), u"税率错误"_s);
    client.revocations = std::make_shared<const square::RevocationList>(*list);
    QCOMPARE(square::Package::verify(downloaded, client).error().code, u"revoked"_s);
    const QJsonObject again = get(u"/api/v1/square/packages"_s, u"id=cn.taxbox.property-tax&version=1.0.0"_s, token)
                                  .body.value(u"packages"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(again.value(u"revoked"_s).toString(), u"税率错误"_s);
    // No longer handed out, and asking does not count as a download.
    QCOMPARE(m_api->handle({"GET", archivePath, "Bearer " + token, {}}).status, 404);
    QCOMPARE(again.value(u"downloads"_s).toInteger(), 1);
}

void TestServerApi::filedReturnsAreRecomputedAndListed()
{
    const QByteArray token = loginToken().toLatin1();
    const TestDevice device = enrol(m_minjiang, token);
    const QString creditCode = *m_store->creditCodeOf(m_minjiang);
    const QJsonObject request{{u"period"_s, u"2025-02"_s},
                              {u"cells"_s, QJsonObject{{u"A1.r1.c1"_s, u"200000.00"_s}, {u"A1.r1.c2"_s, u"26000.00"_s}}}};
    auto computed
        = filing::FormEngine(**filing::FilingPack::builtIn(), **rules::RulePack::builtIn()).compute(u"vat-general"_s, request);
    QVERIFY(computed);
    const crypto::SecureBytes filingKey = crypto::Ed25519::generatePrivateKey();
    const auto payloadOf = [&](const QJsonObject &content) {
        return QJsonObject{
            {u"content"_s, content},
            {u"signature"_s,
             QString::fromLatin1(crypto::Ed25519::sign(filingKey, "taxbox-filing-v1\n" + json(content))->toBase64())},
            {u"public_key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(filingKey)->toBase64())}};
    };
    const QJsonObject content{{u"form"_s, u"vat-general"_s},
                              {u"period"_s, u"2025-02"_s},
                              {u"revision"_s, 1},
                              {u"replaces"_s, QString()},
                              {u"version"_s, computed->version},
                              {u"enterprise"_s, creditCode},
                              {u"request"_s, request},
                              {u"cells"_s, computed->toJson(false).value(u"cells"_s)},
                              {u"filed_at"_s, u"2025-03-10T02:00:00.000Z"_s},
                              {u"filed_by"_s, u"王会计"_s}};
    // The figures changed after signing; re-signed figures that the inputs do not give; another enterprise's.
    QJsonObject payloadTampered = payloadOf(content);
    QJsonObject edited = content;
    QJsonObject editedCells = content.value(u"cells"_s).toObject();
    editedCells.insert(u"M19"_s, u"1.00"_s);
    edited.insert(u"cells"_s, editedCells);
    payloadTampered.insert(u"content"_s, edited);
    QJsonObject foreign = content;
    foreign.insert(u"enterprise"_s, u"91110108551385082Q"_s);
    const QString key = u"filing:vat-general:2025-02"_s;
    const QJsonArray batch{device.signedItem(newUuid(), u"filing.filed"_s, payloadTampered, key),
                           device.signedItem(newUuid(), u"filing.filed"_s, payloadOf(edited), key),
                           device.signedItem(newUuid(), u"filing.filed"_s, payloadOf(foreign), key),
                           device.signedItem(newUuid(), u"filing.filed"_s, payloadOf(content), key)};
    const ApiResponse answer = post(u"/api/v1/enterprises/%1/sync"_s.arg(m_minjiang), json({{u"items"_s, batch}}), token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(statuses(answer), (QStringList{u"rejected"_s, u"rejected"_s, u"rejected"_s, u"accepted"_s}));
    const QJsonArray results = answer.body.value(u"results"_s).toArray();
    QCOMPARE(results.at(0).toObject().value(u"reason_code"_s).toString(), u"filing_signature_mismatch"_s);
    QCOMPARE(results.at(1).toObject().value(u"reason_code"_s).toString(), u"filing_inconsistent"_s);
    QCOMPARE(results.at(2).toObject().value(u"reason_code"_s).toString(), u"filing_other_enterprise"_s);

    // The enterprise's filings and the account's overview show the accepted one with its receipt.
    const ApiResponse listed = get(u"/api/v1/enterprises/%1/filings"_s.arg(m_minjiang), u"period=2025"_s, token);
    QCOMPARE(listed.status, 200);
    const QJsonArray filings = listed.body.value(u"filings"_s).toArray();
    QCOMPARE(filings.size(), 1);
    QCOMPARE(filings.at(0).toObject().value(u"period"_s).toString(), u"2025-02"_s);
    QVERIFY(filings.at(0).toObject().value(u"receipt"_s).toInteger() > 0);
    QCOMPARE(get(u"/api/v1/enterprises/%1/filings"_s.arg(m_minjiang), u"period=2024"_s, token)
                 .body.value(u"filings"_s)
                 .toArray()
                 .size(),
             0);
    const ApiResponse overview = get(u"/api/v1/filings"_s, {}, token);
    QCOMPARE(overview.status, 200);
    bool seen = false;
    for (const QJsonValue &enterprise : overview.body.value(u"enterprises"_s).toArray()) {
        if (enterprise.toObject().value(u"enterprise_id"_s).toString() == m_minjiang)
            seen = enterprise.toObject().value(u"filings"_s).toArray().size() == 1;
    }
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
