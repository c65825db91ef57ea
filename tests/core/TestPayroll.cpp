// Payroll on a real encrypted store: employees, import with row errors, the cumulative method across
// months, closing and audited reopening, the return, and spreadsheets in and out.

#include "money/Money.h"
#include "payroll/Payroll.h"
#include "payroll/Spreadsheet.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QJsonArray>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::payroll;

namespace {

const QString kZhang = u"11010519491231002X"_s;
const QString kLi = u"440524188001010014"_s;

const rules::RulePack &pack()
{
    return **rules::RulePack::builtIn();
}

EnterpriseProfile profile()
{
    EnterpriseProfile p;
    p.name = u"福州闽江贸易有限公司"_s;
    p.creditCode = u"91350100M000100Y43"_s;
    p.region = u"350100"_s;
    return p;
}

Employee employee(const QString &name, const QString &id, const QString &hired, const QJsonObject &declarations = {})
{
    auto parsed = Employee::fromJson(
        {{u"name"_s, name}, {u"resident_id"_s, id}, {u"hire_date"_s, hired}, {u"declarations"_s, declarations}},
        QDate(2026, 1, 1));
    if (!parsed)
        qFatal("bad test employee: %s", qPrintable(parsed.error().message));
    return *parsed;
}

Entry entry(const QString &id, qint64 incomeYuan, qint64 specialYuan, std::optional<qint64> additionalYuan)
{
    Entry e;
    e.residentId = id;
    e.wages.incomeFen = incomeYuan * 100;
    e.wages.specialFen = specialYuan * 100;
    if (additionalYuan) {
        e.wages.additionalFen = *additionalYuan * 100;
        e.additionalGiven = true;
    }
    return e;
}

QString withheld(const QList<Withholding> &list, const QString &id)
{
    for (const Withholding &w : list) {
        if (w.residentId == id)
            return Money::fromFen(w.result.withheldFen).toString();
    }
    return u"missing"_s;
}

} // namespace

class TestPayroll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void employeesAreValidated();
    void declarationsFollowTheRulePack();
    void officialExampleAcrossMonths();
    void midYearHireCountsFromTheHireMonth();
    void aMonthWithoutItsEarlierMonthsIsRefused();
    void openingsStartPayrollMidYearToTheFen();
    void closedMonthsAreImmutableAndReopeningIsAudited();
    void laterMonthsFollowEarlierChanges();
    void employeesAreEditedAndRemovedUntilAMonthIsClosed();
    void viewerCannotRunPayroll();
    void importReportsEveryBadRow();
    void headersCanBeMapped();
    void returnHasTotals();
    void spreadsheetsRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<Payroll> m_payroll;
};

void TestPayroll::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = store::EnterpriseStore::create(m_dir->filePath(u"e.db"_s), crypto::SecureBytes::random(32), u"e1"_s, profile(),
                                                  {u"u1"_s, u"王会计"_s, Role::Accountant});
    QVERIFY(created);
    m_store = std::move(*created);
    m_payroll = std::make_unique<Payroll>(*m_store, pack());
}

void TestPayroll::cleanup()
{
    m_payroll.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPayroll::employeesAreValidated()
{
    auto bad = Employee::fromJson(
        {{u"name"_s, u"张三"_s}, {u"resident_id"_s, u"110105194912310021"_s}, {u"hire_date"_s, u"2020-01-01"_s}},
        QDate(2026, 1, 1));
    QCOMPARE(bad.error().field, u"resident_id"_s);
    auto unknown = Employee::fromJson({{u"name"_s, u"张三"_s}, {u"salary"_s, 1}}, QDate(2026, 1, 1));
    QCOMPARE(unknown.error().field, u"salary"_s);
    auto badDeclaration = Employee::fromJson({{u"name"_s, u"张三"_s},
                                              {u"resident_id"_s, kZhang},
                                              {u"hire_date"_s, u"2020-01-01"_s},
                                              {u"declarations"_s, QJsonObject{{u"housing"_s, u"castle"_s}}}},
                                             QDate(2026, 1, 1));
    QCOMPARE(badDeclaration.error().field, u"declarations.housing"_s);

    QVERIFY(m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s)));
    auto duplicate = m_payroll->addEmployee(employee(u"张三丰"_s, kZhang, u"2021-01-01"_s));
    QCOMPARE(duplicate.error().code, u"duplicate_employee"_s);
    QCOMPARE(m_payroll->employees()->size(), 1);
}

