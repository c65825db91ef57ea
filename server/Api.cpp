#include "Api.h"

#include "filing/FormEngine.h"
#include "refund/RefundApplications.h"

#include "base/StrictJson.h"

#include "AccessLog.h"
#include "Names.h"

#include "invoice/InvoiceBook.h"
#include "rules/RulePack.h"
#include "square/Package.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

namespace {

int roleRank(const QString &role)
{
    return role == u"admin" ? 2 : role == u"accountant" ? 1 : role == u"viewer" ? 0 : -1;
}

/// The first field of `body` that is not in `allowed`, or an empty string.
QString unknownField(const QJsonObject &body, std::initializer_list<QStringView> allowed)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return it.key();
    }
    return {};
}

const QStringList &invoiceKinds()
{
    // 数电票 special (专票) and ordinary (普票) invoices share one number sequence per seller.
    static const QStringList kinds{QString::fromUtf16(sync::kInvoiceNumberKind)};
    return kinds;
}

QRegularExpression patternRegex(const QString &pattern)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(u"\\{id\\}"_s, u"(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"_s);
    regex.replace(u"\\{package\\}"_s, u"(?<package>[a-z0-9][a-z0-9.-]{0,127})"_s);
    regex.replace(u"\\{version\\}"_s, u"(?<version>[0-9]{1,9}\\.[0-9]{1,9}\\.[0-9]{1,9})"_s);
    regex.replace(u"\\{n\\}"_s, u"(?<n>[1-9][0-9]?)"_s);
    return QRegularExpression(u'^' + regex + u'$');
}

} // namespace

ApiResponse errorResponse(int status, const QString &code, const QString &message)
{
    return {status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}}};
}

namespace {
/// A 500: the client learns what to do, the operator's log learns why (no request data in it).
ApiResponse serverError(const Error &cause, const QString &message)
{
    logEvent(u"server_error"_s, {{u"code"_s, cause.code}, {u"cause"_s, cause.message}});
    return errorResponse(500, u"server_error"_s, message);
}
/// A 503: the server could not do its part just now; the client keeps the items and sends them again.
ApiResponse transientError(const Error &cause, const QString &message)
{
    logEvent(u"server_unavailable"_s, {{u"code"_s, cause.code}, {u"cause"_s, cause.message}});
    return errorResponse(503, u"try_again"_s, message);
}
} // namespace

QJsonObject grantDocument(const NumberRange &range, const QString &deviceKey, const QString &creditCode)
{
    // The device's key and the seller make the grant the link between the server's key and each
    // invoice's signature: anyone holding an invoice file can check who could issue it.
    return {{u"range_id"_s, range.id},
            {u"device_key"_s, deviceKey},
            {u"credit_code"_s, creditCode},
            {u"enterprise_id"_s, range.enterpriseId},
            {u"device_id"_s, range.deviceId},
            {u"kind"_s, range.kind},
            {u"first"_s, range.first},
            {u"last"_s, range.last},
            {u"max_offline_hours"_s, range.maxOfflineHours},
            {u"max_offline_amount_fen"_s, range.maxOfflineAmountFen},
            {u"granted_at"_s, range.grantedAt}};
}

const QList<Api::Route> &Api::table()
{
    // Each route with its handler, in one place: the table the router, the documentation test and
    // the authorisation matrix all read.
    static const QList<Route> routes = [] {
        QList<Route> list{
            {{"GET", u"/api/v1/health"_s, false, {}},
             {},
             [](Api &, const Context &) {
                 return ApiResponse{200, QJsonObject{{u"status"_s, u"ok"_s}}};
             }},
            {{"POST", u"/api/v1/auth/login"_s, false, {}}, {}, &Api::login},
            {{"POST", u"/api/v1/auth/refresh"_s, false, {}}, {}, &Api::refresh},
            {{"POST", u"/api/v1/enterprises/{id}/devices"_s, true, u"accountant"_s}, {}, &Api::enrolDevice},
            {{"POST", u"/api/v1/enterprises/{id}/number-ranges"_s, true, u"accountant"_s}, {}, &Api::numberRange},
            {{"POST", u"/api/v1/enterprises/{id}/sync"_s, true, u"accountant"_s}, {}, &Api::sync},
            {{"GET", u"/api/v1/enterprises/{id}/changes"_s, true, u"viewer"_s}, {}, &Api::changes},
            {{"GET", u"/api/v1/enterprises/{id}/filings"_s, true, u"viewer"_s}, {}, &Api::filings},
            {{"GET", u"/api/v1/filings"_s, true, u"viewer"_s}, {}, &Api::filingOverview},
            {{"GET", u"/api/v1/enterprises/{id}/refunds"_s, true, u"viewer"_s}, {}, &Api::refunds},
            {{"GET", u"/api/v1/square/packages"_s, true, u"viewer"_s}, {}, &Api::squarePackages},
            {{"GET", u"/api/v1/square/revocations"_s, true, u"viewer"_s}, {}, &Api::squareRevocations},
            {{"GET", u"/api/v1/square/packages/{package}/{version}/archive"_s, true, u"viewer"_s}, {}, &Api::squareArchive},
            {{"GET", u"/api/v1/square/packages/{package}/{version}/screenshots/{n}"_s, true, u"viewer"_s},
             {},
             &Api::squareScreenshot},
            {{"POST", u"/api/v1/square/packages"_s, true, u"publisher"_s}, {}, &Api::squarePublish},
            {{"GET", u"/api/v1/square/review"_s, true, u"reviewer"_s}, {}, &Api::squareReview},
            {{"POST", u"/api/v1/square/packages/{package}/{version}/decision"_s, true, u"reviewer"_s}, {}, &Api::squareDecision},
        };
        for (Route &route : list)
            route.regex = patternRegex(route.info.pattern);
        return list;
    }();
    return routes;
}

