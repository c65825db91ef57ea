#pragma once

#include "base/Result.h"
#include "calc/CumulativeWithholding.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::payroll {

/// A payroll period, "2025-03".
struct Period
{
    int year = 0;
    int month = 0;
    [[nodiscard]] static Result<Period> parse(const QString &text, const QString &field = QStringLiteral("period"));
    [[nodiscard]] QString toString() const { return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')); }
    [[nodiscard]] QDate firstDay() const { return QDate(year, month, 1); }
};

/// The monthly amounts of the special additional deductions in force on one date, in fen.
struct DeductionAmounts
{
    qint64 childEducation = 0;
    qint64 infantCare = 0;
    qint64 elderlySupport = 0;
    qint64 elderlySupportShareMax = 0;
    qint64 housingLoan = 0;
    qint64 rentTier1 = 0;
    qint64 rentTier2 = 0;
    qint64 rentTier3 = 0;
    qint64 continuingEducationDegree = 0;
    [[nodiscard]] static Result<DeductionAmounts> fromPack(const rules::RulePack &pack, QDate date);
};

/// Special additional deduction declarations (专项附加扣除), turned into a monthly amount with the
/// rule pack in force for the month.
struct Declarations
{
    int childEducation = 0; ///< children in education
    int infantCare = 0; ///< children under 3
    QString elderlySupport; ///< "", "only_child", or a monthly share such as "1000"
    QString housing; ///< "", "loan", "rent_tier1", "rent_tier2", "rent_tier3"
    bool continuingEducationDegree = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Declarations> fromJson(const QJsonObject &object);
    [[nodiscard]] Result<qint64> monthlyFen(const rules::RulePack &pack, QDate date) const;
    [[nodiscard]] qint64 monthlyFen(const DeductionAmounts &amounts) const;
};

/// An employee of the enterprise, as the withholding return needs them.
struct Employee
{
    Q_DECLARE_TR_FUNCTIONS(Employee)
public:
    QString id;
    QString name;
    QString residentId; ///< validated 18-character resident identity number
    QDate hireDate;
    bool firstJob = false; ///< first job in the year of hire: basic deduction from January
    bool sixtyThousandRule = false; ///< 公告2020年第19号
    Declarations declarations;

    [[nodiscard]] QJsonObject toJson() const;
    /// name, resident_id, hire_date required; first_job, sixty_thousand_rule, declarations optional.
    [[nodiscard]] static Result<Employee> fromJson(const QJsonObject &object, QDate today);
};

/// One row of a month's payroll, amounts in fen; additional = nothing means "from the declarations".
struct Entry
{
    QString residentId;
    calc::WageMonth wages;
    bool additionalGiven = false;
};

/// A problem in an imported row: 1-based row number of the file (the header is row 1), the column's
/// header, and the reason.
struct RowError
{
    int row = 0;
    QString column;
    QString reason;
};
/// Row errors as the CLI prints them: [{"row", "column", "reason"}].
[[nodiscard]] QJsonArray rowErrorsJson(const QList<RowError> &errors);

/// An employee's cumulative figures at the end of a month, as the 扣缴端 exports them (上期累计 / 前期数据):
/// where an accountant who adopts Taxbox after January starts from. Amounts in fen.
struct Opening
{
    QString residentId;
    QString name;
    qint64 incomeFen = 0; ///< 累计收入
    qint64 exemptFen = 0; ///< 累计免税收入
    qint64 basicFen = 0; ///< 累计减除费用
    qint64 specialFen = 0; ///< 累计专项扣除
    qint64 additionalFen = 0; ///< 累计专项附加扣除
    qint64 otherFen = 0; ///< 累计其他扣除
    qint64 withheldFen = 0; ///< 累计已预扣预缴税额
};

struct ParsedOpenings
{
    QList<Opening> openings;
    QList<int> rows; ///< file row of each opening
    QList<RowError> errors;
};
/// Reads openings from a table whose first row names the columns 姓名, 身份证号, 累计收入, 累计免税收入,
/// 累计减除费用, 累计专项扣除, 累计专项附加扣除, 累计其他扣除, 累计已预扣预缴税额 (the 扣缴端's; 身份证号 and
/// 累计收入 required). Amounts follow Money's rule and must not be negative; a person twice is a row error.
[[nodiscard]] Result<ParsedOpenings> parseOpenings(const QList<QStringList> &table);
[[nodiscard]] QStringList openingHeaders();

/// The result of computing one employee for one month, as stored.
struct Withholding
{
    QString employeeId;
    QString name;
    QString residentId;
    calc::WageMonth month;
    calc::WithholdingMonth result;
};

enum class MonthState { Empty, Open, Computed, Closed };

/// Payroll of one enterprise store: employees, monthly entries, the cumulative withholding computed
/// and stored per month, closing (confirmed, immutable) and explicit, audited reopening. Every write
/// is one transaction with its audit entry and outbox item (EnterpriseStore::recordChange).
class Payroll
{
    Q_DECLARE_TR_FUNCTIONS(Payroll)
public:
    Payroll(store::EnterpriseStore &store, const rules::RulePack &pack);

