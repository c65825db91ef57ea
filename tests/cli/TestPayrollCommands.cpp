// Drives `taxbox-cli payroll` end to end: employees, template, import with row errors, run and close,
// the closed month refusing changes, audited reopening, and the exported return.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCode = u"91350100M000100Y43"_s;

} // namespace

class TestPayrollCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void yearStartToExportedReturn();
    void startedInDecemberFromOpenings();

private:
    Run cli(QStringList arguments, const QByteArray &input = {}, bool inWorkspace = true) const
    {
        if (inWorkspace)
            arguments << u"--workspace"_s << m_dir.filePath(u"ws"_s);
        return runCli(arguments, input, u"C.UTF-8"_s, {{u"TAXBOX_PASSWORD"_s, "correct horse battery"}});
    }
    QStringList forEnterprise(QStringList arguments) const { return arguments << u"--enterprise"_s << kCode; }

    QTemporaryDir m_dir;
};

void TestPayrollCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({u"workspace"_s, u"init"_s, u"--user"_s, u"王会计"_s}).exitCode, 0);
    QCOMPARE(
        cli({u"enterprise"_s, u"add"_s},
            R"({"name":"福州闽江贸易有限公司","credit_code":"91350100M000100Y43","taxpayer_kind":"general","region":"350100"})")
            .exitCode,
        0);
}

void TestPayrollCommands::yearStartToExportedReturn()
{
    const Run added = cli(forEnterprise({u"payroll"_s, u"employee"_s, u"add"_s}),
                          R"({"name":"张三","resident_id":"11010519491231002X","hire_date":"2020-01-01"})");
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Run bad = cli(forEnterprise({u"payroll"_s, u"employee"_s, u"add"_s}),
                        R"({"name":"王五","resident_id":"110105194912310021","hire_date":"2020-01-01"})");
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.errorJson().value(u"field"_s).toString(), u"resident_id"_s);

    const QString templateFile = m_dir.filePath(u"template.xlsx"_s);
    QCOMPARE(cli({u"payroll"_s, u"template"_s, u"--out"_s, templateFile}, {}, false).exitCode, 0);
    QVERIFY(QFile::exists(templateFile));

    const QString january = m_dir.filePath(u"2025-01.csv"_s);
    QFile file(january);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("姓名,身份证号,本期收入,专项扣除,专项附加扣除\n张三,11010519491231002X,30000,4500,2000\n王五,110105194912310021,"
               "1000,0,0\n");
    file.close();

    // A file with a bad row imports nothing by default, and says which row and column.
    const Run refused = cli(forEnterprise({u"payroll"_s, u"import"_s, january, u"--period"_s, u"2025-01"_s}));
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errorJson().value(u"code"_s).toString(), u"rows_refused"_s);
    const QJsonObject report = refused.outJson().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(report.value(u"row"_s).toInt(), 3);
    QCOMPARE(report.value(u"column"_s).toString(), u"身份证号"_s);
    QCOMPARE(cli(forEnterprise({u"payroll"_s, u"run"_s, u"--period"_s, u"2025-01"_s}))
                 .outJson()
                 .value(u"employees"_s)
                 .toArray()
                 .size(),
             0);

    const Run imported = cli(forEnterprise({u"payroll"_s, u"import"_s, january, u"--period"_s, u"2025-01"_s, u"--good-rows"_s}));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.outJson().value(u"imported"_s).toInt(), 1);

    const Run ran = cli(forEnterprise({u"payroll"_s, u"run"_s, u"--period"_s, u"2025-01"_s, u"--close"_s}));
    QVERIFY2(ran.exitCode == 0, ran.err.constData());
    QCOMPARE(ran.outJson().value(u"total_withheld"_s).toString(), u"555.00"_s);
    QVERIFY(ran.outJson().value(u"closed"_s).toBool());

    const Run closed = cli(forEnterprise({u"payroll"_s, u"import"_s, january, u"--period"_s, u"2025-01"_s, u"--good-rows"_s}));
    QCOMPARE(closed.exitCode, 1);
    QCOMPARE(closed.errorJson().value(u"code"_s).toString(), u"month_closed"_s);

    const QString csv = m_dir.filePath(u"return.csv"_s);
    const Run exported = cli(forEnterprise({u"payroll"_s, u"export"_s, u"--period"_s, u"2025-01"_s, u"--out"_s, csv}));
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(exported.outJson().value(u"total_withheld"_s).toString(), u"555.00"_s);
    QFile exportedFile(csv);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    const QByteArray text = exportedFile.readAll();
    QVERIFY(text.contains("张三,"));
    QVERIFY(text.contains(",555.00"));
    const QString xlsx = m_dir.filePath(u"return.xlsx"_s);
    QCOMPARE(cli(forEnterprise({u"payroll"_s, u"export"_s, u"--period"_s, u"2025-01"_s, u"--out"_s, xlsx})).exitCode, 0);
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly) && workbook.read(2) == "PK");

    QCOMPARE(
        cli(forEnterprise({u"payroll"_s, u"reopen"_s, u"--period"_s, u"2025-01"_s})).errorJson().value(u"field"_s).toString(),
        u"reason"_s);
    QCOMPARE(
        cli(forEnterprise({u"payroll"_s, u"reopen"_s, u"--period"_s, u"2025-01"_s, u"--reason"_s, u"late bonus"_s})).exitCode, 0);
    const Run show = cli({u"enterprise"_s, u"show"_s, kCode});
    bool reopenAudited = false;
    for (const QJsonValue &entry : show.outJson().value(u"audit"_s).toArray())
        reopenAudited = reopenAudited || entry.toObject().value(u"action"_s).toString() == u"reopen"_s;
    QVERIFY(reopenAudited);
}

