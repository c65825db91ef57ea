#pragma once

#include "ToolPage.h"

#include "auth/Workspace.h"

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace taxbox::ui {

class EnterpriseDialog;

/// 企业管理: the enterprises of the signed-in account — add, edit, archive and restore. What the role
/// allows is enforced in core; the page only disables what would be refused.
class EnterprisesPage : public ToolPage
{
    Q_OBJECT
public:
    explicit EnterprisesPage(QWidget *parent = nullptr);

    /// The session whose enterprises are shown; nullptr when locked. Not owned.
    void setSession(auth::Session *session);

    [[nodiscard]] QString title() const override { return tr("Enterprises"); }
    [[nodiscard]] QString description() const override
    {
        return tr("The enterprises you keep: add one, correct its profile, archive one you no longer serve.");
    }
    [[nodiscard]] QChar glyph() const override { return u'企'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x2E, 0x7D, 0x32); }

    /// Opens the add dialog (window-modal, non-blocking) and returns it.
    EnterpriseDialog *addEnterprise();
    /// Opens the edit dialog for the selected enterprise, or nullptr when none is selected.
    EnterpriseDialog *editSelected();
    void toggleArchiveOfSelected();
    void refresh();

Q_SIGNALS:
    void enterprisesChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    [[nodiscard]] const auth::EnterpriseSummary *selected() const;

    auth::Session *m_session = nullptr;
    QList<auth::EnterpriseSummary> m_enterprises;
    QTableWidget *m_table;
    QCheckBox *m_showArchived;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_archive;
};

} // namespace taxbox::ui
