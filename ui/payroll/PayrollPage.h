#pragma once

#include "ToolPage.h"

#include "payroll/Payroll.h"

#include <QDialog>

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
    PayrollImportDialog(QList<QStringList> table, QWidget *parent = nullptr);

    [[nodiscard]] const payroll::ParsedEntries &parsed() const { return m_parsed; }
    [[nodiscard]] QJsonObject mapping() const;
    void importAll();
    void importGoodRows();

Q_SIGNALS:
    void entriesChosen(const QList<payroll::Entry> &entries);

private:
    void reparse();

    QList<QStringList> m_table;
    QList<std::pair<QString, QComboBox *>> m_mapping;
    QTableWidget *m_errors;
    QLabel *m_summary;
    QPushButton *m_all;
    QPushButton *m_good;
    payroll::ParsedEntries m_parsed;
};

/// Add an employee: identity, hire date, the 60,000 rule, special additional deduction declarations.
class EmployeeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EmployeeDialog(QWidget *parent = nullptr);
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

    EmployeeDialog *addEmployee();
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
    QTableWidget *m_employees;
    QTableWidget *m_results;
};

} // namespace taxbox::ui