void TestPayroll::declarationsFollowTheRulePack()
{
    Declarations d;
    d.childEducation = 2;
    d.housing = u"rent_tier1"_s;
    d.elderlySupport = u"only_child"_s;
    QCOMPARE(*d.monthlyFen(pack(), QDate(2025, 1, 1)), 850'000); // 2×2,000 + 1,500 + 3,000
    QCOMPARE(*d.monthlyFen(pack(), QDate(2022, 6, 1)), 550'000); // 2×1,000 + 1,500 + 2,000 before 2023
    d.elderlySupport = u"2000"_s; // a share above the cap counts only up to it
    QCOMPARE(*d.monthlyFen(pack(), QDate(2025, 1, 1)), 700'000);
}

void TestPayroll::officialExampleAcrossMonths()
{
    QVERIFY(m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s)));
    // The second employee takes the special additional deduction from the declarations (1 child).
    QVERIFY(m_payroll->addEmployee(employee(u"李四"_s, kLi, u"2019-05-01"_s, {{u"child_education"_s, 1}})));
    const QStringList expected{u"555.00"_s, u"625.00"_s, u"1850.00"_s};
    for (int month = 1; month <= 3; ++month) {
        const Period period{2025, month};
        QVERIFY(m_payroll->importEntries(period, {entry(kZhang, 30000, 4500, 2000), entry(kLi, 30000, 4500, std::nullopt)}));
        auto results = m_payroll->run(period);
        QVERIFY2(results, qPrintable(results ? QString() : results.error().message));
        QCOMPARE(withheld(*results, kZhang), expected.at(month - 1));
        QCOMPARE(withheld(*results, kLi), expected.at(month - 1));
        QVERIFY(m_payroll->close(period));
        QCOMPARE(*m_payroll->state(period), MonthState::Closed);
    }
    // Stored and read back as computed.
    auto stored = m_payroll->withholdings({2025, 3});
    QCOMPARE(withheld(*stored, kZhang), u"1850.00"_s);
    QCOMPARE(stored->first().result.cumulativeWithheldFen, 303'000);
}

void TestPayroll::midYearHireCountsFromTheHireMonth()
{
    QVERIFY(m_payroll->addEmployee(employee(u"李四"_s, kLi, u"2025-07-15"_s)));
    QVERIFY(m_payroll->importEntries({2025, 7}, {entry(kLi, 20000, 0, 0)}));
    auto results = m_payroll->run({2025, 7});
    QCOMPARE(results->first().result.cumulativeBasicFen, 500'000);
    QCOMPARE(withheld(*results, kLi), u"450.00"_s);
    QVERIFY(m_payroll->importEntries({2025, 6}, {entry(kLi, 1, 0, 0)}));
    QCOMPARE(m_payroll->run({2025, 6}).error().code, u"not_yet_hired"_s);
}

void TestPayroll::aMonthWithoutItsEarlierMonthsIsRefused()
{
    // ¥25,000 a month, hired in 2021, and Taxbox first used for December: computed from nothing it
    // would deduct 60,000 and withhold 0.00. Refused, saying how to bring the earlier months in.
    QVERIFY(m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2021-03-01"_s)));
    QVERIFY(m_payroll->importEntries({2026, 12}, {entry(kZhang, 25000, 0, 0)}));
    auto refused = m_payroll->run({2026, 12});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"missing_prior_months"_s);
    QCOMPARE(refused.error().field, u"period"_s);
    QVERIFY2(refused.error().message.contains(u"2026-01"_s) && refused.error().message.contains(u"2026-11"_s)
                 && refused.error().message.contains(u"期初累计"_s),
             qPrintable(refused.error().message));
    QVERIFY(m_payroll->withholdings({2026, 12})->isEmpty()); // nothing stored
    // January needs nothing before it; someone hired this year starts in the hire month.
    QVERIFY(m_payroll->importEntries({2026, 1}, {entry(kZhang, 25000, 0, 0)}));
    QVERIFY(m_payroll->run({2026, 1}));
    QVERIFY(m_payroll->addEmployee(employee(u"李四"_s, kLi, u"2026-07-01"_s)));
    QVERIFY(m_payroll->importEntries({2026, 7}, {entry(kLi, 20000, 0, 0)}));
    auto july = m_payroll->run({2026, 7}); // only 李四 is paid in July, from his hire month
    QVERIFY2(july, qPrintable(july ? QString() : july.error().message));
    QCOMPARE(july->first().result.cumulativeBasicFen, 500'000);
}

void TestPayroll::openingsStartPayrollMidYearToTheFen()
{
    // The official example (30,000 a month, 4,500 special deductions, 2,000 special additional
    // deductions), adopted in July: the 扣缴端's figures at the end of June, by the cumulative method
    // by hand — taxable 18,500 × 6 = 111,000, tax 111,000 × 10% − 2,520 = 8,580.
    QVERIFY(m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s)));
    Opening june;
    june.residentId = kZhang;
    june.name = u"张三"_s;
    june.incomeFen = 18'000'000;
    june.basicFen = 3'000'000;
    june.specialFen = 2'700'000;
    june.additionalFen = 1'200'000;
    june.withheldFen = 858'000;
    QVERIFY(m_payroll->importOpenings({2025, 6}, {june}));
    QCOMPARE(m_payroll->openings({2025, 6})->first().withheldFen, 858'000);
    // July to December by hand: cumulative taxable 18,500 × n; 129,500 → 10,430 (1,850 this month);
    // 148,000 → 20% − 16,920 = 12,680 (2,250); then 3,700 a month.
    const QStringList expected{u"1850.00"_s, u"2250.00"_s, u"3700.00"_s, u"3700.00"_s, u"3700.00"_s, u"3700.00"_s};
    for (int month = 7; month <= 12; ++month) {
        QVERIFY(m_payroll->importEntries({2025, month}, {entry(kZhang, 30000, 4500, 2000)}));
        auto results = m_payroll->run({2025, month});
        QVERIFY2(results, qPrintable(results ? QString() : results.error().message));
        QCOMPARE(withheld(*results, kZhang), expected.at(month - 7));
    }
    QCOMPARE(m_payroll->withholdings({2025, 12})->first().result.cumulativeWithheldFen, 2'748'000); // 44,400 − 16,920

    // Openings are for months Taxbox never saw, for its employees, and never after a closed month.
    QCOMPARE(m_payroll->importOpenings({2025, 8}, {june}).error().code, u"payroll_exists"_s);
    Opening stranger = june;
    stranger.residentId = kLi;
    QCOMPARE(m_payroll->importOpenings({2024, 6}, {stranger}).error().code, u"unknown_employee"_s);
    QVERIFY(m_payroll->close({2025, 12}));
    QCOMPARE(m_payroll->importOpenings({2025, 3}, {june}).error().code, u"later_month_closed"_s);

    // The file, as the 扣缴端 exports it: amounts by Money's rule, a person once.
    auto parsed
        = parseOpenings({openingHeaders(),
                         {u"张三"_s, kZhang, u"180,000.00"_s, u"0"_s, u"30000"_s, u"27000"_s, u"12000"_s, u"0"_s, u"8580"_s},
                         {u"李四"_s, kLi, u"8000,50"_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s},
                         {u"张三"_s, kZhang, u"1"_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s}});
    QVERIFY(parsed);
    QCOMPARE(parsed->openings.size(), 1);
    QCOMPARE(parsed->openings.first().withheldFen, 858'000);
    QCOMPARE(parsed->errors.size(), 2);
    QCOMPARE(parsed->errors.at(0).column, u"累计收入"_s);
    QCOMPARE(parsed->errors.at(1).row, 4);
    QCOMPARE(parseOpenings({{u"姓名"_s, u"累计收入"_s}}).error().code, u"column_missing"_s);
}

void TestPayroll::employeesAreEditedAndRemovedUntilAMonthIsClosed()
{
    auto zhang = m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s));
    auto li = m_payroll->addEmployee(employee(u"李四"_s, kLi, u"2020-01-01"_s));
    QVERIFY(zhang && li);
    QVERIFY(m_payroll->importEntries({2025, 1}, {entry(kZhang, 30000, 4500, std::nullopt), entry(kLi, 8000, 0, 0)}));
    QVERIFY(m_payroll->run({2025, 1}));

    // Before any month is closed a mistyped name or hire date is simply corrected (audited).
    Employee renamed = *zhang;
    renamed.name = u"张叁"_s;
    renamed.declarations.childEducation = 1;
    QVERIFY(m_payroll->updateEmployee(renamed));
    QCOMPARE(m_payroll->employees()->constFirst().name, u"张叁"_s);
    QCOMPARE(*m_payroll->state({2025, 1}), MonthState::Open); // the declarations changed: compute again
    QCOMPARE(m_store->auditLog()->constLast().action, u"update"_s);
    Employee clash = *li;
    clash.residentId = kZhang;
    QCOMPARE(m_payroll->updateEmployee(clash).error().code, u"duplicate_employee"_s);

    // Removing someone entered by mistake takes their open entries with them.
    QVERIFY(m_payroll->removeEmployee(li->id));
    QCOMPARE(m_payroll->employees()->size(), 1);
    QVERIFY(!m_payroll->entry({2025, 1}, kLi)->has_value());
    QVERIFY(m_payroll->run({2025, 1}));
    QCOMPARE(m_payroll->withholdings({2025, 1})->size(), 1);

    // Once a month is closed, who they are stays as filed; the declarations still look forward.
    QVERIFY(m_payroll->close({2025, 1}));
    Employee late = renamed;
    late.hireDate = QDate(2021, 5, 1);
    auto refused = m_payroll->updateEmployee(late);
    QCOMPARE(refused.error().code, u"employee_has_closed_months"_s);
    QCOMPARE(refused.error().field, u"hire_date"_s);
    QCOMPARE(m_payroll->removeEmployee(zhang->id).error().code, u"employee_has_closed_months"_s);
    Employee moreChildren = renamed;
    moreChildren.declarations.childEducation = 2;
    QVERIFY(m_payroll->updateEmployee(moreChildren));
    QCOMPARE(*m_payroll->state({2025, 1}), MonthState::Closed);
    QCOMPARE(m_payroll->employees()->constFirst().declarations.childEducation, 2);

    // A wage entered by hand is one entry, read back as entered.
    QVERIFY(m_payroll->importEntries({2025, 2}, {entry(kZhang, 31000, 4500, std::nullopt)}));
    auto entered = m_payroll->entry({2025, 2}, kZhang);
    QVERIFY(entered && entered->has_value());
    QCOMPARE((*entered)->wages.incomeFen, 3'100'000);
    QVERIFY(!(*entered)->additionalGiven);
}

void TestPayroll::closedMonthsAreImmutableAndReopeningIsAudited()
{
    QVERIFY(m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s)));
    QVERIFY(m_payroll->importEntries({2025, 1}, {entry(kZhang, 30000, 4500, 2000)}));
    QCOMPARE(m_payroll->close({2025, 1}).error().code, u"not_computed"_s);
    QVERIFY(m_payroll->run({2025, 1}));
    QVERIFY(m_payroll->close({2025, 1}));
    QCOMPARE(m_payroll->importEntries({2025, 1}, {entry(kZhang, 1, 0, 0)}).error().code, u"month_closed"_s);
    QCOMPARE(m_payroll->run({2025, 1}).error().code, u"month_closed"_s);
    QCOMPARE(withheld(*m_payroll->withholdings({2025, 1}), kZhang), u"555.00"_s);

    QVERIFY(m_payroll->importEntries({2025, 2}, {entry(kZhang, 30000, 4500, 2000)}));
    QVERIFY(m_payroll->run({2025, 2}));
    QVERIFY(m_payroll->close({2025, 2}));
    QCOMPARE(m_payroll->reopen({2025, 1}, u"wrong bonus"_s).error().code, u"later_month_closed"_s);
    QCOMPARE(m_payroll->reopen({2025, 2}, u"  "_s).error().field, u"reason"_s);
    QVERIFY(m_payroll->reopen({2025, 2}, u"bonus entered twice"_s));
    QCOMPARE(*m_payroll->state({2025, 2}), MonthState::Computed);

    const auto audit = *m_store->auditLog();
    QStringList actions;
    for (const auto &entry : audit) {
        if (entry.recordType == u"payroll_month")
            actions << entry.action + u' ' + entry.recordId;
    }
    QVERIFY(actions.contains(u"close 2025-01"_s));
    QVERIFY(actions.contains(u"reopen 2025-02"_s));
    QStringList outboxTypes;
    const auto outbox = *m_store->outbox();
    for (const auto &item : outbox)
        outboxTypes << item.type;
    QCOMPARE(outboxTypes.count(u"payroll.month_closed"_s), 2);
    QCOMPARE(outboxTypes.count(u"payroll.month_reopened"_s), 1);
}

