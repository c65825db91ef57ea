#pragma once

#include <QObject>

class QLocalServer;

namespace taxbox::ui {

/// One Taxbox per workspace takes the files the desktop opens with it (a package or an invoice double-clicked in
/// the file manager): a second start hands its file to the Taxbox already running on that workspace and ends,
/// instead of opening the same encrypted stores twice. The channel is a local socket only this user can reach (in
/// the user's runtime folder on Linux, a named pipe with the user's access on Windows); what comes through it is
/// a path, at most 4 KiB, and opening it only previews or verifies — nothing is installed without the person. A start
/// without a file sends an empty line: the running Taxbox comes to the front and the new start ends.
class FileHandoff : public QObject
{
    Q_OBJECT
public:
    explicit FileHandoff(QString workspaceDirectory, QObject *parent = nullptr);
    ~FileHandoff() override;

    /// Hands `path` (made absolute) to a Taxbox running on `workspaceDirectory`; true once it has taken it.
    static bool handToRunning(const QString &workspaceDirectory, const QString &path, int timeoutMs = 3000);
    /// A later start without a file: asks the Taxbox running on `workspaceDirectory` to come to the front (an empty
    /// line on the channel); true once it has, so this start ends instead of opening the same stores a second time.
    static bool bringRunningForward(const QString &workspaceDirectory, int timeoutMs = 3000);
    /// Starts taking files from later starts; false if the channel cannot be opened (Taxbox works on without it).
    bool listen();
    [[nodiscard]] bool isListening() const;

    static constexpr qsizetype kMaxMessageBytes = 4096;
    /// The local socket (Linux: a path in the user's runtime folder) or pipe name of a workspace's channel.
    static QString channelName(const QString &workspaceDirectory);

Q_SIGNALS:
    /// A later start handed this file.
    void fileHanded(const QString &path);
    /// A later start without a file asked for this Taxbox to come to the front.
    void broughtForward();

private:
    void takeConnection();

    QString m_workspaceDirectory;
    QLocalServer *m_server = nullptr;
};

} // namespace taxbox::ui
