#include "EnterpriseForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {
const QString kErrorStyle = u"border: 1px solid #b3261e;"_s;
} // namespace

EnterpriseForm::EnterpriseForm(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_error(new QLabel(this))
{
    m_kind->setObjectName(u"field_taxpayer_kind"_s);
    m_kind->addItem(taxpayerKindName(TaxpayerKind::SmallScale), taxpayerKindCode(TaxpayerKind::SmallScale));
    m_kind->addItem(taxpayerKindName(TaxpayerKind::General), taxpayerKindCode(TaxpayerKind::General));
    m_fields.insert(u"taxpayer_kind"_s, m_kind);

    auto *layout = new QFormLayout;
    layout->addRow(tr("Taxpayer &name:"), addLine(u"name"_s));
    layout->addRow(tr("Unified social &credit code:"), addLine(u"credit_code"_s));
    layout->addRow(tr("Taxpayer &kind:"), m_kind);
    layout->addRow(tr("&Region code:"), addLine(u"region"_s));
    layout->addRow(tr("&Address:"), addLine(u"address"_s));
    layout->addRow(tr("&Phone:"), addLine(u"phone"_s));
    layout->addRow(tr("&Bank:"), addLine(u"bank"_s));
    layout->addRow(tr("Bank acco&unt:"), addLine(u"bank_account"_s));
    layout->addRow(tr("&Tax office:"), addLine(u"tax_office"_s));
    qobject_cast<QLineEdit *>(m_fields.value(u"credit_code"_s))->setPlaceholderText(u"91350100M000100Y43"_s);
    qobject_cast<QLineEdit *>(m_fields.value(u"region"_s))->setPlaceholderText(tr("six digits, e.g. 350100"));
    qobject_cast<QLineEdit *>(m_fields.value(u"region"_s))->setMaxLength(6);

    m_error->setObjectName(u"enterpriseError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(layout);
    outer->addWidget(m_error);
}

QLineEdit *EnterpriseForm::addLine(const QString &field)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(u"field_"_s + field);
    line->setMinimumWidth(320);
    m_fields.insert(field, line);
    // Fixing the field clears its mark and the message about it: no stale error stays on screen.
    connect(line, &QLineEdit::textEdited, this, [this, line] {
        line->setStyleSheet({});
        if (m_errorField == line)
            m_error->hide();
    });
    return line;
}

EnterpriseProfile EnterpriseForm::profile() const
{
    auto text = [this](const QString &field) { return qobject_cast<QLineEdit *>(m_fields.value(field))->text(); };
    EnterpriseProfile profile;
    profile.name = text(u"name"_s);
    profile.creditCode = text(u"credit_code"_s);
    profile.taxpayerKind = parseTaxpayerKind(m_kind->currentData().toString()).value_or(TaxpayerKind::SmallScale);
    profile.region = text(u"region"_s);
    profile.address = text(u"address"_s);
    profile.phone = text(u"phone"_s);
    profile.bank = text(u"bank"_s);
    profile.bankAccount = text(u"bank_account"_s);
    profile.taxOffice = text(u"tax_office"_s);
    return profile;
}

void EnterpriseForm::setProfile(const EnterpriseProfile &profile)
{
    auto set = [this](const QString &field, const QString &value) {
        qobject_cast<QLineEdit *>(m_fields.value(field))->setText(value);
    };
    set(u"name"_s, profile.name);
    set(u"credit_code"_s, profile.creditCode);
    m_kind->setCurrentIndex(m_kind->findData(taxpayerKindCode(profile.taxpayerKind)));
    set(u"region"_s, profile.region);
    set(u"address"_s, profile.address);
    set(u"phone"_s, profile.phone);
    set(u"bank"_s, profile.bank);
    set(u"bank_account"_s, profile.bankAccount);
    set(u"tax_office"_s, profile.taxOffice);
    clearError();
}

void EnterpriseForm::showError(const Error &error)
{
    m_errorField = qobject_cast<QLineEdit *>(m_fields.value(error.field));
    clearError();
    m_error->setText(error.message);
    m_error->setVisible(!error.message.isEmpty());
    if (QWidget *field = m_fields.value(error.field)) {
        field->setStyleSheet(kErrorStyle);
        field->setFocus();
    }
}

void EnterpriseForm::clearError()
{
    m_error->clear();
    m_error->hide();
    for (QWidget *field : std::as_const(m_fields))
        field->setStyleSheet({});
}

void EnterpriseForm::focusFirstField()
{
    m_fields.value(u"name"_s)->setFocus(Qt::OtherFocusReason);
}

Result<EnterpriseProfile> EnterpriseForm::validatedProfile()
{
    auto validated = profile().validated();
    if (!validated)
        showError(validated.error());
    return validated;
}

EnterpriseDialog::EnterpriseDialog(const QString &title, const EnterpriseProfile &initial, Save save, QWidget *parent)
    : QDialog(parent)
    , m_form(new EnterpriseForm(this))
    , m_save(std::move(save))
{
    setObjectName(u"enterpriseDialog"_s);
    setWindowTitle(title);
    m_form->setProfile(initial);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveEnterprise"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnterpriseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnterpriseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    m_form->focusFirstField();
}

void EnterpriseDialog::accept()
{
    auto profile = m_form->validatedProfile();
    if (!profile)
        return;
    if (auto saved = m_save(*profile); !saved) {
        m_form->showError(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace taxbox::ui
