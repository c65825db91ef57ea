#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"
#include "sync/SyncLedger.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::sync {

/// The bytes a device signs for one outbox item and the server verifies (docs/server.md):
/// "taxbox-item-v1\n" uuid "\n" type "\n" key "\n" base "\n" payload, the payload as compact JSON with
/// sorted keys (QJsonDocument::Compact).
[[nodiscard]] QByteArray itemSigningBytes(const QString &uuid, const QString &type, const QString &key, qint64 base,
                                          const QByteArray &compactPayload);
/// The domain of the server's number-range grant signatures.
inline constexpr char kGrantDomain[] = "taxbox-number-range-v1";

struct HttpResponse
{
    int status = 0;
    QJsonObject body;
};

/// JSON over HTTPS with libcurl: TLS verification always on (a CA file and a pinned public key may be
/// given; there is no switch to turn verification off), proxies from the environment (libcurl's http_proxy/https_proxy/
/// no_proxy), connect and total timeouts. Plain http:// is accepted for loopback servers only.
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
public:
    struct Options
    {
        QString caFile; ///< empty: the system's CA store
        /// Pins the server's public key in addition to the CA check: "sha256//BASE64" (libcurl's
        /// CURLOPT_PINNEDPUBLICKEY form; several joined with ';'). Empty: no pin.
        QString pinnedPublicKey;
        int connectTimeoutSeconds = 10;
        int timeoutSeconds = 60;
        /// The most of an answer that is read: beyond it the transfer stops ("answer_too_large"), so a
        /// broken or hostile server cannot fill the client's memory. A page of changes is far smaller.
        qint64 maxAnswerBytes = 64 * 1024 * 1024;
    };
    explicit HttpClient(Options options);

    /// A transport failure (no connection, timeout, TLS error) is an error with code "network";
    /// any HTTP answer, including 4xx/5xx, is a response.
    [[nodiscard]] Result<HttpResponse> post(const QUrl &url, const QJsonObject &body, const QByteArray &bearer = {}) const;
    [[nodiscard]] Result<HttpResponse> get(const QUrl &url, const QByteArray &bearer = {}) const;
    /// Downloads `url` into `sink` (appending), from byte `from` on ("Range: bytes=N-") so that a broken transfer
    /// resumes; stops beyond `maxBytes` in all ("answer_too_large"). `progress` gets the bytes received so far
    /// (including `from`) and may return false to cancel ("cancelled"). The status is 200 (the whole file: the
    /// server ignored the range) or 206; any other answer's JSON is in `body` and nothing is written.
    [[nodiscard]] Result<HttpResponse> download(const QUrl &url, const QByteArray &bearer, QIODevice &sink, qint64 from,
                                                qint64 maxBytes, const std::function<bool(qint64 received)> &progress = {}) const;
    [[nodiscard]] static Result<void> checkScheme(const QUrl &url);

private:
    /// Checks the address and sets up the handle: TLS verification, CA file, pin, connect timeout.
    [[nodiscard]] Result<void> start(const QUrl &url) const;
    [[nodiscard]] Result<HttpResponse> perform(const QUrl &url, const QJsonObject *body, const QByteArray &bearer) const;
    struct CurlDeleter
    {
        void operator()(void *curl) const;
    };
    Options m_options;
    mutable std::unique_ptr<void, CurlDeleter> m_curl;
};

/// What one enterprise's sync did.
struct SyncReport
{
    QString creditCode;
    int sent = 0;
    int accepted = 0;
    int duplicate = 0;
    int rejected = 0;
    int conflicts = 0; ///< answered "conflict" in this run
    int openConflicts = 0; ///< conflicts in the store that no one has settled yet (this run's and earlier)
    int pending = 0; ///< still waiting (an error stopped the run)
    int changes = 0; ///< changes received from the server
    QStringList rulePacks; ///< rule-pack versions received (verified)
    QStringList refusedRulePacks; ///< why packs from the server were not used (signature, form)
    QStringList redConfirmations; ///< 红字确认单 requests received or decisions on ours
    QStringList refundStatus; ///< "application-id state": the tax office's answers on refund applications
    QStringList refundStatusErrors; ///< answers that did not fit the application here (skipped)
    QStringList receivedInvoices; ///< numbers of invoices suppliers on the server issued to this enterprise
    QStringList refusedInvoices; ///< why a supplier's invoice from the server was not registered
    /// Invoices voided because the server holds another invoice under their number (a restored or
    /// copied workspace issued it again); each is in the ledger as void, with the reason.
    QStringList voided;
    QString error;
};

/// Delivers an enterprise's outbox to taxbox-server exactly once: batches of pending items, each
/// answer recorded in the store; a batch whose answer was lost (crash, timeout) stays pending and is
/// sent again, and the server answers "duplicate" with the first receipt. Network errors and 5xx are
/// retried with exponential back-off and jitter.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
public:
    struct Options
    {
        QUrl server; ///< e.g. https://taxbox.example.com
        HttpClient::Options http;
        int batchSize = 500;
        int maxAttempts = 5;
        int firstBackoffMilliseconds = 500;
        /// Waits between attempts (tests replace it to run fast).
        std::function<void(int milliseconds)> sleep;
    };
    explicit SyncClient(Options options);

    /// Signs in; returns the login answer (access token and the account's enterprises).
    [[nodiscard]] Result<QJsonObject> login(const QString &name, const crypto::SecureBytes &password);
    /// Renews a session with its refresh token (each is good once); the answer has the same shape.
    [[nodiscard]] Result<QJsonObject> refresh(const QString &refreshToken);
    /// Enrols this store's device with the server when it has not yet (an Ed25519 key made and kept in
    /// the store), sends the pending outbox (signed, at most one change per record per batch, each
    /// based on the newest version this device knows), records the answers, then reads the changes.
    [[nodiscard]] SyncReport syncEnterprise(store::EnterpriseStore &store, const QString &creditCode, const QJsonObject &login);
    /// Asks for `count` invoice numbers of `kind` and keeps the signed grant (after checking it).
    [[nodiscard]] Result<QJsonObject> requestNumbers(store::EnterpriseStore &store, const QString &creditCode,
                                                     const QJsonObject &login, const QString &kind, qint64 count);

private:
    /// The server's id of the enterprise with `creditCode` in the login answer.
    [[nodiscard]] static QString serverEnterpriseId(const QJsonObject &login, const QString &creditCode);
    [[nodiscard]] Result<DeviceIdentity> ensureDevice(store::EnterpriseStore &store, const QString &enterpriseId,
                                                      const QJsonObject &login);
    [[nodiscard]] Result<void> readChanges(store::EnterpriseStore &store, const QString &enterpriseId, const QByteArray &token,
                                           SyncReport &report);
    [[nodiscard]] QUrl endpoint(const QString &path, const QString &query = {}) const;
    [[nodiscard]] Result<HttpResponse> postWithRetries(const QUrl &url, const QJsonObject &body, const QByteArray &bearer);
    [[nodiscard]] Result<HttpResponse> getWithRetries(const QUrl &url, const QByteArray &bearer);
    /// Repeats `request` on network errors and 5xx, with exponential back-off and full jitter.
    [[nodiscard]] Result<HttpResponse> withRetries(const std::function<Result<HttpResponse>()> &request);
    Options m_options;
    HttpClient m_http;
};

} // namespace taxbox::sync
