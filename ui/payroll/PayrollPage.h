#pragma once

#include "ToolPage.h"

#include "payroll/Payroll.h"

#include <QDialog>
#include <QHash>

#include <optional>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace taxbox::auth {
class Session;
}
namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::ui {

/// Import step: map the file's columns to the fields, see every bad row (row, column, reason) and
/// choose: import all (only when nothing is wrong) or only the good rows.
class PayrollImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `employees` maps the registered employees' resident ids to their names: rows of anyone else are
    /// not counted as ready but named (「李娜：未登记的员工」), with 登记员工… to add them.
    PayrollImportDialog(QList<QStringList> table, QHash<QString, QString> employees, QWidget *parent = nullptr);
    void setEmployees(QHash<QString, QString> employees);

    [[nodiscard]] const payroll::ParsedEntries &parsed() const { return m_parsed; }
    [[nodiscard]] QJsonObject mapping() const;
    void importAll();
    void importGoodRows();

    /// Rows whose person is not an employee yet: name (from the file) and resident id.
    [[nodiscard]] const QList<std::pair<QString, QString>> &unregistered() const { return m_unregistered; }
    /// Asks to register the unregistered person chosen in the problems table (the first one otherwise).
    void registerChosen();

Q_SIGNALS:
    void entriesChosen(const QList<payroll::Entry> &entries);
    void registerRequested(const QString &name, const QString &residentId);

private:
    void reparse();

    QList<QStringList> m_table;
    QHash<QString, QString> m_employees;
    QList<std::pair<QString, QString>> m_unregistered;
    QList<int> m_unregisteredRows; ///< problems-table row → index in m_unregistered, or -1
    QPushButton *m_register;
    QList<std::pair<QString, QComboBox *>> m_mapping;
    QTableWidget *m_errors;
    QLabel *m_summary;
    QPushButton *m_all;
    QPushButton *m_good;
    payroll::ParsedEntries m_parsed;
};

/// Add or change an employee: identity, hire date, the 60,000 rule, special additional deduction declarations.
class EmployeeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EmployeeDialog(QWidget *parent = nullptr);
    /// Fills the dialog with `employee` (to change them); `identityLocked` when a closed month has filed who
    /// they are: then only the declarations can change.
    void setEmployee(const payroll::Employee &employee, bool identityLocked);
    [[nodiscard]] QJsonObject request() const;
    void showError(const Error &error);

private:
    QLineEdit *m_name;
    QLineEdit *m_residentId;
    QDateEdit *m_hireDate;
    QCheckBox *m_firstJob;
    QCheckBox *m_sixty;
    QSpinBox *m_children;
    QSpinBox *m_infants;
    QComboBox *m_elderly;
    QLineEdit *m_elderlyShare;
    QComboBox *m_housing;
    QCheckBox *m_degree;
    QLabel *m_error;
};

/// A form of amounts in yuan (wages of a month, an employee's opening figures), each read with Money's rule
/// and refused naming its label as the screen shows it; an optional field may stay empty.
class AmountsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Field
    {
        QString key;
        QString label;
        bool required = false;
        QString placeholder = {};
    };
    AmountsDialog(const QString &title, const QString &intro, const QList<Field> &fields, QWidget *parent = nullptr);
    void setValue(const QString &key, std::optional<qint64> fen);
    /// The amounts in fen (nothing for an empty optional field), or the first problem (shown, its field marked).
    [[nodiscard]] Result<QHash<QString, std::optional<qint64>>> values();
    void showError(const Error &error);
    [[nodiscard]] QLineEdit *field(const QString &key) const { return m_fields.value(key); }

private:
    QList<Field> m_spec;
    QHash<QString, QLineEdit *> m_fields;
    QLabel *m_error;
};

/// 工资薪金个税: employees of the current enterprise, the month's payroll imported from a spreadsheet,
/// the cumulative withholding computed, the month closed (or reopened, with a reason), and the
/// 扣缴申报表 exported as CSV, XLSX or PDF.
class PayrollPage : public ToolPage
{
    Q_OBJECT
public:
    explicit PayrollPage(QWidget *parent = nullptr);
    ~PayrollPage() override;

    [[nodiscard]] QString title() const override { return tr("Payroll IIT withholding"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Employees, the monthly payroll from a spreadsheet, cumulative withholding, closing the month, and the "
                  "withholding return.");
    }
    [[nodiscard]] QChar glyph() const override { return u'薪'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x6A, 0x1B, 0x9A); }

    /// The enterprise the page works on; nullptrs or an empty id when locked or none is chosen.
    void setEnterprise(auth::Session *session, const QString &enterpriseId);
    void setPeriod(const payroll::Period &period);
    [[nodiscard]] payroll::Period period() const;

    EmployeeDialog *addEmployee(const QString &name = {}, const QString &residentId = {});
    /// Selects the employee with `residentId` in the table (the per-employee buttons act on it).
    void selectEmployee(const QString &residentId);
    /// Changes the selected employee (only the declarations once a month of theirs is closed).
    EmployeeDialog *editEmployee();
    /// Removes the employee after the caller confirmed; false with the reason shown when refused.
    bool removeEmployee(const QString &residentId);
    /// Enters or corrects the selected employee's wages of the month by hand.
    AmountsDialog *enterWages();
    /// Enters the selected employee's cumulative figures up to the month before the chosen one by hand.
    AmountsDialog *enterOpening();
    /// Reads `path` and opens the import dialog, or nullptr (with a status message) when unreadable.
    PayrollImportDialog *importFile(const QString &path);
    /// Imports the employees' cumulative figures up to the month before the chosen one (期初累计, the
    /// 扣缴端's 上期累计) from `path`: all or nothing; false (with the reason shown) when refused.
    bool importOpeningsFile(const QString &path);
    void compute();
    void closeMonth();
    void reopenMonth(const QString &reason);
    bool exportTo(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void report(const Error &error);
    [[nodiscard]] std::optional<payroll::Employee> selectedEmployee() const;
    void updateSelectionButtons();
    /// The month before the chosen one, where openings stand; nothing (with the reason shown) in January.
    [[nodiscard]] std::optional<payroll::Period> openingPeriod();

    const rules::RulePack *m_pack = nullptr;
    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<payroll::Payroll> m_payroll;
    QDateEdit *m_period;
    QLabel *m_state;
    QLabel *m_error;
    QPushButton *m_addEmployee;
    QPushButton *m_import;
    QPushButton *m_compute;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_export;
    QPushButton *m_template;
    QPushButton *m_openings;
    QPushButton *m_enterWages;
    QPushButton *m_enterOpening;
    QPushButton *m_editEmployee;
    QPushButton *m_removeEmployee;
    QLabel *m_selectedLabel;
    QList<payroll::Employee> m_employeeList;
    QTableWidget *m_employees;
    QTableWidget *m_results;
};

} // namespace taxbox::ui
