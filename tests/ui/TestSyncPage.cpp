// The 数据同步 page against the real taxbox-server on loopback, driven through its widgets: the
// unified login's server sign-in, "sync now", the per-item history, the status-bar indicator, a
// conflict settled with "keep this computer's version", and a refused sign-in that leaves the app
// working offline.

#include "FindChild.h"
#include "LocalWorkspace.h"
#include "sync/SyncPage.h"

#include "../server/ServerProcess.h"

#include "auth/Settings.h"
#include "auth/Workspace.h"
#include "base/Translations.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using taxbox::test::find;
using namespace taxbox;
using namespace taxbox::ui;

namespace {

const auto kCreditCode = u"91350100M000100Y43"_s;

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInSyncAndSettleAConflict();

private:
    QStringList states(QTableWidget *table, const QString &type);

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<auth::Session> m_session;
    QString m_enterpriseId;
};

QStringList TestSyncPage::states(QTableWidget *table, const QString &type)
{
    QStringList list;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->data(Qt::UserRole).toString() == type)
            list << table->item(row, 3)->text();
    }
    return list;
}

void TestSyncPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"sync"_s);
    QVERIFY(m_dir.isValid());
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->install(Language::English));
    // The same account name and password on the server as on this computer: one login for both.
    m_url = test::startServerWithMember(m_server, m_dir.filePath(u"server"_s), kCreditCode, m_dir.filePath(u"server.log"_s))
                .toString();
    QVERIFY(!m_url.isEmpty());

    auto local = test::createLocalWorkspace(m_dir.filePath(u"ws"_s), kCreditCode);
    m_session = std::move(local.session);
    m_enterpriseId = local.enterpriseId;
}

void TestSyncPage::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(5000))
        m_server.kill();
}

