#include "auth/Backup.h"
#include "auth/KioskSession.h"
#include "auth/Settings.h"
#include "auth/Workspace.h"
#include "crypto/RecoveryKey.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::auth;
using crypto::SecureBytes;

namespace {

constexpr quint64 kTestKdfCost = 1 << 10; // the real default (2^17) is tested once, in defaultKdfIsMemoryHard

SecureBytes password(const char *text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

EnterpriseProfile profile(const QString &name, const QString &code)
{
    EnterpriseProfile p;
    p.name = name;
    p.creditCode = code;
    p.taxpayerKind = TaxpayerKind::SmallScale;
    p.region = u"350100"_s;
    p.address = u"福州市鼓楼区五四路1号"_s;
    p.bank = u"中国工商银行福州分行"_s;
    p.bankAccount = u"1402 0200 0900 1234 567"_s;
    return p;
}

/// SHA-256 of every file in `directory` except the back-off state, by relative path.
QMap<QString, QByteArray> snapshot(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u"login-throttle.json"_s))
            continue;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(QDir(directory).relativeFilePath(path),
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

/// Every byte of every file under `directory`, concatenated.
QByteArray allBytes(const QString &directory)
{
    QByteArray bytes;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        file.open(QIODevice::ReadOnly);
        bytes += file.readAll();
    }
    return bytes;
}

const QString kCodeA = u"91350100M000100Y43"_s;
const QString kCodeB = u"91110108551385082Q"_s;

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void initializeCreatesAnEncryptedWorkspace();
    void workspaceFolderHoldsNoPlaintext();
    void wrongPasswordChangesNothingAndBacksOff();
    void oneLoginOpensEveryEnterprise();
    void duplicatesAndInvalidProfilesAreRefused();
    void passwordChangeDoesNotRewriteData();
    void recoveryKeyRestoresAccess();
    void rolesLimitWhatAColleagueMayDo();
    void editedRoleInKeyringIsRefused();
    void backupRestoresOnAnotherMachine();
    void damagedBackupIsRefusedAndRestoreIsAtomic();
    void interruptedRestoreIsRolledBack();
    void kioskLeavesNothingForTheNextVisitor();
    void defaultKdfIsMemoryHard();
    void personalSettingsAreSealedToTheAccount();

private:
    std::unique_ptr<QTemporaryDir> m_root;
    [[nodiscard]] Workspace workspace(const QString &name = u"ws"_s) const
    {
        Workspace w(m_root->filePath(name));
        w.setKdfCost(kTestKdfCost);
        return w;
    }
};

void TestWorkspace::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

