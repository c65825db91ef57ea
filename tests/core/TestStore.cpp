#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncLedger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::store;
using crypto::SecureBytes;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

EnterpriseProfile sampleProfile()
{
    EnterpriseProfile profile;
    profile.name = u"福州示例贸易有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.taxpayerKind = TaxpayerKind::General;
    profile.region = u"350100"_s;
    return profile;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void libraryHasEncryption();
    void encryptedFileHasNoPlaintext();
    void wrongKeyIsRefusedAndChangesNothing();
    void transactionRollsBackUnlessCommitted();
    void cipherSettingsSelectTheVersion3FormatOnVersion4();
    void migratesADatabaseMadeByThePreviousVersion();
    void refusesADatabaseFromANewerVersion();
    void auditLogIsAppendOnlyAndWrittenWithTheOutbox();
    void anAnswerRepeatedLaterNeverLowersARecordsVersion();
    void rolesAreEnforcedInCore();

private:
    QTemporaryDir m_dir;
};

void TestStore::libraryHasEncryption()
{
    QVERIFY2(!Database::cipherVersion().isEmpty(), "linked SQLite has no SQLCipher");
}

void TestStore::encryptedFileHasNoPlaintext()
{
    const QString path = m_dir.filePath(u"plain-check.db"_s);
    const SecureBytes key = SecureBytes::random(32);
    {
        auto database = Database::open(path, key, Database::Mode::Create);
        QVERIFY(database.has_value());
        QVERIFY(database->execute("CREATE TABLE t (v TEXT)").has_value());
        auto insert = database->prepare("INSERT INTO t VALUES (?)");
        QVERIFY(insert.has_value());
        insert->bind(1, u"PLAINTEXT-MARKER-福州"_s);
        QVERIFY(insert->run().has_value());
        QCOMPARE(database->scalar("PRAGMA page_size").value_or(0), 4096);
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() >= 4096);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("PLAINTEXT-MARKER"));
    QVERIFY(!bytes.contains(u"福州"_s.toUtf8()));

    // The same through the plain baseline is readable — the check above would catch it.
    const QString plainPath = m_dir.filePath(u"plain-baseline.db"_s);
    {
        auto plain = Database::openUnencrypted(plainPath, Database::Mode::Create);
        QVERIFY(plain.has_value());
        QVERIFY(plain->execute("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('PLAINTEXT-MARKER')").has_value());
        QVERIFY(plain->execute("PRAGMA wal_checkpoint(TRUNCATE)").has_value());
    }
    QVERIFY(fileBytes(plainPath).startsWith("SQLite format 3"));
}

void TestStore::wrongKeyIsRefusedAndChangesNothing()
{
    const QString path = m_dir.filePath(u"wrong-key.db"_s);
    const SecureBytes key = SecureBytes::random(32);
    {
        auto database = Database::open(path, key, Database::Mode::Create);
        QVERIFY(database.has_value());
        QVERIFY(database->execute("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (42)").has_value());
    }
    const QByteArray before = fileBytes(path);
    auto wrong = Database::open(path, SecureBytes::random(32), Database::Mode::OpenExisting);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"wrong_key"_s);
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s) || fileBytes(path + u"-wal"_s).isEmpty());

    auto right = Database::open(path, key, Database::Mode::OpenExisting);
    QVERIFY(right.has_value());
    QCOMPARE(right->scalar("SELECT v FROM t").value_or(0), 42);
    QCOMPARE(right->scalar("PRAGMA foreign_keys").value_or(0), 1);
    auto mode = right->prepare("PRAGMA journal_mode");
    QVERIFY(mode && mode->step().value_or(false));
    QCOMPARE(mode->text(0), u"wal"_s);

    auto missing = Database::open(m_dir.filePath(u"nope.db"_s), key, Database::Mode::OpenExisting);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"store_missing"_s);
}

void TestStore::transactionRollsBackUnlessCommitted()
{
    auto database = Database::open(m_dir.filePath(u"tx.db"_s), SecureBytes::random(32), Database::Mode::Create);
    QVERIFY(database.has_value());
    QVERIFY(database->execute("CREATE TABLE t (v INTEGER)").has_value());
    {
        auto transaction = Transaction::begin(*database);
        QVERIFY(transaction.has_value());
        QVERIFY(database->execute("INSERT INTO t VALUES (1)").has_value());
        // no commit: destroyed here
    }
    QCOMPARE(database->scalar("SELECT count(*) FROM t").value_or(-1), 0);
    {
        auto transaction = Transaction::begin(*database);
        QVERIFY(database->execute("INSERT INTO t VALUES (2)").has_value());
        QVERIFY(transaction->commit().has_value());
        QVERIFY(!transaction->commit().has_value());
    }
    QCOMPARE(database->scalar("SELECT count(*) FROM t").value_or(-1), 1);
}