void TestSyncPage::signInSyncAndSettleAConflict()
{
    SyncPage page;
    page.resize(1100, 700);
    page.show();
    QSignalSpy indicator(&page, &SyncPage::indicatorChanged);
    QSignalSpy signedIn(&page, &SyncPage::signInFinished);
    QSignalSpy synced(&page, &SyncPage::syncFinished);
    page.setEnterprise(m_session.get(), m_enterpriseId);
    auto *table = find<QTableWidget>(&page, u"syncItems"_s);
    auto *syncNow = find<QPushButton>(&page, u"syncNow"_s);
    QVERIFY(find<QLabel>(&page, u"syncState"_s)->text().contains(u"No server is set up"));
    QCOMPARE(page.indicatorText(), u"Sync: offline, 1 waiting"_s); // the enterprise's creation is queued
    QCOMPARE(states(table, u"enterprise.created"_s), QStringList{u"Waiting"_s});
    QVERIFY(!syncNow->isEnabled());
    QVERIFY(!find<QPushButton>(&page, u"requestNumbers"_s)->isEnabled());

    // A refused sign-in (wrong password typed on the page): the app keeps working offline.
    auto *server = find<QLineEdit>(&page, u"syncServer"_s);
    server->setFocus();
    QTest::keyClicks(server, m_url);
    QTest::keyClick(server, Qt::Key_Return);
    // Kept as this account's own setting (sealed to its key), not the computer's.
    QVERIFY(!QSettings().contains(u"sync/server"_s));
    QCOMPARE(auth::AccountSettings::load(*m_session)->value(u"sync/server"_s).toString(), m_url);
    // The account field left empty: its placeholder promises this computer's account, and that is used.
    QVERIFY(find<QLineEdit>(&page, u"syncAccount"_s)->text().isEmpty());
    QTest::keyClicks(find<QLineEdit>(&page, u"syncPassword"_s), u"wrong horse"_s);
    QTest::mouseClick(find<QPushButton>(&page, u"syncSignIn"_s), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(&page, u"syncAccount"_s)->text(), m_session->userName());
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(signedIn.last().first().toBool(), false);
    QVERIFY(find<QLabel>(&page, u"syncState"_s)->text().contains(u"Not signed in"));
    QVERIFY(find<QLineEdit>(&page, u"syncPassword"_s)->text().isEmpty());

    // The unified login hands over the workspace password; signed in, the page syncs by itself.
    page.signIn(u"王会计"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(signedIn.last().first().toBool(), true);
    QVERIFY(synced.wait(20000));
    QVERIFY(syncNow->isEnabled());
    QCOMPARE(states(table, u"enterprise.created"_s), QStringList{u"Received"_s});
    QCOMPARE(page.indicatorText(), u"Sync: up to date"_s);
    QCOMPARE(indicator.last().first().toString(), u"Sync: up to date"_s);

    // Invoice numbers for this computer: a signed range, kept with its offline limits.
    QSignalSpy numbers(&page, &SyncPage::numbersFinished);
    find<QSpinBox>(&page, u"numberCount"_s)->setValue(100);
    QTest::mouseClick(find<QPushButton>(&page, u"requestNumbers"_s), Qt::LeftButton);
    QVERIFY(numbers.wait(20000));
    QCOMPARE(numbers.last().first().toBool(), true);
    auto *grants = find<QTableWidget>(&page, u"numberGrants"_s);
    QCOMPARE(grants->rowCount(), 1);
    QCOMPARE(grants->item(0, 1)->text(), u"1 – 100"_s);
    QCOMPARE(grants->item(0, 2)->text(), u"100"_s);
    QVERIFY(grants->item(0, 3)->text().contains(u"168 hours"));

    // Another computer closes March first; this one closes it offline too.
    const auto closeMarch = [](store::EnterpriseStore &store, const QString &by) {
        auto transaction = store::Transaction::begin(store.database());
        QVERIFY(store.recordChange({u"close"_s,
                                    u"payroll_month"_s,
                                    u"2026-03"_s,
                                    {},
                                    QJsonObject{{u"by"_s, by}},
                                    u"payroll.month_closed"_s,
                                    u"payroll-month:2026-03"_s}));
        QVERIFY(transaction->commit());
    };
    {
        auto other = store::EnterpriseStore::create(m_dir.filePath(u"other.db"_s), crypto::SecureBytes::random(32), u"e9"_s,
                                                    *(*m_session->openEnterprise(m_enterpriseId))->profile(),
                                                    {u"u9"_s, u"李会计"_s, Role::Admin});
        QVERIFY(other);
        closeMarch(**other, u"li"_s);
        sync::SyncClient::Options options;
        options.server = QUrl(m_url);
        sync::SyncClient client(options);
        auto login = client.login(u"王会计"_s, crypto::SecureBytes::fromUtf8(u"correct horse"_s));
        QVERIFY(login);
        QCOMPARE(client.syncEnterprise(**other, kCreditCode, *login).accepted, 2);
    }
    {
        auto mine = m_session->openEnterprise(m_enterpriseId);
        QVERIFY(mine);
        closeMarch(**mine, u"wang"_s);
    }
    page.refresh();
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(synced.wait(20000));
    QCOMPARE(states(table, u"payroll.month_closed"_s), QStringList{u"Conflict: decide"_s});
    QCOMPARE(page.indicatorText(), u"Sync: 1 in conflict"_s);

    // Nothing selected, nothing to decide; select the conflict and keep this computer's version.
    auto *keepMine = find<QPushButton>(&page, u"keepMine"_s);
    QVERIFY(!keepMine->isEnabled());
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 3)->text() == u"Conflict: decide")
            table->selectRow(row);
    }
    QVERIFY(keepMine->isEnabled());
    QVERIFY(table->item(table->currentRow(), 5)->text().contains(u"Changed on the server"));
    QCOMPARE(table->item(table->currentRow(), 1)->text(), u"Payroll month closed"_s);
    QCOMPARE(table->item(table->currentRow(), 2)->text(), u"Payroll 2026-03"_s);
    QTest::mouseClick(keepMine, Qt::LeftButton);
    QCOMPARE(states(table, u"payroll.month_closed"_s), (QStringList{u"Waiting"_s, u"Conflict: this computer's version kept"_s}));
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(synced.wait(20000));
    QCOMPARE(states(table, u"payroll.month_closed"_s), (QStringList{u"Received"_s, u"Conflict: this computer's version kept"_s}));
    QCOMPARE(page.indicatorText(), u"Sync: up to date"_s);

    // A range retired by a restore shows no numbers left, and why.
    {
        auto store = m_session->openEnterprise(m_enterpriseId);
        QVERIFY(store);
        QVERIFY(sync::SyncLedger(**store).retireGrants(u"restored"_s));
    }
    page.setEnterprise(m_session.get(), m_enterpriseId);
    QVERIFY2(grants->item(0, 2)->text().contains(u"restored from a backup"_s), qPrintable(grants->item(0, 2)->text()));

    // Locking forgets the server session.
    page.setEnterprise(nullptr, {});
    QVERIFY(!page.isSignedIn());
}

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
