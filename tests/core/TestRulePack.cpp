// Rule packs: signature checked before use, effective-date ranges, and the shipped pack.

#include "crypto/Crypto.h"
#include "rules/RulePack.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

QByteArray shippedPack()
{
    QFile file(QStringLiteral(TAXBOX_SOURCE_DIR) + u"/rules/cn-tax.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped pack");
    return file.readAll();
}

QByteArray shippedSignature()
{
    QFile file(QStringLiteral(TAXBOX_SOURCE_DIR) + u"/rules/cn-tax.json.sig"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped signature");
    return file.readAll();
}

struct TestSigner
{
    crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    rules::TrustedKey trusted() const { return {u"test-key"_s, *crypto::Ed25519::publicKeyOf(key)}; }
    QByteArray sign(const QByteArray &pack) const { return *rules::RulePack::sign(pack, u"test-key"_s, key); }
};

const QByteArray kSmallPack = R"({"format":1,"id":"test","version":"1","rules":{
    "rate":[{"from":"2024-01-01","to":"2025-06-30","value":"0.03"},{"from":"2025-07-01","value":"0.01"}],
    "table":[{"from":"2024-01-01","value":[{"up_to":"100","rate":"0.1","quick_deduction":"0"},{"up_to":null,"rate":"0.2","quick_deduction":"10"}]}]}})";

} // namespace

class TestRulePack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedPackIsSignedByTheReleaseKey();
    void builtInPackLoads();
    void changedByteIsRefused();
    void unsignedAndUnknownSignerAreRefused();
    void rangesSelectTheRuleInForce();
    void overlappingRangesAreRefused();
    void tablesAreNotMoreThan();
    void ed25519RoundTripAndPem();
    // Last: it changes the pack in force for the rest of the process.
    void aNewerVerifiedPackTakesOver();
};

void TestRulePack::shippedPackIsSignedByTheReleaseKey()
{
    auto pack = rules::RulePack::load(shippedPack(), shippedSignature());
    QVERIFY2(pack, qPrintable(pack ? QString() : pack.error().message));
    QCOMPARE(pack->id(), u"cn-tax"_s);
    QCOMPARE(pack->keyId(), u"taxbox-rules-2026"_s);
}

void TestRulePack::builtInPackLoads()
{
    auto pack = rules::RulePack::builtIn();
    QVERIFY(pack);
    QCOMPARE((*pack)->summary().value(u"id"_s).toString(), u"cn-tax"_s);
    // The embedded copy is the file in the tree.
    QCOMPARE((*pack)->version(), rules::RulePack::load(shippedPack(), shippedSignature())->version());
}

void TestRulePack::changedByteIsRefused()
{
    QByteArray pack = shippedPack();
    const qsizetype at = pack.indexOf("\"0.45\"");
    QVERIFY(at > 0);
    pack[at + 4] = '4'; // 45% becomes 44%
    auto loaded = rules::RulePack::load(pack, shippedSignature());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, u"tampered_rule_pack"_s);
    QVERIFY(loaded.error().message.contains(u"changed after signing"_s));
}

void TestRulePack::unsignedAndUnknownSignerAreRefused()
{
    QCOMPARE(rules::RulePack::load(shippedPack(), {}).error().code, u"unsigned_rule_pack"_s);
    const TestSigner signer;
    // Signed, but by a key this build does not trust.
    QCOMPARE(rules::RulePack::load(kSmallPack, signer.sign(kSmallPack)).error().code, u"untrusted_rule_pack"_s);
    // A signature file naming the release key but made with another key.
    QByteArray forged = signer.sign(kSmallPack);
    forged.replace("test-key", "taxbox-rules-2026");
    QCOMPARE(rules::RulePack::load(kSmallPack, forged).error().code, u"tampered_rule_pack"_s);
}

void TestRulePack::rangesSelectTheRuleInForce()
{
    const TestSigner signer;
    auto pack = rules::RulePack::load(kSmallPack, signer.sign(kSmallPack), {signer.trusted()});
    QVERIFY(pack);
    QCOMPARE(pack->decimal(u"rate"_s, QDate(2025, 6, 30))->toString(), u"0.03"_s);
    QCOMPARE(pack->decimal(u"rate"_s, QDate(2025, 7, 1))->toString(), u"0.01"_s);
    QCOMPARE(pack->decimal(u"rate"_s, QDate(2031, 1, 1))->toString(), u"0.01"_s);
    auto before = pack->decimal(u"rate"_s, QDate(2023, 12, 31));
    QVERIFY(!before);
    QCOMPARE(before.error().code, u"no_rule_for_period"_s);
    QVERIFY(before.error().message.contains(u"2023-12-31"_s));
    QCOMPARE(pack->summary().value(u"effective_from"_s).toString(), u"2024-01-01"_s);
}

