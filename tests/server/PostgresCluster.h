#pragma once

// A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, a server on a free loopback
// port (fsync off), removed again at the end. PostgreSQL refuses to run as root, so as root the
// cluster belongs to "nobody" and its programs run through runuser. CI installs the postgresql package
// (scripts/install-deps-debian.sh --with-test-tools).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include <pwd.h>
#include <unistd.h>

namespace taxbox::test {

class PostgresCluster
{
public:
    /// Starts a cluster; on failure returns nothing and says why in `error`.
    static std::unique_ptr<PostgresCluster> start(QString *error)
    {
        auto cluster = std::unique_ptr<PostgresCluster>(new PostgresCluster);
        const QStringList installed = QDir(u"/usr/lib/postgresql"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (installed.isEmpty()) {
            *error
                = u"PostgreSQL is not installed (/usr/lib/postgresql/*/bin); run scripts/install-deps-debian.sh --with-test-tools"_qs;
            return nullptr;
        }
        cluster->m_bin = u"/usr/lib/postgresql/%1/bin/"_qs.arg(installed.last());
        if (!cluster->m_dir.isValid()) {
            *error = u"no temporary folder"_qs;
            return nullptr;
        }
        cluster->m_data = cluster->m_dir.filePath(u"data"_qs);
        QDir().mkpath(cluster->m_data);
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody) {
                *error = u"running as root, and there is no user \"nobody\" to own the cluster"_qs;
                return nullptr;
            }
            QFile::setPermissions(cluster->m_dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther);
            if (::chown(cluster->m_data.toLocal8Bit().constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
                *error = u"cannot give the cluster folder to nobody"_qs;
                return nullptr;
            }
            cluster->m_asNobody = true;
        }
        QString output;
        if (!cluster->run(u"initdb"_qs,
                          {u"-D"_qs, cluster->m_data, u"-A"_qs, u"trust"_qs, u"-U"_qs, u"taxbox"_qs, u"-E"_qs, u"UTF8"_qs,
                           u"--no-sync"_qs, u"--no-locale"_qs},
                          &output)) {
            *error = u"initdb failed: "_qs + output;
            return nullptr;
        }
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        cluster->m_port = probe.serverPort();
        probe.close();
        const QString options
            = u"-p %1 -k %2 -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=100"_qs.arg(cluster->m_port)
                  .arg(cluster->m_data);
        if (!cluster->run(u"pg_ctl"_qs,
                          {u"-D"_qs, cluster->m_data, u"-w"_qs, u"-t"_qs, u"60"_qs, u"-o"_qs, options, u"-l"_qs,
                           cluster->m_data + u"/server.log"_qs, u"start"_qs},
                          &output)) {
            *error = u"pg_ctl start failed: "_qs + output;
            return nullptr;
        }
        cluster->m_running = true;
        return cluster;
    }

    ~PostgresCluster()
    {
        if (m_running)
            run(u"pg_ctl"_qs, {u"-D"_qs, m_data, u"-m"_qs, u"immediate"_qs, u"-w"_qs, u"stop"_qs}, nullptr);
    }

    /// Stops and starts the server again (every client connection is cut).
    bool restart()
    {
        QString output;
        return run(u"pg_ctl"_qs, {u"-D"_qs, m_data, u"-m"_qs, u"fast"_qs, u"-w"_qs, u"-t"_qs, u"60"_qs, u"restart"_qs}, &output);
    }

    /// Creates an empty database and returns its URI.
    QString createDatabase(const QString &name)
    {
        QString output;
        if (!run(u"createdb"_qs, {u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, QString::number(m_port), u"-U"_qs, u"taxbox"_qs, name},
                 &output))
            qFatal("createdb failed: %s", qPrintable(output));
        return uri(name);
    }

    QString uri(const QString &database) const { return u"postgresql://taxbox@127.0.0.1:%1/%2"_qs.arg(m_port).arg(database); }

    /// The backup docs/deploy.md schedules — pg_dump of `from` in its custom format — restored with pg_restore into a new
    /// database `to`; returns the restored database's URI, or an empty string with the tools' output in `output`.
    QString backupAndRestore(const QString &from, const QString &to, QString *output)
    {
        const QString dump = m_data + u"/backup-"_qs + from + u".dump"_qs;
        const QStringList server{u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, QString::number(m_port), u"-U"_qs, u"taxbox"_qs};
        if (!run(u"pg_dump"_qs, server + QStringList{u"-Fc"_qs, u"-f"_qs, dump, from}, output)
            || !run(u"createdb"_qs, server + QStringList{to}, output)
            || !run(u"pg_restore"_qs, server + QStringList{u"--no-owner"_qs, u"-d"_qs, to, dump}, output))
            return {};
        return uri(to);
    }

private:
    PostgresCluster() = default;

    bool run(const QString &program, QStringList arguments, QString *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir.path());
        if (m_asNobody) {
            arguments.prepend(m_bin + program);
            arguments = QStringList{u"-u"_qs, u"nobody"_qs, u"--"_qs} + arguments;
            process.start(u"runuser"_qs, arguments);
        } else {
            process.start(m_bin + program, arguments);
        }
        const bool finished = process.waitForFinished(120'000);
        if (output)
            *output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir{QDir::tempPath() + u"/taxbox-pg-XXXXXX"_qs};
    QString m_bin;
    QString m_data;
    quint16 m_port = 0;
    bool m_asNobody = false;
    bool m_running = false;
};

} // namespace taxbox::test
