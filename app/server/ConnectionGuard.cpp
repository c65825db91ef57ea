#include "ConnectionGuard.h"

#include "AccessLog.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>

namespace taxbox::server {

namespace {
// Per-socket bookkeeping as dynamic properties (the sockets belong to Qt HttpServer).
constexpr char kWatched[] = "taxboxWatched";
constexpr char kRequestSince[] = "taxboxRequestSince"; ///< first byte of a request not yet answered
constexpr char kLastActivity[] = "taxboxLastActivity";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

ConnectionGuard::ConnectionGuard(QAbstractHttpServer &server, int requestTimeoutSeconds, int idleTimeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_requestTimeoutMs(qint64(requestTimeoutSeconds) * 1000)
    , m_idleTimeoutMs(qint64(idleTimeoutSeconds) * 1000)
{
    // New connections are noticed on the next event-loop turn; sweeps run a few times per timeout.
    for (QTcpServer *listener : m_server.servers()) {
        connect(
            listener, &QTcpServer::newConnection, this, [this] { QTimer::singleShot(0, this, &ConnectionGuard::sweep); },
            Qt::QueuedConnection);
    }
    m_timer.setInterval(static_cast<int>(std::max<qint64>(250, std::min(m_requestTimeoutMs, m_idleTimeoutMs) / 4)));
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_timer.start();
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    socket->setProperty(kWatched, true);
    socket->setProperty(kLastActivity, nowMs());
    // A new connection is expected to bring a request (Qt HttpServer may already have read part of it).
    socket->setProperty(kRequestSince, nowMs());
    connect(socket, &QTcpSocket::readyRead, this, [socket] {
        socket->setProperty(kLastActivity, nowMs());
        if (socket->property(kRequestSince).toLongLong() == 0)
            socket->setProperty(kRequestSince, nowMs());
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [socket] {
        // An answer went out: the request is done; the connection may wait for the next one.
        socket->setProperty(kLastActivity, nowMs());
        socket->setProperty(kRequestSince, qint64(0));
    });
}

void ConnectionGuard::sweep()
{
    const qint64 now = nowMs();
    for (QTcpServer *listener : m_server.servers()) {
        const QList<QTcpSocket *> sockets = listener->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                continue;
            if (!socket->property(kWatched).toBool()) {
                watch(socket);
                continue;
            }
            const qint64 requestSince = socket->property(kRequestSince).toLongLong();
            const bool slowRequest = requestSince != 0 && now - requestSince > m_requestTimeoutMs;
            const bool idle = requestSince == 0 && now - socket->property(kLastActivity).toLongLong() > m_idleTimeoutMs;
            if (slowRequest || idle) {
                logEvent(QStringLiteral("connection_closed"),
                         {{QStringLiteral("remote"), socket->peerAddress().toString()},
                          {QStringLiteral("reason"), slowRequest ? QStringLiteral("request_timeout") : QStringLiteral("idle")}});
                socket->abort();
            }
        }
    }
}

} // namespace taxbox::server
