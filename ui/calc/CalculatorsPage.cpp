#include "CalculatorsPage.h"

#include "session/FileDialogs.h"

#include "calc/Input.h"
#include "money/Decimal.h"
#include "rules/RulePack.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {
const QString kErrorStyle = u"border: 1px solid #b3261e;"_s;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Rates read as percentages on screen and paper (13%, not 0.13); everything else as it comes.
QString displayValue(const QString &key, const QString &value)
{
    if (key == u"rate" || key.endsWith(u"_rate"_s) || key == u"ratio") {
        if (auto rate = Decimal::parse(value))
            return calc::percentText(*rate);
    }
    return value;
}
} // namespace

CalculatorsPage::CalculatorsPage(QWidget *parent)
    : ToolPage(parent)
    , m_choice(new QComboBox(this))
    , m_forms(new QStackedWidget(this))
    , m_error(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_result(new QTableWidget(this))
    , m_detail(new QTableWidget(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_pdf(new QPushButton(this))
{
    m_choice->setObjectName(u"calculatorChoice"_s);
    m_error->setObjectName(u"calcError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_warning->setObjectName(u"calcWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"background: #fff4e5; color: #7a4100; padding: 6px; border: 1px solid #f0b45a;"_s);
    m_warning->hide();
    m_result->setObjectName(u"calcResult"_s);
    m_result->setColumnCount(2);
    m_result->horizontalHeader()->hide();
    m_result->verticalHeader()->hide();
    m_result->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_result->horizontalHeader()->setStretchLastSection(true);
    m_result->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setObjectName(u"calcDetail"_s);
    m_detail->verticalHeader()->hide();
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->hide();
    m_explanation->setObjectName(u"calcExplanation"_s);
    m_explanation->setReadOnly(true);
    m_copy->setObjectName(u"copyResult"_s);
    m_pdf->setObjectName(u"exportPdf"_s);
    connect(m_copy, &QPushButton::clicked, this, &CalculatorsPage::copyResult);
    connect(m_pdf, &QPushButton::clicked, this, &CalculatorsPage::exportPdfInteractive);

    buildForms();
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_forms->setCurrentIndex(index);
        // The cursor goes to the first value to type, so the user can start at once.
        if (auto *first = m_forms->currentWidget()->findChild<QLineEdit *>())
            first->setFocus(Qt::OtherFocusReason);
        recompute();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_choice);
    leftLayout->addWidget(m_forms, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_warning);
    rightLayout->addWidget(m_result, 2);
    rightLayout->addWidget(m_detail, 3);
    rightLayout->addWidget(m_explanation, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_pdf);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);

    changeEvent(nullptr);
    recompute();
}

void CalculatorsPage::buildForms()
{
    for (const calc::Calculator *calculator : calc::calculators()) {
        if (!calculator->hasGenericForm())
            continue;
        Form form;
        form.calculator = calculator;
        form.page = new QWidget(m_forms);
        form.page->setObjectName(u"form_"_s + calculator->name());
        auto *layout = new QFormLayout(form.page);
        for (const calc::Field &field : calculator->fields()) {
            QWidget *input = nullptr;
            switch (field.kind) {
            case calc::Field::Kind::Money:
            case calc::Field::Kind::Rate:
            case calc::Field::Kind::Text:
            case calc::Field::Kind::Date: {
                auto *line = new QLineEdit(form.page);
                // Rates are typed and shown as percentages (13%, 13 or 0.13 are all read).
                line->setText(field.kind == calc::Field::Kind::Rate && !field.defaultValue.isEmpty()
                                  ? calc::percentText(*Decimal::parse(field.defaultValue))
                                  : QString());
                if (field.kind == calc::Field::Kind::Rate)
                    line->setPlaceholderText(tr("e.g. 13%"));
                if (field.kind == calc::Field::Kind::Date)
                    line->setPlaceholderText(tr("today (%1)").arg(QDate::currentDate().toString(Qt::ISODate)));
                else if (field.kind == calc::Field::Kind::Money)
                    line->setPlaceholderText(field.defaultValue.isEmpty() ? tr("required") : u"0.00"_s);
                else if (field.kind == calc::Field::Kind::Text)
                    line->setPlaceholderText(QDate::currentDate().toString(u"yyyy-MM"_s));
                connect(line, &QLineEdit::textChanged, this, &CalculatorsPage::recompute);
                input = line;
                break;
            }
            case calc::Field::Kind::Integer: {
                auto *spin = new QSpinBox(form.page);
                if (field.maximum > 0)
                    spin->setRange(field.minimum, field.maximum);
                else
                    spin->setRange(field.key == u"year" ? 2019 : 1, field.key == u"year" ? 2100 : 12);
                spin->setValue(field.key == u"year" ? QDate::currentDate().year() : field.defaultValue.toInt());
                connect(spin, &QSpinBox::valueChanged, this, &CalculatorsPage::recompute);
                input = spin;
                break;
            }
            case calc::Field::Kind::Boolean: {
                auto *check = new QCheckBox(form.page);
                check->setChecked(field.defaultValue == u"true");
                connect(check, &QCheckBox::toggled, this, &CalculatorsPage::recompute);
                input = check;
                break;
            }
            case calc::Field::Kind::Choice: {
                auto *combo = new QComboBox(form.page);
                for (qsizetype i = 0; i < field.choices.size(); ++i)
                    combo->addItem(field.choiceLabels.value(i, field.choices.at(i)), field.choices.at(i));
                combo->setCurrentIndex(std::max(0, combo->findData(field.defaultValue)));
                connect(combo, &QComboBox::currentIndexChanged, this, &CalculatorsPage::recompute);
                input = combo;
                break;
            }
            case calc::Field::Kind::MoneyList: {
                // One row of amounts (the six month-end credits), oldest first.
                auto *table = new QTableWidget(1, field.minimum, form.page);
                QStringList headers;
                for (int column = 1; column <= field.minimum; ++column)
                    headers << tr("Month %1").arg(column);
                table->setHorizontalHeaderLabels(headers);
                table->verticalHeader()->hide();
                table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->rowHeight(0) + 4);
                connect(table, &QTableWidget::itemChanged, this, &CalculatorsPage::recompute);
                input = table;
                break;
            }
            case calc::Field::Kind::Months: {
                const QList<calc::Field> columns = calc::wageMonthFields();
                form.months = new QTableWidget(12, static_cast<int>(columns.size()), form.page);
                QStringList headers;
                for (const calc::Field &column : columns)
                    headers << column.label;
                form.months->setHorizontalHeaderLabels(headers);
                QStringList rows;
                for (int month = 1; month <= 12; ++month)
                    rows << tr("Month %1").arg(month);
                form.months->setVerticalHeaderLabels(rows);
                form.months->setMinimumHeight(300);
                connect(form.months, &QTableWidget::itemChanged, this, &CalculatorsPage::recompute);
                input = form.months;
                break;
            }
            }
            input->setObjectName(u"input_"_s + field.key);
            form.inputs.insert(field.key, input);
            if (field.kind == calc::Field::Kind::Months)
                layout->addRow(input);
            else
                layout->addRow(tr("%1:").arg(field.label), input);
        }
        m_forms->addWidget(form.page);
        m_choice->addItem(calculator->title(), calculator->name());
        m_formList.append(form);
    }
}

