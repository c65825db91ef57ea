#include "IdentifierCheckPage.h"

#include "Fonts.h"

#include "ids/IdentifierCheck.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace taxbox::ui {

IdentifierCheckPage::IdentifierCheckPage(QWidget *parent)
    : ToolPage(parent)
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_verdict(new QLabel(this))
    , m_detailsBox(new QWidget(this))
    , m_details(new QFormLayout(m_detailsBox))
{
    m_code->setObjectName(QStringLiteral("codeInput"));
    m_code->setClearButtonEnabled(true);
    m_code->setMaximumWidth(420);
    QFont mono = m_code->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Consolas"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_code->setFont(mono);
    m_codeLabel->setBuddy(m_code);
    m_kind->setObjectName(QStringLiteral("codeKind"));
    m_kindLabel->setBuddy(m_kind);
    // Item data: empty for "recognise", otherwise the IdentifierType code.
    m_kind->addItem(QString(), QString());
    for (const auto type :
         {IdentifierType::UnifiedSocialCreditCode, IdentifierType::ResidentIdNumber, IdentifierType::InvoiceNumber})
        m_kind->addItem(QString(), identifierTypeCode(type));

    m_verdict->setObjectName(QStringLiteral("codeVerdict"));
    m_verdict->setWordWrap(true);
    scaleFont(m_verdict, 1.2);
    m_detailsBox->setObjectName(QStringLiteral("codeDetails"));
    m_details->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_kindLabel, m_kind);
    contentLayout()->addLayout(form);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_verdict);
    contentLayout()->addWidget(m_detailsBox);

    connect(m_code, &QLineEdit::textChanged, this, &IdentifierCheckPage::recheck);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IdentifierCheckPage::recheck);
    retranslateUi();
}

QString IdentifierCheckPage::title() const
{
    return tr("Identifier check");
}

QString IdentifierCheckPage::description() const
{
    return tr("Check a unified social credit code, resident identity number or e-invoice number, and see what it says.");
}

void IdentifierCheckPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ToolPage::changeEvent(event);
}

void IdentifierCheckPage::retranslateUi()
{
    retranslateHeading();
    m_codeLabel->setText(tr("&Code:"));
    m_code->setPlaceholderText(tr("e.g. 91350100M000100Y43"));
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setItemText(0, tr("Recognise automatically"));
    m_kind->setItemText(1, tr("Unified social credit code"));
    m_kind->setItemText(2, tr("Resident identity number"));
    m_kind->setItemText(3, tr("E-invoice number (数电票)"));
    recheck();
}

void IdentifierCheckPage::recheck()
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    m_detailsBox->hide();
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_verdict->clear();
        return;
    }

    const QString kindCode = m_kind->currentData().toString();
    const auto kind = kindCode.isEmpty() ? std::nullopt : parseIdentifierType(kindCode);
    const IdentifierCheckResult result = IdentifierCheck::check(code, QDate::currentDate(), kind);
    const QString kindName = m_kind->itemText(m_kind->findData(identifierTypeCode(result.type)));
    if (!result.isValid()) {
        m_verdict->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_verdict->setText(tr("✗ Not a valid %1: %2").arg(kindName.toLower(), result.error->message));
        return;
    }
    m_verdict->setStyleSheet(QStringLiteral("color: #1b6e20;"));
    m_verdict->setText(tr("✓ Valid %1").arg(kindName.toLower()));
    for (const auto &detail : result.details) {
        auto *value = new QLabel(detail.displayValue, m_detailsBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("detail_") + detail.key);
        m_details->addRow(tr("%1:").arg(detail.label), value);
    }
    m_detailsBox->show();
}

} // namespace taxbox::ui
