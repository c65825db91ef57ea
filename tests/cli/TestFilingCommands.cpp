// taxbox-cli filing …, run as a process: Part A of spec/filing-forms.md (compute without a workspace),
// and the workspace's returns.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject example(const QString &name)
{
    QFile file(QStringLiteral(TAXBOX_FILING_DATA) + u"/examples.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read examples.json");
    for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray()) {
        if (c.toObject().value(u"name"_s).toString().startsWith(name))
            return c.toObject();
    }
    qFatal("no example %s", qPrintable(name));
}

QByteArray requestOf(const QString &name)
{
    return QJsonDocument(example(name).value(u"request"_s).toObject()).toJson();
}

} // namespace

class TestFilingCommands : public QObject
{
    Q_OBJECT

private slots:
    void computeFromStandardInput()
    {
        const Run run = runCli({u"filing"_s, u"compute"_s, u"--form"_s, u"vat-general"_s}, requestOf(u"G1"_s));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject out = run.outJson();
        QCOMPARE(out.value(u"form"_s).toString(), u"vat-general"_s);
        QCOMPARE(out.value(u"version"_s).toString(), u"2021-20"_s);
        QCOMPARE(out.value(u"period"_s).toString(), u"2025-01"_s);
        const QJsonObject cells = out.value(u"cells"_s).toObject();
        QCOMPARE(cells.value(u"M19"_s).toString(), u"48100.00"_s);
        QCOMPARE(cells.value(u"A2.12.n"_s).toInt(), 27); // counts as integers
        QCOMPARE(cells.value(u"A5.r1.c4"_s).toString(), u"0.07"_s); // rates as on the form
        QVERIFY(!cells.contains(u"M7.j"_s)); // "——" on the form: never written
        QCOMPARE(out.value(u"checks"_s).toArray().size(), 0);
        QVERIFY(!out.contains(u"explain"_s));
    }