const CalculatorsPage::Form &CalculatorsPage::currentForm() const
{
    return m_formList.at(std::max(0, m_forms->currentIndex()));
}

void CalculatorsPage::showCalculator(const QString &name)
{
    const int index = m_choice->findData(name);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

QJsonObject CalculatorsPage::request() const
{
    const Form &form = currentForm();
    QJsonObject object;
    QHash<QString, QJsonObject> members; // "declarations.x": x inside "declarations"
    for (const calc::Field &field : form.calculator->fields()) {
        QWidget *input = form.inputs.value(field.key);
        if (field.key.contains(u'.')) {
            QJsonObject &member = members[field.key.section(u'.', 0, 0)];
            const QString key = field.key.section(u'.', 1);
            if (auto *spin = qobject_cast<QSpinBox *>(input))
                member.insert(key, spin->value());
            else if (auto *check = qobject_cast<QCheckBox *>(input))
                member.insert(key, check->isChecked());
            continue;
        }
        if (field.kind == calc::Field::Kind::MoneyList) {
            auto *table = qobject_cast<QTableWidget *>(input);
            QJsonArray amounts;
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem *cell = table->item(0, column);
                if (cell && !cell->text().trimmed().isEmpty())
                    amounts.append(cell->text().trimmed());
            }
            if (!amounts.isEmpty())
                object.insert(field.key, amounts);
            continue;
        }
        if (auto *line = qobject_cast<QLineEdit *>(input)) {
            if (!line->text().trimmed().isEmpty())
                object.insert(field.key, line->text().trimmed());
        } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
            object.insert(field.key, spin->value());
        } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
            object.insert(field.key, check->isChecked());
        } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
            object.insert(field.key, combo->currentData().toString());
        } else if (form.months) {
            // Months from the first month with this employer, while the income cell is filled.
            const QList<calc::Field> columns = calc::wageMonthFields();
            const int start = object.value(u"start_month"_s).toInt(1);
            QJsonArray months;
            for (int row = start - 1; row < 12; ++row) {
                const QTableWidgetItem *income = form.months->item(row, 0);
                if (!income || income->text().trimmed().isEmpty())
                    break;
                QJsonObject month;
                for (int column = 0; column < columns.size(); ++column) {
                    const QTableWidgetItem *cell = form.months->item(row, column);
                    if (cell && !cell->text().trimmed().isEmpty())
                        month.insert(columns.at(column).key, cell->text().trimmed());
                }
                months.append(month);
            }
            object.insert(field.key, months);
        }
    }
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void CalculatorsPage::recompute()
{
    const Form &form = currentForm();
    for (QWidget *input : std::as_const(form.inputs))
        input->setStyleSheet({});
    const QJsonObject input = request();
    // An untouched form is not an error: ask for the first required value instead.
    bool anyRequired = false;
    for (const calc::Field &field : form.calculator->fields()) {
        if ((field.kind == calc::Field::Kind::Money || field.kind == calc::Field::Kind::Text) && field.defaultValue.isEmpty()
            && !field.optional)
            anyRequired = anyRequired || input.contains(field.key);
        if (field.kind == calc::Field::Kind::Months)
            anyRequired = anyRequired || !input.value(field.key).toArray().isEmpty();
    }
    if (!anyRequired) {
        m_outcome.reset();
        m_error->setStyleSheet(u"color: palette(placeholder-text);"_s);
        m_error->setText(tr("Fill in the form; the result appears as you type."));
        m_error->show();
        m_warning->hide();
        m_result->setRowCount(0);
        m_detail->hide();
        m_explanation->clear();
        m_copy->setEnabled(false);
        m_pdf->setEnabled(false);
        return;
    }
    auto pack = calc::rulePackFor(*form.calculator);
    if (!pack) {
        showError(pack.error());
        return;
    }
    auto outcome = form.calculator->compute(input, **pack, QDate::currentDate());
    if (!outcome) {
        showError(outcome.error());
        return;
    }
    showOutcome(*outcome);
}

