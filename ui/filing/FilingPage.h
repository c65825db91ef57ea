#pragma once

#include "ToolPage.h"

#include "filing/Filings.h"

#include <QHash>
#include <QPoint>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace taxbox::auth {
class Session;
}
namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::ui {

/// 申报: one enterprise's returns. A period and a form; the return shown as the official form (line
/// numbers, the grid of 本月/本年累计 and of the attachments), input cells editable (with a reason, audited),
/// computed cells showing their formula and sources, the checks jumping to their cell; file, correct
/// (更正申报), export and print. Keyboard-first: Tab through the cells, Enter to commit, F5 to regenerate.
class FilingPage : public ToolPage
{
    Q_OBJECT
public:
    explicit FilingPage(QWidget *parent = nullptr);
    ~FilingPage() override;

    [[nodiscard]] QString title() const override { return tr("Tax returns"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Generate each return from the invoices, payroll and books, check it as the tax bureau does, file and "
                  "correct it, and see what is due.");
    }
    [[nodiscard]] QChar glyph() const override { return u'报'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x8E, 0x24, 0xAA); }

    void setEnterprise(auth::Session *session, const QString &enterpriseId);
    /// Shows `form` for `period` (its draft or filed return, if any).
    void showReturn(const QString &form, const QString &period);
    /// As the buttons do.
    Result<filing::FilingReturn> generate();
    /// Types `value` into `cell` with `reason` (as editing the cell does after the reason field is filled).
    Result<filing::FilingReturn> editCell(const QString &cell, const QString &value, const QString &reason);
    /// Files the draft; with warnings, `confirm` stands for the person's answer to the confirmation.
    Result<filing::FilingReturn> fileReturn(bool confirm);
    Result<filing::FilingReturn> correct();
    Result<void> exportTo(const QString &format, const QString &path);
    /// Selects the cell of a check (as activating it in the checks list does); false when not shown.
    bool jumpTo(const QString &cell);
    [[nodiscard]] QString currentCell() const;
    [[nodiscard]] const std::optional<filing::FilingReturn> &shown() const { return m_return; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A return was filed or corrected: the home's due list may change.
    void returnsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void report(const Error &error);
    void cellEdited(QTableWidgetItem *item);
    void showCellDetail();
    void exportAsking(const QString &format);
    void print();
    [[nodiscard]] QString formId() const;

    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<filing::Filings> m_filings;
    std::optional<filing::FilingReturn> m_return;
    QHash<QString, std::pair<int, QPoint>> m_cellPlaces; ///< cell id → tab, (column, row)
    QHash<const QTableWidgetItem *, QString> m_cellIds;
    bool m_rendering = false;
    QComboBox *m_form;
    QLabel *m_periodLabel;
    QLineEdit *m_period;
    QPushButton *m_generate;
    QPushButton *m_file;
    QPushButton *m_correct;
    QPushButton *m_export;
    QPushButton *m_print;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_state;
    QLabel *m_error;
    QTabWidget *m_tables;
    QLabel *m_detail;
    QLabel *m_checksLabel;
    QListWidget *m_checks;
};

} // namespace taxbox::ui