void TestPayroll::laterMonthsFollowEarlierChanges()
{
    QVERIFY(m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s)));
    QVERIFY(m_payroll->addEmployee(employee(u"李四"_s, kLi, u"2020-01-01"_s)));
    // 张三 every month; 李四 unpaid in February (the basic deduction still counts that month).
    QVERIFY(m_payroll->importEntries({2025, 1}, {entry(kZhang, 30000, 4500, 2000), entry(kLi, 30000, 4500, 2000)}));
    QVERIFY(m_payroll->run({2025, 1}));
    QVERIFY(m_payroll->importEntries({2025, 2}, {entry(kZhang, 30000, 4500, 2000)}));
    QVERIFY(m_payroll->run({2025, 2}));
    QVERIFY(m_payroll->importEntries({2025, 3}, {entry(kZhang, 30000, 4500, 2000), entry(kLi, 30000, 4500, 2000)}));
    auto march = m_payroll->run({2025, 3});
    QVERIFY(march);
    QCOMPARE(withheld(*march, kZhang), u"1850.00"_s); // from the stored February
    // 李四: 60,000 − 15,000 − 9,000 − 4,000 = 32,000 × 3% = 960, minus 555 withheld in January.
    QCOMPARE(withheld(*march, kLi), u"405.00"_s);

    // Correcting January makes February and March stale; recomputing them follows the correction.
    QVERIFY(m_payroll->importEntries({2025, 1}, {entry(kZhang, 20000, 4500, 2000)}));
    QCOMPARE(*m_payroll->state({2025, 2}), MonthState::Open);
    QCOMPARE(*m_payroll->state({2025, 3}), MonthState::Open);
    QVERIFY(m_payroll->run({2025, 1}));
    QVERIFY(m_payroll->run({2025, 2}));
    march = m_payroll->run({2025, 3});
    // 80,000 − 15,000 − 13,500 − 6,000 = 45,500 → 4,550 − 2,520 = 2,030 cumulative; 255 + 625 before.
    const auto zhang = std::find_if(march->cbegin(), march->cend(), [](const Withholding &w) { return w.residentId == kZhang; });
    QVERIFY(zhang != march->cend());
    QCOMPARE(zhang->result.cumulativeTaxFen, 203'000);

    // A closed later month protects the earlier ones.
    QVERIFY(m_payroll->close({2025, 3}));
    QCOMPARE(m_payroll->importEntries({2025, 2}, {entry(kZhang, 1, 0, 0)}).error().code, u"later_month_closed"_s);
    QCOMPARE(m_payroll->run({2025, 1}).error().code, u"later_month_closed"_s);
}

