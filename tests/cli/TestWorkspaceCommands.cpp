// Drives the real taxbox-cli binary through the workspace commands: init, enterprises, passwords,
// recovery, backup and restore. Secrets travel only in the environment or on standard input.

#include "CliRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCodeA = u"91350100M000100Y43"_s;
const QString kCodeB = u"91110108551385082Q"_s;
const QByteArray kPassword = "correct horse battery";

/// taxbox-cli with `secrets` in its environment.
Run runSecret(const QStringList &arguments, const QMap<QString, QByteArray> &secrets = {}, const QByteArray &input = {})
{
    return runCli(arguments, input, u"C.UTF-8"_s, secrets);
}

QByteArray enterpriseJson(const QString &name, const QString &code)
{
    return QJsonDocument(QJsonObject{{u"name"_s, name},
                                     {u"credit_code"_s, code},
                                     {u"taxpayer_kind"_s, u"general"_s},
                                     {u"region"_s, u"350100"_s},
                                     {u"address"_s, u"福州市鼓楼区五四路1号"_s},
                                     {u"phone"_s, u"0591-87654321"_s},
                                     {u"bank"_s, u"中国工商银行福州分行"_s},
                                     {u"bank_account"_s, u"1402020009001234567"_s}})
        .toJson(QJsonDocument::Compact);
}

/// SHA-256 of every file below `directory`, by relative path; the back-off state is left out.
QMap<QString, QByteArray> snapshot(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u"login-throttle.json"_s))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        files.insert(QDir(directory).relativeFilePath(path),
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

class TestWorkspaceCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void initPrintsTheRecoveryKeyOnce();
    void enterpriseAddListShowEdit();
    void duplicateAndInvalidEnterprisesAreRefusedByField();
    void wrongPasswordExitsThreeAndChangesNothing();
    void passwordOnStandardInputBeforeTheJson();
    void passwordIsNeverAnOption();
    void passwdThenRecover();
    void viewerCannotEdit();
    void backupAndRestoreOnAnotherMachine();
    void restoreOfADamagedBackupLeavesTheWorkspace();

private:
    QStringList inWorkspace(QStringList arguments) const { return arguments << u"--workspace"_s << m_workspace; }
    void initialise();
    QString addEnterprise(const QString &name, const QString &code);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QString m_recoveryKey;
};

void TestWorkspaceCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"workspace"_s);
    m_recoveryKey.clear();
}

