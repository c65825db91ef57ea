#include "InvoicePage.h"

#include "ErrorLabel.h"
#include "InvoiceLayout.h"
#include "InvoicePrinting.h"
#include "auth/Workspace.h"
#include "base/Translations.h"
#include "calc/Input.h"
#include "ids/PinyinInitials.h"
#include "invoice/InvoiceFile.h"
#include "invoice/InvoiceImport.h"
#include "payroll/Spreadsheet.h"
#include "rules/RulePack.h"
#include "session/FileDialogs.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncLedger.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

/// Below this many numbers left the form says it is time to sync.
constexpr qint64 kFewNumbers = 10;

enum LineColumn {
    Name,
    ShortName,
    TaxCode,
    Specification,
    Unit,
    Quantity,
    UnitPrice,
    Amount,
    Rate,
    IncludesTax,
    Discount,
    ColumnCount
};

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool checked(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QTableWidgetItem *checkItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

QTableWidgetItem *readOnly(const QString &text, bool figure = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (figure)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString statusText(invoice::InvoiceStatus status)
{
    switch (status) {
    case invoice::InvoiceStatus::Issued:
        return InvoicePage::tr("Issued");
    case invoice::InvoiceStatus::PartlyReversed:
        return InvoicePage::tr("Partly reversed");
    case invoice::InvoiceStatus::Reversed:
        return InvoicePage::tr("Reversed");
    case invoice::InvoiceStatus::Red:
        return InvoicePage::tr("Red-letter");
    case invoice::InvoiceStatus::Voided:
        return InvoicePage::tr("Void (number used by another invoice)");
    }
    return {};
}

QString kindText(invoice::InvoiceKind kind)
{
    return kind == invoice::InvoiceKind::Special ? InvoicePage::tr("Special (专票)") : InvoicePage::tr("Ordinary (普票)");
}

QString kindShortText(invoice::InvoiceKind kind)
{
    return kind == invoice::InvoiceKind::Special ? InvoicePage::tr("Special") : InvoicePage::tr("Ordinary");
}

/// "0.13" as "13%".
QString percentText(const QString &rate)
{
    auto value = Decimal::parse(rate);
    return value ? calc::percentText(*value) : rate;
}

QString redStateText(const QString &state)
{
    if (state == u"requested")
        return InvoicePage::tr("Waiting for the buyer");
    if (state == u"confirmed")
        return InvoicePage::tr("Confirmed");
    if (state == u"refused")
        return InvoicePage::tr("Refused");
    if (state == u"used")
        return InvoicePage::tr("Red invoice issued");
    if (state == u"rejected")
        return InvoicePage::tr("Refused by the server (see 数据同步)");
    return state;
}

} // namespace

RedRequestDialog::RedRequestDialog(const invoice::Invoice &blue, QWidget *parent)
    : QDialog(parent)
    , m_blueNumber(blue.number)
    , m_reason(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_throughServer(new QRadioButton(tr("The buyer uses this Taxbox server: ask them to &confirm it there"), this))
    , m_elsewhere(new QRadioButton(tr("The buyer confirmed it on the 电子税务局 (or does not use this server): record it"), this))
    , m_number(new QLineEdit(this))
    , m_error(errorLabel(this, u"redError"_s))
{
    setObjectName(u"redRequestDialog"_s);
    setWindowTitle(tr("Red-letter confirmation (红字确认单)"));
    auto *about = new QLabel(tr("Invoice %1 to %2, ¥%3 including tax, issued %4.")
                                 .arg(blue.number, blue.buyer.name, blue.totals.total.toString(Money::Grouping::Thousands),
                                      displayDate(blue.issueDate())),
                             this);
    about->setWordWrap(true);
    m_reason->setObjectName(u"redReason"_s);
    m_reason->setEditable(true);
    m_reason->addItems({tr("Goods returned (销货退回)"), tr("Issued in error (开票有误)"), tr("Service stopped (服务中止)"),
                        tr("Sales allowance (销售折让)")});
    m_amount->setObjectName(u"redAmount"_s);
    m_amount->setPlaceholderText(tr("empty: all that remains"));
    m_throughServer->setObjectName(u"redThroughServer"_s);
    m_elsewhere->setObjectName(u"redConfirmedElsewhere"_s);
    m_number->setObjectName(u"redConfirmationNumber"_s);
    m_number->setPlaceholderText(tr("20 digits, as the 电子税务局 shows it"));
    m_number->setMaxLength(20);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Amount to reverse (tax included):"), m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    if (blue.buyer.individual) {
        // A natural person confirms nothing: the seller issues the red invoice directly.
        auto *individual = new QLabel(tr("The buyer is an individual: no confirmation is needed."), this);
        individual->setObjectName(u"redIndividual"_s);
        layout->addWidget(individual);
        m_throughServer->hide();
        m_elsewhere->hide();
        m_number->hide();
    } else {
        auto *who = new QGroupBox(tr("The buyer's confirmation"), this);
        auto *whoLayout = new QVBoxLayout(who);
        whoLayout->addWidget(m_throughServer);
        whoLayout->addWidget(m_elsewhere);
        auto *numberRow = new QFormLayout;
        numberRow->addRow(tr("红字确认单 &number:"), m_number);
        whoLayout->addLayout(numberRow);
        layout->addWidget(who);
        m_throughServer->setChecked(true);
        m_number->setEnabled(false);
        connect(m_elsewhere, &QRadioButton::toggled, m_number, &QWidget::setEnabled);
    }
    for (QLineEdit *edit : {m_amount, m_number})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setStyleSheet(QString());
            m_error->hide();
        });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"submitRed"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Submit"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Result<invoice::RedRequest> RedRequestDialog::request()
{
    invoice::RedRequest request;
    request.reason = m_reason->currentText().trimmed();
    if (request.reason.isEmpty()) {
        Error error{u"required"_s, tr("Reason: say why the invoice is reversed."), u"reason"_s};
        showError(error);
        return std::unexpected(error);
    }
    if (!m_amount->text().trimmed().isEmpty()) {
        auto amount = Money::parse(m_amount->text(), tr("Amount to reverse"));
        if (!amount) {
            Error error = amount.error();
            error.field = u"amount"_s;
            showError(error);
            return std::unexpected(error);
        }
        request.amount = *amount;
    }
    if (m_elsewhere->isVisible() && m_elsewhere->isChecked()) {
        request.confirmedElsewhere = m_number->text().trimmed();
        if (request.confirmedElsewhere.isEmpty()) {
            Error error{u"required"_s, tr("红字确认单 number: type the number the buyer confirmed."), u"confirmation_number"_s};
            showError(error);
            return std::unexpected(error);
        }
    }
    return request;
}

void RedRequestDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    QLineEdit *field = error.field == u"amount" ? m_amount : error.field == u"confirmation_number" ? m_number : nullptr;
    if (field) {
        field->setStyleSheet(u"border: 1px solid #b3261e;"_s);
        field->setFocus();
    }
}