void TestWorkspace::initializeCreatesAnEncryptedWorkspace()
{
    Workspace ws = workspace();
    QVERIFY(!ws.exists());
    auto created = ws.initialize(u"会计小王"_s, password("correct horse"));
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    QVERIFY(ws.exists());
    QVERIFY(crypto::RecoveryKey::parse(created->recoveryKey).has_value());
    QCOMPARE(ws.userNames(), QStringList{u"会计小王"_s});

    const auto again = ws.initialize(u"x"_s, password("correct horse"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"workspace_exists"_s);
    const auto weak = workspace(u"other"_s).initialize(u"x"_s, password("short"));
    QVERIFY(!weak);
    QCOMPARE(weak.error().field, u"password"_s);
}

void TestWorkspace::workspaceFolderHoldsNoPlaintext()
{
    Workspace ws = workspace();
    auto created = ws.initialize(u"alice"_s, password("correct horse"));
    QVERIFY(created.has_value());
    Session &session = *created->session;
    QVERIFY(session.createEnterprise(profile(u"福州明文检查有限公司"_s, kCodeA)).has_value());
    QVERIFY(session.createEnterprise(profile(u"北京第二家公司"_s, kCodeB)).has_value());
    auto backup = Backup::create(session, m_root->filePath(u"backup.taxbox"_s));
    QVERIFY2(backup.has_value(), backup ? "" : qPrintable(backup.error().message));

    for (const QString &scanned : {ws.directory(), m_root->filePath(u"backup.taxbox"_s)}) {
        const QByteArray bytes = QFileInfo(scanned).isDir() ? allBytes(scanned) : [&] {
            QFile f(scanned);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY(bytes.size() > 8192);
        QVERIFY2(!bytes.contains("SQLite format 3"), qPrintable(scanned));
        for (const QString &secret :
             {u"福州明文检查有限公司"_s, u"北京第二家公司"_s, kCodeA, kCodeB, u"五四路"_s, u"1402 0200"_s})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(u"%1 found in %2"_s.arg(secret, scanned)));
        QVERIFY(!bytes.contains(created->recoveryKey.toLatin1()));
        QVERIFY(!bytes.contains("correct horse"));
    }
}

void TestWorkspace::wrongPasswordChangesNothingAndBacksOff()
{
    Workspace ws = workspace();
    QDateTime now = QDateTime::currentDateTimeUtc();
    ws.setClock([&] { return now; });
    {
        auto created = ws.initialize(u"alice"_s, password("correct horse"));
        QVERIFY(created->session->createEnterprise(profile(u"甲公司"_s, kCodeA)).has_value());
    }
    const auto before = snapshot(ws.directory());
    for (int attempt = 1; attempt <= LoginThrottle::kFreeAttempts + 1; ++attempt) {
        const auto wrong = ws.login(u"alice"_s, password("wrong horse"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"wrong_password"_s);
    }
    QCOMPARE(snapshot(ws.directory()), before);

    // Now even the right password must wait — and waiting is all it costs.
    const auto throttled = ws.login(u"alice"_s, password("correct horse"));
    QVERIFY(!throttled);
    QCOMPARE(throttled.error().code, u"too_many_attempts"_s);
    QCOMPARE(LoginThrottle::waitAfter(LoginThrottle::kFreeAttempts + 1), 2);
    QCOMPARE(LoginThrottle::waitAfter(LoginThrottle::kFreeAttempts + 3), 8);
    QCOMPARE(LoginThrottle::waitAfter(100), LoginThrottle::kMaximumWaitSeconds);
    now = now.addSecs(3);
    auto session = ws.login(u"alice"_s, password("correct horse"));
    QVERIFY2(session.has_value(), session ? "" : qPrintable(session.error().message));
    QCOMPARE((*session)->enterprises()->size(), 1);
    QCOMPARE(snapshot(ws.directory()), before);

    const auto unknown = ws.login(u"nobody"_s, password("correct horse"));
    QCOMPARE(unknown.error().code, u"wrong_password"_s); // no hint whether the account exists
}

void TestWorkspace::oneLoginOpensEveryEnterprise()
{
    Workspace ws = workspace();
    {
        auto created = ws.initialize(u"alice"_s, password("correct horse"));
        QVERIFY(created->session->createEnterprise(profile(u"乙公司"_s, kCodeB)).has_value());
        QVERIFY(created->session->createEnterprise(profile(u"甲公司"_s, kCodeA)).has_value());
    }
    auto session = ws.login({}, password("correct horse"));
    QVERIFY(session.has_value());
    const auto list = (*session)->enterprises();
    QVERIFY(list.has_value());
    QCOMPARE(list->size(), 2);
    for (const EnterpriseSummary &summary : *list) {
        auto store = (*session)->openEnterprise(summary.id);
        QVERIFY(store.has_value());
        QCOMPARE((*store)->profile()->creditCode, summary.profile.creditCode);
        QCOMPARE(summary.role, Role::Admin);
    }
    QCOMPARE((*session)->findEnterprise(kCodeA.toLower())->profile.name, u"甲公司"_s);

    // Archived enterprises are kept but listed only on request.
    auto store = (*session)->openEnterprise((*session)->findEnterprise(kCodeA)->id);
    QVERIFY((*store)->setArchived(true).has_value());
    QCOMPARE((*session)->enterprises()->size(), 1);
    QCOMPARE((*session)->enterprises(true)->size(), 2);
}

void TestWorkspace::duplicatesAndInvalidProfilesAreRefused()
{
    auto created = workspace().initialize(u"alice"_s, password("correct horse"));
    Session &session = *created->session;
    QVERIFY(session.createEnterprise(profile(u"甲公司"_s, kCodeA)).has_value());
    const auto duplicate = session.createEnterprise(profile(u"甲公司二号"_s, kCodeA.toLower()));
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, u"duplicate_enterprise"_s);
    QCOMPARE(duplicate.error().field, u"credit_code"_s);

    auto bad = profile(u"坏代码"_s, u"91350100M000100Y53"_s);
    QCOMPARE(session.createEnterprise(bad).error().field, u"credit_code"_s);
    bad = profile(u"坏地区"_s, kCodeB);
    bad.region = u"990000"_s;
    QCOMPARE(session.createEnterprise(bad).error().field, u"region"_s);
    bad = profile(u""_s, kCodeB);
    QCOMPARE(session.createEnterprise(bad).error().field, u"name"_s);
    bad = profile(u"无银行"_s, kCodeB);
    bad.bank.clear();
    QCOMPARE(session.createEnterprise(bad).error().field, u"bank"_s);
    QCOMPARE(session.enterprises()->size(), 1);

    // Editing one enterprise to another's credit code is a duplicate as well.
    const auto second = session.createEnterprise(profile(u"乙公司"_s, kCodeB));
    QVERIFY(second.has_value());
    const auto clash = session.updateEnterprise(second->id, profile(u"乙公司"_s, kCodeA));
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, u"duplicate_enterprise"_s);
}

