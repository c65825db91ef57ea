// taxbox-cli plugin …, run as a process: a package this release's square did not countersign is refused by
// `verify` and `install` with the reason in the user's language, as is one that reaches outside its folder;
// installing needs a person signed in; an unverifiable revocation list is not ignored; remove names what is not
// installed. (Installing packages the square approved is tested in TestPackages with a test square key.)

#include "../core/PackageFixtures.h"
#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPluginCommands : public QObject
{
    Q_OBJECT

private slots:
    void packagesFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        const QMap<QString, QByteArray> password{{u"TAXBOX_PASSWORD"_s, "correct horse battery"}};
        auto cli = [&](QStringList arguments, const QMap<QString, QByteArray> &environment = {}) {
            arguments << u"--workspace"_s << ws;
            return runCli(arguments, {}, u"C.UTF-8"_s, environment);
        };
        QCOMPARE(cli({u"workspace"_s, u"init"_s, u"--user"_s, u"王会计"_s}, password).exitCode, 0);

        taxbox::testing::PackageFixture fixture{dir.path()};
        const QString package = fixture.build(u"tool.tbx"_s, fixture.manifest(u"1.0.0"_s, fixture.files()), fixture.files());
        const Run verified = cli({u"--lang"_s, u"zh_CN"_s, u"plugin"_s, u"verify"_s, package});
        QCOMPARE(verified.exitCode, 1);
        QCOMPARE(verified.errorJson().value(u"code"_s).toString(), u"not_reviewed"_s);
        QCOMPARE(verified.errorJson().value(u"message"_s).toString(),
                 u"tool.tbx 不能安装：应用广场复签校验失败：未经应用广场批准。"_s);
        const QString slip = fixture.build(u"slip.tbx"_s, fixture.manifest(u"1.0.0"_s, fixture.files()), fixture.files(),
                                           [](QList<taxbox::testing::Entry> &entries) {
                                               entries.append({u"../../evil"_s, "x"});
                                           });
        QCOMPARE(cli({u"plugin"_s, u"verify"_s, slip}).errorJson().value(u"code"_s).toString(), u"unsafe_path"_s);

        // Installing changes the workspace: without the password nothing happens.
        QCOMPARE(cli({u"plugin"_s, u"install"_s, package}).errorJson().value(u"code"_s).toString(), u"password_missing"_s);
        QCOMPARE(cli({u"plugin"_s, u"install"_s, package}, password).errorJson().value(u"code"_s).toString(), u"not_reviewed"_s);
        QVERIFY(cli({u"plugin"_s, u"list"_s}).outJson().value(u"plugins"_s).toArray().isEmpty());
        QVERIFY(!QFileInfo::exists(ws + u"/plugins/cn.taxbox.property-tax"_s));
        QCOMPARE(cli({u"plugin"_s, u"remove"_s, u"cn.taxbox.property-tax"_s}, password).errorJson().value(u"code"_s).toString(),
                 u"not_installed"_s);
        QCOMPARE(cli({u"plugin"_s, u"verify"_s}).exitCode, 2);

        // A revocation list that does not verify is an error, never silently ignored.
        QVERIFY(QDir().mkpath(ws + u"/plugins"_s));
        QFile list(ws + u"/plugins/revocations.json"_s);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(R"({"revoked":[]})");
        list.close();
        QFile signature(ws + u"/plugins/revocations.json.sig"_s);
        QVERIFY(signature.open(QIODevice::WriteOnly));
        signature.write("AAAA");
        signature.close();
        QCOMPARE(cli({u"plugin"_s, u"list"_s}).errorJson().value(u"code"_s).toString(), u"revocations_unsigned"_s);
    }
};

QTEST_GUILESS_MAIN(TestPluginCommands)
#include "TestPluginCommands.moc"
