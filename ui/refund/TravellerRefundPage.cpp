#include "TravellerRefundPage.h"

#include "ErrorLabel.h"
#include "Fonts.h"
#include "session/FileDialogs.h"

#include "TablePdf.h"

#include "calc/Input.h"
#include "invoice/InvoiceDocument.h"
#include "rules/DepartureGuide.h"
#include "rules/RulePack.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

enum Column { DateColumn, StoreColumn, AmountColumn, RateColumn, InvoiceColumn, ColumnCount };

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

const QStringList &TravellerRefundPage::languages()
{
    return rules::DepartureGuide::languages();
}

QString TravellerRefundPage::languageName(const QString &code)
{
    static const QHash<QString, QString> names{{u"zh_CN"_s, u"简体中文"_s}, {u"zh_TW"_s, u"繁體中文"_s}, {u"en"_s, u"English"_s},
                                               {u"ja"_s, u"日本語"_s},      {u"ko"_s, u"한국어"_s},      {u"ru"_s, u"Русский"_s}};
    return names.value(code);
}

TravellerRefundPage::TravellerRefundPage(QWidget *parent)
    : ToolPage(parent)
    , m_intro(new QLabel(this))
    , m_entryLabel(new QLabel(this))
    , m_entry(new QLineEdit(this))
    , m_departureLabel(new QLabel(this))
    , m_departure(new QLineEdit(this))
    , m_documentLabel(new QLabel(this))
    , m_document(new QComboBox(this))
    , m_instant(new QCheckBox(this))
    , m_scanLabel(new QLabel(this))
    , m_scan(new QLineEdit(this))
    , m_purchases(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_error(errorLabel(this, u"travellerError"_s))
    , m_net(new QLabel(this))
    , m_money(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(u"travellerRefundPage"_s);
    auto *languageBar = new QHBoxLayout;
    for (const QString &code : languages()) {
        auto *button = new QPushButton(languageName(code), this);
        button->setObjectName(u"language_"_s + code);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        connect(button, &QPushButton::clicked, this, [this, code] { setLanguage(code); });
        languageBar->addWidget(button);
        m_languageButtons.append(button);
    }
    languageBar->addStretch(1);
    contentLayout()->addLayout(languageBar);
    m_intro->setWordWrap(true);
    contentLayout()->addWidget(m_intro);

    m_entry->setObjectName(u"entryDate"_s);
    m_departure->setObjectName(u"departureDate"_s);
    m_document->setObjectName(u"document"_s);
    m_instant->setObjectName(u"instant"_s);
    m_scan->setObjectName(u"scan"_s);
    m_purchases->setObjectName(u"purchases"_s);
    m_net->setObjectName(u"net"_s);
    m_money->setObjectName(u"money"_s);
    m_details->setObjectName(u"details"_s);
    m_print->setObjectName(u"printSummary"_s);
    m_clear->setObjectName(u"newTraveller"_s);
    m_add->setObjectName(u"addPurchase"_s);
    auto *form = new QFormLayout;
    form->addRow(m_entryLabel, m_entry);
    form->addRow(m_departureLabel, m_departure);
    form->addRow(m_documentLabel, m_document);
    form->addRow(QString(), m_instant);
    form->addRow(m_scanLabel, m_scan);
    contentLayout()->addLayout(form);
    for (int i = 0; i < 4; ++i)
        m_document->addItem(QString());
    m_purchases->horizontalHeader()->setSectionResizeMode(StoreColumn, QHeaderView::Stretch);
    m_purchases->verticalHeader()->hide();
    m_purchases->setMinimumHeight(90); // the main window's smallest size is its largest page's
    contentLayout()->addWidget(m_purchases, 2);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_print);
    rowButtons->addWidget(m_clear);
    contentLayout()->addLayout(rowButtons);
    contentLayout()->addWidget(m_error);
    scaleFont(m_net, 1.8, Weight::Bold);
    m_net->setWordWrap(true);
    m_money->setWordWrap(true);
    contentLayout()->addWidget(m_net);
    contentLayout()->addWidget(m_money);
    m_details->setMinimumHeight(60);
    contentLayout()->addWidget(m_details, 3);

    connect(m_entry, &QLineEdit::textChanged, this, &TravellerRefundPage::recompute);
    connect(m_departure, &QLineEdit::textChanged, this, &TravellerRefundPage::recompute);
    m_purchases->setColumnWidth(DateColumn, 150);
    m_purchases->setColumnWidth(AmountColumn, 130);
    m_purchases->setColumnWidth(RateColumn, 150);
    m_purchases->setColumnWidth(InvoiceColumn, 220);
    connect(m_document, &QComboBox::currentIndexChanged, this, &TravellerRefundPage::recompute);
    connect(m_instant, &QCheckBox::toggled, this, &TravellerRefundPage::recompute);
    connect(m_purchases, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        recompute();
        if (m_returnToScan && item->column() == StoreColumn) {
            m_returnToScan = false;
            m_scan->setFocus();
        }
    });
    connect(m_add, &QPushButton::clicked, this, &TravellerRefundPage::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TravellerRefundPage::removeRow);
    connect(m_clear, &QPushButton::clicked, this, &TravellerRefundPage::clear);
    connect(m_print, &QPushButton::clicked, this, &TravellerRefundPage::printSummary);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (addFromQr(m_scan->text()))
            m_scan->clear();
    });

    // The traveller's language: the system's when it is one of the six, else English.
    const QString system = QLocale::system().name();
    QString initial = u"en"_s;
    for (const QString &code : languages()) {
        if (system == code || (code.size() == 2 && system.startsWith(code)))
            initial = code;
    }
    if (system.startsWith(u"zh_HK"_s) || system.startsWith(u"zh_MO"_s))
        initial = u"zh_TW"_s;
    m_language = initial;
    retranslate();
    addRow();
    recompute();
}