void TestStore::cipherSettingsSelectTheVersion3FormatOnVersion4()
{
    const CipherSettings settings;
    QCOMPARE(settings.pragmasFor(u"3.4.1"_s), QList<QByteArray>{"PRAGMA cipher_page_size = 4096"});
    QCOMPARE(settings.pragmasFor(u"4.5.6 community"_s),
             (QList<QByteArray>{"PRAGMA cipher_compatibility = 3", "PRAGMA cipher_page_size = 4096"}));
}

void TestStore::migratesADatabaseMadeByThePreviousVersion()
{
    const QString path = m_dir.filePath(u"migrate.db"_s);
    const SecureBytes key = SecureBytes::random(32);
    const auto migrations = enterpriseMigrations();
    const int previous = migrations.back().version - 1;
    {
        // What the previous release wrote: the schema up to its version, with a profile row.
        auto database = Database::open(path, key, Database::Mode::Create);
        QVERIFY(database.has_value());
        QCOMPARE(migrate(*database, migrations, previous).value_or(-1), previous);
        QVERIFY(database
                    ->execute("INSERT INTO enterprise_profile (singleton, enterprise_id, name, credit_code, taxpayer_kind, "
                              "region, created_at, updated_at) VALUES (1, 'e1', '旧公司', '91350100M000100Y43', 'small', "
                              "'350100', '2025-01-01', '2025-01-01')")
                    .has_value());
        // What the new version adds: refund applications.
        QVERIFY(!database->execute("SELECT count(*) FROM refund_application").has_value());
        QVERIFY(database
                    ->execute(
                        "INSERT INTO invoice (number, kind, issued_at, issue_date, buyer_name, buyer_code, amount_fen, tax_fen, "
                        "total_fen, range_id, content, signature, server_key) VALUES ('25350000000000000001', 'special', "
                        "'2025-01-10', '2025-01-10', '买方', '91110108551385082Q', 10000, 1300, 11300, 'r', '{}', 's', 'k')")
                    .has_value());
        QVERIFY(database
                    ->execute("INSERT INTO invoice_line (number, line, rate, amount_fen, tax_fen) VALUES "
                              "('25350000000000000001', 1, '0.13', 10000, 1300)")
                    .has_value());
    }
    auto store = EnterpriseStore::open(path, key, u"e1"_s, {u"u"_s, u"tester"_s, Role::Admin});
    QVERIFY2(store.has_value(), store ? "" : qPrintable(store.error().message));
    QCOMPARE((*store)->database().scalar("PRAGMA user_version").value_or(0), migrations.back().version);
    QCOMPARE((*store)->profile()->name, u"旧公司"_s);
    QCOMPARE((*store)->database().scalar("SELECT count(*) FROM refund_application").value_or(-1), 0);
    // The line issued before keeps its figures; its category may be filled once, and nothing else changes.
    Database &database = (*store)->database();
    QVERIFY(database.execute("UPDATE invoice_line SET category = '1' WHERE number = '25350000000000000001'").has_value());
    QVERIFY(!database.execute("UPDATE invoice_line SET category = '3' WHERE number = '25350000000000000001'").has_value());
    QVERIFY(!database.execute("UPDATE invoice_line SET amount_fen = 1 WHERE number = '25350000000000000001'").has_value());
    QCOMPARE((*store)->isArchived().value_or(true), false);
    QVERIFY((*store)->setArchived(true).has_value());
    QCOMPARE((*store)->isArchived().value_or(false), true);
}

void TestStore::refusesADatabaseFromANewerVersion()
{
    const QString path = m_dir.filePath(u"newer.db"_s);
    const SecureBytes key = SecureBytes::random(32);
    {
        auto database = Database::open(path, key, Database::Mode::Create);
        QVERIFY(database->execute("PRAGMA user_version = 99").has_value());
    }
    auto store = EnterpriseStore::open(path, key, u"e1"_s, {});
    QVERIFY(!store);
    QCOMPARE(store.error().code, u"store_too_new"_s);
}

