// The first-party plugins in plugins/, built by this build, packaged and signed as their publisher would, published
// to a square (taxbox-server's API: a publisher account uploads, a reviewer approves, the archive is downloaded),
// installed with the person's grants, and used as a person would: the native 房产税 tool in real widgets, the web
// 办税指南 in a QWebEngineView talking through QWebChannel, the rule pack put in force with what it changed. Every
// grant is enforced: a call without it is an error the plugin shows; a web page reaches nothing but its own files.
// A broken plugin is reported on its own and the others still open; a kiosk opens only its allow-list.

#include "../core/PackageFixtures.h"
#include "../core/RulePackFixtures.h"
#include "Api.h"
#include "ServerStore.h"
#include "calc/Calculators.h"
#include "filing/FilingExport.h"
#include "filing/Filings.h"
#include "invoice/TaxCodeCatalogue.h"
#include "plugins/PluginRuntime.h"
#include "refund/DepartureRefund.h"
#include "refund/TravellerKiosk.h"
#include "rules/PrintTemplates.h"
#include "square/PluginStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs `script` in the page and waits (at most 20 s) for its result.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    if (!done)
        qWarning("script did not finish: %s", qPrintable(script));
    return result;
}

} // namespace

class TestFirstPartyPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theNativeToolComputesAndRespectsItsGrants();
    void theWebGuideUsesTheBridgeAndReachesNothingElse();
    void aHostileWebPluginReachesNothing();
    void theRulePackIsPutInForceWithWhatChanged();
    void theTaxCodeTableComesInAContentPack();
    void filingFormsTheCalendarAndTheRefundGuideComeInContentPacks();
    void aTravellerKioskPutsItsAllowedContentInForce();
    void aBrokenPluginStandsAloneAndAKioskOpensItsAllowList();

private:
    /// A plugin directory of plugins/ as its publisher packages it: the manifest template (package.json) with the
    /// publisher and every file's SHA-256, signed; `extra` adds built files (the library) and outside files.
    QString package(const QString &directory, QMap<QString, QByteArray> extra, const QJsonObject &changes = {});
    /// Published by a publisher account over the API, approved by a reviewer, downloaded and installed.
    square::InstalledPlugin publishAndInstall(const QString &packagePath, const QStringList &granted);
    square::InstalledPlugin find(const QString &id);

    QTemporaryDir m_dir;
    std::unique_ptr<testing::PackageFixture> m_publisher;
    std::unique_ptr<server::ServerStore> m_server;
    std::optional<server::TokenSigner> m_tokens;
    std::unique_ptr<server::Api> m_api;
    QByteArray m_publisherToken;
    QByteArray m_reviewerToken;
    std::unique_ptr<square::PluginStore> m_store;
    ui::PluginServices m_services;
    QString m_saved;
};

void TestFirstPartyPlugins::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_publisher = std::make_unique<testing::PackageFixture>(testing::PackageFixture{m_dir.path()});
    auto store = server::ServerStore::open(m_dir.filePath(u"server"_s));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_server = std::move(*store);
    auto tokens = server::TokenSigner::fromDirectory(m_dir.filePath(u"server"_s));
    QVERIFY(tokens);
    m_tokens = std::move(*tokens);
    m_api = std::make_unique<server::Api>(*m_server, *m_tokens);
    crypto::ScryptParameters cheap = crypto::ScryptParameters::generate();
    cheap.n = 1 << 10;
    QVERIFY(m_server->addAccount(u"publisher"_s, crypto::SecureBytes::fromUtf8(u"publisher horse"_s), &cheap));
    QVERIFY(m_server->addAccount(u"reviewer"_s, crypto::SecureBytes::fromUtf8(u"reviewer horse"_s), &cheap));
    QVERIFY(m_server->squareGrant(u"publisher"_s, u"publisher"_s, u"taxbox"_s,
                                  *crypto::Ed25519::publicKeyOf(m_publisher->publisher)));
    QVERIFY(m_server->squareGrant(u"reviewer"_s, u"reviewer"_s));
    const auto signIn = [&](const QString &name, const QString &password) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, name}, {u"password"_s, password}}).toJson();
        return m_api->handle({"POST", u"/api/v1/auth/login"_s, {}, body}).body.value(u"access_token"_s).toString().toLatin1();
    };
    m_publisherToken = signIn(u"publisher"_s, u"publisher horse"_s);
    m_reviewerToken = signIn(u"reviewer"_s, u"reviewer horse"_s);
    QVERIFY(!m_publisherToken.isEmpty() && !m_reviewerToken.isEmpty());
    m_store = std::make_unique<square::PluginStore>(m_dir.filePath(u"ws/plugins"_s));
    // The client pins this square's key as the sign-in answer gives it.
    QVERIFY(m_store->pinSquare(u"http://127.0.0.1"_s, m_tokens->publicKey()));

    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350102"_s;
    m_services.enterprise = [profile] { return Result<EnterpriseProfile>(profile); };
    m_services.chooseSaveFile = [this](const QString &name) { return m_saved = m_dir.filePath(name); };
}

