#pragma once

#include "base/Result.h"
#include "square/ContentPacks.h"

#include <QHash>
#include <QMainWindow>

namespace taxbox::ui {

class IdleWatcher;
class TravellerRefundPage;

/// `taxbox --traveller-kiosk`: the departure-refund tool alone, full screen, for airports, stores and
/// tax halls. No account and no store are ever opened; after a few idle minutes (with a visible
/// countdown) or on "New traveller" every entry is forgotten and the language returns to the kiosk's.
/// Only the kiosk administrator's password (taxbox --kiosk-set-admin-password) closes it.
class TravellerKiosk : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString language = QStringLiteral("en"); ///< the language each visit starts in
        int idleMinutes = 3;
        int warningSeconds = 30;
    };
    explicit TravellerKiosk(Options options, QWidget *parent = nullptr);

    /// Before a traveller kiosk opens (`--kiosk-plugins DIR`): the content packs an administrator installed into
    /// `pluginsRoot` that its kiosk-allow.json lists are put in force — newer refund rules, the guide's wording and
    /// notices — without a new release. Nothing else there opens (the kiosk shows the departure-refund tool alone).
    /// Package id → what it put in force, or why not.
    [[nodiscard]] static QHash<QString, Result<QString>> putContentInForce(const QString &pluginsRoot,
                                                                           const square::ContentPacks::Options &options = {});

    [[nodiscard]] TravellerRefundPage *page() const { return m_page; }
    [[nodiscard]] IdleWatcher *idleWatcher() const { return m_idle; }
    /// Forgets the visit: entries, results, the traveller's language.
    void reset();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Options m_options;
    TravellerRefundPage *m_page;
    IdleWatcher *m_idle;
    bool m_closeAllowed = false;
};

} // namespace taxbox::ui
