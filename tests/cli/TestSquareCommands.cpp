// taxbox-cli plugin search | install ID | update against the real taxbox-server on loopback: the server's square
// key pinned at the first sign-in (and a changed key refused), packages found by pinyin initials, installed and
// updated from the square with the grants kept, a broken download resumed from where it stopped (and not counted
// twice), a corrupted one refused by its SHA-256, and a revocation reaching the workspace at the next contact.

#include "../core/PackageFixtures.h"
#include "../server/ServerProcess.h"
#include "CliRun.h"
#include "ServerStore.h"
#include "crypto/Crypto.h"
#include "rules/RulePack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {
const QMap<QString, QByteArray> kSecrets{{u"TAXBOX_PASSWORD"_s, "correct horse"}, {u"TAXBOX_SERVER_PASSWORD"_s, "correct horse"}};
const auto kId = u"cn.taxbox.property-tax"_s;
} // namespace

class TestSquareCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void installsUpdatesAndFollowsRevocations();
    void aPublisherPacksAndPublishesAndAReviewerDecides();
    void aContentPackIsInForceForScriptsToo();

private:
    int admin(const QStringList &arguments, const QByteArray &password = {})
    {
        return test::serverAdmin(QStringList{u"--data"_s, m_data} + arguments, password);
    }
    /// taxbox-cli as another account of the square (a publisher, a reviewer), which opens no workspace.
    Run as(const QString &account, QStringList arguments)
    {
        arguments << u"--server"_s << m_url << u"--server-user"_s << account;
        return runCli(arguments, {}, u"C.UTF-8"_s, {{u"TAXBOX_SERVER_PASSWORD"_s, "square horse"}});
    }
    /// Publishes a version as a publisher would (signed, not countersigned) and approves it as the reviewer.
    void publish(const QString &version, const QStringList &permissions);
    QByteArray archiveOf(const QString &version);
    /// The acme publisher (李发布, with its signing key, whose path is returned) and the reviewer 赵审核, made once for
    /// whichever test needs them first.
    QString acmePublisher();
    /// A content pack of the acme publisher (`files` under files/), packed, published, approved and installed with
    /// the rules grant; true when every step succeeded.
    bool installAcmeContent(const QString &id, const QString &version, const QByteArray &names,
                            const QMap<QString, QByteArray> &files);
    Run cli(QStringList arguments, bool server = true)
    {
        arguments << u"--workspace"_s << m_workspace;
        if (server)
            arguments << u"--server"_s << m_url << u"--server-user"_s << u"王会计"_s;
        return runCli(arguments, {}, u"C.UTF-8"_s, kSecrets);
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QString m_data;
    QString m_workspace;
    std::unique_ptr<testing::PackageFixture> m_publisher;
};

void TestSquareCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(u"server"_s);
    m_url = test::startServerWithMember(m_server, m_data, u"91350100M000100Y43"_s, m_dir.filePath(u"server.log"_s)).toString();
    QVERIFY(!m_url.isEmpty());
    m_workspace = m_dir.filePath(u"ws"_s);
    QCOMPARE(
        runCli({u"workspace"_s, u"init"_s, u"--workspace"_s, m_workspace, u"--user"_s, u"王会计"_s}, {}, u"C.UTF-8"_s, kSecrets)
            .exitCode,
        0);
    m_publisher = std::make_unique<testing::PackageFixture>(testing::PackageFixture{m_dir.path()});
}

void TestSquareCommands::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(5000);
}

void TestSquareCommands::publish(const QString &version, const QStringList &permissions)
{
    QJsonObject manifest = m_publisher->manifest(version, m_publisher->files(u"0.0"_s + version.section(u'.', 1, 1)));
    manifest.insert(u"permissions"_s, QJsonArray::fromStringList(permissions));
    const QString path
        = m_publisher->build(version + u".tbx"_s, manifest, m_publisher->files(u"0.0"_s + version.section(u'.', 1, 1)),
                             [](QList<testing::Entry> &entries) { entries.removeAt(2); });
    QCOMPARE(admin({u"square"_s, u"publish"_s, path, u"--by"_s, u"taxbox"_s}), 0);
    QCOMPARE(admin({u"square"_s, u"approve"_s, kId, version, u"--by"_s, u"审核员"_s}), 0);
}