QList<Api::RouteInfo> Api::routes()
{
    QList<RouteInfo> list;
    for (const Route &route : table())
        list.append(route.info);
    return list;
}

Api::Api(ServerStore &store, const TokenSigner &tokens, qint64 tokenLifetimeSeconds)
    : m_store(store)
    , m_tokens(tokens)
    , m_lifetime(tokenLifetimeSeconds)
{ }

bool Api::isUpload(const QByteArray &method, QStringView path)
{
    return method == "POST" && path == u"/api/v1/square/packages";
}

ApiResponse Api::handle(const ApiRequest &request)
{
    if (const qsizetype limit = isUpload(request.method, request.path) ? kMaxUploadBody : kMaxBody; request.body.size() > limit)
        return errorResponse(413, u"body_too_large"_s, tr("The request body is larger than %1 bytes.").arg(limit));

    const Route *found = nullptr;
    QString enterpriseId;
    QString package;
    QString version;
    int item = 0;
    bool pathKnown = false;
    for (const Route &candidate : table()) {
        const auto match = candidate.regex.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (candidate.info.method == request.method) {
            found = &candidate;
            enterpriseId = match.captured(u"id");
            package = match.captured(u"package");
            version = match.captured(u"version");
            item = match.captured(u"n").toInt();
            break;
        }
    }
    if (!pathKnown)
        return errorResponse(404, u"not_found"_s, tr("There is no such route."));
    if (!found)
        return errorResponse(405, u"method_not_allowed"_s,
                             tr("This route does not take %1.").arg(QString::fromLatin1(request.method)));
    const RouteInfo &route = found->info;

    Context context{request, {}, {}, enterpriseId, package, version, item};
    if (route.authenticated) {
        if (!request.authorization.startsWith("Bearer "))
            return errorResponse(401, u"unauthenticated"_s, tr("Sign in: this route needs an access token."));
        auto claims = m_tokens.verify(QByteArrayView(request.authorization).sliced(7), QDateTime::currentDateTimeUtc());
        if (!claims)
            return errorResponse(401, claims.error().code, claims.error().message);
        context.claims = *claims;
        if (enterpriseId.isEmpty()) {
            // An account's own route (the overview of its enterprises, the square): scoped by the account, each
            // enterprise's role read from the database as below, the square's roles as they are now.
            if (route.leastRole == u"publisher" || route.leastRole == u"reviewer") {
                auto roles = m_store.squareRolesOf(claims->accountId);
                if (!roles)
                    return serverError(roles.error(), tr("The server could not check your access."));
                if ((route.leastRole == u"publisher" && !roles->publisher)
                    || (route.leastRole == u"reviewer" && !roles->reviewer))
                    return errorResponse(403, u"role_insufficient"_s,
                                         route.leastRole == u"publisher" ? tr("Your account is not a publisher on this square.")
                                                                         : tr("Your account is not a reviewer on this square."));
                context.square = *roles;
            }
        } else {
            // The role as it is now, not as the token was issued: a member removed, demoted or disabled a
            // minute ago loses that access at once.
            auto role = m_store.roleOf(claims->accountId, enterpriseId);
            if (!role)
                return serverError(role.error(), tr("The server could not check your access."));
            if (!*role)
                return errorResponse(403, u"forbidden"_s, tr("Your account has no access to this enterprise."));
            if (roleRank(**role) < roleRank(route.leastRole))
                return errorResponse(403, u"role_insufficient"_s,
                                     tr("Your role in this enterprise (%1) may not do this.").arg(**role));
            context.claims.roles.insert(enterpriseId, **role);
        }
    }
    if (request.method == "POST") {
        // Strictly: a key given twice ("count":1,"count":100000) or a number a double would round is refused.
        auto document = StrictJson::parse(request.body, isUpload(request.method, request.path) ? kMaxUploadBody : kMaxBody,
                                          tr("the request body"));
        if (!document)
            return errorResponse(400, document.error().code, document.error().message);
        if (!document->isObject())
            return errorResponse(400, u"invalid_json"_s, tr("The request body must be a JSON object."));
        context.body = document->object();
    }
    return found->handler(*this, context);
}