TravellerRefundPage::~TravellerRefundPage()
{
    removeTranslator();
}

QString TravellerRefundPage::title() const
{
    return tr("Departure tax refund for overseas travellers");
}

QString TravellerRefundPage::description() const
{
    return tr("离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.");
}

bool TravellerRefundPage::setLanguage(const QString &code)
{
    if (!languages().contains(code))
        return false;
    removeTranslator();
    m_language = code;
    if (isVisible())
        installTranslator();
    else
        retranslate();
    return true;
}

void TravellerRefundPage::installTranslator()
{
    removeTranslator();
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/traveller_%1.qm"_s.arg(m_language)))
        return;
    m_translator = std::move(translator);
    m_translatorInstalled = QCoreApplication::installTranslator(m_translator.get());
}

void TravellerRefundPage::removeTranslator()
{
    if (m_translator && m_translatorInstalled)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translatorInstalled = false;
    m_translator.reset();
}

void TravellerRefundPage::showEvent(QShowEvent *event)
{
    ToolPage::showEvent(event);
    installTranslator();
    retranslate();
}

void TravellerRefundPage::hideEvent(QHideEvent *event)
{
    ToolPage::hideEvent(event);
    removeTranslator();
}

void TravellerRefundPage::setKioskMode(bool kiosk)
{
    if (m_kiosk == kiosk)
        return;
    m_kiosk = kiosk;
    scaleFont(this, kiosk ? 1.5 : 1 / 1.5); // large type for people standing at a screen
    m_error->setFont(font()); // a style sheet keeps the label from inheriting it
}

void TravellerRefundPage::clear()
{
    m_entry->clear();
    m_departure->clear();
    m_document->setCurrentIndex(0);
    m_instant->setChecked(false);
    m_scan->clear();
    m_purchases->setRowCount(0);
    m_answer.reset();
    m_claim.reset();
    m_details->clear();
    addRow();
    recompute();
}

