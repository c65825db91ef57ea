#pragma once

#include "enterprise/EnterpriseProfile.h"

#include <QDialog>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace taxbox::ui {

/// The fields of an enterprise profile, as printed on its invoices. Validation is core's
/// (EnterpriseProfile::validated); the form marks the field an error names.
class EnterpriseForm : public QWidget
{
    Q_OBJECT
public:
    explicit EnterpriseForm(QWidget *parent = nullptr);

    [[nodiscard]] EnterpriseProfile profile() const;
    void setProfile(const EnterpriseProfile &profile);
    /// Shows `error` under the form and highlights the field it names (a JSON key such as
    /// "credit_code"); an empty message clears it.
    void showError(const Error &error);
    void clearError();
    /// Puts the cursor in the first field, so typing can start at once.
    void focusFirstField();
    /// Validates what is typed; on failure shows the error and returns it.
    [[nodiscard]] Result<EnterpriseProfile> validatedProfile();

private:
    QLineEdit *addLine(const QString &field);
    QMap<QString, QWidget *> m_fields; ///< by JSON key
    QComboBox *m_kind;
    QLabel *m_error;
    QLineEdit *m_errorField = nullptr; ///< the field the shown message is about
};

/// Add or edit one enterprise: the form plus OK/Cancel. `save` runs on OK with the validated profile;
/// the dialog stays open and shows the error when it fails (e.g. a duplicate credit code).
class EnterpriseDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result<void>(const EnterpriseProfile &)>;
    EnterpriseDialog(const QString &title, const EnterpriseProfile &initial, Save save, QWidget *parent = nullptr);

    [[nodiscard]] EnterpriseForm *form() const { return m_form; }
    void accept() override;

private:
    EnterpriseForm *m_form;
    Save m_save;
};

} // namespace taxbox::ui