void TestWorkspaceCommands::initialise()
{
    const Run run
        = runSecret(inWorkspace({u"workspace"_s, u"init"_s, u"--user"_s, u"王会计"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_recoveryKey = run.outJson().value(u"recovery_key"_s).toString();
}

QString TestWorkspaceCommands::addEnterprise(const QString &name, const QString &code)
{
    const Run run
        = runSecret(inWorkspace({u"enterprise"_s, u"add"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}}, enterpriseJson(name, code));
    if (run.exitCode != 0)
        qWarning("enterprise add failed: %s", run.err.constData());
    return run.outJson().value(u"id"_s).toString();
}

void TestWorkspaceCommands::initPrintsTheRecoveryKeyOnce()
{
    initialise();
    QCOMPARE(m_recoveryKey.split(u'-').size(), 11);
    QVERIFY(QFile::exists(m_workspace + u"/keyring.json"_s));

    // A second init refuses to replace the workspace and prints no new key.
    const Run again
        = runSecret(inWorkspace({u"workspace"_s, u"init"_s, u"--user"_s, u"李四"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.isEmpty());
    QCOMPARE(again.errorJson().value(u"code"_s).toString(), u"workspace_exists"_s);

    // Without --user the command is a usage error; without a password it names the missing secret.
    QCOMPARE(runSecret({u"workspace"_s, u"init"_s, u"--workspace"_s, m_dir->filePath(u"other"_s)}).exitCode, 2);
    const Run noPassword
        = runSecret({u"workspace"_s, u"init"_s, u"--user"_s, u"x"_s, u"--workspace"_s, m_dir->filePath(u"other"_s)});
    QCOMPARE(noPassword.exitCode, 1);
    QCOMPARE(noPassword.errorJson().value(u"field"_s).toString(), u"password"_s);
    QVERIFY(!QFile::exists(m_dir->filePath(u"other"_s) + u"/keyring.json"_s));
}

void TestWorkspaceCommands::enterpriseAddListShowEdit()
{
    initialise();
    const QString id = addEnterprise(u"福州闽江贸易有限公司"_s, kCodeA);
    QVERIFY(!id.isEmpty());
    addEnterprise(u"北京朝阳科技有限公司"_s, kCodeB);

    const Run list = runSecret(inWorkspace({u"enterprise"_s, u"list"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray enterprises = list.outJson().value(u"enterprises"_s).toArray();
    QCOMPARE(enterprises.size(), 2);
    QStringList codes;
    for (const auto &value : enterprises) {
        codes << value.toObject().value(u"credit_code"_s).toString();
        QCOMPARE(value.toObject().value(u"role"_s).toString(), u"admin"_s);
    }
    QCOMPARE(codes.size(), 2);
    QVERIFY(codes.contains(kCodeA) && codes.contains(kCodeB));

    const QByteArray change = QJsonDocument(QJsonObject{{u"tax_office"_s, u"国家税务总局福州市鼓楼区税务局"_s}}).toJson();
    const Run edit = runSecret(inWorkspace({u"enterprise"_s, u"edit"_s, kCodeA}), {{u"TAXBOX_PASSWORD"_s, kPassword}}, change);
    QVERIFY2(edit.exitCode == 0, edit.err.constData());
    QCOMPARE(edit.outJson().value(u"tax_office"_s).toString(), u"国家税务总局福州市鼓楼区税务局"_s);
    QCOMPARE(edit.outJson().value(u"name"_s).toString(), u"福州闽江贸易有限公司"_s);

    // show by id: the profile and the audit trail, newest change naming the field that changed.
    const Run show = runSecret(inWorkspace({u"enterprise"_s, u"show"_s, id}), {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.outJson().value(u"tax_office"_s).toString(), u"国家税务总局福州市鼓楼区税务局"_s);
    const QJsonArray audit = show.outJson().value(u"audit"_s).toArray();
    QCOMPARE(audit.size(), 2);
    bool sawEdit = false;
    for (const auto &entry : audit) {
        const QJsonObject object = entry.toObject();
        QCOMPARE(object.value(u"user"_s).toString(), u"王会计"_s);
        if (object.value(u"changed_fields"_s).toArray().contains(u"tax_office"_s)) {
            sawEdit = true;
            QVERIFY(object.value(u"before_hash"_s).toString() != object.value(u"after_hash"_s).toString());
        }
    }
    QVERIFY(sawEdit);

    // Archive hides it from the list unless --all, and refuses edits until restored.
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"archive"_s, kCodeB}), {{u"TAXBOX_PASSWORD"_s, kPassword}}).exitCode, 0);
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"list"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}})
                 .outJson()
                 .value(u"enterprises"_s)
                 .toArray()
                 .size(),
             1);
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"list"_s, u"--all"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}})
                 .outJson()
                 .value(u"enterprises"_s)
                 .toArray()
                 .size(),
             2);
    const Run archivedEdit
        = runSecret(inWorkspace({u"enterprise"_s, u"edit"_s, kCodeB}), {{u"TAXBOX_PASSWORD"_s, kPassword}}, change);
    QCOMPARE(archivedEdit.exitCode, 1);
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"archive"_s, kCodeB, u"--restore"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}})
                 .exitCode,
             0);
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"edit"_s, kCodeB}), {{u"TAXBOX_PASSWORD"_s, kPassword}}, change).exitCode,
             0);

    const Run unknown
        = runSecret(inWorkspace({u"enterprise"_s, u"show"_s, u"91000000000000000X"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.errorJson().value(u"code"_s).toString(), u"unknown_enterprise"_s);
}

void TestWorkspaceCommands::duplicateAndInvalidEnterprisesAreRefusedByField()
{
    initialise();
    QVERIFY(!addEnterprise(u"福州闽江贸易有限公司"_s, kCodeA).isEmpty());
    const auto before = snapshot(m_workspace);

    const Run duplicate = runSecret(inWorkspace({u"enterprise"_s, u"add"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}},
                                    enterpriseJson(u"另一家公司"_s, kCodeA));
    QCOMPARE(duplicate.exitCode, 1);
    QCOMPARE(duplicate.errorJson().value(u"code"_s).toString(), u"duplicate_enterprise"_s);
    QCOMPARE(duplicate.errorJson().value(u"field"_s).toString(), u"credit_code"_s);
    QVERIFY(duplicate.errorJson().value(u"message"_s).toString().contains(kCodeA));

    const Run badCode = runSecret(inWorkspace({u"enterprise"_s, u"add"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}},
                                  enterpriseJson(u"坏代码公司"_s, u"91350100M000100Y53"_s));
    QCOMPARE(badCode.exitCode, 1);
    QCOMPARE(badCode.errorJson().value(u"field"_s).toString(), u"credit_code"_s);

    QByteArray unknownField = enterpriseJson(u"多字段公司"_s, kCodeB);
    unknownField.replace("\"phone\"", "\"fax\"");
    const Run unknown = runSecret(inWorkspace({u"enterprise"_s, u"add"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}}, unknownField);
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.errorJson().value(u"field"_s).toString(), u"fax"_s);

    QCOMPARE(snapshot(m_workspace), before);
}

