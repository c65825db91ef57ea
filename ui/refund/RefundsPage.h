#pragma once

#include "ToolPage.h"

#include "refund/RefundApplications.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace taxbox::auth {
class Session;
}
namespace taxbox::store {
class EnterpriseStore;
}
namespace taxbox::rules {
class RulePack;
}

namespace taxbox::ui {

/// 便捷退税: one enterprise's refund applications. The list shows where each stands with its statutory clock;
/// a form per kind prepares an application from the store (the retained credit's route and declarations, the
/// export register, the overpaid payments, the CIT year), the details show the figures with their sources, the
/// checks and every step; file, withdraw, discard, and export the 《退(抵)税申请表》 as PDF or XLSX.
class RefundsPage : public ToolPage
{
    Q_OBJECT
public:
    explicit RefundsPage(QWidget *parent = nullptr);
    ~RefundsPage() override;

    [[nodiscard]] QString title() const override { return tr("Refunds"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Prepare retained-credit, export, overpayment and CIT settlement refunds from the books, file them and "
                  "follow each to the money.");
    }
    [[nodiscard]] QChar glyph() const override { return u'还'; } // 退还: the traveller's tool has 退
    [[nodiscard]] QColor accent() const override { return QColor(0xE6, 0x51, 0x00); }

    void setEnterprise(auth::Session *session, const QString &enterpriseId);
    /// As the Prepare button does, from what the form shows.
    Result<refund::RefundApplication> prepare();
    /// As the buttons do, on the selected application.
    Result<refund::RefundApplication> fileSelected();
    Result<refund::RefundApplication> withdrawSelected();
    Result<void> discardSelected();
    Result<void> exportSelected(const QString &format, const QString &path);
    /// Saves the export register typed in the table for the period shown.
    Result<void> saveRegister();
    /// Selects an application in the list (false when it is not there).
    bool select(const QString &id);
    [[nodiscard]] QString selectedId() const;
    /// Reloads the list (after a sync brought the office's answers).
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void kindChanged();
    void showDetails();
    void report(const Error &error);
    void loadRegister();
    [[nodiscard]] Result<QJsonObject> request() const;
    [[nodiscard]] QString kind() const;

    std::unique_ptr<store::EnterpriseStore> m_store;
    std::unique_ptr<refund::RefundApplications> m_applications;
    const rules::RulePack *m_rules = nullptr;

    QLabel *m_listLabel;
    QTableWidget *m_list;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_periodLabel;
    QLineEdit *m_period;
    QStackedWidget *m_forms;
    // 留抵退税
    QLabel *m_routeLabel;
    QComboBox *m_route;
    QLabel *m_levelLabel;
    QComboBox *m_level;
    QCheckBox *m_noFraud;
    QLabel *m_penaltiesLabel;
    QSpinBox *m_penalties;
    QCheckBox *m_instantRefunds;
    QLabel *m_baseLabel;
    QLineEdit *m_base;
    QLabel *m_elsewhereLabel;
    QLineEdit *m_qualifyingElsewhere;
    QLineEdit *m_totalElsewhere;
    // 免抵退
    QLabel *m_registerLabel;
    QTableWidget *m_register;
    QPushButton *m_addExport;
    QPushButton *m_removeExport;
    QPushButton *m_saveRegister;
    // 误收多缴
    QTableWidget *m_payments;
    QPushButton *m_addPayment;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    // 汇算清缴
    QLabel *m_annualLabel;
    QLineEdit *m_annual;
    QLabel *m_dispositionLabel;
    QComboBox *m_disposition;

    QPushButton *m_prepare;
    QLabel *m_error;
    QTextBrowser *m_details;
    QLabel *m_withdrawLabel;
    QLineEdit *m_withdrawReason;
    QPushButton *m_file;
    QPushButton *m_withdraw;
    QPushButton *m_discard;
    QPushButton *m_exportPdf;
    QPushButton *m_exportXlsx;
};

} // namespace taxbox::ui
