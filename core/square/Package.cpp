#include "Package.h"

#include "base/StrictJson.h"
#include "base/Version.h"
#include "crypto/Crypto.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSysInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::square {

namespace {

constexpr char kManifestName[] = "manifest.json";
constexpr char kPublisherSignatureName[] = "signatures/publisher.sig";
constexpr char kSquareSignatureName[] = "signatures/square.sig";

/// One entry written into an archive being made (a publisher's package, a countersigned one).
bool addZipEntry(QuaZip &target, const QString &name, const QByteArray &bytes)
{
    QuaZipFile file(&target);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == UNZ_OK;
}

constexpr qint64 kChunk = 64 * 1024;

/// Reads an open entry in chunks handed to `sink`, stopping as soon as more than `limit` bytes came, whatever
/// the entry's header claims (a zip bomb lies about sizes). False when the limit was passed.
template<typename Sink> [[nodiscard]] bool readBounded(QuaZipFile &file, qint64 limit, Sink &&sink)
{
    qint64 total = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > limit)
            return false;
        sink(chunk);
    }
    return true;
}

/// An open entry whole, or nothing when it is larger than `limit`.
std::optional<QByteArray> readWhole(QuaZipFile &file, qint64 limit)
{
    QByteArray bytes;
    if (!readBounded(file, limit, [&](const QByteArray &chunk) { bytes += chunk; }))
        return std::nullopt;
    return bytes;
}