void TestWorkspace::passwordChangeDoesNotRewriteData()
{
    Workspace ws = workspace();
    auto created = ws.initialize(u"alice"_s, password("correct horse"));
    QVERIFY(created->session->createEnterprise(profile(u"甲公司"_s, kCodeA)).has_value());
    const auto before = snapshot(ws.directory());

    const auto wrongCurrent = created->session->changePassword(password("not my password"), password("battery staple"));
    QVERIFY(!wrongCurrent);
    QCOMPARE(wrongCurrent.error().field, u"current_password"_s);
    QVERIFY(created->session->changePassword(password("correct horse"), password("battery staple")).has_value());

    const auto after = snapshot(ws.directory());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == u"keyring.json"_s)
            QVERIFY(after.value(it.key()) != it.value());
        else
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QVERIFY(!ws.login(u"alice"_s, password("correct horse")));
    auto session = ws.login(u"alice"_s, password("battery staple"));
    QVERIFY(session.has_value());
    QCOMPARE((*session)->enterprises()->constFirst().profile.name, u"甲公司"_s);
}

void TestWorkspace::recoveryKeyRestoresAccess()
{
    Workspace ws = workspace();
    QString recoveryKey;
    {
        auto created = ws.initialize(u"alice"_s, password("correct horse"));
        recoveryKey = created->recoveryKey;
        QVERIFY(created->session->createEnterprise(profile(u"甲公司"_s, kCodeA)).has_value());
        QVERIFY(created->session->createEnterprise(profile(u"乙公司"_s, kCodeB)).has_value());
    }
    const auto before = snapshot(ws.directory());
    QString wrongKey = crypto::RecoveryKey::format(crypto::RecoveryKey::generate());
    const auto wrong = ws.recover(u"alice"_s, wrongKey, password("new password!"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"wrong_recovery_key"_s);
    QCOMPARE(snapshot(ws.directory()), before);

    auto recovered = ws.recover(u"alice"_s, recoveryKey.toLower(), password("new password!"));
    QVERIFY2(recovered.has_value(), recovered ? "" : qPrintable(recovered.error().message));
    QCOMPARE((*recovered)->enterprises()->size(), 2);
    QVERIFY(!ws.login(u"alice"_s, password("correct horse")));
    auto session = ws.login(u"alice"_s, password("new password!"));
    QVERIFY(session.has_value());
    const auto list = (*session)->enterprises();
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).role, Role::Admin);
}

