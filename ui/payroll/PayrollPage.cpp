#include "PayrollPage.h"

#include "ErrorLabel.h"
#include "session/FileDialogs.h"

#include "TablePdf.h"
#include "auth/Workspace.h"
#include "money/Money.h"
#include "payroll/Spreadsheet.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(rows.isEmpty() ? 0 : static_cast<int>(rows.first().size()));
    table->setRowCount(rows.isEmpty() ? 0 : static_cast<int>(rows.size() - 1));
    if (rows.isEmpty())
        return;
    table->setHorizontalHeaderLabels(rows.first());
    for (int r = 1; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r - 1, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    table->resizeColumnsToContents();
}

} // namespace

// ----------------------------------------------------------------------------------------------------
PayrollImportDialog::PayrollImportDialog(QList<QStringList> table, QHash<QString, QString> employees, QWidget *parent)
    : QDialog(parent)
    , m_table(std::move(table))
    , m_employees(std::move(employees))
    , m_register(new QPushButton(tr("&Register employee…"), this))
    , m_errors(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_all(new QPushButton(tr("Import &all"), this))
    , m_good(new QPushButton(this))
{
    setObjectName(u"payrollImportDialog"_s);
    setWindowTitle(tr("Import payroll"));
    const QStringList headers = m_table.value(0);
    auto *form = new QFormLayout;
    for (const payroll::EntryColumn &column : payroll::entryColumns()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"map_"_s + column.key);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &header : headers)
            combo->addItem(header, header);
        for (const QString &alias : column.headers) {
            const int index = combo->findData(alias);
            if (index > 0) {
                combo->setCurrentIndex(index);
                break;
            }
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &PayrollImportDialog::reparse);
        form->addRow(tr("%1:").arg(column.required ? column.label + u" *"_s : column.label), combo);
        m_mapping.append({column.key, combo});
    }
    m_errors->setObjectName(u"importErrors"_s);
    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_all->setObjectName(u"importAll"_s);
    m_good->setObjectName(u"importGoodRows"_s);
    m_register->setObjectName(u"registerEmployee"_s);
    m_register->setToolTip(tr("Add the chosen person as an employee; the file is then read again"));
    connect(m_register, &QPushButton::clicked, this, &PayrollImportDialog::registerChosen);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    connect(m_all, &QPushButton::clicked, this, &PayrollImportDialog::importAll);
    connect(m_good, &QPushButton::clicked, this, &PayrollImportDialog::importGoodRows);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addStretch(1);
    buttons->addWidget(m_good);
    buttons->addWidget(m_all);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addLayout(buttons);
    resize(720, 560);
    reparse();
}

QJsonObject PayrollImportDialog::mapping() const
{
    QJsonObject object;
    for (const auto &[key, combo] : m_mapping) {
        // An unmapped column is mapped to a header that cannot exist, so no alias is guessed.
        object.insert(key, combo->currentData().toString().isEmpty() ? u"\u0001"_s : combo->currentData().toString());
    }
    return object;
}

void PayrollImportDialog::setEmployees(QHash<QString, QString> employees)
{
    m_employees = std::move(employees);
    reparse();
}

void PayrollImportDialog::registerChosen()
{
    if (m_unregistered.isEmpty())
        return;
    const int row = m_errors->currentRow();
    const int chosen
        = row >= 0 && row < m_unregisteredRows.size() && m_unregisteredRows.at(row) >= 0 ? m_unregisteredRows.at(row) : 0;
    Q_EMIT registerRequested(m_unregistered.at(chosen).first, m_unregistered.at(chosen).second);
}

void PayrollImportDialog::reparse()
{
    auto parsed = payroll::parseEntries(m_table, mapping());
    m_errors->setRowCount(0);
    m_unregistered.clear();
    m_unregisteredRows.clear();
    if (!parsed) {
        m_parsed = {};
        m_summary->setText(parsed.error().message);
        m_all->setEnabled(false);
        m_good->setEnabled(false);
        m_good->setText(tr("Import the &good rows"));
        m_register->hide();
        return;
    }
    // Only the registered employees' rows are ready; the others are named, in file order with the errors.
    m_parsed = {};
    m_parsed.errors = parsed->errors;
    const QString nameHeader = [&] {
        for (const auto &[key, combo] : m_mapping) {
            if (key == u"name")
                return combo->currentData().toString();
        }
        return QString();
    }();
    const int nameColumn = nameHeader.isEmpty() ? -1 : static_cast<int>(m_table.value(0).indexOf(nameHeader));
    QList<std::pair<int, int>> unregisteredAt; // file row, index in m_unregistered
    for (int i = 0; i < parsed->entries.size(); ++i) {
        const payroll::Entry &entry = parsed->entries.at(i);
        const int fileRow = parsed->rows.at(i);
        if (m_employees.contains(entry.residentId)) {
            m_parsed.entries.append(entry);
            m_parsed.rows.append(fileRow);
            continue;
        }
        const QString name = nameColumn >= 0 ? m_table.value(fileRow - 1).value(nameColumn).trimmed() : QString();
        unregisteredAt.append({fileRow, static_cast<int>(m_unregistered.size())});
        m_unregistered.append({name, entry.residentId});
    }
    struct Problem
    {
        int row;
        QString column;
        QString reason;
        int unregistered;
    };
    QList<Problem> problems;
    for (const payroll::RowError &error : std::as_const(m_parsed.errors))
        problems.append({error.row, error.column, error.reason, -1});
    for (const auto &[fileRow, index] : unregisteredAt) {
        const auto &[name, residentId] = m_unregistered.at(index);
        problems.append(
            {fileRow, residentId, tr("%1: not a registered employee").arg(name.isEmpty() ? residentId : name), index});
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) { return a.row < b.row; });
    m_errors->setRowCount(static_cast<int>(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        m_errors->setItem(i, 0, new QTableWidgetItem(QString::number(problems.at(i).row)));
        m_errors->setItem(i, 1, new QTableWidgetItem(problems.at(i).column));
        m_errors->setItem(i, 2, new QTableWidgetItem(problems.at(i).reason));
        m_unregisteredRows.append(problems.at(i).unregistered);
    }
    const int ready = static_cast<int>(m_parsed.entries.size());
    const int left = static_cast<int>(problems.size());
    m_summary->setText(left == 0 ? tr("Rows ready to import: %1.").arg(ready)
                                 : tr("Rows ready to import: %1. Not imported: %2 (below): rows with errors and people "
                                      "who are not employees yet. Nothing is imported from such a file unless you choose "
                                      "to import the ready rows.")
                                       .arg(ready)
                                       .arg(left));
    m_all->setEnabled(left == 0 && ready > 0);
    m_good->setVisible(left > 0);
    m_good->setEnabled(ready > 0);
    m_good->setText(tr("Import the &ready rows (%1)").arg(ready));
    m_register->setVisible(!m_unregistered.isEmpty());
}