/// A path inside a package: relative, '/'-separated, no "." or ".." parts, no backslash, no drive, printable.
bool isSafePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 240 || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    for (const QString &part : path.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return std::none_of(path.cbegin(), path.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

bool isSymbolicLink(quint32 externalAttributes)
{
    return ((externalAttributes >> 16) & 0170000) == 0120000;
}

QHash<QString, QString> languages(const QJsonValue &value)
{
    QHash<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QStringList knownPermissions()
{
    return {u"enterprise.read"_s, u"totals.read"_s, u"calc.run"_s, u"files.write"_s, u"rules.install"_s};
}

bool isKnownPermission(const QString &permission)
{
    static const QRegularExpression host(u"^network:[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"_s);
    return knownPermissions().contains(permission) || host.match(permission).hasMatch();
}

QString permissionLabel(const QString &permission)
{
    if (permission == u"enterprise.read")
        return Package::tr("Read the enterprise's profile (name, credit code, region, taxpayer kind)");
    if (permission == u"totals.read")
        return Package::tr("Read invoice and ledger totals by period");
    if (permission == u"calc.run")
        return Package::tr("Run Taxbox's tax calculators");
    if (permission == u"files.write")
        return Package::tr("Write files you choose");
    if (permission == u"rules.install")
        return Package::tr("Put rule packs and tables in force (content packs)");
    if (permission.startsWith(u"network:"))
        return Package::tr("Connect to %1").arg(permission.mid(8));
    return permission;
}

QList<SquareKey> trustedSquareKeys()
{
    // The square's countersigning key (2026). Its private half is kept by the square's operators, never in
    // the tree; a new key is added here, never swapped in place.
    return {{u"taxbox-square-2026"_s, QByteArray::fromHex("bd68579d38a64a317a37fd3bd0e7b5ea0a3d93b18c47ac520b76bf5c4d412a11")}};
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const int x = left.value(i).toInt();
        const int y = right.value(i).toInt();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------------
// The manifest

Result<PackageManifest> PackageManifest::parse(const QByteArray &json)
{
    auto document = StrictJson::parse(json, 1024 * 1024, u"manifest.json"_s);
    if (!document)
        return std::unexpected(document.error());
    if (!document->isObject())
        return fail(u"manifest_invalid"_s, tr("manifest.json is not an object."), u"manifest"_s);
    const QJsonObject object = document->object();
    static const QSet<QString> keys{u"format"_s,      u"id"_s,          u"version"_s,   u"kind"_s,
                                    u"name"_s,        u"description"_s, u"category"_s,  u"keywords"_s,
                                    u"compat"_s,      u"api_version"_s, u"publisher"_s, u"permissions"_s,
                                    u"screenshots"_s, u"files"_s,       u"entry"_s,     u"native"_s};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            return fail(u"manifest_invalid"_s, tr("manifest.json has an unknown key \"%1\".").arg(it.key()), it.key());
    }
    if (object.value(u"format"_s).toInt() != 1)
        return fail(u"manifest_invalid"_s,
                    tr("The package format %1 is not one this Taxbox reads.").arg(object.value(u"format"_s).toInt()),
                    u"format"_s);
    PackageManifest m;
    m.id = object.value(u"id"_s).toString();
    static const QRegularExpression id(u"^[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*){2,}$"_s);
    if (!id.match(m.id).hasMatch() || m.id.size() > 100)
        return fail(u"manifest_invalid"_s, tr("The package id \"%1\" is not a reverse domain name (cn.example.tool).").arg(m.id),
                    u"id"_s);
    m.version = object.value(u"version"_s).toString();
    static const QRegularExpression version(u"^\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}$"_s);
    if (!version.match(m.version).hasMatch())
        return fail(u"manifest_invalid"_s, tr("The version \"%1\" is not MAJOR.MINOR.PATCH.").arg(m.version), u"version"_s);
    m.kind = object.value(u"kind"_s).toString();
    if (m.kind != u"native" && m.kind != u"web" && m.kind != u"content")
        return fail(u"manifest_invalid"_s, tr("The kind \"%1\" is not native, web or content.").arg(m.kind), u"kind"_s);
    m.name = languages(object.value(u"name"_s));
    if (m.name.value(u"zh_CN"_s).isEmpty() || m.name.value(u"en"_s).isEmpty())
        return fail(u"manifest_invalid"_s, tr("The package needs a name in Chinese (zh_CN) and English (en)."), u"name"_s);
    m.description = languages(object.value(u"description"_s));
    m.category = object.value(u"category"_s).toString();
    for (const QJsonValue &keyword : object.value(u"keywords"_s).toArray())
        m.keywords.append(keyword.toString());
    const QJsonObject compat = object.value(u"compat"_s).toObject();
    m.minAppVersion = compat.value(u"min_app"_s).toString();
    m.maxAppVersion = compat.value(u"max_app"_s).toString();
    if (!version.match(m.minAppVersion).hasMatch() || (!m.maxAppVersion.isEmpty() && !version.match(m.maxAppVersion).hasMatch()))
        return fail(u"manifest_invalid"_s, tr("compat.min_app (and max_app, if given) must be versions."), u"compat"_s);
    m.apiVersion = object.value(u"api_version"_s).toInt(0);
    if (m.apiVersion < 1)
        return fail(u"manifest_invalid"_s, tr("api_version must be 1 or more."), u"api_version"_s);
    const QJsonObject publisher = object.value(u"publisher"_s).toObject();
    m.publisherId = publisher.value(u"id"_s).toString();
    m.publisherName = publisher.value(u"name"_s).toString();
    m.publisherKey = QByteArray::fromBase64(publisher.value(u"key"_s).toString().toLatin1());
    if (m.publisherId.isEmpty() || m.publisherName.isEmpty() || m.publisherKey.size() != 32)
        return fail(u"manifest_invalid"_s, tr("The publisher needs an id, a name and an Ed25519 key."), u"publisher"_s);
    for (const QJsonValue &permission : object.value(u"permissions"_s).toArray()) {
        if (!isKnownPermission(permission.toString()))
            return fail(u"unknown_permission"_s,
                        tr("The package asks for \"%1\", which Taxbox does not grant.").arg(permission.toString()),
                        u"permissions"_s);
        m.permissions.append(permission.toString());
    }
    const QJsonObject files = object.value(u"files"_s).toObject();
    if (files.isEmpty())
        return fail(u"manifest_invalid"_s, tr("The package lists no files."), u"files"_s);
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!isSafePath(it.key()))
            return fail(u"unsafe_path"_s, tr("The package lists a file outside its folder: \"%1\".").arg(elided(it.key())),
                        u"files"_s);
        if (!sha256.match(it.value().toString()).hasMatch())
            return fail(u"manifest_invalid"_s, tr("The SHA-256 of \"%1\" is not 64 hex digits.").arg(it.key()), u"files"_s);
        m.files.insert(it.key(), it.value().toString());
    }
    const QJsonArray screenshots = object.value(u"screenshots"_s).toArray();
    if (screenshots.size() > kMaxScreenshots)
        return fail(u"manifest_invalid"_s, tr("A package shows at most %1 screenshots.").arg(kMaxScreenshots), u"screenshots"_s);
    static const QRegularExpression imageName(u"\\.(png|jpe?g)$"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QJsonValue &screenshot : screenshots) {
        if (!imageName.match(screenshot.toString()).hasMatch())
            return fail(u"manifest_invalid"_s,
                        tr("The screenshot \"%1\" is not a PNG or JPEG file.").arg(elided(screenshot.toString())),
                        u"screenshots"_s);
        if (!m.files.contains(screenshot.toString()))
            return fail(u"manifest_invalid"_s, tr("The screenshot \"%1\" is not among the files.").arg(screenshot.toString()),
                        u"screenshots"_s);
        m.screenshots.append(screenshot.toString());
    }
    // What Taxbox opens: a web plugin's page, a native plugin's library for each platform it is built for.
    m.entry = object.value(u"entry"_s).toString();
    if (m.kind == u"web" && !m.files.contains(m.entry))
        return fail(u"manifest_invalid"_s, tr("A web plugin names its page (entry) among its files."), u"entry"_s);
    const QJsonObject native = object.value(u"native"_s).toObject();
    for (auto it = native.constBegin(); it != native.constEnd(); ++it) {
        if (!m.files.contains(it.value().toString()))
            return fail(u"manifest_invalid"_s, tr("The library for %1 is not among the files.").arg(it.key()), u"native"_s);
        m.nativeLibraries.insert(it.key(), it.value().toString());
    }
    if (m.kind == u"native" && m.nativeLibraries.isEmpty())
        return fail(u"manifest_invalid"_s, tr("A native plugin names its library for each platform (native)."), u"native"_s);
    return m;
}

QString PackageManifest::currentPlatform()
{
    return QSysInfo::kernelType() + u'-' + QSysInfo::currentCpuArchitecture();
}

QString PackageManifest::displayName(const QString &language) const
{
    return name.value(language.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s);
}

QJsonObject PackageManifest::toJson() const
{
    QJsonObject names;
    for (auto it = name.constBegin(); it != name.constEnd(); ++it)
        names.insert(it.key(), it.value());
    QJsonObject descriptions;
    for (auto it = description.constBegin(); it != description.constEnd(); ++it)
        descriptions.insert(it.key(), it.value());
    return {{u"id"_s, id},
            {u"version"_s, version},
            {u"kind"_s, kind},
            {u"name"_s, names},
            {u"description"_s, descriptions},
            {u"category"_s, category},
            {u"keywords"_s, QJsonArray::fromStringList(keywords)},
            {u"publisher"_s, publisherName},
            {u"permissions"_s, QJsonArray::fromStringList(permissions)},
            {u"min_app"_s, minAppVersion},
            {u"api_version"_s, apiVersion}};
}

// ---------------------------------------------------------------------------------------------------
// Revocations

Result<RevocationList> RevocationList::load(const QByteArray &bytes, const QByteArray &signature, const QList<SquareKey> &trusted)
{
    const QByteArray raw = QByteArray::fromBase64(signature.trimmed());
    const bool verified = std::any_of(trusted.cbegin(), trusted.cend(), [&](const SquareKey &key) {
        return crypto::Ed25519::verify(key.publicKey, "taxbox-revocations-v1\n" + bytes, raw);
    });
    if (!verified)
        return fail(u"revocations_unsigned"_s, tr("The revocation list is not signed by the square."), u"revocations"_s);
    auto document = StrictJson::parse(bytes, 8 * 1024 * 1024, u"revocations.json"_s);
    if (!document)
        return std::unexpected(document.error());
    RevocationList list;
    list.m_issuedAt = document->object().value(u"issued_at"_s).toString();
    for (const QJsonValue &value : document->object().value(u"revoked"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        list.m_entries.append(
            {entry.value(u"id"_s).toString(), entry.value(u"version"_s).toString(u"*"_s), entry.value(u"reason"_s).toString()});
    }
    return list;
}

std::optional<QString> RevocationList::reasonFor(const QString &id, const QString &version) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id && (entry.version == u"*" || entry.version == version))
            return entry.reason;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------
// The package

QByteArray Package::publisherSigningBytes(const QByteArray &manifest)
{
    return "taxbox-package-v1\n" + manifest;
}

QByteArray Package::squareSigningBytes(const QByteArray &manifest, const QByteArray &publisherSignature)
{
    return "taxbox-square-v1\n" + manifest + '\n' + publisherSignature.toBase64();
}

bool Package::publisherSigned(const QByteArray &publisherKey, const QByteArray &manifest, const QByteArray &publisherSignature)
{
    return crypto::Ed25519::verify(publisherKey, publisherSigningBytes(manifest), publisherSignature);
}

bool Package::squareApproved(const QList<SquareKey> &squareKeys, const QByteArray &manifest, const QByteArray &publisherSignature,
                             const QByteArray &squareSignature)
{
    const QByteArray bytes = squareSigningBytes(manifest, publisherSignature);
    return std::any_of(squareKeys.cbegin(), squareKeys.cend(),
                       [&](const SquareKey &key) { return crypto::Ed25519::verify(key.publicKey, bytes, squareSignature); });
}

Result<Package> Package::verify(const QString &path, const Context &context)
{
    const QString name = QFileInfo(path).fileName();
    const auto refused = [&](const QString &code, const QString &reason) {
        return fail(code, tr("%1 cannot be installed: %2").arg(name, reason), u"package"_s);
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return refused(u"not_found"_s, tr("there is no such file."));
    if (info.size() > context.limits.maxArchiveBytes)
        return refused(u"input_too_large"_s, tr("it is larger than %1 MiB.").arg(context.limits.maxArchiveBytes / (1024 * 1024)));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return refused(u"package_unreadable"_s, tr("it is not a package (a zip archive)."));
    zip.setFileNameCodec("UTF-8");
    // The entries, before any of them is read: names, kinds, declared sizes.
    const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
    if (entries.size() > context.limits.maxEntries)
        return refused(u"input_too_large"_s, tr("it holds more than %1 files.").arg(context.limits.maxEntries));
    QSet<QString> names;
    qint64 declared = 0;
    for (const QuaZipFileInfo64 &entry : entries) {
        if (entry.name.endsWith(u'/'))
            continue; // a folder entry: nothing is written for it
        if (!isSafePath(entry.name))
            return refused(u"unsafe_path"_s, tr("it holds a file outside its folder (\"%1\").").arg(elided(entry.name)));
        if (isSymbolicLink(entry.externalAttr))
            return refused(u"unsafe_path"_s, tr("it holds a link (\"%1\"); packages carry files only.").arg(elided(entry.name)));
        if (names.contains(entry.name))
            return refused(u"package_invalid"_s, tr("it holds \"%1\" twice.").arg(elided(entry.name)));
        names.insert(entry.name);
        if (static_cast<qint64>(entry.uncompressedSize) > context.limits.maxFileBytes)
            return refused(
                u"input_too_large"_s,
                tr("\"%1\" unpacks to more than %2 MiB.").arg(entry.name).arg(context.limits.maxFileBytes / (1024 * 1024)));
        declared += static_cast<qint64>(entry.uncompressedSize);
        if (declared > context.limits.maxTotalBytes)
            return refused(u"input_too_large"_s,
                           tr("it unpacks to more than %1 MiB.").arg(context.limits.maxTotalBytes / (1024 * 1024)));
    }
    // Reads one entry whole, stopping at `limit` bytes whatever its header claims (a zip bomb lies).
    const auto read = [&](const QString &entry, qint64 limit) -> Result<QByteArray> {
        if (!zip.setCurrentFile(entry))
            return refused(u"package_invalid"_s, tr("\"%1\" is missing.").arg(entry));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return refused(u"package_unreadable"_s, tr("\"%1\" cannot be read.").arg(entry));
        std::optional<QByteArray> bytes = readWhole(file, limit);
        if (!bytes)
            return refused(u"input_too_large"_s, tr("\"%1\" unpacks to more than it says.").arg(entry));
        file.close();
        if (file.getZipError() != UNZ_OK)
            return refused(u"package_unreadable"_s, tr("\"%1\" is damaged.").arg(entry));
        return *bytes;
    };
    Package package;
    package.m_path = path;
    package.m_limits = context.limits;
    auto manifestBytes = read(QString::fromLatin1(kManifestName), context.limits.maxManifestBytes);
    if (!manifestBytes)
        return std::unexpected(manifestBytes.error());
    package.m_manifestBytes = *manifestBytes;
    auto publisherSignature = read(QString::fromLatin1(kPublisherSignatureName), 1024);
    if (!publisherSignature)
        return refused(u"unsigned"_s, tr("the publisher's signature is missing."));
    package.m_publisherSignature = QByteArray::fromBase64(publisherSignature->trimmed());
    if (context.requireSquareSignature || names.contains(QString::fromLatin1(kSquareSignatureName))) {
        auto squareSignature = read(QString::fromLatin1(kSquareSignatureName), 1024);
        if (!squareSignature)
            return refused(u"not_reviewed"_s, tr("the square's countersignature is missing: it has not been reviewed."));
        package.m_squareSignature = QByteArray::fromBase64(squareSignature->trimmed());
    }

    // The manifest is trusted only once both signatures verify over its exact bytes.
    auto manifest = PackageManifest::parse(package.m_manifestBytes);
    if (!manifest)
        return refused(manifest.error().code, manifest.error().message);
    package.m_manifest = *manifest;
    if (!publisherSigned(manifest->publisherKey, package.m_manifestBytes, package.m_publisherSignature))
        return refused(u"signature_invalid"_s, tr("the publisher's signature does not match the manifest."));
    if (context.requireSquareSignature
        && !squareApproved(context.squareKeys, package.m_manifestBytes, package.m_publisherSignature, package.m_squareSignature))
        return refused(u"not_reviewed"_s,
                       tr("the square's countersignature does not verify: it was not approved by the square."));
    if (context.revocations) {
        if (const auto reason = context.revocations->reasonFor(manifest->id, manifest->version))
            return refused(u"revoked"_s, tr("%1 %2 was revoked by the square: %3").arg(manifest->id, manifest->version, *reason));
    }
    const QString app = context.appVersion.isEmpty() ? QString::fromLatin1(kVersion) : context.appVersion;
    if (compareVersions(app, manifest->minAppVersion) < 0)
        return refused(u"too_new"_s, tr("it needs Taxbox %1 or later (this is %2).").arg(manifest->minAppVersion, app));
    if (!manifest->maxAppVersion.isEmpty() && compareVersions(app, manifest->maxAppVersion) > 0)
        return refused(
            u"too_old"_s,
            tr("it works with Taxbox up to %1 (this is %2); look for a newer version.").arg(manifest->maxAppVersion, app));
    if (manifest->apiVersion > context.apiVersion)
        return refused(u"too_new"_s,
                       tr("it needs plugin API %1; this Taxbox offers %2.").arg(manifest->apiVersion).arg(context.apiVersion));

    // Every file listed, with its hash; nothing else besides the manifest and the signatures.
    QSet<QString> expected{QString::fromLatin1(kManifestName), QString::fromLatin1(kPublisherSignatureName),
                           QString::fromLatin1(kSquareSignatureName)};
    for (auto it = manifest->files.constBegin(); it != manifest->files.constEnd(); ++it) {
        const QString entry = u"files/"_s + it.key();
        expected.insert(entry);
        auto bytes = read(entry, context.limits.maxFileBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) != it.value())
            return refused(u"hash_mismatch"_s, tr("\"%1\" is not the file the publisher signed.").arg(it.key()));
    }
    for (const QString &entry : std::as_const(names)) {
        if (!expected.contains(entry))
            return refused(u"package_invalid"_s, tr("it holds \"%1\", which its manifest does not list.").arg(elided(entry)));
    }
    return package;
}

Result<QByteArray> Package::build(QJsonObject manifest, const QMap<QString, QByteArray> &files, const QString &publisherId,
                                  const QString &publisherName, const crypto::SecureBytes &publisherKey)
{
    auto publicKey = crypto::Ed25519::publicKeyOf(publisherKey);
    if (!publicKey)
        return std::unexpected(publicKey.error());
    QJsonObject hashes;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        hashes.insert(it.key(), QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex()));
    manifest.insert(u"files"_s, hashes);
    manifest.insert(
        u"publisher"_s,
        QJsonObject{{u"id"_s, publisherId}, {u"name"_s, publisherName}, {u"key"_s, QString::fromLatin1(publicKey->toBase64())}});
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (auto parsed = PackageManifest::parse(manifestBytes); !parsed)
        return std::unexpected(parsed.error());
    auto signature = crypto::Ed25519::sign(publisherKey, publisherSigningBytes(manifestBytes));
    if (!signature)
        return std::unexpected(signature.error());
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip target(&buffer);
    if (!target.open(QuaZip::mdCreate))
        return fail(u"write_failed"_s, tr("The package cannot be written."), u"package"_s);
    target.setFileNameCodec("UTF-8");
    const auto add = [&](const QString &name, const QByteArray &bytes) { return addZipEntry(target, name, bytes); };
    bool written = add(QString::fromLatin1(kManifestName), manifestBytes)
        && add(QString::fromLatin1(kPublisherSignatureName), signature->toBase64());
    for (auto it = files.constBegin(); written && it != files.constEnd(); ++it)
        written = add(u"files/"_s + it.key(), it.value());
    target.close();
    if (!written)
        return fail(u"write_failed"_s, tr("The package cannot be written."), u"package"_s);
    return out;
}

