#include "SyncClient.h"

#include "refund/RefundApplications.h"

#include "ServerWords.h"

#include "SyncLedger.h"
#include "crypto/Crypto.h"
#include "invoice/InvoiceBook.h"
#include "invoice/ReceivedInvoices.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <curl/curl.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::sync {

namespace {

struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

struct Answer
{
    QByteArray bytes;
    qint64 limit = 0;
    bool tooLarge = false;
};

size_t collect(char *data, size_t size, size_t count, void *target)
{
    auto *answer = static_cast<Answer *>(target);
    const auto bytes = static_cast<qsizetype>(size * count);
    if (answer->bytes.size() + bytes > answer->limit) {
        answer->tooLarge = true;
        return 0; // libcurl stops the transfer (CURLE_WRITE_ERROR)
    }
    answer->bytes.append(data, bytes);
    return size * count;
}

} // namespace

void HttpClient::CurlDeleter::operator()(void *curl) const
{
    curl_easy_cleanup(curl);
}

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
    return perform(url, &body, bearer);
}

Result<HttpResponse> HttpClient::get(const QUrl &url, const QByteArray &bearer) const
{
    return perform(url, nullptr, bearer);
}

Result<void> HttpClient::start(const QUrl &url) const
{
    if (auto allowed = checkScheme(url); !allowed)
        return std::unexpected(allowed.error());
    if (!m_options.pinnedPublicKey.isEmpty() && url.scheme() != u"https")
        return fail(u"pin_requires_https"_s,
                    tr("A pinned server key only means something over https://; %1 is plain http.").arg(url.toDisplayString()),
                    u"server"_s);
    // One handle per client: libcurl keeps its connection (and TLS session) open between requests.
    if (!m_curl)
        m_curl.reset(curl_easy_init());
    else
        curl_easy_reset(m_curl.get());
    if (!m_curl)
        return fail(u"network"_s, tr("The network library could not start."));
    CURL *handle = m_curl.get();
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_options.connectTimeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    // Verification stays on (libcurl's default, set explicitly so no one wonders).
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    // libcurl copies string options, so these may go out of scope after setting them.
    const QByteArray caFile = m_options.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    const QByteArray pin = m_options.pinnedPublicKey.toLatin1();
    if (!pin.isEmpty())
        curl_easy_setopt(handle, CURLOPT_PINNEDPUBLICKEY, pin.constData());
    return {};
}

Result<HttpResponse> HttpClient::perform(const QUrl &url, const QJsonObject *body, const QByteArray &bearer) const
{
    if (auto started = start(url); !started)
        return std::unexpected(started.error());
    const QByteArray target = url.toEncoded();
    const QByteArray payload = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    Answer answer{{}, m_options.maxAnswerBytes, false};
    curl_slist *raw = curl_slist_append(nullptr, "Content-Type: application/json");
    raw = curl_slist_append(raw, "Accept: application/json");
    const QByteArray authorization = "Authorization: Bearer " + bearer;
    if (!bearer.isEmpty())
        raw = curl_slist_append(raw, authorization.constData());
    std::unique_ptr<curl_slist, ListDeleter> headers(raw);
    CURL *handle = m_curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, target.constData());
    if (body) {
        curl_easy_setopt(handle, CURLOPT_POST, 1L);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, payload.constData());
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(payload.size()));
    }
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(m_options.timeoutSeconds));
    const CURLcode code = curl_easy_perform(handle);
    if (answer.tooLarge)
        return fail(u"answer_too_large"_s,
                    tr("The server %1 sent an answer larger than %2 MB; it was not read.")
                        .arg(url.host())
                        .arg(m_options.maxAnswerBytes / (1024 * 1024)),
                    u"server"_s);
    if (code != CURLE_OK) {
        return fail(u"network"_s,
                    tr("The server %1 could not be reached: %2.").arg(url.host(), QString::fromUtf8(curl_easy_strerror(code))),
                    u"server"_s);
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    return HttpResponse{static_cast<int>(status), QJsonDocument::fromJson(answer.bytes).object()};
}

