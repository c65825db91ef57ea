#pragma once

#include "ServerStore.h"
#include "Tokens.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace taxbox::server {

/// One HTTP request as the API sees it (the transport is the caller's: Qt HttpServer in
/// app/server, or a test calling handle() directly).
struct ApiRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path; ///< "/api/v1/…"
    QByteArray authorization; ///< the Authorization header
    QByteArray body;
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
};

/// The REST API, /api/v1 (docs/openapi.yaml): login, and per-enterprise sync. Every route but health
/// and login needs a valid token (401 otherwise) that names the enterprise of the path (403 otherwise).
/// Errors are {"error": {"code", "message"}}.
class Api
{
    Q_DECLARE_TR_FUNCTIONS(Api)
public:
    static constexpr qsizetype kMaxBody = 1 << 20; ///< 1 MiB
    static constexpr qsizetype kMaxBatch = 1000;

    Api(ServerStore &store, const TokenSigner &tokens, qint64 tokenLifetimeSeconds = 900);

    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse login(const QJsonObject &body);
    ApiResponse sync(const QString &enterpriseId, const Claims &claims, const QJsonObject &body);

    ServerStore &m_store;
    const TokenSigner &m_tokens;
    qint64 m_lifetime;
};

[[nodiscard]] ApiResponse errorResponse(int status, const QString &code, const QString &message);

} // namespace taxbox::server
