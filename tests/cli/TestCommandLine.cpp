// Drives the real taxbox-cli binary: arguments, standard streams, exit codes.

#include "CliRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moneyUpperWritesTheOfficialForm();
    void moneyUpperInvoiceWritesYuanAsRound();
    void moneyUpperAcceptsNegativeAmounts();
    void moneyUpperReadsJsonFromStandardInput();
    void moneyUpperReadsJsonFromFile();
    void jsonRequestsAreReadStrictly();
    void jsonNumbersAreReadExactly();
    void tooManyFractionDigitsExitsOneWithStructuredError();
    void malformedJsonExitsOne();
    void idCheckAcceptsTheOfficialCreditCode();
    void idCheckWithOneCharacterChangedExitsOneWithReason();
    void idCheckReadsJsonAndHonoursType();
    void unknownTypeIsRefused();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpIsAvailableAtEveryLevel();
    void versionListsVersionAndLibraries();
    void messagesFollowTheLanguage();
};

void TestCommandLine::moneyUpperWritesTheOfficialForm()
{
    const Run run = runCli({u"money"_s, u"upper"_s, u"107000.53"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outJson().value(u"amount"_s).toString(), u"107000.53"_s);
    QCOMPARE(run.outJson().value(u"upper"_s).toString(), u"壹拾万柒仟元零伍角叁分"_s);
    QVERIFY(run.err.isEmpty());
    QCOMPARE(runCli({u"money"_s, u"upper"_s, u"1409.5"_s}).outJson(),
             QJsonObject({{u"amount"_s, u"1409.50"_s}, {u"upper"_s, u"壹仟肆佰零玖元伍角"_s}}));
}

void TestCommandLine::moneyUpperInvoiceWritesYuanAsRound()
{
    const Run run = runCli({u"money"_s, u"upper"_s, u"1272"_s, u"--invoice"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outJson().value(u"upper"_s).toString(), u"壹仟贰佰柒拾贰圆整"_s);
}

void TestCommandLine::moneyUpperAcceptsNegativeAmounts()
{
    const Run run = runCli({u"money"_s, u"upper"_s, u"-5.20"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outJson().value(u"upper"_s).toString(), u"负伍元贰角"_s);
}

void TestCommandLine::moneyUpperReadsJsonFromStandardInput()
{
    const Run run = runCli({u"money"_s, u"upper"_s}, R"({"amount": "6007.14", "invoice": true})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outJson().value(u"upper"_s).toString(), u"陆仟零柒圆壹角肆分"_s);
}

void TestCommandLine::jsonRequestsAreReadStrictly()
{
    // A misspelt field is refused, naming it, in money upper and id check as in the calculators.
    const Run typo = runCli({u"money"_s, u"upper"_s}, "{\"amount\": \"1.00\", \"invoce\": true}");
    QCOMPARE(typo.exitCode, 1);
    QCOMPARE(typo.errorJson().value(u"code"_s).toString(), u"unknown_field"_s);
    QCOMPARE(typo.errorJson().value(u"field"_s).toString(), u"invoce"_s);
    QCOMPARE(runCli({u"id"_s, u"check"_s}, "{\"code\": \"x\", \"tpye\": \"uscc\"}").errorJson().value(u"field"_s).toString(),
             u"tpye"_s);
    // The same key twice, a number a double would round, and more than the input limit.
    const Run twice = runCli({u"money"_s, u"upper"_s}, "{\"amount\": \"1.00\", \"amount\": \"1000000.00\"}");
    QCOMPARE(twice.errorJson().value(u"code"_s).toString(), u"duplicate_key"_s);
    const Run rounded = runCli({u"money"_s, u"upper"_s}, "{\"amount\": 12345678901234567.89}");
    QCOMPARE(rounded.errorJson().value(u"code"_s).toString(), u"imprecise_number"_s);
    QCOMPARE(rounded.errorJson().value(u"field"_s).toString(), u"amount"_s);
    const Run huge = runCli({u"money"_s, u"upper"_s}, "{\"amount\": \"" + QByteArray(33 * 1024 * 1024, '9') + "\"}");
    QCOMPARE(huge.errorJson().value(u"code"_s).toString(), u"input_too_large"_s);
    QVERIFY(huge.err.size() < 1000); // the message does not repeat the input
}

void TestCommandLine::moneyUpperReadsJsonFromFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"request.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"amount": "325.04"})");
    file.close();
    const Run run = runCli({u"money"_s, u"upper"_s, u"--in"_s, file.fileName()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outJson().value(u"upper"_s).toString(), u"叁佰贰拾伍元零肆分"_s);

    const Run missing = runCli({u"money"_s, u"upper"_s, u"--in"_s, dir.filePath(u"absent.json"_s)});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.errorJson().value(u"code"_s).toString(), u"input_unreadable"_s);
}

void TestCommandLine::jsonNumbersAreReadExactly()
{
    QCOMPARE(runCli({u"money"_s, u"upper"_s}, R"({"amount": 0.1})").outJson().value(u"amount"_s).toString(), u"0.10"_s);
    QCOMPARE(runCli({u"money"_s, u"upper"_s}, R"({"amount": 16409.02})").outJson().value(u"upper"_s).toString(),
             u"壹万陆仟肆佰零玖元零贰分"_s);
    const Run tooPrecise = runCli({u"money"_s, u"upper"_s}, R"({"amount": 12.345})");
    QCOMPARE(tooPrecise.exitCode, 1);
    QCOMPARE(tooPrecise.errorJson().value(u"code"_s).toString(), u"too_many_fraction_digits"_s);
}

void TestCommandLine::tooManyFractionDigitsExitsOneWithStructuredError()
{
    const Run run = runCli({u"money"_s, u"upper"_s, u"1.234"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QJsonObject error = run.errorJson();
    QCOMPARE(error.value(u"code"_s).toString(), u"too_many_fraction_digits"_s);
    QCOMPARE(error.value(u"field"_s).toString(), u"amount"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"1.234"_s));
}

void TestCommandLine::malformedJsonExitsOne()
{
    const Run run = runCli({u"money"_s, u"upper"_s}, "{\"amount\": ");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorJson().value(u"code"_s).toString(), u"invalid_json"_s);
    const Run empty = runCli({u"money"_s, u"upper"_s});
    QCOMPARE(empty.exitCode, 1);
    QCOMPARE(empty.errorJson().value(u"code"_s).toString(), u"input_missing"_s);
    const Run wrongType = runCli({u"money"_s, u"upper"_s}, R"({"amount": "1", "invoice": "yes"})");
    QCOMPARE(wrongType.exitCode, 1);
    QCOMPARE(wrongType.errorJson().value(u"field"_s).toString(), u"invoice"_s);
}

void TestCommandLine::idCheckAcceptsTheOfficialCreditCode()
{
    const Run run = runCli({u"id"_s, u"check"_s, u"91350100M000100Y43"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outJson().value(u"valid"_s).toBool(), true);
    QCOMPARE(run.outJson().value(u"type"_s).toString(), u"uscc"_s);

    const Run resident = runCli({u"id"_s, u"check"_s, u"11010519491231002X"_s});
    QCOMPARE(resident.exitCode, 0);
    QCOMPARE(resident.outJson().value(u"type"_s).toString(), u"resident_id"_s);
    QCOMPARE(resident.outJson().value(u"details"_s).toObject().value(u"birth_date"_s).toString(), u"1949-12-31"_s);
}

void TestCommandLine::idCheckWithOneCharacterChangedExitsOneWithReason()
{
    const Run run = runCli({u"id"_s, u"check"_s, u"91350100M000100Y53"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.outJson();
    QCOMPARE(result.value(u"valid"_s).toBool(true), false);
    QCOMPARE(result.value(u"type"_s).toString(), u"uscc"_s);
    QVERIFY(result.value(u"reason"_s).toString().contains(u"check character"_s));
    QCOMPARE(result.value(u"reason_code"_s).toString(), u"check_character_mismatch"_s);
    QCOMPARE(run.errorJson().value(u"code"_s).toString(), u"check_character_mismatch"_s);
}

void TestCommandLine::idCheckReadsJsonAndHonoursType()
{
    const Run run = runCli({u"id"_s, u"check"_s}, R"({"code": "25442000000012341234", "type": "invoice_number"})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outJson().value(u"type"_s).toString(), u"invoice_number"_s);
    const Run forced = runCli({u"id"_s, u"check"_s, u"--type"_s, u"resident_id"_s, u"91350100M000100Y43"_s});
    QCOMPARE(forced.exitCode, 1);
    QCOMPARE(forced.outJson().value(u"type"_s).toString(), u"resident_id"_s);
}

void TestCommandLine::unknownTypeIsRefused()
{
    const Run run = runCli({u"id"_s, u"check"_s, u"--type=passport"_s, u"X"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorJson().value(u"field"_s).toString(), u"type"_s);
}

void TestCommandLine::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("group without subcommand") << QStringList{u"money"_s};
    QTest::newRow("unknown subcommand") << QStringList{u"money"_s, u"lower"_s};
    QTest::newRow("unknown option") << QStringList{u"money"_s, u"upper"_s, u"--bogus"_s, u"1"_s};
    QTest::newRow("too many arguments") << QStringList{u"money"_s, u"upper"_s, u"1"_s, u"2"_s};
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"xx"_s, u"money"_s, u"upper"_s, u"1"_s};
}

void TestCommandLine::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errorJson().value(u"code"_s).toString(), u"usage"_s);
    QVERIFY(!run.errorJson().value(u"message"_s).toString().isEmpty());
}

void TestCommandLine::helpIsAvailableAtEveryLevel()
{
    const Run top = runCli({u"--help"_s});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("money upper"));
    QVERIFY(top.out.contains("id check"));
    const Run group = runCli({u"money"_s, u"--help"_s});
    QCOMPARE(group.exitCode, 0);
    QVERIFY(group.out.contains("money upper"));
    QVERIFY(!group.out.contains("id check"));
    const Run leaf = runCli({u"money"_s, u"upper"_s, u"--help"_s});
    QCOMPARE(leaf.exitCode, 0);
    QVERIFY(leaf.out.contains("--invoice"));
    QVERIFY(leaf.out.contains("AMOUNT"));
}

void TestCommandLine::versionListsVersionAndLibraries()
{
    const Run run = runCli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject version = run.outJson();
    QCOMPARE(version.value(u"name"_s).toString(), u"taxbox-cli"_s);
    QVERIFY(!version.value(u"version"_s).toString().isEmpty());
    QVERIFY(version.value(u"rule_packs"_s).isArray());
    const QJsonObject libraries = version.value(u"libraries"_s).toObject();
    // A build against plain SQLite would report no cipher version: that must never ship.
    QVERIFY(!libraries.value(u"sqlcipher"_s).toString().isEmpty());
    QVERIFY(libraries.value(u"openssl"_s).toString().startsWith(u"OpenSSL"_s));
    QCOMPARE(libraries.value(u"qt"_s).toString(), QString::fromLatin1(qVersion()));
}

void TestCommandLine::messagesFollowTheLanguage()
{
    const Run english = runCli({u"money"_s, u"upper"_s, u"1.234"_s});
    QVERIFY(english.errorJson().value(u"message"_s).toString().startsWith(u"Amount"_s));

    const Run byOption = runCli({u"--lang"_s, u"zh_CN"_s, u"money"_s, u"upper"_s, u"1.234"_s});
    QCOMPARE(byOption.exitCode, 1);
    QVERIFY2(byOption.errorJson().value(u"message"_s).toString().contains(u"精确到分"_s), byOption.err.constData());
    QCOMPARE(byOption.errorJson().value(u"code"_s).toString(), u"too_many_fraction_digits"_s); // codes stay stable

    const Run byLocale = runCli({u"id"_s, u"check"_s, u"91350100M000100Y44"_s}, {}, u"zh_CN.UTF-8"_s);
    QVERIFY2(byLocale.outJson().value(u"reason"_s).toString().contains(u"校验码"_s), byLocale.out.constData());

    const Run optionBeatsLocale = runCli({u"money"_s, u"upper"_s, u"1.234"_s, u"--lang=en"_s}, {}, u"zh_CN.UTF-8"_s);
    QVERIFY(optionBeatsLocale.errorJson().value(u"message"_s).toString().startsWith(u"Amount"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
