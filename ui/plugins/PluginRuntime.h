#pragma once

#include "PluginPages.h"
#include "rules/RulePack.h"

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
        /// The keys a content pack's rule packs must be signed with (besides the package's own signatures).
        QList<rules::TrustedKey> ruleKeys = rules::trustedKeys();
        /// The workspace whose tax code table a content pack may replace (empty: none, as at a kiosk).
        QString workspaceDirectory = {};
    };
    /// `plugins` as PluginStore::list() gave them (verified); pages are created with `parent`.
    [[nodiscard]] static LoadedPlugins load(const QList<square::InstalledPlugin> &plugins, const PluginServices &services,
                                            const Options &options, QWidget *parent);
    /// Puts the rule packs a content package carries (rules/ID.json with rules/ID.json.sig, each signed with a data key)
    /// in force when they are newer, and its tax code table (tax-codes/tax-codes-VERSION.csv with its .sig) into the
    /// workspace once (a table the accountant imports later is not overwritten at the next start); says what changed
    /// ("cn-tax 2026.1 → 2026.2: vat.small_exemption, …", "Tax code table 33.0 in use: 12 codes …").
    [[nodiscard]] static Result<QString> applyContent(const square::InstalledPlugin &plugin, const Options &options);

private:
    [[nodiscard]] static Result<QString> applyCodeTable(const square::InstalledPlugin &plugin, const QString &path,
                                                        const QString &version, const Options &options);
};

} // namespace taxbox::ui
