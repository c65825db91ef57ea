// Drives `taxbox-cli calc`, `rules sign|verify` and `--version` through the real binary.

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

bool copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

// RFC 8032 test key 1 as PKCS#8 PEM: a key this build does not trust.
const QByteArray kTestKeyPem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
                               "-----END PRIVATE KEY-----\n";

} // namespace

class TestCalcCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wagesOfficialExampleWithExplanation();
    void badInputExitsOneNamingTheField();
    void everyCalculatorHasHelp();
    void versionListsTheRulePack();
    void rulesVerifyAndSign();
};

void TestCalcCommands::wagesOfficialExampleWithExplanation()
{
    const QByteArray month = R"({"income":"30000.00","special_deductions":"4500.00","special_additional_deductions":"2000.00"})";
    const Run run = runCli({u"calc"_s, u"iit-wages"_s, u"--explain"_s},
                           "{\"year\":2025,\"months\":[" + month + "," + month + "," + month + "]}");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray months = run.outJson().value(u"months"_s).toArray();
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.at(0).toObject().value(u"withheld"_s).toString(), u"555.00"_s);
    QCOMPARE(months.at(1).toObject().value(u"withheld"_s).toString(), u"625.00"_s);
    QCOMPARE(months.at(2).toObject().value(u"withheld"_s).toString(), u"1850.00"_s);
    QVERIFY(run.outJson().value(u"explanation"_s).toArray().size() >= 6);
    QVERIFY(run.outJson().value(u"rule_pack"_s).toString().startsWith(u"cn-tax@"_s));

    // Without --explain there is no explanation; the bonus dead zone is a warning either way.
    const Run bonus = runCli({u"calc"_s, u"iit-bonus"_s}, R"({"bonus":36001})");
    QCOMPARE(bonus.outJson().value(u"tax"_s).toString(), u"3390.10"_s);
    QVERIFY(!bonus.outJson().contains(u"explanation"_s));
    QCOMPARE(bonus.outJson().value(u"warnings"_s).toArray().size(), 1);
}

void TestCalcCommands::badInputExitsOneNamingTheField()
{
    const Run negative = runCli({u"calc"_s, u"stamp-duty"_s}, R"({"item":"sale_contract","amount":"-1"})");
    QCOMPARE(negative.exitCode, 1);
    QVERIFY(negative.out.isEmpty());
    QCOMPARE(negative.errorJson().value(u"field"_s).toString(), u"amount"_s);
    const Run rate = runCli({u"calc"_s, u"vat-split"_s}, R"({"total":"113","rate":"0.12"})");
    QCOMPARE(rate.exitCode, 1);
    QCOMPARE(rate.errorJson().value(u"code"_s).toString(), u"invalid_rate"_s);
    const Run period = runCli({u"calc"_s, u"vat-small"_s}, R"({"period":"2029-01","sales":"1"})");
    QCOMPARE(period.exitCode, 1);
    QCOMPARE(period.errorJson().value(u"code"_s).toString(), u"no_rule_for_period"_s);
    QCOMPARE(runCli({u"calc"_s, u"no-such-calculator"_s}, "{}").exitCode, 2);
}

void TestCalcCommands::everyCalculatorHasHelp()
{
    const Run help = runCli({u"calc"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *name : {"iit-wages", "iit-remuneration", "iit-bonus", "iit-annual", "vat-split", "vat-small", "vat-general",
                             "surtax", "cit-prepay", "stamp-duty", "export-refund", "retained-refund"})
        QVERIFY2(help.out.contains(name), name);
}

void TestCalcCommands::versionListsTheRulePack()
{
    const Run run = runCli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray packs = run.outJson().value(u"rule_packs"_s).toArray();
    QCOMPARE(packs.size(), 4);
    QCOMPARE(packs.first().toObject().value(u"id"_s).toString(), u"cn-tax"_s);
    QCOMPARE(packs.first().toObject().value(u"key_id"_s).toString(), u"taxbox-rules-2026"_s);
    QCOMPARE(packs.at(1).toObject().value(u"id"_s).toString(), u"cn-filing"_s); // the filing forms
    QCOMPARE(packs.at(1).toObject().value(u"key_id"_s).toString(), u"taxbox-data-2026"_s);
    QCOMPARE(packs.at(2).toObject().value(u"id"_s).toString(), u"cn-refund"_s);
    QCOMPARE(packs.at(3).toObject().value(u"id"_s).toString(), u"cn-print"_s); // the invoice's print template
    QCOMPARE(packs.at(3).toObject().value(u"key_id"_s).toString(), u"taxbox-data-2026b"_s);
}

void TestCalcCommands::rulesVerifyAndSign()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pack = dir.filePath(u"cn-tax.json"_s);
    QVERIFY(copy(QStringLiteral(TAXBOX_SOURCE_DIR) + u"/rules/cn-tax.json"_s, pack));
    QVERIFY(copy(QStringLiteral(TAXBOX_SOURCE_DIR) + u"/rules/cn-tax.json.sig"_s, pack + u".sig"_s));
    const Run verified = runCli({u"rules"_s, u"verify"_s, pack});
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QVERIFY(verified.outJson().value(u"verified"_s).toBool());

    // One changed byte: refused.
    QFile file(pack);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.replace("\"0.45\"", "\"0.44\"");
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    const Run tampered = runCli({u"rules"_s, u"verify"_s, pack});
    QCOMPARE(tampered.exitCode, 1);
    QCOMPARE(tampered.errorJson().value(u"code"_s).toString(), u"tampered_rule_pack"_s);

    // Re-signed with a key the build does not trust: the signature is good, the signer is not.
    QFile key(dir.filePath(u"key.pem"_s));
    QVERIFY(key.open(QIODevice::WriteOnly) && key.write(kTestKeyPem) == kTestKeyPem.size());
    key.close();
    const Run signedRun = runCli({u"rules"_s, u"sign"_s, u"--key"_s, key.fileName(), u"--key-id"_s, u"test"_s, pack});
    QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());
    QCOMPARE(signedRun.outJson().value(u"trusted_by_this_build"_s).toBool(), false);
    QCOMPARE(runCli({u"rules"_s, u"verify"_s, pack}).errorJson().value(u"code"_s).toString(), u"untrusted_rule_pack"_s);
    QCOMPARE(runCli({u"rules"_s, u"sign"_s, pack}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCalcCommands)
#include "TestCalcCommands.moc"
