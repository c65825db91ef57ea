// The 应用广场 page as a person uses it: a package file previewed with its publisher and each permission in
// words, nothing ticked; installed with only what was ticked; a tampered package shown with the reason and not
// installable; disable, enable and remove; a file changed after installing shows the plugin broken. And the firm's
// square on a real taxbox-server: searched (pinyin initials too), downloaded with progress, previewed and installed
// with the grants ticked, an update shown as waiting.

#include "../core/PackageFixtures.h"
#include "FindChild.h"
#include "LocalWorkspace.h"
#include "square/SquarePage.h"
#ifdef TAXBOX_SERVER
#include "../server/ServerProcess.h"
#include "sync/SyncClient.h"
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextDocument>
#endif

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::ui;
using taxbox::test::find;

class TestSquarePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto local = test::createLocalWorkspace(m_dir.filePath(u"ws"_s));
        m_session = std::move(local.session);
    }

    void installWhatWasGrantedAndSeeTheState()
    {
        testing::PackageFixture fixture{m_dir.path()};
        SquarePage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!find<QPushButton>(&page, u"squareFromFile"_s)->isEnabled()); // nobody signed in
        page.setSession(m_session.get());
        page.setContext(fixture.context());
        QVERIFY(find<QPushButton>(&page, u"squareFromFile"_s)->isEnabled());

        // A package changed after signing: the reason, no install button.
        const QString tampered = fixture.build(u"tampered.tbx"_s, fixture.manifest(u"1.0.0"_s, fixture.files()),
                                               testing::PackageFixture::files(u"0.5"_s));
        QVERIFY(!page.preview(tampered));
        QVERIFY(find<QLabel>(&page, u"squareError"_s)->text().contains(u"is not the file the publisher signed"_s));
        QVERIFY(!find<QPushButton>(&page, u"squareInstall"_s)->isEnabled());

        const QString good = fixture.build(u"good.tbx"_s, fixture.manifest(u"1.0.0"_s, fixture.files()), fixture.files());
        QVERIFY(page.preview(good));
        QVERIFY(find<QTextBrowser>(&page, u"squarePackage"_s)->toPlainText().contains(u"Property tax 1.0.0"_s));
        auto *permissions = find<QListWidget>(&page, u"squarePermissions"_s);
        QCOMPARE(permissions->count(), 2);
        QCOMPARE(permissions->item(0)->text(), u"Run Taxbox's tax calculators"_s);
        QCOMPARE(permissions->item(0)->checkState(), Qt::Unchecked);
        permissions->item(0)->setCheckState(Qt::Checked); // grant the calculators only
        QTest::mouseClick(find<QPushButton>(&page, u"squareInstall"_s), Qt::LeftButton);
        auto *installed = find<QTableWidget>(&page, u"squareInstalled"_s);
        QCOMPARE(installed->rowCount(), 1);
        QCOMPARE(installed->item(0, 0)->text(), u"Property tax"_s);
        QCOMPARE(installed->item(0, 3)->text(), u"In use"_s);
        QCOMPARE(installed->item(0, 4)->text(), u"Run Taxbox's tax calculators"_s);
        find<QTabWidget>(&page, u"squareTabs"_s)->setCurrentIndex(1); // the Installed tab

        // Disabled, enabled, then a file changed on disk: broken, with the file named.
        QVERIFY(page.select(u"cn.taxbox.property-tax"_s));
        QTest::mouseClick(find<QPushButton>(&page, u"squareDisable"_s), Qt::LeftButton);
        QCOMPARE(installed->item(0, 3)->text(), u"Disabled"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"squareEnable"_s), Qt::LeftButton);
        QCOMPARE(installed->item(0, 3)->text(), u"In use"_s);
        QFile readme(m_dir.filePath(u"ws/plugins/cn.taxbox.property-tax/1.0.0/files/README.md"_s));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("changed");
        readme.close();
        page.refresh();
        QVERIFY(installed->item(0, 3)->text().startsWith(u"Broken"_s));
        QVERIFY(installed->item(0, 3)->text().contains(u"README.md"_s));
        QCOMPARE(installed->item(0, 4)->text(), u"Nothing"_s);
        QVERIFY(page.select(u"cn.taxbox.property-tax"_s));
        QTest::mouseClick(find<QPushButton>(&page, u"squareRemove"_s), Qt::LeftButton);
        QCOMPARE(installed->rowCount(), 0);
    }

