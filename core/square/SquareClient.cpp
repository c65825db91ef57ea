#include "SquareClient.h"

#include "sync/ServerWords.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::square {

namespace {

QHash<QString, QString> languages(const QJsonObject &object)
{
    QHash<QString, QString> texts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        texts.insert(it.key(), it.value().toString());
    return texts;
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

/// The error the server answered with, in the client's words when it knows the code.
Error serverError(const sync::HttpResponse &response, const QString &what)
{
    const QJsonObject error = response.body.value(u"error"_s).toObject();
    const QString code = error.value(u"code"_s).toString(u"server_error"_s);
    return Error{code,
                 SquareClient::tr("The square answered %1 for %2: %3")
                     .arg(response.status)
                     .arg(what, error.value(u"message"_s).toString()),
                 u"server"_s};
}

} // namespace

namespace {
/// An id and a version that can go into a route's path as they are (the square's own forms).
bool isAddressable(const CatalogueEntry &entry)
{
    static const QRegularExpression safeName(u"^[a-z0-9][a-z0-9.-]{0,127}$"_s);
    static const QRegularExpression safeVersion(u"^[0-9]{1,9}\\.[0-9]{1,9}\\.[0-9]{1,9}$"_s);
    return safeName.match(entry.id).hasMatch() && safeVersion.match(entry.version).hasMatch();
}
} // namespace

CatalogueEntry CatalogueEntry::fromJson(const QJsonObject &object)
{
    CatalogueEntry entry;
    entry.id = object.value(u"id"_s).toString();
    entry.version = object.value(u"version"_s).toString();
    entry.kind = object.value(u"kind"_s).toString();
    entry.name = languages(object.value(u"name"_s).toObject());
    entry.description = languages(object.value(u"description"_s).toObject());
    entry.category = object.value(u"category"_s).toString();
    entry.keywords = strings(object.value(u"keywords"_s).toArray());
    entry.publisher = object.value(u"publisher"_s).toString();
    entry.permissions = strings(object.value(u"permissions"_s).toArray());
    entry.sha256 = object.value(u"sha256"_s).toString();
    entry.size = object.value(u"size"_s).toInteger();
    entry.downloads = object.value(u"downloads"_s).toInteger();
    entry.revoked = object.value(u"revoked"_s).toString();
    for (const QJsonValue &screenshot : object.value(u"screenshots"_s).toArray()) {
        const QString path = screenshot.toObject().value(u"path"_s).toString();
        const QString sha256 = screenshot.toObject().value(u"sha256"_s).toString();
        if (!path.isEmpty() && sha256.size() == 64 && entry.screenshots.size() < kMaxScreenshots)
            entry.screenshots.append({path, sha256});
    }
    return entry;
}

QString CatalogueEntry::displayName(const QString &language) const
{
    const QString named = name.value(language.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s);
    return named.isEmpty() ? id : named;
}

SquareClient::SquareClient(sync::SyncClient::Options options, QJsonObject login)
    : m_options(std::move(options))
    , m_login(std::move(login))
    , m_token(m_login.value(u"access_token"_s).toString().toLatin1())
    , m_http(m_options.http)
{ }

QUrl SquareClient::endpoint(const QString &path, const QString &query) const
{
    QUrl url = m_options.server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

Result<void> SquareClient::trustIn(PluginStore &store) const
{
    const QByteArray key = QByteArray::fromBase64(m_login.value(u"server_key"_s).toString().toLatin1());
    if (auto pinned = store.pinSquare(m_options.server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), key); !pinned)
        return pinned;
    auto answer = m_http.get(endpoint(u"/api/v1/square/revocations"_s), m_token);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(serverError(*answer, tr("the revocation list")));
    return store.saveRevocations(answer->body.value(u"revocations"_s).toString().toUtf8(),
                                 answer->body.value(u"signature"_s).toString().toLatin1(), store.squareKeys());
}

Result<QList<CatalogueEntry>> SquareClient::catalogue(const QString &query, const QString &id) const
{
    QUrlQuery parameters;
    if (!query.isEmpty())
        parameters.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(query)));
    if (!id.isEmpty())
        parameters.addQueryItem(u"id"_s, id);
    auto answer = m_http.get(endpoint(u"/api/v1/square/packages"_s, parameters.toString(QUrl::FullyEncoded)), m_token);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(serverError(*answer, tr("the catalogue")));
    QList<CatalogueEntry> entries;
    for (const QJsonValue &value : answer->body.value(u"packages"_s).toArray())
        entries.append(CatalogueEntry::fromJson(value.toObject()));
    return entries;
}

Result<QJsonObject> SquareClient::publish(const QByteArray &archive) const
{
    auto answer
        = m_http.post(endpoint(u"/api/v1/square/packages"_s), {{u"archive"_s, QString::fromLatin1(archive.toBase64())}}, m_token);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 201)
        return std::unexpected(serverError(*answer, tr("the package")));
    return answer->body;
}

