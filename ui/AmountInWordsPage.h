#pragma once

#include "ToolPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace taxbox::ui {

/// 金额大写: converts an amount to Chinese capital numerals as the user types.
class AmountInWordsPage : public ToolPage
{
    Q_OBJECT
public:
    explicit AmountInWordsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QChar glyph() const override { return u'¥'; }
    [[nodiscard]] QColor accent() const override { return QColor(0xC6, 0x28, 0x28); }

Q_SIGNALS:
    /// Emitted with a short confirmation for the status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void recompute();
    void copyWords();

    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QCheckBox *m_invoiceStyle;
    QLabel *m_words;
    QLabel *m_error;
    QPushButton *m_copy;
};

} // namespace taxbox::ui