Result<QByteArray> Package::countersigned(const QByteArray &squareSignature) const
{
    QuaZip source(m_path);
    if (!source.open(QuaZip::mdUnzip))
        return fail(u"package_unreadable"_s, tr("%1 cannot be read again.").arg(m_path), u"package"_s);
    source.setFileNameCodec("UTF-8");
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip target(&buffer);
    if (!target.open(QuaZip::mdCreate))
        return fail(u"write_failed"_s, tr("The countersigned package cannot be written."), u"package"_s);
    target.setFileNameCodec("UTF-8");
    const auto add = [&](const QString &name, const QByteArray &bytes) { return addZipEntry(target, name, bytes); };
    const QStringList names = source.getFileNameList();
    for (const QString &name : names) {
        if (name == QString::fromLatin1(kSquareSignatureName) || name.endsWith(u'/'))
            continue;
        source.setCurrentFile(name);
        QuaZipFile file(&source);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"package_unreadable"_s, tr("%1 cannot be read again.").arg(m_path), u"package"_s);
        const std::optional<QByteArray> bytes = readWhole(file, m_limits.maxFileBytes);
        file.close();
        if (!bytes || file.getZipError() != UNZ_OK)
            return fail(u"package_unreadable"_s, tr("%1 cannot be read again.").arg(m_path), u"package"_s);
        if (!add(name, *bytes))
            return fail(u"write_failed"_s, tr("The countersigned package cannot be written."), u"package"_s);
    }
    if (!add(QString::fromLatin1(kSquareSignatureName), squareSignature.toBase64()))
        return fail(u"write_failed"_s, tr("The countersigned package cannot be written."), u"package"_s);
    target.close();
    return out;
}

