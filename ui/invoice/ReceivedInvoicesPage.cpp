#include "ReceivedInvoicesPage.h"

#include "ErrorLabel.h"
#include "auth/Workspace.h"
#include "session/FileDialogs.h"
#include "store/EnterpriseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

QString useText(const invoice::ReceivedInvoice &received)
{
    switch (received.use) {
    case invoice::DeductionUse::Unconfirmed:
        return ReceivedInvoicesPage::tr("Not confirmed");
    case invoice::DeductionUse::Deduct:
        return ReceivedInvoicesPage::tr("Deduct in %1").arg(received.usePeriod);
    case invoice::DeductionUse::NotDeduct:
        return ReceivedInvoicesPage::tr("Not deducted: %1").arg(received.useReason);
    }
    return {};
}

QString typeText(const invoice::ReceivedInvoice &received)
{
    switch (received.type) {
    case invoice::VoucherType::Invoice:
        return received.document.kind == invoice::InvoiceKind::Special ? ReceivedInvoicesPage::tr("Special")
                                                                       : ReceivedInvoicesPage::tr("Ordinary");
    case invoice::VoucherType::Customs:
        return ReceivedInvoicesPage::tr("Customs payment");
    case invoice::VoucherType::Agricultural:
        return ReceivedInvoicesPage::tr("Farm produce");
    case invoice::VoucherType::Toll:
        return ReceivedInvoicesPage::tr("Toll");
    case invoice::VoucherType::Passenger:
        return ReceivedInvoicesPage::tr("Passenger ticket");
    }
    return {};
}

QTableWidgetItem *figure(const Money &money)
{
    auto *item = new QTableWidgetItem(money.toString(Money::Grouping::Thousands));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ConfirmUseDialog::ConfirmUseDialog(const invoice::ReceivedInvoice &received, QWidget *parent)
    : QDialog(parent)
    , m_deduct(new QRadioButton(tr("&Deduct its input tax (%1) in the period").arg(received.deductibleTax.toString())))
    , m_notDeduct(new QRadioButton(tr("Do &not deduct it, because")))
    , m_period(new QDateEdit)
    , m_reason(new QLineEdit)
    , m_error(errorLabel(this, u"confirmUseError"_s))
{
    setWindowTitle(tr("Confirm the use of invoice %1").arg(received.number));
    m_deduct->setObjectName(u"deduct"_s);
    m_notDeduct->setObjectName(u"notDeduct"_s);
    m_period->setObjectName(u"period"_s);
    m_period->setDisplayFormat(u"yyyy-MM"_s);
    const QDate issued = received.document.issueDate.isValid() ? received.document.issueDate : QDate::currentDate();
    m_period->setDate(received.usePeriod.isEmpty() ? QDate(issued.year(), issued.month(), 1)
                                                   : QDate::fromString(received.usePeriod + u"-01"_s, u"yyyy-MM-dd"_s));
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(tr("e.g. 用于集体福利, 免税项目, 个人消费"));
    m_reason->setText(received.useReason);
    const bool deductible = !received.deductibleTax.isZero();
    m_deduct->setEnabled(deductible);
    (received.use == invoice::DeductionUse::NotDeduct || !deductible ? m_notDeduct : m_deduct)->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 · %2 · total ¥%3")
                                     .arg(received.document.seller.name, received.document.issueDate.toString(u"yyyy-MM-dd"_s),
                                          received.document.total.toString(Money::Grouping::Thousands))));
    auto *deductRow = new QHBoxLayout;
    deductRow->addWidget(m_deduct);
    deductRow->addWidget(m_period);
    deductRow->addStretch();
    layout->addLayout(deductRow);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_notDeduct);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const auto sync = [this] {
        m_period->setEnabled(m_deduct->isChecked());
        m_reason->setEnabled(m_notDeduct->isChecked());
    };
    connect(m_deduct, &QRadioButton::toggled, this, sync);
    sync();
}

invoice::DeductionUse ConfirmUseDialog::use() const
{
    return m_deduct->isChecked() ? invoice::DeductionUse::Deduct : invoice::DeductionUse::NotDeduct;
}

QString ConfirmUseDialog::period() const
{
    return m_period->date().toString(u"yyyy-MM"_s);
}

QString ConfirmUseDialog::reason() const
{
    return m_reason->text();
}

void ConfirmUseDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    (error.field == u"reason" ? static_cast<QWidget *>(m_reason) : m_period)->setFocus();
}

VoucherDialog::VoucherDialog(QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox)
    , m_number(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_seller(new QLineEdit)
    , m_sellerCode(new QLineEdit)
    , m_amount(new QLineEdit)
    , m_amountLabel(new QLabel)
    , m_tax(new QLineEdit)
    , m_taxLabel(new QLabel(tr("&Tax:")))
    , m_mode(new QComboBox)
    , m_modeLabel(new QLabel(tr("&Travel by:")))
    , m_deep(new QCheckBox(tr("Used to make goods taxed at 13% (deduction rate 10%)")))
    , m_error(errorLabel(this, u"voucherError"_s))
{
    setWindowTitle(tr("Register a voucher"));
    m_type->setObjectName(u"voucherType"_s);
    m_type->addItem(tr("海关进口增值税专用缴款书 (customs)"), u"customs"_s);
    m_type->addItem(tr("农产品收购/销售发票 (farm produce)"), u"agricultural"_s);
    m_type->addItem(tr("通行费发票 (toll)"), u"toll"_s);
    m_type->addItem(tr("旅客运输 (passenger ticket)"), u"passenger"_s);
    m_mode->setObjectName(u"voucherMode"_s);
    m_mode->addItem(tr("Air"), u"air"_s);
    m_mode->addItem(tr("Rail"), u"rail"_s);
    m_mode->addItem(tr("Road"), u"road"_s);
    m_mode->addItem(tr("Water"), u"water"_s);
    m_number->setObjectName(u"voucherNumber"_s);
    m_date->setObjectName(u"voucherDate"_s);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setCalendarPopup(true);
    m_seller->setObjectName(u"voucherSeller"_s);
    m_sellerCode->setObjectName(u"voucherSellerCode"_s);
    m_amount->setObjectName(u"voucherAmount"_s);
    m_tax->setObjectName(u"voucherTax"_s);
    m_deep->setObjectName(u"voucherDeepProcessing"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Seller or payee:"), m_seller);
    form->addRow(tr("&Credit code (optional):"), m_sellerCode);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(m_taxLabel, m_tax);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(QString(), m_deep);
    m_amountLabel->setBuddy(m_amount);
    m_taxLabel->setBuddy(m_tax);
    m_modeLabel->setBuddy(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &VoucherDialog::updateFields);
    updateFields();
}

void VoucherDialog::updateFields()
{
    const QString type = m_type->currentData().toString();
    const bool statedTax = type == u"customs" || type == u"toll";
    m_tax->setVisible(statedTax);
    m_taxLabel->setVisible(statedTax);
    m_mode->setVisible(type == u"passenger");
    m_modeLabel->setVisible(type == u"passenger");
    m_deep->setVisible(type == u"agricultural");
    m_amountLabel->setText(type == u"customs"            ? tr("Dutiable &value:")
                               : type == u"agricultural" ? tr("&Purchase price:")
                               : type == u"passenger"    ? tr("&Fare including tax:")
                                                         : tr("&Amount without tax:"));
}

Result<invoice::VoucherInput> VoucherDialog::voucher()
{
    m_error->hide();
    QJsonObject object{{u"type"_s, m_type->currentData().toString()},         {u"number"_s, m_number->text()},
                       {u"date"_s, m_date->date().toString(u"yyyy-MM-dd"_s)}, {u"seller"_s, m_seller->text()},
                       {u"seller_credit_code"_s, m_sellerCode->text()},       {u"amount"_s, m_amount->text().trimmed()},
                       {u"mode"_s, m_mode->currentData().toString()},         {u"deep_processing"_s, m_deep->isChecked()}};
    if (m_tax->isVisible())
        object.insert(u"tax"_s, m_tax->text().trimmed());
    auto input = invoice::VoucherInput::fromJson(object);
    if (!input)
        showError(input.error());
    return input;
}

void VoucherDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    static const QHash<QString, QString> fields{{u"number"_s, u"voucherNumber"_s}, {u"amount"_s, u"voucherAmount"_s},
                                                {u"tax"_s, u"voucherTax"_s},       {u"seller"_s, u"voucherSeller"_s},
                                                {u"date"_s, u"voucherDate"_s},     {u"mode"_s, u"voucherMode"_s}};
    if (auto *widget = findChild<QWidget *>(fields.value(error.field)))
        widget->setFocus();
}

ReceivedInvoicesPage::ReceivedInvoicesPage(QWidget *parent)
    : ToolPage(parent)
    , m_scanLabel(new QLabel)
    , m_scan(new QLineEdit)
    , m_import(new QPushButton)
    , m_importFolder(new QPushButton)
    , m_confirm(new QPushButton)
    , m_addVoucher(new QPushButton)
    , m_export(new QPushButton)
    , m_monthLabel(new QLabel)
    , m_month(new QLineEdit)
    , m_useLabel(new QLabel)
    , m_use(new QComboBox)
    , m_table(new QTableWidget(0, 9))
    , m_totals(new QLabel)
    , m_error(errorLabel(this, u"receivedError"_s))
    , m_notice(new QLabel)
{
    // A barcode gun types the QR payload and Enter into the focused field: this one.
    m_scan->setObjectName(u"scanPayload"_s);
    m_scanLabel->setBuddy(m_scan);
    setFocusProxy(m_scan);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanLabel);
    scanRow->addWidget(m_scan, 1);
    contentLayout()->addLayout(scanRow);
    auto *buttons = new QHBoxLayout;
    m_import->setObjectName(u"importReceived"_s);
    m_importFolder->setObjectName(u"importReceivedFolder"_s);
    m_confirm->setObjectName(u"confirmUse"_s);
    m_addVoucher->setObjectName(u"addVoucher"_s);
    m_export->setObjectName(u"exportReceived"_s);
    for (QPushButton *button : {m_import, m_importFolder, m_addVoucher, m_confirm, m_export})
        buttons->addWidget(button);
    buttons->addStretch();
    m_month->setObjectName(u"monthFilter"_s);
    m_month->setMaximumWidth(100);
    m_monthLabel->setBuddy(m_month);
    m_use->setObjectName(u"useFilter"_s);
    m_useLabel->setBuddy(m_use);
    buttons->addWidget(m_monthLabel);
    buttons->addWidget(m_month);
    buttons->addWidget(m_useLabel);
    buttons->addWidget(m_use);
    contentLayout()->addLayout(buttons);
    m_notice->setObjectName(u"receivedNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    contentLayout()->addWidget(m_notice);
    contentLayout()->addWidget(m_error);
    m_table->setObjectName(u"receivedTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    contentLayout()->addWidget(m_table, 1);
    m_totals->setObjectName(u"receivedTotals"_s);
    contentLayout()->addWidget(m_totals);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString payload = m_scan->text();
        if (payload.trimmed().isEmpty())
            return;
        if (auto added = registerScan(payload)) {
            m_scan->clear(); // ready for the next scan
            Q_EMIT statusMessage(tr("Registered invoice %1 (¥%2, %3).")
                                     .arg(added->number, added->document.total.toString(Money::Grouping::Thousands),
                                          added->document.issueDate.toString(u"yyyy-MM-dd"_s)));
        } else {
            m_scan->selectAll();
        }
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *dialog = FileDialogs::create(this, tr("Choose invoice files"), QDir::homePath());
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setNameFilter(tr("Invoice files (*.xml *.ofd *.zip)"));
        if (dialog->exec() == QDialog::Accepted && !dialog->selectedFiles().isEmpty())
            importAskingForTheGoodOnes(dialog->selectedFiles());
        dialog->deleteLater();
    });
    connect(m_importFolder, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingDirectory(this, tr("Choose a folder of invoices"), QDir::homePath());
        if (!folder.isEmpty())
            importAskingForTheGoodOnes({folder});
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            confirmRow(m_table->currentRow());
    });
    connect(m_addVoucher, &QPushButton::clicked, this, &ReceivedInvoicesPage::addVoucher);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { confirmRow(row); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialogs::saveFileName(this, tr("Export the received invoices"), QDir::home().filePath(u"进项发票.xlsx"_s),
                                        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto written = invoice::ReceivedInvoices::exportTo(m_rows, path); !written)
            report(written.error());
        else
            Q_EMIT statusMessage(tr("Exported %1 invoices to %2.").arg(m_rows.size()).arg(QDir::toNativeSeparators(path)));
    });
    connect(m_month, &QLineEdit::editingFinished, this, &ReceivedInvoicesPage::refresh);
    connect(m_use, &QComboBox::currentIndexChanged, this, &ReceivedInvoicesPage::refresh);
    retranslateUi();
    refresh();
}