void CalculatorsPage::showError(const Error &error)
{
    m_outcome.reset();
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setText(error.message);
    m_error->show();
    m_warning->hide();
    m_copy->setEnabled(false);
    m_pdf->setEnabled(false);
    const Form &form = currentForm();
    const QString key = error.field.section(u'[', 0, 0).section(u'.', 0, 0);
    if (QWidget *input = form.inputs.value(key))
        input->setStyleSheet(kErrorStyle);
}

void CalculatorsPage::showOutcome(const calc::Outcome &outcome)
{
    m_outcome = outcome;
    m_error->hide();
    m_warning->setText(outcome.warnings.join(u'\n'));
    m_warning->setVisible(!outcome.warnings.isEmpty());
    // Scalars in the result table; a list ("months", "lines") in the detail table.
    QStringList keys;
    QString listKey;
    for (auto it = outcome.output.constBegin(); it != outcome.output.constEnd(); ++it) {
        if (it.value().isArray())
            listKey = it.key();
        else if (!it.value().isObject())
            keys << it.key();
    }
    // The figure the user came for first, then its parts; anything else after, as it comes.
    static const QStringList order{
        u"tax"_s,           u"payable"_s,          u"total_payable"_s, u"total_withheld"_s, u"refund"_s,
        u"balance"_s,       u"refundable_total"_s, u"amount"_s,        u"after_tax"_s,      u"exempt"_s,
        u"taxable_sales"_s, u"threshold"_s,        u"income_amount"_s, u"taxable"_s,        u"actual_profit"_s,
        u"rate"_s,          u"quick_deduction"_s,  u"relief"_s,        u"prepaid"_s};
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &key) { return order.contains(key) ? order.indexOf(key) : order.size(); };
        return rank(a) < rank(b);
    });
    m_result->setRowCount(static_cast<int>(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QJsonValue value = outcome.output.value(keys.at(row));
        const QString text
            = value.isBool() ? (value.toBool() ? tr("Yes") : tr("No")) : displayValue(keys.at(row), value.toString());
        m_result->setItem(row, 0, new QTableWidgetItem(calc::outputLabel(keys.at(row))));
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_result->setItem(row, 1, item);
    }
    const QJsonArray list = outcome.output.value(listKey).toArray();
    m_detail->setVisible(!list.isEmpty());
    if (!list.isEmpty()) {
        // The official forms' order (扣缴申报表: 月份, 累计收入额, 累计减除费用, 应纳税所得额, 税率, 速算扣除数, 应纳税额,
        // 本期应预扣), not the alphabetical order of the JSON keys.
        static const QStringList columnOrder{u"month"_s,
                                             u"line"_s,
                                             u"base"_s,
                                             u"cumulative_income"_s,
                                             u"cumulative_basic_deduction"_s,
                                             u"cumulative_taxable"_s,
                                             u"rate"_s,
                                             u"quick_deduction"_s,
                                             u"cumulative_tax"_s,
                                             u"withheld"_s,
                                             u"cumulative_withheld"_s};
        QStringList columns = list.first().toObject().keys();
        std::stable_sort(columns.begin(), columns.end(), [](const QString &a, const QString &b) {
            const auto rank
                = [](const QString &key) { return columnOrder.contains(key) ? columnOrder.indexOf(key) : columnOrder.size(); };
            return rank(a) < rank(b);
        });
        m_detail->setColumnCount(static_cast<int>(columns.size()));
        QStringList headers;
        for (const QString &column : columns)
            headers << calc::outputLabel(column);
        m_detail->setHorizontalHeaderLabels(headers);
        m_detail->setRowCount(static_cast<int>(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const QJsonObject object = list.at(row).toObject();
            for (int column = 0; column < columns.size(); ++column) {
                const QJsonValue value = object.value(columns.at(column));
                auto *item = new QTableWidgetItem(value.isDouble() ? QString::number(value.toInt())
                                                                   : displayValue(columns.at(column), value.toString()));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_detail->setItem(row, column, item);
            }
        }
        m_detail->resizeColumnsToContents();
    }
    m_explanation->setPlainText(outcome.explanation.join(u'\n'));
    m_copy->setEnabled(true);
    m_pdf->setEnabled(true);
}

QString CalculatorsPage::resultText() const
{
    if (!m_outcome)
        return {};
    QStringList lines{currentForm().calculator->title()};
    for (int row = 0; row < m_result->rowCount(); ++row)
        lines << m_result->item(row, 0)->text() + u": "_s + m_result->item(row, 1)->text();
    if (m_detail->isVisible()) {
        for (int row = 0; row < m_detail->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < m_detail->columnCount(); ++column)
                cells << m_detail->horizontalHeaderItem(column)->text() + u' ' + m_detail->item(row, column)->text();
            lines << cells.join(u", "_s);
        }
    }
    lines << m_outcome->warnings << m_outcome->explanation;
    return lines.join(u'\n');
}

