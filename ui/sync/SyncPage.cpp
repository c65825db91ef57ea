#include "SyncPage.h"

#include "auth/Settings.h"

#include "auth/Workspace.h"
#include "money/Money.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

constexpr auto kServerKey = "sync/server";
constexpr auto kAccountKey = "sync/account";
constexpr auto kCaFileKey = "sync/ca_file";
/// Access tokens live 15 minutes; renew a little before.
constexpr qint64 kRenewAfterSeconds = 12 * 60;

enum Column { When, Type, Record, State, Receipt, Reason, ColumnCount };

QString stateText(const store::OutboxItem &item)
{
    if (item.state == u"pending")
        return SyncPage::tr("Waiting");
    if (item.state == u"accepted")
        return SyncPage::tr("Received");
    if (item.state == u"duplicate")
        return SyncPage::tr("Received (sent again)");
    if (item.state == u"rejected")
        return SyncPage::tr("Refused");
    if (item.resolution == u"kept_mine")
        return SyncPage::tr("Conflict: this computer's version kept");
    if (item.resolution == u"took_theirs")
        return SyncPage::tr("Conflict: the server's version taken");
    if (item.resolution == u"voided")
        return SyncPage::tr("Conflict: number already used, this invoice voided");
    return SyncPage::tr("Conflict: decide");
}

