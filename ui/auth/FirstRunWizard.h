#pragma once

#include "auth/Workspace.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace taxbox::ui {

class EnterpriseForm;

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

private:
    friend class AccountWizardPage;
    friend class RecoveryWizardPage;
    friend class EnterpriseWizardPage;

    auth::Workspace m_workspace;
    std::unique_ptr<auth::Session> m_session;
    QString m_recoveryKey;
};

} // namespace taxbox::ui
