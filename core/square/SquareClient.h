#pragma once

#include "PluginStore.h"
#include "sync/SyncClient.h"

namespace taxbox::square {

/// One approved version in a square's catalogue (GET /api/v1/square/packages).
struct CatalogueEntry
{
    QString id;
    QString version;
    QString kind;
    QHash<QString, QString> name;
    QHash<QString, QString> description;
    QString category;
    QStringList keywords;
    QString publisher;
    QStringList permissions;
    QString sha256; ///< of the countersigned archive
    qint64 size = 0;
    qint64 downloads = 0;
    QString revoked; ///< the square's reason, empty when it is not revoked
    /// The screenshots in the manifest's order: path and SHA-256 (hex) as the publisher signed them.
    QList<std::pair<QString, QString>> screenshots;

    [[nodiscard]] static CatalogueEntry fromJson(const QJsonObject &object);
    [[nodiscard]] QString displayName(const QString &language) const;
};

/// A firm's square on taxbox-server, as a signed-in account reads it: the catalogue, the revocation list, and
/// downloads that resume where they stopped and are checked against the catalogue's SHA-256 before anyone
/// opens them. Trust comes from the workspace (PluginStore): the server's square key is pinned at its first
/// sign-in, and every package is verified again before it is installed.
class SquareClient
{
    Q_DECLARE_TR_FUNCTIONS(SquareClient)
public:
    /// The server and HTTP settings the account signed in with, and `login`, the server's sign-in answer (access
    /// token, server_key).
    SquareClient(sync::SyncClient::Options options, QJsonObject login);

    /// Pins the server's square key in `store` (refused when it changed) and keeps the server's revocation list
    /// there: done before anything from this server is trusted.
    [[nodiscard]] Result<void> trustIn(PluginStore &store) const;
    /// The approved versions, newest last per package; `query` as square::matchesSearch.
    [[nodiscard]] Result<QList<CatalogueEntry>> catalogue(const QString &query = {}, const QString &id = {}) const;
    /// The newest approved, unrevoked version of each package in `entries`.
    [[nodiscard]] static QList<CatalogueEntry> newest(const QList<CatalogueEntry> &entries);
    /// Downloads one version into `directory` as <id>-<version>.tbx: the bytes go to a .part file first, a
    /// broken transfer resumes from its end the next time, and the whole is checked against the catalogue's
    /// SHA-256 and size before it is renamed (a mismatch removes the .part and is "hash_mismatch").
    /// `progress` gets (bytes so far, total) and may return false to cancel.
    [[nodiscard]] Result<QString> download(const CatalogueEntry &entry, const QString &directory,
                                           const std::function<bool(qint64, qint64)> &progress = {}) const;

    /// The n-th screenshot (0-based) of an entry, checked against the SHA-256 its signed manifest gives before it is
    /// handed back (a mismatch is "hash_mismatch"); at most kMaxScreenshotBytes are read.
    [[nodiscard]] Result<QByteArray> screenshot(const CatalogueEntry &entry, int index) const;

    /// A publisher account uploads a package (POST /api/v1/square/packages): {"id", "version", "state", "sha256"}.
    [[nodiscard]] Result<QJsonObject> publish(const QByteArray &archive) const;
    /// A reviewer's queue (state "pending", "approved" or "rejected"), with what changed since the last approved version.
    [[nodiscard]] Result<QJsonArray> reviewQueue(const QString &state = QStringLiteral("pending")) const;
    /// A reviewer approves (the server countersigns) or rejects with a reason.
    [[nodiscard]] Result<QJsonObject> decide(const QString &id, const QString &version, bool approve,
                                             const QString &reason) const;

private:
    [[nodiscard]] QUrl endpoint(const QString &path, const QString &query = {}) const;
    sync::SyncClient::Options m_options;
    QJsonObject m_login;
    QByteArray m_token;
    sync::HttpClient m_http;
};

} // namespace taxbox::square
