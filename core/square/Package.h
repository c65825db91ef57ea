#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

class QIODevice;

#include <memory>
#include <optional>

namespace taxbox::square {

/// What a plugin may be granted. A person reads them at install (permissionLabel) and grants some; a
/// plugin gets nothing it was not granted. "network:HOST" names one host.
[[nodiscard]] QStringList knownPermissions();
[[nodiscard]] bool isKnownPermission(const QString &permission);
[[nodiscard]] QString permissionLabel(const QString &permission);

/// A screenshot is a PNG or JPEG file of the package, at most this large; a manifest lists at most kMaxScreenshots.
inline constexpr qint64 kMaxScreenshotBytes = 4 * 1024 * 1024;
inline constexpr int kMaxScreenshots = 8;

/// A key the app trusts to sign for the square (reviewers' countersignatures, revocation lists).
struct SquareKey
{
    QString id;
    QByteArray publicKey; ///< raw Ed25519, 32 bytes
};
/// The square's keys built into this release (their private halves stay with the square's operators).
[[nodiscard]] QList<SquareKey> trustedSquareKeys();

/// manifest.json of a package (docs/plugins.md): who made it, what it is, what it may do, and the SHA-256 of
/// every file it carries.
struct PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(PackageManifest)
public:
    QString id; ///< reverse-DNS, e.g. cn.taxbox.property-tax
    QString version; ///< MAJOR.MINOR.PATCH
    QString kind; ///< native | web | content
    QHash<QString, QString> name; ///< zh_CN, en
    QHash<QString, QString> description;
    QString category;
    QStringList keywords;
    QString minAppVersion;
    QString maxAppVersion; ///< empty: no upper bound
    int apiVersion = 1;
    QString publisherId;
    QString publisherName;
    QByteArray publisherKey; ///< raw Ed25519
    QStringList permissions;
    QStringList screenshots; ///< paths among `files`
    QMap<QString, QString> files; ///< path inside files/ → lower-case hex SHA-256
    QString entry; ///< web: the page opened (among files)
    QMap<QString, QString> nativeLibraries; ///< native: platform ("linux-x86_64") → library (among files)
    /// This build's platform as nativeLibraries names it: kernel type and CPU ("linux-x86_64", "winnt-x86_64").
    [[nodiscard]] static QString currentPlatform();

    /// Reads and checks the manifest (strict JSON, known keys, safe file paths, known permissions).
    [[nodiscard]] static Result<PackageManifest> parse(const QByteArray &json);
    [[nodiscard]] QString displayName(const QString &language) const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// A signed list of revoked packages: a version, or every version ("*"), with the reason.
class RevocationList
{
    Q_DECLARE_TR_FUNCTIONS(RevocationList)
public:
    /// Verifies `signature` (base64 Ed25519 over "taxbox-revocations-v1\n" + bytes) with a square key first.
    [[nodiscard]] static Result<RevocationList> load(const QByteArray &bytes, const QByteArray &signature,
                                                     const QList<SquareKey> &trusted = trustedSquareKeys());
    [[nodiscard]] std::optional<QString> reasonFor(const QString &id, const QString &version) const;
    [[nodiscard]] QString issuedAt() const { return m_issuedAt; }

private:
    struct Entry
    {
        QString id;
        QString version;
        QString reason;
    };
    QList<Entry> m_entries;
    QString m_issuedAt;
};

/// Compares dotted versions numerically ("1.10.0" > "1.9.2"); a malformed one compares as 0.0.0.
[[nodiscard]] int compareVersions(const QString &a, const QString &b);

/// A package file (.tbx), verified before anything of it is written anywhere: the archive's size and
/// entries (no absolute or parent paths, no links, no more than the limits), the manifest, the
/// publisher's signature, the square's countersignature, every file's hash and that nothing unlisted is
/// in it, the app and API versions, and the revocation list. Errors name the package and the reason.
class Package
{
    Q_DECLARE_TR_FUNCTIONS(Package)
public:
    struct Limits
    {
        qint64 maxArchiveBytes = 128 * 1024 * 1024;
        qint64 maxFileBytes = 64 * 1024 * 1024; ///< one file unpacked
        qint64 maxTotalBytes = 256 * 1024 * 1024; ///< all files unpacked
        int maxEntries = 2000;
        qint64 maxManifestBytes = 1024 * 1024;
    };
    struct Context
    {
        QList<SquareKey> squareKeys = trustedSquareKeys();
        std::shared_ptr<const RevocationList> revocations = {};
        QString appVersion; ///< empty: this build's version
        int apiVersion = 1; ///< the plugin API this build offers
        Limits limits = {};
        /// False on the square while a package waits for review: the countersignature is not there yet.
        bool requireSquareSignature = true;
    };

