#include "TravellerKiosk.h"

#include "TravellerRefundPage.h"
#include "session/IdleWatcher.h"

#include "auth/KioskAdmin.h"
#include "base/ProcessGuard.h"
#include "crypto/SecureBytes.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QInputDialog>
#include <QScrollArea>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

QHash<QString, Result<QString>> TravellerKiosk::putContentInForce(const QString &pluginsRoot,
                                                                  const square::ContentPacks::Options &options)
{
    // No workspace: a content pack's tax code table has nowhere to go, only its rule packs are put in force.
    square::ContentPacks::Options content = options;
    content.workspaceDirectory.clear();
    return square::ContentPacks::applyInstalled(pluginsRoot, content, square::PluginStore::kioskAllowList(pluginsRoot));
}

TravellerKiosk::TravellerKiosk(Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_page(new TravellerRefundPage(this))
    , m_idle(new IdleWatcher(this))
{
    setObjectName(u"travellerKiosk"_s);
    setWindowTitle(u"离境退税 · Tax Refund"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_page);
    setCentralWidget(scroll);
    m_page->setKioskMode(true);
    m_page->setLanguage(m_options.language);
    m_idle->setTimeout(std::chrono::minutes(m_options.idleMinutes));
    m_idle->setWarning(std::chrono::seconds(m_options.warningSeconds));
    connect(m_idle, &IdleWatcher::idle, this, &TravellerKiosk::reset);
    connect(m_idle, &IdleWatcher::countdown, this, [this](int seconds) {
        if (seconds > 0)
            statusBar()->showMessage(u"⏱ %1 s"_s.arg(seconds));
        else
            statusBar()->clearMessage();
    });
    m_idle->restart();
}

void TravellerKiosk::reset()
{
    m_page->clear();
    m_page->setLanguage(m_options.language);
    QGuiApplication::clipboard()->clear();
    statusBar()->clearMessage();
    m_idle->restart();
}

void TravellerKiosk::closeEvent(QCloseEvent *event)
{
    // A visitor cannot close the kiosk; the administrator can, and SIGTERM (shutdown) always can.
    const auth::KioskAdmin admin;
    if (m_closeAllowed || TerminationSignals::received() != 0 || !admin.isSet()) {
        m_page->clear();
        event->accept();
        return;
    }
    bool ok = false;
    const QString password
        = QInputDialog::getText(this, u"Taxbox"_s, tr("Administrator password:"), QLineEdit::Password, QString(), &ok);
    if (ok) {
        const QByteArray bytes = password.toUtf8();
        auto verified = admin.verify(crypto::SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        m_closeAllowed = verified && *verified;
    }
    if (m_closeAllowed) {
        m_page->clear();
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace taxbox::ui