QString TestFirstPartyPlugins::package(const QString &directory, QMap<QString, QByteArray> extra, const QJsonObject &changes)
{
    const QDir source(QStringLiteral(TAXBOX_PLUGINS_DIR) + u'/' + directory);
    QJsonObject manifest = QJsonDocument::fromJson(readFile(source.filePath(u"package.json"_s))).object();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        manifest.insert(it.key(), it.value());
    QDirIterator files(source.path(), QDir::Files, QDirIterator::Subdirectories);
    static const QStringList notShipped{u"package.json"_s, u"CMakeLists.txt"_s, u"metadata.json"_s};
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = source.relativeFilePath(path);
        if (notShipped.contains(relative) || relative.endsWith(u".cpp"_s) || relative.endsWith(u".h"_s))
            continue;
        extra.insert(relative, readFile(path));
    }
    QJsonObject hashes;
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        hashes.insert(it.key(), testing::sha256(it.value()));
    manifest.insert(u"files"_s, hashes);
    manifest.insert(
        u"publisher"_s,
        QJsonObject{{u"id"_s, u"taxbox"_s},
                    {u"name"_s, u"Taxbox"_s},
                    {u"key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(m_publisher->publisher)->toBase64())}});
    // Not countersigned: the square adds that when its reviewer approves.
    return m_publisher->build(manifest.value(u"id"_s).toString() + u'-' + manifest.value(u"version"_s).toString() + u".tbx"_s,
                              manifest, extra, [](QList<testing::Entry> &entries) { entries.removeAt(2); });
}

square::InstalledPlugin TestFirstPartyPlugins::publishAndInstall(const QString &packagePath, const QStringList &granted)
{
    const QByteArray upload
        = QJsonDocument(QJsonObject{{u"archive"_s, QString::fromLatin1(readFile(packagePath).toBase64())}}).toJson();
    const server::ApiResponse published
        = m_api->handle({"POST", u"/api/v1/square/packages"_s, "Bearer " + m_publisherToken, upload});
    if (published.status != 201)
        qFatal("publish: %s", QJsonDocument(published.body).toJson().constData());
    const QString id = published.body.value(u"id"_s).toString();
    const QString version = published.body.value(u"version"_s).toString();
    const server::ApiResponse approved
        = m_api->handle({"POST", u"/api/v1/square/packages/%1/%2/decision"_s.arg(id, version), "Bearer " + m_reviewerToken,
                         QJsonDocument(QJsonObject{{u"decision"_s, u"approve"_s}}).toJson()});
    if (approved.status != 200)
        qFatal("approve: %s", QJsonDocument(approved.body).toJson().constData());
    const server::ApiResponse archive
        = m_api->handle({"GET", u"/api/v1/square/packages/%1/%2/archive"_s.arg(id, version), "Bearer " + m_publisherToken, {}});
    const QString downloaded = m_dir.filePath(id + u"-downloaded.tbx"_s);
    QFile file(downloaded);
    if (!file.open(QIODevice::WriteOnly) || file.write(archive.raw) != archive.raw.size())
        qFatal("cannot write the download");
    file.close();
    auto context = m_store->checkingContext();
    auto installed = m_store->install(downloaded, granted, *context);
    if (!installed)
        qFatal("install %s: %s", qPrintable(id), qPrintable(installed.error().message));
    return *installed;
}

square::InstalledPlugin TestFirstPartyPlugins::find(const QString &id)
{
    return *m_store->find(id, *m_store->checkingContext());
}

void TestFirstPartyPlugins::theNativeToolComputesAndRespectsItsGrants()
{
    const QString platform = square::PackageManifest::currentPlatform();
    const QString library = u"lib/"_s + QFileInfo(QStringLiteral(TAXBOX_PROPERTY_TAX_PLUGIN)).fileName();
    const QString path = package(u"property-tax"_s, {{library, readFile(QStringLiteral(TAXBOX_PROPERTY_TAX_PLUGIN))}},
                                 {{u"native"_s, QJsonObject{{platform, library}}}});
    // The person grants reading the enterprise, not writing files.
    publishAndInstall(path, {u"enterprise.read"_s});
    ui::LoadedPlugins loaded = ui::PluginRuntime::load({find(u"cn.taxbox.property-tax"_s)}, m_services, {}, nullptr);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.values().join(u'\n')));
    QCOMPARE(loaded.pages.size(), 1);
    std::unique_ptr<ui::PluginPage> page(loaded.pages.first());
    QCOMPARE(page->title(), u"Property and land use tax"_s);
    QCOMPARE(page->glyph(), QChar(u'房'));
    page->show();
    // The province's deduction, read through enterprise.read: 福建 (35) 30%.
    QVERIFY(page->findChild<QLabel *>(u"enterprise"_s)->text().contains(u"福州闽江贸易有限公司"_s));
    auto *amount = page->findChild<QLineEdit *>(u"amount"_s);
    auto *calculate = page->findChild<QPushButton *>(u"calculate"_s);
    auto *result = page->findChild<QLabel *>(u"result"_s);
    // 1,000,000 × (1 − 30%) × 1.2% = 8,400.00; 1,000,000.01 → 8,400.00 (0.0084 fen rounds away).
    QTest::keyClicks(amount, u"1000000"_s);
    QTest::mouseClick(calculate, Qt::LeftButton);
    QVERIFY2(result->text().contains(u"8400.00"_s), qPrintable(result->text()));
    amount->setText(u"1234567.89"_s); // × 0.7 × 0.012 = 10,370.369… → 10,370.37
    QTest::mouseClick(calculate, Qt::LeftButton);
    QVERIFY2(result->text().contains(u"10370.37"_s), qPrintable(result->text()));
    // On rent: 12%.
    page->findChild<QComboBox *>(u"basis"_s)->setCurrentIndex(1);
    amount->setText(u"120000"_s);
    QTest::mouseClick(calculate, Qt::LeftButton);
    QVERIFY2(result->text().contains(u"14400.00"_s), qPrintable(result->text()));
    amount->setText(u"12,0000.001"_s);
    QTest::mouseClick(calculate, Qt::LeftButton);
    QVERIFY2(result->text().contains(u"at most two decimals"_s), qPrintable(result->text()));
    // 城镇土地使用税: 1,000.5 m² × 4.50 yuan (a medium city: 1.20–24.00) = 4,502.25; outside the band, refused.
    page->findChild<QComboBox *>(u"basis"_s)->setCurrentIndex(2);
    page->findChild<QComboBox *>(u"grade"_s)->setCurrentIndex(1);
    amount->setText(u"1000.5"_s);
    page->findChild<QLineEdit *>(u"landRate"_s)->setText(u"4.50"_s);
    QTest::mouseClick(calculate, Qt::LeftButton);
    QVERIFY2(result->text().contains(u"4502.25"_s), qPrintable(result->text()));
    page->findChild<QLineEdit *>(u"landRate"_s)->setText(u"24.01"_s);
    QTest::mouseClick(calculate, Qt::LeftButton);
    QVERIFY2(result->text().contains(u"1.20 to 24.00"_s), qPrintable(result->text()));
    page->findChild<QComboBox *>(u"basis"_s)->setCurrentIndex(1);
    // Exporting needs files.write, which was not granted: the plugin shows the refusal, the page says what was asked.
    amount->setText(u"120000"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QVERIFY2(result->text().contains(u"did not grant"_s), qPrintable(result->text()));
    QVERIFY(!page->findChild<QLabel *>(u"deniedLabel"_s)->isHidden());
    QCOMPARE(page->bridge().deniedCalls(), 1);
    QVERIFY(m_saved.isEmpty());
}

void TestFirstPartyPlugins::theWebGuideUsesTheBridgeAndReachesNothingElse()
{
    // Granted the calculators, not the enterprise.
    publishAndInstall(package(u"registration-guide"_s, {}), {u"calc.run"_s});
    ui::LoadedPlugins loaded = ui::PluginRuntime::load({find(u"cn.taxbox.registration-guide"_s)}, m_services, {}, nullptr);
    QCOMPARE(loaded.pages.size(), 1);
    std::unique_ptr<ui::PluginPage> holder(loaded.pages.first());
    auto *page = qobject_cast<ui::WebPluginPage *>(holder.get());
    QVERIFY(page);
    page->resize(900, 700);
    page->show();
    QWebEnginePage *web = page->view()->page();
    QTRY_COMPARE_WITH_TIMEOUT(web->title(), u"ready"_s, 30000);
    // The enterprise was not granted: the page shows the refusal it got through the bridge.
    QVERIFY(evaluate(web, u"document.getElementById('enterprise').textContent"_s).toString().contains(u"did not grant"_s));
    QCOMPARE(page->bridge().deniedCalls(), 1);
    // The calculators were: the estimate is what Taxbox's vat-small computes.
    evaluate(web, u"document.getElementById('sales').value = '400000.00'; document.getElementById('calculate').click(); 1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(web->title().startsWith(u"estimated:"_s), 20000);
    const QDate today = QDate::currentDate();
    const QString quarter = u"%1Q%2"_s.arg(today.year()).arg((today.month() - 1) / 3 + 1);
    const calc::Calculator *vat = calc::findCalculator(u"vat-small"_s);
    auto expected = vat->compute({{u"period"_s, quarter}, {u"sales"_s, u"400000.00"_s}, {u"special_invoice_sales"_s, u"0"_s}},
                                 **calc::rulePackFor(*vat), today);
    QVERIFY(expected);
    QCOMPARE(web->title(), u"estimated:"_s + expected->output.value(u"tax"_s).toString());
    // Bad input reaches the calculator and comes back as its message, naming the field.
    evaluate(web, u"document.getElementById('sales').value = '-1'; document.getElementById('calculate').click(); 1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(web, u"document.getElementById('result').className"_s).toString().contains(u"error"_s),
                             20000);

    // Nothing outside the package (the guide's own policy refuses it first): another host, a file not listed.
    evaluate(web,
             u"fetch('https://example.com/steal').then(() => { document.title = 'reached'; }, () => { document.title = "
             u"'refused'; }); 1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(web->title(), u"refused"_s, 20000);
    evaluate(web,
             u"fetch('package.json').then(r => { document.title = 'status:' + r.status; }, () => { document.title = "
             u"'status:refused'; }); 1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(web->title().startsWith(u"status:"_s), 20000);
    QVERIFY(web->title() != u"status:200"_s);
}

void TestFirstPartyPlugins::aHostileWebPluginReachesNothing()
{
    // A page with no policy of its own that tries the network and other plugins: Taxbox's guard stops each request.
    const QByteArray html = "<!DOCTYPE html><html><head><meta charset='utf-8'><script>"
                            "window.addEventListener('DOMContentLoaded', async () => {"
                            "  const tries = ['https://example.com/steal', 'http://127.0.0.1:9/x', "
                            "'taxbox-plugin://cn.taxbox.registration-guide/guide.js'];"
                            "  let reached = 0;"
                            "  for (const url of tries) { try { await fetch(url); reached++; } catch (e) {} }"
                            "  document.title = 'reached:' + reached;"
                            "});</script></head><body>hostile</body></html>";
    QJsonObject manifest = m_publisher->manifest(u"1.0.0"_s, {{u"index.html"_s, html}});
    manifest.insert(u"id"_s, u"cn.example.hostile"_s);
    manifest.insert(u"kind"_s, u"web"_s);
    manifest.insert(u"entry"_s, u"index.html"_s);
    manifest.insert(u"permissions"_s, QJsonArray{u"network:etax.chinatax.gov.cn"_s});
    const QString path = m_publisher->build(u"hostile.tbx"_s, manifest, {{u"index.html"_s, html}},
                                            [](QList<testing::Entry> &entries) { entries.removeAt(2); });
    publishAndInstall(path, {u"network:etax.chinatax.gov.cn"_s});
    ui::LoadedPlugins loaded = ui::PluginRuntime::load({find(u"cn.example.hostile"_s)}, m_services, {}, nullptr);
    QCOMPARE(loaded.pages.size(), 1);
    std::unique_ptr<ui::PluginPage> holder(loaded.pages.first());
    auto *page = qobject_cast<ui::WebPluginPage *>(holder.get());
    page->show();
    QTRY_VERIFY_WITH_TIMEOUT(page->view()->page()->title().startsWith(u"reached:"_s), 30000);
    QCOMPARE(page->view()->page()->title(), u"reached:0"_s);
    const QString blocked = page->blocked().join(u' ');
    // (Another plugin's files are refused by the scheme's origin rules and the handler's host check.)
    QVERIFY2(blocked.contains(u"example.com"_s) && blocked.contains(u"127.0.0.1"_s), qPrintable(blocked));
}

void TestFirstPartyPlugins::theRulePackIsPutInForceWithWhatChanged()
{
    // A newer cn-tax, signed with a data key (a test key here), carried by the content pack.
    QJsonObject pack = QJsonDocument::fromJson(readFile(u":/rules/cn-tax.json"_s)).object();
    const QString before = (*rules::RulePack::inForce())->version();
    pack.insert(u"version"_s, u"2099.1"_s);
    QJsonObject rulesObject = pack.value(u"rules"_s).toObject();
    rulesObject.insert(u"test.content_pack_rule"_s, QJsonArray{QJsonObject{{u"from"_s, u"2026-01-01"_s}, {u"value"_s, u"1"_s}}});
    pack.insert(u"rules"_s, rulesObject);
    const QByteArray packBytes = QJsonDocument(pack).toJson();
    const crypto::SecureBytes dataKey = crypto::Ed25519::generatePrivateKey();
    const QList<rules::TrustedKey> keys{{u"test-data"_s, *crypto::Ed25519::publicKeyOf(dataKey)}};
    const QByteArray signature = *rules::RulePack::sign(packBytes, u"test-data"_s, dataKey);
    const QString path
        = package(u"rules-cn-tax"_s, {{u"rules/cn-tax.json"_s, packBytes}, {u"rules/cn-tax.json.sig"_s, signature}});
    // Without rules.install nothing is put in force, and the reason is the plugin's state.
    publishAndInstall(path, {});
    ui::PluginRuntime::Options options;
    options.content.ruleKeys = keys;
    ui::LoadedPlugins refused = ui::PluginRuntime::load({find(u"cn.taxbox.rules-cn-tax"_s)}, m_services, options, nullptr);
    QVERIFY(refused.errors.value(u"cn.taxbox.rules-cn-tax"_s).contains(u"did not grant"_s));
    QCOMPARE((*rules::RulePack::inForce())->version(), before);
    // Granted (reinstalling the same version is refused as not newer: the grant changes with a reinstall from the
    // file after removal).
    QVERIFY(m_store->remove(u"cn.taxbox.rules-cn-tax"_s));
    auto context = m_store->checkingContext();
    QVERIFY(m_store->install(m_dir.filePath(u"cn.taxbox.rules-cn-tax-downloaded.tbx"_s), {u"rules.install"_s}, *context));
    ui::LoadedPlugins loaded = ui::PluginRuntime::load({find(u"cn.taxbox.rules-cn-tax"_s)}, m_services, options, nullptr);
    QVERIFY(loaded.errors.isEmpty());
    const QString note = loaded.contentNotes.value(u"cn.taxbox.rules-cn-tax"_s);
    QVERIFY2(note.contains(u"cn-tax %1 → 2099.1"_s.arg(before)), qPrintable(note));
    QVERIFY2(note.contains(u"test.content_pack_rule"_s), qPrintable(note));
    QCOMPARE((*rules::RulePack::inForce())->version(), u"2099.1"_s);
    // The pack itself must carry a data key's signature: the package's signatures alone do not put rules in force.
    square::ContentPacks::Options releaseKeys;
    QVERIFY(!square::ContentPacks::apply(find(u"cn.taxbox.rules-cn-tax"_s), releaseKeys));
}

void TestFirstPartyPlugins::theTaxCodeTableComesInAContentPack()
{
    // The shipped table (32.0) with one code renamed and one added, signed with a data key, as table 33.0.
    QByteArray csv = readFile(u":/rules/tax-codes-32.0.csv"_s);
    QVERIFY(!csv.isEmpty());
    const QByteArray firstLine = csv.split('\n').at(1);
    const QByteArray firstCode = firstLine.left(19);
    csv.replace(firstLine, firstCode + ",改名" + firstLine.mid(20));
    csv.append("\n1100000000000000099,内容包新增编码,新增,13%,N\n");
    const crypto::SecureBytes dataKey = crypto::Ed25519::generatePrivateKey();
    square::ContentPacks::Options options;
    options.ruleKeys = {{u"test-data"_s, *crypto::Ed25519::publicKeyOf(dataKey)}};
    options.workspaceDirectory = m_dir.filePath(u"ws"_s);
    const QByteArray signature = *rules::RulePack::sign(csv, u"test-data"_s, dataKey);
    const QString path = package(u"rules-cn-tax"_s,
                                 {{u"tax-codes/tax-codes-33.0.csv"_s, csv}, {u"tax-codes/tax-codes-33.0.csv.sig"_s, signature}},
                                 {{u"id"_s, u"cn.taxbox.tax-codes"_s}, {u"version"_s, u"33.0.0"_s}});
    publishAndInstall(path, {u"rules.install"_s});
    auto note = square::ContentPacks::apply(find(u"cn.taxbox.tax-codes"_s), options);
    QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
    QVERIFY2(note->contains(u"Tax code table 33.0 in use: 2 code(s)"_s), qPrintable(*note));
    QVERIFY2(note->contains(QString::fromLatin1(firstCode)) && note->contains(u"1100000000000000099"_s), qPrintable(*note));
    auto table = invoice::TaxCodeCatalogue::forWorkspace(options.workspaceDirectory);
    QVERIFY(table);
    QVERIFY(table->find(u"1100000000000000099"_s));
    // Once: the next start leaves the table alone (an import of the accountant's own would stay).
    QVERIFY(square::ContentPacks::apply(find(u"cn.taxbox.tax-codes"_s), options)->contains(u"in use."_s));
    // A table whose signature is not a data key's is refused.
    square::ContentPacks::Options releaseKeys;
    releaseKeys.workspaceDirectory = options.workspaceDirectory;
    QVERIFY(!square::ContentPacks::apply(find(u"cn.taxbox.tax-codes"_s), releaseKeys));
}

void TestFirstPartyPlugins::filingFormsTheCalendarAndTheRefundGuideComeInContentPacks()
{
    const crypto::SecureBytes dataKey = crypto::Ed25519::generatePrivateKey();
    square::ContentPacks::Options options;
    options.ruleKeys = {{u"test-data"_s, *crypto::Ed25519::publicKeyOf(dataKey)}};
    const auto changedPack = [&](const QString &id, const std::function<void(QJsonObject &)> &change) {
        QJsonObject pack = QJsonDocument::fromJson(readFile(u":/rules/%1.json"_s.arg(id))).object();
        pack.insert(u"version"_s, u"2099.1"_s);
        QJsonObject rulesObject = pack.value(u"rules"_s).toObject();
        change(rulesObject);
        pack.insert(u"rules"_s, rulesObject);
        const QByteArray bytes = QJsonDocument(pack).toJson();
        return QMap<QString, QByteArray>{
            {u"rules/%1.json"_s.arg(id), bytes},
            {u"rules/%1.json.sig"_s.arg(id), *rules::RulePack::sign(bytes, u"test-data"_s, dataKey)}};
    };

    // The filing pack: 2027's published 征期 calendar (made up for the test) and a new small-scale threshold from 2099.
    auto filingPack = filing::FilingPack::inForce();
    QVERIFY(filingPack);
    const auto [estimated, wasEstimated] = filing::FilingCalendar(**filingPack).deadline(2027, 1);
    QVERIFY(wasEstimated);
    QMap<QString, QByteArray> files = changedPack(u"cn-filing"_s, [](QJsonObject &rules) {
        QJsonArray deadlines = rules.value(u"calendar.deadlines"_s).toArray();
        QJsonObject range = deadlines.at(0).toObject();
        QJsonObject years = range.value(u"value"_s).toObject();
        years.insert(u"2027"_s, QJsonArray{19, 22, 15, 20, 20, 15, 15, 16, 15, 25, 15, 15});
        range.insert(u"value"_s, years);
        deadlines.replace(0, range);
        rules.insert(u"calendar.deadlines"_s, deadlines);
        // And the printed return's title (the print template of a return is the pack's table layout).
        QJsonArray forms = rules.value(u"form.vat-small"_s).toArray();
        QJsonObject form = forms.at(0).toObject();
        QJsonObject value = form.value(u"value"_s).toObject();
        QJsonObject definition = value.value(u"definition"_s).toObject();
        QJsonArray tables = definition.value(u"tables"_s).toArray();
        QJsonObject table = tables.at(0).toObject();
        table.insert(u"title"_s,
                     QJsonObject{{u"zh_CN"_s, u"增值税及附加税费申报表（小规模纳税人适用，内容包版式）"_s},
                                 {u"en"_s, u"VAT return (small-scale), content-pack layout"_s}});
        tables.replace(0, table);
        definition.insert(u"tables"_s, tables);
        value.insert(u"definition"_s, definition);
        form.insert(u"value"_s, value);
        forms.replace(0, form);
        rules.insert(u"form.vat-small"_s, forms);
    });
    // The refund pack: a notice of the departure-refund guide in Japanese and English.
    files.insert(changedPack(u"cn-refund"_s, [](QJsonObject &rules) {
        rules.insert(u"departure.guide_notices"_s,
                     QJsonArray{QJsonObject{{u"from"_s, u"2027-01-01"_s},
                                            {u"source"_s, u"test"_s},
                                            {u"value"_s,
                                             QJsonArray{QJsonObject{{u"en"_s, u"Terminal 3 counter moved."_s},
                                                                    {u"ja"_s, u"第3ターミナルの窓口が移転しました。"_s}}}}}});
        // And the last step reworded, in Chinese, English and Japanese.
        rules.insert(
            u"departure.guide_texts"_s,
            testing::ruleFrom(
                u"2027-01-01"_s,
                QJsonObject{{u"no_refund_after"_s,
                             QJsonObject{{u"zh_CN"_s, u"离境后不能再退税：请为海关和柜台的排队留出至少一小时。"_s},
                                         {u"en"_s, u"There is no refund after you leave: allow an hour for the queues."_s},
                                         {u"ja"_s, u"出国後の還付はできません。列に1時間ほど見込んでください。"_s}}}}));
    }));
    // The print pack: the 数电票 form's title wording from 2027 (made up for the test).
    files.insert(changedPack(u"cn-print"_s, [](QJsonObject &rules) {
        QJsonArray ranges = rules.value(u"invoice.form"_s).toArray();
        QJsonObject first = ranges.at(0).toObject();
        first.insert(u"to"_s, u"2026-12-31"_s);
        QJsonObject form = first.value(u"value"_s).toObject();
        form.insert(
            u"title"_s,
            QJsonObject{{u"special"_s, u"电子发票（增值税专用发票）"_s}, {u"ordinary"_s, u"电子发票（普通发票）（内容包）"_s}});
        rules.insert(u"invoice.form"_s,
                     QJsonArray{first, QJsonObject{{u"from"_s, u"2027-01-01"_s}, {u"source"_s, u"test"_s}, {u"value"_s, form}}});
    }));
    const QString path
        = package(u"rules-cn-tax"_s, files, {{u"id"_s, u"cn.taxbox.filing-and-refund"_s}, {u"version"_s, u"2099.1.0"_s}});
    publishAndInstall(path, {u"rules.install"_s});
    auto note = square::ContentPacks::apply(find(u"cn.taxbox.filing-and-refund"_s), options);
    QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
    QVERIFY2(note->contains(u"cn-filing 2026.1 → 2099.1, rules changed: calendar.deadlines, form.vat-small"_s),
             qPrintable(*note));
    QVERIFY2(note->contains(u"cn-refund 2026.2 → 2099.1, rules changed: departure.guide_notices, departure.guide_texts"_s),
             qPrintable(*note));
    QVERIFY2(note->contains(u"cn-print 2026.1 → 2099.1, rules changed: invoice.form"_s), qPrintable(*note));
    QCOMPARE(rules::PrintTemplates::invoiceFormOn(QDate(2026, 12, 31))->titleOrdinary, u"电子发票（普通发票）"_s);
    QCOMPARE(rules::PrintTemplates::invoiceFormOn(QDate(2027, 3, 1))->titleOrdinary, u"电子发票（普通发票）（内容包）"_s);

    // The calendar, the forms and the refund guide read the packs now in force.
    filingPack = filing::FilingPack::inForce();
    QCOMPARE((*filingPack)->rules().version(), u"2099.1"_s);
    QCOMPARE(filing::FilingCalendar(**filingPack).deadline(2027, 1), std::pair(QDate(2027, 1, 19), false));
    QCOMPARE(filing::FilingCalendar(**filingPack).deadline(2027, 10), std::pair(QDate(2027, 10, 25), false));
    // A return printed now (PDF and XLSX are laid out from these tables) carries the pack's layout.
    filing::FilingReturn printed;
    printed.form = u"vat-small"_s;
    printed.period = u"2026Q4"_s;
    printed.version = u"2021-20"_s;
    EnterpriseProfile profile;
    profile.name = u"福州闽江贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    auto tables = filing::FilingExport(printed, profile).tables();
    QVERIFY2(tables, qPrintable(tables ? QString() : tables.error().message));
    QCOMPARE(tables->first().title, u"增值税及附加税费申报表（小规模纳税人适用，内容包版式）"_s);
    auto refundPack = rules::RulePack::inForce(u"cn-refund"_s);
    QCOMPARE((*refundPack)->version(), u"2099.1"_s);
    QCOMPARE(refund::DepartureRefund::guideNotices(**refundPack, QDate(2027, 3, 1), u"ja"_s),
             QStringList{u"第3ターミナルの窓口が移転しました。"_s});
    QCOMPARE(refund::DepartureRefund::guideNotices(**refundPack, QDate(2027, 3, 1), u"ru"_s),
             QStringList{u"Terminal 3 counter moved."_s});
    QVERIFY(refund::DepartureRefund::guideNotices(**refundPack, QDate(2026, 12, 1), u"en"_s).isEmpty());
    refund::DepartureClaim traveller;
    traveller.purchases = {{QDate(2027, 3, 1), u"A"_s, *Decimal::parse(u"1000.00"), *Decimal::parse(u"0.13")}};
    traveller.entryDate = QDate(2027, 2, 20);
    traveller.departureDate = QDate(2027, 3, 2);
    traveller.language = u"ja"_s;
    auto guided = refund::DepartureRefund::compute(traveller, **refundPack);
    QVERIFY2(guided, qPrintable(guided ? QString() : guided.error().message));
    QCOMPARE(guided->steps.last(), u"出国後の還付はできません。列に1時間ほど見込んでください。"_s);
    // Applying again changes nothing (not newer), and a filing pack whose form does not parse is refused whole.
    QVERIFY(square::ContentPacks::apply(find(u"cn.taxbox.filing-and-refund"_s), options)->contains(u"already in force"_s));
    const QMap<QString, QByteArray> broken = changedPack(u"cn-filing"_s, [](QJsonObject &rules) {
        QJsonArray forms = rules.value(u"form.vat-small"_s).toArray();
        QJsonObject range = forms.at(0).toObject();
        QJsonObject value = range.value(u"value"_s).toObject();
        value.insert(u"definition"_s, QJsonObject{{u"form"_s, u"vat-small"_s}, {u"cells"_s, u"not a list"_s}});
        range.insert(u"value"_s, value);
        forms.replace(0, range);
        rules.insert(u"form.vat-small"_s, forms);
    });
    QJsonObject brokenPack = QJsonDocument::fromJson(broken.value(u"rules/cn-filing.json"_s)).object();
    brokenPack.insert(u"version"_s, u"2099.2"_s);
    const QByteArray brokenBytes = QJsonDocument(brokenPack).toJson();
    QVERIFY(!filing::FilingPack::install(brokenBytes, *rules::RulePack::sign(brokenBytes, u"test-data"_s, dataKey),
                                         options.ruleKeys));
    QCOMPARE((*filing::FilingPack::inForce())->rules().version(), u"2099.1"_s);
    // So is a print pack whose template would print a form without its 税额 column, through the content-pack path.
    const QString brokenPrint = package(u"rules-cn-tax"_s,
                                        changedPack(u"cn-print"_s,
                                                    [](QJsonObject &rules) {
                                                        QJsonArray ranges = rules.value(u"invoice.form"_s).toArray();
                                                        QJsonObject range = ranges.at(0).toObject();
                                                        QJsonObject form = range.value(u"value"_s).toObject();
                                                        QJsonArray columns;
                                                        for (const QJsonValue &column : form.value(u"columns"_s).toArray()) {
                                                            if (column.toObject().value(u"field"_s) != u"tax"_s)
                                                                columns.append(column);
                                                        }
                                                        form.insert(u"columns"_s, columns);
                                                        range.insert(u"value"_s, form);
                                                        rules.insert(u"invoice.form"_s, QJsonArray{range});
                                                    }),
                                        {{u"id"_s, u"cn.taxbox.print-broken"_s}, {u"version"_s, u"2099.3.0"_s}});
    publishAndInstall(brokenPrint, {u"rules.install"_s});
    auto refusedPrint = square::ContentPacks::apply(find(u"cn.taxbox.print-broken"_s), options);
    QVERIFY(!refusedPrint);
    QVERIFY2(refusedPrint.error().message.contains(u"税额"_s) || refusedPrint.error().message.contains(u"\"tax\""_s),
             qPrintable(refusedPrint.error().message));
    QCOMPARE((*rules::RulePack::inForce(u"cn-print"_s))->version(), u"2099.1"_s);
}

void TestFirstPartyPlugins::aTravellerKioskPutsItsAllowedContentInForce()
{
    // An airport kiosk's administrator installed two refund packs from the square; kiosk-allow.json lists one.
    const crypto::SecureBytes dataKey = crypto::Ed25519::generatePrivateKey();
    square::ContentPacks::Options options;
    options.ruleKeys = {{u"test-data"_s, *crypto::Ed25519::publicKeyOf(dataKey)}};
    const auto refundPack = [&](const QString &version, const QString &customsJapanese) {
        const QJsonObject customs{{u"zh_CN"_s, u"在离境口岸值机前：到海关自助机扫描申请单上的二维码。"_s},
                                  {u"en"_s, u"At the departure port, before check-in: scan the form's QR code at a kiosk."_s},
                                  {u"ja"_s, customsJapanese}};
        const QByteArray bytes = testing::shippedPackWith(
            u"cn-refund"_s, version,
            {{u"departure.guide_texts"_s, testing::ruleFrom(u"2026-03-05"_s, QJsonObject{{u"customs"_s, customs}})}});
        return QMap<QString, QByteArray>{{u"rules/cn-refund.json"_s, bytes},
                                         {u"rules/cn-refund.json.sig"_s, *rules::RulePack::sign(bytes, u"test-data"_s, dataKey)}};
    };
    const QString allowed = u"出国港で、税関キオスクで申請書のQRコードを読み取ってください。"_s;
    publishAndInstall(package(u"rules-cn-tax"_s, refundPack(u"2099.2"_s, allowed),
                              {{u"id"_s, u"cn.taxbox.departure-guide"_s}, {u"version"_s, u"2099.2.0"_s}}),
                      {u"rules.install"_s});
    publishAndInstall(package(u"rules-cn-tax"_s, refundPack(u"2099.3"_s, u"許可されていない文言"_s),
                              {{u"id"_s, u"cn.example.unlisted-guide"_s}, {u"version"_s, u"2099.3.0"_s}}),
                      {u"rules.install"_s});
    // Without an allow-list nothing is put in force.
    QVERIFY(ui::TravellerKiosk::putContentInForce(m_store->root(), options).isEmpty());
    QFile allow(QDir(m_store->root()).filePath(u"kiosk-allow.json"_s));
    QVERIFY(allow.open(QIODevice::WriteOnly));
    allow.write(R"(["cn.taxbox.departure-guide", "cn.taxbox.registration-guide"])");
    allow.close();

    const auto applied = ui::TravellerKiosk::putContentInForce(m_store->root(), options);
    QCOMPARE(applied.keys(), QStringList{u"cn.taxbox.departure-guide"_s}); // the web guide on the list opens nothing here
    const Result<QString> &note = applied.value(u"cn.taxbox.departure-guide"_s);
    QVERIFY2(note && note->contains(u"→ 2099.2"_s) && note->contains(u"departure.guide_texts"_s),
             qPrintable(note ? *note : note.error().message));
    QCOMPARE((*rules::RulePack::inForce(u"cn-refund"_s))->version(), u"2099.2"_s);
    // The kiosk's traveller reads the allowed wording.
    refund::DepartureClaim traveller;
    traveller.purchases = {{QDate(2026, 3, 8), u"A"_s, *Decimal::parse(u"1000.00"), *Decimal::parse(u"0.13")}};
    traveller.entryDate = QDate(2026, 3, 1);
    traveller.departureDate = QDate(2026, 3, 10);
    traveller.language = u"ja"_s;
    auto answer = refund::DepartureRefund::compute(traveller, **rules::RulePack::inForce(u"cn-refund"_s));
    QVERIFY(answer);
    QVERIFY2(answer->steps.join(u'\n').contains(allowed), qPrintable(answer->steps.join(u'\n')));
    QVERIFY(QFile::remove(allow.fileName()));
}

void TestFirstPartyPlugins::aBrokenPluginStandsAloneAndAKioskOpensItsAllowList()
{
    // A "native" plugin whose library is not a Taxbox plugin at all.
    const QString platform = square::PackageManifest::currentPlatform();
    const QString path
        = package(u"property-tax"_s, {{u"lib/not-a-plugin.so"_s, "this is not a library"}},
                  {{u"id"_s, u"cn.taxbox.broken-tool"_s}, {u"native"_s, QJsonObject{{platform, u"lib/not-a-plugin.so"_s}}}});
    publishAndInstall(path, {});
    const QList<square::InstalledPlugin> all = m_store->list(*m_store->checkingContext());
    ui::LoadedPlugins loaded = ui::PluginRuntime::load(all, m_services, {}, nullptr);
    QVERIFY(loaded.errors.value(u"cn.taxbox.broken-tool"_s).contains(u"not a Taxbox plugin"_s));
    QStringList opened;
    for (ui::PluginPage *page : std::as_const(loaded.pages))
        opened.append(page->plugin().manifest.id);
    qDeleteAll(loaded.pages);
    opened.sort();
    QCOMPARE(opened, (QStringList{u"cn.example.hostile"_s, u"cn.taxbox.property-tax"_s, u"cn.taxbox.registration-guide"_s}));
    // A kiosk: only what is on its allow-list.
    ui::PluginRuntime::Options kiosk;
    kiosk.allowList = QStringList{u"cn.taxbox.registration-guide"_s};
    ui::LoadedPlugins atKiosk = ui::PluginRuntime::load(all, m_services, kiosk, nullptr);
    QCOMPARE(atKiosk.pages.size(), 1);
    QCOMPARE(atKiosk.pages.first()->plugin().manifest.id, u"cn.taxbox.registration-guide"_s);
    QVERIFY(atKiosk.errors.value(u"cn.taxbox.property-tax"_s).contains(u"allow-list"_s));
    qDeleteAll(atKiosk.pages);
}

int main(int argc, char **argv)
{
    // QtWebEngine: the plugin scheme before the application; as root (CI) Chromium's sandbox cannot start.
    ui::registerPluginScheme();
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestFirstPartyPlugins test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFirstPartyPlugins.moc"
