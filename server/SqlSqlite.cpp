// The SQLite backend of the server's database: one file through the SQLCipher library the core
// already links (unencrypted: the server's data folder is protected by the operating system), so the
// process holds one SQLite (see docs/architecture.md).

#include "Sql.h"

#include "store/Database.h"

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

namespace {

class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(store::Database database)
        : m_database(std::move(database))
    { }

    Dialect dialect() const override { return Dialect::Sqlite; }

    Result<SqlRows> query(std::string_view sql, const QList<SqlValue> &parameters) override
    {
        auto statement = prepared(sql, parameters);
        if (!statement)
            return std::unexpected(statement.error());
        store::Statement &s = **statement;
        SqlRows rows;
        auto read = s.forEachRow([&] {
            QList<SqlValue> row;
            row.reserve(s.columnCount());
            for (int column = 0; column < s.columnCount(); ++column) {
                std::visit(
                    [&row](const auto &value) {
                        using T = std::decay_t<decltype(value)>;
                        if constexpr (std::is_same_v<T, QByteArray>)
                            row.append(QString::fromUtf8(value));
                        else
                            row.append(value);
                    },
                    s.value(column));
            }
            rows.rows.append(std::move(row));
        });
        s.reset();
        if (!read)
            return std::unexpected(read.error());
        return rows;
    }

    Result<qint64> execute(std::string_view sql, const QList<SqlValue> &parameters) override
    {
        auto statement = prepared(sql, parameters);
        if (!statement)
            return std::unexpected(statement.error());
        auto ran = (*statement)->run();
        (*statement)->reset();
        if (!ran)
            return std::unexpected(ran.error());
        return m_database.changes();
    }

    Result<void> executeScript(std::string_view sql) override { return m_database.execute(sql); }
    Result<void> begin() override { return m_database.execute("BEGIN IMMEDIATE"); }
    Result<void> commit() override { return m_database.execute("COMMIT"); }
    void rollback() override { (void)m_database.execute("ROLLBACK"); }
    Result<void> lockForMigration() override { return {}; } // BEGIN IMMEDIATE already excludes other writers

private:
    /// Statements are prepared once per SQL text and reused.
    Result<store::Statement *> prepared(std::string_view sql, const QList<SqlValue> &parameters)
    {
        const QByteArray key(sql.data(), static_cast<qsizetype>(sql.size()));
        auto found = m_statements.find(key);
        if (found == m_statements.end()) {
            auto statement = m_database.prepare(sql);
            if (!statement)
                return std::unexpected(statement.error());
            found = m_statements.emplace(key, std::move(*statement)).first;
        }
        store::Statement &statement = found->second;
        for (qsizetype i = 0; i < parameters.size(); ++i)
            std::visit([&](const auto &value) { statement.bind(static_cast<int>(i + 1), value); }, parameters.at(i));
        return &statement;
    }

    store::Database m_database;
    std::map<QByteArray, store::Statement> m_statements;
};

} // namespace

Result<std::unique_ptr<SqlConnection>> openSqlite(const QString &path)
{
    auto database = store::Database::openUnencrypted(path, store::Database::Mode::Create);
    if (!database)
        return std::unexpected(database.error());
    return std::unique_ptr<SqlConnection>(new SqliteConnection(std::move(*database)));
}

} // namespace taxbox::server