ApiResponse Api::login(const Context &context)
{
    if (const QString field = unknownField(context.body, {u"name", u"password"}); !field.isEmpty())
        return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a login field.").arg(field));
    const QString name = context.body.value(u"name"_s).toString();
    QString password = context.body.value(u"password"_s).toString();
    crypto::SecureBytes secret = crypto::SecureBytes::fromUtf8(password);
    crypto::wipe(password);
    // Refused before any hashing while the name or the address is backing off.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const qint64 wait = m_backoff.waitSeconds(name, context.request.peer, now); wait > 0) {
        ApiResponse refused = errorResponse(
            429, u"too_many_attempts"_s,
            tr("Too many wrong passwords for this account or from this address; try again in %1 seconds.").arg(wait));
        refused.body.insert(u"retry_after"_s, wait);
        return refused;
    }
    auto account = m_store.authenticate(name, secret);
    if (!account) {
        if (account.error().code == u"account_disabled")
            return errorResponse(403, account.error().code, account.error().message);
        if (account.error().code == u"invalid_credentials") {
            m_backoff.failed(name, context.request.peer, QDateTime::currentMSecsSinceEpoch());
            return errorResponse(401, account.error().code, account.error().message);
        }
        return serverError(account.error(), tr("The server could not check the account."));
    }
    m_backoff.succeeded(name);
    auto refreshToken = m_store.createRefreshToken(*account);
    if (!refreshToken)
        return serverError(refreshToken.error(), tr("The server could not start a session."));
    return sessionFor(*account, *refreshToken);
}

ApiResponse Api::refresh(const Context &context)
{
    if (const QString field = unknownField(context.body, {u"refresh_token"}); !field.isEmpty())
        return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a refresh field.").arg(field));
    auto rotated = m_store.rotateRefreshToken(context.body.value(u"refresh_token"_s).toString());
    if (!rotated) {
        return rotated.error().code.contains(u"refresh_token")
            ? errorResponse(401, rotated.error().code, rotated.error().message)
            : serverError(rotated.error(), tr("The server could not renew the session."));
    }
    return sessionFor(rotated->first, rotated->second);
}

ApiResponse Api::sessionFor(const QString &accountId, const QString &refreshToken)
{
    auto memberships = m_store.memberships(accountId);
    if (!memberships)
        return serverError(memberships.error(), tr("The server could not read the account's enterprises."));
    Claims claims{accountId, {}, QDateTime::currentDateTimeUtc().addSecs(m_lifetime)};
    QJsonArray enterprises;
    for (const Membership &membership : std::as_const(*memberships)) {
        claims.roles.insert(membership.enterpriseId, membership.role);
        enterprises.append(QJsonObject{{u"id"_s, membership.enterpriseId},
                                       {u"credit_code"_s, membership.creditCode},
                                       {u"name"_s, membership.name},
                                       {u"role"_s, membership.role}});
    }
    return {200,
            QJsonObject{{u"access_token"_s, QString::fromLatin1(m_tokens.issue(claims))},
                        {u"token_type"_s, u"Bearer"_s},
                        {u"expires_in"_s, m_lifetime},
                        {u"refresh_token"_s, refreshToken},
                        {u"server_key"_s, QString::fromLatin1(m_tokens.publicKey().toBase64())},
                        {u"enterprises"_s, enterprises}}};
}

ApiResponse Api::enrolDevice(const Context &context)
{
    if (const QString field = unknownField(context.body, {u"name", u"public_key"}); !field.isEmpty())
        return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a device field.").arg(field));
    auto name = checkedName(context.body.value(u"name"_s).toString(), 100, u"name"_s);
    if (!name)
        return errorResponse(400, u"invalid_name"_s, tr("\"name\" names the device in 1 to 100 characters."));
    // Strict base64: junk around or inside the key is refused, not skipped.
    const QByteArray keyText = context.body.value(u"public_key"_s).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(keyText, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32 || decoded.decoded.toBase64() != keyText)
        return errorResponse(400, u"invalid_public_key"_s, tr("\"public_key\" must be a base64 Ed25519 public key (32 bytes)."));
    const QByteArray key = decoded.decoded;
    auto id = m_store.enrolDevice(context.enterpriseId, context.claims.accountId, *name, QString::fromLatin1(key.toBase64()));
    if (!id)
        return serverError(id.error(), tr("The server could not enrol the device."));
    return {201, QJsonObject{{u"device_id"_s, *id}}};
}

