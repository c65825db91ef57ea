#include "Tokens.h"

#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

TokenSigner::TokenSigner(crypto::SecureBytes privateKey)
    : m_privateKey(std::move(privateKey))
    , m_publicKey(crypto::Ed25519::publicKeyOf(m_privateKey).value_or(QByteArray()))
{ }

Result<TokenSigner> TokenSigner::fromDirectory(const QString &directory)
{
    const QString path = QDir(directory).filePath(u"server-token-key"_s);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"key_unreadable"_s, tr("Cannot read the token key %1.").arg(QDir::toNativeSeparators(path)));
        const QByteArray raw = file.readAll();
        if (raw.size() != 32)
            return fail(u"key_damaged"_s, tr("The token key %1 is damaged.").arg(QDir::toNativeSeparators(path)));
        return TokenSigner(crypto::SecureBytes(raw.constData(), 32));
    }
    crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || out.write(reinterpret_cast<const char *>(key.data()), 32) != 32 || !out.commit())
        return fail(u"key_unwritable"_s, tr("Cannot write the token key %1.").arg(QDir::toNativeSeparators(path)));
    return TokenSigner(std::move(key));
}

QByteArray TokenSigner::issue(const Claims &claims) const
{
    QJsonObject roles;
    for (auto it = claims.roles.constBegin(); it != claims.roles.constEnd(); ++it)
        roles.insert(it.key(), it.value());
    const QByteArray payload
        = QJsonDocument(
              QJsonObject{{u"sub"_s, claims.accountId}, {u"ent"_s, roles}, {u"exp"_s, claims.expires.toSecsSinceEpoch()}})
              .toJson(QJsonDocument::Compact)
              .toBase64(kBase64);
    const QByteArray signature = crypto::Ed25519::sign(m_privateKey, payload).value_or(QByteArray()).toBase64(kBase64);
    return payload + '.' + signature;
}

QByteArray TokenSigner::signStatement(QByteArrayView domain, QByteArrayView message) const
{
    QByteArray statement = domain.toByteArray();
    statement += '\n';
    statement += message;
    return crypto::Ed25519::sign(m_privateKey, statement).value_or(QByteArray());
}

Result<Claims> TokenSigner::verify(QByteArrayView token, const QDateTime &now) const
{
    const auto invalid = [] { return fail(u"invalid_token"_s, tr("The access token is not valid; sign in again.")); };
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0)
        return invalid();
    const QByteArrayView payload = token.first(dot);
    const auto signature
        = QByteArray::fromBase64Encoding(token.sliced(dot + 1).toByteArray(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !crypto::Ed25519::verify(m_publicKey, payload, *signature))
        return invalid();
    const auto json = QByteArray::fromBase64Encoding(payload.toByteArray(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!json)
        return invalid();
    const QJsonObject object = QJsonDocument::fromJson(*json).object();
    Claims claims;
    claims.accountId = object.value(u"sub"_s).toString();
    const QJsonObject roles = object.value(u"ent"_s).toObject();
    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it)
        claims.roles.insert(it.key(), it.value().toString());
    claims.expires = QDateTime::fromSecsSinceEpoch(object.value(u"exp"_s).toInteger(), Qt::UTC);
    if (claims.accountId.isEmpty())
        return invalid();
    if (claims.expires <= now)
        return fail(u"expired_token"_s, tr("The access token has expired; sign in again."));
    return claims;
}

} // namespace taxbox::server
