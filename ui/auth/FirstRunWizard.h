#pragma once

#include "auth/Workspace.h"

#include <QWizard>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;

namespace taxbox::ui {

class EnterpriseForm;
class RestoreBackupDialog;

/// First run: (1) create the account — the workspace and its keys are made when this page is left;
/// (2) the recovery key, shown once, with a "saved it" confirmation the wizard will not pass without;
/// (3) the first enterprise (may be skipped and added later).
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AccountPage, RecoveryKeyPage, EnterprisePage };

    explicit FirstRunWizard(auth::Workspace workspace, QWidget *parent = nullptr);

    [[nodiscard]] std::unique_ptr<auth::Session> takeSession() { return std::move(m_session); }
    [[nodiscard]] QString recoveryKey() const;
    /// Saves the recovery key (PDF or text) and counts it as kept.
    [[nodiscard]] Result<void> saveRecoveryKeyTo(const QString &path);
    /// A new computer: restore a backup instead of creating an account; accepting it ends the wizard
    /// with the restored account unlocked.
    RestoreBackupDialog *restoreFrom(const QString &path);
    /// Cancelling after the account exists asks whether the recovery key was saved.
    void reject() override;
    /// For tests: answers the "saved the key?" question instead of a person.
    void setLeaveConfirmation(std::function<void(QMessageBox &)> answer) { m_confirmLeave = std::move(answer); }

private:
    friend class AccountWizardPage;
    friend class RecoveryWizardPage;
    friend class EnterpriseWizardPage;

    auth::Workspace m_workspace;
    std::unique_ptr<auth::Session> m_session;
    QString m_recoveryKey;
    bool m_recoveryKeyKept = false;
    bool m_restored = false;
    std::function<void(QMessageBox &)> m_confirmLeave;
};

} // namespace taxbox::ui
