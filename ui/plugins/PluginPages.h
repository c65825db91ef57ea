#pragma once

#include "PluginBridge.h"
#include "ToolPage.h"

#include <QStringList>

class QLabel;
class QPluginLoader;
class QWebEngineProfile;
class QWebEngineView;

namespace taxbox::ui {

/// Registers the taxbox-plugin:// scheme web plugins are served from. Must run before the QApplication is
/// created (QtWebEngine's rule); the desktop's main and the tests that open web plugins call it.
void registerPluginScheme();

/// A plugin's page in the main window: the package's name and description as the heading, its tile's badge the
/// first character of its Chinese name, and a line saying what was refused when the plugin asked for something
/// it was not granted.
class PluginPage : public ToolPage
{
    Q_OBJECT
public:
    PluginPage(const square::InstalledPlugin &plugin, const PluginServices &services, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QChar glyph() const override;
    [[nodiscard]] QColor accent() const override;
    [[nodiscard]] PluginBridge &bridge() const { return *m_bridge; }
    [[nodiscard]] const square::InstalledPlugin &plugin() const { return m_bridge->plugin(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    PluginBridge *m_bridge;
    QLabel *m_denied;
};

/// A native plugin: its library (the one for this platform, verified with the package at every start) loaded
/// with QPluginLoader and asked for its tool widget through sdk::ToolPlugin.
class NativePluginPage final : public PluginPage
{
    Q_OBJECT
public:
    /// Loads the library; nullptr with the reason (not a Taxbox plugin, another API version, missing symbols)
    /// when it cannot be used.
    [[nodiscard]] static Result<NativePluginPage *> load(const square::InstalledPlugin &plugin, const PluginServices &services,
                                                         QWidget *parent = nullptr);
    ~NativePluginPage() override;

private:
    NativePluginPage(const square::InstalledPlugin &plugin, const PluginServices &services, QWidget *parent);
    QPluginLoader *m_loader = nullptr;
};

/// A web plugin: its page in a QWebEngineView with a profile of its own that keeps nothing on disk, served only
/// from the package's listed files through taxbox-plugin://<id>/, with every request to anywhere else blocked
/// except https:// to the hosts it was granted (network:HOST), and Taxbox reachable only through the
/// QWebChannel object "taxbox" (the bridge).
class WebPluginPage final : public PluginPage
{
    Q_OBJECT
public:
    WebPluginPage(const square::InstalledPlugin &plugin, const PluginServices &services, QWidget *parent = nullptr);
    ~WebPluginPage() override;

    [[nodiscard]] QWebEngineView *view() const { return m_view; }
    /// The addresses the page tried to reach and was refused (newest last).
    [[nodiscard]] const QStringList &blocked() const { return m_blocked; }
    [[nodiscard]] static QString hostOf(const QString &pluginId);

private:
    QWebEngineProfile *m_profile;
    QWebEngineView *m_view;
    QStringList m_blocked;
};

} // namespace taxbox::ui
