#include "LoginBackoff.h"

#include <algorithm>

namespace taxbox::server {

qint64 LoginBackoff::waitSeconds(const QString &name, const QString &address, qint64 nowMs)
{
    const std::lock_guard lock(m_mutex);
    qint64 until = 0;
    if (const auto found = m_names.constFind(name.trimmed().toLower()); found != m_names.constEnd())
        until = std::max(until, found->blockedUntilMs);
    if (const auto found = m_addresses.constFind(address); found != m_addresses.constEnd())
        until = std::max(until, found->blockedUntilMs);
    return until > nowMs ? (until - nowMs + 999) / 1000 : 0;
}

void LoginBackoff::note(QHash<QString, Entry> &table, const QString &key, int free, qint64 nowMs)
{
    bound(table, nowMs);
    Entry &entry = table[key];
    ++entry.failures;
    if (entry.failures >= free) {
        const int doublings = std::min(entry.failures - free + 1, 20);
        entry.blockedUntilMs = nowMs + std::min<qint64>(qint64(1) << doublings, kMaxBlockSeconds) * 1000;
    }
}

void LoginBackoff::bound(QHash<QString, Entry> &table, qint64 nowMs)
{
    if (table.size() < kMaxEntries)
        return;
    table.removeIf([nowMs](const QHash<QString, Entry>::iterator it) { return it->blockedUntilMs <= nowMs; });
    if (table.size() >= kMaxEntries)
        table.clear(); // every entry blocked: a flood of names; start again rather than grow
}

void LoginBackoff::failed(const QString &name, const QString &address, qint64 nowMs)
{
    const std::lock_guard lock(m_mutex);
    note(m_names, name.trimmed().toLower(), kFreeFailuresPerName, nowMs);
    if (!address.isEmpty())
        note(m_addresses, address, kFreeFailuresPerAddress, nowMs);
}

void LoginBackoff::succeeded(const QString &name)
{
    const std::lock_guard lock(m_mutex);
    m_names.remove(name.trimmed().toLower());
}

} // namespace taxbox::server