void TravellerRefundPage::addRow()
{
    const QSignalBlocker blocker(m_purchases);
    const int row = m_purchases->rowCount();
    m_purchases->insertRow(row);
    auto *date = new QDateEdit(QDate::currentDate(), m_purchases);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    connect(date, &QDateEdit::dateChanged, this, &TravellerRefundPage::recompute);
    m_purchases->setCellWidget(row, DateColumn, date);
    // A second purchase is usually at the same store.
    const QTableWidgetItem *previous = row > 0 ? m_purchases->item(row - 1, StoreColumn) : nullptr;
    m_purchases->setItem(row, StoreColumn, new QTableWidgetItem(previous ? previous->text() : QString()));
    auto *amount = new QTableWidgetItem;
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_purchases->setItem(row, AmountColumn, amount);
    auto *rate = new QComboBox(m_purchases);
    rate->addItem(u"13%"_s, u"0.13"_s);
    rate->addItem(u"9%"_s, u"0.09"_s);
    rate->addItem(tr("other / tax-free"), u"0"_s);
    connect(rate, &QComboBox::currentIndexChanged, this, &TravellerRefundPage::recompute);
    m_purchases->setCellWidget(row, RateColumn, rate);
    auto *invoice = new QTableWidgetItem;
    invoice->setFlags(invoice->flags() & ~Qt::ItemIsEditable);
    m_purchases->setItem(row, InvoiceColumn, invoice);
    m_purchases->setCurrentCell(row, StoreColumn);
    m_remove->setEnabled(m_purchases->rowCount() > 1);
}

void TravellerRefundPage::removeRow()
{
    const int row = m_purchases->currentRow();
    if (row < 0 || m_purchases->rowCount() <= 1)
        return;
    m_purchases->removeRow(row);
    m_remove->setEnabled(m_purchases->rowCount() > 1);
    recompute();
}

bool TravellerRefundPage::addFromQr(const QString &payload)
{
    auto qr = invoice::QrPayload::parse(payload);
    if (!qr || !qr->date.isValid()) {
        m_error->setText(tr("This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead."));
        m_error->show();
        return false;
    }
    // Fill the last row when it is still empty, else a new one.
    int row = m_purchases->rowCount() - 1;
    const QTableWidgetItem *amount = row >= 0 ? m_purchases->item(row, AmountColumn) : nullptr;
    if (row < 0 || (amount && !amount->text().trimmed().isEmpty())) {
        addRow();
        row = m_purchases->rowCount() - 1;
    }
    {
        const QSignalBlocker blocker(m_purchases);
        qobject_cast<QDateEdit *>(m_purchases->cellWidget(row, DateColumn))->setDate(qr->date);
        m_purchases->item(row, AmountColumn)->setText(qr->total.toString());
        m_purchases->item(row, InvoiceColumn)->setText(qr->number);
    }
    recompute();
    // The store is what the QR code does not say: ask for it, then back to the scanner for the next invoice.
    m_purchases->setCurrentCell(row, StoreColumn);
    m_purchases->setFocus();
    m_purchases->editItem(m_purchases->item(row, StoreColumn));
    m_returnToScan = true;
    return true;
}

QJsonObject TravellerRefundPage::request() const
{
    QJsonObject object;
    // "20261120" as typed on a kiosk's number pad is 2026-11-20.
    const auto date = [](const QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        static const QRegularExpression digits(u"^\\d{8}$"_s);
        return digits.match(text).hasMatch() ? text.left(4) + u'-' + text.mid(4, 2) + u'-' + text.right(2) : text;
    };
    if (!m_entry->text().trimmed().isEmpty())
        object.insert(u"entry_date"_s, date(m_entry));
    if (!m_departure->text().trimmed().isEmpty())
        object.insert(u"departure_date"_s, date(m_departure));
    static const QStringList documents{u"foreign_passport"_s, u"hkmo_permit"_s, u"tw_permit"_s, u"prc_passport"_s};
    object.insert(u"id_type"_s, documents.value(m_document->currentIndex(), documents.constFirst()));
    object.insert(u"instant"_s, m_instant->isChecked());
    QJsonArray purchases;
    for (int row = 0; row < m_purchases->rowCount(); ++row) {
        const QString amount = m_purchases->item(row, AmountColumn)->text().trimmed();
        const QString store = m_purchases->item(row, StoreColumn)->text().trimmed();
        if (amount.isEmpty() && store.isEmpty())
            continue; // an empty row is not a purchase
        purchases.append(QJsonObject{
            {u"date"_s, qobject_cast<QDateEdit *>(m_purchases->cellWidget(row, DateColumn))->date().toString(Qt::ISODate)},
            {u"store"_s, store},
            {u"amount"_s, amount},
            {u"rate"_s, qobject_cast<QComboBox *>(m_purchases->cellWidget(row, RateColumn))->currentData().toString()}});
    }
    object.insert(u"purchases"_s, purchases);
    return object;
}