InvoicePage::InvoicePage(QWidget *parent)
    : ToolPage(parent)
    , m_tabs(new QTabWidget)
    , m_numbersBanner(new QFrame)
    , m_numbersText(new QLabel)
    , m_goToSync(new QPushButton)
    , m_issuedBanner(new QFrame)
    , m_issuedText(new QLabel)
    , m_kind(new QComboBox)
    , m_buyerName(new QLineEdit)
    , m_buyerCode(new QLineEdit)
    , m_buyerAddress(new QLineEdit)
    , m_buyerPhone(new QLineEdit)
    , m_buyerBank(new QLineEdit)
    , m_buyerAccount(new QLineEdit)
    , m_individual(new QCheckBox)
    , m_product(new QLineEdit)
    , m_taxCodeSearch(new QLineEdit)
    , m_importCodes(new QPushButton)
    , m_lines(new QTableWidget(0, ColumnCount))
    , m_addLine(new QPushButton)
    , m_removeLine(new QPushButton)
    , m_remarks(new QPlainTextEdit)
    , m_drawer(new QLineEdit)
    , m_totals(new QLabel)
    , m_error(new QLabel)
    , m_issue(new QPushButton)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_ledgerBuyer(new QLineEdit)
    , m_ledgerNumber(new QLineEdit)
    , m_status(new QComboBox)
    , m_ledger(new QTableWidget(0, 9))
    , m_rateTotals(new QTableWidget(0, 5))
    , m_exportLedger(new QPushButton)
    , m_preview(new QPushButton)
    , m_print(new QPushButton)
    , m_exportXml(new QPushButton)
    , m_exportPdf(new QPushButton)
    , m_redRequest(new QPushButton)
    , m_customers(new QTableWidget)
    , m_products(new QTableWidget)
    , m_red(new QTableWidget(0, 6))
    , m_confirmRed(new QPushButton)
    , m_refuseRed(new QPushButton)
    , m_issueRed(new QPushButton)
{
    contentLayout()->addWidget(m_tabs, 1);

    // --- Issuing form ---
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    // Before anyone types: can this device issue at all? (Numbers come from the server, through 数据同步.)
    m_numbersBanner->setObjectName(u"numbersBanner"_s);
    m_numbersBanner->setStyleSheet(u"#numbersBanner { background: #fff4e5; border: 1px solid #f0b35a; border-radius: 4px; }"_s);
    m_numbersText->setObjectName(u"numbersText"_s);
    m_numbersText->setWordWrap(true);
    m_goToSync->setObjectName(u"goToSync"_s);
    connect(m_goToSync, &QPushButton::clicked, this, &InvoicePage::syncRequested);
    auto *numbersLayout = new QHBoxLayout(m_numbersBanner);
    numbersLayout->addWidget(m_numbersText, 1);
    numbersLayout->addWidget(m_goToSync);
    formLayout->addWidget(m_numbersBanner);
    // After issuing: what was issued, and what is done with it next (never a red form).
    m_issuedBanner->setObjectName(u"issuedBanner"_s);
    m_issuedBanner->setStyleSheet(u"#issuedBanner { background: #e8f5e9; border: 1px solid #81c784; border-radius: 4px; }"_s);
    m_issuedText->setObjectName(u"issuedText"_s);
    m_issuedText->setWordWrap(true);
    auto *issuedLayout = new QHBoxLayout(m_issuedBanner);
    issuedLayout->addWidget(m_issuedText, 1);
    const std::pair<const char *, const char *> issuedActions[] = {{"issuedPreview", QT_TR_NOOP("Pre&view")},
                                                                   {"issuedPrint", QT_TR_NOOP("&Print…")},
                                                                   {"issuedSavePdf", QT_TR_NOOP("Save &PDF…")},
                                                                   {"issuedSaveXml", QT_TR_NOOP("Save &XML…")}};
    for (const auto &[name, text] : issuedActions) {
        auto *button = new QPushButton(m_issuedBanner);
        button->setObjectName(QString::fromLatin1(name));
        button->setProperty("sourceText", QString::fromLatin1(text));
        issuedLayout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, action = QString::fromLatin1(name)] {
            if (action == u"issuedPreview")
                previewInvoice(m_lastIssued);
            else if (action == u"issuedPrint")
                printInvoice(m_lastIssued);
            else {
                const bool pdf = action == u"issuedSavePdf";
                const QString path
                    = FileDialogs::saveFileName(this, pdf ? tr("Save the invoice as PDF") : tr("Save the invoice as XML"),
                                                QDir::home().filePath(m_lastIssued + (pdf ? u".pdf"_s : u".xml"_s)),
                                                pdf ? tr("PDF (*.pdf)") : tr("Invoice XML (*.xml)"));
                if (!path.isEmpty())
                    saveInvoice(m_lastIssued, path);
            }
        });
    }
    m_issuedBanner->hide();
    formLayout->addWidget(m_issuedBanner);
    auto *buyer = new QGridLayout;
    for (QLabel *&label : m_formLabels)
        label = new QLabel;
    m_kind->setObjectName(u"invoiceKind"_s);
    m_kind->addItem(QString(), u"special"_s);
    m_kind->addItem(QString(), u"ordinary"_s);
    m_buyerName->setObjectName(u"buyerName"_s);
    m_buyerCode->setObjectName(u"buyerCode"_s);
    m_individual->setObjectName(u"buyerIndividual"_s);
    const std::pair<QLabel *, QWidget *> buyerFields[]
        = {{m_formLabels[0], m_kind},         {m_formLabels[1], m_buyerName},  {m_formLabels[2], m_buyerCode},
           {m_formLabels[3], m_buyerAddress}, {m_formLabels[4], m_buyerPhone}, {m_formLabels[5], m_buyerBank},
           {m_formLabels[6], m_buyerAccount}};
    for (int i = 0; i < 7; ++i) {
        const int row = i == 0 ? 0 : (i + 1) / 2;
        const int column = i == 0 ? 0 : ((i + 1) % 2) * 2;
        buyerFields[i].first->setBuddy(buyerFields[i].second);
        buyer->addWidget(buyerFields[i].first, row, column);
        buyer->addWidget(buyerFields[i].second, row, column + 1);
    }
    buyer->addWidget(m_individual, 0, 3);
    formLayout->addLayout(buyer);

    auto *lineTools = new QHBoxLayout;
    m_product->setObjectName(u"productSearch"_s);
    m_addLine->setObjectName(u"addLine"_s);
    m_removeLine->setObjectName(u"removeLine"_s);
    lineTools->addWidget(m_formLabels[7]);
    m_formLabels[7]->setBuddy(m_product);
    lineTools->addWidget(m_product, 1);
    m_taxCodeSearch->setObjectName(u"taxCodeSearch"_s);
    m_importCodes->setObjectName(u"importTaxCodes"_s);
    lineTools->addWidget(m_taxCodeSearch, 1);
    lineTools->addWidget(m_importCodes);
    lineTools->addWidget(m_addLine);
    lineTools->addWidget(m_removeLine);
    formLayout->addLayout(lineTools);
    m_lines->setObjectName(u"invoiceLines"_s);
    // The item name takes the room; the other columns are as wide as their headings (or contents).
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setMinimumSectionSize(48);
    m_lines->verticalHeader()->setDefaultSectionSize(26);
    m_lines->setTabKeyNavigation(true);
    formLayout->addWidget(m_lines, 1);

    auto *bottom = new QFormLayout;
    m_remarks->setObjectName(u"remarks"_s);
    m_remarks->setMaximumHeight(56);
    m_remarks->setTabChangesFocus(true);
    m_drawer->setObjectName(u"drawer"_s);
    m_formLabels[8]->setBuddy(m_remarks);
    m_formLabels[9]->setBuddy(m_drawer);
    bottom->addRow(m_formLabels[8], m_remarks);
    bottom->addRow(m_formLabels[9], m_drawer);
    formLayout->addLayout(bottom);
    m_totals->setObjectName(u"invoiceTotals"_s);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"invoiceError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_issue->setObjectName(u"issueInvoice"_s);
    m_issue->setDefault(true);
    auto *issueRow = new QHBoxLayout;
    issueRow->addWidget(m_totals, 1);
    issueRow->addWidget(m_issue);
    formLayout->addWidget(m_error);
    formLayout->addLayout(issueRow);
    m_tabs->addTab(form, QString());
    // Tab walks the form as it reads: left to right, then down (the 自然人 box sits top right, beside 类型).
    const QList<QWidget *> reading{m_kind,       m_individual,   m_buyerName, m_buyerCode,     m_buyerAddress, m_buyerPhone,
                                   m_buyerBank,  m_buyerAccount, m_product,   m_taxCodeSearch, m_importCodes,  m_addLine,
                                   m_removeLine, m_lines,        m_remarks,   m_drawer,        m_issue};
    for (qsizetype i = 1; i < reading.size(); ++i)
        QWidget::setTabOrder(reading.at(i - 1), reading.at(i));

    // --- Ledger ---
    auto *ledger = new QWidget;
    auto *ledgerLayout = new QVBoxLayout(ledger);
    auto *filters = new QHBoxLayout;
    m_from->setObjectName(u"ledgerFrom"_s);
    m_to->setObjectName(u"ledgerTo"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    // Invoices are dated in China time (a computer elsewhere, or near midnight, must still see today's).
    m_from->setDate(QDate(invoice::chinaToday().year(), 1, 1));
    m_to->setDate(invoice::chinaToday());
    m_ledgerBuyer->setObjectName(u"ledgerBuyer"_s);
    m_ledgerNumber->setObjectName(u"ledgerNumber"_s);
    m_status->setObjectName(u"ledgerStatus"_s);
    for (int i = 0; i < 5; ++i)
        m_status->addItem(QString());
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_ledgerBuyer, 1);
    filters->addWidget(m_ledgerNumber, 1);
    filters->addWidget(m_status);
    ledgerLayout->addLayout(filters);
    m_ledger->setObjectName(u"ledger"_s);
    m_ledger->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledger->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledger->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    ledgerLayout->addWidget(m_ledger, 1);
    m_rateTotals->setObjectName(u"rateTotals"_s);
    m_rateTotals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rateTotals->setMaximumHeight(130);
    ledgerLayout->addWidget(m_rateTotals);
    auto *ledgerButtons = new QHBoxLayout;
    for (QPushButton *button : {m_preview, m_print, m_exportXml, m_exportPdf, m_redRequest}) {
        ledgerButtons->addWidget(button);
    }
    ledgerButtons->addStretch(1);
    ledgerButtons->addWidget(m_exportLedger);
    ledgerLayout->addLayout(ledgerButtons);
    m_tabs->addTab(ledger, QString());

    // --- Red-letter confirmations ---
    auto *red = new QWidget;
    auto *redLayout = new QVBoxLayout(red);
    m_red->setObjectName(u"redConfirmations"_s);
    m_red->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_red->setSelectionMode(QAbstractItemView::SingleSelection);
    m_red->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_red->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    redLayout->addWidget(m_red, 1);
    auto *redButtons = new QHBoxLayout;
    m_confirmRed->setObjectName(u"confirmRed"_s);
    m_refuseRed->setObjectName(u"refuseRed"_s);
    m_issueRed->setObjectName(u"issueRed"_s);
    redButtons->addWidget(m_issueRed);
    redButtons->addStretch(1);
    redButtons->addWidget(m_confirmRed);
    redButtons->addWidget(m_refuseRed);
    redLayout->addLayout(redButtons);
    m_tabs->addTab(red, QString());

    // --- Customers and products ---
    auto *lists = new QWidget;
    auto *listsLayout = new QVBoxLayout(lists);
    m_customers->setObjectName(u"customers"_s);
    m_products->setObjectName(u"products"_s);
    for (int i = 0; i < 2; ++i) {
        QTableWidget *table = i == 0 ? m_customers : m_products;
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        m_listLabels[i] = new QLabel;
        auto *row = new QHBoxLayout;
        row->addWidget(m_listLabels[i], 1);
        for (int b = 0; b < 3; ++b) {
            m_listButtons[i * 3 + b] = new QPushButton;
            row->addWidget(m_listButtons[i * 3 + b]);
        }
        listsLayout->addLayout(row);
        listsLayout->addWidget(table, 1);
        const bool customers = i == 0;
        connect(m_listButtons[i * 3], &QPushButton::clicked, this, [this, customers] { importList(customers); });
        connect(m_listButtons[i * 3 + 1], &QPushButton::clicked, this, [this, customers] { exportList(customers); });
        connect(m_listButtons[i * 3 + 2], &QPushButton::clicked, this, [this, customers] { removeFromList(customers); });
        connect(table, &QTableWidget::itemChanged, this,
                [this, customers](QTableWidgetItem *item) { saveListRow(customers, item->row()); });
    }
    m_tabs->addTab(lists, QString());

    // Behaviour.
    connect(m_addLine, &QPushButton::clicked, this, &InvoicePage::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            m_lines->removeRow(m_lines->currentRow());
        updateTotals();
    });
    connect(m_issue, &QPushButton::clicked, this, [this] { (void)issue(); });
    auto *issueShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), form);
    connect(issueShortcut, &QShortcut::activated, this, [this] { (void)issue(); });
    auto *lineShortcut = new QShortcut(QKeySequence(Qt::Key_Insert), form);
    connect(lineShortcut, &QShortcut::activated, this, &InvoicePage::addLine);
    connect(m_lines, &QTableWidget::itemChanged, this, &InvoicePage::updateTotals);
    for (QLineEdit *edit : {m_buyerName, m_buyerCode, m_drawer})
        connect(edit, &QLineEdit::textChanged, this, &InvoicePage::updateTotals);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InvoicePage::updateTotals);
    connect(m_individual, &QCheckBox::toggled, this, &InvoicePage::updateTotals);
    // Buyers and products complete by part of the name, pinyin initials (bjb → 笔记本电脑) or the start
    // of the credit code / tax classification code; the list is filtered here, the popup shows it all.
    const auto searchable = [this](QLineEdit *edit, QList<std::pair<QString, QString>> *entries) {
        auto *completer = new QCompleter(new QStringListModel(this), this);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        edit->setCompleter(completer);
        connect(edit, &QLineEdit::textEdited, this, [edit, entries, completer](const QString &text) {
            QStringList matches;
            for (const auto &[name, code] : std::as_const(*entries)) {
                if (!text.trimmed().isEmpty() && matchesSearch(text, name, code) && matches.size() < 50)
                    matches.append(name);
            }
            static_cast<QStringListModel *>(completer->model())->setStringList(matches);
            if (matches.isEmpty())
                completer->popup()->hide();
            else
                completer->complete();
            Q_UNUSED(edit)
        });
        return completer;
    };
    QCompleter *customerCompleter = searchable(m_buyerName, &m_customerEntries);
    connect(customerCompleter, qOverload<const QString &>(&QCompleter::activated), this, &InvoicePage::chooseCustomer);
    QCompleter *productCompleter = searchable(m_product, &m_productEntries);
    connect(productCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
        chooseProduct(name);
        QMetaObject::invokeMethod(m_product, &QLineEdit::clear, Qt::QueuedConnection);
    });
    // Tax classification codes from the imported official table: the same search, shown with name and rate.
    auto *codeCompleter = new QCompleter(new QStringListModel(this), this);
    codeCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_taxCodeSearch->setCompleter(codeCompleter);
    connect(m_taxCodeSearch, &QLineEdit::textEdited, this, [this, codeCompleter](const QString &text) {
        QStringList matches;
        for (const invoice::TaxCode &entry : m_taxCodes.search(text, 30))
            matches.append(u"%1  *%2* %3  %4"_s.arg(entry.code, entry.shortName, entry.name,
                                                    entry.rate.isEmpty() ? QString() : percentText(entry.rate)));
        static_cast<QStringListModel *>(codeCompleter->model())->setStringList(matches);
        if (matches.isEmpty())
            codeCompleter->popup()->hide();
        else
            codeCompleter->complete();
    });
    connect(codeCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        chooseTaxCode(text.left(19));
        QMetaObject::invokeMethod(m_taxCodeSearch, &QLineEdit::clear, Qt::QueuedConnection);
    });
    connect(m_taxCodeSearch, &QLineEdit::returnPressed, this, [this] {
        const QList<invoice::TaxCode> found = m_taxCodes.search(m_taxCodeSearch->text(), 1);
        if (!found.isEmpty())
            chooseTaxCode(found.first().code);
        m_taxCodeSearch->clear();
        m_taxCodeSearch->completer()->popup()->hide();
    });
    connect(m_importCodes, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Import the tax classification code table"), QDir::homePath(),
                                                       tr("Lists (*.csv *.xlsx)"));
        if (!path.isEmpty())
            (void)importTaxCodes(path);
    });
    connect(m_product, &QLineEdit::returnPressed, this, [this] {
        // Enter adds the product named, or else the first that the search finds (bjb + Enter).
        const QString text = m_product->text().trimmed();
        QString name;
        for (const auto &[candidate, code] : std::as_const(m_productEntries)) {
            if (candidate == text) {
                name = candidate;
                break;
            }
            if (name.isEmpty() && matchesSearch(text, candidate, code))
                name = candidate;
        }
        if (!text.isEmpty() && !name.isEmpty())
            chooseProduct(name);
        m_product->clear();
        m_product->completer()->popup()->hide();
    });

    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &InvoicePage::refreshLedger);
    for (QLineEdit *edit : {m_ledgerBuyer, m_ledgerNumber})
        connect(edit, &QLineEdit::textChanged, this, &InvoicePage::refreshLedger);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicePage::refreshLedger);
    connect(m_ledger, &QTableWidget::itemDoubleClicked, this, [this] { previewInvoice(selectedNumber()); });
    connect(m_preview, &QPushButton::clicked, this, [this] { previewInvoice(selectedNumber()); });
    connect(m_print, &QPushButton::clicked, this, [this] { printInvoice(selectedNumber()); });
    connect(m_exportXml, &QPushButton::clicked, this, [this] { exportFile(u"xml"_s); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportFile(u"pdf"_s); });
    connect(m_redRequest, &QPushButton::clicked, this, [this] { requestRed(); });
    connect(m_exportLedger, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, tr("Export the ledger"), QDir::home().filePath(tr("ledger.xlsx")),
                                                       tr("Excel workbook (*.xlsx)"));
        QString error;
        if (!path.isEmpty() && !exportLedger(path, &error))
            report(Error{u"write_failed"_s, error, {}});
    });
    connect(m_confirmRed, &QPushButton::clicked, this, [this] { decideRed(true); });
    connect(m_refuseRed, &QPushButton::clicked, this, [this] { decideRed(false); });
    connect(m_issueRed, &QPushButton::clicked, this, &InvoicePage::issueRed);

    retranslateUi();
    setEnterprise(nullptr, {});
}

