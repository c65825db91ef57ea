#include "RefundsPage.h"

#include "ErrorLabel.h"
#include "RefundApplicationFile.h"
#include "auth/Workspace.h"
#include "rules/RulePack.h"
#include "session/FileDialogs.h"
#include "store/EnterpriseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

/// The keys of the export register's columns, in order.
const QStringList &registerKeys()
{
    static const QStringList keys{u"declaration_number"_s, u"export_date"_s, u"hs_code"_s,     u"name"_s,    u"unit"_s,
                                  u"quantity"_s,           u"currency"_s,    u"fob_foreign"_s, u"fx_rate"_s, u"invoice_number"_s,
                                  u"link_number"_s,        u"refund_rate"_s};
    return keys;
}

const QStringList &paymentKeys()
{
    static const QStringList keys{u"tax"_s, u"form"_s, u"period"_s, u"voucher"_s, u"paid_on"_s, u"paid"_s, u"due"_s};
    return keys;
}

/// The rows of a table as objects; empty cells are left out (optional, or reported as missing by name).
QJsonArray rowsOf(const QTableWidget *table, const QStringList &keys)
{
    QJsonArray rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QJsonObject object;
        for (int column = 0; column < keys.size(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            if (!text.isEmpty())
                object.insert(keys.at(column), text);
        }
        if (!object.isEmpty())
            rows.append(object);
    }
    return rows;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

RefundsPage::RefundsPage(QWidget *parent)
    : ToolPage(parent)
    , m_listLabel(new QLabel(this))
    , m_list(new QTableWidget(0, 6, this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QLineEdit(this))
    , m_forms(new QStackedWidget(this))
    , m_routeLabel(new QLabel(this))
    , m_route(new QComboBox(this))
    , m_levelLabel(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_noFraud(new QCheckBox(this))
    , m_penaltiesLabel(new QLabel(this))
    , m_penalties(new QSpinBox(this))
    , m_instantRefunds(new QCheckBox(this))
    , m_baseLabel(new QLabel(this))
    , m_base(new QLineEdit(this))
    , m_elsewhereLabel(new QLabel(this))
    , m_qualifyingElsewhere(new QLineEdit(this))
    , m_totalElsewhere(new QLineEdit(this))
    , m_registerLabel(new QLabel(this))
    , m_register(new QTableWidget(0, static_cast<int>(registerKeys().size()), this))
    , m_addExport(new QPushButton(this))
    , m_removeExport(new QPushButton(this))
    , m_saveRegister(new QPushButton(this))
    , m_payments(new QTableWidget(0, static_cast<int>(paymentKeys().size()), this))
    , m_addPayment(new QPushButton(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_annualLabel(new QLabel(this))
    , m_annual(new QLineEdit(this))
    , m_dispositionLabel(new QLabel(this))
    , m_disposition(new QComboBox(this))
    , m_prepare(new QPushButton(this))
    , m_error(errorLabel(this, u"refundError"_s))
    , m_details(new QTextBrowser(this))
    , m_withdrawLabel(new QLabel(this))
    , m_withdrawReason(new QLineEdit(this))
    , m_file(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_exportPdf(new QPushButton(this))
    , m_exportXlsx(new QPushButton(this))
{
    setObjectName(u"refundsPage"_s);
    m_list->setObjectName(u"refundList"_s);
    m_kind->setObjectName(u"refundKind"_s);
    m_period->setObjectName(u"refundPeriod"_s);
    m_route->setObjectName(u"refundRoute"_s);
    m_level->setObjectName(u"refundCreditLevel"_s);
    m_noFraud->setObjectName(u"refundNoFraud"_s);
    m_penalties->setObjectName(u"refundPenalties"_s);
    m_instantRefunds->setObjectName(u"refundInstantRefunds"_s);
    m_base->setObjectName(u"refundBaseCredit"_s);
    m_qualifyingElsewhere->setObjectName(u"refundQualifyingElsewhere"_s);
    m_totalElsewhere->setObjectName(u"refundTotalElsewhere"_s);
    m_register->setObjectName(u"refundRegister"_s);
    m_addExport->setObjectName(u"refundAddExport"_s);
    m_removeExport->setObjectName(u"refundRemoveExport"_s);
    m_saveRegister->setObjectName(u"refundSaveRegister"_s);
    m_payments->setObjectName(u"refundPayments"_s);
    m_addPayment->setObjectName(u"refundAddPayment"_s);
    m_reason->setObjectName(u"refundReason"_s);
    m_annual->setObjectName(u"refundAnnualTax"_s);
    m_disposition->setObjectName(u"refundDisposition"_s);
    m_prepare->setObjectName(u"refundPrepare"_s);
    m_details->setObjectName(u"refundDetails"_s);
    m_withdrawReason->setObjectName(u"refundWithdrawReason"_s);
    m_file->setObjectName(u"refundFile"_s);
    m_withdraw->setObjectName(u"refundWithdraw"_s);
    m_discard->setObjectName(u"refundDiscard"_s);
    m_exportPdf->setObjectName(u"refundExportPdf"_s);
    m_exportXlsx->setObjectName(u"refundExportXlsx"_s);

    for (const QString &kind : refund::refundKinds())
        m_kind->addItem(QString(), kind);
    m_period->setPlaceholderText(u"2026-11"_s);
    m_period->setText(QDate::currentDate().toString(u"yyyy-MM"_s));
    for (const QString &route : {u"industries_4"_s, u"real_estate"_s, u"other"_s})
        m_route->addItem(QString(), route);
    m_route->setCurrentIndex(2);
    for (const QString &level : {u"A"_s, u"B"_s, u"M"_s, u"C"_s, u"D"_s})
        m_level->addItem(level, level);
    m_noFraud->setChecked(true);
    m_penalties->setRange(0, 99);
    for (const QString &disposition : {u"refund"_s, u"offset"_s})
        m_disposition->addItem(QString(), disposition);
    for (QTableWidget *table : {m_list, m_register, m_payments}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
    }
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_details->setOpenExternalLinks(false);

    // One form per kind.
    auto *retained = new QWidget(m_forms);
    auto *retainedForm = new QFormLayout(retained);
    retainedForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // long labels go above their field on a narrow window
    retainedForm->addRow(m_routeLabel, m_route);
    retainedForm->addRow(m_levelLabel, m_level);
    retainedForm->addRow(QString(), m_noFraud);
    retainedForm->addRow(m_penaltiesLabel, m_penalties);
    retainedForm->addRow(QString(), m_instantRefunds);
    retainedForm->addRow(m_baseLabel, m_base);
    auto *elsewhere = new QHBoxLayout;
    elsewhere->addWidget(m_qualifyingElsewhere);
    elsewhere->addWidget(m_totalElsewhere);
    retainedForm->addRow(m_elsewhereLabel, elsewhere);
    m_forms->addWidget(retained);

    auto *exports = new QWidget(m_forms);
    auto *exportsLayout = new QVBoxLayout(exports);
    exportsLayout->setContentsMargins(0, 0, 0, 0);
    m_registerLabel->setWordWrap(true);
    exportsLayout->addWidget(m_registerLabel);
    exportsLayout->addWidget(m_register, 1);
    auto *registerButtons = new QHBoxLayout;
    registerButtons->addWidget(m_addExport);
    registerButtons->addWidget(m_removeExport);
    registerButtons->addStretch(1);
    registerButtons->addWidget(m_saveRegister);
    exportsLayout->addLayout(registerButtons);
    m_forms->addWidget(exports);

    auto *overpaid = new QWidget(m_forms);
    auto *overpaidLayout = new QVBoxLayout(overpaid);
    overpaidLayout->setContentsMargins(0, 0, 0, 0);
    overpaidLayout->addWidget(m_payments, 1);
    auto *paymentBar = new QHBoxLayout;
    paymentBar->addWidget(m_addPayment);
    paymentBar->addWidget(m_reasonLabel);
    paymentBar->addWidget(m_reason, 1);
    overpaidLayout->addLayout(paymentBar);
    m_forms->addWidget(overpaid);

    auto *settlement = new QWidget(m_forms);
    auto *settlementForm = new QFormLayout(settlement);
    settlementForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    settlementForm->addRow(m_annualLabel, m_annual);
    settlementForm->addRow(m_dispositionLabel, m_disposition);
    m_forms->addWidget(settlement);

    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(14);
    m_period->setMaximumWidth(120);
    auto *prepareBar = new QHBoxLayout;
    prepareBar->addWidget(m_kindLabel);
    prepareBar->addWidget(m_kind, 1);
    prepareBar->addWidget(m_periodLabel);
    prepareBar->addWidget(m_period);
    prepareBar->addWidget(m_prepare);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listLabel);
    leftLayout->addWidget(m_list, 2);
    leftLayout->addLayout(prepareBar);
    leftLayout->addWidget(m_forms, 3);
    leftLayout->addWidget(m_error);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    auto *withdrawBar = new QHBoxLayout;
    withdrawBar->addWidget(m_withdrawLabel);
    withdrawBar->addWidget(m_withdrawReason, 1);
    rightLayout->addLayout(withdrawBar);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_file);
    actions->addWidget(m_withdraw);
    actions->addWidget(m_discard);
    actions->addStretch(1);
    rightLayout->addLayout(actions);
    auto *exportBar = new QHBoxLayout;
    exportBar->addStretch(1);
    exportBar->addWidget(m_exportPdf);
    exportBar->addWidget(m_exportXlsx);
    rightLayout->addLayout(exportBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RefundsPage::kindChanged);
    connect(m_period, &QLineEdit::editingFinished, this, [this] {
        if (kind() == u"export_declaration")
            loadRegister();
    });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &RefundsPage::showDetails);
    connect(m_addExport, &QPushButton::clicked, this, [this] { m_register->insertRow(m_register->rowCount()); });
    connect(m_removeExport, &QPushButton::clicked, this, [this] {
        if (m_register->currentRow() >= 0)
            m_register->removeRow(m_register->currentRow());
    });
    connect(m_addPayment, &QPushButton::clicked, this, [this] { m_payments->insertRow(m_payments->rowCount()); });
    connect(m_saveRegister, &QPushButton::clicked, this, [this] {
        if (auto saved = saveRegister(); !saved)
            report(saved.error());
    });
    connect(m_prepare, &QPushButton::clicked, this, [this] { (void)prepare(); });
    connect(m_file, &QPushButton::clicked, this, [this] { (void)fileSelected(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { (void)withdrawSelected(); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (auto discarded = discardSelected(); !discarded)
            report(discarded.error());
    });
    for (auto [button, format] : {std::pair{m_exportPdf, u"pdf"_s}, std::pair{m_exportXlsx, u"xlsx"_s}}) {
        connect(button, &QPushButton::clicked, this, [this, format] {
            const QString suggested = QDir::home().filePath(u"退抵税申请表-%1.%2"_s.arg(m_period->text(), format));
            const QString path = FileDialogs::saveFileName(this, tr("Export the application"), suggested, u"*.%1"_s.arg(format));
            if (path.isEmpty())
                return;
            if (auto written = exportSelected(format, path); !written)
                report(written.error());
            else
                Q_EMIT statusMessage(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
        });
    }
    if (auto pack = rules::RulePack::inForce(u"cn-refund"_s))
        m_rules = *pack;
    retranslateUi();
    kindChanged();
    showDetails();
}

RefundsPage::~RefundsPage() = default;

void RefundsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ToolPage::changeEvent(event);
}

void RefundsPage::retranslateUi()
{
    retranslateHeading();
    m_listLabel->setText(tr("Applications"));
    m_list->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Period"), tr("Amount claimed"), tr("State"), tr("Statutory clock"), tr("Sync")});
    m_kindLabel->setText(tr("Prepare:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, refund::refundKindLabel(m_kind->itemData(i).toString()));
    m_periodLabel->setText(tr("Month (a year for CIT):"));
    m_routeLabel->setText(tr("Route"));
    m_route->setItemText(0, tr("Manufacturing and three other industries (制造业等4个行业)"));
    m_route->setItemText(1, tr("Real-estate development (房地产开发经营)"));
    m_route->setItemText(2, tr("Other taxpayers (其他纳税人)"));
    m_levelLabel->setText(tr("Tax credit level"));
    m_noFraud->setText(tr("No refund fraud or false special invoices (36 months)"));
    m_penaltiesLabel->setText(tr("Evasion penalties (36 months)"));
    m_instantRefunds->setText(tr("Enjoyed 即征即退 or 先征后返 since 2019-04-01"));
    m_baseLabel->setText(tr("Credit at the prior year-end"));
    m_base->setPlaceholderText(tr("Empty: from the December return"));
    m_elsewhereLabel->setText(tr("Input kept elsewhere since 2019-04"));
    m_qualifyingElsewhere->setPlaceholderText(tr("Qualifying input kept elsewhere"));
    m_totalElsewhere->setPlaceholderText(tr("All input kept elsewhere"));
    m_registerLabel->setText(
        tr("The exports of the month (export date in it). The declaration takes them with the month's filed VAT return."));
    m_register->setHorizontalHeaderLabels(
        {refund::ExportEntry::tr("Customs declaration number"), refund::ExportEntry::tr("Export date"),
         refund::ExportEntry::tr("HS code"), refund::ExportEntry::tr("Goods"), refund::ExportEntry::tr("Unit"),
         refund::ExportEntry::tr("Quantity"), refund::ExportEntry::tr("Currency"),
         refund::ExportEntry::tr("FOB (invoice currency)"), refund::ExportEntry::tr("Exchange rate"),
         refund::ExportEntry::tr("Export invoice number"), refund::ExportEntry::tr("Link number"),
         refund::ExportEntry::tr("Refund rate")});
    m_addExport->setText(tr("Add export"));
    m_removeExport->setText(tr("Remove export"));
    m_saveRegister->setText(tr("Save register"));
    m_payments->setHorizontalHeaderLabels(
        {refund::RefundApplications::tr("Tax"), refund::RefundApplications::tr("Return"),
         refund::RefundApplications::tr("Tax period"), refund::RefundApplications::tr("Tax voucher number"),
         refund::RefundApplications::tr("Paid on"), refund::RefundApplications::tr("Amount paid"),
         refund::RefundApplications::tr("Amount due")});
    m_addPayment->setText(tr("Add payment"));
    m_reasonLabel->setText(refund::RefundApplications::tr("Why the tax was overpaid"));
    m_annualLabel->setText(refund::RefundApplications::tr("Tax for the year (annual return)"));
    m_dispositionLabel->setText(refund::RefundApplications::tr("Refund or offset"));
    m_disposition->setItemText(0, tr("Refund"));
    m_disposition->setItemText(1, tr("Offset against next year's tax"));
    m_prepare->setText(tr("Prepare from the books"));
    m_withdrawLabel->setText(tr("Reason to withdraw:"));
    m_file->setText(tr("File"));
    m_withdraw->setText(tr("Withdraw"));
    m_discard->setText(tr("Discard draft"));
    m_exportPdf->setText(tr("Export PDF…"));
    m_exportXlsx->setText(tr("Export XLSX…"));
    refresh();
}

QString RefundsPage::kind() const
{
    return m_kind->currentData().toString();
}

void RefundsPage::kindChanged()
{
    m_forms->setCurrentIndex(m_kind->currentIndex());
    if (kind() == u"cit_settlement" && m_period->text().size() != 4)
        m_period->setText(QString::number(QDate::currentDate().year() - 1));
    else if (kind() != u"cit_settlement" && m_period->text().size() == 4)
        m_period->setText(QDate::currentDate().toString(u"yyyy-MM"_s));
    if (kind() == u"export_declaration")
        loadRegister();
}

void RefundsPage::setEnterprise(auth::Session *session, const QString &enterpriseId)
{
    m_applications.reset();
    m_store.reset();
    if (session && !enterpriseId.isEmpty()) {
        auto store = session->openEnterprise(enterpriseId);
        if (store) {
            m_store = std::move(*store);
            m_applications = std::make_unique<refund::RefundApplications>(*m_store);
        } else {
            report(store.error());
        }
    }
    m_prepare->setEnabled(m_applications != nullptr && m_rules != nullptr);
    m_saveRegister->setEnabled(m_applications != nullptr);
    refresh();
    if (kind() == u"export_declaration")
        loadRegister();
}

void RefundsPage::refresh()
{
    const QString selected = selectedId();
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(0);
    if (m_applications) {
        auto list = m_applications->list();
        if (!list) {
            report(list.error());
        } else {
            const QDate today = QDate::currentDate();
            for (const refund::RefundApplication &application : std::as_const(*list)) {
                const int row = m_list->rowCount();
                m_list->insertRow(row);
                auto *kindItem = new QTableWidgetItem(refund::refundKindLabel(application.kind));
                kindItem->setData(Qt::UserRole, application.id);
                m_list->setItem(row, 0, kindItem);
                m_list->setItem(row, 1, new QTableWidgetItem(application.period));
                auto *amount = new QTableWidgetItem(application.amountClaimed);
                amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_list->setItem(row, 2, amount);
                m_list->setItem(row, 3, new QTableWidgetItem(refund::RefundStateMachine::label(application.state)));
                const refund::RefundClock clock
                    = m_rules ? refund::RefundApplications::clock(application, *m_rules, today) : refund::RefundClock{};
                auto *clockItem = new QTableWidgetItem(clock.text());
                if (clock.overdue)
                    clockItem->setForeground(QColor(0xb3, 0x26, 0x1e));
                m_list->setItem(row, 4, clockItem);
                m_list->setItem(
                    row, 5,
                    new QTableWidgetItem(application.outboxUuid.isEmpty()          ? QString()
                                             : application.syncState == u"pending" ? tr("Waiting to sync")
                                             : application.syncState == u"accepted" || application.syncState == u"duplicate"
                                             ? tr("On the server")
                                             : application.syncError));
            }
        }
    }
    if (!selected.isEmpty())
        select(selected);
    showDetails();
}

bool RefundsPage::select(const QString &id)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_list->selectRow(row);
            showDetails();
            return true;
        }
    }
    return false;
}

QString RefundsPage::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (item->column() == 0)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}

void RefundsPage::showDetails()
{
    const QString id = selectedId();
    std::optional<refund::RefundApplication> application;
    if (m_applications && !id.isEmpty()) {
        if (auto found = m_applications->show(id))
            application = *found;
    }
    using namespace refund;
    const QString state = application ? application->state : QString();
    m_file->setEnabled(application && state == RefundState::Draft && !application->hasErrors());
    m_withdraw->setEnabled(application
                           && RefundStateMachine::next(state, RefundActor::Taxpayer).contains(RefundState::Withdrawn));
    m_discard->setEnabled(application && state == RefundState::Draft && application->revision == 1);
    m_exportPdf->setEnabled(application.has_value());
    m_exportXlsx->setEnabled(application.has_value());
    if (!application) {
        m_details->setHtml(u"<p>%1</p>"_s.arg(
            escaped(tr("Prepare an application from the books, or choose one in the list to see its figures and steps."))));
        return;
    }
    QString html = u"<h3>%1 · %2</h3>"_s.arg(escaped(refundKindLabel(application->kind)), escaped(application->period));
    html += u"<p><b>%1</b> %2 · <b>%3</b> %4</p>"_s.arg(escaped(tr("Amount claimed:")), escaped(application->amountClaimed),
                                                        escaped(tr("State:")), escaped(RefundStateMachine::label(state)));
    if (!application->amountApproved.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(escaped(tr("Amount approved:")), escaped(application->amountApproved));
    if (m_rules) {
        const RefundClock clock = RefundApplications::clock(*application, *m_rules, QDate::currentDate());
        if (clock.running)
            html += u"<p>%1</p>"_s.arg(escaped(clock.text()));
    }
    const QJsonArray checks = application->result.value(u"checks"_s).toArray();
    if (!checks.isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(escaped(tr("Checks")));
        for (const QJsonValue &c : checks) {
            const bool error = c.toObject().value(u"severity"_s).toString() == u"error";
            html += u"<li style=\"color:%1\">%2</li>"_s.arg(error ? u"#b3261e"_s : u"#8a5a00"_s,
                                                            escaped(c.toObject().value(u"message"_s).toString()));
        }
        html += u"</ul>"_s;
    }
    const auto list = [&](const QString &heading, const QJsonArray &lines) {
        if (lines.isEmpty())
            return;
        html += u"<h4>%1</h4><ul>"_s.arg(escaped(heading));
        for (const QJsonValue &line : lines)
            html += u"<li>%1</li>"_s.arg(escaped(line.toString()));
        html += u"</ul>"_s;
    };
    list(tr("How it is computed"), application->result.value(u"explanation"_s).toArray());
    list(tr("Where the figures come from"), application->result.value(u"sources"_s).toArray());
    if (!application->history.isEmpty()) {
        html += u"<h4>%1</h4><ol>"_s.arg(escaped(tr("Steps")));
        for (const QJsonValue &value : application->history) {
            const QJsonObject step = value.toObject();
            QString line = u"%1 — %2"_s.arg(RefundStateMachine::label(step.value(u"state"_s).toString()),
                                            QDateTime::fromString(step.value(u"at"_s).toString(), Qt::ISODateWithMs)
                                                .toLocalTime()
                                                .toString(u"yyyy-MM-dd HH:mm"_s));
            for (const QString &key : {u"by"_s, u"reason"_s, u"amount"_s, u"document"_s}) {
                if (!step.value(key).toString().isEmpty())
                    line += u" · "_s + step.value(key).toString();
            }
            html += u"<li>%1</li>"_s.arg(escaped(line));
        }
        html += u"</ol>"_s;
    }
    m_details->setHtml(html);
}

void RefundsPage::report(const Error &error)
{
    // In the page, not in a dialog: the form stays in view while the person reads why.
    m_error->setText(error.message);
    m_error->show();
}

Result<QJsonObject> RefundsPage::request() const
{
    const QString k = kind();
    QJsonObject object;
    if (k == u"retained_credit") {
        object.insert(u"route"_s, m_route->currentData().toString());
        object.insert(u"credit_level"_s, m_level->currentData().toString());
        object.insert(u"declarations"_s,
                      QJsonObject{{u"no_fraud_36_months"_s, m_noFraud->isChecked()},
                                  {u"evasion_penalties_36_months"_s, m_penalties->value()},
                                  {u"instant_refunds_since_2019_04"_s, m_instantRefunds->isChecked()}});
        if (!m_base->text().trimmed().isEmpty())
            object.insert(m_route->currentData().toString() == u"real_estate" ? u"credit_at_2019_03"_s
                                                                              : u"credit_at_prior_year_end"_s,
                          m_base->text().trimmed());
        if (!m_qualifyingElsewhere->text().trimmed().isEmpty() || !m_totalElsewhere->text().trimmed().isEmpty())
            object.insert(u"input_before_store"_s,
                          QJsonObject{{u"qualifying"_s, m_qualifyingElsewhere->text().trimmed()},
                                      {u"total"_s, m_totalElsewhere->text().trimmed()}});
    } else if (k == u"overpayment") {
        object.insert(u"payments"_s, rowsOf(m_payments, paymentKeys()));
        if (!m_reason->text().trimmed().isEmpty())
            object.insert(u"reason"_s, m_reason->text().trimmed());
    } else if (k == u"cit_settlement") {
        if (!m_annual->text().trimmed().isEmpty())
            object.insert(u"annual_tax"_s, m_annual->text().trimmed());
        object.insert(u"disposition"_s, m_disposition->currentData().toString());
    }
    return object;
}

Result<refund::RefundApplication> RefundsPage::prepare()
{
    m_error->hide();
    if (!m_applications || !m_rules)
        return fail(u"no_enterprise"_s, tr("Choose an enterprise first."));
    if (kind() == u"export_declaration") {
        // What the table shows is the register the declaration takes.
        if (auto saved = saveRegister(); !saved)
            return std::unexpected(saved.error());
    }
    auto body = request();
    if (!body) {
        report(body.error());
        return std::unexpected(body.error());
    }
    auto prepared = m_applications->prepare(kind(), m_period->text().trimmed(), *body, *m_rules, QDate::currentDate());
    if (!prepared) {
        report(prepared.error());
        return prepared;
    }
    refresh();
    select(prepared->id);
    Q_EMIT statusMessage(prepared->hasErrors() ? tr("Prepared; a check fails — see the details.")
                                               : tr("Prepared: %1 to claim.").arg(prepared->amountClaimed));
    return prepared;
}

Result<void> RefundsPage::saveRegister()
{
    m_error->hide();
    if (!m_applications)
        return fail(u"no_enterprise"_s, tr("Choose an enterprise first."));
    auto saved = m_applications->saveExportRegister(m_period->text().trimmed(), rowsOf(m_register, registerKeys()));
    if (!saved) {
        report(saved.error());
        return std::unexpected(saved.error());
    }
    Q_EMIT statusMessage(
        tr("The export register of %1 holds %n export(s).", nullptr, static_cast<int>(saved->size())).arg(m_period->text()));
    return {};
}

void RefundsPage::loadRegister()
{
    m_register->setRowCount(0);
    if (!m_applications)
        return;
    auto entries = m_applications->exportRegister(m_period->text().trimmed());
    if (!entries)
        return;
    for (const refund::ExportEntry &entry : std::as_const(*entries)) {
        const int row = m_register->rowCount();
        m_register->insertRow(row);
        const QJsonObject object = entry.toJson();
        for (int column = 0; column < registerKeys().size(); ++column)
            m_register->setItem(row, column, new QTableWidgetItem(object.value(registerKeys().at(column)).toString()));
    }
}

Result<refund::RefundApplication> RefundsPage::fileSelected()
{
    m_error->hide();
    if (!m_applications || selectedId().isEmpty())
        return fail(u"nothing_selected"_s, tr("Choose an application in the list."));
    auto filed = m_applications->file(selectedId());
    if (!filed) {
        report(filed.error());
        return filed;
    }
    refresh();
    Q_EMIT statusMessage(tr("Filed: it goes to the tax office with the next sync."));
    return filed;
}

Result<refund::RefundApplication> RefundsPage::withdrawSelected()
{
    m_error->hide();
    if (!m_applications || selectedId().isEmpty())
        return fail(u"nothing_selected"_s, tr("Choose an application in the list."));
    auto withdrawn = m_applications->withdraw(selectedId(), m_withdrawReason->text());
    if (!withdrawn) {
        report(withdrawn.error());
        return withdrawn;
    }
    m_withdrawReason->clear();
    refresh();
    Q_EMIT statusMessage(tr("Withdrawn: the tax office learns it with the next sync."));
    return withdrawn;
}

Result<void> RefundsPage::discardSelected()
{
    m_error->hide();
    if (!m_applications || selectedId().isEmpty())
        return fail(u"nothing_selected"_s, tr("Choose an application in the list."));
    auto discarded = m_applications->discard(selectedId());
    if (!discarded)
        return discarded;
    refresh();
    return {};
}

Result<void> RefundsPage::exportSelected(const QString &format, const QString &path)
{
    if (!m_applications || selectedId().isEmpty())
        return fail(u"nothing_selected"_s, tr("Choose an application in the list."));
    auto application = m_applications->show(selectedId());
    if (!application)
        return std::unexpected(application.error());
    auto tables = m_applications->applicationTables(*application);
    if (!tables)
        return std::unexpected(tables.error());
    return print::writeRefundApplication(*tables, format, path);
}

} // namespace taxbox::ui