    [[nodiscard]] Result<Employee> addEmployee(Employee employee);
    /// Adds many in one transaction: all or none (a duplicate resident id refuses the whole list).
    [[nodiscard]] Result<QList<Employee>> addEmployees(QList<Employee> employees);
    [[nodiscard]] Result<QList<Employee>> employees();
    /// Changes the employee with `employee.id`. Once a month of theirs is closed (filed), who they are
    /// (name, resident id, hire date, first job, the 60,000 rule) stays as filed ("employee_has_closed_months",
    /// naming the field); their declarations may change and apply to the months still open, which are marked
    /// for recomputation. Audited with the before and after.
    [[nodiscard]] Result<Employee> updateEmployee(const Employee &employee);
    /// Removes an employee who has no closed month, with their open entries, computed months and openings
    /// (those months are marked for recomputation). Refused once a month of theirs is closed: the filed
    /// returns name them ("employee_has_closed_months"). Audited.
    [[nodiscard]] Result<void> removeEmployee(const QString &employeeId);
    /// The first closed month on which the employee appears ("2026-03"), or empty: from then on who they
    /// are stays as filed.
    [[nodiscard]] Result<QString> firstClosedMonthOf(const QString &employeeId);
    /// The entry of one employee in `period`, if any (for entering or correcting wages by hand).
    [[nodiscard]] Result<std::optional<Entry>> entry(const Period &period, const QString &residentId);
    /// Every entry of `period`, by resident id (one query, for the employee list).
    [[nodiscard]] Result<QHash<QString, Entry>> entries(const Period &period);

    /// Replaces the month's entries for the employees in `entries` (all or nothing). A closed month
    /// is refused; an unknown resident id is a row error.
    [[nodiscard]] Result<int> importEntries(const Period &period, const QList<Entry> &entries);
    /// Stores the employees' cumulative figures at the end of `period` (the month before the first month
    /// Taxbox computes), all or nothing: a person who is not an employee refuses all ("unknown_employee"); refused when Taxbox
    /// already holds payroll for `period` or an earlier month of the year, or when a later month is closed. Later open months are
    /// marked for recomputation. Audited.
    [[nodiscard]] Result<int> importOpenings(const Period &period, const QList<Opening> &openings);
    [[nodiscard]] Result<QList<Opening>> openings(const Period &period);
    /// Computes the month for every employee with an entry from January to `period` and stores it. Each
    /// employee starts from the stored previous month, else from their opening (importOpenings), else
    /// from their first month of the year; a month in between for which the enterprise has no payroll at
    /// all is refused ("missing_prior_months"): computed from nothing it would withhold too little.
    [[nodiscard]] Result<QList<Withholding>> run(const Period &period);
    [[nodiscard]] Result<QList<Withholding>> withholdings(const Period &period);
    [[nodiscard]] Result<void> close(const Period &period);
    [[nodiscard]] Result<void> reopen(const Period &period, const QString &reason);
    [[nodiscard]] Result<MonthState> state(const Period &period);

private:
    [[nodiscard]] Result<void> refuseClosed(const Period &period);
    /// Later months of the year build on this one: a closed one refuses changes here, open ones are
    /// marked for recomputation.
    [[nodiscard]] Result<void> refuseClosedLater(const Period &period);
    [[nodiscard]] Result<void> markLaterStale(const Period &period);
    [[nodiscard]] Result<void> markOpenMonthsOfStale(const QString &employeeId);
    /// The employee with `employeeId` in `list`, or "not_found".
    [[nodiscard]] static Result<Employee> employeeIn(const QList<Employee> &list, const QString &employeeId);
    store::EnterpriseStore &m_store;
    const rules::RulePack &m_pack;
};

/// Reads entries from a table (first row: headers). `mapping` maps field keys (resident_id, name,
/// income, exempt_income, special_deductions, special_additional_deductions, other_deductions,
/// tax_relief) to header texts; missing keys use the usual Chinese and English headers.
struct ParsedEntries
{
    QList<Entry> entries;
    QList<int> rows; ///< file row of each entry
    QList<RowError> errors;
};
[[nodiscard]] Result<ParsedEntries> parseEntries(const QList<QStringList> &table, const QJsonObject &mapping = {});

/// The monthly withholding return (扣缴申报表, 综合所得 wages part) as a table: a header row, one row per
/// employee, a totals row. Money columns are plain decimals ("1234.50").
/// Headings for a file or paper (Filing: the 扣缴申报表's Chinese, whatever the interface language) or
/// for the screen (Interface: translated).
enum class ReturnWords { Filing, Interface };
[[nodiscard]] QList<QStringList> withholdingReturn(const QList<Withholding> &withholdings,
                                                   ReturnWords words = ReturnWords::Filing);
/// The money columns of withholdingReturn() (for spreadsheets).
[[nodiscard]] QList<int> withholdingReturnMoneyColumns();

/// The columns an import reads: the field key, its translated label, the headers recognised for it
/// (Chinese and English), and whether it is required.
struct EntryColumn
{
    QString key;
    QString label;
    QStringList headers;
    bool required = false;
};
[[nodiscard]] QList<EntryColumn> entryColumns();

/// The header row of the import template.
[[nodiscard]] QStringList templateHeaders();

} // namespace taxbox::payroll
