#pragma once

#include "Package.h"

namespace taxbox::square {

/// A package installed in the workspace, as found on disk at start: its state is its own, so one broken
/// plugin never stops the app (as Qt Creator's PluginSpec).
struct InstalledPlugin
{
    PackageManifest manifest;
    QString directory;
    bool enabled = true;
    QStringList granted; ///< the permissions the person granted at install (a subset of the manifest's)
    QString state; ///< ok | disabled | revoked | broken
    QString error; ///< why it is revoked or broken
    [[nodiscard]] bool grants(const QString &permission) const { return state == u"ok" && granted.contains(permission); }
    [[nodiscard]] QJsonObject toJson() const;
};

/// The installed packages of a workspace: `ROOT/<id>/<version>/` (what the package held, verified), the
/// version in use in `ROOT/<id>/current` and the person's grants in `ROOT/<id>/state.json`. Installing or
/// updating verifies the package, unpacks it into a staging folder, moves it into place and only then
/// switches `current` (one atomic rename): a crash or a kill at any point leaves the previous version in use,
/// and the leftovers are removed the next time the store is read.
class PluginStore
{
    Q_DECLARE_TR_FUNCTIONS(PluginStore)
public:
    explicit PluginStore(QString root);
    [[nodiscard]] const QString &root() const { return m_root; }

    /// Installs or updates; `granted` must be among the permissions the package asks for.
    [[nodiscard]] Result<InstalledPlugin> install(const QString &packagePath, const QStringList &granted,
                                                  const Package::Context &context);
    /// Every installed package, each checked again (signatures, the files on disk, revocation).
    [[nodiscard]] QList<InstalledPlugin> list(const Package::Context &context);
    [[nodiscard]] Result<InstalledPlugin> find(const QString &id, const Package::Context &context);
    [[nodiscard]] Result<void> remove(const QString &id);
    [[nodiscard]] Result<void> setEnabled(const QString &id, bool enabled);
    /// The square's revocation list kept beside the packages (revocations.json and its .sig), if there is one;
    /// one that does not verify is an error, never silently ignored.
    [[nodiscard]] Result<std::optional<RevocationList>> revocations(const QList<SquareKey> &squareKeys) const;
    /// Keeps a revocation list a square sent, after verifying it with `squareKeys`; an older list than the one
    /// kept (issued_at) is refused ("revocations_older"), so a replayed list cannot bring a revoked package back.
    [[nodiscard]] Result<void> saveRevocations(const QByteArray &list, const QByteArray &signature,
                                               const QList<SquareKey> &squareKeys);

    /// The keys this workspace trusts to countersign: the release's (trustedSquareKeys) and the firm servers'
    /// square keys pinned at their first sign-in (squares.json).
    [[nodiscard]] QList<SquareKey> squareKeys() const;
    /// Pins a firm server's square key, as its sign-in answer gave it over verified TLS. A server already
    /// pinned with another key is refused ("square_key_changed"): a changed key is not trusted silently.
    [[nodiscard]] Result<void> pinSquare(const QString &server, const QByteArray &key);
    /// What installing and every start check against: squareKeys() and the revocation list kept here.
    [[nodiscard]] Result<Package::Context> checkingContext() const;
    /// A kiosk's allow-list: the ids in kiosk-allow.json (a JSON array, at most 256 KiB) beside the packages an
    /// administrator installed into `root`; empty when there is none (a kiosk then opens no package).
    [[nodiscard]] static QStringList kioskAllowList(const QString &root);

private:
    [[nodiscard]] InstalledPlugin load(const QString &id, const Package::Context &context);
    /// squares.json: [{"server", "key", "pinned_at"}], empty when there is none.
    [[nodiscard]] QJsonArray pinnedSquares() const;
    void cleanLeftovers(const QString &id, const QString &current);
    QString m_root;
};

} // namespace taxbox::square
