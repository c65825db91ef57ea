#include "MainWindow.h"

#include "AppIcon.h"
#include "Fonts.h"

#include "AboutDialog.h"
#include "AmountInWordsPage.h"
#include "IdentifierCheckPage.h"
#include "ToolTile.h"
#include "auth/Settings.h"
#include "base/ProcessGuard.h"
#include "calc/CalculatorsPage.h"
#include "enterprise/EnterprisesPage.h"
#include "filing/FilingPage.h"
#include "filing/Filings.h"
#include "invoice/InvoiceBook.h"
#include "invoice/InvoicePage.h"
#include "invoice/ReceivedInvoicesPage.h"
#include "invoice/VerifyInvoicePage.h"
#include "payroll/PayrollPage.h"
#include "plugins/PluginRuntime.h"
#include "refund/RefundsPage.h"
#include "refund/TravellerRefundPage.h"
#include "session/FileDialogs.h"
#include "square/SquarePage.h"
#include "sync/SyncLedger.h"
#include "sync/SyncPage.h"

#include "auth/Workspace.h"

#include "base/Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {
namespace {
constexpr int kTileColumns = 2;
} // namespace

MainWindow::MainWindow(Translations &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_stack(new QStackedWidget(this))
    , m_home(new QWidget(this))
    , m_homeHeading(new QLabel(m_home))
    , m_homeSubheading(new QLabel(m_home))
    , m_toolGrid(new QGridLayout)
    , m_back(new QToolButton(this))
    , m_versionLabel(new QLabel(this))
    , m_backupLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_sessionBar(new QWidget(this))
    , m_userLabel(new QLabel(m_sessionBar))
    , m_enterpriseSwitcher(new QComboBox(m_sessionBar))
    , m_lockButton(new QToolButton(m_sessionBar))
    , m_enterprisesPage(new EnterprisesPage(this))
{
    setObjectName(u"mainWindow"_s);
    resize(980, 660);
    setWindowIcon(appIcon());

    // Home: heading and a grid of tiles, filled by addTool().
    m_homeHeading->setObjectName(u"homeHeading"_s);
    scaleFont(m_homeHeading, 1.8, Weight::Bold);
    m_homeSubheading->setWordWrap(true);
    m_homeSubheading->setForegroundRole(QPalette::PlaceholderText);
    auto *homeLayout = new QVBoxLayout(m_home);
    homeLayout->setContentsMargins(32, 28, 32, 28);
    homeLayout->addWidget(m_homeHeading);
    homeLayout->addWidget(m_homeSubheading);
    homeLayout->addSpacing(12);
    m_dueHeading = new QLabel(m_home);
    m_dueHeading->setObjectName(u"dueHeading"_s);
    scaleFont(m_dueHeading, 1.2, Weight::Bold);
    m_dueTable = new QTableWidget(0, 6, m_home);
    m_dueTable->setObjectName(u"dueTable"_s);
    m_dueTable->verticalHeader()->hide();
    m_dueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dueTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dueTable->horizontalHeader()->setStretchLastSection(true);
    homeLayout->addWidget(m_dueHeading);
    homeLayout->addWidget(m_dueTable);
    homeLayout->addSpacing(12);
    m_toolGrid->setSpacing(16);
    homeLayout->addLayout(m_toolGrid);
    homeLayout->addStretch(1);
    auto *homeScroll = new QScrollArea(this);
    homeScroll->setWidget(m_home);
    homeScroll->setWidgetResizable(true);
    homeScroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(homeScroll);

    // Navigation back to the home, shown on tool pages.
    m_back->setObjectName(u"backToHome"_s);
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setAutoRaise(true);
    m_back->hide();
    connect(m_back, &QToolButton::clicked, this, &MainWindow::showHome);
    // Alt+Home, as the button's tooltip says, or the platform's "back" key, wherever the focus is on a tool
    // page (a window action: a button's own shortcut loses to the focused field's key handling).
    auto *back = new QAction(this);
    back->setObjectName(u"backAction"_s);
    back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Home), QKeySequence(QKeySequence::Back)});
    back->setShortcutContext(Qt::WindowShortcut);
    connect(back, &QAction::triggered, this, [this] {
        if (m_back->isVisible())
            showHome();
    });
    addAction(back);

    // The session bar: which enterprise the tools work on (switching needs no password), who is signed
    // in, and the lock. Hidden while locked.
    m_enterpriseSwitcher->setObjectName(u"enterpriseSwitcher"_s);
    m_enterpriseSwitcher->setMinimumContentsLength(24);
    m_enterpriseSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_lockButton->setObjectName(u"lockButton"_s);
    m_lockButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_lockButton, &QToolButton::clicked, this, &MainWindow::lockRequested);
    connect(m_enterpriseSwitcher, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = currentEnterpriseId();
        // The enterprise last worked on is this account's own (sealed to its key), not the computer's.
        if (!id.isEmpty() && !m_kiosk && m_session)
            (void)auth::AccountSettings::set(*m_session, u"current_enterprise"_s, id);
        installRulePacksOf(id);
        Q_EMIT currentEnterpriseChanged(id);
    });
    auto *sessionLayout = new QHBoxLayout(m_sessionBar);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->addWidget(m_back);
    sessionLayout->addStretch(1);
    sessionLayout->addWidget(m_enterpriseSwitcher);
    sessionLayout->addSpacing(12);
    sessionLayout->addWidget(m_userLabel);
    sessionLayout->addWidget(m_lockButton);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(8, 4, 8, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sessionBar);
    m_countdown = new QLabel(central);
    m_countdown->setObjectName(u"idleCountdown"_s);
    m_countdown->setWordWrap(true);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setStyleSheet(u"background: #fff4e5; color: #7a4100; border: 2px solid #f0b45a; padding: 14px;"_s);
    scaleFont(m_countdown, 1.4, Weight::Bold);
    m_countdown->hide();
    centralLayout->addWidget(m_countdown);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *amountPage = new AmountInWordsPage(this);
    connect(amountPage, &AmountInWordsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    addTool(amountPage);
    addTool(new IdentifierCheckPage(this));
    auto *calculatorsPage = new CalculatorsPage(this);
    connect(calculatorsPage, &CalculatorsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    addTool(calculatorsPage);
    auto *invoicePage = new InvoicePage(this);
    m_invoicePage = invoicePage;
    invoicePage->setObjectName(u"invoicePage"_s);
    connect(invoicePage, &InvoicePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(this, &MainWindow::currentEnterpriseChanged, invoicePage,
            [this, invoicePage](const QString &id) { invoicePage->setEnterprise(m_session, id); });
    addTool(invoicePage);
    m_verifyPage = new VerifyInvoicePage(this);
    m_verifyPage->setObjectName(u"verifyInvoicePage"_s);
    addTool(m_verifyPage);
    auto *receivedPage = new ReceivedInvoicesPage(this);
    m_receivedPage = receivedPage;
    receivedPage->setObjectName(u"receivedInvoicesPage"_s);
    connect(receivedPage, &ReceivedInvoicesPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(this, &MainWindow::currentEnterpriseChanged, receivedPage,
            [this, receivedPage](const QString &id) { receivedPage->setEnterprise(m_session, id); });
    addTool(receivedPage);
    auto *payrollPage = new PayrollPage(this);
    payrollPage->setObjectName(u"payrollPage"_s);
    connect(payrollPage, &PayrollPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    // The payroll follows the enterprise switcher; no password is asked again.
    connect(this, &MainWindow::currentEnterpriseChanged, payrollPage,
            [this, payrollPage](const QString &id) { payrollPage->setEnterprise(m_session, id); });
    addTool(payrollPage);
    auto *filingPage = new FilingPage(this);
    m_filingPage = filingPage;
    connect(filingPage, &FilingPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(this, &MainWindow::currentEnterpriseChanged, filingPage,
            [this, filingPage](const QString &id) { filingPage->setEnterprise(m_session, id); });
    connect(filingPage, &FilingPage::returnsChanged, this, &MainWindow::refreshDue);
    addTool(filingPage);
    // A row of the due list opens its return.
    connect(m_dueTable, &QTableWidget::cellActivated, this, [this, filingPage](int row, int) {
        const QString enterprise = m_dueTable->item(row, 0)->data(Qt::UserRole).toString();
        const QString form = m_dueTable->item(row, 1)->data(Qt::UserRole).toString();
        const QString period = m_dueTable->item(row, 2)->text();
        m_enterpriseSwitcher->setCurrentIndex(m_enterpriseSwitcher->findData(enterprise));
        showTool(filingPage);
        filingPage->showReturn(form, period);
    });
    auto *refundsPage = new RefundsPage(this);
    m_refundsPage = refundsPage;
    connect(refundsPage, &RefundsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(this, &MainWindow::currentEnterpriseChanged, refundsPage,
            [this, refundsPage](const QString &id) { refundsPage->setEnterprise(m_session, id); });
    addTool(refundsPage);
    // The overseas traveller's tool needs no account and keeps nothing: also at a kiosk.
    m_travellerPage = new TravellerRefundPage(this);
    addTool(m_travellerPage);
    m_syncPage = new SyncPage(this);
    connect(m_syncPage, &SyncPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(this, &MainWindow::currentEnterpriseChanged, m_syncPage,
            [this](const QString &id) { m_syncPage->setEnterprise(m_session, id); });
    m_syncLabel->setObjectName(u"syncIndicator"_s);
    connect(m_syncPage, &SyncPage::indicatorChanged, this, [this](const QString &text, const QString &details) {
        m_syncLabel->setText(text);
        m_syncLabel->setToolTip(details);
    });
    addTool(m_syncPage);
    connect(invoicePage, &InvoicePage::syncRequested, this, [this] { showTool(m_syncPage); });
    // The tax office's answers on refund applications arrive with a sync.
    connect(m_syncPage, &SyncPage::syncFinished, refundsPage, &RefundsPage::refresh);
    connect(m_enterprisesPage, &EnterprisesPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_enterprisesPage, &EnterprisesPage::enterprisesChanged, this, &MainWindow::refreshEnterprises);
    addTool(m_enterprisesPage);
    m_squarePage = new SquarePage(this);
    connect(m_squarePage, &SquarePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_squarePage, &SquarePage::pluginsChanged, this, &MainWindow::reloadPlugins);
    m_squarePage->setServerAccess([this]() -> std::optional<SquarePage::ServerAccess> {
        const auto access = m_syncPage ? m_syncPage->serverAccess() : std::nullopt;
        if (!access)
            return std::nullopt;
        return SquarePage::ServerAccess{access->first, access->second};
    });
    addTool(m_squarePage);

    m_versionLabel->setObjectName(u"versionLabel"_s);
    m_backupLabel->setObjectName(u"backupStatus"_s);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_versionLabel);

    createMenus();
    retranslateUi();
    setSession(nullptr);
    showHome();
}

void MainWindow::setSession(auth::Session *session)
{
    m_session = session;
    if (!session)
        m_travellerPage->clear(); // a visit ended or the app locked: the next person sees nothing of this one
    m_enterprisesPage->setSession(session);
    m_squarePage->setSession(session);
    m_lockAction->setEnabled(session != nullptr);
    m_securityAction->setEnabled(session != nullptr);
    m_lockButton->setVisible(session != nullptr);
    m_userLabel->setText(session ? session->userName() : QString());
    m_enterpriseSwitcher->setVisible(session != nullptr);
    refreshEnterprises();
    reloadPlugins(); // after the enterprise is chosen: a plugin may read it as it starts
    if (!session)
        showHome();
}

void MainWindow::refreshEnterprises()
{
    const QString current = currentEnterpriseId().isEmpty() && !m_kiosk && m_session
        ? auth::AccountSettings::load(*m_session).value_or(QJsonObject{}).value(u"current_enterprise"_s).toString()
        : currentEnterpriseId();
    const QSignalBlocker blocker(m_enterpriseSwitcher);
    m_enterpriseSwitcher->clear();
    if (m_session) {
        if (auto enterprises = m_session->enterprises(); enterprises) {
            for (const auth::EnterpriseSummary &enterprise : std::as_const(*enterprises))
                m_enterpriseSwitcher->addItem(enterprise.profile.name, enterprise.id);
        }
    }
    if (m_enterpriseSwitcher->count() == 0)
        m_enterpriseSwitcher->addItem(m_session ? tr("No enterprise yet") : QString());
    const int index = m_enterpriseSwitcher->findData(current);
    m_enterpriseSwitcher->setCurrentIndex(index >= 0 ? index : 0);
    m_enterpriseSwitcher->setEnabled(m_enterpriseSwitcher->count() > 1 || !currentEnterpriseId().isEmpty());
    installRulePacksOf(currentEnterpriseId());
    Q_EMIT currentEnterpriseChanged(currentEnterpriseId());
    refreshDue();
}

void MainWindow::refreshDue()
{
    if (!m_dueTable)
        return;
    m_dueTable->setRowCount(0);
    const bool shown = m_session && !m_kiosk;
    m_dueTable->setVisible(shown);
    m_dueHeading->setVisible(shown);
    if (!shown)
        return;
    auto pack = filing::FilingPack::inForce();
    auto taxRules = rules::RulePack::inForce();
    auto enterprises = m_session->enterprises();
    if (!pack || !taxRules || !enterprises)
        return;
    const QDate today = QDate::currentDate();
    const auto [deadline, estimated] = filing::FilingCalendar(**pack).deadline(today.year(), today.month());
    int late = 0;
    int open = 0;
    int filed = 0;
    const QHash<QString, QString> formNames{{u"vat-general"_s, tr("VAT (general)")},
                                            {u"vat-small"_s, tr("VAT (small-scale)")},
                                            {u"cit-prepay"_s, tr("CIT prepayment")},
                                            {u"stamp-duty"_s, tr("Stamp duty")},
                                            {u"iit-withholding"_s, tr("IIT withholding")}};
    for (const auth::EnterpriseSummary &enterprise : std::as_const(*enterprises)) {
        auto store = m_session->openEnterprise(enterprise.id);
        if (!store)
            continue;
        filing::Filings filings(**store, **pack, **taxRules);
        auto due = filings.due(today.year(), today.month(), today);
        if (!due)
            continue;
        for (const filing::DueReturn &item : std::as_const(*due)) {
            const int row = m_dueTable->rowCount();
            m_dueTable->insertRow(row);
            auto *name = new QTableWidgetItem(enterprise.profile.name);
            name->setData(Qt::UserRole, enterprise.id);
            auto *form = new QTableWidgetItem(formNames.value(item.form, item.form));
            form->setData(Qt::UserRole, item.form);
            QString state;
            QColor colour;
            if (item.state == u"filed") {
                state = tr("Filed %1").arg(item.filedAt.left(10));
                colour = QColor(0x2E, 0x7D, 0x32);
                ++filed;
            } else if (item.state == u"late") {
                state = item.taxDue ? tr("Late %n day(s), late fee %1", nullptr, item.daysLate).arg(item.lateFee.toFixed(2))
                                    : tr("Late %n day(s)", nullptr, item.daysLate);
                colour = QColor(0xB7, 0x1C, 0x1C);
                ++late;
            } else {
                state = tr("Open, %n day(s) left", nullptr, static_cast<int>(today.daysTo(item.deadline)));
                colour = QColor(0x8A, 0x5A, 0x00);
                ++open;
            }
            auto *stateItem = new QTableWidgetItem(state);
            stateItem->setForeground(colour);
            m_dueTable->setItem(row, 0, name);
            m_dueTable->setItem(row, 1, form);
            m_dueTable->setItem(row, 2, new QTableWidgetItem(item.period));
            m_dueTable->setItem(row, 3, new QTableWidgetItem(item.deadline.toString(Qt::ISODate)));
            m_dueTable->setItem(row, 4, new QTableWidgetItem(item.taxDue ? item.taxDue->toFixed(2) : QString()));
            m_dueTable->setItem(row, 5, stateItem);
        }
    }
    // As tall as its rows (at most about seven), so the tools stay in view.
    const int rowsShown = std::max(1, std::min(m_dueTable->rowCount(), 7));
    m_dueTable->setFixedHeight(m_dueTable->horizontalHeader()->sizeHint().height() + 2 * m_dueTable->frameWidth()
                               + rowsShown * m_dueTable->verticalHeader()->defaultSectionSize() + 6);
    m_dueHeading->setText(
        tr("Due this month: by %1 (%n day(s) left)", nullptr, static_cast<int>(std::max<qint64>(0, today.daysTo(deadline))))
            .arg(deadline.toString(Qt::ISODate))
        + (estimated ? tr(" (estimated: no published calendar)") : QString()) + u"  "_s
        + tr("%1 filed, %2 open, %3 late").arg(filed).arg(open).arg(late));
    m_dueTable->setHorizontalHeaderLabels({tr("Enterprise"), tr("Return"), tr("Period"), tr("Deadline"), tr("Tax"), tr("State")});
}

void MainWindow::installRulePacksOf(const QString &enterpriseId)
{
    // Rule packs the sync server published (verified, kept in the enterprise's store) are put in force
    // before the pages learn of the enterprise, so calculations use the newest verified rules.
    if (!m_session || enterpriseId.isEmpty())
        return;
    if (auto store = m_session->openEnterprise(enterpriseId))
        (void)sync::SyncLedger(**store).installRulePacks();
}

QString MainWindow::currentEnterpriseId() const
{
    return m_enterpriseSwitcher->currentData().toString();
}

void MainWindow::setKioskMode(bool kiosk)
{
    m_kiosk = kiosk;
    m_securityAction->setVisible(!kiosk);
    m_backupLabel->setVisible(!kiosk);
    m_syncLabel->setVisible(!kiosk);
    // A kiosk visit leaves nothing behind: no server address or session for the next visitor.
    if (const qsizetype sync = m_pages.indexOf(m_syncPage); sync >= 0)
        m_tiles.at(sync)->setVisible(!kiosk);
    // Issuing needs numbers granted through the sync, which a visit never has; verifying stays.
    if (const qsizetype invoices = m_pages.indexOf(m_invoicePage); invoices >= 0)
        m_tiles.at(invoices)->setVisible(!kiosk);
    // An enterprise's received invoices and returns are its books, not a visitor's.
    if (const qsizetype received = m_pages.indexOf(m_receivedPage); received >= 0)
        m_tiles.at(received)->setVisible(!kiosk);
    if (const qsizetype filing = m_pages.indexOf(m_filingPage); filing >= 0)
        m_tiles.at(filing)->setVisible(!kiosk);
    if (const qsizetype refunds = m_pages.indexOf(m_refundsPage); refunds >= 0)
        m_tiles.at(refunds)->setVisible(!kiosk);
    // A visitor installs nothing: a kiosk opens only the plugins on its allow-list (setKioskPlugins).
    if (const qsizetype square = m_pages.indexOf(m_squarePage); square >= 0)
        m_tiles.at(square)->setVisible(!kiosk);
    refreshDue();
    retranslateLock();
}

void MainWindow::showIdleCountdown(int secondsLeft)
{
    m_countdown->setVisible(secondsLeft > 0);
    if (secondsLeft > 0)
        m_countdown->setText(tr("No one has used this computer for a while: in %1 s everything of this visit is erased. "
                                "Move the mouse or press a key to go on.")
                                 .arg(secondsLeft));
}

void MainWindow::restoreWindowState()
{
    // Size, position and maximised state are this computer's (a visitor's kiosk is always full screen).
    if (m_kiosk)
        return;
    const QSettings settings;
    if (const QByteArray geometry = settings.value(u"ui/window_geometry"_s).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(u"ui/window_state"_s).toByteArray(); !state.isEmpty())
        restoreState(state);
}

void MainWindow::saveWindowState() const
{
    if (m_kiosk)
        return;
    QSettings settings;
    settings.setValue(u"ui/window_geometry"_s, saveGeometry());
    settings.setValue(u"ui/window_state"_s, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A visitor cannot close the kiosk (Alt+F4, the window's close button): an administrator can.
    if (m_kiosk && !m_closeAllowed && TerminationSignals::received() == 0) {
        event->ignore();
        Q_EMIT kioskQuitRequested();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateLock()
{
    m_lockAction->setText(m_kiosk ? tr("&End visit") : tr("&Lock"));
    m_lockButton->setText(m_kiosk ? tr("End visit and erase") : tr("Lock"));
    m_lockButton->setToolTip(m_kiosk ? tr("Erase everything of this visit and start again for the next person")
                                     : tr("Lock Taxbox now (Ctrl+L); your password unlocks it"));
}

void MainWindow::showLastBackup(const QDateTime &at)
{
    m_lastBackup = at;
    updateBackupLabel();
}

void MainWindow::updateBackupLabel()
{
    m_backupLabel->setText(
        m_lastBackup.isValid()
            ? tr("Last good backup: %1").arg(QLocale().toString(m_lastBackup.toLocalTime(), QLocale::ShortFormat))
            : tr("No backup yet"));
}

void MainWindow::addTool(ToolPage *page)
{
    auto *tile = new ToolTile(page->glyph(), page->accent(), m_home);
    tile->setObjectName(u"tile_"_s + QString::fromLatin1(page->metaObject()->className()).section(u"::"_s, -1));
    const auto index = static_cast<int>(m_tiles.size());
    m_toolGrid->addWidget(tile, index / kTileColumns, index % kTileColumns);
    m_toolGrid->setColumnStretch(index % kTileColumns, 1);
    m_stack->addWidget(page);
    m_pages.append(page);
    m_tiles.append(tile);
    connect(tile, &ToolTile::clicked, this, [this, page] { showTool(page); });
}

void MainWindow::removePluginTools()
{
    if (m_pluginPages.contains(m_stack->currentWidget()))
        showHome();
    for (PluginPage *page : std::as_const(m_pluginPages)) {
        const qsizetype index = m_pages.indexOf(page);
        delete m_tiles.takeAt(index);
        m_pages.removeAt(index);
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_pluginPages.clear();
    // The remaining tiles close up, in their order.
    for (ToolTile *tile : std::as_const(m_tiles))
        m_toolGrid->removeWidget(tile);
    for (qsizetype index = 0; index < m_tiles.size(); ++index)
        m_toolGrid->addWidget(m_tiles.at(index), static_cast<int>(index / kTileColumns), static_cast<int>(index % kTileColumns));
}

void MainWindow::setKioskPlugins(const QString &root, const QStringList &allowList)
{
    m_kioskPluginRoot = root;
    m_kioskAllowList = allowList;
}

void MainWindow::reloadPlugins()
{
    removePluginTools();
    if (!m_session)
        return;
    const QString root = m_kiosk ? m_kioskPluginRoot : QDir(m_session->workspace().directory()).filePath(u"plugins"_s);
    if (root.isEmpty() || !QDir(root).exists())
        return;
    square::PluginStore store(root);
    auto checking = store.checkingContext();
    if (!checking) {
        statusBar()->showMessage(checking.error().message);
        return;
    }
    PluginServices services;
    services.enterprise = [this]() -> Result<EnterpriseProfile> {
        if (!m_session || currentEnterpriseId().isEmpty())
            return fail(u"no_enterprise"_s, tr("No enterprise is open."), u"enterprise"_s);
        auto enterprise = m_session->findEnterprise(currentEnterpriseId());
        if (!enterprise)
            return std::unexpected(enterprise.error());
        return enterprise->profile;
    };
    services.invoiceTotals = [this](const QDate &from, const QDate &to) -> Result<QJsonArray> {
        if (!m_session || currentEnterpriseId().isEmpty())
            return fail(u"no_enterprise"_s, tr("No enterprise is open."), u"enterprise"_s);
        auto enterpriseStore = m_session->openEnterprise(currentEnterpriseId());
        if (!enterpriseStore)
            return std::unexpected(enterpriseStore.error());
        auto pack = rules::RulePack::inForce();
        if (!pack)
            return std::unexpected(pack.error());
        invoice::LedgerFilter filter;
        filter.from = from;
        filter.to = to;
        auto totals = invoice::InvoiceBook(**enterpriseStore, **pack).totalsByRateAndMonth(filter);
        if (!totals)
            return std::unexpected(totals.error());
        QJsonArray rows;
        for (const invoice::RateTotal &total : std::as_const(*totals))
            rows.append(total.toJson());
        return rows;
    };
    services.chooseSaveFile = [this](const QString &suggestedName) {
        return FileDialogs::saveFileName(this, tr("Save"), QDir(QDir::homePath()).filePath(QFileInfo(suggestedName).fileName()),
                                         {});
    };
    PluginRuntime::Options options;
    if (m_kiosk)
        options.allowList = m_kioskAllowList;
    else
        options.content.workspaceDirectory = m_session->workspace().directory();
    const LoadedPlugins loaded = PluginRuntime::load(store.list(*checking), services, options, this);
    for (PluginPage *page : loaded.pages) {
        addTool(page);
        m_tiles.constLast()->setObjectName(u"tile_plugin_"_s + page->plugin().manifest.id);
        m_tiles.constLast()->setTitle(page->title());
        m_tiles.constLast()->setDescription(page->description());
        m_pluginPages.append(page);
    }
    if (!m_kiosk)
        m_squarePage->setRuntimeNotes(loaded.errors, loaded.contentNotes);
    for (const QString &note : loaded.contentNotes)
        statusBar()->showMessage(note, 10000);
    if (!loaded.contentNotes.isEmpty())
        refreshDue(); // a filing pack may have brought another 征期 calendar
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_lockAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_fileMenu->addSeparator();
    // In a kiosk, quitting is for an administrator: the request goes to the controller, which asks.
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, [this] {
        if (m_kiosk)
            Q_EMIT kioskQuitRequested();
        else
            QApplication::closeAllWindows();
    });
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_securityAction = m_settingsMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    m_securityAction->setObjectName(u"securityAction"_s);
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_followSystemAction = m_languageMenu->addAction(QString());
    m_followSystemAction->setData(QString());
    m_languageMenu->addSeparator();
    // Language names are written in their own language, so anyone can find theirs.
    QAction *chinese = m_languageMenu->addAction(u"简体中文"_s);
    chinese->setData(languageCode(Language::SimplifiedChinese));
    QAction *english = m_languageMenu->addAction(u"English"_s);
    english->setData(languageCode(Language::English));
    const QString saved = QSettings().value(u"ui/language"_s).toString();
    for (QAction *action : {m_followSystemAction, chinese, english}) {
        action->setCheckable(true);
        action->setObjectName(u"language_"_s + (action->data().toString().isEmpty() ? u"system"_s : action->data().toString()));
        action->setChecked(action->data().toString() == saved);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { chooseLanguage(action->data().toString()); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::chooseLanguage(const QString &code)
{
    // A kiosk visitor's choice lasts for the visit only: nothing of one visitor is kept for the next.
    if (!m_kiosk)
        QSettings().setValue(u"ui/language"_s, code);
    const Language language = resolveLanguage(std::nullopt, code, QLocale::system());
    if (!m_translations.install(language))
        statusBar()->showMessage(tr("The translation for %1 could not be loaded.").arg(code), 6000);
    // Installing translators sends QEvent::LanguageChange to every widget, which retranslates.
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Taxbox 便民办税工具箱"));
    m_homeHeading->setText(tr("Toolbox"));
    m_homeSubheading->setText(tr("Choose a tool."));
    refreshDue();
    m_back->setText(tr("Toolbox"));
    m_back->setToolTip(tr("Back to the toolbox (Alt+Home)"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        m_tiles[i]->setTitle(m_pages[i]->title());
        m_tiles[i]->setDescription(m_pages[i]->description());
    }
    m_versionLabel->setText(tr("Version %1").arg(QString::fromLatin1(kVersion)));
    statusBar()->showMessage(tr("Ready"));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    retranslateLock();
    m_securityAction->setText(tr("Security and &backup…"));
    updateBackupLabel();
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_followSystemAction->setText(tr("Follow the &system"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Taxbox"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::showHome()
{
    m_stack->setCurrentIndex(0);
    m_back->hide();
    if (!m_tiles.isEmpty())
        m_tiles.constFirst()->setFocus();
}

void MainWindow::showTool(ToolPage *page)
{
    m_stack->setCurrentWidget(page);
    m_back->show();
    // Put the cursor in the page's first input, so the user can type straight away.
    for (QWidget *widget = page->nextInFocusChain(); widget != page && page->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(page) && widget->isEnabled()) {
            widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

Result<void> MainWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(u"not_found"_s, tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)), u"file"_s);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"tbx") {
        if (m_kiosk)
            return fail(u"not_permitted"_s, tr("Nothing is installed at a kiosk: %1 was not opened.").arg(info.fileName()),
                        u"file"_s);
        showTool(m_squarePage);
        (void)m_squarePage->preview(info.absoluteFilePath()); // the page shows the package, or why it is refused
        return {};
    }
    if (suffix == u"xml" || suffix == u"ofd") {
        showTool(m_verifyPage);
        (void)m_verifyPage->verifyFile(info.absoluteFilePath()); // the page shows every check
        return {};
    }
    return fail(u"unsupported_file"_s,
                tr("Taxbox cannot open %1: it opens app-square packages (.tbx) and invoices (.xml, .ofd).").arg(info.fileName()),
                u"file"_s);
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace taxbox::ui
