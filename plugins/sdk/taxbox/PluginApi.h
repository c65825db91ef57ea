#pragma once

// The Taxbox plugin API for native plugins (docs/plugins.md). A native plugin is a Qt plugin built against this
// header and the same Qt major.minor as the Taxbox it runs in; it names TaxboxToolPlugin_iid in its
// Q_PLUGIN_METADATA. Everything a plugin asks of Taxbox goes through Host::call, which answers only what the
// person granted at install; the same methods are what a web plugin's `taxbox` object offers through QWebChannel.
//
// This header is the whole contract: it includes only QtCore and declares no Taxbox internals, so a plugin never
// links against Taxbox itself.

#include <QJsonObject>
#include <QString>
#include <QtPlugin>

class QWidget;

namespace taxbox::sdk {

/// The API version this header describes; a package's manifest names it (api_version) and Taxbox refuses a
/// package whose version it does not offer.
inline constexpr int kApiVersion = 1;

/// What Taxbox offers a plugin, one JSON call at a time. The answer is {"value": …} on success or
/// {"error": {"code", "message"}}: "permission_denied" when the person did not grant what the method needs,
/// "unknown_method", "invalid_arguments", or the calculator's own code with a message naming the field.
/// Methods (permission in brackets):
///   host.info                 ()                  → {"api_version", "app_version", "language", "granted": [...]}
///   package.read              ()                  {"path": "rules/x.json"} → {"text"} (a file of the plugin's own package)
///   enterprise.profile        (enterprise.read)   → {"name", "credit_code", "region", "taxpayer_kind"}
///   invoices.totals           (totals.read)       {"from": "2026-01", "to": "2026-03"} → {"rows": [{"month", "rate", "amount",
///   "tax"}]} calc.list                 (calc.run)          → {"calculators": [{"name", "title"}]} calc.run (calc.run)
///   {"calculator": "vat-small", "input": {…}} → {"output", "explanation", "warnings"} files.save                (files.write)
///   {"name": "suggested.csv", "text": "…"} → {"path"} (the person chooses where)
class Host
{
public:
    virtual ~Host() = default;
    virtual QJsonObject call(const QString &method, const QJsonObject &arguments) = 0;
};

/// A native tool: Taxbox shows the widget as a page of its window, with the package's name as the heading.
class ToolPlugin
{
public:
    virtual ~ToolPlugin() = default;
    /// The tool's page. `host` outlives the widget; the widget is owned by `parent`.
    virtual QWidget *createTool(Host &host, QWidget *parent) = 0;
};

} // namespace taxbox::sdk

#define TaxboxToolPlugin_iid "cn.taxbox.ToolPlugin/1"
Q_DECLARE_INTERFACE(taxbox::sdk::ToolPlugin, TaxboxToolPlugin_iid)
