#include "PluginRuntime.h"

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
            auto applied = applyContent(plugin, options.ruleKeys);
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

Result<QString> PluginRuntime::applyContent(const square::InstalledPlugin &plugin, const QList<rules::TrustedKey> &ruleKeys)
{
    if (!plugin.grants(u"rules.install"_s))
        return fail(u"permission_denied"_s,
                    tr("%1 carries rules, but you did not grant “%2”.")
                        .arg(plugin.manifest.displayName(QLocale().name()), square::permissionLabel(u"rules.install"_s)),
                    u"plugin"_s);
    QStringList notes;
    for (auto it = plugin.manifest.files.constBegin(); it != plugin.manifest.files.constEnd(); ++it) {
        const QString &path = it.key();
        if (!path.startsWith(u"rules/"_s) || !path.endsWith(u".json"_s))
            continue;
        QFile pack(QDir(plugin.directory).filePath(u"files/"_s + path));
        QFile signature(QDir(plugin.directory).filePath(u"files/"_s + path + u".sig"_s));
        if (!plugin.manifest.files.contains(path + u".sig"_s) || !pack.open(QIODevice::ReadOnly)
            || !signature.open(QIODevice::ReadOnly))
            return fail(u"content_invalid"_s, tr("%1 carries %2 without its signature.").arg(plugin.manifest.id, path),
                        u"plugin"_s);
        const QByteArray packBytes = pack.readAll();
        const QByteArray signatureBytes = signature.readAll();
        auto incoming = rules::RulePack::load(packBytes, signatureBytes, ruleKeys);
        if (!incoming)
            return std::unexpected(incoming.error());
        // What is in force for this pack's id now, to say what the new one changes.
        auto before = incoming->id() == u"cn-tax" ? rules::RulePack::inForce() : rules::RulePack::shipped(incoming->id());
        auto installed = rules::RulePack::install(packBytes, signatureBytes, ruleKeys);
        if (!installed)
            return std::unexpected(installed.error());
        if (!*installed || !before) {
            notes.append(
                tr("%1 %2: already in force (or older than the rules in force).").arg(incoming->id(), incoming->version()));
            continue;
        }
        const QStringList changed = incoming->changedRules(**before);
        notes.append(tr("%1 %2 → %3, rules changed: %4")
                         .arg(incoming->id(), (*before)->version(), incoming->version(),
                              changed.isEmpty() ? tr("none") : changed.join(u", "_s)));
    }
    if (notes.isEmpty())
        return tr("Nothing to put in force.");
    return notes.join(u'\n');
}

} // namespace taxbox::ui
