#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string_view>
#include <variant>

namespace taxbox::server {

/// A value passed to or read from SQL: NULL, a 64-bit integer or text. The server stores nothing
/// else (hashes and keys as hex or base64 text), so both backends read and write the same values.
using SqlValue = std::variant<std::nullptr_t, qint64, QString>;

/// The rows a query returned.
class SqlRows
{
public:
    QList<QList<SqlValue>> rows;

    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return rows.size(); }
    [[nodiscard]] bool isNull(qsizetype row, qsizetype column) const;
    [[nodiscard]] qint64 int64(qsizetype row, qsizetype column) const; ///< 0 for NULL
    [[nodiscard]] QString text(qsizetype row, qsizetype column) const; ///< a null QString for NULL
};

/// One connection to the server's database. SQL is written once, for both backends: `?`
/// placeholders, TEXT and BIGINT columns, no UPSERT or RETURNING (SQLCipher 3.4's SQLite is 3.15).
/// Errors: "constraint_violated" for unique/foreign-key/check violations, "database_busy",
/// "database_error" otherwise.
class SqlConnection
{
public:
    enum class Dialect { Sqlite, PostgreSql };

    virtual ~SqlConnection() = default;
    [[nodiscard]] virtual Dialect dialect() const = 0;
    [[nodiscard]] virtual Result<SqlRows> query(std::string_view sql, const QList<SqlValue> &parameters = {}) = 0;
    /// Runs a statement; returns the number of rows it changed.
    [[nodiscard]] virtual Result<qint64> execute(std::string_view sql, const QList<SqlValue> &parameters = {}) = 0;
    /// Several statements without parameters (migrations).
    [[nodiscard]] virtual Result<void> executeScript(std::string_view sql) = 0;
    /// Starts a transaction that writes: SQLite takes the write lock at once (BEGIN IMMEDIATE), so two
    /// writers never deadlock on a lock upgrade; PostgreSQL starts a READ COMMITTED transaction, and
    /// writers serialise on the rows they update first (counters), see ServerStore.
    [[nodiscard]] virtual Result<void> begin() = 0;
    [[nodiscard]] virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    /// Serialises schema migrations between server nodes (PostgreSQL advisory lock, inside begin()).
    [[nodiscard]] virtual Result<void> lockForMigration() = 0;
};

/// Rolls back unless committed.
class SqlTransaction
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)
public:
    explicit SqlTransaction(SqlConnection &connection)
        : m_connection(connection)
    { }
    ~SqlTransaction()
    {
        if (m_open)
            m_connection.rollback();
    }
    [[nodiscard]] Result<void> begin()
    {
        auto begun = m_connection.begin();
        m_open = begun.has_value();
        return begun;
    }
    [[nodiscard]] Result<void> commit()
    {
        auto committed = m_connection.commit();
        m_open = !committed.has_value(); // a failed COMMIT (SQLite: busy) is rolled back by the destructor
        return committed;
    }

private:
    SqlConnection &m_connection;
    bool m_open = false;
};

/// A fixed set of connections shared by the serving threads. SQLite: one connection (one writer;
/// the file is the unit of locking anyway). PostgreSQL: several.
class SqlPool
{
    Q_DECLARE_TR_FUNCTIONS(SqlPool)
public:
    /// `location`: a folder (SQLite file taxbox-server.db inside it) or a postgresql:// URI.
    [[nodiscard]] static Result<std::unique_ptr<SqlPool>> open(const QString &location, int postgresConnections = 4);

    /// A connection for the caller's exclusive use until the lease is destroyed; waits for one.
    class Lease
    {
    public:
        Lease(SqlPool &pool, SqlConnection *connection)
            : m_pool(&pool)
            , m_connection(connection)
        { }
        Lease(Lease &&other) noexcept
            : m_pool(std::exchange(other.m_pool, nullptr))
            , m_connection(std::exchange(other.m_connection, nullptr))
        { }
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        ~Lease()
        {
            if (m_pool)
                m_pool->release(m_connection);
        }
        SqlConnection *operator->() const { return m_connection; }
        SqlConnection &operator*() const { return *m_connection; }

    private:
        SqlPool *m_pool;
        SqlConnection *m_connection;
    };

    [[nodiscard]] Lease acquire();
    [[nodiscard]] SqlConnection::Dialect dialect() const { return m_connections.front()->dialect(); }

private:
    explicit SqlPool(std::vector<std::unique_ptr<SqlConnection>> connections);
    void release(SqlConnection *connection);

    std::vector<std::unique_ptr<SqlConnection>> m_connections;
    std::vector<SqlConnection *> m_free;
    std::mutex m_mutex;
    std::condition_variable m_available;
};

/// The backends (SqlSqlite.cpp, SqlPostgres.cpp).
[[nodiscard]] Result<std::unique_ptr<SqlConnection>> openSqlite(const QString &path);
[[nodiscard]] Result<std::unique_ptr<SqlConnection>> openPostgres(const QString &uri);

} // namespace taxbox::server
