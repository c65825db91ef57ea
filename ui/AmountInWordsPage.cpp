#include "AmountInWordsPage.h"

#include "Fonts.h"

#include "money/AmountInWords.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace taxbox::ui {

AmountInWordsPage::AmountInWordsPage(QWidget *parent)
    : ToolPage(parent)
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_invoiceStyle(new QCheckBox(this))
    , m_words(new QLabel(this))
    , m_error(new QLabel(this))
    , m_copy(new QPushButton(this))
{
    m_amount->setObjectName(QStringLiteral("amountInput"));
    m_amount->setClearButtonEnabled(true);
    m_amount->setMaximumWidth(360);
    m_amountLabel->setBuddy(m_amount);
    m_invoiceStyle->setObjectName(QStringLiteral("invoiceStyle"));

    m_words->setObjectName(QStringLiteral("amountWords"));
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_words->setWordWrap(true);
    scaleFont(m_words, 1.8);
    m_words->setMinimumHeight(m_words->fontMetrics().height() * 2);

    m_error->setObjectName(QStringLiteral("amountError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_copy->setObjectName(QStringLiteral("copyWords"));
    m_copy->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(m_amountLabel, m_amount);
    form->addRow(QString(), m_invoiceStyle);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_error);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_words);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &AmountInWordsPage::recompute);
    connect(m_invoiceStyle, &QCheckBox::toggled, this, &AmountInWordsPage::recompute);
    connect(m_copy, &QPushButton::clicked, this, &AmountInWordsPage::copyWords);
    connect(m_amount, &QLineEdit::returnPressed, this, &AmountInWordsPage::copyWords);

    retranslateUi();
}

QString AmountInWordsPage::title() const
{
    return tr("Amount in words");
}

QString AmountInWordsPage::description() const
{
    return tr("Write an amount in Chinese capital numerals (大写) for vouchers, contracts and invoices.");
}

void AmountInWordsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ToolPage::changeEvent(event);
}

void AmountInWordsPage::retranslateUi()
{
    retranslateHeading();
    m_amountLabel->setText(tr("&Amount (yuan):"));
    m_amount->setPlaceholderText(tr("e.g. 107000.53"));
    m_invoiceStyle->setText(tr("&Invoice form (圆 instead of 元)"));
    m_copy->setText(tr("&Copy"));
    recompute(); // error messages come from core in the current language
}

void AmountInWordsPage::recompute()
{
    const QString text = m_amount->text();
    m_words->clear();
    m_error->hide();
    m_copy->setEnabled(false);
    if (text.trimmed().isEmpty())
        return;

    auto amount = Money::parse(text, tr("Amount"));
    Result<QString> words = amount
        ? AmountInWords::format(*amount,
                                m_invoiceStyle->isChecked() ? AmountInWords::Style::Invoice : AmountInWords::Style::Standard)
        : Result<QString>(std::unexpected(amount.error()));
    if (!words) {
        m_error->setText(words.error().message);
        m_error->show();
        return;
    }
    m_words->setText(*words);
    m_copy->setEnabled(true);
}

void AmountInWordsPage::copyWords()
{
    if (m_words->text().isEmpty())
        return;
    QApplication::clipboard()->setText(m_words->text());
    Q_EMIT statusMessage(tr("Copied: %1").arg(m_words->text()));
}

} // namespace taxbox::ui