void TravellerRefundPage::recompute()
{
    m_answer.reset();
    m_claim.reset();
    m_print->setEnabled(false);
    const QJsonObject input = request();
    const auto showMessage = [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
        m_net->clear();
        m_money->clear();
        m_details->clear();
    };
    if (input.value(u"purchases"_s).toArray().isEmpty()) {
        showMessage(QString());
        m_net->setText(tr("Enter your purchases: the date, the store, the price on the invoice and the VAT rate."));
        return;
    }
    auto pack = rules::RulePack::inForce(u"cn-refund"_s);
    if (!pack) {
        showMessage(pack.error().message);
        return;
    }
    auto claim = refund::DepartureRefund::read(input);
    if (!claim) {
        showMessage(claim.error().message);
        return;
    }
    claim->language = m_language; // the guide texts a refund pack brings, in the traveller's language
    auto answer = refund::DepartureRefund::compute(*claim, **pack);
    if (!answer) {
        showMessage(answer.error().message);
        return;
    }
    m_error->hide();
    m_claim = *claim;
    m_answer = *answer;
    m_print->setEnabled(true);
    const refund::DepartureAnswer &a = *m_answer;
    if (a.eligible)
        m_net->setText(tr("You can expect about ¥%1 back.").arg(calc::moneyText(a.net)));
    else
        m_net->setText(tr("These purchases are not refundable."));
    QString money = tr("Refund %1 − agency fee %2 = %3 yuan.")
                        .arg(calc::moneyText(a.gross), calc::moneyText(a.fee), calc::moneyText(a.net));
    if (a.eligible)
        money += u' ' + (a.cashAllowed ? tr("Cash or bank transfer, as you choose.") : tr("Paid by bank transfer only."));
    if (a.leaveBy.isValid())
        money += u' ' + tr("With refund at purchase, leave China by %1.").arg(a.leaveBy.toString(Qt::ISODate));
    m_money->setText(money);

    QString body;
    body += u"<h3>%1</h3><ul>"_s.arg(html(tr("Store by store, day by day")));
    for (const refund::StoreDay &group : a.groups) {
        body += u"<li>%1 %2, %3: %4"_s.arg(group.eligible ? u"✔"_s : u"✘"_s, html(group.store), group.date.toString(Qt::ISODate),
                                           calc::moneyText(group.amount));
        for (const refund::Reason &reason : group.reasons)
            body += u"<br/><i>%1</i>"_s.arg(html(reason.message));
        body += u"</li>"_s;
    }
    body += u"</ul>"_s;
    // The reasons not already shown under their store's day: the claim's and the purchases'.
    QList<refund::Reason> other;
    for (const refund::Reason &reason : a.reasons) {
        const bool inGroup = std::any_of(a.groups.cbegin(), a.groups.cend(), [&reason](const refund::StoreDay &group) {
            return std::any_of(group.reasons.cbegin(), group.reasons.cend(),
                               [&reason](const refund::Reason &r) { return r.message == reason.message; });
        });
        if (!inGroup)
            other.append(reason);
    }
    body += guideHtml(other, u"<p><i>%1</i></p>"_s);
    m_details->setHtml(body);
}

