#include "Api.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

ApiResponse errorResponse(int status, const QString &code, const QString &message)
{
    return {status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}}};
}

Api::Api(ServerStore &store, const TokenSigner &tokens, qint64 tokenLifetimeSeconds)
    : m_store(store)
    , m_tokens(tokens)
    , m_lifetime(tokenLifetimeSeconds)
{ }

ApiResponse Api::handle(const ApiRequest &request)
{
    if (request.body.size() > kMaxBody)
        return errorResponse(413, u"body_too_large"_s, tr("The request body is larger than %1 bytes.").arg(kMaxBody));
    QJsonObject body;
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return errorResponse(400, u"invalid_json"_s, tr("The request body must be a JSON object."));
        body = document.object();
    }

    if (request.path == u"/api/v1/health") {
        if (request.method != "GET")
            return errorResponse(405, u"method_not_allowed"_s, tr("Use GET."));
        return {200, QJsonObject{{u"status"_s, u"ok"_s}}};
    }
    if (request.path == u"/api/v1/auth/login") {
        if (request.method != "POST")
            return errorResponse(405, u"method_not_allowed"_s, tr("Use POST."));
        return login(body);
    }

    // Everything else needs a valid bearer token.
    static const QRegularExpression enterpriseRoute(u"^/api/v1/enterprises/([0-9a-f-]{36})/(sync)$"_s);
    const auto match = enterpriseRoute.match(request.path);
    if (!match.hasMatch())
        return errorResponse(404, u"not_found"_s, tr("There is no such route."));
    if (!request.authorization.startsWith("Bearer "))
        return errorResponse(401, u"unauthenticated"_s, tr("Sign in: this route needs an access token."));
    auto claims = m_tokens.verify(QByteArrayView(request.authorization).sliced(7), QDateTime::currentDateTimeUtc());
    if (!claims)
        return errorResponse(401, claims.error().code, claims.error().message);
    const QString enterpriseId = match.captured(1);
    if (!claims->enterprises.contains(enterpriseId))
        return errorResponse(403, u"forbidden"_s, tr("Your account has no access to this enterprise."));
    if (request.method != "POST")
        return errorResponse(405, u"method_not_allowed"_s, tr("Use POST."));
    return sync(enterpriseId, *claims, body);
}

ApiResponse Api::login(const QJsonObject &body)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != u"name" && it.key() != u"password")
            return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a login field.").arg(it.key()));
    }
    const QString name = body.value(u"name"_s).toString();
    QString password = body.value(u"password"_s).toString();
    crypto::SecureBytes secret = crypto::SecureBytes::fromUtf8(password);
    crypto::wipe(password);
    auto account = m_store.authenticate(name, secret);
    if (!account) {
        return account.error().code == u"invalid_credentials"
            ? errorResponse(401, account.error().code, account.error().message)
            : errorResponse(500, u"server_error"_s, tr("The server could not check the account."));
    }
    auto memberships = m_store.memberships(*account);
    if (!memberships)
        return errorResponse(500, u"server_error"_s, tr("The server could not read the account's enterprises."));
    Claims claims{*account, {}, QDateTime::currentDateTimeUtc().addSecs(m_lifetime)};
    QJsonArray enterprises;
    for (const Membership &membership : std::as_const(*memberships)) {
        claims.enterprises.append(membership.enterpriseId);
        enterprises.append(QJsonObject{{u"id"_s, membership.enterpriseId},
                                       {u"credit_code"_s, membership.creditCode},
                                       {u"name"_s, membership.name},
                                       {u"role"_s, membership.role}});
    }
    return {200,
            QJsonObject{{u"access_token"_s, QString::fromLatin1(m_tokens.issue(claims))},
                        {u"token_type"_s, u"Bearer"_s},
                        {u"expires_in"_s, m_lifetime},
                        {u"enterprises"_s, enterprises}}};
}

ApiResponse Api::sync(const QString &enterpriseId, const Claims &claims, const QJsonObject &body)
{
    const QJsonArray array = body.value(u"items"_s).toArray();
    if (!body.value(u"items"_s).isArray() || array.isEmpty())
        return errorResponse(400, u"invalid_items"_s, tr("\"items\" must be a non-empty list."));
    if (array.size() > kMaxBatch)
        return errorResponse(413, u"batch_too_large"_s, tr("At most %1 items per batch.").arg(kMaxBatch));
    QList<QJsonObject> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        const QUuid uuid(item.value(u"uuid"_s).toString());
        if (uuid.isNull() || item.value(u"type"_s).toString().isEmpty() || !item.value(u"payload"_s).isObject())
            return errorResponse(400, u"invalid_item"_s,
                                 tr("items[%1] needs a \"uuid\", a \"type\" and a \"payload\" object.").arg(i));
        items.append(item);
    }
    auto receipts = m_store.applySync(enterpriseId, claims.accountId, items);
    if (!receipts)
        return errorResponse(500, u"server_error"_s, tr("The server could not store the batch; send it again."));
    QJsonArray results;
    for (const SyncReceipt &receipt : std::as_const(*receipts)) {
        results.append(QJsonObject{{u"uuid"_s, receipt.uuid},
                                   {u"status"_s, receipt.status},
                                   {u"receipt"_s, receipt.receipt},
                                   {u"received_at"_s, receipt.receivedAt}});
    }
    return {200, QJsonObject{{u"results"_s, results}}};
}

} // namespace taxbox::server