void CalculatorsPage::copyResult()
{
    QGuiApplication::clipboard()->setText(resultText());
    Q_EMIT statusMessage(tr("The result is on the clipboard."));
}

QString CalculatorsPage::html() const
{
    QString body
        = u"<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'>"_s.arg(escaped(currentForm().calculator->title()));
    const QJsonObject input = request();
    for (const calc::Field &field : currentForm().calculator->fields()) {
        if (field.kind == calc::Field::Kind::Months || !input.contains(field.key))
            continue;
        const QJsonValue value = input.value(field.key);
        body += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
            escaped(field.label),
            escaped(value.isBool() ? (value.toBool() ? tr("Yes") : tr("No")) : value.toVariant().toString()));
    }
    body += u"</table><h3>%1</h3><table border='1' cellspacing='0' cellpadding='4'>"_s.arg(escaped(tr("Result")));
    for (int row = 0; row < m_result->rowCount(); ++row)
        body += u"<tr><td>%1</td><td align='right' style='white-space: nowrap'>%2</td></tr>"_s.arg(
            escaped(m_result->item(row, 0)->text()), escaped(m_result->item(row, 1)->text()));
    body += u"</table>"_s;
    if (m_detail->isVisible()) {
        // <thead> repeats the header row on every page; nowrap keeps every figure on one line.
        body += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>"_s;
        for (int column = 0; column < m_detail->columnCount(); ++column)
            body += u"<th>%1</th>"_s.arg(escaped(m_detail->horizontalHeaderItem(column)->text()));
        body += u"</tr></thead>"_s;
        for (int row = 0; row < m_detail->rowCount(); ++row) {
            body += u"<tr>"_s;
            for (int column = 0; column < m_detail->columnCount(); ++column)
                body += u"<td align='right' style='white-space: nowrap'>%1</td>"_s.arg(
                    escaped(m_detail->item(row, column)->text()));
            body += u"</tr>"_s;
        }
        body += u"</table>"_s;
    }
    if (m_outcome) {
        for (const QString &warning : m_outcome->warnings)
            body += u"<p><b>%1</b></p>"_s.arg(escaped(warning));
        body += u"<h3>%1</h3><ol>"_s.arg(escaped(tr("How it is computed")));
        for (const QString &step : m_outcome->explanation)
            body += u"<li>%1</li>"_s.arg(escaped(step));
        body += u"</ol>"_s;
    }
    auto pack = rules::RulePack::inForce();
    body += u"<p style='color:gray'>%1</p>"_s.arg(
        escaped(tr("Rule pack %1 %2 · computed %3")
                    .arg(pack ? (*pack)->id() : QString(), pack ? (*pack)->version() : QString(),
                         QDate::currentDate().toString(Qt::ISODate))));
    return body;
}

