#include "VerifyInvoicePage.h"

#include "invoice/OfdFile.h"
#include "invoice/PdfInvoice.h"
#include "rules/RulePack.h"
#include "session/FileDialogs.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

QString checkText(const QString &name)
{
    if (name == u"format")
        return VerifyInvoicePage::tr("File form");
    if (name == u"signature")
        return VerifyInvoicePage::tr("Issuer's signature");
    if (name == u"grant")
        return VerifyInvoicePage::tr("Number range");
    if (name == u"number")
        return VerifyInvoicePage::tr("Invoice number");
    if (name == u"arithmetic")
        return VerifyInvoicePage::tr("Amounts and tax");
    if (name == u"qr")
        return VerifyInvoicePage::tr("QR code");
    if (name == u"structure")
        return VerifyInvoicePage::tr("Structure");
    if (name == u"words")
        return VerifyInvoicePage::tr("Amount in words");
    if (name == u"red")
        return VerifyInvoicePage::tr("Red-letter reference");
    return name;
}

} // namespace

VerifyInvoicePage::VerifyInvoicePage(QWidget *parent)
    : ToolPage(parent)
    , m_serverKey(new QLineEdit)
    , m_scan(new QLineEdit)
    , m_scanLabel(new QLabel)
    , m_unchecked(new QLabel)
    , m_open(new QPushButton)
    , m_verdict(new QLabel)
    , m_summary(new QLabel)
    , m_checks(new QTableWidget(0, 3))
    , m_serverKeyLabel(new QLabel)
{
    auto *form = new QFormLayout;
    m_serverKey->setObjectName(u"serverKey"_s);
    m_serverKeyLabel->setBuddy(m_serverKey);
    // A barcode gun types the QR payload and Enter into the focused field: this one, first and focused.
    m_scan->setObjectName(u"scanPayload"_s);
    m_scanLabel->setBuddy(m_scan);
    form->addRow(m_scanLabel, m_scan);
    form->addRow(m_serverKeyLabel, m_serverKey);
    setFocusProxy(m_scan);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (!m_scan->text().trimmed().isEmpty()) {
            verifyPayload(m_scan->text());
            m_scan->selectAll(); // the next scan replaces it
        }
    });
    contentLayout()->addLayout(form);
    m_open->setObjectName(u"openInvoiceFile"_s);
    contentLayout()->addWidget(m_open, 0, Qt::AlignLeft);
    m_verdict->setObjectName(u"verdict"_s);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_verdict->setFont(big);
    contentLayout()->addWidget(m_verdict);
    m_summary->setObjectName(u"verifiedInvoice"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_summary);
    m_checks->setObjectName(u"checks"_s);
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_checks->verticalHeader()->hide();
    m_checks->setWordWrap(true);
    contentLayout()->addWidget(m_checks, 1);
    m_unchecked->setObjectName(u"notChecked"_s);
    m_unchecked->setWordWrap(true);
    m_unchecked->setStyleSheet(u"color: #8d6e00;"_s);
    m_unchecked->setOpenExternalLinks(false);
    m_unchecked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_unchecked);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Choose an invoice file"), QDir::homePath(),
                                                       tr("Invoice files (*.xml *.ofd *.pdf);;Invoice XML (*.xml);;OFD (*.ofd)"));
        if (!path.isEmpty())
            verifyFile(path);
    });
    retranslateUi();
}

