#include "FilingPage.h"

#include "ErrorLabel.h"
#include "ReturnPages.h"
#include "auth/Workspace.h"
#include "filing/FilingExport.h"
#include "session/FileDialogs.h"
#include "store/EnterpriseStore.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

constexpr int kCellRole = Qt::UserRole + 1;

/// The period a return is usually prepared for today: last month, or last quarter for quarterly forms.
QString defaultPeriod(const QString &form)
{
    const QDate last = QDate::currentDate().addMonths(-1);
    if (form == u"vat-small" || form == u"cit-prepay" || form == u"stamp-duty")
        return u"%1Q%2"_s.arg(last.year()).arg((last.month() + 2) / 3);
    return last.toString(u"yyyy-MM"_s);
}

QString stateText(const filing::FilingReturn &r)
{
    if (r.state == u"draft")
        return r.revision > 1 ? FilingPage::tr("Draft of correction %1").arg(r.revision) : FilingPage::tr("Draft");
    QString text = r.revision > 1 ? FilingPage::tr("Filed (correction %1) on %2").arg(r.revision).arg(r.filedAt.left(10))
                                  : FilingPage::tr("Filed on %1").arg(r.filedAt.left(10));
    if (!r.receipt.isEmpty())
        text += FilingPage::tr(", accepted by the server (receipt %1)").arg(r.receipt);
    else if (r.syncState == u"rejected")
        text += FilingPage::tr(", refused by the server: %1").arg(r.syncError);
    else
        text += FilingPage::tr(", waiting for the next sync");
    return text;
}

} // namespace

FilingPage::FilingPage(QWidget *parent)
    : ToolPage(parent)
    , m_form(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QLineEdit(this))
    , m_generate(new QPushButton(this))
    , m_file(new QPushButton(this))
    , m_correct(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_error(errorLabel(this, u"filingError"_s))
    , m_tables(new QTabWidget(this))
    , m_detail(new QLabel(this))
    , m_checksLabel(new QLabel(this))
    , m_checks(new QListWidget(this))
{
    setObjectName(u"filingPage"_s);
    m_form->setObjectName(u"filingForm"_s);
    m_period->setObjectName(u"filingPeriod"_s);
    m_generate->setObjectName(u"filingGenerate"_s);
    m_file->setObjectName(u"filingFile"_s);
    m_correct->setObjectName(u"filingCorrect"_s);
    m_export->setObjectName(u"filingExport"_s);
    m_print->setObjectName(u"filingPrint"_s);
    m_reason->setObjectName(u"filingReason"_s);
    m_state->setObjectName(u"filingState"_s);
    m_tables->setObjectName(u"filingTables"_s);
    m_detail->setObjectName(u"filingDetail"_s);
    m_checks->setObjectName(u"filingChecks"_s);
    for (const QString &form : filing::FilingPack::forms())
        m_form->addItem(QString(), form);
    m_period->setMaxLength(10);
    m_period->setText(defaultPeriod(formId()));
    m_periodLabel->setBuddy(m_period);
    m_reasonLabel->setBuddy(m_reason);
    m_state->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(48);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_checks->setMinimumWidth(220);
    m_checks->setWordWrap(true);
    m_checks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *exportMenu = new QMenu(m_export);
    for (const auto &[format, label] : {std::pair{u"pdf"_s, u"PDF"_s}, std::pair{u"xlsx"_s, u"XLSX"_s},
                                        std::pair{u"json"_s, u"JSON"_s}, std::pair{u"xml"_s, u"XML"_s}}) {
        QAction *action = exportMenu->addAction(label);
        connect(action, &QAction::triggered, this, [this, format] { exportAsking(format); });
    }
    m_export->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_form);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_generate);
    bar->addStretch(1);
    bar->addWidget(m_file);
    bar->addWidget(m_correct);
    bar->addWidget(m_export);
    bar->addWidget(m_print);
    auto *reasonBar = new QHBoxLayout;
    reasonBar->addWidget(m_reasonLabel);
    reasonBar->addWidget(m_reason, 1);
    contentLayout()->addLayout(bar);
    contentLayout()->addLayout(reasonBar);
    contentLayout()->addWidget(m_state);
    contentLayout()->addWidget(m_error);

    auto *checksPane = new QWidget(this);
    auto *checksLayout = new QVBoxLayout(checksPane);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(m_checksLabel);
    checksLayout->addWidget(m_checks, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tables);
    split->addWidget(checksPane);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({720, 260}); // the form first; the checks beside it
    contentLayout()->addWidget(split, 1);
    contentLayout()->addWidget(m_detail);
    // The form takes the page's height (the heading's trailing stretch gets none).
    if (auto *outer = qobject_cast<QVBoxLayout *>(layout()))
        outer->setStretchFactor(contentLayout(), 100);

    connect(m_generate, &QPushButton::clicked, this, [this] { (void)generate(); });
    connect(m_period, &QLineEdit::returnPressed, this, [this] { showReturn(formId(), m_period->text().trimmed()); });
    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        m_period->setText(defaultPeriod(formId()));
        showReturn(formId(), m_period->text());
    });
    connect(m_file, &QPushButton::clicked, this, [this] {
        if (!m_return)
            return;
        bool confirm = false;
        if (!m_return->warningIds().isEmpty()) {
            QStringList messages;
            for (const QJsonValue &check : m_return->checks()) {
                if (check.toObject().value(u"severity"_s).toString() == u"warning")
                    messages.append(u"• "_s + check.toObject().value(u"message"_s).toString());
            }
            confirm = QMessageBox::question(this, tr("File with warnings?"),
                                            tr("The return has warnings:\n\n%1\n\nFile it as it is?").arg(messages.join(u'\n')))
                == QMessageBox::Yes;
            if (!confirm)
                return;
        } else if (QMessageBox::question(
                       this, tr("File the return?"),
                       tr("Once filed, the return cannot be changed; a mistake is fixed by a correction (更正申报). "
                          "File it?"))
                   != QMessageBox::Yes) {
            return;
        }
        (void)fileReturn(confirm);
    });
    connect(m_correct, &QPushButton::clicked, this, [this] { (void)correct(); });
    connect(m_print, &QPushButton::clicked, this, &FilingPage::print);
    connect(m_checks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpTo(item->data(kCellRole).toString()); });
    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refresh, &QShortcut::activated, this, [this] { (void)generate(); });
    retranslateUi();
    render();
}

