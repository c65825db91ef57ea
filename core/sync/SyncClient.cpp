#include "SyncClient.h"

#include "store/EnterpriseStore.h"

#include <curl/curl.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::sync {

namespace {

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

size_t collect(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

} // namespace

HttpClient::HttpClient(Options options)
    : m_options(std::move(options))
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised);
}

Result<void> HttpClient::checkScheme(const QUrl &url)
{
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http") {
        // Loopback without QtNetwork (the core links QtCore only): localhost, 127.0.0.0/8, ::1.
        const QString host = url.host();
        static const QRegularExpression loopbackV4(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
        if (host == u"localhost" || host == u"::1" || loopbackV4.match(host).hasMatch())
            return {};
        return fail(u"tls_required"_s,
                    tr("The server %1 must be reached over https://; plain http:// is only for a server on this computer.")
                        .arg(url.toDisplayString()),
                    u"server"_s);
    }
    return fail(u"invalid_server"_s,
                tr("\"%1\" is not a server address such as https://taxbox.example.com.").arg(url.toDisplayString()), u"server"_s);
}

Result<HttpResponse> HttpClient::post(const QUrl &url, const QJsonObject &body, const QByteArray &bearer) const
{
    if (auto allowed = checkScheme(url); !allowed)
        return std::unexpected(allowed.error());
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(u"network"_s, tr("The network library could not start."));
    const QByteArray target = url.toEncoded();
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray answer;
    curl_slist *raw = curl_slist_append(nullptr, "Content-Type: application/json");
    raw = curl_slist_append(raw, "Accept: application/json");
    const QByteArray authorization = "Authorization: Bearer " + bearer;
    if (!bearer.isEmpty())
        raw = curl_slist_append(raw, authorization.constData());
    std::unique_ptr<curl_slist, ListDeleter> headers(raw);
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, target.constData());
    curl_easy_setopt(handle, CURLOPT_POST, 1L);
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, payload.constData());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(payload.size()));
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_options.connectTimeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(m_options.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    // Verification stays on (libcurl's default, set explicitly so no one wonders).
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caFile = m_options.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        return fail(u"network"_s,
                    tr("The server %1 could not be reached: %2.").arg(url.host(), QString::fromUtf8(curl_easy_strerror(code))),
                    u"server"_s);
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    return HttpResponse{static_cast<int>(status), QJsonDocument::fromJson(answer).object()};
}

SyncClient::SyncClient(Options options)
    : m_options(std::move(options))
    , m_http(m_options.http)
{
    if (!m_options.sleep)
        m_options.sleep = [](int milliseconds) { QThread::msleep(static_cast<unsigned long>(milliseconds)); };
}

Result<HttpResponse> SyncClient::postWithRetries(const QUrl &url, const QJsonObject &body, const QByteArray &bearer)
{
    int delay = m_options.firstBackoffMilliseconds;
    for (int attempt = 1;; ++attempt) {
        auto response = m_http.post(url, body, bearer);
        const bool retryable = !response ? response.error().code == u"network" : response->status >= 500;
        if (!retryable || attempt >= m_options.maxAttempts)
            return response;
        // Exponential back-off with full jitter, so that many devices do not retry in step.
        m_options.sleep(static_cast<int>(QRandomGenerator::global()->bounded(delay) + delay / 2));
        delay = std::min(delay * 2, 60'000);
    }
}

Result<QJsonObject> SyncClient::login(const QString &name, const crypto::SecureBytes &password)
{
    QUrl url = m_options.server;
    url.setPath(u"/api/v1/auth/login"_s);
    QString secret = QString::fromUtf8(password.view());
    auto response = postWithRetries(url, {{u"name"_s, name}, {u"password"_s, secret}}, {});
    crypto::wipe(secret);
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200) {
        const QJsonObject error = response->body.value(u"error"_s).toObject();
        return fail(error.value(u"code"_s).toString(u"server_error"_s),
                    tr("The server refused the sign-in: %1").arg(error.value(u"message"_s).toString()), u"server_password"_s);
    }
    return response->body;
}

SyncReport SyncClient::syncEnterprise(store::EnterpriseStore &store, const QString &creditCode, const QJsonObject &login)
{
    SyncReport report;
    report.creditCode = creditCode;
    QString serverId;
    for (const QJsonValue &value : login.value(u"enterprises"_s).toArray()) {
        if (value.toObject().value(u"credit_code"_s).toString() == creditCode)
            serverId = value.toObject().value(u"id"_s).toString();
    }
    const auto countPending = [&store]() {
        auto pending = store.pendingOutbox(1'000'000);
        return pending ? static_cast<int>(pending->size()) : 0;
    };
    if (serverId.isEmpty()) {
        report.error = tr("The server has no enterprise %1 for this account.").arg(creditCode);
        report.pending = countPending();
        return report;
    }
    QUrl url = m_options.server;
    url.setPath(u"/api/v1/enterprises/%1/sync"_s.arg(serverId));
    const QByteArray token = login.value(u"access_token"_s).toString().toLatin1();
    while (true) {
        auto batch = store.pendingOutbox(m_options.batchSize);
        if (!batch) {
            report.error = batch.error().message;
            break;
        }
        if (batch->isEmpty())
            break;
        QJsonArray items;
        for (const store::OutboxItem &item : std::as_const(*batch))
            items.append(QJsonObject{{u"uuid"_s, item.uuid}, {u"type"_s, item.type}, {u"payload"_s, item.payload}});
        auto response = postWithRetries(url, {{u"items"_s, items}}, token);
        if (!response) {
            report.error = response.error().message;
            break;
        }
        if (response->status != 200) {
            report.error = tr("The server answered %1: %2")
                               .arg(response->status)
                               .arg(response->body.value(u"error"_s).toObject().value(u"message"_s).toString());
            break;
        }
        report.sent += static_cast<int>(batch->size());
        QList<store::EnterpriseStore::OutboxAnswer> answers;
        for (const QJsonValue &value : response->body.value(u"results"_s).toArray()) {
            const QJsonObject result = value.toObject();
            const QString status = result.value(u"status"_s).toString();
            report.accepted += status == u"accepted" ? 1 : 0;
            report.duplicate += status == u"duplicate" ? 1 : 0;
            answers.append(
                {result.value(u"uuid"_s).toString(), status,
                 QString::number(result.value(u"receipt"_s).toInteger()) + u'@' + result.value(u"received_at"_s).toString(),
                 result.value(u"reason"_s).toString()});
        }
        if (answers.size() != batch->size()) {
            report.error = tr("The server's answer does not match the batch; nothing was recorded, it will be sent again.");
            break;
        }
        if (auto recorded = store.recordAnswers(answers); !recorded) {
            report.error = recorded.error().message;
            break;
        }
    }
    report.pending = countPending();
    return report;
}

} // namespace taxbox::sync