namespace {

/// Where a download's bytes go: appended to the file as they come, never beyond the limit; an answer that is
/// not the file (an error's JSON) is kept in memory instead.
struct Download
{
    QIODevice *sink = nullptr;
    qint64 limit = 0;
    qint64 written = 0;
    bool tooLarge = false;
    bool writeFailed = false;
    CURL *handle = nullptr;
    QByteArray errorBody;
    const std::function<bool(qint64)> *progress = nullptr;
    qint64 from = 0;
};

size_t collectDownload(char *data, size_t size, size_t count, void *target)
{
    auto *download = static_cast<Download *>(target);
    const auto bytes = static_cast<qint64>(size * count);
    long status = 0;
    curl_easy_getinfo(download->handle, CURLINFO_RESPONSE_CODE, &status);
    if (status != 200 && status != 206) {
        if (download->errorBody.size() + bytes > 64 * 1024)
            return 0;
        download->errorBody.append(data, bytes);
        return size * count;
    }
    if (download->from + download->written + bytes > download->limit) {
        download->tooLarge = true;
        return 0;
    }
    if (download->sink->write(data, bytes) != bytes) {
        download->writeFailed = true;
        return 0;
    }
    download->written += bytes;
    return size * count;
}

int downloadProgress(void *target, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *download = static_cast<Download *>(target);
    // Non-zero aborts the transfer (the person cancelled).
    return download->progress && *download->progress && !(*download->progress)(download->from + download->written) ? 1 : 0;
}

} // namespace

Result<HttpResponse> HttpClient::download(const QUrl &url, const QByteArray &bearer, QIODevice &sink, qint64 from,
                                          qint64 maxBytes, const std::function<bool(qint64 received)> &progress) const
{
    if (auto started = start(url); !started)
        return std::unexpected(started.error());
    CURL *handle = m_curl.get();
    const QByteArray target = url.toEncoded();
    Download download{&sink, maxBytes, 0, false, false, handle, {}, &progress, from};
    const QByteArray authorization = "Authorization: Bearer " + bearer;
    const QByteArray range = "Range: bytes=" + QByteArray::number(from) + '-';
    curl_slist *raw = nullptr;
    if (!bearer.isEmpty())
        raw = curl_slist_append(raw, authorization.constData());
    if (from > 0)
        raw = curl_slist_append(raw, range.constData());
    std::unique_ptr<curl_slist, ListDeleter> headers(raw);
    curl_easy_setopt(handle, CURLOPT_URL, target.constData());
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &collectDownload);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &download);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &downloadProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &download);
    // A large file over a slow line may take long: stalled for the timeout, not slow, ends it.
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_options.timeoutSeconds));
    const CURLcode code = curl_easy_perform(handle);
    if (download.tooLarge)
        return fail(
            u"answer_too_large"_s,
            tr("The server %1 sent more than the %2 bytes expected; the download was stopped.").arg(url.host()).arg(maxBytes),
            u"server"_s);
    if (download.writeFailed)
        return fail(u"write_failed"_s, tr("The download could not be written to disk."), u"file"_s);
    if (code == CURLE_ABORTED_BY_CALLBACK)
        return fail(u"cancelled"_s, tr("The download was cancelled; it resumes where it stopped next time."), u"server"_s);
    if (code != CURLE_OK)
        return fail(u"network"_s,
                    tr("The server %1 could not be reached: %2.").arg(url.host(), QString::fromUtf8(curl_easy_strerror(code))),
                    u"server"_s);
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    return HttpResponse{static_cast<int>(status), QJsonDocument::fromJson(download.errorBody).object()};
}

QByteArray itemSigningBytes(const QString &uuid, const QString &type, const QString &key, qint64 base,
                            const QByteArray &compactPayload)
{
    QByteArray bytes = "taxbox-item-v1\n";
    bytes += uuid.toUtf8() + '\n' + type.toUtf8() + '\n' + key.toUtf8() + '\n' + QByteArray::number(base) + '\n';
    bytes += compactPayload;
    return bytes;
}