bool CalculatorsPage::exportPdf(const QString &path, QString *error) const
{
    if (!m_outcome) {
        if (error)
            *error = tr("There is no result to export yet.");
        return false;
    }
    QPdfWriter writer(path);
    writer.setTitle(currentForm().calculator->title());
    writer.setCreator(u"Taxbox"_s);
    // A4 landscape: a year of months fits its width; QTextDocument::print numbers the pages.
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument document;
    // The same faces as print::TablePdf, for a text layer pdftotext reads back exactly.
    QFont font(u"DejaVu Sans"_s);
    font.setFamilies({u"DejaVu Sans"_s, u"Droid Sans Fallback"_s, u"Noto Sans CJK SC"_s, u"Microsoft YaHei"_s, u"SimSun"_s});
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(&writer);
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void CalculatorsPage::exportPdfInteractive()
{
    const QString suggested = QDir::home().filePath(currentForm().calculator->name() + u".pdf"_s);
    const QString path = FileDialogs::saveFileName(this, tr("Export to PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPdf(path, &error))
        Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT statusMessage(error);
}

void CalculatorsPage::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        retranslateHeading();
        m_copy->setText(tr("&Copy as text"));
        m_pdf->setText(tr("Export &PDF…"));
        if (event)
            recompute();
    }
    if (event)
        ToolPage::changeEvent(event);
}

} // namespace taxbox::ui
