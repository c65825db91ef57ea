#pragma once

#include "PluginPages.h"
#include "square/ContentPacks.h"

#include <optional>

namespace taxbox::ui {

/// What the installed packages became at start (or after a change in the square): a page for each native and web
/// plugin that could be opened, and for each package that could not, the reason (its own state, so one broken
/// plugin never stops the others or the app); content packs put in force, with what they changed.
struct LoadedPlugins
{
    QList<PluginPage *> pages;
    QHash<QString, QString> errors; ///< package id → why it is not available
    QHash<QString, QString> contentNotes; ///< content package id → what it put in force (or why not)
};

class PluginRuntime
{
    Q_DECLARE_TR_FUNCTIONS(PluginRuntime)
public:
    struct Options
    {
        /// Kiosk mode: only these ids (the kiosk's allow-list) are opened; nullopt: every installed package.
        std::optional<QStringList> allowList;
        /// What content packs may put in force (the rule keys, the workspace whose code table they may replace).
        square::ContentPacks::Options content = {};
    };
    /// `plugins` as PluginStore::list() gave them (verified); pages are created with `parent`.
    [[nodiscard]] static LoadedPlugins load(const QList<square::InstalledPlugin> &plugins, const PluginServices &services,
                                            const Options &options, QWidget *parent);
};

} // namespace taxbox::ui
