#include "FirstRunWizard.h"

#include "AccountDialogs.h"
#include "ErrorLabel.h"
#include "enterprise/EnterpriseForm.h"
#include "session/FileDialogs.h"

#include "crypto/SecureBytes.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

class AccountWizardPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(AccountWizardPage)
public:
    explicit AccountWizardPage(FirstRunWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_user(new QLineEdit(this))
        , m_password(new QLineEdit(this))
        , m_confirm(new QLineEdit(this))
        , m_error(errorLabel(this, u"accountError"_s))
    {
        setTitle(tr("Create your account"));
        // Subtitles stay one short line (QWizard's header does not grow); the explanation is body text.
        setSubTitle(tr("One account opens every enterprise you keep."));
        auto *intro = new QLabel(tr("The password never leaves this computer and cannot be reset by anyone: the next "
                                    "page gives you a recovery key."),
                                 this);
        intro->setObjectName(u"accountIntro"_s);
        intro->setWordWrap(true);
        m_user->setObjectName(u"accountUser"_s);
        m_password->setObjectName(u"accountPassword"_s);
        m_confirm->setObjectName(u"accountConfirm"_s);
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("at least 8 characters"));
        auto *form = new QFormLayout;
        form->addRow(tr("Your &name:"), m_user);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Repeat password:"), m_confirm);
        auto *restore = new QPushButton(tr("New computer? &Restore a backup instead…"), this);
        restore->setObjectName(u"restoreInstead"_s);
        restore->setToolTip(tr("Bring back a workspace from a Taxbox backup file, with its account and enterprises"));
        connect(restore, &QPushButton::clicked, this, [this] {
            const QString path
                = FileDialogs::openFileName(this, tr("Restore from a backup"), QDir::homePath(), tr("Taxbox backups (*.zip)"));
            if (!path.isEmpty())
                m_wizard->restoreFrom(path);
        });
        for (QLineEdit *edit : {m_user, m_password, m_confirm})
            connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addSpacing(8);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addStretch(1);
        layout->addWidget(restore, 0, Qt::AlignLeft);
        registerField(u"user*"_s, m_user);
        // Leaving this page creates the workspace: there is no going back to it afterwards.
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Create account"));
    }

    bool validatePage() override
    {
        if (m_wizard->m_session)
            return true; // already created (the user came back with Back)
        auto show = [this](const QString &message, QLineEdit *field) {
            m_error->setText(message);
            m_error->show();
            field->setFocus();
            return false;
        };
        crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(m_password->text());
        if (m_password->text() != m_confirm->text())
            return show(tr("Repeat password: the two passwords differ."), m_confirm);
        if (auto strong = auth::Workspace::checkNewPassword(password); !strong)
            return show(strong.error().message, m_password);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = m_wizard->m_workspace.initialize(m_user->text().trimmed(), password);
        QApplication::restoreOverrideCursor();
        if (!created)
            return show(created.error().message, created.error().field == u"password"_s ? m_password : m_user);
        m_password->clear();
        m_confirm->clear();
        m_wizard->m_session = std::move(created->session);
        m_wizard->m_recoveryKey = created->recoveryKey;
        m_user->setReadOnly(true);
        m_password->setEnabled(false);
        m_confirm->setEnabled(false);
        m_error->hide();
        return true;
    }

private:
    FirstRunWizard *m_wizard;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

class RecoveryWizardPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryWizardPage)
public:
    explicit RecoveryWizardPage(FirstRunWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_key(new QLabel(this))
        , m_saved(new QCheckBox(this))
    {
        setTitle(tr("Your recovery key"));
        setSubTitle(tr("Shown only now: keep it away from this computer."));
        auto *intro = new QLabel(tr("If you forget your password, this key — and only this key — opens your data again. "
                                    "Print it, write it on paper or save it to a drive you keep elsewhere."),
                                 this);
        intro->setObjectName(u"recoveryIntro"_s);
        intro->setWordWrap(true);
        m_key->setObjectName(u"recoveryKey"_s);
        m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_key->setWordWrap(true);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(mono.pointSizeF() * 1.3);
        m_key->setFont(mono);
        m_key->setStyleSheet(u"padding: 12px; border: 1px solid palette(mid); background: palette(base);"_s);
        auto *copy = new QPushButton(tr("&Copy"), this);
        copy->setObjectName(u"copyRecoveryKey"_s);
        connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_wizard->m_recoveryKey); });
        m_saved->setObjectName(u"recoverySaved"_s);
        m_saved->setText(tr("I have saved the recovery key somewhere safe."));
        auto *print = new QPushButton(tr("&Print…"), this);
        print->setObjectName(u"printRecoveryKey"_s);
        connect(print, &QPushButton::clicked, this, [this] {
            QPrinter printer(QPrinter::HighResolution);
            QPrintDialog dialog(&printer, this);
            if (dialog.exec() == QDialog::Accepted)
                printRecoveryKey(printer, m_wizard->m_recoveryKey,
                                 m_wizard->m_session ? m_wizard->m_session->userName() : QString());
        });
        auto *save = new QPushButton(tr("&Save to a file…"), this);
        save->setObjectName(u"saveRecoveryKey"_s);
        connect(save, &QPushButton::clicked, this, [this] {
            const QString path = FileDialogs::saveFileName(this, tr("Save the recovery key"),
                                                           QDir::home().filePath(tr("taxbox-recovery-key.pdf")),
                                                           tr("PDF (*.pdf);;Text (*.txt)"));
            if (path.isEmpty())
                return;
            auto saved = m_wizard->saveRecoveryKeyTo(path);
            m_status->setText(saved ? tr("Saved to %1. Move it off this computer.").arg(QDir::toNativeSeparators(path))
                                    : saved.error().message);
        });
        m_status->setObjectName(u"recoveryStatus"_s);
        m_status->setWordWrap(true);
        auto *actions = new QHBoxLayout;
        for (QPushButton *button : {copy, print, save})
            actions->addWidget(button);
        actions->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addWidget(m_key);
        layout->addLayout(actions);
        layout->addWidget(m_status);
        layout->addSpacing(12);
        layout->addWidget(m_saved);
        registerField(u"recoverySaved*"_s, m_saved);
    }

    void initializePage() override
    {
        // Groups of five on two lines read back more easily than one long string.
        const QStringList groups = m_wizard->m_recoveryKey.split(u'-');
        m_key->setText(groups.mid(0, 6).join(u'-') + u"-\n"_s + groups.mid(6).join(u'-'));
    }