InvoicePage::~InvoicePage()
{
    // Closing commits an open cell editor; its signals must not reach this half-destroyed page.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void InvoicePage::setEnterprise(auth::Session *session, const QString &enterpriseId)
{
    m_book.reset();
    m_store.reset();
    if (auto pack = rules::RulePack::inForce())
        m_pack = *pack;
    if (session && !enterpriseId.isEmpty() && m_pack) {
        auto store = session->openEnterprise(enterpriseId);
        if (store) {
            m_store = std::move(*store);
            m_book = std::make_unique<invoice::InvoiceBook>(*m_store, *m_pack);
            m_book->setTaxCodes(&m_taxCodes);
            m_userName = m_store->actor().userName;
            m_workspaceDirectory = session->workspace().directory();
            if (auto codes = invoice::TaxCodeCatalogue::forWorkspace(m_workspaceDirectory)) {
                m_taxCodes = std::move(*codes);
            } else {
                m_taxCodes = {}; // not another workspace's table
                report(codes.error());
            }
            if (m_drawer->text().isEmpty())
                m_drawer->setText(m_userName);
        } else {
            report(store.error());
        }
    }
    const bool open = m_book != nullptr;
    m_tabs->setEnabled(open);
    if (m_lines->rowCount() == 0)
        addLine();
    m_issuedBanner->hide();
    refreshNumbers();
    refreshCompletions();
    refreshLedger();
    refreshRed();
    refreshLists();
    updateTotals();
}

void InvoicePage::refreshLists()
{
    for (bool customers : {true, false}) {
        QTableWidget *table = customers ? m_customers : m_products;
        const QSignalBlocker blocker(table);
        table->setRowCount(0);
        QList<QStringList> rows;
        if (m_book) {
            if (customers) {
                if (auto list = m_book->customers())
                    rows = invoice::InvoiceImport::customerTable(*list);
            } else if (auto list = m_book->products()) {
                rows = invoice::InvoiceImport::productTable(*list);
            }
        }
        if (rows.isEmpty())
            rows.append(customers ? invoice::InvoiceImport::customerTable({}).first()
                                  : invoice::InvoiceImport::productTable({}).first());
        table->setColumnCount(static_cast<int>(rows.first().size()));
        table->setHorizontalHeaderLabels(rows.first());
        table->setRowCount(static_cast<int>(rows.size() - 1));
        for (int r = 1; r < rows.size(); ++r) {
            for (int c = 0; c < rows.at(r).size(); ++c) {
                auto *item = new QTableWidgetItem(rows.at(r).at(c));
                if (c == 0) // the name is the key: remove and add to rename
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                table->setItem(r - 1, c, item);
            }
        }
    }
}

void InvoicePage::saveListRow(bool customers, int row)
{
    if (!m_book)
        return;
    QTableWidget *table = customers ? m_customers : m_products;
    QStringList headers;
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c) {
        headers.append(table->horizontalHeaderItem(c)->text());
        cells.append(table->item(row, c) ? table->item(row, c)->text() : QString());
    }
    QList<payroll::RowError> errors;
    auto saved = m_book->importTable(customers ? invoice::InvoiceBook::List::Customers : invoice::InvoiceBook::List::Products,
                                     {headers, cells}, errors);
    if (!errors.isEmpty())
        saved = fail(u"invalid_row"_s, tr("%1: %2").arg(errors.first().column, errors.first().reason));
    if (!saved)
        report(saved.error());
    refreshLists();
    refreshCompletions();
}