ApiResponse Api::numberRange(const Context &context)
{
    if (const QString field = unknownField(context.body, {u"device_id", u"kind", u"count"}); !field.isEmpty())
        return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a number-range field.").arg(field));
    const QString deviceId = context.body.value(u"device_id"_s).toString();
    const QString kind = context.body.value(u"kind"_s).toString();
    const qint64 count = context.body.value(u"count"_s).toInteger();
    if (!invoiceKinds().contains(kind))
        return errorResponse(400, u"invalid_kind"_s, tr("\"kind\" must be one of: %1.").arg(invoiceKinds().join(u", ")));
    if (count < 1 || count > kMaxRange)
        return errorResponse(400, u"invalid_count"_s, tr("\"count\" must be between 1 and %1.").arg(kMaxRange));
    auto devices = m_store.devices(context.enterpriseId);
    if (!devices)
        return serverError(devices.error(), tr("The server could not read the devices."));
    const auto device = std::find_if(devices->cbegin(), devices->cend(),
                                     [&](const Device &candidate) { return candidate.id == deviceId && !candidate.revoked; });
    if (device == devices->cend())
        return errorResponse(400, u"unknown_device"_s, tr("\"device_id\" is not a device enrolled in this enterprise."));
    auto creditCode = m_store.creditCodeOf(context.enterpriseId);
    if (!creditCode)
        return serverError(creditCode.error(), tr("The server could not read the enterprise."));
    auto range = m_store.allocateRange(context.enterpriseId, deviceId, kind, count);
    if (!range)
        return serverError(range.error(), tr("The server could not allocate numbers; ask again."));
    const QJsonObject grant = grantDocument(*range, device->publicKey, *creditCode);
    const QByteArray signature = m_tokens.signStatement(sync::kGrantDomain, QJsonDocument(grant).toJson(QJsonDocument::Compact));
    return {201, QJsonObject{{u"grant"_s, grant}, {u"signature"_s, QString::fromLatin1(signature.toBase64())}}};
}

struct Api::BatchFacts
{
    QString creditCode;
    std::optional<QList<NumberRange>> ranges;
};

Result<Reason> Api::checkItem(const Context &context, const QString &devicePublicKey, IncomingItem &item, BatchFacts &facts)
{
    const bool invoiceItem = item.type == u"invoice.issued" || item.type == u"invoice.red_issued";
    const bool redRequest = item.type == u"red_confirmation.requested";
    const bool redDecision = item.type == u"red_confirmation.decided";
    const bool filing = item.type == u"filing.filed";
    const bool refundFiled = item.type == u"refund.filed";
    const bool refundWithdrawn = item.type == u"refund.withdrawn";
    if (!invoiceItem && !redRequest && !redDecision && !filing && !refundFiled && !refundWithdrawn
        && item.type != u"red_confirmation.self_confirmed")
        return {};
    if (facts.creditCode.isEmpty()) {
        auto code = m_store.creditCodeOf(context.enterpriseId);
        if (!code)
            return std::unexpected(code.error());
        facts.creditCode = *code;
    }
    const QJsonObject payload = QJsonDocument::fromJson(item.payload.toUtf8()).object();
    if (filing) {
        if (auto refused = checkFiling(payload, facts.creditCode)) {
            if (refused->first == u"filing_unchecked") // this server's fault: the batch is retried, not refused
                return std::unexpected(Error{refused->first, refused->second, {}});
            return Reason{
                refused->first, {payload.value(u"content"_s).toObject().value(u"period"_s).toString()}, refused->second};
        }
        return {};
    }
    if (refundFiled || refundWithdrawn) {
        // A refund application, signed like a return; the tax office's answers are recorded here later.
        const QJsonObject content = refundFiled ? payload.value(u"content"_s).toObject() : payload;
        const QString id = content.value(u"id"_s).toString();
        if (refundFiled
            && !crypto::Ed25519::verify(QByteArray::fromBase64(payload.value(u"public_key"_s).toString().toLatin1()),
                                        refund::RefundApplications::signingBytes(content),
                                        QByteArray::fromBase64(payload.value(u"signature"_s).toString().toLatin1())))
            return Reason{u"refund_signature_mismatch"_s,
                          {id},
                          tr("Refund application %1: the signature does not match its content.").arg(id)};
        if (content.value(u"enterprise"_s).toString() != facts.creditCode)
            return Reason{u"refund_other_enterprise"_s, {id}, tr("Refund application %1 names another enterprise.").arg(id)};
        if (id.isEmpty() || id.size() > 64)
            return Reason{u"refund_invalid"_s, {id}, tr("A refund application needs its id.")};
        return {};
    }
    if (redRequest || redDecision) {
        // The seller asks the buyer; the buyer answers the seller. Each side is an enterprise here.
        const QString own = payload.value(redRequest ? u"seller_code" : u"buyer_code").toString();
        const QString other = payload.value(redRequest ? u"buyer_code" : u"seller_code").toString();
        if (own != facts.creditCode)
            return Reason{u"other_enterprise"_s,
                          {own},
                          tr("The red-letter confirmation names another enterprise (%1) as this side.").arg(own)};
        auto target = m_store.enterpriseByCreditCode(other);
        if (!target && target.error().code != u"unknown_enterprise")
            return std::unexpected(target.error());
        if (!target)
            return redRequest
                ? Reason{u"buyer_not_on_server"_s,
                         {other},
                         tr("The buyer (%1) does not use this server, so it cannot confirm the request here.").arg(other)}
                : Reason{u"seller_not_on_server"_s, {other}, tr("The seller (%1) does not use this server.").arg(other)};
        item.forwardTo = *target;
        return {};
    }
    if (!invoiceItem)
        return {};
    auto invoice = invoice::Invoice::fromContent(payload.value(u"content"_s).toObject());
    if (!invoice)
        return Reason{u"invoice_unreadable"_s,
                      {invoice.error().message},
                      tr("The invoice cannot be read: %1").arg(invoice.error().message)};
    if (invoice->deviceId != item.deviceId)
        return Reason{u"invoice_other_device"_s,
                      {invoice->number},
                      tr("Invoice %1 was issued by another device than the one that sent it.").arg(invoice->number)};
    if (!crypto::Ed25519::verify(QByteArray::fromBase64(devicePublicKey.toLatin1()), invoice->signingBytes(),
                                 QByteArray::fromBase64(payload.value(u"signature"_s).toString().toLatin1())))
        return Reason{u"invoice_signature_mismatch"_s,
                      {invoice->number},
                      tr("Invoice %1: the signature does not match its content.").arg(invoice->number)};
    if (invoice->seller.creditCode != facts.creditCode)
        return Reason{u"invoice_other_seller"_s,
                      {invoice->number, invoice->seller.creditCode},
                      tr("Invoice %1 names another seller (%2).").arg(invoice->number, invoice->seller.creditCode)};
    if (!facts.ranges) {
        auto ranges = m_store.ranges(context.enterpriseId);
        if (!ranges)
            return std::unexpected(ranges.error());
        facts.ranges = *ranges;
    }
    const qint64 sequence = invoice->number.right(15).toLongLong();
    const auto range = std::find_if(facts.ranges->cbegin(), facts.ranges->cend(),
                                    [&](const NumberRange &candidate) { return candidate.id == invoice->rangeId; });
    if (range == facts.ranges->cend() || range->deviceId != item.deviceId || sequence < range->first || sequence > range->last)
        return Reason{u"invoice_outside_range"_s,
                      {invoice->number},
                      tr("Invoice %1 is outside the number ranges granted to this device.").arg(invoice->number)};
    auto pack = rules::RulePack::inForce();
    if (!pack)
        return std::unexpected(pack.error());
    if (auto content = invoice::checkContent(*invoice, **pack); !content)
        return Reason{u"invoice_inconsistent"_s,
                      {invoice->number, content.error().message},
                      tr("Invoice %1 does not add up: %2").arg(invoice->number, content.error().message)};
    // A buyer that keeps its books on this server receives the invoice as a 进项发票, as it receives 红字确认单.
    if (!invoice->buyer.creditCode.isEmpty() && invoice->buyer.creditCode != facts.creditCode) {
        auto buyer = m_store.enterpriseByCreditCode(invoice->buyer.creditCode);
        if (buyer)
            item.forwardTo = *buyer;
        else if (buyer.error().code != u"unknown_enterprise")
            return std::unexpected(buyer.error());
    }
    return {};
}