void TestWorkspaceCommands::wrongPasswordExitsThreeAndChangesNothing()
{
    initialise();
    addEnterprise(u"福州闽江贸易有限公司"_s, kCodeA);
    const auto before = snapshot(m_workspace);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Run run = runSecret(inWorkspace({u"enterprise"_s, u"list"_s}), {{u"TAXBOX_PASSWORD"_s, "wrong password"}});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errorJson().value(u"code"_s).toString(), u"wrong_password"_s);
        QCOMPARE(run.errorJson().value(u"field"_s).toString(), u"password"_s);
        QVERIFY(!run.err.contains("wrong password"));
    }
    QCOMPARE(snapshot(m_workspace), before);
    // The right password still works (two failures are below the back-off threshold).
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"list"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}}).exitCode, 0);
}

void TestWorkspaceCommands::passwordOnStandardInputBeforeTheJson()
{
    initialise();
    const Run run = runSecret(inWorkspace({u"enterprise"_s, u"add"_s, u"--password-stdin"_s}), {},
                              kPassword + "\n" + enterpriseJson(u"福州闽江贸易有限公司"_s, kCodeA));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.outJson().value(u"credit_code"_s).toString(), kCodeA);

    const Run wrong = runSecret(inWorkspace({u"enterprise"_s, u"list"_s, u"--password-stdin"_s}), {}, "nope\n");
    QCOMPARE(wrong.exitCode, 3);
}

void TestWorkspaceCommands::passwordIsNeverAnOption()
{
    initialise();
    const Run run = runSecret(inWorkspace({u"enterprise"_s, u"list"_s, u"--password"_s, QString::fromUtf8(kPassword)}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
}

void TestWorkspaceCommands::passwdThenRecover()
{
    initialise();
    addEnterprise(u"福州闽江贸易有限公司"_s, kCodeA);
    const QString database = QDir(m_workspace + u"/enterprises"_s).entryList(QDir::Files).value(0);
    QVERIFY(!database.isEmpty());
    const auto before = snapshot(m_workspace);

    const Run weak
        = runSecret(inWorkspace({u"passwd"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}, {u"TAXBOX_NEW_PASSWORD"_s, "short"}});
    QCOMPARE(weak.exitCode, 1);
    QCOMPARE(weak.errorJson().value(u"field"_s).toString(), u"new_password"_s);

    const Run changed = runSecret(inWorkspace({u"passwd"_s, u"--password-stdin"_s}), {}, kPassword + "\nnew password 2026\n");
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    // The data files are untouched; only the keyring changed.
    const auto after = snapshot(m_workspace);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key().startsWith(u"enterprises/"_s))
            QCOMPARE(after.value(it.key()), it.value());
    }
    QVERIFY(after.value(u"keyring.json"_s) != before.value(u"keyring.json"_s));
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"list"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}}).exitCode, 3);

    // Forgot the new password: the recovery key from init sets another one and loses nothing.
    const Run wrongKey = runSecret(
        inWorkspace({u"recover"_s}),
        {{u"TAXBOX_RECOVERY_KEY"_s, QByteArray(m_recoveryKey.size(), '0')}, {u"TAXBOX_NEW_PASSWORD"_s, "recovered password"}});
    QVERIFY(wrongKey.exitCode == 1 || wrongKey.exitCode == 3);
    const Run recovered = runSecret(
        inWorkspace({u"recover"_s}),
        {{u"TAXBOX_RECOVERY_KEY"_s, m_recoveryKey.toLower().toUtf8()}, {u"TAXBOX_NEW_PASSWORD"_s, "recovered password"}});
    QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
    QCOMPARE(recovered.outJson().value(u"enterprises"_s).toInt(), 1);
    const Run list = runSecret(inWorkspace({u"enterprise"_s, u"list"_s}), {{u"TAXBOX_PASSWORD"_s, "recovered password"}});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.outJson().value(u"enterprises"_s).toArray().first().toObject().value(u"credit_code"_s).toString(), kCodeA);
}

