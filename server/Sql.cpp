#include "Sql.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

bool SqlRows::isNull(qsizetype row, qsizetype column) const
{
    return std::holds_alternative<std::nullptr_t>(rows.at(row).at(column));
}

qint64 SqlRows::int64(qsizetype row, qsizetype column) const
{
    const SqlValue &value = rows.at(row).at(column);
    if (const auto *number = std::get_if<qint64>(&value))
        return *number;
    if (const auto *string = std::get_if<QString>(&value))
        return string->toLongLong();
    return 0;
}

QString SqlRows::text(qsizetype row, qsizetype column) const
{
    const SqlValue &value = rows.at(row).at(column);
    if (const auto *string = std::get_if<QString>(&value))
        return *string;
    if (const auto *number = std::get_if<qint64>(&value))
        return QString::number(*number);
    return {};
}

SqlPool::SqlPool(std::vector<std::unique_ptr<SqlConnection>> connections)
    : m_connections(std::move(connections))
{
    for (const auto &connection : m_connections)
        m_free.push_back(connection.get());
}

Result<std::unique_ptr<SqlPool>> SqlPool::open(const QString &location, int postgresConnections)
{
    std::vector<std::unique_ptr<SqlConnection>> connections;
    if (location.startsWith(u"postgresql://") || location.startsWith(u"postgres://")) {
        for (int i = 0; i < std::max(1, postgresConnections); ++i) {
            auto connection = openPostgres(location);
            if (!connection)
                return std::unexpected(connection.error());
            connections.push_back(std::move(*connection));
        }
    } else {
        if (!QDir().mkpath(location))
            return fail(u"data_unwritable"_s,
                        tr("The data folder %1 cannot be created.").arg(QDir::toNativeSeparators(location)));
        auto connection = openSqlite(QDir(location).filePath(u"taxbox-server.db"_s));
        if (!connection)
            return std::unexpected(connection.error());
        connections.push_back(std::move(*connection));
    }
    return std::unique_ptr<SqlPool>(new SqlPool(std::move(connections)));
}

SqlPool::Lease SqlPool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return !m_free.empty(); });
    SqlConnection *connection = m_free.back();
    m_free.pop_back();
    return Lease(*this, connection);
}

void SqlPool::release(SqlConnection *connection)
{
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(connection);
    }
    m_available.notify_one();
}

} // namespace taxbox::server
