#include "PayrollPage.h"

#include "session/FileDialogs.h"

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
#include <QPdfWriter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}

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
PayrollImportDialog::PayrollImportDialog(QList<QStringList> table, QWidget *parent)
    : QDialog(parent)
    , m_table(std::move(table))
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
        form->addRow((column.required ? column.label + u" *"_s : column.label) + u':', combo);
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
    auto *cancel = new QPushButton(tr("Cancel"), this);
    connect(m_all, &QPushButton::clicked, this, &PayrollImportDialog::importAll);
    connect(m_good, &QPushButton::clicked, this, &PayrollImportDialog::importGoodRows);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
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

void PayrollImportDialog::reparse()
{
    auto parsed = payroll::parseEntries(m_table, mapping());
    m_errors->setRowCount(0);
    if (!parsed) {
        m_parsed = {};
        m_summary->setText(parsed.error().message);
        m_all->setEnabled(false);
        m_good->setEnabled(false);
        m_good->setText(tr("Import the &good rows"));
        return;
    }
    m_parsed = *parsed;
    m_errors->setRowCount(static_cast<int>(m_parsed.errors.size()));
    for (int i = 0; i < m_parsed.errors.size(); ++i) {
        const payroll::RowError &error = m_parsed.errors.at(i);
        m_errors->setItem(i, 0, new QTableWidgetItem(QString::number(error.row)));
        m_errors->setItem(i, 1, new QTableWidgetItem(error.column));
        m_errors->setItem(i, 2, new QTableWidgetItem(error.reason));
    }
    m_summary->setText(m_parsed.errors.isEmpty()
                           ? tr("%1 rows are ready to import.").arg(m_parsed.entries.size())
                           : tr("%1 rows are ready; %2 rows have errors (below). Nothing is imported from a file with errors "
                                "unless you choose to import the good rows.")
                                 .arg(m_parsed.entries.size())
                                 .arg(m_parsed.errors.size()));
    m_all->setEnabled(m_parsed.errors.isEmpty() && !m_parsed.entries.isEmpty());
    m_good->setVisible(!m_parsed.errors.isEmpty());
    m_good->setEnabled(!m_parsed.entries.isEmpty());
    m_good->setText(tr("Import the &good rows (%1)").arg(m_parsed.entries.size()));
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
    return {{u"name"_s, m_name->text()},
            {u"resident_id"_s, m_residentId->text()},
            {u"hire_date"_s, m_hireDate->date().toString(Qt::ISODate)},
            {u"first_job"_s, m_firstJob->isChecked()},
            {u"sixty_thousand_rule"_s, m_sixty->isChecked()},
            {u"declarations"_s, declarations}};
}

void EmployeeDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    QWidget *field = error.field == u"resident_id" ? static_cast<QWidget *>(m_residentId)
        : error.field == u"name"                   ? static_cast<QWidget *>(m_name)
                                                   : nullptr;
    if (field) {
        field->setStyleSheet(u"border: 1px solid #b3261e;"_s);
        field->setFocus();
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
    , m_employees(new QTableWidget(this))
    , m_results(new QTableWidget(this))
{
    if (auto pack = rules::RulePack::inForce())
        m_pack = *pack;
    m_period->setObjectName(u"payrollPeriod"_s);
    m_period->setDisplayFormat(u"yyyy-MM"_s);
    m_state->setObjectName(u"payrollState"_s);
    const std::pair<QPushButton *, QString> buttons[]
        = {{m_addEmployee, u"addEmployee"_s}, {m_import, u"importPayroll"_s}, {m_openings, u"importOpenings"_s},
           {m_compute, u"computePayroll"_s},  {m_close, u"closeMonth"_s},     {m_reopen, u"reopenMonth"_s},
           {m_export, u"exportReturn"_s}};
    for (const auto &[button, name] : buttons)
        button->setObjectName(name);
    for (QTableWidget *table : {m_employees, m_results}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
    }
    m_employees->setObjectName(u"employeeTable"_s);
    m_employees->horizontalHeader()->setStretchLastSection(true);
    m_results->setObjectName(u"withholdingTable"_s);

    connect(m_period, &QDateEdit::dateChanged, this, &PayrollPage::refresh);
    connect(m_addEmployee, &QPushButton::clicked, this, &PayrollPage::addEmployee);
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
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_employees);
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
        m_state->setText(tr("Choose an enterprise first."));
        fill(m_employees, {});
        fill(m_results, {});
        return;
    }
    if (auto employees = m_payroll->employees()) {
        QList<QStringList> rows{
            {tr("Name"), tr("Resident ID number"), tr("Hired on"), tr("Special additional deductions / month")}};
        for (const payroll::Employee &employee : std::as_const(*employees)) {
            rows.append({employee.name, employee.residentId, employee.hireDate.toString(Qt::ISODate),
                         Money::fromFen(employee.declarations.monthlyFen(*m_pack, period().firstDay()).value_or(0)).toString()});
        }
        fill(m_employees, rows);
    }
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
    fill(m_results, results && !results->isEmpty() ? payroll::withholdingReturn(*results) : QList<QStringList>{});
}

EmployeeDialog *PayrollPage::addEmployee()
{
    if (!m_payroll)
        return nullptr;
    auto *dialog = new EmployeeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
    auto *dialog = new PayrollImportDialog(*table, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
    const payroll::Period chosen = period();
    if (chosen.month == 1) {
        report(Error{u"invalid_period"_s,
                     tr("January starts from nothing: opening figures are for a first month after January. Choose the "
                        "first month Taxbox computes."),
                     {}});
        return false;
    }
    const payroll::Period before{chosen.year, chosen.month - 1};
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
        QString html = u"<h2>%1</h2><p>%2 · %3</p><table border='1' cellspacing='0' cellpadding='2' style='font-size:7pt'>"_s.arg(
            tr("Withholding return (wages)").toHtmlEscaped(),
            m_store && m_store->profile() ? m_store->profile()->name.toHtmlEscaped() : QString(), period().toString());
        for (int r = 0; r < rows.size(); ++r) {
            html += u"<tr>"_s;
            for (const QString &cell : rows.at(r))
                html += (r == 0 ? u"<th>%1</th>"_s : u"<td>%1</td>"_s).arg(cell.toHtmlEscaped());
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        QTextDocument document;
        QFont font(u"Noto Sans CJK SC"_s);
        font.setPointSizeF(7);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
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
    m_openings->setText(tr("&Openings…"));
    m_openings->setToolTip(tr("Started after January: import each employee's cumulative figures up to the month before "
                              "this one (期初累计, the 扣缴端's 上期累计)"));
}

} // namespace taxbox::ui
