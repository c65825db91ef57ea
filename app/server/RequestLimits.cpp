#include "RequestLimits.h"

#include "AccessLog.h"
#include "Api.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace taxbox::server {

namespace {

/// The value of `name` in a header block (case-insensitive), or an empty view.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QTcpSocket *watched(QTcpSocket *socket)
{
    if (socket) {
        auto *limiter = new RequestLimiter(socket);
        // Bytes that came with the connection (before anyone connected to readyRead) are looked at too.
        limiter->inspect();
    }
    return socket;
}

} // namespace

RequestLimiter::RequestLimiter(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestLimiter::inspect);
}

void RequestLimiter::inspect()
{
    if (m_phase == Phase::Refused) {
        m_socket->readAll(); // nothing more reaches the server
        return;
    }
    // Qt HttpServer reads everything available on each readyRead, after this slot: what is waiting now
    // is what arrived since.
    const QByteArray bytes = m_socket->peek(m_socket->bytesAvailable());
    qsizetype at = 0;
    while (at < bytes.size() && m_phase != Phase::Refused) {
        switch (m_phase) {
        case Phase::Head: {
            const qsizetype room = RequestLimits::kMaxHeaderBytes - m_head.size();
            const QByteArray piece = bytes.mid(at, room + 4);
            const qsizetype end = (m_head.right(3) + piece).indexOf("\r\n\r\n");
            if (end < 0) {
                if (piece.size() > room)
                    return refuse(431, "Request Header Fields Too Large", "headers_too_large");
                m_head += piece;
                at += piece.size();
                if (m_head.count('\n') > RequestLimits::kMaxHeaderLines)
                    return refuse(431, "Request Header Fields Too Large", "too_many_headers");
                break;
            }
            const qsizetype used = end + 4 - std::min<qsizetype>(3, m_head.size());
            m_head += piece.left(used);
            at += used;
            if (m_head.size() > RequestLimits::kMaxHeaderBytes || m_head.count('\n') > RequestLimits::kMaxHeaderLines + 1)
                return refuse(431, "Request Header Fields Too Large", "headers_too_large");
            const QByteArray length = headerValue(m_head, "content-length");
            const bool chunked = headerValue(m_head, "transfer-encoding").toLower().contains("chunked");
            // A publisher's package upload is the one route that takes more (Api::kMaxUploadBody).
            const QList<QByteArray> requestLine = m_head.left(m_head.indexOf("\r\n")).split(' ');
            m_maxBody = requestLine.size() == 3
                    && Api::isUpload(requestLine.at(0), QString::fromLatin1(requestLine.at(1).split('?').constFirst()))
                ? Api::kMaxUploadBody
                : RequestLimits::kMaxBodyBytes;
            m_head.clear();
            if (chunked) {
                m_phase = Phase::Chunked;
                m_chunkedBytes = 0;
                m_chunkedTail.clear();
            } else if (!length.isEmpty()) {
                bool ok = false;
                const qint64 declared = length.toLongLong(&ok);
                if (!ok || declared < 0)
                    return refuse(400, "Bad Request", "invalid_content_length");
                if (declared > m_maxBody)
                    return refuse(413, "Payload Too Large", "body_too_large");
                m_bodyLeft = declared;
                m_phase = declared > 0 ? Phase::Body : Phase::Head;
            }
            break;
        }
        case Phase::Body: {
            const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0)
                m_phase = Phase::Head;
            break;
        }
        case Phase::Chunked: {
            const QByteArray piece = bytes.mid(at);
            at = bytes.size();
            m_chunkedBytes += piece.size();
            // Framing costs a few bytes per chunk; allow for it, not for more body.
            if (m_chunkedBytes > m_maxBody + 64 * 1024)
                return refuse(413, "Payload Too Large", "body_too_large");
            m_chunkedTail = (m_chunkedTail + piece).right(5);
            if (m_chunkedTail == "0\r\n\r\n")
                m_phase = Phase::Head;
            break;
        }
        case Phase::Refused:
            break;
        }
    }
}

void RequestLimiter::refuse(int status, const QByteArray &reason, const QByteArray &code)
{
    m_phase = Phase::Refused;
    m_socket->readAll(); // taken from under Qt HttpServer: it never sees this request
    const QByteArray body
        = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"The request is larger than the server accepts (" + code + ").\"}}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    logEvent(QStringLiteral("request_refused"),
             {{QStringLiteral("remote"), m_socket->peerAddress().toString()},
              {QStringLiteral("status"), status},
              {QStringLiteral("reason"), QString::fromLatin1(code)}});
    // A lingering close: once the answer is out, only our sending side is shut; what the client is still
    // sending is read and dropped for a moment. Closing at once would make the kernel answer the
    // client's next bytes with a reset, which discards our answer before the client reads it.
    QPointer<QTcpSocket> socket = m_socket;
    const auto shutWhenSent = [socket] {
        if (!socket || socket->bytesToWrite() > 0)
            return;
        if (auto *secure = qobject_cast<QSslSocket *>(socket.data()); secure && secure->encryptedBytesToWrite() > 0)
            return;
#ifdef Q_OS_UNIX
        ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
#endif
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, shutWhenSent);
    if (auto *secure = qobject_cast<QSslSocket *>(m_socket))
        connect(secure, &QSslSocket::encryptedBytesWritten, this, shutWhenSent);
    m_socket->flush();
    shutWhenSent();
    QTimer::singleShot(RequestLimits::kLingerMs, m_socket, [socket] {
        if (socket)
            socket->abort();
    });
}

QTcpSocket *LimitedTcpServer::nextPendingConnection()
{
    return watched(QTcpServer::nextPendingConnection());
}

QTcpSocket *LimitedSslServer::nextPendingConnection()
{
    return watched(QSslServer::nextPendingConnection());
}

} // namespace taxbox::server
