#pragma once

#include "ToolPage.h"

#include "crypto/SecureBytes.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace taxbox::auth {
class Session;
}
namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::ui {

/// 数据同步: the companion server (address, account, optional CA file), sign-in, "sync now", what
/// this enterprise has queued and what the server answered for each item, and the two ways out of a
/// conflict. The unified login calls signIn() with the workspace password when a server is set up;
/// offline, the app works the same and this page says so. Tokens live in memory only. Network work
/// runs on a worker thread with its own connection to the enterprise store.
class SyncPage : public ToolPage
{
    Q_OBJECT
public:
    explicit SyncPage(QWidget *parent = nullptr);
    ~SyncPage() override;

    [[nodiscard]] QString title() const override { return tr("Sync with the server"); }
    [[nodiscard]] QString description() const override
    {
        return tr("Deliver what was prepared offline exactly once, see what the server answered, and settle conflicts.");
    }
    [[nodiscard]] QChar glyph() const override { return u'同'; }
    [[nodiscard]] QColor accent() const override { return QColor(0x00, 0x79, 0x6B); }

    void setEnterprise(auth::Session *session, const QString &enterpriseId);
    /// Signs in to the configured server in the background (nothing happens without a server address);
    /// once signed in, syncs at once and every five minutes.
    void signIn(const QString &account, crypto::SecureBytes password);
    void signOut();
    [[nodiscard]] bool isSignedIn() const { return m_login.has_value(); }
    /// The server and the sign-in answer, while signed in: what the app square's page reaches the square with.
    [[nodiscard]] std::optional<std::pair<sync::SyncClient::Options, QJsonObject>> serverAccess() const
    {
        if (!m_login)
            return std::nullopt;
        return std::pair{clientOptions(), *m_login};
    }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    void syncNow();
    /// Asks the server for `count` invoice numbers of `kind` ("digital_invoice", "digital_invoice").
    void requestNumbers(const QString &kind, int count);
    /// Settles the conflict selected in the list.
    void resolveSelected(sync::SyncLedger::Resolution resolution);
    void refresh();
    /// The status-bar text: waiting items, conflicts, last sync or why not.
    [[nodiscard]] QString indicatorText() const { return m_indicator; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void indicatorChanged(const QString &text, const QString &details);
    void signInFinished(bool ok);
    void syncFinished();
    void numbersFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What a background task needs: its own store connection, the enterprise's credit code, and
    /// the client settings from the page.
    struct Work
    {
        std::shared_ptr<store::EnterpriseStore> store;
        QString creditCode;
        sync::SyncClient::Options options;
    };
    [[nodiscard]] sync::SyncClient::Options clientOptions() const;
    /// Nothing (and, when the store cannot be opened, an error shown) unless signed in, idle and on an
    /// enterprise.
    [[nodiscard]] std::optional<Work> prepareWork();
    void retranslateUi();
    void loadServerSettings();
    void saveServerSettings();
    void setBusy(bool busy);
    void updateButtons();
    void showError(const QString &message);

    auth::Session *m_session = nullptr;
    QString m_enterpriseId;
    std::optional<QJsonObject> m_login;
    QDateTime m_loginAt;
    bool m_busy = false;
    QString m_lastError;
    QString m_indicator;

    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_accountLabel;
    QLineEdit *m_account;
    QLabel *m_caLabel;
    QLineEdit *m_caFile;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_syncNow;
    QLabel *m_state;
    QTableWidget *m_items;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QTimer *m_autoSync;
    QLabel *m_numbersLabel;
    QComboBox *m_numberKind;
    QSpinBox *m_numberCount;
    QPushButton *m_requestNumbers;
    QTableWidget *m_grants;
};

} // namespace taxbox::ui