bool InvoicePage::importListFile(bool customers, const QString &path)
{
    if (!m_book)
        return false;
    auto table = payroll::Spreadsheet::read(path);
    if (!table) {
        report(table.error());
        return false;
    }
    QList<payroll::RowError> errors;
    auto imported = m_book->importTable(customers ? invoice::InvoiceBook::List::Customers : invoice::InvoiceBook::List::Products,
                                        *table, errors);
    if (!imported) {
        report(imported.error());
        return false;
    }
    Q_EMIT statusMessage(tr("%1 entries imported.").arg(*imported));
    refreshLists();
    refreshCompletions();
    return true;
}

void InvoicePage::importList(bool customers)
{
    const QString path = FileDialogs::openFileName(this, customers ? tr("Import buyers") : tr("Import products"),
                                                   QDir::homePath(), tr("Lists (*.csv *.xlsx)"));
    if (!path.isEmpty())
        (void)importListFile(customers, path);
}

void InvoicePage::exportList(bool customers)
{
    if (!m_book)
        return;
    const QString path = FileDialogs::saveFileName(this, customers ? tr("Export buyers") : tr("Export products"),
                                                   QDir::home().filePath(customers ? tr("buyers.xlsx") : tr("products.xlsx")),
                                                   tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QList<QStringList> rows;
    if (customers) {
        if (auto list = m_book->customers())
            rows = invoice::InvoiceImport::customerTable(*list);
    } else if (auto list = m_book->products()) {
        rows = invoice::InvoiceImport::productTable(*list);
    }
    auto written = path.endsWith(u".csv"_s, Qt::CaseInsensitive)
        ? payroll::Spreadsheet::writeCsv(path, rows)
        : payroll::Spreadsheet::writeXlsx(path, customers ? tr("Buyers") : tr("Products"), rows, {});
    if (!written)
        return report(written.error());
    Q_EMIT statusMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void InvoicePage::removeFromList(bool customers)
{
    QTableWidget *table = customers ? m_customers : m_products;
    const int row = table->currentRow();
    if (!m_book || row < 0)
        return;
    if (auto removed = m_book->forget(customers ? invoice::InvoiceBook::List::Customers : invoice::InvoiceBook::List::Products,
                                      table->item(row, 0)->text());
        !removed)
        report(removed.error());
    refreshLists();
    refreshCompletions();
}

void InvoicePage::addLine()
{
    const QSignalBlocker blocker(m_lines);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_lines->setItem(row, column, new QTableWidgetItem);
    m_lines->item(row, Rate)->setText(u"13%"_s);
    m_lines->setItem(row, IncludesTax, checkItem(true));
    m_lines->setItem(row, Discount, checkItem(false));
    m_lines->setCurrentCell(row, Name);
    m_lines->setFocus();
}

void InvoicePage::clearLines()
{
    m_lines->setRowCount(0);
    addLine();
}

Result<invoice::InvoiceDraft> InvoicePage::draft() const
{
    // The lines as JSON, read like an imported invoice, so errors name the line and the field.
    QJsonArray lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (cell(m_lines, row, Name).isEmpty() && cell(m_lines, row, Amount).isEmpty() && cell(m_lines, row, UnitPrice).isEmpty())
            continue;
        QJsonObject line{{u"name"_s, cell(m_lines, row, Name)},
                         {u"short_name"_s, cell(m_lines, row, ShortName)},
                         {u"tax_code"_s, cell(m_lines, row, TaxCode)},
                         {u"specification"_s, cell(m_lines, row, Specification)},
                         {u"unit"_s, cell(m_lines, row, Unit)},
                         {u"rate"_s, invoice::InvoiceImport::rateText(cell(m_lines, row, Rate))},
                         {u"price_includes_tax"_s, checked(m_lines, row, IncludesTax)},
                         {u"discount"_s, checked(m_lines, row, Discount)}};
        for (const auto &[column, key] :
             {std::pair{Quantity, u"quantity"_s}, std::pair{UnitPrice, u"unit_price"_s}, std::pair{Amount, u"amount"_s}}) {
            if (!cell(m_lines, row, column).isEmpty() && !(column == Amount && !cell(m_lines, row, Quantity).isEmpty()))
                line.insert(key, cell(m_lines, row, column));
        }
        lines.append(line);
    }
    auto parsed = invoice::InvoiceDraft::fromJson(QJsonObject{{u"lines"_s, lines}});
    if (!parsed)
        return std::unexpected(parsed.error());
    invoice::InvoiceDraft draft;
    draft.kind = m_kind->currentData().toString() == u"special" ? invoice::InvoiceKind::Special : invoice::InvoiceKind::Ordinary;
    draft.buyer = invoice::Party{m_buyerName->text().trimmed(),    m_buyerCode->text().trimmed().toUpper(),
                                 m_buyerAddress->text().trimmed(), m_buyerPhone->text().trimmed(),
                                 m_buyerBank->text().trimmed(),    m_buyerAccount->text().trimmed(),
                                 m_individual->isChecked()};
    draft.lines = parsed->lines;
    draft.remarks = m_remarks->toPlainText().trimmed();
    draft.drawer = m_drawer->text().trimmed();
    return draft;
}

void InvoicePage::updateTotals()
{
    m_error->hide();
    if (!m_book) {
        m_totals->setText(tr("Open an enterprise to issue invoices."));
        m_issue->setEnabled(false);
        return;
    }
    auto current = draft();
    auto prepared = current ? m_book->prepare(*current, QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600))
                            : Result<invoice::Invoice>(std::unexpected(current.error()));
    if (!prepared) {
        m_totals->setText(tr("Totals appear when the invoice is complete."));
        m_error->setText(prepared.error().message);
        // An empty form (a new one, or the one left after issuing) is not an error: say nothing yet.
        bool typed = false;
        for (int row = 0; row < m_lines->rowCount() && !typed; ++row) {
            for (int column : {Name, Quantity, UnitPrice, Amount})
                typed = typed || !cell(m_lines, row, column).isEmpty();
        }
        m_error->setVisible(typed);
        m_issue->setEnabled(false);
        return;
    }
    // 金额 is never blank: a line given by quantity and price shows what it comes to (tax included when the
    // price is), as the paper form would.
    {
        const QSignalBlocker blocker(m_lines);
        int index = 0;
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            if (cell(m_lines, row, Name).isEmpty() && cell(m_lines, row, Amount).isEmpty()
                && cell(m_lines, row, UnitPrice).isEmpty())
                continue;
            // Each typed line becomes one line, or two (the discount splits none here: discounts are their own rows).
            if (index >= prepared->lines.size())
                break;
            const invoice::Line &line = prepared->lines.at(index++);
            if (!cell(m_lines, row, Quantity).isEmpty() && m_lines->item(row, Amount)) {
                const Money shown
                    = checked(m_lines, row, IncludesTax) ? Money::fromFen(line.amount.fen() + line.tax.fen()) : line.amount;
                m_lines->item(row, Amount)->setText(shown.toString());
            }
        }
    }
    m_totals->setText(tr("Amount %1   Tax %2   Total ¥%3 (%4)")
                          .arg(prepared->totals.amount.toString(Money::Grouping::Thousands),
                               prepared->totals.tax.toString(Money::Grouping::Thousands),
                               prepared->totals.total.toString(Money::Grouping::Thousands), prepared->totals.totalInWords));
    m_issue->setEnabled(m_numbersLeft > 0); // the banner above says why not
}