    void computeFromAFileWithExplanationsInChinese()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g2.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(requestOf(u"G2"_s));
        file.close();
        const Run run = runCli(
            {u"--lang"_s, u"zh_CN"_s, u"filing"_s, u"compute"_s, u"--form"_s, u"vat-general"_s, u"--in"_s, path, u"--explain"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject explain = run.outJson().value(u"explain"_s).toObject();
        QCOMPARE(explain.value(u"M20"_s).toString(), u"M17 − M18 = 65,200.00 − 26,000.00 = 39,200.00"_s);
        QCOMPARE(explain.value(u"M13"_s).toString(), u"prev(M20) = 8,000.00"_s);
    }

    void anErrorCheckExitsOneWithTheReturn()
    {
        const QByteArray request = R"({"period": "2025Q1", "cells": {"M1.g": "1000.00", "M3.g": "1000.00"}})";
        const Run run = runCli({u"--lang"_s, u"zh_CN"_s, u"filing"_s, u"compute"_s, u"--form"_s, u"vat-small"_s}, request);
        QCOMPARE(run.exitCode, 1);
        const QJsonArray checks = run.outJson().value(u"checks"_s).toArray();
        QVERIFY(!checks.isEmpty());
        const QJsonObject first = checks.at(0).toObject();
        QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
        QVERIFY(first.value(u"message"_s).toString().contains(u"起征点"_s)); // in the user's language
        QVERIFY(first.value(u"cells"_s).toArray().contains(u"M3.g"_s));
        // A warning alone is exit 0.
        const Run warned = runCli({u"filing"_s, u"compute"_s, u"--form"_s, u"vat-general"_s}, R"({"period": "2026-03"})");
        QCOMPARE(warned.exitCode, 0);
        QCOMPARE(warned.outJson().value(u"checks"_s).toArray().at(0).toObject().value(u"severity"_s).toString(), u"warning"_s);
    }

    void aReturnInTheWorkspaceFromEntryToDue()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        const QMap<QString, QByteArray> password{{u"TAXBOX_PASSWORD"_s, "correct horse battery"}};
        auto cli = [&](QStringList arguments, const QByteArray &input = {}) {
            arguments << u"--workspace"_s << ws;
            return runCli(arguments, input, u"C.UTF-8"_s, password);
        };
        auto onEnterprise = [](QStringList arguments) {
            return arguments << u"--enterprise"_s << u"91350100M000100Y43"_s << u"--form"_s << u"cit-prepay"_s << u"--period"_s
                             << u"2025Q1"_s;
        };
        QCOMPARE(cli({u"workspace"_s, u"init"_s, u"--user"_s, u"王会计"_s}).exitCode, 0);
        QCOMPARE(
            cli({u"enterprise"_s, u"add"_s},
                R"({"name":"福州闽江贸易有限公司","credit_code":"91350100M000100Y43","taxpayer_kind":"small","region":"350102"})")
                .exitCode,
            0);
        // The income statement of C1 (spec §8.3), entered, then the return generated from it.
        const Run data = cli(
            {u"filing"_s, u"data"_s, u"set"_s, u"--enterprise"_s, u"91350100M000100Y43"_s, u"--kind"_s, u"income_statement"_s,
             u"--period"_s, u"2025Q1"_s},
            R"({"L3": "1900000.00", "H.staff.start": 120, "H.staff.end": 200, "H.assets.start": "2000", "H.assets.end": "4000"})");
        QVERIFY2(data.exitCode == 0, data.err.constData());
        const Run generated = cli(onEnterprise({u"filing"_s, u"generate"_s}));
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        QCOMPARE(generated.outJson().value(u"cells"_s).toObject().value(u"L16"_s).toString(), u"95000.00"_s);
        QCOMPARE(generated.outJson().value(u"sources"_s).toObject().value(u"L3"_s).toArray().size(), 1);
        // An override needs a reason; a computed cell is refused, naming it.
        QCOMPARE(
            cli(onEnterprise({u"filing"_s, u"edit"_s}), R"({"cells": {"L15": "1.00"}})").errorJson().value(u"code"_s).toString(),
            u"reason_required"_s);
        QCOMPARE(cli(onEnterprise({u"filing"_s, u"edit"_s, u"--reason"_s, u"x"_s}), R"({"cells": {"L16": "1.00"}})")
                     .errorJson()
                     .value(u"field"_s)
                     .toString(),
                 u"L16"_s);
        QCOMPARE(cli(onEnterprise({u"filing"_s, u"check"_s})).exitCode, 0);
        // Warnings need a confirmation; then it is filed and queued.
        QCOMPARE(cli(onEnterprise({u"filing"_s, u"file"_s})).errorJson().value(u"code"_s).toString(), u"warnings_unconfirmed"_s);
        const Run filed = cli(onEnterprise({u"filing"_s, u"file"_s, u"--confirm-warnings"_s}));
        QVERIFY2(filed.exitCode == 0, filed.err.constData());
        QCOMPARE(filed.outJson().value(u"state"_s).toString(), u"filed"_s);
        QCOMPARE(filed.outJson().value(u"sync_state"_s).toString(), u"pending"_s);
        // Exports.
        const QString json = dir.filePath(u"c.json"_s);
        const Run exported = cli(onEnterprise({u"filing"_s, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, json}));
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"cells"_s).toObject().value(u"L16"_s).toString(),
                 u"95000.00"_s);
        // What is due in April 2025: the quarter's VAT and CIT; the CIT return is filed.
        const Run due = cli({u"filing"_s, u"due"_s, u"--month"_s, u"2025-04"_s, u"--enterprise"_s, u"91350100M000100Y43"_s});
        QVERIFY2(due.exitCode == 0, due.err.constData());
        QCOMPARE(due.outJson().value(u"deadline"_s).toString(), u"2025-04-18"_s);
        const QJsonArray rows = due.outJson().value(u"returns"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"form"_s).toString(), u"vat-small"_s);
        QCOMPARE(rows.at(1).toObject().value(u"form"_s).toString(), u"cit-prepay"_s);
        QCOMPARE(rows.at(1).toObject().value(u"state"_s).toString(), u"filed"_s);
        const Run listed = cli({u"filing"_s, u"list"_s, u"--enterprise"_s, u"91350100M000100Y43"_s});
        QCOMPARE(listed.outJson().value(u"returns"_s).toArray().size(), 1);
    }

    void refusedInputChangesNothingAndNamesTheCell()
    {
        const Run computed = runCli({u"filing"_s, u"compute"_s, u"--form"_s, u"vat-general"_s},
                                    R"({"period": "2025-01", "cells": {"M19": "1.00"}})");
        QCOMPARE(computed.exitCode, 1);
        QVERIFY(computed.out.isEmpty());
        QCOMPARE(computed.errorJson().value(u"code"_s).toString(), u"computed_cell"_s);
        QCOMPARE(computed.errorJson().value(u"field"_s).toString(), u"M19"_s);
        const Run unknown = runCli({u"--lang"_s, u"zh_CN"_s, u"filing"_s, u"compute"_s, u"--form"_s, u"cit-prepay"_s},
                                   R"({"period": "2025Q1", "cells": {"L99": "1.00"}})");
        QCOMPARE(unknown.errorJson().value(u"code"_s).toString(), u"unknown_cell"_s);
        const Run noForm = runCli({u"filing"_s, u"compute"_s}, R"({"period": "2025Q1"})");
        QCOMPARE(noForm.exitCode, 2);
        const Run notJson = runCli({u"filing"_s, u"compute"_s, u"--form"_s, u"vat-small"_s}, "{");
        QCOMPARE(notJson.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestFilingCommands)
#include "TestFilingCommands.moc"
