// App-square packages (.tbx): every way a package can be wrong is refused before anything is unpacked —
// the publisher's signature, the square's countersignature, a changed file, an unlisted file, paths that
// leave the folder, links, sizes beyond the limits, versions, revocations, permissions — and installing is
// crash-safe: an interrupted install or update leaves the version in use working.

#include "PackageFixtures.h"
#include "crypto/Crypto.h"
#include "square/Package.h"
#include "square/PluginStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::square;
using taxbox::testing::sha256;

class TestPackages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    testing::PackageFixture m_fixture{m_dir.path()};
    const crypto::SecureBytes &m_square = m_fixture.square;
    crypto::SecureBytes m_stranger = crypto::Ed25519::generatePrivateKey();

    Package::Context context(const RevocationList *revocations = nullptr) const { return m_fixture.context(revocations); }
    QJsonObject manifest(const QString &version, const QMap<QString, QByteArray> &files) const
    {
        return m_fixture.manifest(version, files);
    }
    QString build(const QString &name, const QJsonObject &manifestObject, const QMap<QString, QByteArray> &files,
                  const std::function<void(QList<testing::Entry> &)> &change = {}, const crypto::SecureBytes *squareKey = nullptr)
    {
        return m_fixture.build(name, manifestObject, files, change, squareKey);
    }
    QMap<QString, QByteArray> files(const QString &rate = u"0.012"_s) const { return testing::PackageFixture::files(rate); }

    QString refusal(const QString &path, const Package::Context &c)
    {
        auto verified = Package::verify(path, c);
        return verified ? QString() : verified.error().code;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aGoodPackageVerifies()
    {
        const QString path = build(u"good.tbx"_s, manifest(u"1.0.0"_s, files()), files());
        auto verified = Package::verify(path, context());
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QCOMPARE(verified->manifest().id, u"cn.taxbox.property-tax"_s);
        QCOMPARE(verified->manifest().displayName(u"zh_CN"_s), u"房产税计算"_s);
        QCOMPARE(verified->manifest().permissions, (QStringList{u"calc.run"_s, u"enterprise.read"_s}));
        // The shipped square key is not the test square's: the same package is not approved for this release.
        Package::Context shipped = context();
        shipped.squareKeys = trustedSquareKeys();
        QCOMPARE(refusal(path, shipped), u"not_reviewed"_s);
    }

    void everySignatureAndHashFailureIsRefused()
    {
        const QJsonObject good = manifest(u"1.0.0"_s, files());
        // A file changed after signing.
        QCOMPARE(refusal(build(u"changed.tbx"_s, good, files(u"0.001"_s)), context()), u"hash_mismatch"_s);
        // The manifest changed after signing (a permission added by someone else).
        QCOMPARE(refusal(build(u"manifest.tbx"_s, good, files(),
                               [](QList<testing::Entry> &entries) { entries[0].bytes.replace("calc.run", "files.write"); }),
                         context()),
                 u"signature_invalid"_s);
        // No publisher signature; no countersignature; countersigned by a key the app does not trust.
        QCOMPARE(refusal(build(u"unsigned.tbx"_s, good, files(), [](QList<testing::Entry> &entries) { entries.removeAt(1); }),
                         context()),
                 u"unsigned"_s);
        QCOMPARE(refusal(build(u"unreviewed.tbx"_s, good, files(), [](QList<testing::Entry> &entries) { entries.removeAt(2); }),
                         context()),
                 u"not_reviewed"_s);
        QCOMPARE(refusal(build(u"stranger.tbx"_s, good, files(), {}, &m_stranger), context()), u"not_reviewed"_s);
        // A file the manifest does not list; a listed file missing.
        QCOMPARE(refusal(build(u"extra.tbx"_s, good, files(),
                               [](QList<testing::Entry> &entries) {
                                   entries.append({u"files/payload.so"_s,
                                                   "\x7f"
                                                   "ELF"});
                               }),
                         context()),
                 u"package_invalid"_s);
        QCOMPARE(refusal(build(u"missing.tbx"_s, good, files(), [](QList<testing::Entry> &entries) { entries.removeLast(); }),
                         context()),
                 u"package_invalid"_s);
        // Not a zip at all.
        QFile junk(m_dir.filePath(u"junk.tbx"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a zip");
        junk.close();
        QCOMPARE(refusal(junk.fileName(), context()), u"package_unreadable"_s);
    }

    void nothingLeavesItsFolder()
    {
        const QJsonObject good = manifest(u"1.0.0"_s, files());
        for (const QString &name :
             {u"../evil.sh"_s, u"/etc/cron.d/evil"_s, u"files/../../evil"_s, u"files\\..\\evil"_s, u"C:/evil"_s}) {
            const QString path = build(u"slip.tbx"_s, good, files(), [&](QList<testing::Entry> &entries) {
                entries.append({name, "x"});
            });
            QCOMPARE(refusal(path, context()), u"unsafe_path"_s);
        }
        // A symbolic link, even under files/.
        const QString link = build(u"link.tbx"_s, good, files(), [](QList<testing::Entry> &entries) {
            entries.append({u"files/link"_s, "/etc/passwd", (0120777u << 16)});
        });
        QCOMPARE(refusal(link, context()), u"unsafe_path"_s);
        // A manifest that lists a path outside its folder is refused before its hashes are read.
        QJsonObject outside = good;
        QJsonObject hashes = outside.value(u"files"_s).toObject();
        hashes.insert(u"../../.bashrc"_s, sha256("x"));
        outside.insert(u"files"_s, hashes);
        QCOMPARE(refusal(build(u"outside.tbx"_s, outside, files()), context()), u"unsafe_path"_s);
    }

    void sizesAreBounded()
    {
        // A file far larger than it could need to be (a bomb compresses well): refused by the unpacked size.
        QMap<QString, QByteArray> big = files();
        big.insert(u"rules/big.json"_s, QByteArray(4 * 1024 * 1024, ' '));
        const QString path = build(u"bomb.tbx"_s, manifest(u"1.0.0"_s, big), big);
        Package::Context small = context();
        small.limits.maxFileBytes = 1024 * 1024;
        QCOMPARE(refusal(path, small), u"input_too_large"_s);
        small = context();
        small.limits.maxTotalBytes = 2 * 1024 * 1024;
        QCOMPARE(refusal(path, small), u"input_too_large"_s);
        small = context();
        small.limits.maxEntries = 3;
        QCOMPARE(refusal(path, small), u"input_too_large"_s);
        QVERIFY(Package::verify(path, context()));
    }

    void versionsPermissionsAndRevocations()
    {
        QJsonObject tooNew = manifest(u"1.0.0"_s, files());
        tooNew.insert(u"compat"_s, QJsonObject{{u"min_app"_s, u"0.2.0"_s}});
        QCOMPARE(refusal(build(u"new.tbx"_s, tooNew, files()), context()), u"too_new"_s);
        QJsonObject tooOld = manifest(u"1.0.0"_s, files());
        tooOld.insert(u"compat"_s, QJsonObject{{u"min_app"_s, u"0.0.1"_s}, {u"max_app"_s, u"0.0.9"_s}});
        QCOMPARE(refusal(build(u"old.tbx"_s, tooOld, files()), context()), u"too_old"_s);
        QJsonObject api = manifest(u"1.0.0"_s, files());
        api.insert(u"api_version"_s, 2);
        QCOMPARE(refusal(build(u"api.tbx"_s, api, files()), context()), u"too_new"_s);
        QJsonObject asks = manifest(u"1.0.0"_s, files());
        asks.insert(u"permissions"_s, QJsonArray{u"root"_s});
        QCOMPARE(refusal(build(u"root.tbx"_s, asks, files()), context()), u"unknown_permission"_s);
        QVERIFY(isKnownPermission(u"network:etax.chinatax.gov.cn"_s));
        QVERIFY(!isKnownPermission(u"network:*"_s));

        // Revoked: a signed list names the version; an unsigned list is not believed.
        const QByteArray list
            = R"({"issued_at":"2026-12-02","revoked":[{"id":"cn.taxbox.property-tax","version":"1.0.0","reason":"wrong rate"}]})";
        const QByteArray signature = crypto::Ed25519::sign(m_square, "taxbox-revocations-v1\n" + list)->toBase64();
        const QList<SquareKey> keys{{u"test-square"_s, *crypto::Ed25519::publicKeyOf(m_square)}};
        auto revocations = RevocationList::load(list, signature, keys);
        QVERIFY(revocations);
        QCOMPARE(RevocationList::load(QByteArray(list).replace("1.0.0", "9.9.9"), signature, keys).error().code,
                 u"revocations_unsigned"_s);
        const QString path = build(u"revoked.tbx"_s, manifest(u"1.0.0"_s, files()), files());
        const Package::Context withList = context(&*revocations);
        auto refused = Package::verify(path, withList);
        QCOMPARE(refused.error().code, u"revoked"_s);
        QVERIFY(refused.error().message.contains(u"wrong rate"_s));
    }

    void installUpdateRemoveAndCrashSafety()
    {
        QTemporaryDir workspace;
        PluginStore store(workspace.filePath(u"plugins"_s));
        const QString v1 = build(u"v1.tbx"_s, manifest(u"1.0.0"_s, files()), files());
        QCOMPARE(store.install(v1, {u"files.write"_s}, context()).error().code, u"not_requested"_s);
        auto installed = store.install(v1, {u"calc.run"_s}, context());
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().message));
        QCOMPARE(installed->state, u"ok"_s);
        QVERIFY(installed->grants(u"calc.run"_s));
        QVERIFY(!installed->grants(u"enterprise.read"_s)); // asked for, not granted
        QFile unpacked(installed->directory + u"/files/rules/property-tax.json"_s);
        QVERIFY(unpacked.open(QIODevice::ReadOnly));
        QCOMPARE(unpacked.readAll(), QByteArray("{\"rate\": \"0.012\"}"));
        unpacked.close();
        QCOMPARE(store.install(v1, {}, context()).error().code, u"already_installed"_s);

        // An update interrupted after unpacking, before the switch (a kill at the worst moment): the staging
        // folder and the unswitched version are left; 1.0.0 stays in use and the leftovers go.
        const QString pluginFolder = workspace.filePath(u"plugins/cn.taxbox.property-tax"_s);
        QVERIFY(QDir().mkpath(pluginFolder + u"/.staging-interrupted/files"_s));
        QVERIFY(QDir().mkpath(pluginFolder + u"/1.1.0/files"_s));
        QList<InstalledPlugin> plugins = store.list(context());
        QCOMPARE(plugins.size(), 1);
        QCOMPARE(plugins.first().manifest.version, u"1.0.0"_s);
        QCOMPARE(plugins.first().state, u"ok"_s);
        QVERIFY(!QFileInfo::exists(pluginFolder + u"/.staging-interrupted"_s));
        QVERIFY(!QFileInfo::exists(pluginFolder + u"/1.1.0"_s));

        // The update itself; an older one is refused.
        const QString v11 = build(u"v11.tbx"_s, manifest(u"1.1.0"_s, files(u"0.014"_s)), files(u"0.014"_s));
        auto updated = store.install(v11, {u"calc.run"_s, u"enterprise.read"_s}, context());
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(updated->manifest.version, u"1.1.0"_s);
        QVERIFY(!QFileInfo::exists(pluginFolder + u"/1.0.0"_s));
        QCOMPARE(store.install(v1, {}, context()).error().code, u"downgrade"_s);

        // A file changed on disk after installing: that plugin is broken, with the reason; the others load.
        QFile tampered(updated->directory + u"/files/README.md"_s);
        QVERIFY(tampered.open(QIODevice::WriteOnly));
        tampered.write("changed");
        tampered.close();
        auto broken = store.find(u"cn.taxbox.property-tax"_s, context());
        QCOMPARE(broken->state, u"broken"_s);
        QVERIFY(broken->error.contains(u"README.md"_s));
        QVERIFY(!broken->grants(u"calc.run"_s));

        // Disabled and enabled; revoked after installing: disabled with the square's reason; removed.
        QVERIFY(store.remove(u"cn.taxbox.property-tax"_s));
        QVERIFY(store.install(v11, {u"calc.run"_s}, context()));
        QVERIFY(store.setEnabled(u"cn.taxbox.property-tax"_s, false));
        QCOMPARE(store.find(u"cn.taxbox.property-tax"_s, context())->state, u"disabled"_s);
        QVERIFY(store.setEnabled(u"cn.taxbox.property-tax"_s, true));
        const QByteArray list
            = R"({"issued_at":"2026-12-02","revoked":[{"id":"cn.taxbox.property-tax","version":"*","reason":"withdrawn by its publisher"}]})";
        auto revocations
            = RevocationList::load(list, crypto::Ed25519::sign(m_square, "taxbox-revocations-v1\n" + list)->toBase64(),
                                   {{u"test-square"_s, *crypto::Ed25519::publicKeyOf(m_square)}});
        const Package::Context withList = context(&*revocations);
        auto revoked = store.find(u"cn.taxbox.property-tax"_s, withList);
        QCOMPARE(revoked->state, u"revoked"_s);
        QVERIFY(!revoked->grants(u"calc.run"_s));
        QVERIFY(store.remove(u"cn.taxbox.property-tax"_s));
        QVERIFY(store.list(context()).isEmpty());
        QCOMPARE(store.remove(u"cn.taxbox.property-tax"_s).error().code, u"not_installed"_s);
        QCOMPARE(store.remove(u"../plugins"_s).error().code, u"not_installed"_s);
    }

    void aKilledInstallLeavesAWorkingVersion()
    {
        // Twelve updates of a package with a 3 MB file (a wide window for the kill), installed by a child that is
        // killed (SIGKILL: no destructor, no cleanup) at random points, then started again where it stopped.
        QTemporaryDir workspace;
        const QString root = workspace.filePath(u"plugins"_s);
        QStringList packages;
        for (int v = 0; v < 12; ++v) {
            QMap<QString, QByteArray> content = files(u"0.0%1"_s.arg(10 + v));
            content.insert(u"data/table.bin"_s, QByteArray(3 * 1024 * 1024, static_cast<char>('a' + v)));
            packages.append(build(u"update-%1.tbx"_s.arg(v), manifest(u"1.0.%1"_s.arg(v), content), content));
        }
        const QByteArray squareHex = crypto::Ed25519::publicKeyOf(m_square)->toHex();
        QStringList confirmed;
        int kills = 0;
        for (int round = 0; round < 40 && (confirmed.isEmpty() || confirmed.constLast() != u"1.0.11"_s); ++round) {
            QProcess installer;
            installer.start(QStringLiteral(TAXBOX_PLUGIN_INSTALLER), QStringList{root} + packages);
            QVERIFY(installer.waitForStarted());
            installer.write(squareHex + '\n');
            installer.closeWriteChannel();
            // Later rounds wait longer, so that installs complete between the kills on a slow (sanitised) build too.
            QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(100 + 40 * round)));
            if (installer.state() != QProcess::NotRunning) { // it may have finished every update already
                installer.kill();
                QVERIFY(installer.waitForFinished());
                ++kills;
            }
            for (const QByteArray &line : installer.readAllStandardOutput().split('\n')) {
                if (!line.isEmpty())
                    confirmed.append(QString::fromLatin1(line));
            }
            // After every kill: one version in use, whole and verified, never older than the last one confirmed.
            PluginStore store(root);
            const QList<InstalledPlugin> plugins = store.list(context());
            if (plugins.isEmpty()) {
                QVERIFY2(confirmed.isEmpty(), "an installed version was lost");
                continue;
            }
            QCOMPARE(plugins.size(), 1);
            QVERIFY2(plugins.first().state == u"ok"_s, qPrintable(plugins.first().error));
            if (!confirmed.isEmpty())
                QVERIFY(compareVersions(plugins.first().manifest.version, confirmed.constLast()) >= 0);
            QVERIFY(plugins.first().grants(u"calc.run"_s));
            // Nothing else is left beside the version in use.
            const QStringList left
                = QDir(root + u"/cn.taxbox.property-tax"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
            QCOMPARE(left.size(), 3); // current, state-<version>.json, <version>/
        }
        QVERIFY2(!confirmed.isEmpty(), "the installer never finished an install");
        QVERIFY2(kills >= 3, "the installer was hardly ever killed");
        qInfo("%d kills, %lld installs confirmed", kills, static_cast<long long>(confirmed.size()));
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "TestPackages.moc"
