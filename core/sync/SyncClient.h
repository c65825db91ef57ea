#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace taxbox::store {
class EnterpriseStore;
}

namespace taxbox::sync {

struct HttpResponse
{
    int status = 0;
    QJsonObject body;
};

/// JSON over HTTPS with libcurl: TLS verification always on (a CA file may be given; there is no
/// switch to turn verification off), proxies from the environment (libcurl's http_proxy/https_proxy/
/// no_proxy), connect and total timeouts. Plain http:// is accepted for loopback servers only.
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
public:
    struct Options
    {
        QString caFile; ///< empty: the system's CA store
        int connectTimeoutSeconds = 10;
        int timeoutSeconds = 60;
    };
    explicit HttpClient(Options options);

    /// A transport failure (no connection, timeout, TLS error) is an error with code "network";
    /// any HTTP answer, including 4xx/5xx, is a response.
    [[nodiscard]] Result<HttpResponse> post(const QUrl &url, const QJsonObject &body, const QByteArray &bearer = {}) const;
    [[nodiscard]] static Result<void> checkScheme(const QUrl &url);

private:
    Options m_options;
};

/// What one enterprise's sync did.
struct SyncReport
{
    QString creditCode;
    int sent = 0;
    int accepted = 0;
    int duplicate = 0;
    int pending = 0; ///< still waiting (an error stopped the run)
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
    /// Sends the pending outbox of `store` (the server enterprise named by the credit code in the
    /// login answer).
    [[nodiscard]] SyncReport syncEnterprise(store::EnterpriseStore &store, const QString &creditCode, const QJsonObject &login);

private:
    [[nodiscard]] Result<HttpResponse> postWithRetries(const QUrl &url, const QJsonObject &body, const QByteArray &bearer);
    Options m_options;
    HttpClient m_http;
};

} // namespace taxbox::sync
