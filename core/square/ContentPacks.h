#pragma once

#include "PluginStore.h"
#include "base/Result.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QHash>

namespace taxbox::square {

/// What a content pack puts in force: rule packs (cn-tax; cn-refund, the refund and departure-refund rules and
/// the departure-refund guide texts; cn-filing, the filing-form versions, their parameters and the 征期 calendar;
/// cn-print, the print templates of the 数电票 and the refund application),
/// each signed with a data key besides the package's own signatures, and the tax code table. The desktop applies
/// the installed packs when a workspace opens, and so does taxbox-cli, so a script computes with what the
/// accountant sees.
class ContentPacks
{
    Q_DECLARE_TR_FUNCTIONS(ContentPacks)
public:
    struct Options
    {
        /// The keys a content pack's rule packs must be signed with (besides the package's own signatures).
        QList<rules::TrustedKey> ruleKeys = rules::trustedKeys();
        /// The workspace whose tax code table a content pack may replace (empty: none, as at a kiosk).
        QString workspaceDirectory = {};
    };
    /// Puts the rule packs a content package carries (rules/ID.json with rules/ID.json.sig) in force when they are
    /// newer, and its tax code table (tax-codes/tax-codes-VERSION.csv with its .sig) into the workspace once (a table
    /// the accountant imports later is not overwritten at the next start); says what changed ("cn-tax 2026.1 →
    /// 2026.2, rules changed: vat.small_exemption, …", "Tax code table 33.0 in use: 12 codes …").
    [[nodiscard]] static Result<QString> apply(const InstalledPlugin &plugin, const Options &options);
    /// Applies every installed content pack under `pluginsRoot` that verifies and is enabled (others are skipped:
    /// their state says why) and, at a kiosk, is on `allowList`: package id → what it put in force, or why not.
    [[nodiscard]] static QHash<QString, Result<QString>> applyInstalled(const QString &pluginsRoot, const Options &options,
                                                                        const std::optional<QStringList> &allowList = {});

private:
    [[nodiscard]] static Result<QString> applyCodeTable(const InstalledPlugin &plugin, const QString &path,
                                                        const QString &version, const Options &options);
};

} // namespace taxbox::square
