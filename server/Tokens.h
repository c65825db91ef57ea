#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace taxbox::server {

/// What an access token says: who, which enterprises (tenants), until when.
struct Claims
{
    QString accountId;
    QStringList enterprises;
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

private:
    crypto::SecureBytes m_privateKey;
    QByteArray m_publicKey;
};

} // namespace taxbox::server