void TestPayroll::viewerCannotRunPayroll()
{
    auto store = store::EnterpriseStore::create(m_dir->filePath(u"v.db"_s), crypto::SecureBytes::random(32), u"e2"_s, profile(),
                                                {u"u2"_s, u"小李"_s, Role::Viewer});
    QVERIFY(store);
    Payroll payroll(**store, pack());
    auto refused = payroll.addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s));
    QCOMPARE(refused.error().code, u"permission_denied"_s);
    QCOMPARE(payroll.run({2025, 1}).error().code, u"permission_denied"_s);
}

void TestPayroll::importReportsEveryBadRow()
{
    const QList<QStringList> table{{u"姓名"_s, u"身份证号"_s, u"本期收入"_s, u"专项扣除"_s},
                                   {u"张三"_s, kZhang, u"30,000.00"_s, u"4500"_s},
                                   {u"王五"_s, u"110105194912310021"_s, u"1000"_s, u"0"_s},
                                   {u"李四"_s, kLi, u"-5"_s, u"0"_s},
                                   {u"李四"_s, kLi, u""_s, u"0"_s},
                                   {},
                                   {u"张三"_s, kZhang, u"1.234"_s, u""_s},
                                   {u"张三"_s, kZhang, u"100"_s, u""_s}};
    auto parsed = parseEntries(table);
    QVERIFY(parsed);
    QCOMPARE(parsed->entries.size(), 1);
    QCOMPARE(parsed->entries.first().wages.incomeFen, 3'000'000);
    QCOMPARE(parsed->rows, QList<int>{2});
    QList<int> errorRows;
    for (const RowError &error : parsed->errors)
        errorRows << error.row;
    QCOMPARE(errorRows, (QList<int>{3, 4, 5, 7, 8}));
    QCOMPARE(parsed->errors.at(0).column, u"身份证号"_s);
    QCOMPARE(parsed->errors.at(1).column, u"本期收入"_s);
    QVERIFY(parsed->errors.at(4).reason.contains(u"row 2"_s));

    QCOMPARE(parseEntries({{u"姓名"_s, u"工资"_s}}).error().code, u"column_missing"_s);
}

