#include "Settings.h"

#include "Workspace.h"
#include "base/StrictJson.h"
#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::auth {

namespace {

constexpr qint64 kMaxSettingsBytes = 256 * 1024;

QByteArray contextOf(const Session &session)
{
    return "taxbox-account-settings-v1:" + session.userId().toUtf8();
}

} // namespace

WorkspaceSettings::WorkspaceSettings(QString workspaceDirectory)
    : m_path(workspaceDirectory.isEmpty() ? QString() : QDir(workspaceDirectory).filePath(fileName()))
{ }

QVariant WorkspaceSettings::value(const QString &key, const QVariant &fallback) const
{
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return fallback;
    return QSettings(m_path, QSettings::IniFormat).value(key, fallback);
}

void WorkspaceSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_path.isEmpty() || !QDir(QFileInfo(m_path).absolutePath()).exists())
        return; // no workspace yet: nothing to keep
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
}

QString AccountSettings::pathOf(const Session &session)
{
    return QDir(session.workspace().directory()).filePath(u"accounts/"_s + session.userId() + u".settings"_s);
}

Result<QJsonObject> AccountSettings::load(const Session &session)
{
    QFile file(pathOf(session));
    if (!file.exists())
        return QJsonObject{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"settings_unreadable"_s, tr("Your settings cannot be read: %1.").arg(file.errorString()));
    const QByteArray bytes = file.read(kMaxSettingsBytes + 1);
    if (bytes.size() > kMaxSettingsBytes)
        return fail(u"settings_unreadable"_s, tr("Your settings file is damaged (too large)."));
    auto outer = StrictJson::parse(bytes, kMaxSettingsBytes, tr("your settings"));
    if (!outer || !outer->isObject())
        return fail(u"settings_unreadable"_s, tr("Your settings file is damaged."));
    auto sealed = crypto::Sealed::fromJson(outer->object());
    if (!sealed)
        return std::unexpected(sealed.error());
    auto plain = session.openSealed(*sealed, contextOf(session));
    if (!plain)
        return fail(u"settings_unreadable"_s, tr("Your settings file is damaged or belongs to another account."));
    auto inner = StrictJson::parse(QByteArray(plain->view()), kMaxSettingsBytes, tr("your settings"));
    if (!inner || !inner->isObject())
        return fail(u"settings_unreadable"_s, tr("Your settings file is damaged."));
    return inner->object();
}

Result<void> AccountSettings::save(const Session &session, const QJsonObject &settings)
{
    const QString path = pathOf(session);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(u"settings_unwritable"_s, tr("Your settings cannot be saved: the folder cannot be created."));
    const QByteArray json = QJsonDocument(settings).toJson(QJsonDocument::Compact);
    auto sealed = crypto::Box::seal(
        session.publicKey(), crypto::SecureBytes(json.constData(), static_cast<std::size_t>(json.size())), contextOf(session));
    if (!sealed)
        return std::unexpected(sealed.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"settings_unwritable"_s, tr("Your settings cannot be saved: %1.").arg(file.errorString()));
    file.write(QJsonDocument(sealed->toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return fail(u"settings_unwritable"_s, tr("Your settings cannot be saved: %1.").arg(file.errorString()));
    return {};
}

Result<void> AccountSettings::set(const Session &session, const QString &key, const QJsonValue &value)
{
    auto settings = load(session);
    // A damaged file is replaced rather than blocking every later setting.
    QJsonObject object = settings ? *settings : QJsonObject{};
    if (value.isNull() || value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    if (settings && object == *settings)
        return {};
    return save(session, object);
}

} // namespace taxbox::auth