void TestRulePack::overlappingRangesAreRefused()
{
    const TestSigner signer;
    const QByteArray overlapping
        = R"({"format":1,"id":"t","version":"1","rules":{"rate":[{"from":"2024-01-01","to":"2025-01-01","value":"1"},{"from":"2025-01-01","value":"2"}]}})";
    auto pack = rules::RulePack::load(overlapping, signer.sign(overlapping), {signer.trusted()});
    QVERIFY(!pack);
    QCOMPARE(pack.error().code, u"invalid_rule_pack"_s);
}

void TestRulePack::tablesAreNotMoreThan()
{
    const TestSigner signer;
    auto pack = rules::RulePack::load(kSmallPack, signer.sign(kSmallPack), {signer.trusted()});
    auto table = pack->table(u"table"_s, QDate(2025, 1, 1));
    QVERIFY(table);
    QCOMPARE(table->find(*Decimal::parse(u"100"_s)).rate.toString(), u"0.1"_s);
    QCOMPARE(table->find(*Decimal::parse(u"100.01"_s)).rate.toString(), u"0.2"_s);
}

void TestRulePack::ed25519RoundTripAndPem()
{
    // RFC 8032 test 1: empty message.
    crypto::SecureBytes secret(32);
    const QByteArray rfcSecret = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    std::memcpy(secret.data(), rfcSecret.constData(), 32);
    QCOMPARE(crypto::Ed25519::publicKeyOf(secret)->toHex(),
             QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    QCOMPARE(crypto::Ed25519::sign(secret, {})->toHex(),
             QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0"
                        "595bbe24655141438e7a100b"));
    const QByteArray signature = *crypto::Ed25519::sign(secret, "message");
    QVERIFY(crypto::Ed25519::verify(*crypto::Ed25519::publicKeyOf(secret), "message", signature));
    QVERIFY(!crypto::Ed25519::verify(*crypto::Ed25519::publicKeyOf(secret), "messagf", signature));
    QVERIFY(!crypto::Ed25519::verify("short", "message", signature));

    const QByteArray pem
        = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE "
          "KEY-----\n";
    auto fromPem = crypto::Ed25519::privateKeyFromPem(pem);
    QVERIFY(fromPem);
    QVERIFY(fromPem->equals(secret));
    QCOMPARE(crypto::Ed25519::privateKeyFromPem("not a key").error().code, u"invalid_key"_s);
}

void TestRulePack::aNewerVerifiedPackTakesOver()
{
    // The shipped pack with a newer version, as the sync server would publish it, signed by a key
    // trusted for this test only.
    const TestSigner signer;
    QByteArray newer = shippedPack();
    QVERIFY(newer.contains("\"version\": \"2026.1\""));
    newer.replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\"");
    QCOMPARE((*rules::RulePack::inForce())->version(), u"2026.1"_s);

    // Not signed by a trusted key: refused, nothing changes.
    QCOMPARE(rules::RulePack::install(newer, signer.sign(newer)).error().code, u"untrusted_rule_pack"_s);
    // Not newer, or another kind of pack: not used.
    QCOMPARE(rules::RulePack::install(shippedPack(), signer.sign(shippedPack()), {signer.trusted()}).value_or(true), false);
    QCOMPARE(rules::RulePack::install(kSmallPack, signer.sign(kSmallPack), {signer.trusted()}).error().code,
             u"other_rule_pack"_s);
    QCOMPARE((*rules::RulePack::inForce())->version(), u"2026.1"_s);

    QCOMPARE(rules::RulePack::install(newer, signer.sign(newer), {signer.trusted()}).value_or(false), true);
    QCOMPARE((*rules::RulePack::inForce())->version(), u"2026.2"_s);
    QCOMPARE((*rules::RulePack::builtIn())->version(), u"2026.1"_s);
    // An older one arriving later does not take over again.
    QCOMPARE(rules::RulePack::install(shippedPack(), signer.sign(shippedPack()), {signer.trusted()}).value_or(true), false);
    QCOMPARE((*rules::RulePack::inForce())->version(), u"2026.2"_s);
}

QTEST_GUILESS_MAIN(TestRulePack)
#include "TestRulePack.moc"