std::optional<std::pair<QString, QString>> Api::checkFiling(const QJsonObject &payload, const QString &creditCode)
{
    const QJsonObject content = payload.value(u"content"_s).toObject();
    const QString name = u"%1 %2"_s.arg(content.value(u"form"_s).toString(), content.value(u"period"_s).toString());
    const QByteArray bytes = "taxbox-filing-v1\n" + QJsonDocument(content).toJson(QJsonDocument::Compact);
    if (!crypto::Ed25519::verify(QByteArray::fromBase64(payload.value(u"public_key"_s).toString().toLatin1()), bytes,
                                 QByteArray::fromBase64(payload.value(u"signature"_s).toString().toLatin1())))
        return std::pair{u"filing_signature_mismatch"_s, tr("Return %1: the signature does not match its content.").arg(name)};
    if (content.value(u"enterprise"_s).toString() != creditCode)
        return std::pair{u"filing_other_enterprise"_s, tr("Return %1 names another enterprise.").arg(name)};
    auto pack = filing::FilingPack::inForce();
    auto taxRules = rules::RulePack::inForce();
    if (!pack || !taxRules)
        return std::pair{u"filing_unchecked"_s, tr("The server cannot check returns (its filing pack is missing).")};
    const filing::FormEngine engine(**pack, **taxRules);
    auto computed = engine.compute(content.value(u"form"_s).toString(), content.value(u"request"_s).toObject());
    if (!computed)
        return std::pair{u"filing_inconsistent"_s, tr("Return %1 cannot be computed: %2").arg(name, computed.error().message)};
    if (computed->toJson(false).value(u"cells"_s).toObject() != content.value(u"cells"_s).toObject())
        return std::pair{u"filing_inconsistent"_s, tr("Return %1: its figures are not what its inputs compute to.").arg(name)};
    if (computed->hasErrors())
        return std::pair{u"filing_has_errors"_s, tr("Return %1 fails a check of the form.").arg(name)};
    return std::nullopt;
}

ApiResponse Api::filings(const Context &context)
{
    const QUrlQuery query(context.request.query);
    auto list = m_store.filings(context.enterpriseId, query.queryItemValue(u"period"_s));
    if (!list)
        return serverError(list.error(), tr("The server could not read the returns."));
    return {200, QJsonObject{{u"filings"_s, *list}}};
}

ApiResponse Api::refunds(const Context &context)
{
    auto list = m_store.refunds(context.enterpriseId);
    if (!list)
        return serverError(list.error(), tr("The server could not read the refund applications."));
    return {200, QJsonObject{{u"refunds"_s, *list}}};
}