SyncClient::SyncClient(Options options)
    : m_options(std::move(options))
    , m_http(m_options.http)
{
    if (!m_options.sleep)
        m_options.sleep = [](int milliseconds) { QThread::msleep(static_cast<unsigned long>(milliseconds)); };
}

Result<HttpResponse> SyncClient::withRetries(const std::function<Result<HttpResponse>()> &request)
{
    int delay = m_options.firstBackoffMilliseconds;
    for (int attempt = 1;; ++attempt) {
        auto response = request();
        const bool retryable = !response ? response.error().code == u"network" : response->status >= 500;
        if (!retryable || attempt >= m_options.maxAttempts)
            return response;
        // Exponential back-off with full jitter, so that many devices do not retry in step.
        m_options.sleep(static_cast<int>(QRandomGenerator::global()->bounded(delay) + delay / 2));
        delay = std::min(delay * 2, 60'000);
    }
}

Result<HttpResponse> SyncClient::postWithRetries(const QUrl &url, const QJsonObject &body, const QByteArray &bearer)
{
    return withRetries([&] { return m_http.post(url, body, bearer); });
}

Result<HttpResponse> SyncClient::getWithRetries(const QUrl &url, const QByteArray &bearer)
{
    return withRetries([&] { return m_http.get(url, bearer); });
}

namespace {
/// A login or refresh answer: the session, or the server's refusal with its code.
Result<QJsonObject> sessionFrom(Result<HttpResponse> response)
{
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200) {
        const QJsonObject error = response->body.value(u"error"_s).toObject();
        const QString code = error.value(u"code"_s).toString(u"server_error"_s);
        return fail(code,
                    SyncClient::tr("The server refused the sign-in: %1")
                        .arg(ServerWords::error(code, error.value(u"message"_s).toString(),
                                                response->body.value(u"retry_after"_s).toInteger())),
                    u"server_password"_s);
    }
    return response->body;
}
} // namespace

Result<QJsonObject> SyncClient::login(const QString &name, const crypto::SecureBytes &password)
{
    QString secret = QString::fromUtf8(password.view());
    auto response = postWithRetries(endpoint(u"/api/v1/auth/login"_s), {{u"name"_s, name}, {u"password"_s, secret}}, {});
    crypto::wipe(secret);
    return sessionFrom(std::move(response));
}

Result<QJsonObject> SyncClient::refresh(const QString &refreshToken)
{
    return sessionFrom(postWithRetries(endpoint(u"/api/v1/auth/refresh"_s), {{u"refresh_token"_s, refreshToken}}, {}));
}

QUrl SyncClient::endpoint(const QString &path, const QString &query) const
{
    QUrl url = m_options.server;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString SyncClient::serverEnterpriseId(const QJsonObject &login, const QString &creditCode)
{
    for (const QJsonValue &value : login.value(u"enterprises"_s).toArray()) {
        if (value.toObject().value(u"credit_code"_s).toString() == creditCode)
            return value.toObject().value(u"id"_s).toString();
    }
    return {};
}

namespace {
QString serverError(const HttpResponse &response)
{
    const QJsonObject error = response.body.value(u"error"_s).toObject();
    return ServerWords::error(error.value(u"code"_s).toString(u"server_error"_s), error.value(u"message"_s).toString(),
                              response.body.value(u"retry_after"_s).toInteger());
}
} // namespace

Result<DeviceIdentity> SyncClient::ensureDevice(store::EnterpriseStore &store, const QString &enterpriseId,
                                                const QJsonObject &login)
{
    SyncLedger ledger(store);
    const QString server = m_options.server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    auto known = ledger.device(server);
    if (!known)
        return std::unexpected(known.error());
    if (*known)
        return std::move(**known);
    DeviceIdentity device{
        {}, crypto::Ed25519::generatePrivateKey(), QByteArray::fromBase64(login.value(u"server_key"_s).toString().toLatin1())};
    auto publicKey = crypto::Ed25519::publicKeyOf(device.privateKey);
    if (!publicKey)
        return std::unexpected(publicKey.error());
    auto response = postWithRetries(
        endpoint(u"/api/v1/enterprises/%1/devices"_s.arg(enterpriseId)),
        {{u"name"_s, QSysInfo::machineHostName().left(100)}, {u"public_key"_s, QString::fromLatin1(publicKey->toBase64())}},
        login.value(u"access_token"_s).toString().toLatin1());
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 201)
        return fail(u"enrolment_refused"_s, serverError(*response));
    device.deviceId = response->body.value(u"device_id"_s).toString();
    if (auto saved = ledger.saveDevice(server, device); !saved)
        return std::unexpected(saved.error());
    return device;
}

