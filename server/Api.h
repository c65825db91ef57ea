#pragma once

#include "LoginBackoff.h"
#include "ServerStore.h"
#include "Tokens.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace taxbox::server {

/// One HTTP request as the API sees it (the transport is the caller's: Qt HttpServer in
/// app/server, or a test calling handle() directly).
struct ApiRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path; ///< "/api/v1/…"
    QByteArray authorization; ///< the Authorization header
    QByteArray body;
    QString query = {}; ///< the URL's query string, without "?"
    QString peer = {}; ///< the client's address (sign-in back-off)
    QByteArray range = {}; ///< the Range header ("bytes=N-"), for downloads that resume
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    /// A download: these bytes are the answer (not `body`), with `contentType` and `headers`.
    QByteArray raw = {};
    QByteArray contentType = {};
    QList<std::pair<QByteArray, QByteArray>> headers = {};
    [[nodiscard]] bool isRaw() const { return !contentType.isEmpty(); }
};

/// The REST API, /api/v1 (docs/openapi.yaml). Public: health, login, refresh. Every other route is
/// under /api/v1/enterprises/{id}/ and needs a valid access token (401 otherwise) that names that
/// enterprise (403 otherwise) with a role that may use the route (403). Errors are
/// {"error": {"code", "message"}}. handle() is safe to call from several threads at once.
class Api
{
    Q_DECLARE_TR_FUNCTIONS(Api)
public:
    static constexpr qsizetype kMaxBody = 1 << 20; ///< 1 MiB
    /// A publisher's package upload (base64 in JSON): the square's own route takes more than kMaxBody.
    static constexpr qsizetype kMaxUploadBody = 48 << 20;
    [[nodiscard]] static bool isUpload(const QByteArray &method, QStringView path);
    static constexpr qsizetype kMaxBatch = 1000;
    static constexpr qint64 kMaxRange = 100'000;

    /// The routes, for the documentation and the authorisation tests: method, path pattern ({id}: an
    /// enterprise id; {package} and {version}: a square package), whether a token is needed, and the least
    /// role (in the enterprise; "publisher" and "reviewer" are square roles of the account).
    struct RouteInfo
    {
        QByteArray method;
        QString pattern;
        bool authenticated;
        QString leastRole;
    };
    [[nodiscard]] static QList<RouteInfo> routes();

    Api(ServerStore &store, const TokenSigner &tokens, qint64 tokenLifetimeSeconds = 900);

    [[nodiscard]] ApiResponse handle(const ApiRequest &request);
    /// Recomputes a filed return (an outbox item "filing.filed") with the form engine: its signature over
    /// its content, its enterprise, and every cell as the engine computes it; an error check refuses it.
    /// Empty when it holds; the reason otherwise.
    [[nodiscard]] static std::optional<std::pair<QString, QString>> checkFiling(const QJsonObject &payload,
                                                                                const QString &creditCode);

private:
    struct Context
    {
        const ApiRequest &request;
        QJsonObject body;
        Claims claims;
        QString enterpriseId;
        QString package = {};
        QString version = {};
        int item = 0; ///< {n}: a 1-based position (a package's screenshots)
        SquareRoles square = {};
    };
    struct Route
    {
        RouteInfo info;
        QRegularExpression regex;
        std::function<ApiResponse(Api &, const Context &)> handler;
    };
    static const QList<Route> &table();
    ApiResponse login(const Context &context);
    ApiResponse refresh(const Context &context);
    ApiResponse sessionFor(const QString &accountId, const QString &refreshToken);
    ApiResponse enrolDevice(const Context &context);
    ApiResponse numberRange(const Context &context);
    ApiResponse sync(const Context &context);
    /// Why an item of a type the server understands must be refused (empty: it holds): an invoice's
    /// signature, range, seller and arithmetic; a red-letter confirmation's parties (and where it goes).
    /// A failure of the server itself (a database it could not read, no rule pack to check with) is the
    /// error, never a rejection: the batch is answered 503 and the device sends it again later.
    struct BatchFacts;
    Result<Reason> checkItem(const Context &context, const QString &devicePublicKey, IncomingItem &item, BatchFacts &facts);
    ApiResponse changes(const Context &context);
    ApiResponse filings(const Context &context);
    ApiResponse filingOverview(const Context &context);
    ApiResponse refunds(const Context &context);
    ApiResponse squarePackages(const Context &context);
    ApiResponse squareRevocations(const Context &context);
    ApiResponse squarePublish(const Context &context);
    ApiResponse squareReview(const Context &context);
    ApiResponse squareDecision(const Context &context);
    ApiResponse squareArchive(const Context &context);
    ApiResponse squareScreenshot(const Context &context);

    ServerStore &m_store;
    const TokenSigner &m_tokens;
    qint64 m_lifetime;
    LoginBackoff m_backoff;
};

[[nodiscard]] ApiResponse errorResponse(int status, const QString &code, const QString &message);

/// The grant a device receives with a number range, as signed by the server.
[[nodiscard]] QJsonObject grantDocument(const NumberRange &range);

} // namespace taxbox::server