QString TravellerRefundPage::guideHtml(const QList<refund::Reason> &reasons, const QString &noteFormat) const
{
    QString body;
    if (!reasons.isEmpty()) {
        body += u"<h3>%1</h3><ul>"_s.arg(html(tr("Why not")));
        for (const refund::Reason &reason : reasons)
            body += u"<li>%1</li>"_s.arg(html(reason.message));
        body += u"</ul>"_s;
    }
    // The documents, the steps and the notices: the refund rules in force may reword or add to them (updated through
    // the square without a new release).
    auto pack = rules::RulePack::inForce(u"cn-refund"_s);
    if (pack) {
        body += u"<h3>%1</h3><ul>"_s.arg(html(tr("Documents to carry")));
        for (const QString &document : refund::DepartureRefund::documents(*m_claim, **pack))
            body += u"<li>%1</li>"_s.arg(html(document));
        body += u"</ul>"_s;
    }
    body += u"<h3>%1</h3><ol>"_s.arg(html(tr("Steps")));
    for (const QString &step : m_answer->steps)
        body += u"<li>%1</li>"_s.arg(html(step));
    body += u"</ol>"_s;
    if (pack) {
        const QStringList notices = refund::DepartureRefund::guideNotices(**pack, m_claim->departureDate, m_language);
        if (!notices.isEmpty()) {
            body += u"<h3>%1</h3><ul>"_s.arg(html(tr("Notices")));
            for (const QString &notice : notices)
                body += u"<li>%1</li>"_s.arg(html(notice));
            body += u"</ul>"_s;
        }
    }
    body
        += noteFormat.arg(html(tr("Guidance only: the refund agency's calculation governs. Rules: %1.").arg(m_answer->rulePack)));
    return body;
}

void TravellerRefundPage::printSummary()
{
    const QString path
        = FileDialogs::saveFileName(this, tr("Save the summary"), u"departure-refund.pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!writeSummaryPdf(path)) {
        m_error->setText(tr("The summary could not be written to %1.").arg(path));
        m_error->show();
    }
}

bool TravellerRefundPage::writeSummaryPdf(const QString &path)
{
    if (!m_answer || !m_claim)
        return false;
    const refund::DepartureAnswer &a = *m_answer;
    const auto term = [](const QString &translated, const QString &code) {
        return u"%1 <span style=\"color:#555\">（%2）</span>"_s.arg(translated.toHtmlEscaped(),
                                                                    refund::DepartureRefund::chineseTerm(code));
    };
    QString body = u"<h2>%1</h2>"_s.arg(term(tr("Departure tax refund: my summary"), u"title"_s));
    body += u"<p>%1: %2 · %3: %4</p>"_s.arg(
        html(refund::DepartureRefund::labels().value(u"entry_date"_s)), m_claim->entryDate.toString(Qt::ISODate),
        html(refund::DepartureRefund::labels().value(u"departure_date"_s)), m_claim->departureDate.toString(Qt::ISODate));
    body += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th>"
            u"<th>%4</th><th>%5</th></tr>"_s.arg(term(refund::DepartureRefund::labels().value(u"store"_s), u"store"_s),
                                                 html(refund::DepartureRefund::labels().value(u"date"_s)),
                                                 html(refund::DepartureRefund::labels().value(u"amount"_s)),
                                                 html(refund::DepartureRefund::labels().value(u"rate"_s)),
                                                 term(tr("Refund"), u"gross"_s));
    for (const refund::PurchaseResult &purchase : a.purchases)
        body
            += u"<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td></tr>"_s
                   .arg(html(purchase.purchase.store), purchase.purchase.date.toString(Qt::ISODate),
                        calc::moneyText(purchase.purchase.amount), calc::percentText(purchase.purchase.vatRate),
                        purchase.eligible ? calc::moneyText(purchase.refund) : u"✘"_s);
    body += u"</table>"_s;
    body += u"<p>%1: %2<br/>%3: %4<br/><b>%5: %6</b><br/>%7</p>"_s.arg(
        term(tr("Refund"), u"gross"_s), calc::moneyText(a.gross), term(tr("Agency fee"), u"fee"_s), calc::moneyText(a.fee),
        term(tr("Net refund"), u"net"_s), calc::moneyText(a.net),
        a.cashAllowed ? term(tr("Cash or bank transfer, as you choose."), u"cash"_s)
                      : term(tr("Paid by bank transfer only."), u"transfer"_s));
    if (a.leaveBy.isValid())
        body += u"<p><b>%1: %2</b></p>"_s.arg(term(tr("Leave China by"), u"leave_by"_s), a.leaveBy.toString(Qt::ISODate));
    body += guideHtml(a.reasons, u"<p style=\"font-size:small\">%1</p>"_s);

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Departure tax refund: my summary") + u" / 离境退税"_s);
    writer.setCreator(u"Taxbox"_s);
    QTextDocument document;
    document.setDefaultFont(print::pdfFont(9));
    document.setHtml(body);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    document.setPageSize(page.size() / (writer.resolution() / 72.0)); // points
    // One page: shrink to fit when a long list would spill over.
    const qreal scale = writer.resolution() / 72.0;
    const qreal fit = std::min<qreal>(1.0, page.height() / (document.size().height() * scale));
    painter.scale(scale * fit, scale * fit);
    if (fit < 1.0)
        document.setPageSize(document.pageSize() / fit);
    document.drawContents(&painter);
    return painter.end();
}