void TestWorkspace::personalSettingsAreSealedToTheAccount()
{
    Workspace ws = workspace();
    auto created = ws.initialize(u"alice"_s, password("correct horse"));
    Session &alice = *created->session;
    QVERIFY(alice.addUser(u"bob"_s, password("bob's password")));
    QVERIFY(AccountSettings::set(alice, u"sync/server"_s, u"https://alice.example.cn"_s));
    QCOMPARE(AccountSettings::load(alice)->value(u"sync/server"_s).toString(), u"https://alice.example.cn"_s);
    auto bob = ws.login(u"bob"_s, password("bob's password"));
    QVERIFY(bob);
    QVERIFY(AccountSettings::load(**bob)->isEmpty()); // Bob starts with none of Alice's
    // Alice's file copied over Bob's is not Bob's: it does not open.
    QVERIFY(QDir().mkpath(QFileInfo(AccountSettings::pathOf(**bob)).absolutePath()));
    QVERIFY(QFile::copy(AccountSettings::pathOf(alice), AccountSettings::pathOf(**bob)));
    QCOMPARE(AccountSettings::load(**bob).error().code, u"settings_unreadable"_s);
    // A damaged file is replaced by the next setting rather than blocking it.
    QVERIFY(AccountSettings::set(**bob, u"sync/server"_s, u"https://bob.example.cn"_s));
    QCOMPARE(AccountSettings::load(**bob)->value(u"sync/server"_s).toString(), u"https://bob.example.cn"_s);

    // Workspace settings stay in their folder: another workspace reads none of them.
    WorkspaceSettings(ws.directory()).setValue(u"backup/folder"_s, u"/backups"_s);
    QCOMPARE(WorkspaceSettings(ws.directory()).value(u"backup/folder"_s).toString(), u"/backups"_s);
    QVERIFY(!WorkspaceSettings(m_root->filePath(u"other"_s)).value(u"backup/folder"_s).isValid());
}

void TestWorkspace::rolesLimitWhatAColleagueMayDo()
{
    Workspace ws = workspace();
    auto created = ws.initialize(u"alice"_s, password("correct horse"));
    Session &alice = *created->session;
    const auto enterprise = alice.createEnterprise(profile(u"甲公司"_s, kCodeA));
    QVERIFY(alice.createEnterprise(profile(u"乙公司"_s, kCodeB)).has_value());
    QVERIFY(alice.addUser(u"bob"_s, password("bob's password")).has_value());
    QCOMPARE(alice.addUser(u"BOB"_s, password("bob's password")).error().code, u"duplicate_user"_s);
    QVERIFY(alice.grant(enterprise->id, u"bob"_s, Role::Viewer).has_value());

    auto bob = ws.login(u"bob"_s, password("bob's password"));
    QVERIFY(bob.has_value());
    const auto list = (*bob)->enterprises();
    QCOMPARE(list->size(), 1); // only what he was granted
    QCOMPARE(list->constFirst().role, Role::Viewer);
    const auto edit = (*bob)->updateEnterprise(enterprise->id, profile(u"改名公司"_s, kCodeA));
    QVERIFY(!edit);
    QCOMPARE(edit.error().code, u"permission_denied"_s);
    QCOMPARE((*bob)->grant(enterprise->id, u"alice"_s, Role::Viewer).error().code, u"permission_denied"_s);
    QCOMPARE((*bob)->findEnterprise(kCodeB).error().code, u"unknown_enterprise"_s);

    QVERIFY(alice.grant(enterprise->id, u"bob"_s, Role::Admin).has_value());
    auto bobAgain = ws.login(u"bob"_s, password("bob's password"));
    QVERIFY((*bobAgain)->updateEnterprise(enterprise->id, profile(u"改名公司"_s, kCodeA)).has_value());
    auto store = alice.openEnterprise(enterprise->id);
    const auto audit = (*store)->auditLog();
    QCOMPARE(audit->constLast().userName, u"bob"_s);
    QCOMPARE(audit->constLast().changedFields, QStringList{u"name"_s});
}