QString typeText(const QString &type)
{
    static const QHash<QString, const char *> names{
        {u"enterprise.created"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Enterprise added")},
        {u"enterprise.updated"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Enterprise details changed")},
        {u"enterprise.archived"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Enterprise archived")},
        {u"enterprise.unarchived"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Enterprise restored")},
        {u"payroll.month_closed"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Payroll month closed")},
        {u"payroll.month_reopened"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Payroll month reopened")},
        {u"invoice.issued"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Invoice issued")},
        {u"invoice.red_issued"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Red-letter invoice issued")},
        {u"red_confirmation.requested"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Red-letter confirmation requested")},
        {u"red_confirmation.self_confirmed"_s,
         QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Red-letter confirmation (individual buyer)")},
        {u"red_confirmation.decided"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Red-letter confirmation answered")},
        {u"filing.filed"_s, QT_TRANSLATE_NOOP("taxbox::ui::SyncPage", "Return filed")},
    };
    const auto found = names.constFind(type);
    return found == names.constEnd() ? type : SyncPage::tr(*found);
}

QString recordText(const QString &key)
{
    if (key.startsWith(u"payroll-month:"))
        return SyncPage::tr("Payroll %1").arg(key.section(u':', 1));
    if (key == u"enterprise-profile")
        return SyncPage::tr("Enterprise details");
    if (key.startsWith(u"invoice:"))
        return SyncPage::tr("Invoice %1").arg(key.section(u':', 1));
    if (key.startsWith(u"filing:"))
        return SyncPage::tr("Return %1 %2").arg(key.section(u':', 1, 1), key.section(u':', 2));
    if (key.startsWith(u"red-confirmation:"))
        return SyncPage::tr("Red-letter confirmation %1").arg(key.section(u':', 1).left(8));
    return key;
}

QString kindText(const QString &kind)
{
    if (kind == u"digital_invoice")
        return SyncPage::tr("Fully digitalised e-invoices (数电票: 专票 and 普票)");
    return kind;
}

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

/// Runs `work` on a new thread, then `done` with its result on the page's thread (if the page lives).
template<typename Work, typename Done> void runInBackground(QObject *owner, Work work, Done done)
{
    QPointer<QObject> guard(owner);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            qApp,
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

SyncPage::SyncPage(QWidget *parent)
    : ToolPage(parent)
    , m_serverLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_accountLabel(new QLabel(this))
    , m_account(new QLineEdit(this))
    , m_caLabel(new QLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(this))
    , m_syncNow(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_items(new QTableWidget(this))
    , m_keepMine(new QPushButton(this))
    , m_takeTheirs(new QPushButton(this))
    , m_autoSync(new QTimer(this))
    , m_numbersLabel(new QLabel(this))
    , m_numberKind(new QComboBox(this))
    , m_numberCount(new QSpinBox(this))
    , m_requestNumbers(new QPushButton(this))
    , m_grants(new QTableWidget(this))
{
    m_autoSync->setInterval(std::chrono::minutes(5));
    connect(m_autoSync, &QTimer::timeout, this, &SyncPage::syncNow);
    setObjectName(u"syncPage"_s);
    m_server->setObjectName(u"syncServer"_s);
    m_account->setObjectName(u"syncAccount"_s);
    m_caFile->setObjectName(u"syncCaFile"_s);
    m_password->setObjectName(u"syncPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(u"syncSignIn"_s);
    m_syncNow->setObjectName(u"syncNow"_s);
    m_state->setObjectName(u"syncState"_s);
    m_state->setWordWrap(true);
    m_items->setObjectName(u"syncItems"_s);
    m_keepMine->setObjectName(u"keepMine"_s);
    m_takeTheirs->setObjectName(u"takeTheirs"_s);

    for (QLineEdit *edit : {m_server, m_account, m_caFile})
        connect(edit, &QLineEdit::editingFinished, this, &SyncPage::saveServerSettings);

    auto *form = new QFormLayout;
    m_serverLabel->setBuddy(m_server);
    m_accountLabel->setBuddy(m_account);
    m_caLabel->setBuddy(m_caFile);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_caLabel, m_caFile);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_signIn);
    form->addRow(m_passwordLabel, passwordRow);
    contentLayout()->addLayout(form);

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_syncNow);
    contentLayout()->addLayout(stateRow);

    m_items->setColumnCount(ColumnCount);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    contentLayout()->addWidget(m_items, 1);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addStretch(1);
    resolveRow->addWidget(m_keepMine);
    resolveRow->addWidget(m_takeTheirs);
    contentLayout()->addLayout(resolveRow);

    // Invoice numbers: ranges granted to this computer, and asking for more.
    m_numberKind->setObjectName(u"numberKind"_s);
    m_numberKind->addItem(QString(), QString::fromUtf16(sync::kInvoiceNumberKind));
    m_numberCount->setObjectName(u"numberCount"_s);
    m_numberCount->setRange(1, 100'000);
    m_numberCount->setValue(500);
    m_requestNumbers->setObjectName(u"requestNumbers"_s);
    m_grants->setObjectName(u"numberGrants"_s);
    m_grants->setColumnCount(4);
    m_grants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grants->verticalHeader()->hide();
    m_grants->horizontalHeader()->setStretchLastSection(true);
    m_grants->setMaximumHeight(120);
    auto *numbersRow = new QHBoxLayout;
    numbersRow->addWidget(m_numbersLabel);
    numbersRow->addStretch(1);
    numbersRow->addWidget(m_numberKind);
    numbersRow->addWidget(m_numberCount);
    numbersRow->addWidget(m_requestNumbers);
    contentLayout()->addLayout(numbersRow);
    contentLayout()->addWidget(m_grants);
    connect(m_requestNumbers, &QPushButton::clicked, this,
            [this] { requestNumbers(m_numberKind->currentData().toString(), m_numberCount->value()); });

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (isSignedIn()) {
            signOut();
            return;
        }
        crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(m_password->text());
        m_password->clear();
        signIn(m_account->text().trimmed(), std::move(password));
    });
    connect(m_password, &QLineEdit::returnPressed, m_signIn, &QPushButton::click);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(sync::SyncLedger::Resolution::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(sync::SyncLedger::Resolution::TakeTheirs); });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);
    connect(m_server, &QLineEdit::textChanged, this, &SyncPage::updateButtons);

    retranslateUi();
    refresh();
}

SyncPage::~SyncPage() = default;

void SyncPage::loadServerSettings()
{
    // The server, the account on it and the trusted certificate are this account's, sealed to its key
    // (AccountSettings): another workspace or another account on this computer starts with none of them.
    const QJsonObject settings = m_session ? auth::AccountSettings::load(*m_session).value_or(QJsonObject{}) : QJsonObject{};
    m_server->setText(settings.value(QLatin1StringView(kServerKey)).toString());
    m_account->setText(settings.value(QLatin1StringView(kAccountKey)).toString());
    m_caFile->setText(settings.value(QLatin1StringView(kCaFileKey)).toString());
}

void SyncPage::saveServerSettings()
{
    if (!m_session)
        return;
    auto settings = auth::AccountSettings::load(*m_session).value_or(QJsonObject{});
    settings.insert(QLatin1StringView(kServerKey), m_server->text().trimmed());
    settings.insert(QLatin1StringView(kAccountKey), m_account->text().trimmed());
    settings.insert(QLatin1StringView(kCaFileKey), m_caFile->text().trimmed());
    if (auto saved = auth::AccountSettings::save(*m_session, settings); !saved)
        showError(saved.error().message);
}

void SyncPage::setEnterprise(auth::Session *session, const QString &enterpriseId)
{
    if (!session)
        signOut(); // locking forgets the server session too
    const bool otherAccount = session != m_session;
    m_session = session;
    m_enterpriseId = enterpriseId;
    if (otherAccount)
        loadServerSettings();
    refresh();
}

void SyncPage::signIn(const QString &account, crypto::SecureBytes password)
{
    const QUrl server(m_server->text().trimmed());
    if (server.isEmpty() || m_busy)
        return;
    if (m_account->text().trimmed().isEmpty()) {
        // The placeholder promises "the same as this computer's": the signed-in workspace account.
        m_account->setText(!account.trimmed().isEmpty() ? account.trimmed() : m_session ? m_session->userName() : QString());
        saveServerSettings();
    }
    const QString name = m_account->text().trimmed();
    sync::SyncClient::Options options = clientOptions();
    options.maxAttempts = 2;
    setBusy(true);
    m_state->setText(tr("Signing in to %1…").arg(server.host()));
    runInBackground(
        this, [options, name, password = std::move(password)] { return sync::SyncClient(options).login(name, password); },
        [this](Result<QJsonObject> login) {
            setBusy(false);
            if (login) {
                m_login = *login;
                m_loginAt = QDateTime::currentDateTimeUtc();
                m_lastError.clear();
                // Signed in: deliver what waits now, and again every few minutes while signed in.
                QMetaObject::invokeMethod(this, &SyncPage::syncNow, Qt::QueuedConnection);
                m_autoSync->start();
            } else {
                m_login.reset();
                // Offline is normal: the app keeps working, and this page says why there is no sync.
                m_lastError = login.error().message;
            }
            refresh();
            Q_EMIT signInFinished(login.has_value());
        });
}

sync::SyncClient::Options SyncPage::clientOptions() const
{
    sync::SyncClient::Options options;
    options.server = QUrl(m_server->text().trimmed());
    options.http.caFile = m_caFile->text().trimmed();
    return options;
}

std::optional<SyncPage::Work> SyncPage::prepareWork()
{
    if (!m_login || m_busy || !m_session || m_enterpriseId.isEmpty())
        return std::nullopt;
    // The worker gets its own connection to the store; this thread keeps using its own.
    auto opened = m_session->openEnterprise(m_enterpriseId);
    if (!opened) {
        showError(opened.error().message);
        return std::nullopt;
    }
    std::shared_ptr<store::EnterpriseStore> store(std::move(*opened));
    auto profile = store->profile();
    if (!profile) {
        showError(profile.error().message);
        return std::nullopt;
    }
    return Work{store, profile->creditCode, clientOptions()};
}

void SyncPage::signOut()
{
    m_login.reset();
    m_autoSync->stop();
    refresh();
}

void SyncPage::syncNow()
{
    auto work = prepareWork();
    if (!work)
        return;
    QJsonObject login = *m_login;
    const bool renew = m_loginAt.secsTo(QDateTime::currentDateTimeUtc()) > kRenewAfterSeconds;
    setBusy(true);
    m_state->setText(tr("Syncing…"));
    struct Outcome
    {
        sync::SyncReport report;
        std::optional<QJsonObject> renewed;
    };
    runInBackground(
        this,
        [work = *work, login, renew]() mutable {
            Outcome outcome;
            sync::SyncClient client(work.options);
            if (renew) {
                auto renewed = client.refresh(login.value(u"refresh_token"_s).toString());
                if (!renewed) {
                    outcome.report.error = renewed.error().message;
                    return outcome;
                }
                login = *renewed;
                outcome.renewed = login;
            }
            outcome.report = client.syncEnterprise(*work.store, work.creditCode, login);
            return outcome;
        },
        [this](Outcome outcome) {
            setBusy(false);
            if (outcome.renewed) {
                m_login = outcome.renewed;
                m_loginAt = QDateTime::currentDateTimeUtc();
            }
            const sync::SyncReport &report = outcome.report;
            m_lastError = report.error;
            if (report.error.isEmpty()) {
                QString message = tr("Synced: %1 received, %2 already there, %3 refused, %4 in conflict.")
                                      .arg(report.accepted)
                                      .arg(report.duplicate)
                                      .arg(report.rejected)
                                      .arg(report.conflicts);
                if (!report.receivedInvoices.isEmpty())
                    message += u' '
                        + tr("%1 invoice(s) from suppliers on the server added to 进项发票.").arg(report.receivedInvoices.size());
                Q_EMIT statusMessage(message);
            } else {
                Q_EMIT statusMessage(report.error);
            }
            if (!report.voided.isEmpty()) {
                // Not modal: a sync in the background must not stop the accountant's work, but this must be seen.
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Invoices voided"),
                                            tr("The server already holds other invoices under these numbers, so the ones "
                                               "issued here again are void (the invoice ledger shows them as such). Do not "
                                               "hand them out; issue them again with new numbers:\n%1")
                                                .arg(report.voided.join(u'\n')),
                                            QMessageBox::Ok, this);
                box->setObjectName(u"voidedInvoices"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            refresh();
            Q_EMIT syncFinished();
        });
}

void SyncPage::requestNumbers(const QString &kind, int count)
{
    auto work = prepareWork();
    if (!work)
        return;
    setBusy(true);
    runInBackground(
        this,
        [work = *work, login = *m_login, kind, count] {
            return sync::SyncClient(work.options).requestNumbers(*work.store, work.creditCode, login, kind, count);
        },
        [this](Result<QJsonObject> grant) {
            setBusy(false);
            if (grant) {
                m_lastError.clear();
                Q_EMIT statusMessage(tr("Invoice numbers %1 to %2 granted to this computer.")
                                         .arg(grant->value(u"first"_s).toInteger())
                                         .arg(grant->value(u"last"_s).toInteger()));
            } else {
                m_lastError = grant.error().message;
                Q_EMIT statusMessage(grant.error().message);
            }
            refresh();
            Q_EMIT numbersFinished(grant.has_value());
        });
}

void SyncPage::resolveSelected(sync::SyncLedger::Resolution resolution)
{
    const QList<QTableWidgetItem *> selected = m_items->selectedItems();
    if (selected.isEmpty() || !m_session)
        return;
    const QString uuid = m_items->item(selected.first()->row(), When)->data(Qt::UserRole).toString();
    auto store = m_session->openEnterprise(m_enterpriseId);
    if (!store) {
        showError(store.error().message);
        return;
    }
    if (auto resolved = sync::SyncLedger(**store).resolveConflict(uuid, resolution); !resolved) {
        showError(resolved.error().message);
        return;
    }
    Q_EMIT statusMessage(resolution == sync::SyncLedger::Resolution::KeepMine
                             ? tr("This computer's version is queued again on top of the server's; sync to deliver it.")
                             : tr("The server's version stands; this computer's change is closed."));
    refresh();
}

void SyncPage::showError(const QString &message)
{
    m_lastError = message;
    Q_EMIT statusMessage(message);
    refresh();
}

void SyncPage::refresh()
{
    m_items->setRowCount(0);
    m_grants->setRowCount(0);
    int waiting = 0;
    int conflicts = 0;
    QString lastSync;
    if (m_session && !m_enterpriseId.isEmpty()) {
        auto store = m_session->openEnterprise(m_enterpriseId);
        if (store) {
            auto outbox = (*store)->outbox();
            const QList<store::OutboxItem> items = outbox ? *outbox : QList<store::OutboxItem>();
            m_items->setRowCount(static_cast<int>(items.size()));
            // Newest first.
            for (qsizetype i = 0; i < items.size(); ++i) {
                const store::OutboxItem &item = items.at(items.size() - 1 - i);
                const int row = static_cast<int>(i);
                auto *when = new QTableWidgetItem(timeText(item.createdAt));
                when->setData(Qt::UserRole, item.uuid);
                when->setData(Qt::UserRole + 1, item.state == u"conflict" && item.resolution.isEmpty());
                m_items->setItem(row, When, when);
                m_items->setItem(row, Type, new QTableWidgetItem(typeText(item.type)));
                m_items->item(row, Type)->setData(Qt::UserRole, item.type);
                m_items->setItem(row, Record, new QTableWidgetItem(recordText(item.recordKey)));
                m_items->setItem(row, State, new QTableWidgetItem(stateText(item)));
                m_items->setItem(row, Receipt, new QTableWidgetItem(item.receipt.section(u'@', 0, 0)));
                // The server words its notes in English; a conflict is explained here, in the user's language.
                m_items->setItem(row, Reason,
                                 new QTableWidgetItem(item.state == u"conflict"
                                                          ? tr("Changed on the server after this computer's version "
                                                               "(server receipt %1).")
                                                                .arg(item.currentReceipt)
                                                          : item.lastError));
                waiting += item.state == u"pending" ? 1 : 0;
                conflicts += item.state == u"conflict" && item.resolution.isEmpty() ? 1 : 0;
            }
            sync::SyncLedger ledger(**store);
            const QList<sync::NumberGrant> grants = ledger.grants().value_or(QList<sync::NumberGrant>());
            const bool away = ledger.awayFromGrants().value_or(false);
            m_grants->setRowCount(static_cast<int>(grants.size()));
            for (qsizetype i = 0; i < grants.size(); ++i) {
                const sync::NumberGrant &grant = grants.at(i);
                const int row = static_cast<int>(i);
                m_grants->setItem(row, 0, new QTableWidgetItem(kindText(grant.kind)));
                m_grants->setItem(row, 1, new QTableWidgetItem(u"%1 – %2"_s.arg(grant.first).arg(grant.last)));
                // A restored or copied store never issues from its old ranges: say so where the numbers show.
                const QString reason = !grant.retiredReason.isEmpty() ? grant.retiredReason : away ? u"copied"_s : QString();
                m_grants->setItem(row, 2,
                                  new QTableWidgetItem(reason.isEmpty() ? QString::number(grant.remaining())
                                                           : reason == u"restored"
                                                           ? tr("none (restored from a backup: sync "
                                                                "and request new numbers)")
                                                           : tr("none (copied from another folder or "
                                                                "computer: sync and request new numbers)")));
                m_grants->setItem(row, 3,
                                  new QTableWidgetItem(
                                      tr("%1 hours offline, ¥%2 since the last sync")
                                          .arg(grant.maxOfflineHours)
                                          .arg(Money::fromFen(grant.maxOfflineAmountFen).toString(Money::Grouping::Thousands))));
            }
            auto last = ledger.lastSync();
            if (last && *last)
                lastSync = timeText(**last);
        }
    }
    m_items->resizeColumnsToContents();
    m_grants->resizeColumnsToContents();

    QStringList state;
    if (m_server->text().trimmed().isEmpty())
        state << tr("No server is set up: everything stays on this computer.");
    else if (m_login)
        state << tr("Signed in to %1 as %2.").arg(QUrl(m_server->text().trimmed()).host(), m_account->text().trimmed());
    else
        state << tr("Not signed in to the server: working offline.");
    state << (lastSync.isEmpty() ? tr("Never synced.") : tr("Last sync: %1.").arg(lastSync));
    state << tr("%1 waiting, %2 in conflict.").arg(waiting).arg(conflicts);
    if (!m_lastError.isEmpty())
        state << tr("Last error: %1").arg(m_lastError);
    if (!m_busy)
        m_state->setText(state.join(u' '));

    if (conflicts > 0)
        m_indicator = tr("Sync: %1 in conflict").arg(conflicts);
    else if (!m_login)
        m_indicator = waiting > 0 ? tr("Sync: offline, %1 waiting").arg(waiting) : tr("Sync: offline");
    else if (!m_lastError.isEmpty())
        m_indicator = tr("Sync: error");
    else
        m_indicator = waiting > 0 ? tr("Sync: %1 waiting").arg(waiting) : tr("Sync: up to date");
    Q_EMIT indicatorChanged(m_indicator, state.join(u'\n'));
    updateButtons();
}

void SyncPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SyncPage::updateButtons()
{
    m_signIn->setText(m_login ? tr("Sign &out") : tr("&Sign in"));
    m_signIn->setEnabled(!m_busy && !m_server->text().trimmed().isEmpty());
    m_password->setEnabled(!m_login);
    m_syncNow->setEnabled(!m_busy && m_login && m_session && !m_enterpriseId.isEmpty());
    const QList<QTableWidgetItem *> selected = m_items->selectedItems();
    const bool openConflict
        = !selected.isEmpty() && m_items->item(selected.first()->row(), When)->data(Qt::UserRole + 1).toBool();
    // An invoice is never kept against the server's (the server's invoice of that number stands).
    const bool invoice = openConflict
        && sync::SyncLedger::isInvoiceItem(m_items->item(selected.first()->row(), Type)->data(Qt::UserRole).toString());
    m_keepMine->setEnabled(openConflict && !invoice && !m_busy);
    m_requestNumbers->setEnabled(!m_busy && m_login && m_session && !m_enterpriseId.isEmpty());
    m_takeTheirs->setEnabled(openConflict && !m_busy);
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    ToolPage::changeEvent(event);
}

void SyncPage::retranslateUi()
{
    retranslateHeading();
    m_serverLabel->setText(tr("Se&rver:"));
    m_server->setPlaceholderText(tr("https://taxbox.example.com"));
    m_accountLabel->setText(tr("&Account on the server:"));
    m_account->setPlaceholderText(tr("the same as this computer's by default"));
    m_caLabel->setText(tr("&CA file (private CA only):"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificates"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(tr("filled in by your login when the server is set up"));
    m_syncNow->setText(tr("Sync &now"));
    m_keepMine->setText(tr("&Keep this computer's version"));
    m_takeTheirs->setText(tr("&Take the server's version"));
    m_numbersLabel->setText(tr("Invoice numbers of this computer:"));
    m_numberKind->setItemText(0, kindText(QString::fromUtf16(sync::kInvoiceNumberKind)));
    m_numberCount->setPrefix(tr("count "));
    m_requestNumbers->setText(tr("&Request numbers"));
    m_grants->setHorizontalHeaderLabels({tr("Kind"), tr("Range"), tr("Left"), tr("Offline limits")});
    m_items->setHorizontalHeaderLabels({tr("Time"), tr("Type"), tr("Record"), tr("State"), tr("Receipt"), tr("Server's note")});
    updateButtons();
}

} // namespace taxbox::ui