void TestPayroll::headersCanBeMapped()
{
    const QList<QStringList> table{{u"员工身份证"_s, u"应发合计"_s}, {kZhang, u"8000"_s}};
    QCOMPARE(parseEntries(table).error().field, u"resident_id"_s);
    auto mapped = parseEntries(table, {{u"resident_id"_s, u"员工身份证"_s}, {u"income"_s, u"应发合计"_s}});
    QVERIFY(mapped);
    QCOMPARE(mapped->entries.first().wages.incomeFen, 800'000);
}

void TestPayroll::returnHasTotals()
{
    QVERIFY(m_payroll->addEmployee(employee(u"张三"_s, kZhang, u"2020-01-01"_s)));
    QVERIFY(m_payroll->addEmployee(employee(u"李四"_s, kLi, u"2020-01-01"_s)));
    QVERIFY(m_payroll->importEntries({2025, 1}, {entry(kZhang, 30000, 4500, 2000), entry(kLi, 10000, 1500, 1000)}));
    auto results = m_payroll->run({2025, 1});
    const QList<QStringList> table = withholdingReturn(*m_payroll->withholdings({2025, 1}));
    QCOMPARE(table.size(), 4); // header, two people, totals
    QCOMPARE(table.constLast().at(4), u"40000.00"_s);
    QCOMPARE(table.constLast().constLast(), u"630.00"_s); // 555 + 75
    QCOMPARE(table.at(1).at(3), kZhang); // sorted by name (code point order: 张 U+5F20 before 李 U+674E)
    // A return for filing or paper is in Chinese whatever the interface language (this test runs in English).
    QCOMPARE(table.first().at(1), u"姓名"_s);
    QCOMPARE(table.first().constLast(), u"本期应预扣预缴税额"_s);
    QCOMPARE(table.at(1).at(2), u"居民身份证"_s);
    QCOMPARE(table.constLast().at(1), u"合计"_s);
    const auto onScreen = withholdingReturn(*m_payroll->withholdings({2025, 1}), ReturnWords::Interface);
    QCOMPARE(onScreen.first().at(1), u"Name"_s);
}

void TestPayroll::spreadsheetsRoundTrip()
{
    const QList<QStringList> rows{
        {u"姓名"_s, u"备注"_s, u"金额"_s}, {u"张三"_s, u"含,逗号\"引号\""_s, u"1234.50"_s}, {u"李四"_s, u"第二行"_s, u"0.10"_s}};
    const QString csv = m_dir->filePath(u"t.csv"_s);
    QVERIFY(Spreadsheet::writeCsv(csv, rows));
    QCOMPARE(*Spreadsheet::read(csv), rows);
    const QString xlsx = m_dir->filePath(u"t.xlsx"_s);
    QVERIFY(Spreadsheet::writeXlsx(xlsx, u"2025-01"_s, rows, {2}));
    QCOMPARE(*Spreadsheet::read(xlsx), rows);
    QVERIFY(!QFile::exists(xlsx + u".partial"_s));

    // A CSV saved by Excel on Chinese Windows is GB18030.
    QStringEncoder gb("GB18030");
    if (gb.isValid()) {
        const QString gbCsv = m_dir->filePath(u"gb.csv"_s);
        QFile file(gbCsv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(gb(u"姓名,身份证号,本期收入\r\n张三,11010519491231002X,5000\r\n"_s));
        file.close();
        auto read = Spreadsheet::read(gbCsv);
        QVERIFY(read);
        QCOMPARE(read->at(1).at(0), u"张三"_s);
    }
}

QTEST_GUILESS_MAIN(TestPayroll)
#include "TestPayroll.moc"