void TestWorkspace::editedRoleInKeyringIsRefused()
{
    Workspace ws = workspace();
    auto created = ws.initialize(u"alice"_s, password("correct horse"));
    const auto enterprise = created->session->createEnterprise(profile(u"甲公司"_s, kCodeA));
    QVERIFY(created->session->addUser(u"bob"_s, password("bob's password")).has_value());
    QVERIFY(created->session->grant(enterprise->id, u"bob"_s, Role::Viewer).has_value());

    QFile file(ws.keyringPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    QVERIFY(json.contains("\"viewer\""));
    json.replace("\"viewer\"", "\"admin\"");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();

    auto bob = ws.login(u"bob"_s, password("bob's password"));
    QVERIFY(bob.has_value());
    const auto opened = (*bob)->openEnterprise(enterprise->id);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"corrupt_keyring"_s);
}

void TestWorkspace::backupRestoresOnAnotherMachine()
{
    Workspace ws = workspace();
    QString recoveryKey;
    QString enterpriseId;
    const QString archive = m_root->filePath(u"backup.taxbox"_s);
    {
        auto created = ws.initialize(u"alice"_s, password("correct horse"));
        recoveryKey = created->recoveryKey;
        enterpriseId = created->session->createEnterprise(profile(u"甲公司"_s, kCodeA))->id;
        auto store = created->session->openEnterprise(enterpriseId);
        auto changed = profile(u"甲公司"_s, kCodeA);
        changed.phone = u"0591-1"_s;
        QVERIFY((*store)->updateProfile(changed).has_value());
        auto summary = Backup::create(*created->session, archive);
        QVERIFY2(summary.has_value(), summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->enterprises, 1);
        QCOMPARE(summary->createdBy, u"alice"_s);
        QVERIFY(!QFile::exists(archive + u".partial"_s));
    }
    QVERIFY(Backup::inspect(archive).has_value());

    // Another machine: an empty place, the password.
    Workspace elsewhere = workspace(u"elsewhere/ws"_s);
    auto restored = Backup::restore(archive, elsewhere, {u"alice"_s, password("correct horse"), {}, {}});
    QVERIFY2(restored.has_value(), restored ? "" : qPrintable(restored.error().message));
    auto session = elsewhere.login(u"alice"_s, password("correct horse"));
    QVERIFY(session.has_value());
    auto store = (*session)->openEnterprise(enterpriseId);
    QVERIFY(store.has_value());
    QCOMPARE((*store)->profile()->phone, u"0591-1"_s);
    QCOMPARE((*store)->auditLog()->size(), 2);
    QCOMPARE((*store)->outbox()->size(), 2);

    // A third machine, password forgotten: the recovery key and a new password.
    Workspace third = workspace(u"third"_s);
    auto recovered = Backup::restore(archive, third, {u"alice"_s, {}, recoveryKey, password("fresh password")});
    QVERIFY2(recovered.has_value(), recovered ? "" : qPrintable(recovered.error().message));
    QVERIFY(third.login(u"alice"_s, password("fresh password")).has_value());
}