ApiResponse Api::squarePackages(const Context &context)
{
    // The approved catalogue: everything, a search, or one package's versions.
    const QUrlQuery query(context.request.query);
    auto list = m_store.squarePackages(u"approved"_s, query.queryItemValue(u"q"_s, QUrl::FullyDecoded),
                                       query.queryItemValue(u"id"_s), query.queryItemValue(u"version"_s));
    if (!list)
        return serverError(list.error(), tr("The server could not read the square."));
    return {200, QJsonObject{{u"packages"_s, *list}, {u"square_key"_s, QString::fromLatin1(m_tokens.publicKey().toBase64())}}};
}

ApiResponse Api::squareArchive(const Context &context)
{
    // The countersigned archive, whole or from a byte on ("Range: bytes=N-", so a broken transfer resumes); its
    // SHA-256 in the ETag and in the catalogue lets the client check what it put together. A transfer that starts
    // at the first byte counts as a download.
    qint64 from = 0;
    if (!context.request.range.isEmpty()) {
        static const QRegularExpression form(u"^bytes=([0-9]{1,12})-$"_s);
        const auto match = form.match(QString::fromLatin1(context.request.range));
        if (!match.hasMatch())
            return errorResponse(416, u"range_invalid"_s, tr("Only \"bytes=N-\" ranges are served."));
        from = match.captured(1).toLongLong();
    }
    auto archive = m_store.squareArchive(context.package, context.version, from == 0);
    if (!archive) {
        if (archive.error().code == u"not_found")
            return errorResponse(404, archive.error().code, archive.error().message);
        return serverError(archive.error(), tr("The server could not read the square."));
    }
    const qint64 size = archive->bytes.size();
    if (from > size || (from == size && size > 0))
        return errorResponse(416, u"range_invalid"_s, tr("The archive has only %1 bytes.").arg(size));
    ApiResponse response;
    response.status = from > 0 ? 206 : 200;
    response.raw = archive->bytes.mid(from);
    response.contentType = "application/vnd.taxbox.package+zip";
    response.headers = {{"ETag", '"' + archive->sha256.toLatin1() + '"'}, {"Accept-Ranges", "bytes"}};
    if (from > 0)
        response.headers.append(
            {"Content-Range",
             "bytes " + QByteArray::number(from) + '-' + QByteArray::number(size - 1) + '/' + QByteArray::number(size)});
    return response;
}

ApiResponse Api::squareScreenshot(const Context &context)
{
    // The n-th screenshot the manifest lists (1-based), read from the approved archive and checked against the signed
    // hash here too; the client checks it again against the catalogue before showing it.
    auto archive = m_store.squareArchive(context.package, context.version, false);
    if (!archive) {
        if (archive.error().code == u"not_found")
            return errorResponse(404, archive.error().code, archive.error().message);
        return serverError(archive.error(), tr("The server could not read the square."));
    }
    auto manifest = square::PackageManifest::parse(archive->manifest);
    if (!manifest)
        return serverError(manifest.error(), tr("The server could not read the square."));
    if (context.item < 1 || context.item > manifest->screenshots.size())
        return errorResponse(404, u"not_found"_s,
                             tr("%1 %2 has %n screenshot(s).", nullptr, static_cast<int>(manifest->screenshots.size()))
                                 .arg(context.package, context.version));
    QBuffer buffer(&archive->bytes);
    const QString path = manifest->screenshots.at(context.item - 1);
    auto bytes = square::Package::fileFromArchive(&buffer, *manifest, path, square::kMaxScreenshotBytes);
    if (!bytes)
        return serverError(bytes.error(), tr("The server could not read the square."));
    ApiResponse response;
    response.status = 200;
    response.raw = *bytes;
    response.contentType = path.endsWith(u".png"_s, Qt::CaseInsensitive) ? "image/png" : "image/jpeg";
    response.headers = {{"ETag", '"' + manifest->files.value(path).toLatin1() + '"'},
                        {QByteArray("Cache-Control"), QByteArray("private, max-age=86400")}};
    return response;
}

