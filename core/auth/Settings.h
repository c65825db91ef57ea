#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace taxbox::auth {

class Session;

/// Settings that belong to one workspace and to nobody in particular: the backup folder and schedule,
/// the last good backup, the auto-lock. They live in the workspace folder (settings.ini), not in the
/// machine-wide settings, so a second workspace (or a kiosk visit, whose workspace is new each time)
/// starts with none of another's. Nothing secret is kept here.
class WorkspaceSettings
{
public:
    explicit WorkspaceSettings(QString workspaceDirectory);

    [[nodiscard]] QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    [[nodiscard]] bool isValid() const { return !m_path.isEmpty(); }
    [[nodiscard]] static QString fileName() { return QStringLiteral("settings.ini"); }

private:
    QString m_path;
};

/// The personal settings of one account in one workspace (the sync server and account, the trusted
/// certificate file, the enterprise last worked on): sealed to the account's key in
/// accounts/<account id>.settings, so neither another account on the same computer nor anyone holding
/// only the files can read them. Reading a missing file gives an empty object.
class AccountSettings
{
    Q_DECLARE_TR_FUNCTIONS(AccountSettings)
public:
    [[nodiscard]] static Result<QJsonObject> load(const Session &session);
    [[nodiscard]] static Result<void> save(const Session &session, const QJsonObject &settings);
    /// Reads, changes one value (a null value removes it) and writes back.
    [[nodiscard]] static Result<void> set(const Session &session, const QString &key, const QJsonValue &value);
    [[nodiscard]] static QString pathOf(const Session &session);
};

} // namespace taxbox::auth