void TestWorkspaceCommands::viewerCannotEdit()
{
    initialise();
    addEnterprise(u"福州闽江贸易有限公司"_s, kCodeA);
    const Run added = runSecret(inWorkspace({u"user"_s, u"add"_s, u"小李"_s}),
                                {{u"TAXBOX_PASSWORD"_s, kPassword}, {u"TAXBOX_NEW_PASSWORD"_s, "viewer password"}});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Run granted = runSecret(inWorkspace({u"enterprise"_s, u"grant"_s, kCodeA, u"--to"_s, u"小李"_s, u"--role"_s,
                                               u"viewer"_s, u"--user"_s, u"王会计"_s}),
                                  {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QVERIFY2(granted.exitCode == 0, granted.err.constData());

    const Run list = runSecret(inWorkspace({u"enterprise"_s, u"list"_s, u"--user"_s, u"小李"_s}),
                               {{u"TAXBOX_PASSWORD"_s, "viewer password"}});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.outJson().value(u"enterprises"_s).toArray().first().toObject().value(u"role"_s).toString(), u"viewer"_s);

    const auto before = snapshot(m_workspace);
    const Run edit = runSecret(inWorkspace({u"enterprise"_s, u"edit"_s, kCodeA, u"--user"_s, u"小李"_s}),
                               {{u"TAXBOX_PASSWORD"_s, "viewer password"}}, R"({"phone":"0591-1"})");
    QCOMPARE(edit.exitCode, 1);
    QCOMPARE(edit.errorJson().value(u"code"_s).toString(), u"permission_denied"_s);
    QCOMPARE(snapshot(m_workspace), before);

    // With two accounts, a command without --user cannot guess who is acting.
    QCOMPARE(runSecret(inWorkspace({u"enterprise"_s, u"list"_s}), {{u"TAXBOX_PASSWORD"_s, kPassword}})
                 .errorJson()
                 .value(u"code"_s)
                 .toString(),
             u"user_required"_s);
}

void TestWorkspaceCommands::backupAndRestoreOnAnotherMachine()
{
    initialise();
    addEnterprise(u"福州闽江贸易有限公司"_s, kCodeA);
    const QString archive = m_dir->filePath(u"taxbox-backup.zip"_s);
    const Run backup = runSecret(inWorkspace({u"backup"_s, u"--out"_s, archive}), {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY(backup.outJson().value(u"verified"_s).toBool());
    QCOMPARE(backup.outJson().value(u"enterprises"_s).toInt(), 1);
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains(kCodeA.toUtf8()));
    QVERIFY(!bytes.contains(u"闽江"_s.toUtf8()));

    // "Another machine": an empty workspace folder, restored with the password.
    const QString elsewhere = m_dir->filePath(u"elsewhere"_s);
    const Run restore = runSecret({u"restore"_s, archive, u"--workspace"_s, elsewhere}, {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    const Run list = runSecret({u"enterprise"_s, u"list"_s, u"--workspace"_s, elsewhere}, {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QCOMPARE(list.outJson().value(u"enterprises"_s).toArray().first().toObject().value(u"credit_code"_s).toString(), kCodeA);

    // And with the recovery key plus a new password, on a third machine.
    const QString third = m_dir->filePath(u"third"_s);
    const Run withKey
        = runSecret({u"restore"_s, archive, u"--recovery-key"_s, u"--workspace"_s, third},
                    {{u"TAXBOX_RECOVERY_KEY"_s, m_recoveryKey.toUtf8()}, {u"TAXBOX_NEW_PASSWORD"_s, "third machine pw"}});
    QVERIFY2(withKey.exitCode == 0, withKey.err.constData());
    QCOMPARE(
        runSecret({u"enterprise"_s, u"list"_s, u"--workspace"_s, third}, {{u"TAXBOX_PASSWORD"_s, "third machine pw"}}).exitCode,
        0);

    // A wrong password leaves the target untouched.
    const auto before = snapshot(elsewhere);
    const Run wrong = runSecret({u"restore"_s, archive, u"--workspace"_s, elsewhere}, {{u"TAXBOX_PASSWORD"_s, "wrong password"}});
    QCOMPARE(wrong.exitCode, 3);
    QCOMPARE(snapshot(elsewhere), before);
}

void TestWorkspaceCommands::restoreOfADamagedBackupLeavesTheWorkspace()
{
    initialise();
    addEnterprise(u"福州闽江贸易有限公司"_s, kCodeA);
    const QString archive = m_dir->filePath(u"backup.zip"_s);
    QCOMPARE(runSecret(inWorkspace({u"backup"_s, u"--out"_s, archive}), {{u"TAXBOX_PASSWORD"_s, kPassword}}).exitCode, 0);
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5a);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const auto before = snapshot(m_workspace);
    const Run restore = runSecret(inWorkspace({u"restore"_s, archive}), {{u"TAXBOX_PASSWORD"_s, kPassword}});
    QCOMPARE(restore.exitCode, 1);
    QCOMPARE(restore.errorJson().value(u"code"_s).toString(), u"backup_damaged"_s);
    QCOMPARE(snapshot(m_workspace), before);
    QCOMPARE(QDir(m_dir->path()).entryList({u"workspace.*"_s}, QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestWorkspaceCommands)
#include "TestWorkspaceCommands.moc"