ApiResponse Api::squarePublish(const Context &context)
{
    if (const QString field = unknownField(context.body, {u"archive"}); !field.isEmpty())
        return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a field of a package upload.").arg(field));
    const QByteArray archive
        = QByteArray::fromBase64(context.body.value(u"archive"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (archive.isEmpty())
        return errorResponse(400, u"required"_s, tr("The package (archive, base64) is missing or not base64."));
    auto submitted = m_store.squareSubmit(archive, context.square.publisher->id, context.square.publisher);
    if (!submitted) {
        const QString code = submitted.error().code;
        if (code.startsWith(u"database") || code == u"write_failed" || code == u"data_unwritable")
            return serverError(submitted.error(), tr("The server could not keep the package."));
        return errorResponse(code == u"already_submitted" ? 409 : 422, code, submitted.error().message);
    }
    return {201, *submitted};
}

ApiResponse Api::squareReview(const Context &context)
{
    const QUrlQuery query(context.request.query);
    const QString state = query.hasQueryItem(u"state"_s) ? query.queryItemValue(u"state"_s) : u"pending"_s;
    if (!QStringList{u"pending"_s, u"approved"_s, u"rejected"_s}.contains(state))
        return errorResponse(400, u"invalid_state"_s,
                             tr("\"%1\" is not a review state (pending, approved, rejected).").arg(state));
    auto list = m_store.squarePackages(state);
    if (!list)
        return serverError(list.error(), tr("The server could not read the square."));
    return {200, QJsonObject{{u"packages"_s, *list}}};
}

ApiResponse Api::squareDecision(const Context &context)
{
    if (const QString field = unknownField(context.body, {u"decision", u"reason"}); !field.isEmpty())
        return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a field of a review decision.").arg(field));
    const QString decision = context.body.value(u"decision"_s).toString();
    if (decision != u"approve" && decision != u"reject")
        return errorResponse(400, u"invalid_decision"_s, tr("The decision is \"approve\" or \"reject\"."));
    auto account = m_store.accountName(context.claims.accountId);
    if (!account)
        return serverError(account.error(), tr("The server could not check your access."));
    auto decided = m_store.squareDecide(context.package, context.version, decision == u"approve", *account,
                                        context.body.value(u"reason"_s).toString(),
                                        [this](const QByteArray &bytes) { return m_tokens.signDomainPrefixed(bytes); });
    if (!decided) {
        const QString code = decided.error().code;
        if (code == u"not_found")
            return errorResponse(404, code, decided.error().message);
        if (code == u"already_reviewed")
            return errorResponse(409, code, decided.error().message);
        if (code == u"reason_required")
            return errorResponse(422, code, decided.error().message);
        return serverError(decided.error(), tr("The server could not record the decision."));
    }
    return {200, *decided};
}

ApiResponse Api::squareRevocations(const Context &)
{
    auto bytes = m_store.squareRevocations();
    if (!bytes)
        return serverError(bytes.error(), tr("The server could not read the square."));
    return {
        200,
        QJsonObject{{u"revocations"_s, QString::fromUtf8(*bytes)},
                    {u"signature"_s, QString::fromLatin1(m_tokens.signStatement("taxbox-revocations-v1", *bytes).toBase64())}}};
}

ApiResponse Api::filingOverview(const Context &context)
{
    const QUrlQuery query(context.request.query);
    auto memberships = m_store.memberships(context.claims.accountId);
    if (!memberships)
        return serverError(memberships.error(), tr("The server could not read the account's enterprises."));
    QJsonArray enterprises;
    for (const Membership &membership : std::as_const(*memberships)) {
        auto list = m_store.filings(membership.enterpriseId, query.queryItemValue(u"period"_s));
        if (!list)
            return serverError(list.error(), tr("The server could not read the returns."));
        enterprises.append(QJsonObject{{u"enterprise_id"_s, membership.enterpriseId},
                                       {u"credit_code"_s, membership.creditCode},
                                       {u"name"_s, membership.name},
                                       {u"role"_s, membership.role},
                                       {u"filings"_s, *list}});
    }
    return {200, QJsonObject{{u"enterprises"_s, enterprises}}};
}

ApiResponse Api::sync(const Context &context)
{
    const QJsonObject &body = context.body;
    if (const QString field = unknownField(body, {u"items"}); !field.isEmpty())
        return errorResponse(400, u"unknown_field"_s, tr("\"%1\" is not a sync field.").arg(field));
    const QJsonArray array = body.value(u"items"_s).toArray();
    if (!body.value(u"items"_s).isArray() || array.isEmpty())
        return errorResponse(400, u"invalid_items"_s, tr("\"items\" must be a non-empty list."));
    if (array.size() > kMaxBatch)
        return errorResponse(413, u"batch_too_large"_s, tr("At most %1 items per batch.").arg(kMaxBatch));
    auto devices = m_store.devices(context.enterpriseId);
    if (!devices)
        return serverError(devices.error(), tr("The server could not read the devices."));
    QHash<QString, Device> deviceById;
    for (const Device &device : std::as_const(*devices))
        deviceById.insert(device.id, device);

    BatchFacts facts;
    QList<IncomingItem> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        if (const QString field = unknownField(item, {u"uuid", u"type", u"payload", u"device_id", u"signature", u"key", u"base"});
            !field.isEmpty())
            return errorResponse(400, u"unknown_field"_s, tr("items[%1]: \"%2\" is not an item field.").arg(i + 1).arg(field));
        const QUuid uuid(item.value(u"uuid"_s).toString());
        if (uuid.isNull() || item.value(u"type"_s).toString().isEmpty() || !item.value(u"payload"_s).isObject()
            || !item.value(u"device_id"_s).isString() || !item.value(u"signature"_s).isString())
            return errorResponse(
                400, u"invalid_item"_s,
                tr("items[%1] needs \"uuid\", \"type\", a \"payload\" object, \"device_id\" and \"signature\".").arg(i + 1));
        IncomingItem incoming;
        incoming.uuid = uuid.toString(QUuid::WithoutBraces);
        incoming.type = item.value(u"type"_s).toString();
        incoming.key = item.value(u"key"_s).toString();
        // "base" is a receipt: absent (0) or a whole number from 0 to 2^53, never "x" or 1e300 read as 0.
        const QJsonValue base = item.value(u"base"_s);
        if (!base.isUndefined()
            && (!base.isDouble() || base.toDouble() < 0 || base.toDouble() > 9007199254740992.0
                || base.toDouble() != static_cast<double>(base.toInteger(-1))))
            return errorResponse(
                400, u"invalid_item"_s,
                tr("items[%1].base must be a receipt number from an earlier answer (a whole number, 0 or more).").arg(i + 1));
        incoming.base = base.toInteger();
        const QByteArray payload = QJsonDocument(item.value(u"payload"_s).toObject()).toJson(QJsonDocument::Compact);
        incoming.payload = QString::fromUtf8(payload);
        incoming.deviceId = item.value(u"device_id"_s).toString();
        const auto device = deviceById.constFind(incoming.deviceId);
        const QByteArray signature = QByteArray::fromBase64(item.value(u"signature"_s).toString().toLatin1());
        if (device == deviceById.constEnd() || device->revoked) {
            incoming.rejection = {u"device_unknown"_s,
                                  {},
                                  tr("The device that signed this item is not enrolled in this enterprise (or was revoked).")};
        } else if (!crypto::Ed25519::verify(
                       QByteArray::fromBase64(device->publicKey.toLatin1()),
                       sync::itemSigningBytes(incoming.uuid, incoming.type, incoming.key, incoming.base, payload), signature)) {
            incoming.rejection = {u"item_signature_mismatch"_s,
                                  {},
                                  tr("The device signature does not match the item: it was changed after signing.")};
        } else {
            auto rejection = checkItem(context, device->publicKey, incoming, facts);
            if (!rejection)
                return transientError(rejection.error(),
                                      tr("The server could not check the batch just now; nothing was "
                                         "stored. Send it again later."));
            incoming.rejection = *rejection;
        }
        items.append(std::move(incoming));
    }
    auto answers = m_store.applySync(context.enterpriseId, context.claims.accountId, items);
    if (!answers)
        return serverError(answers.error(), tr("The server could not store the batch; send it again."));
    QJsonArray results;
    for (const SyncAnswer &answer : std::as_const(*answers)) {
        QJsonObject result{{u"uuid"_s, answer.uuid}, {u"status"_s, answer.status}, {u"received_at"_s, answer.receivedAt}};
        if (answer.receipt)
            result.insert(u"receipt"_s, answer.receipt);
        // The server's words for its log and for clients that do not know the code; the code and its
        // arguments for the client to word in its user's language.
        if (!answer.reason.isEmpty()) {
            result.insert(u"reason"_s, answer.reason.text);
            if (!answer.reason.code.isEmpty()) {
                result.insert(u"reason_code"_s, answer.reason.code);
                result.insert(u"reason_args"_s, QJsonArray::fromStringList(answer.reason.args));
            }
        }
        if (answer.currentReceipt)
            result.insert(u"current_receipt"_s, answer.currentReceipt);
        results.append(result);
    }
    return {200, QJsonObject{{u"results"_s, results}}};
}

ApiResponse Api::changes(const Context &context)
{
    const QUrlQuery query(context.request.query);
    bool cursorOk = true;
    bool limitOk = true;
    const qint64 cursor = query.hasQueryItem(u"cursor"_s) ? query.queryItemValue(u"cursor"_s).toLongLong(&cursorOk) : 0;
    const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&limitOk) : 500;
    if (!cursorOk || cursor < 0)
        return errorResponse(400, u"invalid_cursor"_s, tr("\"cursor\" must be a number from a previous answer (or 0)."));
    if (!limitOk || limit < 1 || limit > 1000)
        return errorResponse(400, u"invalid_limit"_s, tr("\"limit\" must be between 1 and 1000."));
    auto list = m_store.changes(context.enterpriseId, cursor, limit + 1);
    if (!list)
        return serverError(list.error(), tr("The server could not read the changes."));
    const bool more = list->size() > limit;
    if (more)
        list->removeLast();
    QJsonArray changes;
    qint64 next = cursor;
    for (const Change &change : std::as_const(*list)) {
        QJsonObject payload = change.payload;
        if (change.kind == u"rule_pack") {
            auto pack = m_store.rulePack(payload.value(u"version"_s).toString());
            if (!pack)
                return serverError(pack.error(), tr("The server could not read a rule pack."));
            if (*pack) {
                payload.insert(u"pack"_s, (*pack)->pack);
                payload.insert(u"signature"_s, (*pack)->signature);
            }
        }
        changes.append(QJsonObject{{u"sequence"_s, change.sequence},
                                   {u"kind"_s, change.kind},
                                   {u"payload"_s, payload},
                                   {u"created_at"_s, change.createdAt}});
        next = change.sequence;
    }
    return {200, QJsonObject{{u"changes"_s, changes}, {u"cursor"_s, next}, {u"more"_s, more}}};
}

} // namespace taxbox::server
