// The 应用广场 page as a person uses it: a package file previewed with its publisher and each permission in
// words, nothing ticked; installed with only what was ticked; a tampered package shown with the reason and not
// installable; disable, enable and remove; a file changed after installing shows the plugin broken.

#include "../core/PackageFixtures.h"
#include "FindChild.h"
#include "LocalWorkspace.h"
#include "square/SquarePage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<auth::Session> m_session;
};

QTEST_MAIN(TestSquarePage)
#include "TestSquarePage.moc"
