#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace taxbox::auth {

/// Exponential back-off after failed unlocks, per account: the first three failures cost nothing,
/// then each one doubles the wait (2 s, 4 s, 8 s … at most 15 minutes) before the next attempt is even
/// tried. It slows guessing through Taxbox and never destroys anything. The state lives in its own
/// file (login-throttle.json), the only file a failed attempt writes; a success clears it.
class LoginThrottle
{
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kMaximumWaitSeconds = 15 * 60;

    LoginThrottle(QString path, std::function<QDateTime()> clock);

    /// Seconds to wait before `user` may try again; 0 when an attempt is allowed now.
    [[nodiscard]] qint64 secondsUntilAllowed(const QString &user) const;
    void recordFailure(const QString &user);
    void recordSuccess(const QString &user);
    [[nodiscard]] int failures(const QString &user) const;

    [[nodiscard]] static qint64 waitAfter(int failures);

private:
    QString m_path;
    std::function<QDateTime()> m_clock;
};

} // namespace taxbox::auth