#ifdef TAXBOX_SERVER
    void theFirmsSquareIsSearchedDownloadedAndInstalled()
    {
        QProcess server;
        const QString data = m_dir.filePath(u"server"_s);
        const QUrl url = test::startServerWithMember(server, data, u"91350100M000100Y43"_s, m_dir.filePath(u"server.log"_s));
        QVERIFY(url.isValid());
        testing::PackageFixture publisher{m_dir.path()};
        // Two screenshots: a real PNG and a file that only says it is one (left out, never a crash).
        QImage picture(640, 400, QImage::Format_RGB32);
        picture.fill(QColor(0x1f, 0x6f, 0xb2));
        QByteArray png;
        QBuffer pngBuffer(&png);
        QVERIFY(pngBuffer.open(QIODevice::WriteOnly) && picture.save(&pngBuffer, "PNG"));
        QMap<QString, QByteArray> files = publisher.files();
        files.insert(u"images/main.png"_s, png);
        files.insert(u"images/broken.png"_s, QByteArray("\x89PNG not really"));
        const auto publish = [&](const QString &version) {
            QJsonObject manifest = publisher.manifest(version, files);
            manifest.insert(u"screenshots"_s, QJsonArray{u"images/main.png"_s, u"images/broken.png"_s});
            const QString path = publisher.build(u"square-"_s + version + u".tbx"_s, manifest, files,
                                                 [](QList<testing::Entry> &entries) { entries.removeAt(2); });
            return test::serverAdmin({u"--data"_s, data, u"square"_s, u"publish"_s, path}) == 0
                && test::serverAdmin({u"--data"_s, data, u"square"_s, u"approve"_s, u"cn.taxbox.property-tax"_s, version}) == 0;
        };
        QVERIFY(publish(u"1.0.0"_s));
        sync::SyncClient::Options options;
        options.server = url;
        auto login = sync::SyncClient(options).login(u"王会计"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
        QVERIFY(login);

        SquarePage page;
        page.resize(1100, 700);
        page.show();
        page.setSession(m_session.get());
        auto *catalogue = find<QTableWidget>(&page, u"squareCatalogue"_s);
        // Not signed in to the server: said so, nothing read.
        page.refreshCatalogue();
        QVERIFY(find<QLabel>(&page, u"squareError"_s)->text().contains(u"Sign in"_s));
        page.setServerAccess([&]() -> std::optional<SquarePage::ServerAccess> {
            return SquarePage::ServerAccess{options, *login};
        });
        QSignalSpy read(&page, &SquarePage::catalogueFinished);
        find<QLineEdit>(&page, u"squareSearch"_s)->setText(u"fcs"_s); // 房产税计算's initials
        QTest::mouseClick(find<QPushButton>(&page, u"squareRefresh"_s), Qt::LeftButton);
        QVERIFY(read.wait(20000));
        QCOMPARE(read.takeFirst().at(0).toBool(), true);
        QCOMPARE(catalogue->rowCount(), 1);
        QCOMPARE(catalogue->item(0, 0)->text(), u"Property tax"_s);
        QCOMPARE(catalogue->item(0, 3)->text(), u"Not installed"_s);
        find<QLineEdit>(&page, u"squareSearch"_s)->setText(u"nothing-like-it"_s);
        page.refreshCatalogue();
        QVERIFY(read.wait(20000));
        QCOMPARE(catalogue->rowCount(), 0);
        find<QLineEdit>(&page, u"squareSearch"_s)->clear();
        page.refreshCatalogue();
        QVERIFY(read.wait(20000));

        // Got: downloaded with a progress bar, then shown as a file is, nothing ticked; installed with what was ticked.
        QSignalSpy shots(&page, &SquarePage::screenshotsShown);
        QVERIFY(page.selectCatalogue(u"cn.taxbox.property-tax"_s));
        auto *details = find<QTextBrowser>(&page, u"squarePackage"_s);
        QVERIFY(details->toPlainText().contains(u"Run Taxbox's tax calculators"_s));
        // The details show the screenshot the square sent, checked against the signed hash and made small.
        QVERIFY(shots.wait(20000));
        QCOMPARE(shots.takeFirst().at(0).toInt(), 1);
        const QUrl first(u"taxbox-shot:/cn.taxbox.property-tax/0"_s);
        const QImage shown = details->document()->resource(QTextDocument::ImageResource, first).value<QImage>();
        QVERIFY(shown.width() <= std::min(320, details->viewport()->width()) && shown.width() >= 160);
        QVERIFY(std::abs(shown.width() * 400 - shown.height() * 640) <= 640); // made small, not distorted
        QVERIFY(details->toHtml().contains(first.toString()));
        QSignalSpy downloaded(&page, &SquarePage::downloadFinished);
        QTest::mouseClick(find<QPushButton>(&page, u"squareGet"_s), Qt::LeftButton);
        QVERIFY(downloaded.wait(20000));
        QCOMPARE(downloaded.takeFirst().at(0).toBool(), true);
        // The downloaded package's preview shows it too, read from the verified file.
        QCOMPARE(shots.size(), 1);
        QCOMPARE(shots.takeFirst().at(0).toInt(), 1);
        QVERIFY(details->toHtml().contains(first.toString()));
        QVERIFY(!details->document()->resource(QTextDocument::ImageResource, first).value<QImage>().isNull());
        auto *permissions = find<QListWidget>(&page, u"squarePermissions"_s);
        QCOMPARE(permissions->count(), 2);
        QCOMPARE(permissions->item(0)->checkState(), Qt::Unchecked);
        permissions->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(find<QPushButton>(&page, u"squareInstall"_s), Qt::LeftButton);
        auto *installed = find<QTableWidget>(&page, u"squareInstalled"_s);
        QCOMPARE(installed->rowCount(), 1);
        QCOMPARE(installed->item(0, 3)->text(), u"In use"_s);
        QCOMPARE(catalogue->item(0, 3)->text(), u"Installed"_s);
        QVERIFY(!find<QPushButton>(&page, u"squareGet"_s)->isEnabled()); // nothing newer to get

        // A newer version on the square: an update waiting, on the row and on the tab.
        QVERIFY(publish(u"1.1.0"_s));
        page.refreshCatalogue();
        QVERIFY(read.wait(20000));
        QCOMPARE(catalogue->item(0, 3)->text(), u"1.0.0 installed: update waiting"_s);
        QCOMPARE(page.updatesWaiting(), 1);
        QVERIFY(find<QTabWidget>(&page, u"squareTabs"_s)->tabText(0).contains(u"1 update"_s));
        QVERIFY(page.selectCatalogue(u"cn.taxbox.property-tax"_s));
        QCOMPARE(find<QPushButton>(&page, u"squareGet"_s)->text(), u"Update…"_s);
        QVERIFY(find<QPushButton>(&page, u"squareGet"_s)->isEnabled());
        QVERIFY(QFile::exists(m_dir.filePath(u"ws/plugins/squares.json"_s))); // the server's key, pinned
        server.terminate();
        server.waitForFinished(5000);
    }
#endif

private:
    QTemporaryDir m_dir;
    std::unique_ptr<auth::Session> m_session;
};

QTEST_MAIN(TestSquarePage)
#include "TestSquarePage.moc"
