#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace taxbox::server {

/// What an access token says: who, which enterprises (tenants) in which role, until when.
struct Claims
{
    QString accountId;
    QMap<QString, QString> roles; ///< enterprise id → "viewer", "accountant" or "admin"
    QDateTime expires;
};

/// Signed, stateless access tokens: base64url(JSON claims) "." base64url(Ed25519 signature). Any node
/// with the same key verifies them, so nodes keep no session state.
class TokenSigner
{
    Q_DECLARE_TR_FUNCTIONS(TokenSigner)
public:
    explicit TokenSigner(crypto::SecureBytes privateKey);
    /// Loads the key from `directory`/server-token-key (created, mode 0600, on first use).
    [[nodiscard]] static Result<TokenSigner> fromDirectory(const QString &directory);

    [[nodiscard]] QByteArray issue(const Claims &claims) const;
    /// "invalid_token" (malformed, wrong signature) or "expired_token".
    [[nodiscard]] Result<Claims> verify(QByteArrayView token, const QDateTime &now) const;
    /// Signs other server statements (number-range grants) with the same key; `domain` keeps a
    /// signature of one kind from being passed off as another.
    [[nodiscard]] QByteArray signStatement(QByteArrayView domain, QByteArrayView message) const;
    /// Signs bytes that begin with their own domain line ("taxbox-square-v1\n…": a square countersignature,
    /// square::Package::squareSigningBytes) — the same signature as signStatement(domain, rest).
    [[nodiscard]] QByteArray signDomainPrefixed(const QByteArray &bytes) const
    {
        const qsizetype newline = bytes.indexOf('\n');
        return signStatement(QByteArrayView(bytes).first(newline), QByteArrayView(bytes).sliced(newline + 1));
    }
    /// The raw Ed25519 public key that verifies tokens and statements.
    [[nodiscard]] QByteArray publicKey() const { return m_publicKey; }

private:
    crypto::SecureBytes m_privateKey;
    QByteArray m_publicKey;
};

} // namespace taxbox::server
