#include "LoginThrottle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::auth {

namespace {

QJsonObject readState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeState(const QString &path, const QJsonObject &state)
{
    if (state.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

QString key(const QString &user)
{
    return user.toCaseFolded();
}

} // namespace

LoginThrottle::LoginThrottle(QString path, std::function<QDateTime()> clock)
    : m_path(std::move(path))
    , m_clock(std::move(clock))
{ }

qint64 LoginThrottle::waitAfter(int failures)
{
    if (failures <= kFreeAttempts)
        return 0;
    const int exponent = std::min(failures - kFreeAttempts, 20);
    return std::min<qint64>(qint64(1) << exponent, kMaximumWaitSeconds);
}

int LoginThrottle::failures(const QString &user) const
{
    return readState(m_path).value(key(user)).toObject().value(u"failures"_s).toInt();
}

qint64 LoginThrottle::secondsUntilAllowed(const QString &user) const
{
    const QJsonObject entry = readState(m_path).value(key(user)).toObject();
    const qint64 wait = waitAfter(entry.value(u"failures"_s).toInt());
    if (wait == 0)
        return 0;
    const QDateTime last = QDateTime::fromString(entry.value(u"last_failure"_s).toString(), Qt::ISODate);
    if (!last.isValid())
        return 0;
    const qint64 elapsed = last.secsTo(m_clock());
    // A clock set backwards must not lock an account for longer than the longest wait.
    if (elapsed < 0)
        return std::min(wait, kMaximumWaitSeconds);
    return std::max<qint64>(0, wait - elapsed);
}

void LoginThrottle::recordFailure(const QString &user)
{
    QJsonObject state = readState(m_path);
    QJsonObject entry = state.value(key(user)).toObject();
    entry.insert(u"failures"_s, entry.value(u"failures"_s).toInt() + 1);
    entry.insert(u"last_failure"_s, m_clock().toUTC().toString(Qt::ISODate));
    state.insert(key(user), entry);
    writeState(m_path, state);
}

void LoginThrottle::recordSuccess(const QString &user)
{
    QJsonObject state = readState(m_path);
    if (!state.contains(key(user)))
        return;
    state.remove(key(user));
    writeState(m_path, state);
}

} // namespace taxbox::auth