void TestStore::anAnswerRepeatedLaterNeverLowersARecordsVersion()
{
    auto store = EnterpriseStore::create(m_dir.filePath(u"heads.db"_s), SecureBytes::random(32), u"e3"_s, sampleProfile(),
                                         {u"u1"_s, u"alice"_s, Role::Admin});
    QVERIFY(store.has_value());
    {
        auto transaction = Transaction::begin((*store)->database());
        QVERIFY((*store)->recordChange({u"close"_s,
                                        u"payroll_month"_s,
                                        u"2026-03"_s,
                                        {},
                                        QJsonObject{{u"state"_s, u"closed"_s}},
                                        u"payroll.month_closed"_s,
                                        u"payroll-month:2026-03"_s}));
        QVERIFY(transaction->commit());
    }
    const QString uuid = (*store)->outbox()->last().uuid;
    sync::SyncLedger ledger(**store);
    QVERIFY((*store)->recordAnswers({{uuid, u"accepted"_s, u"9@t"_s, {}, 9, 0}}));
    QCOMPARE(*ledger.recordHead(u"payroll-month:2026-03"_s), 9);
    // Another device's newer version arrives through the change feed; then this item is resent and
    // answered "duplicate" with its old receipt: the record's version stays the newer one.
    QVERIFY(ledger.raiseRecordHead(u"payroll-month:2026-03"_s, 12));
    QVERIFY((*store)->recordAnswers({{uuid, u"duplicate"_s, u"9@t"_s, {}, 9, 0}}));
    QCOMPARE(*ledger.recordHead(u"payroll-month:2026-03"_s), 12);
}

void TestStore::auditLogIsAppendOnlyAndWrittenWithTheOutbox()
{
    const QString path = m_dir.filePath(u"audit.db"_s);
    auto store
        = EnterpriseStore::create(path, SecureBytes::random(32), u"e2"_s, sampleProfile(), {u"u1"_s, u"alice"_s, Role::Admin});
    QVERIFY(store.has_value());
    EnterpriseProfile changed = sampleProfile();
    changed.phone = u"0591-12345678"_s;
    QVERIFY((*store)->updateProfile(changed).has_value());
    // Unchanged: nothing recorded.
    QVERIFY((*store)->updateProfile(changed).has_value());

    const auto audit = (*store)->auditLog();
    QVERIFY(audit.has_value());
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->at(0).action, u"create"_s);
    QVERIFY(audit->at(0).beforeHash.isEmpty());
    QCOMPARE(audit->at(1).action, u"update"_s);
    QCOMPARE(audit->at(1).userName, u"alice"_s);
    QCOMPARE(audit->at(1).beforeHash, audit->at(0).afterHash);
    QVERIFY(audit->at(1).afterHash != audit->at(1).beforeHash);
    QCOMPARE(audit->at(1).changedFields, QStringList{u"phone"_s});

    const auto outbox = (*store)->outbox();
    QVERIFY(outbox.has_value());
    QCOMPARE(outbox->size(), 2);
    QCOMPARE(outbox->at(1).type, u"enterprise.updated"_s);
    QCOMPARE(outbox->at(1).payload.value(u"phone"_s).toString(), u"0591-12345678"_s);
    QCOMPARE(outbox->at(1).state, u"pending"_s);
    QVERIFY(outbox->at(0).uuid != outbox->at(1).uuid);

    auto &database = (*store)->database();
    const auto tampered = database.execute("UPDATE audit_log SET user_name = 'mallory'");
    QVERIFY(!tampered);
    QVERIFY(tampered.error().message.contains(u"append-only"_s));
    QVERIFY(!database.execute("DELETE FROM audit_log"));

    // A refused change writes neither audit nor outbox.
    EnterpriseProfile invalid = changed;
    invalid.creditCode = u"91350100M000100Y53"_s;
    const auto refused = (*store)->updateProfile(invalid);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, u"credit_code"_s);
    QCOMPARE((*store)->auditLog()->size(), 2);
    QCOMPARE((*store)->outbox()->size(), 2);
}

void TestStore::rolesAreEnforcedInCore()
{
    const QString path = m_dir.filePath(u"roles.db"_s);
    const SecureBytes key = SecureBytes::random(32);
    QVERIFY(EnterpriseStore::create(path, key, u"e3"_s, sampleProfile(), {u"u1"_s, u"alice"_s, Role::Admin}).has_value());
    for (const Role role : {Role::Viewer, Role::Accountant}) {
        auto store = EnterpriseStore::open(path, key, u"e3"_s, {u"u2"_s, u"bob"_s, role});
        QVERIFY(store.has_value());
        EnterpriseProfile changed = sampleProfile();
        changed.name = u"改名"_s;
        const auto edited = (*store)->updateProfile(changed);
        QVERIFY(!edited);
        QCOMPARE(edited.error().code, u"permission_denied"_s);
        QVERIFY(!(*store)->setArchived(true));
        QCOMPARE((*store)->profile()->name, sampleProfile().name);
    }
    QVERIFY(allows(Role::Accountant, Permission::Record));
    QVERIFY(!allows(Role::Viewer, Permission::Record));
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