    [[nodiscard]] static Result<Package> verify(const QString &path, const Context &context);
    /// What a publisher makes (taxbox-cli plugin pack): the manifest template completed with the publisher's key and
    /// every file's SHA-256, checked as installing checks it, signed with `publisherKey`, zipped with the files under
    /// files/ — waiting for the square's countersignature.
    [[nodiscard]] static Result<QByteArray> build(QJsonObject manifest, const QMap<QString, QByteArray> &files,
                                                  const QString &publisherId, const QString &publisherName,
                                                  const crypto::SecureBytes &publisherKey);
    /// One file the manifest lists (a screenshot, for instance), read from the archive again and checked against the
    /// manifest's SHA-256; at most `maxBytes` are read whatever the archive says.
    [[nodiscard]] Result<QByteArray> file(const QString &path, qint64 maxBytes) const;
    /// The same from an archive the caller holds (the square's stored copy) and the manifest it was accepted with.
    [[nodiscard]] static Result<QByteArray> fileFromArchive(QIODevice *archive, const PackageManifest &manifest,
                                                            const QString &path, qint64 maxBytes);
    /// Writes the verified files into `directory` (created; it must not exist yet), hashing again while
    /// writing, plus manifest.json and the signatures; on any failure nothing is left there.
    [[nodiscard]] Result<void> unpackTo(const QString &directory) const;

    [[nodiscard]] const PackageManifest &manifest() const { return m_manifest; }
    [[nodiscard]] const QString &path() const { return m_path; }

    /// The bytes each signature covers: the publisher signs "taxbox-package-v1\n" + manifest.json; the
    /// square signs "taxbox-square-v1\n" + manifest.json + "\n" + the publisher's signature (base64).
    [[nodiscard]] static QByteArray publisherSigningBytes(const QByteArray &manifest);
    /// The package as a new archive with the square's countersignature added (what a reviewer's approval
    /// publishes); every other entry is copied as it is.
    [[nodiscard]] Result<QByteArray> countersigned(const QByteArray &squareSignature) const;
    [[nodiscard]] const QByteArray &manifestBytes() const { return m_manifestBytes; }
    [[nodiscard]] const QByteArray &publisherSignature() const { return m_publisherSignature; }
    [[nodiscard]] static QByteArray squareSigningBytes(const QByteArray &manifest, const QByteArray &publisherSignature);
    /// The two signature checks, as installing and every start make them: the publisher's over the manifest with
    /// the key it names, and the square's over both with one of `squareKeys`.
    [[nodiscard]] static bool publisherSigned(const QByteArray &publisherKey, const QByteArray &manifest,
                                              const QByteArray &publisherSignature);
    [[nodiscard]] static bool squareApproved(const QList<SquareKey> &squareKeys, const QByteArray &manifest,
                                             const QByteArray &publisherSignature, const QByteArray &squareSignature);

private:
    QString m_path;
    PackageManifest m_manifest;
    QByteArray m_manifestBytes;
    QByteArray m_publisherSignature;
    QByteArray m_squareSignature;
    Limits m_limits;
};

} // namespace taxbox::square
