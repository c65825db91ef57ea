#pragma once

#include "base/Result.h"
#include "enterprise/EnterpriseProfile.h"
#include "square/PluginStore.h"

#include <taxbox/PluginApi.h>

#include <QJsonArray>
#include <QObject>

#include <functional>

namespace taxbox::ui {

/// What the window lends a plugin's host: the enterprise being worked on, its invoice totals, and the person's
/// choice of a file to write. Each may be missing (no enterprise open, a kiosk visit): the call is then an error.
struct PluginServices
{
    std::function<Result<EnterpriseProfile>()> enterprise;
    std::function<Result<QJsonArray>(const QDate &from, const QDate &to)> invoiceTotals;
    /// The path the person chose for `suggestedName`, empty when they cancelled.
    std::function<QString(const QString &suggestedName)> chooseSaveFile;
};

/// The one door from a plugin into Taxbox (sdk::Host), for native plugins directly and for web plugins as the
/// QWebChannel object "taxbox": each method checks the permission it needs against what the person granted
/// (InstalledPlugin::grants), and a call without it answers "permission_denied" — an error the plugin sees,
/// never a crash. Every call is counted by method for the page's "what this plugin did" line and for tests.
class PluginBridge : public QObject, public sdk::Host
{
    Q_OBJECT
public:
    PluginBridge(square::InstalledPlugin plugin, PluginServices services, QObject *parent = nullptr);

    /// sdk::Host and the web page's entry point: {"value": …} or {"error": {"code", "message"}}.
    Q_INVOKABLE QJsonObject call(const QString &method, const QJsonObject &arguments) override;

    /// The permission a method needs ("" for none, and for unknown methods).
    [[nodiscard]] static QString permissionFor(const QString &method);
    [[nodiscard]] const square::InstalledPlugin &plugin() const { return m_plugin; }
    [[nodiscard]] int deniedCalls() const { return m_denied; }

Q_SIGNALS:
    /// A call was refused for want of `permission` (the page says so).
    void denied(const QString &method, const QString &permission);

private:
    [[nodiscard]] Result<QJsonObject> dispatch(const QString &method, const QJsonObject &arguments);
    square::InstalledPlugin m_plugin;
    PluginServices m_services;
    int m_denied = 0;
};

} // namespace taxbox::ui