FilingPage::~FilingPage() = default;

QString FilingPage::formId() const
{
    return m_form->currentData().toString();
}

void FilingPage::retranslateUi()
{
    retranslateHeading();
    const QStringList names{tr("VAT return (general taxpayer)"), tr("VAT return (small-scale taxpayer)"),
                            tr("CIT prepayment (A200000)"), tr("Stamp duty"), tr("IIT withholding")};
    for (int i = 0; i < m_form->count() && i < names.size(); ++i)
        m_form->setItemText(i, names.at(i));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setPlaceholderText(tr("2025-01 or 2025Q1"));
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Fill the return from the invoices, payroll and entered data (F5). Your changes stay."));
    m_file->setText(tr("&File…"));
    m_correct->setText(tr("&Correct"));
    m_correct->setToolTip(tr("更正申报: a new version of the filed return"));
    m_export->setText(tr("E&xport"));
    m_print->setText(tr("&Print…"));
    m_reasonLabel->setText(tr("&Reason for changes:"));
    m_reason->setPlaceholderText(tr("Why a typed value differs from the generated one (kept with the return)"));
    m_checksLabel->setText(tr("Checks"));
    render();
}

void FilingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ToolPage::changeEvent(event);
}

void FilingPage::setEnterprise(auth::Session *session, const QString &enterpriseId)
{
    m_filings.reset();
    m_store.reset();
    m_return.reset();
    if (session && !enterpriseId.isEmpty()) {
        auto store = session->openEnterprise(enterpriseId);
        auto pack = filing::FilingPack::inForce();
        auto taxRules = rules::RulePack::inForce();
        if (store && pack && taxRules) {
            m_store = std::move(*store);
            m_filings = std::make_unique<filing::Filings>(*m_store, **pack, **taxRules);
            // The enterprise's own VAT form first.
            if (auto profile = m_store->profile()) {
                const QString vat = profile->taxpayerKind == TaxpayerKind::SmallScale ? u"vat-small"_s : u"vat-general"_s;
                const QSignalBlocker blocker(m_form);
                m_form->setCurrentIndex(m_form->findData(vat));
                m_period->setText(defaultPeriod(vat));
            }
        } else if (!store) {
            report(store.error());
        }
    }
    showReturn(formId(), m_period->text());
}

