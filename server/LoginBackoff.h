#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace taxbox::server {

/// Back-off for sign-in, per account name and per client address, kept in the node's memory. Each
/// attempt costs a 128 MiB scrypt, so guessing must be slow for an attacker and cheap to refuse: after
/// kFreeFailuresPerName wrong passwords for one name (kFreeFailuresPerAddress from one address, any
/// names) every further attempt waits 2, 4, 8 … seconds (at most kMaxBlockSeconds) and is refused
/// with 429 before any hashing while it waits. A success clears the name (not the address). Unknown and
/// known names count alike, so the answers tell nothing of which exist. The tables are bounded: entries
/// not blocked are dropped first when full. Several nodes each keep their own count (an attacker spread
/// over N nodes gets N times the free attempts; docs/security.md).
class LoginBackoff
{
public:
    static constexpr int kFreeFailuresPerName = 5;
    static constexpr int kFreeFailuresPerAddress = 20;
    static constexpr qint64 kMaxBlockSeconds = 15 * 60;
    static constexpr qsizetype kMaxEntries = 100'000;

    /// Seconds to wait before `name` may be tried from `address` again; 0 when it may be tried now.
    [[nodiscard]] qint64 waitSeconds(const QString &name, const QString &address, qint64 nowMs);
    void failed(const QString &name, const QString &address, qint64 nowMs);
    void succeeded(const QString &name);

private:
    struct Entry
    {
        int failures = 0;
        qint64 blockedUntilMs = 0;
    };
    static void note(QHash<QString, Entry> &table, const QString &key, int free, qint64 nowMs);
    static void bound(QHash<QString, Entry> &table, qint64 nowMs);

    std::mutex m_mutex;
    QHash<QString, Entry> m_names;
    QHash<QString, Entry> m_addresses;
};

} // namespace taxbox::server
