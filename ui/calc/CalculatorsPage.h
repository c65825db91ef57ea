#pragma once

#include "ToolPage.h"

#include "calc/Calculators.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace taxbox::ui {

/// 税款计算器: one form per calculator of core/calc, generated from its fields; results as you type,
/// the explanation step by step, warnings (e.g. the year-end bonus dead zones), copy as text and export
/// to PDF. The arithmetic is core's; this page only reads the form and shows the answer.
class CalculatorsPage : public ToolPage
{
    Q_OBJECT
public:
    explicit CalculatorsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override { return tr("Tax calculators"); }
    [[nodiscard]] QString description() const override
    {
        return tr(
            "Wages, remuneration, bonus and annual IIT, VAT, surtaxes, CIT, stamp duty and refunds, with the rules in force "
            "for the date.");
    }
    [[nodiscard]] QChar glyph() const override { return u'税'; }
    [[nodiscard]] QColor accent() const override { return QColor(0xB2, 0x6A, 0x00); }

    /// Shows the calculator named like the CLI ("iit-bonus").
    void showCalculator(const QString &name);
    /// The request the form describes, as the CLI would read it.
    [[nodiscard]] QJsonObject request() const;
    /// The result as plain text (what "Copy" puts on the clipboard).
    [[nodiscard]] QString resultText() const;
    /// Writes the inputs, results and explanation as a PDF; false with `error` set on failure.
    bool exportPdf(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Form
    {
        const calc::Calculator *calculator = nullptr;
        QWidget *page = nullptr;
        QHash<QString, QWidget *> inputs; ///< by JSON key
        QTableWidget *months = nullptr; ///< iit-wages only
    };

    void buildForms();
    void recompute();
    void showOutcome(const calc::Outcome &outcome);
    void showError(const Error &error);
    void copyResult();
    void exportPdfInteractive();
    [[nodiscard]] const Form &currentForm() const;
    [[nodiscard]] QString html() const;

    QComboBox *m_choice;
    QStackedWidget *m_forms;
    QList<Form> m_formList;
    QLabel *m_error;
    QLabel *m_warning;
    QTableWidget *m_result;
    QTableWidget *m_detail;
    QPlainTextEdit *m_explanation;
    QPushButton *m_copy;
    QPushButton *m_pdf;
    std::optional<calc::Outcome> m_outcome;
};

} // namespace taxbox::ui