QString TestSquareCommands::acmePublisher()
{
    const QString key = m_dir.filePath(u"acme.pem"_s);
    if (QFileInfo::exists(key))
        return key;
    if (QProcess::execute(u"openssl"_s, {u"genpkey"_s, u"-algorithm"_s, u"ed25519"_s, u"-out"_s, key}) != 0)
        return {};
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray publicKey = *crypto::Ed25519::publicKeyOf(*crypto::Ed25519::privateKeyFromPem(keyFile.readAll()));
    const bool made = admin({u"account"_s, u"add"_s, u"李发布"_s}, "square horse") == 0
        && admin({u"account"_s, u"add"_s, u"赵审核"_s}, "square horse") == 0
        && admin({u"square"_s, u"grant"_s, u"李发布"_s, u"publisher"_s, u"--publisher-id"_s, u"acme"_s, u"--publisher-key"_s,
                  QString::fromLatin1(publicKey.toBase64())})
            == 0
        && admin({u"square"_s, u"grant"_s, u"赵审核"_s, u"reviewer"_s}) == 0;
    return made ? key : QString();
}

bool TestSquareCommands::installAcmeContent(const QString &id, const QString &version, const QByteArray &names,
                                            const QMap<QString, QByteArray> &files)
{
    const QString key = acmePublisher();
    const QDir folder(m_dir.filePath(id));
    QFile manifest(folder.filePath(u"package.json"_s));
    if (key.isEmpty() || !QDir().mkpath(folder.path()) || !manifest.open(QIODevice::WriteOnly))
        return false;
    manifest.write(R"({"format": 1, "id": ")" + id.toUtf8() + R"(", "version": ")" + version.toUtf8()
                   + R"(", "kind": "content", "name": )" + names + R"(, "category": "content",
        "compat": {"min_app": "0.1.0"}, "api_version": 1, "permissions": ["rules.install"]})");
    manifest.close();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QFile file(folder.filePath(u"files/"_s + it.key()));
        if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !file.open(QIODevice::WriteOnly)
            || file.write(it.value()) != it.value().size())
            return false;
    }
    const QString package = m_dir.filePath(id + u".tbx"_s);
    const Run packed = runCli({u"plugin"_s, u"pack"_s, folder.path(), u"--key"_s, key, u"--publisher-id"_s, u"acme"_s,
                               u"--publisher-name"_s, u"Acme 软件"_s, u"--out"_s, package});
    if (packed.exitCode != 0) {
        qWarning("pack: %s", packed.err.constData());
        return false;
    }
    return as(u"李发布"_s, {u"plugin"_s, u"publish"_s, package}).exitCode == 0
        && as(u"赵审核"_s, {u"plugin"_s, u"review"_s, id, version, u"--approve"_s}).exitCode == 0
        && cli({u"plugin"_s, u"install"_s, id, u"--grant"_s, u"rules.install"_s}).exitCode == 0;
}

QByteArray TestSquareCommands::archiveOf(const QString &version)
{
    auto store = server::ServerStore::open(m_data);
    if (!store)
        qFatal("server store: %s", qPrintable(store.error().message));
    return (*store)->squareArchive(kId, version, false)->bytes;
}

