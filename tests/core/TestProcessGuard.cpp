// What every Taxbox program does before it reads a secret (hardenProcess, takeSecretFromEnvironment),
// checked in a child process as started by a user: the password passed in TAXBOX_PASSWORD is read, then
// gone from the process's own environment block (/proc/self/environ, what other tools and core dumps
// see) and from getenv; the process is not dumpable; a file it creates is the owner's alone.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

class TestProcessGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSecretFromTheEnvironmentIsWipedAndTheProcessHardened();
};

void TestProcessGuard::aSecretFromTheEnvironmentIsWipedAndTheProcessHardened()
{
#ifndef Q_OS_LINUX
    QSKIP("/proc and PR_SET_DUMPABLE are Linux's");
#else
    const QByteArray marker = "correct-horse-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TAXBOX_PASSWORD"_s, QString::fromLatin1(marker));
    QByteArray reversed = marker;
    std::reverse(reversed.begin(), reversed.end());
    environment.insert(u"TAXBOX_PROBE_REVERSED"_s, QString::fromLatin1(reversed));
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral(SECRET_PROBE), {});
    QVERIFY(probe.waitForFinished(30000));
    const QJsonObject report = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    QVERIFY2(!report.isEmpty(), probe.readAllStandardError().constData());
    QCOMPARE(report.value(u"secret_read"_s).toBool(), true);
    QCOMPARE(report.value(u"in_environ_before"_s).toBool(), true); // the check sees what it looks for
    QCOMPARE(report.value(u"in_environ_after"_s).toBool(), false);
    QCOMPARE(report.value(u"getenv_after"_s).toBool(), false);
    QCOMPARE(report.value(u"file_mode"_s).toInt() & 0x0077, 0); // no group or other bits (QFileDevice::Permissions)
#if !defined(__SANITIZE_ADDRESS__)
    QCOMPARE(report.value(u"dumpable"_s).toInt(), 0);
#endif
#endif
}

QTEST_GUILESS_MAIN(TestProcessGuard)
#include "TestProcessGuard.moc"
