#pragma once

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace taxbox::server {

/// What one request may bring before Qt HttpServer sees it. Qt HttpServer 6.4 has no limits of its
/// own: it reads every header and the whole body into memory, so eight 100 MB bodies took the process
/// from 23 to 900 MiB. The limits are checked on the bytes as they arrive, before the server reads
/// them: a declared Content-Length over the body limit is answered 413 at once (nothing of the body is
/// read), a chunked body is cut off when it passes the limit, and a header block larger than
/// kMaxHeaderBytes or with more than kMaxHeaderLines lines is answered 431. The connection is closed
/// after such an answer.
struct RequestLimits
{
    static constexpr qint64 kMaxBodyBytes = 1 << 20; ///< the API's own limit (Api::kMaxBody)
    static constexpr qint64 kMaxHeaderBytes = 16 * 1024;
    static constexpr int kMaxHeaderLines = 64;
    /// After a refusal, how long what the client still sends is read and dropped before the connection
    /// is closed (so the client reads the answer instead of a reset).
    static constexpr int kLingerMs = 2000;
};

/// Watches one connection's bytes (see RequestLimits); installed before Qt HttpServer connects to the
/// socket, so its slot runs first on every readyRead.
class RequestLimiter : public QObject
{
    Q_OBJECT
public:
    explicit RequestLimiter(QTcpSocket *socket);
    /// Inspects what is waiting to be read (peeked, not consumed); refuses and closes when a limit is passed.
    void inspect();

private:
    void refuse(int status, const QByteArray &reason, const QByteArray &code);
    enum class Phase { Head, Body, Chunked, Refused };
    QTcpSocket *m_socket;
    Phase m_phase = Phase::Head;
    QByteArray m_head; ///< the header block so far (never more than kMaxHeaderBytes)
    qint64 m_maxBody = RequestLimits::kMaxBodyBytes; ///< of the request being read
    qint64 m_bodyLeft = 0;
    qint64 m_chunkedBytes = 0;
    QByteArray m_chunkedTail; ///< the last bytes of a chunked body, to see where it ends
};

/// A listener whose connections are watched by a RequestLimiter: plain TCP or TLS (QSslServer, with the
/// whole certificate chain of the configuration served, so CA-issued certificates verify).
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    QTcpSocket *nextPendingConnection() override;
};

class LimitedSslServer : public QSslServer
{
    Q_OBJECT
public:
    using QSslServer::QSslServer;
    QTcpSocket *nextPendingConnection() override;
};

} // namespace taxbox::server