Result<QJsonArray> SquareClient::reviewQueue(const QString &state) const
{
    auto answer = m_http.get(endpoint(u"/api/v1/square/review"_s, u"state="_s + state), m_token);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(serverError(*answer, tr("the review queue")));
    return answer->body.value(u"packages"_s).toArray();
}

Result<QJsonObject> SquareClient::decide(const QString &id, const QString &version, bool approve, const QString &reason) const
{
    QJsonObject body{{u"decision"_s, approve ? u"approve"_s : u"reject"_s}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    auto answer = m_http.post(endpoint(u"/api/v1/square/packages/%1/%2/decision"_s.arg(id, version)), body, m_token);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(serverError(*answer, id + u' ' + version));
    return answer->body;
}

QList<CatalogueEntry> SquareClient::newest(const QList<CatalogueEntry> &entries)
{
    QList<CatalogueEntry> newest;
    for (const CatalogueEntry &entry : entries) {
        if (!entry.revoked.isEmpty())
            continue;
        auto found = std::find_if(newest.begin(), newest.end(), [&](const CatalogueEntry &e) { return e.id == entry.id; });
        if (found == newest.end())
            newest.append(entry);
        else if (compareVersions(entry.version, found->version) > 0)
            *found = entry;
    }
    return newest;
}

Result<QString> SquareClient::download(const CatalogueEntry &entry, const QString &directory,
                                       const std::function<bool(qint64, qint64)> &progress) const
{
    if (!isAddressable(entry) || entry.sha256.size() != 64 || entry.size <= 0 || entry.size > Package::Limits{}.maxArchiveBytes)
        return fail(u"package_invalid"_s, tr("The catalogue's entry for \"%1\" is not usable.").arg(entry.id), u"package"_s);
    if (!QDir().mkpath(directory))
        return fail(u"write_failed"_s, tr("The folder %1 could not be created.").arg(directory), u"file"_s);
    const QString target = QDir(directory).filePath(entry.id + u'-' + entry.version + u".tbx"_s);
    const QString partial = target + u".part"_s;
    QFile part(partial);
    if (!part.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(u"write_failed"_s, tr("%1 could not be written.").arg(partial), u"file"_s);
    qint64 from = part.size();
    if (from >= entry.size) {
        // A .part as long as the whole (or longer) was never checked: start again.
        part.resize(0);
        from = 0;
    }
    const QUrl url = endpoint(u"/api/v1/square/packages/%1/%2/archive"_s.arg(entry.id, entry.version));
    auto answer = m_http.download(url, m_token, part, from, entry.size,
                                  [&](qint64 received) { return !progress || progress(received, entry.size); });
    if (!answer) {
        part.close();
        return std::unexpected(answer.error()); // the .part stays: the next download resumes from its end
    }
    if (answer->status == 200 && from > 0) {
        // The server sent the whole file instead of the rest: what was appended begins at byte 0.
        part.close();
        QFile::remove(partial);
        return fail(u"download_restarted"_s, tr("The square sent the whole package again; download it once more."), u"server"_s);
    }
    if (answer->status != 200 && answer->status != 206) {
        part.close();
        if (answer->status == 416)
            QFile::remove(partial);
        return std::unexpected(serverError(*answer, entry.id));
    }
    part.flush();
    part.seek(0);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&part)) {
        part.close();
        return fail(u"write_failed"_s, tr("%1 could not be read back.").arg(partial), u"file"_s);
    }
    const qint64 size = part.size();
    part.close();
    if (size != entry.size || QString::fromLatin1(hash.result().toHex()) != entry.sha256) {
        QFile::remove(partial);
        return fail(u"hash_mismatch"_s,
                    tr("The downloaded %1 %2 is not what the square lists (size or SHA-256 differ); it was removed.")
                        .arg(entry.id, entry.version),
                    u"package"_s);
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return fail(u"write_failed"_s, tr("%1 could not be written.").arg(target), u"file"_s);
    return target;
}

Result<QByteArray> SquareClient::screenshot(const CatalogueEntry &entry, int index) const
{
    if (!isAddressable(entry) || index < 0 || index >= entry.screenshots.size())
        return fail(u"not_found"_s, tr("%1 has no screenshot %2.").arg(entry.id).arg(index + 1), u"screenshot"_s);
    QByteArray bytes;
    QBuffer sink(&bytes);
    sink.open(QIODevice::WriteOnly);
    const QUrl url = endpoint(u"/api/v1/square/packages/%1/%2/screenshots/%3"_s.arg(entry.id, entry.version).arg(index + 1));
    auto answer = m_http.download(url, m_token, sink, 0, kMaxScreenshotBytes);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(serverError(*answer, entry.id));
    const QString &expected = entry.screenshots.at(index).second;
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != expected)
        return fail(u"hash_mismatch"_s,
                    tr("A screenshot of %1 %2 is not what its publisher signed.").arg(entry.id, entry.version), u"screenshot"_s);
    return bytes;
}

} // namespace taxbox::square