private:
    FirstRunWizard *m_wizard;
    QLabel *m_key;
    QCheckBox *m_saved;
    QLabel *m_status = new QLabel(this);
};

class EnterpriseWizardPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseWizardPage)
public:
    explicit EnterpriseWizardPage(FirstRunWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_form(new EnterpriseForm(this))
    {
        setTitle(tr("Your first enterprise"));
        setSubTitle(tr("The profile printed on invoices and returns."));
        auto *intro = new QLabel(tr("You can add more enterprises, or this one, later under Enterprises; leave the name "
                                    "empty to skip."),
                                 this);
        intro->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addWidget(m_form);
        setFinalPage(true);
    }

    bool validatePage() override
    {
        const EnterpriseProfile typed = m_form->profile();
        if (typed.name.trimmed().isEmpty() && typed.creditCode.trimmed().isEmpty())
            return true;
        auto profile = m_form->validatedProfile();
        if (!profile)
            return false;
        auto created = m_wizard->m_session->createEnterprise(*profile);
        if (!created) {
            m_form->showError(created.error());
            return false;
        }
        return true;
    }

private:
    FirstRunWizard *m_wizard;
    EnterpriseForm *m_form;
};

FirstRunWizard::FirstRunWizard(auth::Workspace workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(std::move(workspace))
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Welcome to Taxbox"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // The window is sized by its pages (subtitles are one line), at least this large.
    setMinimumSize(600, 480);
    setPage(AccountPage, new AccountWizardPage(this));
    setPage(RecoveryKeyPage, new RecoveryWizardPage(this));
    setPage(EnterprisePage, new EnterpriseWizardPage(this));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    resize(680, 540);
}

QString FirstRunWizard::recoveryKey() const
{
    return m_recoveryKey;
}

Result<void> FirstRunWizard::saveRecoveryKeyTo(const QString &path)
{
    auto saved = saveRecoveryKey(path, m_recoveryKey, m_session ? m_session->userName() : QString());
    if (saved)
        m_recoveryKeyKept = true;
    return saved;
}

RestoreBackupDialog *FirstRunWizard::restoreFrom(const QString &path)
{
    auto *dialog = new RestoreBackupDialog(m_workspace, path, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session = dialog->takeSession();
        m_restored = true;
        done(QDialog::Accepted); // the restored account and enterprises are there: nothing more to set up
    });
    dialog->open();
    return dialog;
}

void FirstRunWizard::reject()
{
    // Leaving before confirming the recovery key was kept: the one moment it can be saved is now.
    if (m_session && !m_restored && !field(u"recoverySaved"_s).toBool() && !m_recoveryKeyKept) {
        QMessageBox question(QMessageBox::Warning, tr("Recovery key not saved?"),
                             tr("Without the recovery key a forgotten password locks your data for good, and it is "
                                "never shown again. Have you saved it?"),
                             QMessageBox::NoButton, this);
        QPushButton *back = question.addButton(tr("&Go back and save it"), QMessageBox::RejectRole);
        question.addButton(tr("&I have saved it"), QMessageBox::AcceptRole);
        question.setDefaultButton(back);
        if (m_confirmLeave)
            m_confirmLeave(question);
        else
            question.exec();
        if (question.clickedButton() == back || !question.clickedButton())
            return; // stay: the key is still on the page
    }
    QWizard::reject();
}

} // namespace taxbox::ui