SyncReport SyncClient::syncEnterprise(store::EnterpriseStore &store, const QString &creditCode, const QJsonObject &login)
{
    SyncReport report;
    report.creditCode = creditCode;
    SyncLedger ledger(store);
    // Counted in the store, not by reading every pending item into memory.
    const auto countPending = [&store]() {
        return static_cast<int>(store.database().scalar("SELECT count(*) FROM outbox WHERE state = 'pending'").value_or(0));
    };
    const QString serverId = serverEnterpriseId(login, creditCode);
    if (serverId.isEmpty()) {
        report.error = tr("The server has no enterprise %1 for this account.").arg(creditCode);
        report.pending = countPending();
        return report;
    }
    const QByteArray token = login.value(u"access_token"_s).toString().toLatin1();
    auto device = ensureDevice(store, serverId, login);
    if (!device) {
        report.error = device.error().message;
        report.pending = countPending();
        return report;
    }
    const QUrl url = endpoint(u"/api/v1/enterprises/%1/sync"_s.arg(serverId));
    while (true) {
        auto pending = store.pendingOutbox(m_options.batchSize);
        if (!pending) {
            report.error = pending.error().message;
            break;
        }
        // One change per record per batch: the next one's base is this one's receipt.
        QList<store::OutboxItem> batch;
        QSet<QString> records;
        for (const store::OutboxItem &item : std::as_const(*pending)) {
            if (!item.recordKey.isEmpty() && records.contains(item.recordKey))
                continue;
            records.insert(item.recordKey);
            batch.append(item);
        }
        if (batch.isEmpty())
            break;
        QJsonArray items;
        for (const store::OutboxItem &item : std::as_const(batch)) {
            qint64 base = 0;
            if (!item.recordKey.isEmpty()) {
                auto head = ledger.recordHead(item.recordKey);
                base = head.value_or(0);
            }
            const QByteArray payload = QJsonDocument(item.payload).toJson(QJsonDocument::Compact);
            const QByteArray signature
                = crypto::Ed25519::sign(device->privateKey, itemSigningBytes(item.uuid, item.type, item.recordKey, base, payload))
                      .value_or(QByteArray());
            QJsonObject object{{u"uuid"_s, item.uuid},
                               {u"type"_s, item.type},
                               {u"payload"_s, item.payload},
                               {u"device_id"_s, device->deviceId},
                               {u"signature"_s, QString::fromLatin1(signature.toBase64())}};
            if (!item.recordKey.isEmpty()) {
                object.insert(u"key"_s, item.recordKey);
                object.insert(u"base"_s, base);
            }
            items.append(object);
        }
        auto response = postWithRetries(url, {{u"items"_s, items}}, token);
        if (!response) {
            report.error = response.error().message;
            break;
        }
        if (response->status != 200) {
            report.error = serverError(*response);
            break;
        }
        report.sent += static_cast<int>(batch.size());
        QList<store::EnterpriseStore::OutboxAnswer> answers;
        for (const QJsonValue &value : response->body.value(u"results"_s).toArray()) {
            const QJsonObject result = value.toObject();
            const QString status = result.value(u"status"_s).toString();
            report.accepted += status == u"accepted" ? 1 : 0;
            report.duplicate += status == u"duplicate" ? 1 : 0;
            report.rejected += status == u"rejected" ? 1 : 0;
            report.conflicts += status == u"conflict" ? 1 : 0;
            const qint64 receipt = result.value(u"receipt"_s).toInteger();
            answers.append({result.value(u"uuid"_s).toString(), status,
                            receipt ? QString::number(receipt) + u'@' + result.value(u"received_at"_s).toString() : QString(),
                            // The server's reason worded here, in this user's language, from its code.
                            result.contains(u"reason"_s) || result.contains(u"reason_code"_s) ? ServerWords::reason(
                                result.value(u"reason_code"_s).toString(),
                                result.value(u"reason_args"_s).toVariant().toStringList(), result.value(u"reason"_s).toString())
                                                                                              : QString(),
                            receipt, result.value(u"current_receipt"_s).toInteger()});
        }
        if (answers.size() != batch.size()) {
            report.error = tr("The server's answer does not match the batch; nothing was recorded, it will be sent again.");
            break;
        }
        if (auto recorded = store.recordAnswers(answers); !recorded) {
            report.error = recorded.error().message;
            break;
        }
        // An invoice number the server already holds under another invoice: the server's stands, this
        // one is voided at once (never a conflict for a person to "keep").
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (answers.at(i).state != u"conflict" || !SyncLedger::isInvoiceItem(batch.at(i).type))
                continue;
            auto voided = ledger.voidConflictingInvoice(answers.at(i).uuid);
            if (!voided) {
                report.error = voided.error().message;
                break;
            }
            report.conflicts -= 1;
            report.voided.append(*voided);
        }
        if (!report.error.isEmpty())
            break;
    }
    if (report.error.isEmpty()) {
        if (auto read = readChanges(store, serverId, token, report); !read)
            report.error = read.error().message;
    }
    if (report.error.isEmpty()) {
        if (auto marked = ledger.markSynced(QDateTime::currentDateTimeUtc()); !marked)
            report.error = marked.error().message;
    }
    report.pending = countPending();
    report.openConflicts = static_cast<int>(
        store.database().scalar("SELECT count(*) FROM outbox WHERE state = 'conflict' AND resolution IS NULL").value_or(0));
    return report;
}