ReceivedInvoicesPage::~ReceivedInvoicesPage() = default;

void ReceivedInvoicesPage::importAskingForTheGoodOnes(const QStringList &paths)
{
    auto imported = importFiles(paths, false);
    if (!imported || imported->held == 0)
        return;
    // Some files were refused and the good ones held back: nothing half-imported unless the user says so.
    const auto answer = QMessageBox::question(
        this, tr("Import the good files?"),
        tr("%1 file(s) were refused (listed on the page). Import the other %2 now and correct the refused ones later?")
            .arg(imported->refused.size())
            .arg(imported->held),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        (void)importFiles(paths, true);
}

void ReceivedInvoicesPage::setEnterprise(auth::Session *session, const QString &enterpriseId)
{
    m_received.reset();
    m_store.reset();
    if (session && !enterpriseId.isEmpty()) {
        auto store = session->openEnterprise(enterpriseId);
        if (store) {
            m_store = std::move(*store);
            m_received = std::make_unique<invoice::ReceivedInvoices>(*m_store);
        } else {
            report(store.error());
        }
    }
    refresh();
}

Result<invoice::ImportReport> ReceivedInvoicesPage::importFiles(const QStringList &paths, bool skipBad)
{
    if (!m_received)
        return fail(u"no_enterprise"_s, tr("Choose an enterprise first."));
    auto imported = m_received->importFiles(paths, skipBad);
    if (!imported) {
        report(imported.error());
        return imported;
    }
    showImportReport(*imported);
    refresh();
    return imported;
}

Result<invoice::ReceivedInvoice> ReceivedInvoicesPage::registerScan(const QString &payload)
{
    m_error->hide();
    if (!m_received)
        return fail(u"no_enterprise"_s, tr("Choose an enterprise first."));
    auto qr = invoice::QrPayload::parse(payload);
    if (!qr) {
        report(qr.error());
        return std::unexpected(qr.error());
    }
    if (!qr->checkMatches()) {
        const Error error{
            u"qr_check_failed"_s,
            tr("The QR code's check code %1 does not match: scan it again (or the code was changed).").arg(qr->check), u"qr"_s};
        report(error);
        return std::unexpected(error);
    }
    invoice::InvoiceDocument document;
    document.source = invoice::InvoiceDocument::Source::Qr;
    document.number = qr->number;
    document.kind = qr->kind;
    document.issueDate = qr->date;
    document.total = qr->total;
    document.red = qr->total.isNegative();
    document.qrPayload = qr->text;
    auto added = m_received->add(document, u"qr"_s);
    if (!added)
        report(added.error());
    refresh();
    return added;
}

void ReceivedInvoicesPage::confirmRow(int row)
{
    if (!m_received || row < 0 || row >= m_rows.size())
        return;
    ConfirmUseDialog dialog(m_rows.at(row), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto confirmed = m_received->confirm(m_rows.at(row).number, dialog.use(), dialog.period(), dialog.reason());
        if (confirmed) {
            Q_EMIT statusMessage(tr("Invoice %1: %2.").arg(confirmed->number, useText(*confirmed)));
            refresh();
            return;
        }
        dialog.showError(confirmed.error());
    }
}

void ReceivedInvoicesPage::addVoucher()
{
    if (!m_received)
        return;
    VoucherDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        auto voucher = dialog.voucher();
        if (!voucher)
            continue;
        auto added = m_received->addVoucher(*voucher);
        if (added) {
            Q_EMIT statusMessage(tr("Registered voucher %1: deductible input tax ¥%2.")
                                     .arg(added->number, added->deductibleTax.toString(Money::Grouping::Thousands)));
            refresh();
            return;
        }
        dialog.showError(added.error());
    }
}

