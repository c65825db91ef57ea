#include "FileHandoff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

constexpr char kTaken[] = "taken\n";

/// Sends one line (without its end) to the Taxbox on `channel`; true once it has answered "taken" (a stale or dying
/// one must not swallow what is sent).
bool sendLine(const QString &channel, QByteArray line, int timeoutMs)
{
    if (line.size() >= FileHandoff::kMaxMessageBytes || line.contains('\n'))
        return false;
    QLocalSocket socket;
    socket.connectToServer(channel);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    line += '\n';
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (answer.size() < qsizetype(sizeof kTaken) - 1 && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer.startsWith(kTaken);
}

} // namespace

FileHandoff::FileHandoff(QString workspaceDirectory, QObject *parent)
    : QObject(parent)
    , m_workspaceDirectory(std::move(workspaceDirectory))
{ }

FileHandoff::~FileHandoff() = default;

QString FileHandoff::channelName(const QString &workspaceDirectory)
{
    const QString workspace = QDir::cleanPath(QFileInfo(workspaceDirectory).absoluteFilePath());
    const QString name = u"taxbox-"_s
        + QString::fromLatin1(QCryptographicHash::hash(workspace.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_WIN
    return name; // a named pipe; UserAccessOption keeps it to this user
#else
    // A full path in the user's runtime folder (0700), so another user can neither reach nor squat the channel.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
#endif
}

bool FileHandoff::handToRunning(const QString &workspaceDirectory, const QString &path, int timeoutMs)
{
    if (path.isEmpty())
        return false;
    return sendLine(channelName(workspaceDirectory), QFileInfo(path).absoluteFilePath().toUtf8(), timeoutMs);
}

bool FileHandoff::bringRunningForward(const QString &workspaceDirectory, int timeoutMs)
{
    return sendLine(channelName(workspaceDirectory), {}, timeoutMs);
}

bool FileHandoff::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = channelName(m_workspaceDirectory);
    if (!m_server->listen(name)) {
        // A channel left by a Taxbox that was killed: nobody answers on it, so it is taken over.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500))
            return false; // another Taxbox runs on this workspace and takes the files
        QLocalServer::removeServer(name);
        if (!m_server->listen(name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &FileHandoff::takeConnection);
    return true;
}

bool FileHandoff::isListening() const
{
    return m_server && m_server->isListening();
}

void FileHandoff::takeConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setReadBufferSize(kMaxMessageBytes);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); }); // a peer that says nothing is not kept
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            // One line; a peer that sends more than a path's worth, or no line, is dropped.
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() >= kMaxMessageBytes)
                    socket->abort();
                return;
            }
            const QString path = QString::fromUtf8(socket->readLine(kMaxMessageBytes).chopped(1));
            socket->write(kTaken);
            socket->flush();
            socket->disconnectFromServer();
            if (path.isEmpty())
                Q_EMIT broughtForward();
            else if (QFileInfo(path).isAbsolute())
                Q_EMIT fileHanded(path);
        });
    }
}

} // namespace taxbox::ui
