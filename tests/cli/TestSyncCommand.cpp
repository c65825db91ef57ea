// taxbox-cli sync against the real taxbox-server on loopback: delivery, a number range, a conflict
// (exit 4 until a person settles it), a refused server account (exit 3), and plain http to another
// machine refused before any password is read.

#include "../server/ServerProcess.h"
#include "CliRun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QMap<QString, QByteArray> kSecrets{{u"TAXBOX_PASSWORD"_s, "correct horse"}, {u"TAXBOX_SERVER_PASSWORD"_s, "correct horse"}};
const auto kCreditCode = u"91350100M000100Y43"_s;
} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deliversAndGrantsNumbers();
    void aConflictExitsFourUntilSettled();
    void refusals();

private:
    QString workspace(const QString &name);
    Run sync(const QString &workspacePath, const QStringList &extra = {}, const QMap<QString, QByteArray> &secrets = kSecrets);
    void editEnterprise(const QString &workspacePath, const QString &name);

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
};

void TestSyncCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_url
        = taxbox::test::startServerWithMember(m_server, m_dir.filePath(u"server"_s), kCreditCode, m_dir.filePath(u"server.log"_s))
              .toString();
    QVERIFY(!m_url.isEmpty());
}

void TestSyncCommand::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(5000);
}

QString TestSyncCommand::workspace(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (runCli({u"workspace"_s, u"init"_s, u"--workspace"_s, path, u"--user"_s, u"王会计"_s}, {}, u"C.UTF-8"_s, kSecrets).exitCode
        != 0)
        qFatal("workspace init failed");
    const QByteArray enterprise
        = R"({"name":"福州闽江贸易有限公司","credit_code":"91350100M000100Y43","taxpayer_kind":"general","region":"350100"})";
    if (runCli({u"enterprise"_s, u"add"_s, u"--workspace"_s, path}, enterprise, u"C.UTF-8"_s, kSecrets).exitCode != 0)
        qFatal("enterprise add failed");
    return path;
}

Run TestSyncCommand::sync(const QString &workspacePath, const QStringList &extra, const QMap<QString, QByteArray> &secrets)
{
    return runCli(QStringList{u"sync"_s, u"--workspace"_s, workspacePath, u"--server"_s, m_url, u"--server-user"_s, u"王会计"_s}
                      + extra,
                  {}, u"C.UTF-8"_s, secrets);
}

void TestSyncCommand::editEnterprise(const QString &workspacePath, const QString &name)
{
    const QByteArray edit = QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson(QJsonDocument::Compact);
    const Run edited
        = runCli({u"enterprise"_s, u"edit"_s, kCreditCode, u"--workspace"_s, workspacePath}, edit, u"C.UTF-8"_s, kSecrets);
    if (edited.exitCode != 0)
        qFatal("enterprise edit failed: %s", edited.err.constData());
}

void TestSyncCommand::deliversAndGrantsNumbers()
{
    const QString path = workspace(u"ws-a"_s);
    const Run first = sync(path, {u"--numbers"_s, u"digital_invoice:50"_s});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject report = first.outJson().value(u"enterprises"_s).toArray().first().toObject();
    QCOMPARE(report.value(u"accepted"_s).toInt(), 1); // enterprise.created
    QCOMPARE(report.value(u"pending"_s).toInt(), 0);
    const QJsonObject numbers = report.value(u"numbers"_s).toObject();
    QCOMPARE(numbers.value(u"last"_s).toInteger() - numbers.value(u"first"_s).toInteger(), 49);
    // Again: nothing to send; the next range follows the first.
    const Run again = sync(path, {u"--numbers"_s, u"digital_invoice:50"_s});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject second = again.outJson().value(u"enterprises"_s).toArray().first().toObject();
    QCOMPARE(second.value(u"sent"_s).toInt(), 0);
    QCOMPARE(second.value(u"numbers"_s).toObject().value(u"first"_s).toInteger(), numbers.value(u"last"_s).toInteger() + 1);
    // A malformed --numbers is a usage error before anything is asked.
    QCOMPARE(sync(path, {u"--numbers"_s, u"digital_invoice"_s}).exitCode, 2);
}

void TestSyncCommand::aConflictExitsFourUntilSettled()
{
    const QString office = workspace(u"ws-office"_s);
    const QString laptop = workspace(u"ws-laptop"_s);
    QCOMPARE(sync(office).exitCode, 0);
    QCOMPARE(sync(laptop).exitCode, 0);
    // Both change the enterprise's details offline; the office syncs first.
    editEnterprise(office, u"福州闽江贸易有限公司（办公室）"_s);
    editEnterprise(laptop, u"福州闽江贸易有限公司（笔记本）"_s);
    QCOMPARE(sync(office).exitCode, 0);
    const Run clash = sync(laptop);
    QCOMPARE(clash.exitCode, 4);
    QCOMPARE(clash.errorJson().value(u"code"_s).toString(), u"sync_conflict"_s);
    QCOMPARE(clash.outJson().value(u"enterprises"_s).toArray().first().toObject().value(u"conflicts"_s).toInt(), 1);
    // Still 4 on the next run: the conflict waits for a person.
    const Run still = sync(laptop);
    QCOMPARE(still.exitCode, 4);
    QCOMPARE(still.outJson().value(u"enterprises"_s).toArray().first().toObject().value(u"open_conflicts"_s).toInt(), 1);
}

void TestSyncCommand::refusals()
{
    const QString path = workspace(u"ws-refused"_s);
    QMap<QString, QByteArray> wrong = kSecrets;
    wrong.insert(u"TAXBOX_SERVER_PASSWORD"_s, "wrong horse");
    const Run refused = sync(path, {}, wrong);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(!refused.err.contains("wrong horse"));
    const Run plain = runCli(
        {u"sync"_s, u"--workspace"_s, path, u"--server"_s, u"http://taxbox.example.com"_s, u"--server-user"_s, u"王会计"_s}, {},
        u"C.UTF-8"_s, kSecrets);
    QCOMPARE(plain.errorJson().value(u"code"_s).toString(), u"tls_required"_s);
    // A pin cannot hold on plain http (loopback): refused rather than silently ignored.
    const Run pinned = sync(path, {u"--pin"_s, u"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s});
    QCOMPARE(pinned.errorJson().value(u"code"_s).toString(), u"pin_requires_https"_s);
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "TestSyncCommand.moc"