void ReceivedInvoicesPage::report(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
}

void ReceivedInvoicesPage::showImportReport(const invoice::ImportReport &result)
{
    QStringList lines;
    if (!result.imported.isEmpty())
        lines.append(tr("Imported %1 invoice(s).").arg(result.imported.size()));
    if (!result.duplicates.isEmpty())
        lines.append(tr("%1 already registered, skipped.").arg(result.duplicates.size()));
    if (!result.refused.isEmpty()) {
        lines.append(result.held > 0 ? tr("Nothing was imported, because these files were refused:") : tr("Refused:"));
        for (const invoice::ImportProblem &problem : result.refused)
            lines.append(u"• "_s + problem.error.message);
    }
    m_notice->setText(lines.join(u'\n'));
    m_notice->setStyleSheet(result.refused.isEmpty() ? u"color: #1b5e20;"_s : u"color: #b3261e;"_s);
    m_notice->setVisible(!lines.isEmpty());
}

void ReceivedInvoicesPage::refresh()
{
    const bool open = m_received != nullptr;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_scan, m_import, m_importFolder, m_addVoucher, m_confirm, m_export})
        widget->setEnabled(open);
    m_rows.clear();
    if (open) {
        invoice::ReceivedFilter filter;
        filter.issueMonth = m_month->text().trimmed();
        if (m_use->currentIndex() > 0)
            filter.use = static_cast<invoice::DeductionUse>(m_use->currentIndex() - 1);
        if (auto list = m_received->list(filter))
            m_rows = *list;
        else
            report(list.error());
    }
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    qint64 amount = 0;
    qint64 tax = 0;
    qint64 deductible = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const invoice::ReceivedInvoice &one = m_rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(one.number));
        m_table->setItem(r, 1, new QTableWidgetItem(one.document.issueDate.toString(u"yyyy-MM-dd"_s)));
        // A QR code gives only the number, kind, total and date: the rest is unknown, not zero.
        const bool qrOnly = one.source == u"qr";
        m_table->setItem(r, 2,
                         new QTableWidgetItem(qrOnly && one.document.seller.name.isEmpty()
                                                  ? tr("(QR code only: import its file for the details)")
                                                  : one.document.seller.name));
        m_table->setItem(r, 3, new QTableWidgetItem(typeText(one)));
        m_table->setItem(r, 4, qrOnly ? new QTableWidgetItem(u"—"_s) : figure(one.document.amount));
        m_table->setItem(r, 5, qrOnly ? new QTableWidgetItem(u"—"_s) : figure(one.document.tax));
        m_table->setItem(r, 6, figure(one.document.total));
        m_table->setItem(r, 7, new QTableWidgetItem(useText(one)));
        auto *checked = new QTableWidgetItem(one.checksPassed() ? u"✔"_s : u"✘"_s);
        QStringList messages;
        for (const invoice::VerificationCheck &check : one.checks)
            messages.append((check.passed ? u"✔ "_s : u"✘ "_s) + check.message);
        checked->setToolTip(messages.join(u'\n'));
        m_table->setItem(r, 8, checked);
        amount += one.document.amount.fen();
        tax += one.document.tax.fen();
        deductible += one.deductibleTax.fen();
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_totals->setText(tr("%1 invoice(s) · amount ¥%2 · tax ¥%3 · deductible input tax ¥%4")
                          .arg(m_rows.size())
                          .arg(Money::fromFen(amount).toString(Money::Grouping::Thousands),
                               Money::fromFen(tax).toString(Money::Grouping::Thousands),
                               Money::fromFen(deductible).toString(Money::Grouping::Thousands)));
}

void ReceivedInvoicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    ToolPage::changeEvent(event);
}

void ReceivedInvoicesPage::retranslateUi()
{
    retranslateHeading();
    m_scanLabel->setText(tr("&Scan a QR code:"));
    m_scan->setPlaceholderText(tr("point the barcode gun at the invoice's QR code, or paste its text and press Enter"));
    m_import->setText(tr("&Import files…"));
    m_importFolder->setText(tr("Import a &folder…"));
    m_confirm->setText(tr("&Confirm use…"));
    m_addVoucher->setText(tr("Other &vouchers…"));
    m_export->setText(tr("E&xport…"));
    m_monthLabel->setText(tr("&Month:"));
    m_month->setPlaceholderText(tr("YYYY-MM"));
    m_useLabel->setText(tr("&Use:"));
    const int use = std::max(0, m_use->currentIndex());
    const QSignalBlocker blocker(m_use);
    m_use->clear();
    m_use->addItems({tr("All"), tr("Not confirmed"), tr("Deducted"), tr("Not deducted")});
    m_use->setCurrentIndex(use);
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Date"), tr("Seller"), tr("Kind"), tr("Amount"), tr("Tax"), tr("Total"), tr("Use"), tr("Checked")});
}

} // namespace taxbox::ui