Result<void> Package::unpackTo(const QString &directory) const
{
    if (QFileInfo::exists(directory))
        return fail(u"write_failed"_s, tr("%1 exists already.").arg(directory), u"directory"_s);
    QDir root(directory);
    if (!QDir().mkpath(directory))
        return fail(u"write_failed"_s, tr("%1 cannot be created.").arg(directory), u"directory"_s);
    const auto abandon = [&](const QString &reason) {
        root.removeRecursively();
        return fail(u"write_failed"_s, tr("%1 could not be unpacked: %2").arg(m_path, reason), u"directory"_s);
    };
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip))
        return abandon(tr("it cannot be read again."));
    zip.setFileNameCodec("UTF-8");
    QMap<QString, QString> all = m_manifest.files;
    for (const QString &path : all.keys()) {
        const QString entry = u"files/"_s + path;
        if (!zip.setCurrentFile(entry))
            return abandon(tr("\"%1\" is missing.").arg(entry));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return abandon(tr("\"%1\" cannot be read.").arg(entry));
        const QString target = root.filePath(u"files/"_s + path);
        // The path was checked (relative, no ".."); the cleaned target must still be inside the folder.
        if (!QDir::cleanPath(target).startsWith(QDir::cleanPath(root.absolutePath()) + u'/'))
            return abandon(tr("\"%1\" points outside the folder.").arg(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return abandon(out.errorString());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool withinLimit = readBounded(file, m_limits.maxFileBytes, [&](const QByteArray &chunk) {
            hash.addData(chunk);
            out.write(chunk);
        });
        if (!withinLimit)
            return abandon(tr("\"%1\" unpacks to more than it says.").arg(path));
        // The archive may have changed since it was verified: the file is kept only with the signed hash.
        if (QString::fromLatin1(hash.result().toHex()) != all.value(path))
            return abandon(tr("\"%1\" changed since it was verified.").arg(path));
        if (!out.commit())
            return abandon(out.errorString());
    }
    for (const auto &[name, bytes] : {std::pair{QString::fromLatin1(kManifestName), m_manifestBytes},
                                      std::pair{QString::fromLatin1(kPublisherSignatureName), m_publisherSignature.toBase64()},
                                      std::pair{QString::fromLatin1(kSquareSignatureName), m_squareSignature.toBase64()}}) {
        QDir().mkpath(QFileInfo(root.filePath(name)).absolutePath());
        QSaveFile out(root.filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return abandon(out.errorString());
    }
    return {};
}

Result<QByteArray> Package::file(const QString &path, qint64 maxBytes) const
{
    QFile archive(m_path);
    if (!archive.open(QIODevice::ReadOnly))
        return fail(u"package_unreadable"_s, tr("%1 cannot be read again.").arg(QFileInfo(m_path).fileName()), u"package"_s);
    return fileFromArchive(&archive, m_manifest, path, std::min(maxBytes, m_limits.maxFileBytes));
}

Result<QByteArray> Package::fileFromArchive(QIODevice *archive, const PackageManifest &manifest, const QString &path,
                                            qint64 maxBytes)
{
    const QString expected = manifest.files.value(path);
    if (expected.isEmpty())
        return fail(u"not_found"_s, tr("%1 carries no file \"%2\".").arg(manifest.id, elided(path)), u"file"_s);
    QuaZip zip(archive);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(u"package_unreadable"_s, tr("%1 is not a package (a zip archive).").arg(manifest.id), u"package"_s);
    zip.setFileNameCodec("UTF-8");
    if (!zip.setCurrentFile(u"files/"_s + path))
        return fail(u"package_invalid"_s, tr("%1 lacks \"%2\".").arg(manifest.id, elided(path)), u"package"_s);
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return fail(u"package_unreadable"_s, tr("\"%1\" cannot be read.").arg(elided(path)), u"package"_s);
    const std::optional<QByteArray> bytes = readWhole(entry, maxBytes);
    if (!bytes)
        return fail(u"input_too_large"_s, tr("\"%1\" is larger than %2 KiB.").arg(elided(path)).arg(maxBytes / 1024), u"file"_s);
    entry.close();
    if (entry.getZipError() != UNZ_OK
        || QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) != expected)
        return fail(u"hash_mismatch"_s, tr("\"%1\" does not match its signed hash.").arg(elided(path)), u"package"_s);
    return *bytes;
}

} // namespace taxbox::square
