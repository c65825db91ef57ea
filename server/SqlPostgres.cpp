// The PostgreSQL backend of the server's database, through libpq. Parameters travel separately from
// the SQL text (PQexecParams), never spliced into it; the connection URI (which may hold a password)
// is never logged or put into an error message.

#include "Sql.h"

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::server {

namespace {

constexpr unsigned kInt2 = 21;
constexpr unsigned kInt4 = 23;
constexpr unsigned kInt8 = 20;
constexpr unsigned kNumeric = 1700;

class PostgresConnection final : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(PostgresConnection)
public:
    explicit PostgresConnection(PGconn *connection)
        : m_connection(connection)
    { }
    ~PostgresConnection() override { PQfinish(m_connection); }
    Q_DISABLE_COPY_MOVE(PostgresConnection)

    Dialect dialect() const override { return Dialect::PostgreSql; }

    Result<SqlRows> query(std::string_view sql, const QList<SqlValue> &parameters) override
    {
        auto result = run(sql, parameters);
        if (!result)
            return std::unexpected(result.error());
        PGresult *answer = result->get();
        SqlRows rows;
        const int columns = PQnfields(answer);
        for (int r = 0; r < PQntuples(answer); ++r) {
            QList<SqlValue> row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(answer, r, c)) {
                    row.append(nullptr);
                    continue;
                }
                const char *text = PQgetvalue(answer, r, c);
                const unsigned type = PQftype(answer, c);
                if (type == kInt2 || type == kInt4 || type == kInt8 || type == kNumeric)
                    row.append(QByteArray(text).toLongLong());
                else
                    row.append(QString::fromUtf8(text, PQgetlength(answer, r, c)));
            }
            rows.rows.append(std::move(row));
        }
        return rows;
    }

    Result<qint64> execute(std::string_view sql, const QList<SqlValue> &parameters) override
    {
        auto result = run(sql, parameters);
        if (!result)
            return std::unexpected(result.error());
        return QByteArray(PQcmdTuples(result->get())).toLongLong();
    }

    Result<void> executeScript(std::string_view sql) override
    {
        const std::string text(sql);
        reconnectIfLost();
        ResultPointer result(PQexec(m_connection, text.c_str()));
        if (auto checked = check(result.get()); !checked)
            return std::unexpected(checked.error());
        return {};
    }

    Result<void> begin() override
    {
        auto begun = simple("BEGIN ISOLATION LEVEL READ COMMITTED");
        m_inTransaction = begun.has_value();
        return begun;
    }
    Result<void> commit() override
    {
        m_inTransaction = false;
        return simple("COMMIT");
    }
    void rollback() override
    {
        m_inTransaction = false;
        (void)simple("ROLLBACK");
    }
    Result<void> lockForMigration() override
    {
        // Any constant shared by all Taxbox nodes; released at the end of the transaction.
        return simple("SELECT pg_advisory_xact_lock(7305042611)");
    }

private:
    struct ResultDeleter
    {
        void operator()(PGresult *result) const { PQclear(result); }
    };
    using ResultPointer = std::unique_ptr<PGresult, ResultDeleter>;

    /// A connection lost (database restarted, network cut) is re-established before the next statement
    /// outside a transaction. Inside one it is not: the transaction is gone with the connection, so its
    /// remaining statements must fail (and the caller roll back) rather than run on their own.
    void reconnectIfLost()
    {
        if (!m_inTransaction && PQstatus(m_connection) == CONNECTION_BAD)
            PQreset(m_connection);
    }

    Result<void> simple(const char *sql)
    {
        reconnectIfLost();
        ResultPointer result(PQexec(m_connection, sql));
        return check(result.get());
    }

    Result<void> check(PGresult *result)
    {
        const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return {};
        const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
        // Only the primary message (never DETAIL, which quotes key values such as a credit code), and not
        // even that for data exceptions (class 22), whose message quotes the value refused.
        QString detail = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)).trimmed()
                                : QString::fromUtf8(PQerrorMessage(m_connection)).section(u'\n', 0, 0).trimmed();
        if (state.startsWith(u"22"))
            detail = u"SQLSTATE "_s + state;
        if (state.startsWith(u"23"))
            return fail(u"constraint_violated"_s, tr("The database refused the change: %1").arg(detail));
        if (state == u"40001" || state == u"40P01")
            return fail(u"database_busy"_s, tr("The database is busy: %1").arg(detail));
        return fail(u"database_error"_s, tr("The database failed: %1").arg(detail));
    }

    /// `?` placeholders become $1, $2, … (the server's SQL has no `?` inside string literals).
    static std::string numbered(std::string_view sql)
    {
        std::string text;
        text.reserve(sql.size() + 16);
        int index = 0;
        for (const char c : sql) {
            if (c == '?')
                text += '$' + std::to_string(++index);
            else
                text += c;
        }
        return text;
    }

    Result<ResultPointer> run(std::string_view sql, const QList<SqlValue> &parameters)
    {
        reconnectIfLost();
        const std::string text = numbered(sql);
        std::vector<QByteArray> values(static_cast<std::size_t>(parameters.size()));
        std::vector<const char *> pointers(values.size(), nullptr);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const SqlValue &value = parameters.at(static_cast<qsizetype>(i));
            if (const auto *number = std::get_if<qint64>(&value))
                values[i] = QByteArray::number(*number);
            else if (const auto *string = std::get_if<QString>(&value); string && !string->isNull())
                values[i] = string->toUtf8();
            else
                continue; // NULL
            pointers[i] = values[i].constData();
        }
        ResultPointer result(PQexecParams(m_connection, text.c_str(), static_cast<int>(pointers.size()), nullptr, pointers.data(),
                                          nullptr, nullptr, 0));
        if (auto checked = check(result.get()); !checked)
            return std::unexpected(checked.error());
        return result;
    }

    PGconn *m_connection;
    bool m_inTransaction = false;
};

} // namespace

Result<std::unique_ptr<SqlConnection>> openPostgres(const QString &uri)
{
    PGconn *connection = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        // libpq's message names host and reason, never the password.
        const QString detail = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQfinish(connection);
        return fail(u"database_unreachable"_s,
                    QCoreApplication::translate("SqlPool", "Cannot connect to PostgreSQL: %1").arg(detail), u"database"_s);
    }
    PQsetClientEncoding(connection, "UTF8");
    // PostgreSQL's notices ("relation … already exists, skipping" from every CREATE TABLE IF NOT EXISTS of the schema
    // check) are not for the operator, and libpq prints what it receives bare on standard error: only warnings are
    // asked for, and they go to the server's log.
    PQsetNoticeProcessor(
        connection, [](void *, const char *message) { qWarning("PostgreSQL: %s", QByteArray(message).trimmed().constData()); },
        nullptr);
    const std::unique_ptr<PGresult, decltype(&PQclear)> quiet(PQexec(connection, "SET client_min_messages TO warning"), &PQclear);
    if (PQresultStatus(quiet.get()) != PGRES_COMMAND_OK)
        qWarning("PostgreSQL: %s", PQresultErrorMessage(quiet.get()));
    return std::unique_ptr<SqlConnection>(new PostgresConnection(connection));
}

} // namespace taxbox::server