Result<void> SyncClient::readChanges(store::EnterpriseStore &store, const QString &enterpriseId, const QByteArray &token,
                                     SyncReport &report)
{
    SyncLedger ledger(store);
    for (;;) {
        auto cursor = ledger.state(u"changes_cursor"_s);
        if (!cursor)
            return std::unexpected(cursor.error());
        const QString from = cursor->isEmpty() ? u"0"_s : *cursor;
        auto response
            = getWithRetries(endpoint(u"/api/v1/enterprises/%1/changes"_s.arg(enterpriseId), u"cursor="_s + from), token);
        if (!response)
            return std::unexpected(response.error());
        if (response->status != 200)
            return fail(u"changes_refused"_s, serverError(*response));
        auto transaction = store::Transaction::begin(store.database());
        if (!transaction)
            return std::unexpected(transaction.error());
        for (const QJsonValue &value : response->body.value(u"changes"_s).toArray()) {
            const QJsonObject change = value.toObject();
            const QJsonObject payload = change.value(u"payload"_s).toObject();
            const QString kind = change.value(u"kind"_s).toString();
            ++report.changes;
            if (kind == u"item" && !payload.value(u"key"_s).toString().isEmpty()) {
                if (auto raised
                    = ledger.raiseRecordHead(payload.value(u"key"_s).toString(), payload.value(u"receipt"_s).toInteger());
                    !raised)
                    return raised;
            } else if (kind == u"red_confirmation.requested" || kind == u"red_confirmation.decided") {
                // A seller's 红字确认单 for this enterprise to decide, or the buyer's decision on ours.
                auto pack = rules::RulePack::inForce();
                if (!pack)
                    return std::unexpected(pack.error());
                invoice::InvoiceBook book(store, **pack);
                auto received = kind == u"red_confirmation.requested"
                    ? book.receiveRedRequest(payload)
                    : book.receiveRedDecision(payload.value(u"id"_s).toString(),
                                              payload.value(u"state"_s).toString() == u"confirmed");
                if (!received)
                    return received;
                report.redConfirmations.append(payload.value(u"id"_s).toString());
            } else if (kind == u"invoice.issued" || kind == u"invoice.red_issued") {
                // A supplier on this server issued an invoice to this enterprise: a 进项发票, registered once
                // (a second arrival, or the file imported first, changes nothing). One that cannot be read is
                // reported and skipped, so it cannot block the sync.
                invoice::ReceivedInvoices received(store);
                auto added = received.addFromSync(payload);
                if (!added) {
                    report.refusedInvoices.append(added.error().message);
                    continue;
                }
                if (*added)
                    report.receivedInvoices.append(**added);
            } else if (kind == u"refund.status") {
                // The tax office's answer on one of this enterprise's refund applications, recorded on the
                // server. One that does not fit the application here is reported and skipped.
                refund::RefundApplications applications(store);
                auto applied = applications.receiveStatus(payload);
                if (!applied) {
                    const QString code = applied.error().code;
                    if (code != u"transition_refused" && code != u"not_found" && code != u"unknown_state")
                        return std::unexpected(applied.error()); // the store failed: nothing of this page is kept
                    report.refundStatusErrors.append(applied.error().message);
                    continue;
                }
                if (*applied)
                    report.refundStatus.append(payload.value(u"id"_s).toString() + u' ' + payload.value(u"state"_s).toString());
            } else if (kind == u"rule_pack") {
                // Verified against the trusted rule keys before it is kept. A pack that fails is reported
                // and skipped (the cursor moves on), so one bad publication cannot block the sync.
                auto version = ledger.storeRulePack(QByteArray::fromBase64(payload.value(u"pack"_s).toString().toLatin1()),
                                                    QByteArray::fromBase64(payload.value(u"signature"_s).toString().toLatin1()));
                if (!version) {
                    report.refusedRulePacks.append(tr("Rule pack %1 from the server was refused: %2")
                                                       .arg(payload.value(u"version"_s).toString(), version.error().message));
                    continue;
                }
                report.rulePacks.append(*version);
                // Newer than the one in force: used from now on, in this process too.
                (void)rules::RulePack::install(QByteArray::fromBase64(payload.value(u"pack"_s).toString().toLatin1()),
                                               QByteArray::fromBase64(payload.value(u"signature"_s).toString().toLatin1()));
            }
        }
        if (auto set = ledger.setState(u"changes_cursor"_s, QString::number(response->body.value(u"cursor"_s).toInteger())); !set)
            return set;
        if (auto committed = transaction->commit(); !committed)
            return committed;
        if (!response->body.value(u"more"_s).toBool())
            return {};
    }
}