void PayrollImportDialog::importAll()
{
    if (!m_parsed.errors.isEmpty())
        return;
    Q_EMIT entriesChosen(m_parsed.entries);
    accept();
}

void PayrollImportDialog::importGoodRows()
{
    Q_EMIT entriesChosen(m_parsed.entries);
    accept();
}

// ----------------------------------------------------------------------------------------------------
EmployeeDialog::EmployeeDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_residentId(new QLineEdit(this))
    , m_hireDate(new QDateEdit(QDate::currentDate(), this))
    , m_firstJob(new QCheckBox(tr("First job this year (deduction from January)"), this))
    , m_sixty(new QCheckBox(tr("60,000 rule (withheld by this employer all last year, wages ≤ 60,000)"), this))
    , m_children(new QSpinBox(this))
    , m_infants(new QSpinBox(this))
    , m_elderly(new QComboBox(this))
    , m_elderlyShare(new QLineEdit(this))
    , m_housing(new QComboBox(this))
    , m_degree(new QCheckBox(tr("Degree continuing education"), this))
    , m_error(errorLabel(this, u"employeeError"_s))
{
    setObjectName(u"employeeDialog"_s);
    setWindowTitle(tr("Add an employee"));
    m_name->setObjectName(u"employeeName"_s);
    m_residentId->setObjectName(u"employeeResidentId"_s);
    m_hireDate->setObjectName(u"employeeHireDate"_s);
    m_hireDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_hireDate->setCalendarPopup(true);
    m_children->setObjectName(u"employeeChildren"_s);
    m_children->setRange(0, 20);
    m_infants->setRange(0, 20);
    m_elderly->addItem(tr("None"), QString());
    m_elderly->addItem(tr("Only child"), u"only_child"_s);
    m_elderly->addItem(tr("Shared with siblings (monthly share)"), u"share"_s);
    m_elderlyShare->setPlaceholderText(u"1500.00"_s);
    m_elderlyShare->setEnabled(false);
    connect(m_elderly, &QComboBox::currentIndexChanged, this,
            [this] { m_elderlyShare->setEnabled(m_elderly->currentData().toString() == u"share"); });
    m_housing->addItem(tr("None"), QString());
    m_housing->addItem(tr("Housing loan interest"), u"loan"_s);
    m_housing->addItem(tr("Rent, municipality or provincial capital"), u"rent_tier1"_s);
    m_housing->addItem(tr("Rent, city above 1 million people"), u"rent_tier2"_s);
    m_housing->addItem(tr("Rent, other city"), u"rent_tier3"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Resident &ID number:"), m_residentId);
    form->addRow(tr("&Hired on:"), m_hireDate);
    form->addRow(QString(), m_firstJob);
    form->addRow(QString(), m_sixty);
    form->addRow(tr("Children in education:"), m_children);
    form->addRow(tr("Children under 3:"), m_infants);
    form->addRow(tr("Elderly support:"), m_elderly);
    form->addRow(tr("Monthly share:"), m_elderlyShare);
    form->addRow(tr("Housing:"), m_housing);
    form->addRow(QString(), m_degree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveEmployee"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void EmployeeDialog::setEmployee(const payroll::Employee &employee, bool identityLocked)
{
    setWindowTitle(tr("Change %1").arg(employee.name));
    setProperty("employeeId", employee.id);
    m_name->setText(employee.name);
    m_residentId->setText(employee.residentId);
    m_hireDate->setDate(employee.hireDate);
    m_firstJob->setChecked(employee.firstJob);
    m_sixty->setChecked(employee.sixtyThousandRule);
    const payroll::Declarations &d = employee.declarations;
    m_children->setValue(d.childEducation);
    m_infants->setValue(d.infantCare);
    m_elderly->setCurrentIndex(d.elderlySupport.isEmpty() ? 0 : d.elderlySupport == u"only_child" ? 1 : 2);
    if (m_elderly->currentIndex() == 2)
        m_elderlyShare->setText(d.elderlySupport);
    m_housing->setCurrentIndex(std::max(0, m_housing->findData(d.housing)));
    m_degree->setChecked(d.continuingEducationDegree);
    for (QWidget *identity : std::initializer_list<QWidget *>{m_name, m_residentId, m_hireDate, m_firstJob, m_sixty}) {
        identity->setEnabled(!identityLocked);
        if (identityLocked)
            identity->setToolTip(tr("On a closed month's return: stays as filed"));
    }
    (identityLocked ? static_cast<QWidget *>(m_children) : m_name)->setFocus();
}

QJsonObject EmployeeDialog::request() const
{
    QJsonObject declarations;
    if (m_children->value() > 0)
        declarations.insert(u"child_education"_s, m_children->value());
    if (m_infants->value() > 0)
        declarations.insert(u"infant_care"_s, m_infants->value());
    if (m_elderly->currentData().toString() == u"only_child")
        declarations.insert(u"elderly_support"_s, u"only_child"_s);
    else if (m_elderly->currentData().toString() == u"share")
        declarations.insert(u"elderly_support"_s, m_elderlyShare->text().trimmed());
    if (!m_housing->currentData().toString().isEmpty())
        declarations.insert(u"housing"_s, m_housing->currentData().toString());
    if (m_degree->isChecked())
        declarations.insert(u"continuing_education_degree"_s, true);
    QJsonObject request{{u"name"_s, m_name->text()},
                        {u"resident_id"_s, m_residentId->text()},
                        {u"hire_date"_s, m_hireDate->date().toString(Qt::ISODate)},
                        {u"first_job"_s, m_firstJob->isChecked()},
                        {u"sixty_thousand_rule"_s, m_sixty->isChecked()},
                        {u"declarations"_s, declarations}};
    if (const QString id = property("employeeId").toString(); !id.isEmpty())
        request.insert(u"id"_s, id);
    return request;
}

void EmployeeDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    const QHash<QString, QWidget *> fields{{u"resident_id"_s, m_residentId},
                                           {u"name"_s, m_name},
                                           {u"hire_date"_s, m_hireDate},
                                           {u"first_job"_s, m_firstJob},
                                           {u"sixty_thousand_rule"_s, m_sixty}};
    for (QWidget *other : fields)
        other->setStyleSheet(QString());
    // Fixing the field clears the message about it.
    if (auto *line = qobject_cast<QLineEdit *>(fields.value(error.field)))
        connect(line, &QLineEdit::textEdited, m_error, &QWidget::hide, Qt::UniqueConnection);
    if (QWidget *field = fields.value(error.field)) {
        field->setStyleSheet(u"border: 1px solid #b3261e;"_s);
        field->setFocus();
    }
}

// ----------------------------------------------------------------------------------------------------
AmountsDialog::AmountsDialog(const QString &title, const QString &intro, const QList<Field> &fields, QWidget *parent)
    : QDialog(parent)
    , m_spec(fields)
    , m_error(errorLabel(this, u"amountsError"_s))
{
    setObjectName(u"amountsDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *introLabel = new QLabel(intro, this);
        introLabel->setWordWrap(true);
        layout->addWidget(introLabel);
    }
    setMinimumWidth(460);
    auto *form = new QFormLayout;
    for (const Field &field : fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"amount_"_s + field.key);
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(field.placeholder.isEmpty() ? (field.required ? u"0.00"_s : tr("empty = 0"))
                                                             : field.placeholder);
        // A corrected field loses its red mark and the stale message at once.
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setStyleSheet(QString());
            m_error->hide();
        });
        form->addRow(tr("%1:").arg(field.required ? field.label + u" *"_s : field.label), edit);
        m_fields.insert(field.key, edit);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveAmounts"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!fields.isEmpty())
        m_fields.value(fields.first().key)->setFocus();
}