void FilingPage::showReturn(const QString &form, const QString &period)
{
    const QSignalBlocker blocker(m_form);
    m_form->setCurrentIndex(m_form->findData(form));
    m_period->setText(period);
    m_return.reset();
    if (m_filings) {
        auto found = m_filings->current(form, period);
        if (found)
            m_return = *found;
        else if (found.error().code != u"not_found")
            report(found.error());
    }
    render();
}

Result<filing::FilingReturn> FilingPage::generate()
{
    if (!m_filings)
        return fail(u"no_enterprise"_s, tr("Choose an enterprise first."));
    auto generated = m_filings->generate(formId(), m_period->text().trimmed());
    if (!generated) {
        report(generated.error());
        return generated;
    }
    m_return = *generated;
    render();
    Q_EMIT statusMessage(tr("Generated from the store."));
    return generated;
}

Result<filing::FilingReturn> FilingPage::editCell(const QString &cell, const QString &value, const QString &reason)
{
    if (!m_filings || !m_return)
        return fail(u"no_draft"_s, tr("Generate the return first."));
    auto edited = m_filings->edit(
        m_return->form, m_return->period,
        QJsonObject{{cell, value.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.trimmed())}}, reason);
    if (!edited) {
        render(); // back to what the return holds
        report(edited.error());
        return edited;
    }
    m_return = *edited;
    render();
    jumpTo(cell);
    return edited;
}

Result<filing::FilingReturn> FilingPage::fileReturn(bool confirm)
{
    if (!m_filings || !m_return)
        return fail(u"no_draft"_s, tr("Generate the return first."));
    auto filed = m_filings->file(m_return->form, m_return->period, confirm);
    if (!filed) {
        report(filed.error());
        return filed;
    }
    m_return = *filed;
    render();
    Q_EMIT statusMessage(tr("Filed: sent to the server with the next sync."));
    Q_EMIT returnsChanged();
    return filed;
}

Result<filing::FilingReturn> FilingPage::correct()
{
    if (!m_filings || !m_return)
        return fail(u"no_return"_s, tr("Generate the return first."));
    auto corrected = m_filings->correct(m_return->form, m_return->period);
    if (!corrected) {
        report(corrected.error());
        return corrected;
    }
    m_return = *corrected;
    render();
    Q_EMIT returnsChanged();
    return corrected;
}

Result<void> FilingPage::exportTo(const QString &format, const QString &path)
{
    if (!m_return || !m_store)
        return fail(u"no_return"_s, tr("Generate the return first."));
    auto profile = m_store->profile();
    if (!profile)
        return std::unexpected(profile.error());
    const filing::FilingExport exporter(*m_return, *profile);
    if (format != u"pdf")
        return exporter.write(format, path);
    auto pages = print::returnPages(exporter);
    if (!pages)
        return std::unexpected(pages.error());
    return print::writeTablesPdf(*pages, path);
}