Result<QJsonObject> SyncClient::requestNumbers(store::EnterpriseStore &store, const QString &creditCode, const QJsonObject &login,
                                               const QString &kind, qint64 count)
{
    const QString serverId = serverEnterpriseId(login, creditCode);
    if (serverId.isEmpty())
        return fail(u"unknown_enterprise"_s, tr("The server has no enterprise %1 for this account.").arg(creditCode));
    auto device = ensureDevice(store, serverId, login);
    if (!device)
        return std::unexpected(device.error());
    auto response = postWithRetries(endpoint(u"/api/v1/enterprises/%1/number-ranges"_s.arg(serverId)),
                                    {{u"device_id"_s, device->deviceId}, {u"kind"_s, kind}, {u"count"_s, count}},
                                    login.value(u"access_token"_s).toString().toLatin1());
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 201)
        return fail(response->body.value(u"error"_s).toObject().value(u"code"_s).toString(u"server_error"_s),
                    serverError(*response));
    const QJsonObject grant = response->body.value(u"grant"_s).toObject();
    auto stored = SyncLedger(store).addGrant(
        grant, QByteArray::fromBase64(response->body.value(u"signature"_s).toString().toLatin1()), *device);
    if (!stored)
        return std::unexpected(stored.error());
    return grant;
}

} // namespace taxbox::sync
