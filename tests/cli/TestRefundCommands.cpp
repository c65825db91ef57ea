// taxbox-cli refund …, run as a process: the export register kept and refused by field, an overpayment
// prepared, filed, listed with its clock, exported as the 《退(抵)税申请表》 (read back by pdftotext) and withdrawn;
// a 免抵退 declaration without its VAT return exits 1 with the check, and its draft is discarded.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRefundCommands : public QObject
{
    Q_OBJECT

private slots:
    void applicationsFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        const QMap<QString, QByteArray> password{{u"TAXBOX_PASSWORD"_s, "correct horse battery"}};
        auto cli = [&](QStringList arguments, const QByteArray &input = {}) {
            arguments << u"--workspace"_s << ws;
            return runCli(arguments, input, u"C.UTF-8"_s, password);
        };
        auto refund = [](QStringList arguments) {
            return QStringList{u"refund"_s} + arguments + QStringList{u"--enterprise"_s, u"91350100M000100Y43"_s};
        };
        QCOMPARE(cli({u"workspace"_s, u"init"_s, u"--user"_s, u"王会计"_s}).exitCode, 0);
        QCOMPARE(
            cli({u"enterprise"_s, u"add"_s},
                R"({"name":"福州闽江制造有限公司","credit_code":"91350100M000100Y43","taxpayer_kind":"general","region":"350102"})")
                .exitCode,
            0);

        // The export register: a bad line is refused by its field (1-based) in the user's language, nothing kept.
        const QByteArray bad = R"({"entries": [{"declaration_number": "350120260000123456001", "export_date": "2026-05-10",
            "hs_code": "8471", "name": "便携式计算机", "fob_foreign": "100000", "fx_rate": "7.1", "invoice_number": "EX1"}]})";
        const Run refused
            = cli(QStringList{u"--lang"_s, u"zh_CN"_s} + refund({u"register"_s, u"save"_s, u"--period"_s, u"2026-05"_s}), bad);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorJson().value(u"field"_s).toString(), u"entries[1].hs_code"_s);
        QCOMPARE(refused.errorJson().value(u"message"_s).toString(), u"第 1 笔出口：商品代码应为 8 位或 10 位商品代码。"_s);
        QByteArray good = bad;
        good.replace("\"8471\"", "\"8471300000\"");
        QCOMPARE(cli(refund({u"register"_s, u"save"_s, u"--period"_s, u"2026-05"_s}), good).exitCode, 0);
        const Run shown = cli(refund({u"register"_s, u"show"_s, u"--period"_s, u"2026-05"_s}));
        QCOMPARE(shown.outJson().value(u"fob_cny"_s).toString(), u"710000.00"_s);
        QCOMPARE(shown.outJson().value(u"exempt_offset_refund"_s).toString(), u"92300.00"_s);

        // A declaration before the month's VAT return is filed: prepared with the check, exit 1; then discarded.
        const Run early = cli(refund({u"prepare"_s, u"--kind"_s, u"export_declaration"_s, u"--period"_s, u"2026-05"_s}));
        QCOMPARE(early.exitCode, 1);
        QVERIFY(QJsonDocument(early.outJson().value(u"result"_s).toObject().value(u"checks"_s).toArray())
                    .toJson()
                    .contains("return_missing"));
        const QString draft = early.outJson().value(u"id"_s).toString();
        QCOMPARE(cli(refund({u"file"_s, u"--id"_s, draft})).errorJson().value(u"code"_s).toString(), u"application_has_errors"_s);
        QCOMPARE(cli(refund({u"discard"_s, u"--id"_s, draft})).exitCode, 0);

        // An overpayment: prepared, filed, listed with its 30-day clock.
        const QByteArray overpaid = R"({"payments": [{"tax": "印花税", "period": "2026Q2", "voucher": "335016260000012345",
            "paid_on": "2026-07-10", "paid": "5000", "due": "0"}], "reason": "重复缴纳"})";
        const Run prepared = cli(refund({u"prepare"_s, u"--kind"_s, u"overpayment"_s, u"--period"_s, u"2026-12"_s}), overpaid);
        QVERIFY2(prepared.exitCode == 0, prepared.err.constData());
        QCOMPARE(prepared.outJson().value(u"amount_claimed"_s).toString(), u"5000.00"_s);
        const QString id = prepared.outJson().value(u"id"_s).toString();
        const Run filed = cli(refund({u"file"_s, u"--id"_s, id}));
        QCOMPARE(filed.outJson().value(u"state"_s).toString(), u"submitted"_s);
        QCOMPARE(filed.outJson().value(u"sync_state"_s).toString(), u"pending"_s);
        const QJsonArray listed = cli(refund({u"list"_s})).outJson().value(u"applications"_s).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(u"clock"_s).toObject().value(u"limit_days"_s).toInt(), 30);
        QVERIFY(listed.first().toObject().value(u"clock"_s).toObject().value(u"running"_s).toBool());

        // The application on paper and in a workbook.
        const QString xlsx = dir.filePath(u"application.xlsx"_s);
        QCOMPARE(cli(refund({u"export"_s, u"--id"_s, id, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx})).exitCode, 0);
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArray("PK"));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (!pdftotext.isEmpty()) {
            const QString pdf = dir.filePath(u"application.pdf"_s);
            QCOMPARE(cli(refund({u"export"_s, u"--id"_s, id, u"--format"_s, u"pdf"_s, u"--out"_s, pdf})).exitCode, 0);
            QProcess reader;
            reader.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
            QVERIFY(reader.waitForFinished(60000));
            const QString text = QString::fromUtf8(reader.readAllStandardOutput());
            for (const QString &expected : {u"退(抵)税申请表"_s, u"误收退税"_s, u"91350100M000100Y43"_s, u"5000.00"_s})
                QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
        }

        // Withdrawn with a reason only; then the office can no longer take it.
        QCOMPARE(cli(refund({u"withdraw"_s, u"--id"_s, id})).errorJson().value(u"code"_s).toString(), u"reason_required"_s);
        const Run withdrawn = cli(refund({u"withdraw"_s, u"--id"_s, id, u"--reason"_s, u"已抵缴欠税"_s}));
        QCOMPARE(withdrawn.outJson().value(u"state"_s).toString(), u"withdrawn"_s);
        QCOMPARE(withdrawn.outJson().value(u"history"_s).toArray().size(), 2);
        QCOMPARE(cli(refund({u"withdraw"_s, u"--id"_s, id, u"--reason"_s, u"again"_s})).errorJson().value(u"code"_s).toString(),
                 u"transition_refused"_s);
    }
};

QTEST_GUILESS_MAIN(TestRefundCommands)
#include "TestRefundCommands.moc"
