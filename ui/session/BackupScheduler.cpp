#include "BackupScheduler.h"

#include "auth/Settings.h"

#include "auth/Backup.h"

#include <QApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {
const QString kFolderKey = u"backup/folder"_s;
const QString kIntervalKey = u"backup/interval_hours"_s;
const QString kLastGoodKey = u"backup/last_good"_s;
const QString kLastFileKey = u"backup/last_file"_s;
const QString kFilePattern = u"taxbox-backup-*.zip"_s;
} // namespace

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, [this] { runIfDue(QDateTime::currentDateTimeUtc()); });
    m_timer.start();
}

void BackupScheduler::setSession(auth::Session *session)
{
    m_session = session;
    if (session)
        m_workspaceDirectory = session->workspace().directory();
}

void BackupScheduler::setWorkspaceDirectory(const QString &directory)
{
    m_workspaceDirectory = directory;
}

QString BackupScheduler::folder() const
{
    return auth::WorkspaceSettings(m_workspaceDirectory).value(kFolderKey).toString();
}

int BackupScheduler::intervalHours() const
{
    return auth::WorkspaceSettings(m_workspaceDirectory).value(kIntervalKey, 24).toInt();
}

void BackupScheduler::configure(const QString &folder, int intervalHours)
{
    auth::WorkspaceSettings settings(m_workspaceDirectory);
    settings.setValue(kFolderKey, folder);
    settings.setValue(kIntervalKey, std::max(0, intervalHours));
}

QDateTime BackupScheduler::lastGoodBackup() const
{
    return auth::WorkspaceSettings(m_workspaceDirectory).value(kLastGoodKey).toDateTime();
}

QString BackupScheduler::lastGoodFile() const
{
    return auth::WorkspaceSettings(m_workspaceDirectory).value(kLastFileKey).toString();
}

Result<QString> BackupScheduler::backupNow()
{
    if (!m_session)
        return fail(u"locked"_s, tr("Unlock Taxbox to make a backup."));
    if (folder().isEmpty())
        return fail(u"required"_s, tr("Choose a backup folder first."), u"backup_folder"_s);
    if (!QDir().mkpath(folder()))
        return fail(u"backup_folder"_s, tr("The backup folder \"%1\" cannot be created.").arg(folder()), u"backup_folder"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString file = QDir(folder()).filePath(u"taxbox-backup-%1.zip"_s.arg(now.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = auth::Backup::create(*m_session, file);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        Q_EMIT backupFailed(summary.error().message);
        return std::unexpected(summary.error());
    }
    auth::WorkspaceSettings settings(m_workspaceDirectory);
    settings.setValue(kLastGoodKey, now);
    settings.setValue(kLastFileKey, file);
    prune();
    Q_EMIT lastGoodBackupChanged(now, file);
    return file;
}

void BackupScheduler::runIfDue(const QDateTime &now)
{
    if (!m_session || folder().isEmpty() || intervalHours() <= 0)
        return;
    const QDateTime last = lastGoodBackup();
    if (last.isValid() && last.secsTo(now) < qint64(intervalHours()) * 3600)
        return;
    (void)backupNow();
}

void BackupScheduler::prune() const
{
    // Names sort by time; only files this scheduler writes match the pattern.
    QDir dir(folder());
    const QStringList files = dir.entryList({kFilePattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = kKept; i < files.size(); ++i)
        dir.remove(files.at(i));
}

} // namespace taxbox::ui