Result<invoice::IssuedInvoice> InvoicePage::issue()
{
    if (!m_book)
        return fail(u"no_enterprise"_s, tr("Open an enterprise first."));
    updateTotals();
    auto current = draft();
    if (!current) {
        report(current.error());
        return std::unexpected(current.error());
    }
    auto issued = m_book->issue(*current);
    if (!issued) {
        report(issued.error());
        return issued;
    }
    // Remember the buyer and the products for the next time (a failure here loses nothing issued).
    (void)m_book->saveCustomer(current->buyer);
    for (const invoice::LineInput &line : std::as_const(current->lines)) {
        if (!line.discount)
            (void)m_book->saveProduct(line);
    }
    Q_EMIT statusMessage(tr("Invoice %1 issued: ¥%2 to %3.")
                             .arg(issued->invoice.number, issued->invoice.totals.total.toString(), issued->invoice.buyer.name));
    clearLines();
    m_remarks->clear();
    refreshCompletions();
    refreshLists();
    refreshLedger();
    refreshNumbers();
    updateTotals();
    showIssued(*issued);
    return issued;
}

void InvoicePage::showIssued(const invoice::IssuedInvoice &issued)
{
    m_lastIssued = issued.invoice.number;
    m_issuedText->setText(tr("Issued: invoice %1, ¥%2 to %3. The form is ready for the next one.")
                              .arg(issued.invoice.number, issued.invoice.totals.total.toString(Money::Grouping::Thousands),
                                   issued.invoice.buyer.name));
    m_issuedBanner->show();
}

