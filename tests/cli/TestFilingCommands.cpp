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