void TravellerRefundPage::changeEvent(QEvent *event)
{
    if (event && event->type() == QEvent::LanguageChange)
        retranslate();
    ToolPage::changeEvent(event);
}

void TravellerRefundPage::retranslate()
{
    retranslateHeading();
    for (qsizetype i = 0; i < m_languageButtons.size(); ++i)
        m_languageButtons.at(i)->setChecked(languages().at(i) == m_language);
    m_intro->setText(tr("For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, "
                        "and what to do at the store, at customs and at the refund counter. Nothing you enter is kept."));
    const QHash<QString, QString> labels = refund::DepartureRefund::labels();
    m_entryLabel->setText(labels.value(u"entry_date"_s) + u':');
    m_entry->setPlaceholderText(tr("year-month-day, e.g. %1").arg(QDate::currentDate().addDays(-7).toString(Qt::ISODate)));
    m_departure->setPlaceholderText(tr("year-month-day, e.g. %1").arg(QDate::currentDate().addDays(3).toString(Qt::ISODate)));
    m_departureLabel->setText(labels.value(u"departure_date"_s) + u':');
    m_documentLabel->setText(labels.value(u"id_type"_s) + u':');
    m_document->setItemText(0, tr("Foreign passport"));
    m_document->setItemText(1, tr("Hong Kong / Macao permit (港澳居民来往内地通行证)"));
    m_document->setItemText(2, tr("Taiwan permit (台湾居民来往大陆通行证)"));
    m_document->setItemText(3, tr("Passport of the People's Republic of China"));
    m_instant->setText(tr("Refund at purchase (即买即退): I take the refund at the store against my credit card"));
    m_scanLabel->setText(tr("Scan an invoice QR code:"));
    m_scan->setPlaceholderText(tr("point the scanner at the invoice's QR code, or type its text"));
    m_purchases->setHorizontalHeaderLabels({labels.value(u"date"_s), labels.value(u"store"_s), labels.value(u"amount"_s),
                                            labels.value(u"rate"_s), tr("Invoice number")});
    for (int row = 0; row < m_purchases->rowCount(); ++row) {
        if (auto *rate = qobject_cast<QComboBox *>(m_purchases->cellWidget(row, RateColumn)))
            rate->setItemText(2, tr("other / tax-free"));
    }
    m_add->setText(tr("Add a purchase"));
    m_remove->setText(tr("Remove the purchase"));
    m_print->setText(tr("Print summary (PDF)…"));
    m_clear->setText(tr("New traveller"));
    recompute();
}

} // namespace taxbox::ui
