#pragma once

// The real taxbox-server for tests: its administration commands and a serving process on loopback.
// TAXBOX_SERVER is the binary's path (a compile definition of each test that uses it).

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace taxbox::test {

/// Runs `taxbox-server ARGUMENTS` (an administration command) with TAXBOX_PASSWORD set when given;
/// returns its exit code, and warns with its error output when it failed.
/// Runs an administrator's command (`taxbox-server account add …`); its exit code and what it wrote on standard error.
inline std::pair<int, QByteArray> serverAdminWithErrors(const QStringList &arguments, const QByteArray &password = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(u"TAXBOX_PASSWORD"_qs, QString::fromUtf8(password));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TAXBOX_SERVER), arguments);
    process.waitForFinished(60000);
    const QByteArray errors = process.readAllStandardError();
    if (process.exitCode() != 0)
        qWarning("taxbox-server %s: %s", qPrintable(arguments.join(u' ')), errors.constData());
    return {process.exitCode(), errors};
}

inline int serverAdmin(const QStringList &arguments, const QByteArray &password = {})
{
    return serverAdminWithErrors(arguments, password).first;
}

/// Starts the server with `arguments` (listening on a free loopback port unless they say --listen) and
/// returns the address it prints, or an empty URL when it did not start. Its log goes to `logFile`
/// when one is named (appended): a test that does not read the log must not let the pipe fill up and
/// block the server.
inline QUrl startServer(QProcess &server, QStringList arguments, const QString &logFile = {})
{
    if (!arguments.contains(u"--listen"_qs))
        arguments << u"--listen"_qs << u"127.0.0.1:0"_qs;
    if (!logFile.isEmpty())
        server.setStandardErrorFile(logFile, QIODevice::Append);
    server.start(QStringLiteral(TAXBOX_SERVER), arguments);
    if (!server.waitForStarted() || !server.waitForReadyRead(20000))
        return {};
    const auto match = QRegularExpression(u"listening on (https?://\\S+)"_qs).match(QString::fromUtf8(server.readLine()));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

/// A server on the data folder `dataDirectory` that knows 王会计 ("correct horse", the same as the
/// workspace tests' login) as a member of the enterprise `creditCode` (闽江), started as startServer()
/// does; an empty URL when any step failed (the failing command is warned about).
inline QUrl startServerWithMember(QProcess &server, const QString &dataDirectory, const QString &creditCode,
                                  const QString &logFile)
{
    const QStringList data{u"--data"_qs, dataDirectory};
    if (serverAdmin(data + QStringList{u"account"_qs, u"add"_qs, u"王会计"_qs}, "correct horse") != 0
        || serverAdmin(data + QStringList{u"enterprise"_qs, u"add"_qs, creditCode, u"闽江"_qs, u"--member"_qs, u"王会计"_qs})
            != 0)
        return {};
    return startServer(server, data, logFile);
}

} // namespace taxbox::test