void TestWorkspace::damagedBackupIsRefusedAndRestoreIsAtomic()
{
    Workspace source = workspace(u"source"_s);
    const QString archive = m_root->filePath(u"backup.taxbox"_s);
    {
        auto created = source.initialize(u"alice"_s, password("correct horse"));
        QVERIFY(created->session->createEnterprise(profile(u"甲公司"_s, kCodeA)).has_value());
        QVERIFY(Backup::create(*created->session, archive).has_value());
    }
    // The current data on this machine.
    Workspace current = workspace(u"current"_s);
    {
        auto created = current.initialize(u"carol"_s, password("carol's password"));
        QVERIFY(created->session->createEnterprise(profile(u"本机公司"_s, kCodeB)).has_value());
    }
    const auto before = snapshot(current.directory());

    // Wrong password: refused, current untouched, nothing left beside it.
    const auto wrong = Backup::restore(archive, current, {u"alice"_s, password("wrong horse"), {}, {}});
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"wrong_password"_s);
    QCOMPARE(snapshot(current.directory()), before);
    QCOMPARE(QDir(m_root->path()).entryList({u"current.*"_s}, QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{});

    // A changed byte anywhere in a store is found before anything is touched.
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype middle = bytes.size() / 2;
    bytes[middle] = static_cast<char>(bytes[middle] ^ 0x20);
    file.seek(0);
    file.write(bytes);
    file.close();
    const auto damaged = Backup::restore(archive, current, {u"alice"_s, password("correct horse"), {}, {}});
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, u"backup_damaged"_s);
    QCOMPARE(Backup::inspect(archive).error().code, u"backup_damaged"_s);
    QCOMPARE(snapshot(current.directory()), before);
}

void TestWorkspace::interruptedRestoreIsRolledBack()
{
    Workspace ws = workspace();
    QVERIFY(ws.initialize(u"alice"_s, password("correct horse")).has_value());
    // As if the program died between the two renames of a restore.
    QVERIFY(QDir().rename(ws.directory(), ws.directory() + u".previous-20261122000000abc"_s));
    QVERIFY(ws.exists());
    QVERIFY(ws.login(u"alice"_s, password("correct horse")).has_value());
}

void TestWorkspace::kioskLeavesNothingForTheNextVisitor()
{
    const QString root = m_root->filePath(u"kiosk"_s);
    QString firstDirectory;
    {
        auto visit = KioskSession::start(root);
        QVERIFY2(visit.has_value(), visit ? "" : qPrintable(visit.error().message));
        firstDirectory = (*visit)->directory();
        QVERIFY((*visit)->session().createEnterprise(profile(u"访客甲的公司"_s, kCodeA)).has_value());
        QCOMPARE((*visit)->session().enterprises()->size(), 1);
        (*visit)->end();
        QVERIFY(!QFileInfo::exists(firstDirectory));
    }
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});

    auto next = KioskSession::start(root);
    QVERIFY(next.has_value());
    QVERIFY((*next)->directory() != firstDirectory);
    QCOMPARE((*next)->session().enterprises()->size(), 0);
    QVERIFY(!allBytes(root).contains(u"访客甲"_s.toUtf8()));
    QVERIFY(!allBytes(root).contains(kCodeA.toUtf8()));

    // A visit cut off by a power cut leaves its folder; the next start clears it before anyone sits down.
    const QString stale = QDir(root).filePath(u"visit-stale"_s);
    QVERIFY(QDir().mkpath(stale + u"/enterprises"_s));
    QFile leftover(stale + u"/enterprises/x.db"_s);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("visitor data");
    leftover.close();
    (*next)->end();
    auto after = KioskSession::start(root);
    QVERIFY(after.has_value());
    QVERIFY(!QFileInfo::exists(stale));
    QCOMPARE(QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QFileInfo((*after)->directory()).fileName()});
}

void TestWorkspace::defaultKdfIsMemoryHard()
{
    Workspace ws(m_root->filePath(u"real"_s)); // default cost
    QVERIFY(ws.initialize(u"alice"_s, password("correct horse")).has_value());
    QFile file(ws.keyringPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject kdf
        = QJsonDocument::fromJson(file.readAll()).object()[u"users"_s].toArray()[0].toObject()[u"kdf"_s].toObject();
    QCOMPARE(kdf[u"algorithm"_s].toString(), u"scrypt"_s);
    QCOMPARE(kdf[u"n"_s].toString(), u"131072"_s);
    QCOMPARE(kdf[u"r"_s].toInt(), 8);
    QVERIFY(ws.login(u"alice"_s, password("correct horse")).has_value());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