void InvoicePage::refreshNumbers()
{
    m_numbersLeft = 0;
    bool retired = false;
    if (m_store) {
        sync::SyncLedger ledger(*m_store);
        auto supply = ledger.numberSupply(QString::fromUtf16(sync::kInvoiceNumberKind));
        if (supply) {
            m_numbersLeft = supply->remaining;
            retired = supply->retired;
        }
    }
    m_numbersBanner->setVisible(m_book && m_numbersLeft < kFewNumbers);
    if (retired && m_numbersLeft == 0)
        m_numbersText->setText(tr("This workspace was restored or copied: its invoice numbers are not used again. Sync "
                                  "to send its invoices and receive a new number range."));
    else if (m_numbersLeft == 0)
        m_numbersText->setText(tr("This computer has no invoice numbers yet (本机尚未领取发票号码). Sign in under 数据同步 "
                                  "and request numbers; then invoices can be issued here, offline too."));
    else
        m_numbersText->setText(tr("Only %1 invoice numbers left on this computer: sync to receive a new range before they "
                                  "run out.")
                                   .arg(m_numbersLeft));
    m_issue->setToolTip(m_numbersLeft == 0 ? m_numbersText->text() : tr("Issue the invoice (Ctrl+Return)"));
}

bool InvoicePage::saveInvoice(const QString &number, const QString &path)
{
    auto found = invoiceNumbered(number);
    if (!found)
        return false;
    const bool pdf = path.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    const Result<void> written = pdf ? print::InvoiceLayout::writePdf(*found, path) : invoice::InvoiceFile::save(*found, path);
    if (!written) {
        report(written.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Invoice %1 saved to %2.").arg(number, QDir::toNativeSeparators(path)));
    return true;
}

void InvoicePage::chooseCustomer(const QString &name)
{
    if (!m_book)
        return;
    auto customers = m_book->customers();
    if (!customers)
        return;
    for (const invoice::Customer &customer : std::as_const(*customers)) {
        if (customer.party.name != name)
            continue;
        m_buyerName->setText(customer.party.name);
        m_buyerCode->setText(customer.party.creditCode);
        m_buyerAddress->setText(customer.party.address);
        m_buyerPhone->setText(customer.party.phone);
        m_buyerBank->setText(customer.party.bank);
        m_buyerAccount->setText(customer.party.bankAccount);
        m_individual->setChecked(customer.party.individual);
        return;
    }
}

void InvoicePage::chooseProduct(const QString &name)
{
    if (!m_book)
        return;
    auto products = m_book->products();
    if (!products)
        return;
    for (const invoice::Product &product : std::as_const(*products)) {
        if (product.line.name != name)
            continue;
        // Fill the last line when it is still empty, else a new one.
        int row = m_lines->rowCount() - 1;
        if (row < 0 || !cell(m_lines, row, Name).isEmpty()) {
            addLine();
            row = m_lines->rowCount() - 1;
        }
        const QSignalBlocker blocker(m_lines);
        m_lines->item(row, Name)->setText(product.line.name);
        m_lines->item(row, ShortName)->setText(product.line.shortName);
        m_lines->item(row, TaxCode)->setText(product.line.taxCode);
        m_lines->item(row, Specification)->setText(product.line.specification);
        m_lines->item(row, Unit)->setText(product.line.unit);
        m_lines->item(row, UnitPrice)->setText(product.line.unitPrice ? product.line.unitPrice->toString() : QString());
        m_lines->item(row, Quantity)->setText(product.line.unitPrice ? u"1"_s : QString());
        m_lines->item(row, Rate)->setText(calc::percentText(product.line.rate));
        m_lines->item(row, IncludesTax)->setCheckState(product.line.priceIncludesTax ? Qt::Checked : Qt::Unchecked);
        m_lines->setCurrentCell(row, Quantity);
        break;
    }
    updateTotals();
}

void InvoicePage::chooseTaxCode(const QString &code)
{
    const std::optional<invoice::TaxCode> entry = m_taxCodes.find(code);
    if (!entry || m_lines->rowCount() == 0)
        return;
    const int row = m_lines->currentRow() >= 0 ? m_lines->currentRow() : m_lines->rowCount() - 1;
    {
        const QSignalBlocker blocker(m_lines);
        m_lines->item(row, TaxCode)->setText(entry->code);
        m_lines->item(row, ShortName)->setText(entry->shortName);
        if (!entry->rate.isEmpty())
            m_lines->item(row, Rate)->setText(percentText(entry->rate));
        if (m_lines->item(row, Name)->text().isEmpty())
            m_lines->item(row, Name)->setText(entry->name);
    }
    m_lines->setCurrentCell(row, Name);
    updateTotals();
}

bool InvoicePage::importTaxCodes(const QString &path)
{
    if (m_workspaceDirectory.isEmpty())
        return false;
    auto table = payroll::Spreadsheet::read(path);
    if (!table) {
        report(table.error());
        return false;
    }
    QList<payroll::RowError> errors;
    auto codes = invoice::TaxCodeCatalogue::fromTable(*table, errors);
    if (!codes) {
        report(codes.error());
        return false;
    }
    if (auto saved = codes->save(invoice::TaxCodeCatalogue::fileIn(m_workspaceDirectory)); !saved) {
        report(saved.error());
        return false;
    }
    m_taxCodes = std::move(*codes);
    updateTotals(); // the lines are checked against the new table
    Q_EMIT statusMessage(errors.isEmpty() ? tr("%1 tax classification codes imported.").arg(m_taxCodes.size())
                                          : tr("%1 tax classification codes imported; %2 rows without a valid code skipped.")
                                                .arg(m_taxCodes.size())
                                                .arg(errors.size()));
    return true;
}

void InvoicePage::refreshCompletions()
{
    m_customerEntries.clear();
    m_productEntries.clear();
    if (!m_book)
        return;
    if (auto list = m_book->customers()) {
        for (const invoice::Customer &customer : std::as_const(*list))
            m_customerEntries.append({customer.party.name, customer.party.creditCode});
    }
    if (auto list = m_book->products()) {
        for (const invoice::Product &product : std::as_const(*list))
            m_productEntries.append({product.line.name, product.line.taxCode});
    }
}

void InvoicePage::refreshLedger()
{
    m_ledger->setRowCount(0);
    m_rateTotals->setRowCount(0);
    if (!m_book)
        return;
    invoice::LedgerFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.buyer = m_ledgerBuyer->text();
    filter.number = m_ledgerNumber->text();
    static const std::optional<invoice::InvoiceStatus> statuses[] = {std::nullopt,
                                                                     invoice::InvoiceStatus::Issued,
                                                                     invoice::InvoiceStatus::PartlyReversed,
                                                                     invoice::InvoiceStatus::Reversed,
                                                                     invoice::InvoiceStatus::Red,
                                                                     invoice::InvoiceStatus::Voided};
    filter.status = statuses[std::clamp(m_status->currentIndex(), 0, 4)];
    auto rows = m_book->ledger(filter);
    if (!rows) {
        report(rows.error());
        return;
    }
    m_ledger->setRowCount(static_cast<int>(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const invoice::LedgerRow &row = rows->at(r);
        const QStringList cells{row.number,
                                kindShortText(row.kind),
                                row.issuedAt.toString(u"yyyy-MM-dd HH:mm"_s),
                                row.buyerName,
                                row.amount.toString(Money::Grouping::Thousands),
                                row.tax.toString(Money::Grouping::Thousands),
                                row.total.toString(Money::Grouping::Thousands),
                                statusText(row.status),
                                row.blueNumber.isEmpty() ? row.remaining.toString(Money::Grouping::Thousands) : row.blueNumber};
        for (int c = 0; c < cells.size(); ++c)
            m_ledger->setItem(r, c, readOnly(cells.at(c), c >= 4 && c <= 6));
    }
    auto totals = m_book->totalsByRateAndMonth(filter);
    if (!totals)
        return;
    m_rateTotals->setRowCount(static_cast<int>(totals->size()));
    for (int r = 0; r < totals->size(); ++r) {
        const invoice::RateTotal &total = totals->at(r);
        const QStringList cells{total.month, percentText(total.rate), QString::number(total.invoices),
                                total.amount.toString(Money::Grouping::Thousands),
                                total.tax.toString(Money::Grouping::Thousands)};
        for (int c = 0; c < cells.size(); ++c)
            m_rateTotals->setItem(r, c, readOnly(cells.at(c), c >= 2));
    }
}

bool InvoicePage::exportLedger(const QString &path, QString *error)
{
    QList<QStringList> rows;
    QStringList headers;
    for (int c = 0; c < m_ledger->columnCount(); ++c)
        headers.append(m_ledger->horizontalHeaderItem(c)->text());
    rows.append(headers);
    for (int r = 0; r < m_ledger->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_ledger->columnCount(); ++c)
            row.append(c >= 4 && c <= 6 ? QString(m_ledger->item(r, c)->text()).remove(u',') : m_ledger->item(r, c)->text());
        rows.append(row);
    }
    auto written = payroll::Spreadsheet::writeXlsx(path, tr("Invoices"), rows, {4, 5, 6});
    if (!written) {
        if (error)
            *error = written.error().message;
        return false;
    }
    Q_EMIT statusMessage(tr("Ledger exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString InvoicePage::selectedNumber() const
{
    const int row = m_ledger->currentRow();
    return row >= 0 && m_ledger->item(row, 0) ? m_ledger->item(row, 0)->text() : QString();
}

Result<invoice::IssuedInvoice> InvoicePage::selectedInvoice()
{
    const QString number = selectedNumber();
    if (!m_book || number.isEmpty())
        return fail(u"no_selection"_s, tr("Choose an invoice in the ledger first."));
    return m_book->findToHandOut(number);
}

void InvoicePage::previewInvoice(const QString &number)
{
    if (auto found = invoiceNumbered(number))
        InvoicePrinting::preview(this, *found);
}

void InvoicePage::printInvoice(const QString &number)
{
    if (auto found = invoiceNumbered(number))
        InvoicePrinting::print(this, *found);
}

std::optional<invoice::IssuedInvoice> InvoicePage::invoiceNumbered(const QString &number)
{
    if (!m_book || number.isEmpty())
        return std::nullopt;
    auto found = m_book->findToHandOut(number);
    if (!found) {
        report(found.error());
        return std::nullopt;
    }
    return std::move(*found);
}

void InvoicePage::exportFile(const QString &format)
{
    auto found = selectedInvoice();
    if (!found)
        return report(found.error());
    const bool pdf = format == u"pdf";
    const QString path = FileDialogs::saveFileName(this, pdf ? tr("Save the invoice as PDF") : tr("Save the invoice as XML"),
                                                   QDir::home().filePath(found->invoice.number + (pdf ? u".pdf"_s : u".xml"_s)),
                                                   pdf ? tr("PDF (*.pdf)") : tr("Invoice XML (*.xml)"));
    if (!path.isEmpty())
        saveInvoice(found->invoice.number, path);
}

RedRequestDialog *InvoicePage::requestRed()
{
    auto found = selectedInvoice();
    if (!found) {
        report(found.error());
        return nullptr;
    }
    auto *dialog = new RedRequestDialog(found->invoice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->findChild<QDialogButtonBox *>(), &QDialogButtonBox::accepted, this, [this, dialog] {
        auto asked = dialog->request();
        if (!asked)
            return;
        auto request = m_book->requestRed(dialog->blueNumber(), *asked);
        if (!request) {
            dialog->showError(request.error());
            return;
        }
        dialog->accept();
        Q_EMIT statusMessage(
            request->state == u"confirmed"
                ? tr("Red-letter confirmation for %1 is ready: issue the red invoice on the red-letter tab.")
                      .arg(request->blueNumber)
                : tr("The red-letter request for %1 goes to the buyer with the next sync.").arg(request->blueNumber));
        refreshRed();
        m_tabs->setCurrentIndex(2);
    });
    dialog->open();
    return dialog;
}

void InvoicePage::refreshRed()
{
    m_red->setRowCount(0);
    if (!m_book)
        return;
    auto list = m_book->redConfirmations();
    if (!list)
        return report(list.error());
    m_red->setRowCount(static_cast<int>(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const invoice::RedConfirmation &confirmation = list->at(r);
        const QStringList cells{confirmation.outgoing ? tr("To buyer") : tr("From seller"),
                                confirmation.blueNumber,
                                confirmation.counterparty,
                                confirmation.amount.toString(Money::Grouping::Thousands),
                                redStateText(confirmation.state),
                                confirmation.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_red->setItem(r, c, readOnly(cells.at(c), c == 3));
        m_red->item(r, 0)->setData(Qt::UserRole, confirmation.id);
    }
}

void InvoicePage::decideRed(bool confirm)
{
    const int row = m_red->currentRow();
    if (!m_book || row < 0)
        return;
    if (auto decided = m_book->decideRed(m_red->item(row, 0)->data(Qt::UserRole).toString(), confirm); !decided)
        return report(decided.error());
    refreshRed();
}

void InvoicePage::issueRed()
{
    const int row = m_red->currentRow();
    if (!m_book || row < 0)
        return;
    auto red = m_book->issueRed(m_red->item(row, 0)->data(Qt::UserRole).toString());
    if (!red)
        return report(red.error());
    Q_EMIT statusMessage(tr("Red-letter invoice %1 issued: ¥%2.").arg(red->invoice.number, red->invoice.totals.total.toString()));
    refreshRed();
    refreshLedger();
}

void InvoicePage::report(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    Q_EMIT statusMessage(error.message);
}

void InvoicePage::showEvent(QShowEvent *event)
{
    refreshNumbers(); // a sync may have brought numbers meanwhile
    refreshLedger();
    refreshRed();
    ToolPage::showEvent(event);
}

void InvoicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshLedger();
        refreshRed();
        updateTotals();
    }
    ToolPage::changeEvent(event);
}

void InvoicePage::retranslateUi()
{
    m_goToSync->setText(tr("Go to 数据同步"));
    for (QPushButton *button : m_issuedBanner->findChildren<QPushButton *>())
        button->setText(tr(button->property("sourceText").toString().toUtf8().constData()));
    refreshNumbers();
    retranslateHeading();
    m_tabs->setTabText(0, tr("&Issue"));
    m_tabs->setTabText(1, tr("&Ledger"));
    m_tabs->setTabText(2, tr("&Red-letter"));
    m_tabs->setTabText(3, tr("B&uyers and products"));
    m_listLabels[0]->setText(tr("Buyers (edit a cell to change it):"));
    m_listLabels[1]->setText(tr("Products and services (edit a cell to change it):"));
    for (int i = 0; i < 2; ++i) {
        m_listButtons[i * 3]->setText(tr("Import…"));
        m_listButtons[i * 3 + 1]->setText(tr("Export…"));
        m_listButtons[i * 3 + 2]->setText(tr("Remove"));
    }
    const QStringList labels{tr("&Kind:"), tr("&Buyer:"),  tr("Credit &code:"), tr("Address:"),  tr("Phone:"),
                             tr("Bank:"),  tr("Account:"), tr("&Product:"),     tr("Re&marks:"), tr("&Drawer:")};
    for (int i = 0; i < 10; ++i)
        m_formLabels[i]->setText(labels.at(i));
    m_kind->setItemText(0, kindText(invoice::InvoiceKind::Special));
    m_kind->setItemText(1, kindText(invoice::InvoiceKind::Ordinary));
    m_individual->setText(tr("Buyer is an individual"));
    m_buyerName->setPlaceholderText(tr("name; earlier buyers complete by name, pinyin initials or credit code"));
    m_product->setPlaceholderText(tr("a remembered product by name, pinyin initials (bjb → 笔记本) or tax code; Enter adds it"));
    m_addLine->setText(tr("Add line (Ins)"));
    m_taxCodeSearch->setPlaceholderText(tr("tax code: part of a name, pinyin initials or the code"));
    m_importCodes->setText(tr("Code table…"));
    m_importCodes->setToolTip(tr("Import the tax bureau's 商品和服务税收分类编码表 (CSV or XLSX) for every enterprise"));
    m_removeLine->setText(tr("Remove line"));
    m_issue->setText(tr("Issue (Ctrl+Enter)"));
    m_lines->setHorizontalHeaderLabels({tr("Item name"), tr("Short name"), tr("Tax code"), tr("Specification"), tr("Unit"),
                                        tr("Quantity"), tr("Unit price"), tr("Amount"), tr("Rate"), tr("Incl. tax"),
                                        tr("Discount")});
    m_ledgerBuyer->setPlaceholderText(tr("buyer or credit code"));
    m_ledgerNumber->setPlaceholderText(tr("number"));
    const QStringList statuses{tr("All"),
                               statusText(invoice::InvoiceStatus::Issued),
                               statusText(invoice::InvoiceStatus::PartlyReversed),
                               statusText(invoice::InvoiceStatus::Reversed),
                               statusText(invoice::InvoiceStatus::Red),
                               statusText(invoice::InvoiceStatus::Voided)};
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i, statuses.at(i));
    m_ledger->setHorizontalHeaderLabels({tr("Number"), tr("Kind"), tr("Issued at"), tr("Buyer"), tr("Amount"), tr("Tax"),
                                         tr("Total"), tr("Status"), tr("Remaining / reverses")});
    m_rateTotals->setHorizontalHeaderLabels({tr("Month"), tr("Rate"), tr("Invoice count"), tr("Amount"), tr("Tax")});
    m_preview->setText(tr("Pre&view"));
    m_print->setText(tr("&Print…"));
    m_exportXml->setText(tr("Save &XML…"));
    m_exportPdf->setText(tr("Save P&DF…"));
    m_redRequest->setText(tr("Red-letter &request…"));
    m_exportLedger->setText(tr("Export to E&xcel…"));
    m_red->setHorizontalHeaderLabels(
        {tr("Direction"), tr("Blue invoice"), tr("Counterparty"), tr("Amount"), tr("State"), tr("Reason")});
    m_confirmRed->setText(tr("&Confirm"));
    m_refuseRed->setText(tr("Re&fuse"));
    m_issueRed->setText(tr("Issue red-letter &invoice"));
}

} // namespace taxbox::ui