void TestSquareCommands::installsUpdatesAndFollowsRevocations()
{
    publish(u"1.0.0"_s, {u"calc.run"_s, u"enterprise.read"_s});
    // Found by the pinyin initials of 房产税计算.
    const Run found = cli({u"plugin"_s, u"search"_s, u"fcs"_s});
    QCOMPARE(found.exitCode, 0);
    const QJsonArray packages = found.outJson().value(u"packages"_s).toArray();
    QCOMPARE(packages.size(), 1);
    QCOMPARE(packages.first().toObject().value(u"version"_s).toString(), u"1.0.0"_s);
    QVERIFY(!packages.first().toObject().contains(u"installed_version"_s));
    QVERIFY(cli({u"plugin"_s, u"search"_s, u"nothing-like-it"_s}).outJson().value(u"packages"_s).toArray().isEmpty());

    // Installed from the square: countersigned by this server, whose key is pinned at this first contact.
    const Run installed = cli({u"plugin"_s, u"install"_s, kId, u"--grant"_s, u"calc.run"_s});
    QVERIFY2(installed.exitCode == 0, installed.err.constData());
    QCOMPARE(installed.outJson().value(u"state"_s).toString(), u"ok"_s);
    QVERIFY(QFile::exists(m_workspace + u"/plugins/squares.json"_s));
    QVERIFY(QFile::exists(m_workspace + u"/plugins/revocations.json"_s));

    // A newer version asks for more. Its download broke off after 200 bytes last time: the update resumes from
    // there (a resumed transfer is not counted as another download), keeps calc.run and does not grant the new
    // permission.
    publish(u"1.1.0"_s, {u"calc.run"_s, u"enterprise.read"_s, u"network:etax.chinatax.gov.cn"_s});
    const QString downloads = m_workspace + u"/plugins/.downloads"_s;
    QVERIFY(QDir().mkpath(downloads));
    QFile part(downloads + u"/cn.taxbox.property-tax-1.1.0.tbx.part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(archiveOf(u"1.1.0"_s).left(200));
    part.close();
    const Run updated = cli({u"plugin"_s, u"update"_s});
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    const QJsonObject done = updated.outJson().value(u"updated"_s).toArray().first().toObject();
    QCOMPARE(done.value(u"version"_s).toString(), u"1.1.0"_s);
    QCOMPARE(done.value(u"from_version"_s).toString(), u"1.0.0"_s);
    QCOMPARE(done.value(u"granted"_s).toArray(), QJsonArray{u"calc.run"_s});
    QCOMPARE(done.value(u"not_granted"_s).toArray(), QJsonArray{u"network:etax.chinatax.gov.cn"_s});
    QVERIFY(!part.exists());
    {
        auto store = server::ServerStore::open(m_data);
        QCOMPARE(
            (*store)->squarePackages(u"approved"_s, {}, kId, u"1.1.0"_s)->first().toObject().value(u"downloads"_s).toInteger(),
            0);
        QCOMPARE(
            (*store)->squarePackages(u"approved"_s, {}, kId, u"1.0.0"_s)->first().toObject().value(u"downloads"_s).toInteger(),
            1);
    }
    QCOMPARE(cli({u"plugin"_s, u"update"_s}).outJson().value(u"current"_s).toArray().size(), 1);

    // A .part whose first bytes are not the package's: the whole fails its SHA-256, is removed, and the next try
    // downloads it afresh.
    publish(u"1.2.0"_s, {u"calc.run"_s});
    part.setFileName(downloads + u"/cn.taxbox.property-tax-1.2.0.tbx.part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(200, 'x'));
    part.close();
    const Run corrupted = cli({u"plugin"_s, u"update"_s});
    QCOMPARE(corrupted.exitCode, 1);
    QCOMPARE(corrupted.errorJson().value(u"code"_s).toString(), u"hash_mismatch"_s);
    QVERIFY(!part.exists());
    QCOMPARE(cli({u"plugin"_s, u"list"_s}, false).outJson().value(u"plugins"_s).toArray().first().toObject().value(u"version"_s),
             u"1.1.0"_s);
    QCOMPARE(cli({u"plugin"_s, u"update"_s}).exitCode, 0);

    // Revoked on the square: the next contact brings the signed list, and the workspace disables it.
    QCOMPARE(admin({u"square"_s, u"revoke"_s, kId, u"1.2.0"_s, u"--reason"_s, u"税率错误"_s}), 0);
    QCOMPARE(cli({u"plugin"_s, u"update"_s}).exitCode, 0);
    const QJsonObject listed = cli({u"plugin"_s, u"list"_s}, false).outJson().value(u"plugins"_s).toArray().first().toObject();
    QCOMPARE(listed.value(u"state"_s).toString(), u"revoked"_s);
    QVERIFY(listed.value(u"error"_s).toString().contains(u"税率错误"_s));

    // The server's key is not what was pinned (a server replaced, or someone in between): nothing from it is
    // trusted, and the person is told so.
    QFile squares(m_workspace + u"/plugins/squares.json"_s);
    QVERIFY(squares.open(QIODevice::ReadOnly));
    const QByteArray original = squares.readAll();
    QByteArray pinned = original;
    squares.close();
    const QJsonObject entry = QJsonDocument::fromJson(pinned).array().first().toObject();
    pinned.replace(entry.value(u"key"_s).toString().toLatin1(),
                   crypto::Ed25519::publicKeyOf(crypto::Ed25519::generatePrivateKey())->toBase64());
    QVERIFY(squares.open(QIODevice::WriteOnly | QIODevice::Truncate));
    squares.write(pinned);
    squares.close();
    QCOMPARE(cli({u"plugin"_s, u"update"_s}).errorJson().value(u"code"_s).toString(), u"square_key_changed"_s);
    // Until the administrator puts the right pin back (here: the original file), nothing from it is used.
    QVERIFY(squares.open(QIODevice::WriteOnly | QIODevice::Truncate));
    squares.write(original);
    squares.close();
    QCOMPARE(cli({u"plugin"_s, u"update"_s}).exitCode, 0);
}

void TestSquareCommands::aPublisherPacksAndPublishesAndAReviewerDecides()
{
    // A publisher's folder: the manifest template and the files.
    const QDir folder(m_dir.filePath(u"acme-tool"_s));
    QVERIFY(QDir().mkpath(folder.filePath(u"files"_s)));
    QFile manifest(folder.filePath(u"package.json"_s));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"format": 1, "id": "cn.acme.tool", "version": "1.0.0", "kind": "web", "entry": "index.html",
        "name": {"zh_CN": "印花税助手", "en": "Stamp duty helper"}, "category": "calculators", "keywords": ["yhs"],
        "compat": {"min_app": "0.1.0"}, "api_version": 1, "permissions": ["calc.run"]})");
    manifest.close();
    QFile page(folder.filePath(u"files/index.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<!DOCTYPE html><title>印花税</title>");
    page.close();
    // The square's people: a publisher bound to the acme key, a reviewer.
    const QString key = acmePublisher();
    QVERIFY(!key.isEmpty());

    // Packed and signed by the publisher: complete, but not yet approved by the square.
    const QString package = m_dir.filePath(u"acme-tool.tbx"_s);
    const Run packed = runCli({u"plugin"_s, u"pack"_s, folder.path(), u"--key"_s, key, u"--publisher-id"_s, u"acme"_s,
                               u"--publisher-name"_s, u"Acme 软件"_s, u"--out"_s, package});
    QVERIFY2(packed.exitCode == 0, packed.err.constData());
    QCOMPARE(packed.outJson().value(u"files"_s).toInt(), 1);
    QCOMPARE(runCli({u"plugin"_s, u"verify"_s, package, u"--workspace"_s, m_workspace}).errorJson().value(u"code"_s).toString(),
             u"not_reviewed"_s);

    // Uploaded by the publisher account (another account may not; the same version twice is refused).
    QCOMPARE(as(u"赵审核"_s, {u"plugin"_s, u"publish"_s, package}).errorJson().value(u"code"_s).toString(),
             u"role_insufficient"_s);
    const Run published = as(u"李发布"_s, {u"plugin"_s, u"publish"_s, package});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    QCOMPARE(published.outJson().value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(as(u"李发布"_s, {u"plugin"_s, u"publish"_s, package}).errorJson().value(u"code"_s).toString(),
             u"already_submitted"_s);

    // The reviewer's queue and decision.
    QCOMPARE(as(u"李发布"_s, {u"plugin"_s, u"review"_s}).errorJson().value(u"code"_s).toString(), u"role_insufficient"_s);
    const QJsonArray queue = as(u"赵审核"_s, {u"plugin"_s, u"review"_s}).outJson().value(u"packages"_s).toArray();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().toObject().value(u"id"_s).toString(), u"cn.acme.tool"_s);
    QVERIFY(queue.first().toObject().value(u"changes"_s).toObject().value(u"first_version"_s).toBool());
    QCOMPARE(as(u"赵审核"_s, {u"plugin"_s, u"review"_s, u"cn.acme.tool"_s, u"1.0.0"_s, u"--reject"_s})
                 .errorJson()
                 .value(u"code"_s)
                 .toString(),
             u"reason_required"_s);
    const Run approved = as(u"赵审核"_s, {u"plugin"_s, u"review"_s, u"cn.acme.tool"_s, u"1.0.0"_s, u"--approve"_s});
    QVERIFY2(approved.exitCode == 0, approved.err.constData());
    QCOMPARE(approved.outJson().value(u"state"_s).toString(), u"approved"_s);

    // An accountant finds it by its pinyin initials and installs it.
    QCOMPARE(cli({u"plugin"_s, u"search"_s, u"yhszs"_s}).outJson().value(u"packages"_s).toArray().size(), 1);
    const Run installed = cli({u"plugin"_s, u"install"_s, u"cn.acme.tool"_s, u"--grant"_s, u"calc.run"_s});
    QVERIFY2(installed.exitCode == 0, installed.err.constData());
    QCOMPARE(installed.outJson().value(u"state"_s).toString(), u"ok"_s);
}

void TestSquareCommands::aContentPackIsInForceForScriptsToo()
{
    // A content pack carrying the tax code table with the data key's signature (the shipped one: the release key signed
    // it), packed and published by the acme publisher, approved, installed from the square.
    const auto resource = [](const QString &name) {
        QFile file(u":/rules/"_s + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QVERIFY(installAcmeContent(u"cn.acme.codes"_s, u"32.0.0"_s, R"({"zh_CN": "税收分类编码表", "en": "Tax code table"})",
                               {{u"tax-codes/tax-codes-32.0.csv"_s, resource(u"tax-codes-32.0.csv"_s)},
                                {u"tax-codes/tax-codes-32.0.csv.sig"_s, resource(u"tax-codes-32.0.csv.sig"_s)}}));

    // The next command that opens the workspace puts it in force, once: the table is the workspace's now.
    const QString marker = QDir(m_workspace).filePath(u"tax-codes.from-square"_s);
    QVERIFY(!QFileInfo::exists(marker));
    QCOMPARE(cli({u"plugin"_s, u"enable"_s, u"cn.acme.codes"_s}, false).exitCode, 0);
    QVERIFY(QFileInfo::exists(marker));
    QVERIFY(QFileInfo(QDir(m_workspace).filePath(u"tax-codes.json"_s)).size() > 1000);

    // A content pack whose rule pack is signed by a key Taxbox does not trust: reviewed and installed, it is never in
    // force, and every command that opens the workspace says so on standard error and goes on.
    QJsonObject pack = QJsonDocument::fromJson(resource(u"cn-tax.json"_s)).object();
    pack.insert(u"version"_s, u"2099.1"_s);
    const QByteArray packBytes = QJsonDocument(pack).toJson();
    const QByteArray signature = *rules::RulePack::sign(packBytes, u"acme-data"_s, crypto::Ed25519::generatePrivateKey());
    QVERIFY(installAcmeContent(u"cn.acme.rules"_s, u"2099.1.0"_s, R"({"zh_CN": "税率规则", "en": "Tax rules"})",
                               {{u"rules/cn-tax.json"_s, packBytes}, {u"rules/cn-tax.json.sig"_s, signature}}));
    const Run enabled = cli({u"plugin"_s, u"enable"_s, u"cn.acme.rules"_s}, false);
    QCOMPARE(enabled.exitCode, 0);
    const QJsonObject warning
        = QJsonDocument::fromJson(enabled.err.trimmed().split('\n').constFirst()).object().value(u"warning"_s).toObject();
    QVERIFY2(warning.value(u"message"_s).toString().contains(u"cn.acme.rules"_s), enabled.err.constData());
    QCOMPARE(warning.value(u"code"_s).toString(), u"untrusted_rule_pack"_s);
}

QTEST_GUILESS_MAIN(TestSquareCommands)
#include "TestSquareCommands.moc"
