#include "KioskSession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::auth {

namespace {

/// Overwrites every file with zeros before deleting the folder: the stores are encrypted under a key
/// that no longer exists, and the overwrite removes even the ciphertext where the file system allows.
void shred(const QString &directory)
{
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        const qint64 size = file.size();
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            for (qint64 written = 0; written < size; written += zeros.size())
                file.write(zeros.constData(), std::min<qint64>(zeros.size(), size - written));
            file.flush();
        }
    }
    QDir(directory).removeRecursively();
}

} // namespace

QString KioskSession::defaultRoot()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return QDir(base).filePath(u"taxbox-kiosk"_s);
}

KioskSession::KioskSession(QString directory, std::unique_ptr<Session> session)
    : m_directory(std::move(directory))
    , m_session(std::move(session))
{ }

KioskSession::~KioskSession()
{
    end();
}

Result<std::unique_ptr<KioskSession>> KioskSession::start(const QString &root)
{
    // Leftovers of a visit cut short by a power cut or a kill are removed before anyone else sits down.
    const QDir rootDir(root);
    for (const QString &leftover : rootDir.entryList({u"visit-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        shred(rootDir.filePath(leftover));
    if (!QDir().mkpath(root))
        return fail(u"write_failed"_s, tr("The kiosk folder %1 could not be created.").arg(root));
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString directory = rootDir.filePath(u"visit-"_s + QUuid::createUuid().toString(QUuid::Id128));
    Workspace workspace(directory);
    // The password is random and never leaves memory; the KDF protects nothing a person chose, so a
    // light cost keeps the start of a visit instant.
    workspace.setKdfCost(1 << 10);
    const crypto::SecureBytes random = crypto::SecureBytes::random(32);
    const crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(QString::fromLatin1(random.view().toBase64()));
    auto created = workspace.initialize(tr("Visitor"), password);
    if (!created) {
        shred(directory);
        return std::unexpected(created.error());
    }
    return std::unique_ptr<KioskSession>(new KioskSession(directory, std::move(created->session)));
}

void KioskSession::end()
{
    m_session.reset();
    if (!m_directory.isEmpty()) {
        shred(m_directory);
        m_directory.clear();
    }
}

} // namespace taxbox::auth