invoice::Verification VerifyInvoicePage::verifyFile(const QString &path)
{
    invoice::Verification verification;
    QFile file(path);
    std::optional<QByteArray> key;
    if (!m_serverKey->text().trimmed().isEmpty())
        key = QByteArray::fromBase64(m_serverKey->text().trimmed().toLatin1());
    auto pack = rules::RulePack::inForce();
    if (!file.open(QIODevice::ReadOnly))
        verification.checks.append(
            {u"format"_s, false, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
    else if (!pack)
        verification.checks.append({u"arithmetic"_s, false, pack.error().message});
    else {
        const QByteArray bytes = invoice::readAtMost(file);
        verification = invoice::verifyAnyInvoiceFile(bytes, **pack, key);
    }
    showVerification(verification);
    return verification;
}

invoice::Verification VerifyInvoicePage::verifyPayload(const QString &payload)
{
    invoice::Verification verification;
    auto qr = invoice::QrPayload::parse(payload);
    if (!qr) {
        verification.checks.append({u"qr"_s, false, qr.error().message});
    } else {
        invoice::InvoiceDocument document;
        document.source = invoice::InvoiceDocument::Source::Qr;
        document.number = qr->number;
        document.kind = qr->kind;
        document.issueDate = qr->date;
        document.total = qr->total;
        document.qrPayload = qr->text;
        verification.document = document;
        verification.checks.append(invoice::checkQrAgainst(*qr, document));
        verification.unchecked = invoice::uncheckableOffline();
    }
    showVerification(verification);
    return verification;
}

void VerifyInvoicePage::showVerification(const invoice::Verification &verification)
{
    m_last = verification;
    const bool valid = verification.valid();
    // "Genuine" only when the issuing server is one the user trusts; a file that merely agrees with
    // itself says exactly that.
    if (!valid) {
        m_verdict->setText(tr("✘ The invoice does not hold."));
        m_verdict->setStyleSheet(u"color: #b71c1c;"_s);
    } else if (verification.issuerConfirmed) {
        m_verdict->setText(tr("✔ The invoice is genuine and unchanged."));
        m_verdict->setStyleSheet(u"color: #1b5e20;"_s);
    } else if (!verification.invoice) {
        // A supplier's file or a scanned code: all that can be checked here holds, and no more is claimed.
        m_verdict->setText(tr("✔ Everything that can be checked here holds."));
        m_verdict->setStyleSheet(u"color: #1b5e20;"_s);
    } else {
        m_verdict->setText(tr("The invoice is unchanged and consistent, but its issuer was not confirmed: give the "
                              "issuing server's key above to check it."));
        m_verdict->setStyleSheet(u"color: #8d6e00;"_s);
    }
    if (verification.document) {
        const invoice::InvoiceDocument &document = *verification.document;
        const QString kind = document.kind == invoice::InvoiceKind::Special ? tr("special VAT invoice") : tr("ordinary invoice");
        m_summary->setText(document.source == invoice::InvoiceDocument::Source::Qr
                               ? tr("No. %1 · %2 · issued %3 · total ¥%4")
                                     .arg(document.number, kind, document.issueDate.toString(u"yyyy-MM-dd"_s),
                                          document.total.toString(Money::Grouping::Thousands))
                               : tr("No. %1 · %2 · issued %3 · %4 → %5 · total ¥%6")
                                     .arg(document.number, kind, document.issueDate.toString(u"yyyy-MM-dd"_s),
                                          document.seller.name, document.buyer.name,
                                          document.total.toString(Money::Grouping::Thousands)));
    } else {
        m_summary->clear();
    }
    m_unchecked->setText(verification.unchecked.isEmpty()
                             ? QString()
                             : tr("Not checked here:") + u"\n• "_s + verification.unchecked.join(u"\n• "_s));
    m_checks->setRowCount(static_cast<int>(verification.checks.size()));
    for (int r = 0; r < verification.checks.size(); ++r) {
        const invoice::VerificationCheck &check = verification.checks.at(r);
        m_checks->setItem(r, 0, new QTableWidgetItem(check.passed ? u"✔"_s : u"✘"_s));
        m_checks->item(r, 0)->setForeground(check.passed ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
        m_checks->setItem(r, 1, new QTableWidgetItem(checkText(check.name)));
        m_checks->setItem(r, 2, new QTableWidgetItem(check.message));
    }
    m_checks->resizeRowsToContents();
}

void VerifyInvoicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_last)
            showVerification(*m_last);
    }
    ToolPage::changeEvent(event);
}

void VerifyInvoicePage::retranslateUi()
{
    retranslateHeading();
    m_serverKeyLabel->setText(tr("Trusted server &key:"));
    m_serverKey->setPlaceholderText(tr("optional: the issuing server's public key (base64)"));
    m_scanLabel->setText(tr("&Scan a QR code:"));
    m_scan->setPlaceholderText(tr("point the barcode gun at the invoice's QR code, or paste its text and press Enter"));
    m_open->setText(tr("&Open an invoice file…"));
    m_checks->setHorizontalHeaderLabels({QString(), tr("Check"), tr("Result")});
}

} // namespace taxbox::ui