void AmountsDialog::setValue(const QString &key, std::optional<qint64> fen)
{
    if (QLineEdit *edit = m_fields.value(key))
        edit->setText(fen ? Money::fromFen(*fen).toString() : QString());
}

Result<QHash<QString, std::optional<qint64>>> AmountsDialog::values()
{
    QHash<QString, std::optional<qint64>> values;
    for (const Field &field : std::as_const(m_spec)) {
        const QString text = m_fields.value(field.key)->text().trimmed();
        if (text.isEmpty()) {
            if (field.required) {
                Error error{u"required"_s, tr("%1 is required.").arg(field.label), field.key};
                showError(error);
                return std::unexpected(error);
            }
            values.insert(field.key, std::nullopt);
            continue;
        }
        auto money = Money::parse(text, field.label);
        if (money && money->isNegative())
            money = std::unexpected(Error{u"negative_amount"_s, tr("%1 must not be negative.").arg(field.label), field.key});
        if (!money) {
            Error error = money.error();
            error.field = field.key;
            showError(error);
            return std::unexpected(error);
        }
        values.insert(field.key, money->fen());
    }
    m_error->hide();
    return values;
}

void AmountsDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    if (QLineEdit *edit = m_fields.value(error.field)) {
        edit->setStyleSheet(u"border: 1px solid #b3261e;"_s);
        edit->setFocus();
    }
}

