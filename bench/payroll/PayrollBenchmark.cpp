// bench/payroll: a year of payroll for N employees (default 10,000) on an encrypted enterprise store:
// entries imported month by month, each month computed by the cumulative method and stored. Reports
// the time per employee-month and the share spent outside the arithmetic (the same computation run
// in memory alone, in the same process, is the arithmetic).
//
//   taxbox-bench-payroll [--employees N]

#include "../BenchCheck.h"
#include "calc/CumulativeWithholding.h"
#include "ids/ResidentIdNumber.h"
#include "payroll/Payroll.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using taxbox::bench::check;

namespace {

QString residentId(int i)
{
    const QDate birth = QDate(1970, 1, 1).addDays(i / 900);
    const QString first17 = u"110105"_s + birth.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(100 + i % 900, 3, 10, QLatin1Char('0'));
    return first17 + ResidentIdNumber::checkCharacter(first17);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"employees"_s, u"Employees (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.process(app);
    const int count = std::max(10, parser.value(u"employees"_s).toInt());

    const rules::RulePack &pack = *check(rules::RulePack::builtIn(), "rule pack");
    QTemporaryDir dir;
    EnterpriseProfile profile;
    profile.name = u"基准测试有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    auto store = check(store::EnterpriseStore::create(dir.filePath(u"bench.db"_s), crypto::SecureBytes::random(32), u"bench"_s,
                                                      profile, {u"u"_s, u"bench"_s, Role::Accountant}),
                       "store");
    payroll::Payroll payroll(*store, pack);

    // Employees and a year of random but plausible wages.
    QRandomGenerator random(2025);
    QList<payroll::Employee> employees;
    QList<std::array<calc::WageMonth, 12>> wages(count);
    for (int i = 0; i < count; ++i) {
        payroll::Employee e;
        e.name = u"员工%1"_s.arg(i);
        e.residentId = residentId(i);
        e.hireDate = QDate(2020, 1, 1);
        if (i % 3 == 0)
            e.declarations.childEducation = 1;
        employees.append(e);
        const qint64 base = random.bounded(3'000'00, 60'000'00);
        for (int m = 0; m < 12; ++m) {
            calc::WageMonth &w = wages[i][m];
            w.incomeFen = base + (m == 11 ? base : 0);
            w.specialFen = base / 10;
            w.additionalFen = 2000'00;
        }
    }
    QElapsedTimer timer;
    timer.start();
    check(payroll.addEmployees(employees), "employees");
    const qint64 addMs = timer.elapsed();

    // End to end: import each month, compute it, close it.
    qint64 importNs = 0;
    qint64 runNs = 0;
    qint64 total = 0;
    for (int m = 1; m <= 12; ++m) {
        QList<payroll::Entry> entries;
        entries.reserve(count);
        for (int i = 0; i < count; ++i)
            entries.append({employees.at(i).residentId, wages[i][m - 1], true});
        timer.restart();
        check(payroll.importEntries({2025, m}, entries), "import");
        importNs += timer.nsecsElapsed();
        timer.restart();
        const auto results = check(payroll.run({2025, m}), "run");
        check(payroll.close({2025, m}), "close");
        runNs += timer.nsecsElapsed();
        if (m == 12) {
            for (const payroll::Withholding &w : results)
                total += w.result.cumulativeWithheldFen;
        }
    }

    // The arithmetic alone: the same months through the same engine, in memory (payroll continues
    // each month from the stored previous one, so a year is 12 steps per employee).
    timer.restart();
    const auto table = check(calc::WithholdingTable::fromPack(pack, u"iit.cumulative_table"_s, QDate(2025, 1, 1)), "table");
    qint64 check12 = 0;
    qint64 monthsComputed = 0;
    for (int i = 0; i < count; ++i) {
        calc::CumulativeWithholding engine(table, 5000'00, 1);
        for (int m = 1; m <= 12; ++m) {
            const auto r = engine.add(m, wages[i][m - 1]);
            ++monthsComputed;
            if (m == 12)
                check12 += r.cumulativeWithheldFen;
        }
    }
    const qint64 arithmeticNs = timer.nsecsElapsed();

    const qint64 endToEndNs = importNs + runNs;
    const double employeeMonths = double(count) * 12;
    QTextStream out(stdout);
    out << u"bench/payroll: %1 employees × 12 months on an encrypted store (SQLCipher %2)\n"_s.arg(count).arg(
        store::Database::cipherVersion());
    out << u"  add employees (one transaction)     %1 ms\n"_s.arg(addMs);
    out << u"  import 12 months of entries         %1 ms\n"_s.arg(importNs / 1e6, 0, 'f', 0);
    out << u"  compute + store + close 12 months   %1 ms\n"_s.arg(runNs / 1e6, 0, 'f', 0);
    out << u"  year end to end (import + compute)  %1 ms  (%2 µs per employee-month)\n"_s.arg(endToEndNs / 1e6, 0, 'f', 0)
               .arg(endToEndNs / 1e3 / employeeMonths, 0, 'f', 1);
    out << u"  arithmetic alone (%1 month steps)   %2 ms\n"_s.arg(monthsComputed).arg(arithmeticNs / 1e6, 0, 'f', 1);
    out << u"  share outside the arithmetic        %1%\n"_s.arg(100.0 * (endToEndNs - arithmeticNs) / endToEndNs, 0, 'f', 1);
    out << u"  total withheld in the year          %1 (in-memory check %2)\n"_s.arg(total).arg(check12);
    return total == check12 ? 0 : 1;
}
