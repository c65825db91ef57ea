#include "PluginRuntime.h"

#include "square/ContentPacks.h"

#include <QDir>
#include <QFile>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

LoadedPlugins PluginRuntime::load(const QList<square::InstalledPlugin> &plugins, const PluginServices &services,
                                  const Options &options, QWidget *parent)
{
    LoadedPlugins loaded;
    for (const square::InstalledPlugin &plugin : plugins) {
        const QString &id = plugin.manifest.id;
        if (options.allowList && !options.allowList->contains(id)) {
            loaded.errors.insert(id, tr("Not on this kiosk's allow-list."));
            continue;
        }
        if (plugin.state != u"ok") {
            loaded.errors.insert(id, plugin.state == u"disabled" ? tr("Disabled.") : plugin.error);
            continue;
        }
        if (plugin.manifest.kind == u"content") {
            auto applied = square::ContentPacks::apply(plugin, options.content);
            loaded.contentNotes.insert(id, applied ? *applied : applied.error().message);
            if (!applied)
                loaded.errors.insert(id, applied.error().message);
            continue;
        }
        if (plugin.manifest.kind == u"web") {
            loaded.pages.append(new WebPluginPage(plugin, services, parent));
            continue;
        }
        auto page = NativePluginPage::load(plugin, services, parent);
        if (!page) {
            loaded.errors.insert(id, page.error().message);
            continue;
        }
        loaded.pages.append(*page);
    }
    return loaded;
}

} // namespace taxbox::ui
