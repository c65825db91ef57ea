#include "ContentPacks.h"

#include "filing/FormEngine.h"
#include "invoice/TaxCodeCatalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::square {

Result<QString> ContentPacks::applyCodeTable(const InstalledPlugin &plugin, const QString &path, const QString &version,
                                             const Options &options)
{
    QFile csv(QDir(plugin.directory).filePath(u"files/"_s + path));
    QFile signature(QDir(plugin.directory).filePath(u"files/"_s + path + u".sig"_s));
    if (!plugin.manifest.files.contains(path + u".sig"_s) || !csv.open(QIODevice::ReadOnly)
        || !signature.open(QIODevice::ReadOnly))
        return fail(u"content_invalid"_s, tr("%1 carries %2 without its signature.").arg(plugin.manifest.id, path), u"plugin"_s);
    const QByteArray bytes = csv.readAll();
    auto incoming = invoice::TaxCodeCatalogue::fromSignedCsv(bytes, signature.readAll(), version, options.ruleKeys);
    if (!incoming)
        return std::unexpected(incoming.error());
    if (options.workspaceDirectory.isEmpty())
        return tr("Tax code table %1: not used here.").arg(version);
    // Once per table: the accountant's own import later is not overwritten at the next start.
    const QString marker = QDir(options.workspaceDirectory).filePath(u"tax-codes.from-square"_s);
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QFile applied(marker);
    if (applied.open(QIODevice::ReadOnly) && applied.read(128).trimmed() == sha)
        return tr("Tax code table %1: in use.").arg(version);
    applied.close();
    auto before = invoice::TaxCodeCatalogue::forWorkspace(options.workspaceDirectory);
    if (!before)
        return std::unexpected(before.error());
    const QStringList changed = incoming->changedCodes(*before);
    if (auto saved = incoming->save(invoice::TaxCodeCatalogue::fileIn(options.workspaceDirectory)); !saved)
        return std::unexpected(saved.error());
    QSaveFile record(marker);
    if (!record.open(QIODevice::WriteOnly) || record.write(sha) != sha.size() || !record.commit())
        return fail(u"write_failed"_s, tr("%1 could not be written.").arg(marker), u"plugin"_s);
    const QString some = changed.mid(0, 10).join(u", "_s) + (changed.size() > 10 ? u", …"_s : QString());
    return tr("Tax code table %1 in use: %n code(s) added, removed or changed%2", nullptr, static_cast<int>(changed.size()))
        .arg(version, changed.isEmpty() ? QString() : u" (%1)"_s.arg(some));
}

Result<QString> ContentPacks::apply(const InstalledPlugin &plugin, const Options &options)
{
    // Only a pack that carries something to put in force needs the grant.
    static const QRegularExpression content(u"^(rules/[^/]+\\.json|tax-codes/[^/]+\\.csv)$"_s);
    const QStringList paths = plugin.manifest.files.keys();
    if (std::none_of(paths.cbegin(), paths.cend(), [](const QString &path) { return content.match(path).hasMatch(); }))
        return tr("Nothing to put in force.");
    if (!plugin.grants(u"rules.install"_s))
        return fail(u"permission_denied"_s,
                    tr("%1 carries rules, but you did not grant “%2”.")
                        .arg(plugin.manifest.displayName(QLocale().name()), permissionLabel(u"rules.install"_s)),
                    u"plugin"_s);
    const QList<rules::TrustedKey> &ruleKeys = options.ruleKeys;
    QStringList notes;
    static const QRegularExpression codeTable(u"^tax-codes/tax-codes-([0-9]{1,4}(\\.[0-9]{1,4})?)\\.csv$"_s);
    for (auto it = plugin.manifest.files.constBegin(); it != plugin.manifest.files.constEnd(); ++it) {
        const QString &path = it.key();
        if (const auto match = codeTable.match(path); match.hasMatch()) {
            auto note = applyCodeTable(plugin, path, match.captured(1), options);
            if (!note)
                return std::unexpected(note.error());
            notes.append(*note);
            continue;
        }
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
        // What is in force for this pack's id now, to say what the new one changes. The filing pack (form versions,
        // their parameters, the 征期 calendar) goes through the form engine, which parses every form before it is used.
        const bool isFilingPack = incoming->id() == u"cn-filing";
        Result<const rules::RulePack *> before = rules::RulePack::inForce(incoming->id());
        if (isFilingPack) {
            auto filingPack = filing::FilingPack::inForce();
            before = filingPack ? Result<const rules::RulePack *>(&(*filingPack)->rules()) : std::unexpected(filingPack.error());
        }
        // (RulePack::install checks a print pack's templates before it is put in force.)
        auto installed = isFilingPack ? filing::FilingPack::install(packBytes, signatureBytes, ruleKeys)
                                      : rules::RulePack::install(packBytes, signatureBytes, ruleKeys);
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

QHash<QString, Result<QString>> ContentPacks::applyInstalled(const QString &pluginsRoot, const Options &options,
                                                             const std::optional<QStringList> &allowList)
{
    QHash<QString, Result<QString>> applied;
    if (!QDir(pluginsRoot).exists())
        return applied;
    PluginStore store(pluginsRoot);
    auto checking = store.checkingContext();
    if (!checking)
        return applied;
    for (const InstalledPlugin &plugin : store.list(*checking)) {
        if (allowList && !allowList->contains(plugin.manifest.id))
            continue;
        if (plugin.manifest.kind == u"content" && plugin.state == u"ok")
            applied.insert(plugin.manifest.id, apply(plugin, options));
    }
    return applied;
}

} // namespace taxbox::square