// ----------------------------------------------------------------------------------------------------
PayrollPage::PayrollPage(QWidget *parent)
    : ToolPage(parent)
    , m_period(new QDateEdit(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), this))
    , m_state(new QLabel(this))
    , m_error(errorLabel(this, u"payrollError"_s))
    , m_addEmployee(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_compute(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_reopen(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_template(new QPushButton(this))
    , m_openings(new QPushButton(this))
    , m_enterWages(new QPushButton(this))
    , m_enterOpening(new QPushButton(this))
    , m_editEmployee(new QPushButton(this))
    , m_removeEmployee(new QPushButton(this))
    , m_selectedLabel(new QLabel(this))
    , m_employees(new QTableWidget(this))
    , m_results(new QTableWidget(this))
{
    if (auto pack = rules::RulePack::inForce())
        m_pack = *pack;
    m_period->setObjectName(u"payrollPeriod"_s);
    m_period->setDisplayFormat(u"yyyy-MM"_s);
    m_state->setObjectName(u"payrollState"_s);
    const std::pair<QPushButton *, QString> buttons[] = {{m_addEmployee, u"addEmployee"_s},
                                                         {m_import, u"importPayroll"_s},
                                                         {m_openings, u"importOpenings"_s},
                                                         {m_compute, u"computePayroll"_s},
                                                         {m_close, u"closeMonth"_s},
                                                         {m_reopen, u"reopenMonth"_s},
                                                         {m_export, u"exportReturn"_s},
                                                         {m_enterWages, u"enterWages"_s},
                                                         {m_enterOpening, u"enterOpening"_s},
                                                         {m_editEmployee, u"editEmployee"_s},
                                                         {m_removeEmployee, u"removeEmployee"_s}};
    for (const auto &[button, name] : buttons)
        button->setObjectName(name);
    for (QTableWidget *table : {m_employees, m_results}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
    }
    m_employees->setObjectName(u"employeeTable"_s);
    m_employees->horizontalHeader()->setStretchLastSection(true);
    m_employees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_employees->setSelectionMode(QAbstractItemView::SingleSelection);
    m_selectedLabel->setObjectName(u"selectedEmployee"_s);
    connect(m_employees, &QTableWidget::itemSelectionChanged, this, &PayrollPage::updateSelectionButtons);
    // Double-clicking a person is the quickest way to their wages of the month.
    connect(m_employees, &QTableWidget::cellDoubleClicked, this, [this] { enterWages(); });
    connect(m_enterWages, &QPushButton::clicked, this, [this] { enterWages(); });
    connect(m_enterOpening, &QPushButton::clicked, this, [this] { enterOpening(); });
    connect(m_editEmployee, &QPushButton::clicked, this, [this] { editEmployee(); });
    connect(m_removeEmployee, &QPushButton::clicked, this, [this] {
        const auto employee = selectedEmployee();
        if (!employee)
            return;
        QMessageBox question(QMessageBox::Question, tr("Remove %1").arg(employee->name),
                             tr("Remove %1 (%2) and their wages in the months still open? Someone who has left but is on "
                                "a filed month cannot be removed; they simply get no more wages.")
                                 .arg(employee->name, employee->residentId),
                             QMessageBox::NoButton, this);
        QPushButton *remove = question.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        question.addButton(tr("Cancel"), QMessageBox::RejectRole);
        question.exec();
        if (question.clickedButton() == remove)
            removeEmployee(employee->residentId);
    });
    m_results->setObjectName(u"withholdingTable"_s);

    connect(m_period, &QDateEdit::dateChanged, this, &PayrollPage::refresh);
    connect(m_addEmployee, &QPushButton::clicked, this, [this] { addEmployee(); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialogs::openFileName(this, tr("Import payroll"), QDir::homePath(), tr("Spreadsheets (*.xlsx *.csv)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_template, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialogs::saveFileName(this, tr("Save the import template"), QDir::home().filePath(tr("payroll-template.xlsx")),
                                        tr("Excel (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        const QList<QStringList> rows{payroll::templateHeaders()};
        auto written = path.endsWith(u".csv"_s, Qt::CaseInsensitive)
            ? payroll::Spreadsheet::writeCsv(path, rows)
            : payroll::Spreadsheet::writeXlsx(path, tr("Payroll"), rows, {});
        if (written)
            Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        else
            report(written.error());
    });
    connect(m_openings, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Import the opening cumulative figures"), QDir::homePath(),
                                                       tr("Spreadsheets (*.xlsx *.csv)"));
        if (!path.isEmpty())
            importOpeningsFile(path);
    });
    connect(m_compute, &QPushButton::clicked, this, &PayrollPage::compute);
    connect(m_close, &QPushButton::clicked, this, &PayrollPage::closeMonth);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason
            = QInputDialog::getText(this, tr("Reopen %1").arg(period().toString()),
                                    tr("Why is the month reopened? (kept in the audit log)"), QLineEdit::Normal, {}, &ok);
        if (ok)
            reopenMonth(reason);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(tr("withholding-return-%1.xlsx").arg(period().toString()));
        const QString path = FileDialogs::saveFileName(this, tr("Export the withholding return"), suggested,
                                                       tr("Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && exportTo(path, &error))
            Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        else if (!error.isEmpty())
            Q_EMIT statusMessage(error);
    });

    // Two rows, so the page fits a 1024-pixel hall screen in either language: the month and what is done
    // with it; then where its data comes from (the template button has its place here too).
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Month:"), this));
    row->addWidget(m_period);
    row->addWidget(m_state);
    row->addStretch(1);
    for (QPushButton *button : {m_compute, m_close, m_reopen, m_export})
        row->addWidget(button);
    auto *sources = new QHBoxLayout;
    for (QPushButton *button : {m_addEmployee, m_import, m_openings, m_template})
        sources->addWidget(button);
    sources->addStretch(1);
    // What is done to the person chosen in the table.
    auto *person = new QHBoxLayout;
    person->addWidget(m_selectedLabel, 1);
    for (QPushButton *button : {m_enterWages, m_enterOpening, m_editEmployee, m_removeEmployee})
        person->addWidget(button);
    auto *employeesPane = new QWidget(this);
    auto *employeesLayout = new QVBoxLayout(employeesPane);
    employeesLayout->setContentsMargins(0, 0, 0, 0);
    employeesLayout->addWidget(m_employees, 1);
    employeesLayout->addLayout(person);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(employeesPane);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addLayout(row);
    contentLayout()->addLayout(sources);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(splitter, 1);
    retranslateUi();
    refresh();
}

PayrollPage::~PayrollPage() = default;

void PayrollPage::setEnterprise(auth::Session *session, const QString &enterpriseId)
{
    m_payroll.reset();
    m_store.reset();
    // The rules in force now (the main window installs the enterprise's verified packs before this).
    if (auto pack = rules::RulePack::inForce())
        m_pack = *pack;
    if (session && !enterpriseId.isEmpty() && m_pack) {
        auto store = session->openEnterprise(enterpriseId);
        if (store) {
            m_store = std::move(*store);
            m_payroll = std::make_unique<payroll::Payroll>(*m_store, *m_pack);
        } else {
            report(store.error());
        }
    }
    refresh();
}

void PayrollPage::setPeriod(const payroll::Period &period)
{
    m_period->setDate(period.firstDay());
}

payroll::Period PayrollPage::period() const
{
    return {m_period->date().year(), m_period->date().month()};
}

void PayrollPage::report(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
}

void PayrollPage::refresh()
{
    m_error->hide();
    const bool open = m_payroll != nullptr;
    for (QPushButton *button : {m_addEmployee, m_import, m_openings, m_compute, m_close, m_reopen, m_export})
        button->setEnabled(open);
    if (!open) {
        m_employeeList.clear();
        updateSelectionButtons();
        m_state->setText(tr("Choose an enterprise first."));
        fill(m_employees, {});
        fill(m_results, {});
        return;
    }
    const QString selected = selectedEmployee() ? selectedEmployee()->residentId : QString();
    m_employeeList.clear();
    if (auto employees = m_payroll->employees()) {
        m_employeeList = *employees;
        QList<QStringList> rows{{tr("Name"), tr("Resident ID number"), tr("Hired on"),
                                 tr("Special additional deductions / month"), tr("Income of %1").arg(period().toString())}};
        const auto entered = m_payroll->entries(period()).value_or(QHash<QString, payroll::Entry>{});
        for (const payroll::Employee &employee : std::as_const(m_employeeList)) {
            const auto entry = entered.constFind(employee.residentId);
            rows.append({employee.name, employee.residentId, employee.hireDate.toString(Qt::ISODate),
                         Money::fromFen(employee.declarations.monthlyFen(*m_pack, period().firstDay()).value_or(0)).toString(),
                         entry != entered.cend() ? Money::fromFen(entry->wages.incomeFen).toString() : u"—"_s});
        }
        fill(m_employees, rows);
    } else {
        fill(m_employees, {});
        report(employees.error());
    }
    if (!selected.isEmpty())
        selectEmployee(selected);
    updateSelectionButtons();
    const auto state = m_payroll->state(period()).value_or(payroll::MonthState::Empty);
    const QMap<payroll::MonthState, QString> names{{payroll::MonthState::Empty, tr("No payroll yet")},
                                                   {payroll::MonthState::Open, tr("Imported, not computed")},
                                                   {payroll::MonthState::Computed, tr("Computed, open")},
                                                   {payroll::MonthState::Closed, tr("Closed")}};
    m_state->setText(names.value(state));
    m_import->setEnabled(state != payroll::MonthState::Closed);
    m_compute->setEnabled(state == payroll::MonthState::Open || state == payroll::MonthState::Computed);
    m_close->setEnabled(state == payroll::MonthState::Computed);
    m_reopen->setEnabled(state == payroll::MonthState::Closed);
    m_export->setEnabled(state == payroll::MonthState::Computed || state == payroll::MonthState::Closed);
    const auto results = m_payroll->withholdings(period());
    fill(m_results,
         results && !results->isEmpty() ? payroll::withholdingReturn(*results, payroll::ReturnWords::Interface)
                                        : QList<QStringList>{});
}

std::optional<payroll::Employee> PayrollPage::selectedEmployee() const
{
    const auto rows = m_employees->selectionModel() ? m_employees->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty() || rows.first().row() >= m_employeeList.size())
        return std::nullopt;
    return m_employeeList.at(rows.first().row());
}

void PayrollPage::selectEmployee(const QString &residentId)
{
    for (int row = 0; row < m_employeeList.size(); ++row) {
        if (m_employeeList.at(row).residentId == residentId) {
            m_employees->selectRow(row);
            return;
        }
    }
    m_employees->clearSelection();
}

void PayrollPage::updateSelectionButtons()
{
    const auto employee = selectedEmployee();
    for (QPushButton *button : {m_enterWages, m_enterOpening, m_editEmployee, m_removeEmployee})
        button->setEnabled(employee.has_value());
    m_selectedLabel->setText(employee ? tr("Chosen: %1 (%2)").arg(employee->name, employee->residentId)
                                      : (m_employeeList.isEmpty() ? QString() : tr("Choose an employee in the table.")));
}

std::optional<payroll::Period> PayrollPage::openingPeriod()
{
    const payroll::Period chosen = period();
    if (chosen.month == 1) {
        report(Error{u"invalid_period"_s,
                     tr("January starts from nothing: opening figures are for a first month after January. Choose the "
                        "first month Taxbox computes."),
                     {}});
        return std::nullopt;
    }
    return payroll::Period{chosen.year, chosen.month - 1};
}

EmployeeDialog *PayrollPage::addEmployee(const QString &name, const QString &residentId)
{
    if (!m_payroll)
        return nullptr;
    auto *dialog = new EmployeeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!name.isEmpty() || !residentId.isEmpty()) {
        dialog->findChild<QLineEdit *>(u"employeeName"_s)->setText(name);
        dialog->findChild<QLineEdit *>(u"employeeResidentId"_s)->setText(residentId);
    }
    // Save validates and stores; the dialog stays open with the reason when either refuses.
    disconnect(dialog->findChild<QDialogButtonBox *>(), &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog->findChild<QDialogButtonBox *>(), &QDialogButtonBox::accepted, this, [this, dialog] {
        auto employee = payroll::Employee::fromJson(dialog->request(), QDate::currentDate());
        if (!employee) {
            dialog->showError(employee.error());
            return;
        }
        auto added = m_payroll->addEmployee(*employee);
        if (!added) {
            dialog->showError(added.error());
            return;
        }
        Q_EMIT statusMessage(tr("Added %1.").arg(added->name));
        dialog->accept();
        refresh();
        selectEmployee(added->residentId);
    });
    dialog->open();
    return dialog;
}

EmployeeDialog *PayrollPage::editEmployee()
{
    const auto employee = selectedEmployee();
    if (!m_payroll || !employee)
        return nullptr;
    auto *dialog = new EmployeeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Who someone is on a filed month stays as filed: the dialog says so before anyone types.
    const bool identityLocked = !m_payroll->firstClosedMonthOf(employee->id).value_or(QString()).isEmpty();
    dialog->setEmployee(*employee, identityLocked);
    disconnect(dialog->findChild<QDialogButtonBox *>(), &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog->findChild<QDialogButtonBox *>(), &QDialogButtonBox::accepted, this, [this, dialog] {
        auto changed = payroll::Employee::fromJson(dialog->request(), QDate::currentDate());
        if (!changed) {
            dialog->showError(changed.error());
            return;
        }
        auto saved = m_payroll->updateEmployee(*changed);
        if (!saved) {
            dialog->showError(saved.error());
            return;
        }
        Q_EMIT statusMessage(tr("Saved %1.").arg(saved->name));
        dialog->accept();
        refresh();
        selectEmployee(saved->residentId);
    });
    dialog->open();
    return dialog;
}

bool PayrollPage::removeEmployee(const QString &residentId)
{
    if (!m_payroll)
        return false;
    const auto employee = std::find_if(m_employeeList.cbegin(), m_employeeList.cend(),
                                       [&](const payroll::Employee &e) { return e.residentId == residentId; });
    if (employee == m_employeeList.cend())
        return false;
    const QString name = employee->name;
    if (auto removed = m_payroll->removeEmployee(employee->id); !removed) {
        report(removed.error());
        return false;
    }
    refresh();
    Q_EMIT statusMessage(tr("Removed %1.").arg(name));
    return true;
}

AmountsDialog *PayrollPage::enterWages()
{
    const auto employee = selectedEmployee();
    if (!m_payroll || !employee)
        return nullptr;
    if (m_payroll->state(period()).value_or(payroll::MonthState::Empty) == payroll::MonthState::Closed) {
        report(Error{u"month_closed"_s,
                     tr("The payroll of %1 is closed. Reopen it explicitly (the reopening is audited) to change it.")
                         .arg(period().toString()),
                     {}});
        return nullptr;
    }
    const QString title = tr("Wages of %1, %2").arg(employee->name, period().toString());
    const QString intro
        = tr("Amounts of this month in yuan. An empty special additional deduction takes %1's "
             "declarations (%2 a month).")
              .arg(employee->name,
                   Money::fromFen(employee->declarations.monthlyFen(*m_pack, period().firstDay()).value_or(0)).toString());
    QList<AmountsDialog::Field> fields;
    for (const payroll::EntryColumn &column : payroll::entryColumns()) {
        if (column.key == u"name" || column.key == u"resident_id")
            continue;
        fields.append({column.key, column.label, column.required,
                       column.key == u"special_additional_deductions" ? tr("from the declarations") : QString()});
    }
    auto *dialog = new AmountsDialog(title, intro, fields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto entered = m_payroll->entry(period(), employee->residentId); entered && entered->has_value()) {
        const payroll::Entry &e = **entered;
        dialog->setValue(u"income"_s, e.wages.incomeFen);
        dialog->setValue(u"exempt_income"_s, e.wages.exemptFen);
        dialog->setValue(u"special_deductions"_s, e.wages.specialFen);
        dialog->setValue(u"special_additional_deductions"_s,
                         e.additionalGiven ? std::optional<qint64>(e.wages.additionalFen) : std::nullopt);
        dialog->setValue(u"other_deductions"_s, e.wages.otherFen);
        dialog->setValue(u"tax_relief"_s, e.wages.reliefFen);
    }
    const QString residentId = employee->residentId;
    connect(dialog->findChild<QDialogButtonBox *>(), &QDialogButtonBox::accepted, this, [this, dialog, residentId] {
        auto values = dialog->values();
        if (!values)
            return;
        payroll::Entry entry;
        entry.residentId = residentId;
        entry.wages.incomeFen = values->value(u"income"_s).value_or(0);
        entry.wages.exemptFen = values->value(u"exempt_income"_s).value_or(0);
        entry.wages.specialFen = values->value(u"special_deductions"_s).value_or(0);
        entry.additionalGiven = values->value(u"special_additional_deductions"_s).has_value();
        entry.wages.additionalFen = values->value(u"special_additional_deductions"_s).value_or(0);
        entry.wages.otherFen = values->value(u"other_deductions"_s).value_or(0);
        entry.wages.reliefFen = values->value(u"tax_relief"_s).value_or(0);
        auto saved = m_payroll->importEntries(period(), {entry});
        if (!saved) {
            dialog->showError(saved.error());
            return;
        }
        dialog->accept();
        refresh();
        Q_EMIT statusMessage(tr("Saved the wages of %1; compute the month again.").arg(period().toString()));
    });
    dialog->open();
    return dialog;
}

AmountsDialog *PayrollPage::enterOpening()
{
    const auto employee = selectedEmployee();
    if (!m_payroll || !employee)
        return nullptr;
    const auto before = openingPeriod();
    if (!before)
        return nullptr;
    const QStringList headers = payroll::openingHeaders();
    static const QStringList keys{u"income"_s, u"exempt"_s, u"basic"_s, u"special"_s, u"additional"_s, u"other"_s, u"withheld"_s};
    QList<AmountsDialog::Field> fields;
    for (int i = 0; i < keys.size(); ++i)
        fields.append({keys.at(i), headers.value(i + 2), i == 0});
    auto *dialog = new AmountsDialog(
        tr("Opening figures of %1 up to %2").arg(employee->name, before->toString()),
        tr("The cumulative figures from January to %1 as the 扣缴端 shows them (上期累计). Taxbox continues from them in %2.")
            .arg(before->toString(), period().toString()),
        fields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto existing = m_payroll->openings(*before)) {
        for (const payroll::Opening &o : std::as_const(*existing)) {
            if (o.residentId != employee->residentId)
                continue;
            const qint64 figures[]
                = {o.incomeFen, o.exemptFen, o.basicFen, o.specialFen, o.additionalFen, o.otherFen, o.withheldFen};
            for (int i = 0; i < keys.size(); ++i)
                dialog->setValue(keys.at(i), figures[i]);
        }
    }
    const payroll::Employee person = *employee;
    const payroll::Period at = *before;
    connect(dialog->findChild<QDialogButtonBox *>(), &QDialogButtonBox::accepted, this, [this, dialog, person, at] {
        auto values = dialog->values();
        if (!values)
            return;
        payroll::Opening opening{person.residentId,
                                 person.name,
                                 values->value(u"income"_s).value_or(0),
                                 values->value(u"exempt"_s).value_or(0),
                                 values->value(u"basic"_s).value_or(0),
                                 values->value(u"special"_s).value_or(0),
                                 values->value(u"additional"_s).value_or(0),
                                 values->value(u"other"_s).value_or(0),
                                 values->value(u"withheld"_s).value_or(0)};
        auto saved = m_payroll->importOpenings(at, {opening});
        if (!saved) {
            dialog->showError(saved.error());
            return;
        }
        dialog->accept();
        refresh();
        Q_EMIT statusMessage(tr("Saved the opening figures of %1 up to %2.").arg(person.name, at.toString()));
    });
    dialog->open();
    return dialog;
}

PayrollImportDialog *PayrollPage::importFile(const QString &path)
{
    if (!m_payroll)
        return nullptr;
    auto table = payroll::Spreadsheet::read(path);
    if (!table) {
        report(table.error());
        return nullptr;
    }
    const auto registered = [this] {
        QHash<QString, QString> names;
        for (const payroll::Employee &employee : m_payroll->employees().value_or(QList<payroll::Employee>{}))
            names.insert(employee.residentId, employee.name);
        return names;
    };
    auto *dialog = new PayrollImportDialog(*table, registered(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // 登记员工…: the employee dialog, filled from the file; once saved the file is read again.
    connect(dialog, &PayrollImportDialog::registerRequested, this,
            [this, dialog, registered](const QString &name, const QString &residentId) {
                EmployeeDialog *employee = addEmployee(name, residentId);
                if (!employee)
                    return;
                connect(employee, &QDialog::accepted, dialog, [dialog, registered] { dialog->setEmployees(registered()); });
            });
    connect(dialog, &PayrollImportDialog::entriesChosen, this, [this](const QList<payroll::Entry> &entries) {
        auto imported = m_payroll->importEntries(period(), entries);
        if (!imported) {
            report(imported.error());
            return;
        }
        Q_EMIT statusMessage(tr("Imported %1 rows for %2.").arg(*imported).arg(period().toString()));
        refresh();
    });
    dialog->open();
    return dialog;
}

bool PayrollPage::importOpeningsFile(const QString &path)
{
    if (!m_payroll)
        return false;
    const auto openingAt = openingPeriod();
    if (!openingAt)
        return false;
    const payroll::Period before = *openingAt;
    auto table = payroll::Spreadsheet::read(path);
    if (!table) {
        report(table.error());
        return false;
    }
    auto parsed = payroll::parseOpenings(*table);
    if (!parsed) {
        report(parsed.error());
        return false;
    }
    if (!parsed->errors.isEmpty()) {
        const payroll::RowError &first = parsed->errors.first();
        report(Error{u"rows_refused"_s,
                     tr("Nothing was imported: row %1, %2: %3 (%4 rows with errors in all).")
                         .arg(first.row)
                         .arg(first.column, first.reason)
                         .arg(parsed->errors.size()),
                     {}});
        return false;
    }
    auto imported = m_payroll->importOpenings(before, parsed->openings);
    if (!imported) {
        report(imported.error());
        return false;
    }
    Q_EMIT statusMessage(
        tr("Opening cumulative figures up to %1 imported for %2 employees.").arg(before.toString()).arg(*imported));
    refresh();
    return true;
}

void PayrollPage::compute()
{
    if (!m_payroll)
        return;
    auto results = m_payroll->run(period());
    if (!results) {
        report(results.error());
        return;
    }
    refresh();
    Q_EMIT statusMessage(tr("Computed %1 for %2 employees.").arg(period().toString()).arg(results->size()));
}

void PayrollPage::closeMonth()
{
    if (!m_payroll)
        return;
    if (auto closed = m_payroll->close(period()); !closed) {
        report(closed.error());
        return;
    }
    refresh();
}

void PayrollPage::reopenMonth(const QString &reason)
{
    if (!m_payroll)
        return;
    if (auto reopened = m_payroll->reopen(period(), reason); !reopened) {
        report(reopened.error());
        return;
    }
    refresh();
}

bool PayrollPage::exportTo(const QString &path, QString *error)
{
    auto results
        = m_payroll ? m_payroll->withholdings(period()) : Result<QList<payroll::Withholding>>(QList<payroll::Withholding>{});
    if (!results) {
        if (error)
            *error = results.error().message;
        return false;
    }
    const QList<QStringList> rows = payroll::withholdingReturn(*results);
    const QString suffix = QFileInfo(path).suffix().toLower();
    Result<void> written;
    if (suffix == u"pdf") {
        // A4 landscape, columns sized so no amount or ID number breaks, the header on every page, numbered.
        print::TableDocument document;
        // A return on paper is in Chinese whatever the interface language.
        document.title = u"个人所得税扣缴申报表（工资薪金所得）"_s;
        if (m_store && m_store->profile())
            document.subtitleLines.append(
                u"扣缴义务人：%1   统一社会信用代码：%2"_s.arg(m_store->profile()->name, m_store->profile()->creditCode));
        document.subtitleLines.append(u"税款所属期：%1年%2月"_s.arg(period().year).arg(period().month));
        document.rows = rows;
        document.rightAligned = payroll::withholdingReturnMoneyColumns();
        document.pageLabel = u"第 %1 页，共 %2 页"_s;
        written = print::writeTablePdf(document, path);
    } else if (suffix == u"xlsx") {
        written = payroll::Spreadsheet::writeXlsx(path, period().toString(), rows, payroll::withholdingReturnMoneyColumns());
    } else {
        written = payroll::Spreadsheet::writeCsv(path, rows);
    }
    if (!written) {
        if (error)
            *error = written.error().message;
        return false;
    }
    return true;
}

void PayrollPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    ToolPage::changeEvent(event);
}

void PayrollPage::retranslateUi()
{
    retranslateHeading();
    m_addEmployee->setText(tr("Add &employee…"));
    m_import->setText(tr("&Import…"));
    m_compute->setText(tr("&Compute"));
    m_close->setText(tr("C&lose month"));
    m_reopen->setText(tr("&Reopen…"));
    m_export->setText(tr("E&xport…"));
    m_template->setText(tr("&Template…"));
    m_template->setToolTip(tr("Save an empty import template (XLSX or CSV)"));
    m_openings->setText(tr("Import &openings…"));
    m_enterWages->setText(tr("Enter &wages…"));
    m_enterWages->setToolTip(tr("Type or correct the chosen employee's wages of this month (or double-click them)"));
    m_enterOpening->setText(tr("Opening &figures…"));
    m_enterOpening->setToolTip(tr("Type the chosen employee's cumulative figures up to the month before this one"));
    m_editEmployee->setText(tr("C&hange…"));
    m_removeEmployee->setText(tr("Remo&ve…"));
    m_openings->setToolTip(tr("Started after January: import each employee's cumulative figures up to the month before "
                              "this one (期初累计, the 扣缴端's 上期累计)"));
}

} // namespace taxbox::ui