void TestPayrollCommands::startedInDecemberFromOpenings()
{
    // 张三 (hired 2020) earns ¥25,000 a month; Taxbox is first used for 2026-12.
    const QString december = m_dir.filePath(u"2026-12.csv"_s);
    QFile wages(december);
    QVERIFY(wages.open(QIODevice::WriteOnly));
    wages.write("姓名,身份证号,本期收入\n张三,11010519491231002X,25000\n");
    wages.close();
    QCOMPARE(cli(forEnterprise({u"payroll"_s, u"import"_s, december, u"--period"_s, u"2026-12"_s})).exitCode, 0);
    const Run refused = cli(forEnterprise({u"payroll"_s, u"run"_s, u"--period"_s, u"2026-12"_s}));
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errorJson().value(u"code"_s).toString(), u"missing_prior_months"_s);

    // The 扣缴端's figures at the end of November: 275,000 income, 55,000 basic deduction; taxable
    // 220,000 × 20% − 16,920 = 27,080 withheld so far.
    const QString openings = m_dir.filePath(u"2026-11-openings.csv"_s);
    QFile file(openings);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("姓名,身份证号,累计收入,累计免税收入,累计减除费用,累计专项扣除,累计专项附加扣除,累计其他扣除,累计已预扣预缴税额\n"
               "张三,11010519491231002X,\"275,000.00\",0,55000,0,0,0,27080\n");
    file.close();
    const Run imported = cli(forEnterprise({u"payroll"_s, u"opening"_s, u"import"_s, openings, u"--period"_s, u"2026-11"_s}));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.outJson().value(u"imported"_s).toInt(), 1);
    const Run listed = cli(forEnterprise({u"payroll"_s, u"opening"_s, u"list"_s, u"--period"_s, u"2026-11"_s}));
    QCOMPARE(listed.outJson().value(u"openings"_s).toArray().first().toObject().value(u"cumulative_withheld"_s).toString(),
             u"27080.00"_s);

    // December: 300,000 − 60,000 = 240,000 × 20% − 16,920 = 31,080 → 4,000.00 this month.
    const Run ran = cli(forEnterprise({u"payroll"_s, u"run"_s, u"--period"_s, u"2026-12"_s}));
    QVERIFY2(ran.exitCode == 0, ran.err.constData());
    QCOMPARE(ran.outJson().value(u"total_withheld"_s).toString(), u"4000.00"_s);
}

QTEST_GUILESS_MAIN(TestPayrollCommands)
#include "TestPayrollCommands.moc"
