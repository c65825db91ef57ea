#pragma once

#include "ToolPage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace taxbox::ui {

/// 证件号码校验: checks a credit code, resident identity number or e-invoice number as it is typed.
class IdentifierCheckPage : public ToolPage
{
    Q_OBJECT
public:
    explicit IdentifierCheckPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QChar glyph() const override { return u'证'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x1E, 0x5E, 0xA8); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void recheck();

    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_verdict;
    QWidget *m_detailsBox;
    QFormLayout *m_details;
};

} // namespace taxbox::ui
