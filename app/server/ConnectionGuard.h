#pragma once

#include <QObject>
#include <QTimer>

class QAbstractHttpServer;
class QTcpSocket;

namespace taxbox::server {

/// Closes connections that hold the server without using it: a request that is not complete (and
/// answered) within the request timeout — a slow or stalled client, e.g. one that trickles its
/// headers or body — and a kept-alive connection idle longer than the idle timeout. Qt HttpServer 6.4
/// has no such timeouts of its own; the event loop keeps serving everyone else either way, this bounds
/// the sockets and buffers one client can hold.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QAbstractHttpServer &server, int requestTimeoutSeconds, int idleTimeoutSeconds, QObject *parent = nullptr);

private:
    void sweep();
    void watch(QTcpSocket *socket);

    QAbstractHttpServer &m_server;
    qint64 m_requestTimeoutMs;
    qint64 m_idleTimeoutMs;
    QTimer m_timer;
};

} // namespace taxbox::server