void FilingPage::exportAsking(const QString &format)
{
    if (!m_return)
        return;
    const QString suggested
        = QDir::home().filePath(u"%1-%2-v%3.%4"_s.arg(m_return->form, m_return->period).arg(m_return->revision).arg(format));
    const QString path = FileDialogs::saveFileName(this, tr("Export the return"), suggested, u"*.%1"_s.arg(format));
    if (path.isEmpty())
        return;
    if (auto written = exportTo(format, path); !written)
        report(written.error());
    else
        Q_EMIT statusMessage(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

void FilingPage::print()
{
    if (!m_return || !m_store)
        return;
    auto profile = m_store->profile();
    if (!profile)
        return report(profile.error());
    auto pages = print::returnPages(filing::FilingExport(*m_return, *profile));
    if (!pages)
        return report(pages.error());
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto painted = print::paintTables(*pages, printer); !painted)
        report(painted.error());
}

void FilingPage::report(const Error &error)
{
    // In the page, not in a dialog: the form stays in view while the person reads why.
    m_error->setText(error.message);
    m_error->show();
}

bool FilingPage::jumpTo(const QString &cell)
{
    const auto place = m_cellPlaces.constFind(cell);
    if (place == m_cellPlaces.cend())
        return false;
    m_tables->setCurrentIndex(place->first);
    auto *table = qobject_cast<QTableWidget *>(m_tables->widget(place->first));
    table->setCurrentCell(place->second.y(), place->second.x());
    table->setFocus();
    return true;
}

QString FilingPage::currentCell() const
{
    auto *table = qobject_cast<QTableWidget *>(m_tables->currentWidget());
    if (!table || !table->currentItem())
        return {};
    return m_cellIds.value(table->currentItem());
}

void FilingPage::render()
{
    m_rendering = true;
    m_error->hide();
    m_cellPlaces.clear();
    m_cellIds.clear();
    // Rebuilt from the return (never from a table's own signal: edits arrive queued), so the old
    // tables can go at once.
    while (m_tables->count() > 0) {
        QWidget *page = m_tables->widget(0);
        m_tables->removeTab(0);
        delete page;
    }
    m_checks->clear();
    m_detail->clear();
    const bool editable = m_return && m_return->state == u"draft";
    m_file->setEnabled(editable);
    m_correct->setEnabled(m_return && m_return->state == u"filed");
    m_export->setEnabled(m_return.has_value());
    m_print->setEnabled(m_return.has_value());
    m_generate->setEnabled(m_filings && (!m_return || m_return->state == u"draft"));
    if (!m_filings) {
        m_state->setText(tr("Choose an enterprise to prepare its returns."));
        m_rendering = false;
        return;
    }
    if (!m_return) {
        m_state->setText(tr("No return for this period yet: press Generate (F5) to fill it from the store."));
        m_rendering = false;
        return;
    }
    QString state = stateText(*m_return);
    if (m_return->cells().contains(u"M34"_s) || m_return->cells().contains(u"L16"_s) || m_return->cells().contains(u"R.due"_s)
        || m_return->cells().contains(u"M22.g"_s) || m_return->cells().contains(u"L32"_s)) {
        const QJsonObject summary = m_return->toJson(false);
        if (summary.contains(u"tax_due"_s))
            state += tr(" — tax to pay: %1").arg(summary.value(u"tax_due"_s).toString());
    }
    m_state->setText(state);

    auto pack = filing::FilingPack::inForce();
    auto period = filing::Period::parse(m_return->period);
    if (!pack || !period) {
        m_rendering = false;
        return;
    }
    auto version = (*pack)->version(m_return->form, *period, m_return->version);
    if (!version) {
        m_rendering = false;
        return;
    }
    const QJsonObject cells = m_return->cells();
    QStringList present = cells.keys();
    auto expanded = version->definition->expand(present);
    if (!expanded) {
        m_rendering = false;
        return;
    }
    const QJsonObject explain = m_return->result.value(u"explain"_s).toObject();
    const QColor computedBackground = palette().color(QPalette::AlternateBase);
    for (const filing::TableLayout &layout : version->definition->tables()) {
        QList<filing::TableLayout::Line> rows = layout.rows;
        if (layout.dynamicRows) {
            int highest = 0;
            const QString prefix = layout.cellId(u"\x01"_s, QString()).section(u'\x01', 0, 0);
            for (const QString &cell : std::as_const(present)) {
                if (cell.startsWith(prefix))
                    highest = std::max(highest, cell.mid(prefix.size()).section(u'.', 0, 0).toInt());
            }
            for (int n = 1; n <= highest + (editable ? 1 : 0); ++n) // one empty row to type a new document or person
                rows.append({QString::number(n), QString::number(n), QString::number(n)});
        }
        auto *table = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(layout.columns.size()) + 2, m_tables);
        table->setObjectName(u"filingTable_"_s + layout.id);
        QStringList headers{tr("Line"), tr("Item")};
        for (const auto &column : layout.columns)
            headers.append(column.label);
        table->setHorizontalHeaderLabels(headers);
        table->verticalHeader()->hide();
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
        for (int r = 0; r < rows.size(); ++r) {
            auto *line = new QTableWidgetItem(rows.at(r).key);
            line->setFlags(Qt::ItemIsEnabled);
            table->setItem(r, 0, line);
            auto *label = new QTableWidgetItem(rows.at(r).label);
            label->setFlags(Qt::ItemIsEnabled);
            table->setItem(r, 1, label);
            for (int c = 0; c < layout.columns.size(); ++c) {
                const QString id = layout.cellId(rows.at(r).key, layout.columns.at(c).key);
                auto *item = new QTableWidgetItem;
                const auto spec = expanded->cells.constFind(id);
                const bool exists = spec != expanded->cells.cend() || (layout.dynamicRows && rows.at(r).key.toInt() > 0);
                if (!exists) {
                    item->setText(u"——"_s);
                    item->setFlags(Qt::NoItemFlags);
                    item->setTextAlignment(Qt::AlignCenter);
                } else {
                    const QJsonValue value = cells.value(id);
                    item->setText(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    const bool input = spec == expanded->cells.cend() ? false : spec->input;
                    QString tip = spec != expanded->cells.cend() ? spec->label : id;
                    if (input && editable) {
                        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
                    } else {
                        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                        if (!input)
                            item->setBackground(computedBackground);
                    }
                    if (explain.contains(id))
                        tip += u"\n"_s + explain.value(id).toString();
                    if (m_return->overrides.contains(id)) {
                        QFont font = item->font();
                        font.setBold(true);
                        item->setFont(font);
                        item->setForeground(QColor(0x15, 0x65, 0xC0));
                    }
                    item->setToolTip(tip);
                }
                table->setItem(r, c + 2, item);
                m_cellPlaces.insert(id, {m_tables->count(), QPoint(c + 2, r)});
                m_cellIds.insert(item, id);
            }
        }
        table->resizeColumnsToContents();
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        connect(table, &QTableWidget::itemChanged, this, &FilingPage::cellEdited);
        connect(table, &QTableWidget::currentItemChanged, this, &FilingPage::showCellDetail);
        m_tables->addTab(table, layout.title);
    }
    for (const QJsonValue &value : m_return->checks()) {
        const QJsonObject check = value.toObject();
        const bool error = check.value(u"severity"_s).toString() == u"error";
        auto *item = new QListWidgetItem((error ? tr("Error") : tr("Warning")) + u" "_s + check.value(u"id"_s).toString()
                                         + u"："_s + check.value(u"message"_s).toString());
        item->setForeground(error ? QColor(0xB7, 0x1C, 0x1C) : QColor(0x8A, 0x5A, 0x00));
        item->setData(kCellRole, check.value(u"cells"_s).toArray().at(0).toString());
        item->setToolTip(item->text());
        m_checks->addItem(item);
    }
    if (m_return->checks().isEmpty())
        m_checks->addItem(tr("Every check holds."));
    m_rendering = false;
}

void FilingPage::showCellDetail()
{
    const QString cell = currentCell();
    if (cell.isEmpty() || !m_return) {
        m_detail->clear();
        return;
    }
    QStringList lines{cell};
    const QString formula = m_return->result.value(u"explain"_s).toObject().value(cell).toString();
    if (!formula.isEmpty())
        lines.append(tr("Formula: %1").arg(formula));
    for (const QJsonValue &source : m_return->sources.value(cell).toArray())
        lines.append(tr("From: %1").arg(source.toString()));
    const QJsonObject override = m_return->overrides.value(cell).toObject();
    if (!override.isEmpty())
        lines.append(tr("Typed by %1 (generated: %2): %3")
                         .arg(override.value(u"by"_s).toString(), override.value(u"generated"_s).toVariant().toString(),
                              override.value(u"reason"_s).toString()));
    m_detail->setText(lines.join(u'\n'));
}

void FilingPage::cellEdited(QTableWidgetItem *item)
{
    if (m_rendering || !m_return)
        return;
    const QString cell = m_cellIds.value(item);
    if (cell.isEmpty())
        return;
    const QString value = item->text();
    QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reason for the change"),
                                       tr("Why does %1 differ from the generated value? (kept with the return)").arg(cell),
                                       QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok || reason.isEmpty()) {
            render();
            return;
        }
        m_reason->setText(reason);
    }
    // Leave the item's signal before the table is rebuilt.
    QMetaObject::invokeMethod(
        this, [this, cell, value, reason] { (void)editCell(cell, value, reason); }, Qt::QueuedConnection);
}

} // namespace taxbox::ui
