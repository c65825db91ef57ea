#include "Database.h"

#include <sqlite3.h>

#include <QFileInfo>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::store {

namespace {

constexpr int kBusyTimeoutMilliseconds = 10'000;

QByteArray hexKeyLiteral(const crypto::SecureBytes &key)
{
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray literal(static_cast<qsizetype>(key.size() * 2 + 3), Qt::Uninitialized);
    literal[0] = 'x';
    literal[1] = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        literal[static_cast<qsizetype>(2 + 2 * i)] = digits[key.data()[i] >> 4];
        literal[static_cast<qsizetype>(3 + 2 * i)] = digits[key.data()[i] & 0x0f];
    }
    literal[literal.size() - 1] = '\'';
    return literal;
}

} // namespace

// ---------------------------------------------------------------------------------------- Statement

Statement::Statement(Database *database, sqlite3_stmt *statement)
    : m_database(database)
    , m_statement(statement)
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_database = std::exchange(other.m_database, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    sqlite3_bind_blob(m_statement, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const Value &value)
{
    std::visit([&](const auto &v) { bind(index, v); }, value);
    return *this;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

Statement::Value Statement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return nullptr;
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return text(column);
    }
}

Result<bool> Statement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    return std::unexpected(m_database->lastError(tr("Reading or writing the store")));
}

Result<void> Statement::run()
{
    return forEachRow([] {});
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

// ----------------------------------------------------------------------------------- CipherSettings

QList<QByteArray> CipherSettings::pragmasFor(const QString &libraryVersion) const
{
    const int major = libraryVersion.section(u'.', 0, 0).toInt();
    QList<QByteArray> pragmas;
    if (major >= 4)
        pragmas.append("PRAGMA cipher_compatibility = " + QByteArray::number(formatVersion));
    pragmas.append("PRAGMA cipher_page_size = " + QByteArray::number(pageSize));
    return pragmas;
}

// ----------------------------------------------------------------------------------------- Database

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{
    for (auto &[sql, statement] : m_cache)
        statement->m_database = this;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        for (auto &[sql, statement] : m_cache)
            statement->m_database = this;
    }
    return *this;
}

void Database::close()
{
    m_cache.clear();
    if (m_handle) {
        // Statements are owned by their callers and finalized before; close_v2 defers otherwise.
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
}

Error Database::lastError(const QString &what) const
{
    const int code = m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_ERROR;
    const QString detail = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        return Error{u"store_busy"_s, tr("%1 failed: the store is in use by another program (%2).").arg(what, detail), {}};
    if ((code & 0xff) == SQLITE_FULL)
        return Error{u"disk_full"_s, tr("%1 failed: the disk is full.").arg(what), {}};
    if ((code & 0xff) == SQLITE_CONSTRAINT)
        return Error{u"constraint_violated"_s, tr("%1 failed: %2.").arg(what, detail), {}};
    return Error{u"store_error"_s, tr("%1 failed: %2 (SQLite code %3).").arg(what, detail).arg(code), {}};
}

QString Database::cipherVersion()
{
    auto memory = openHandle(u":memory:"_s, Mode::Create);
    if (!memory)
        return {};
    auto statement = memory->prepare("PRAGMA cipher_version");
    if (!statement || !statement->step().value_or(false))
        return {};
    return statement->text(0);
}

Result<Database> Database::openHandle(const QString &path, Mode mode)
{
    if (mode == Mode::OpenExisting && path != u":memory:"_s && !QFileInfo::exists(path))
        return fail(u"store_missing"_s, tr("The store %1 does not exist.").arg(path));
    Database database;
    database.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.toUtf8().constData(), &database.m_handle, flags, nullptr) != SQLITE_OK)
        return std::unexpected(database.lastError(tr("Opening the store %1").arg(path)));
    sqlite3_extended_result_codes(database.m_handle, 1);
    sqlite3_busy_timeout(database.m_handle, kBusyTimeoutMilliseconds);
    return database;
}

Result<Database> Database::open(const QString &path, const crypto::SecureBytes &key, Mode mode, const CipherSettings &settings)
{
    if (key.size() != 32)
        return fail(u"wrong_key"_s, tr("A store key must be 256 bits."));
    auto database = openHandle(path, mode);
    if (!database)
        return database;

    // Never a silent plaintext database: a library without SQLCipher has no cipher_version.
    QString version;
    {
        auto statement = database->prepare("PRAGMA cipher_version");
        if (statement && statement->step().value_or(false))
            version = statement->text(0);
    }
    if (version.isEmpty()) {
        return fail(u"encryption_unavailable"_s,
                    tr("This build of Taxbox has no SQLCipher encryption; it refuses to open or write an unencrypted store."));
    }

    QByteArray literal = hexKeyLiteral(key);
    const int keyed = sqlite3_key(database->m_handle, literal.constData(), static_cast<int>(literal.size()));
    crypto::wipe(literal);
    if (keyed != SQLITE_OK)
        return std::unexpected(database->lastError(tr("Setting the store key")));
    for (const QByteArray &pragma : settings.pragmasFor(version)) {
        if (auto result = database->execute(std::string_view(pragma.constData(), static_cast<std::size_t>(pragma.size())));
            !result)
            return std::unexpected(result.error());
    }
    // The key is checked by a read: a wrong key makes the first page unreadable (SQLITE_NOTADB).
    if (sqlite3_exec(database->m_handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const int code = sqlite3_errcode(database->m_handle);
        if (code == SQLITE_NOTADB)
            return fail(u"wrong_key"_s, tr("The store %1 cannot be decrypted with this key.").arg(path));
        return std::unexpected(database->lastError(tr("Opening the store %1").arg(path)));
    }
    if (auto configured = database->configure(); !configured)
        return std::unexpected(configured.error());
    return database;
}

Result<Database> Database::openUnencrypted(const QString &path, Mode mode)
{
    auto database = openHandle(path, mode);
    if (!database)
        return database;
    if (auto configured = database->configure(); !configured)
        return std::unexpected(configured.error());
    return database;
}

Result<void> Database::configure()
{
    // A page read from an encrypted file costs a decryption and an HMAC check; a page found in the
    // cache costs neither. 64 MiB holds the working set of a busy enterprise (see bench/store and
    // docs/performance.md); it is an upper bound, allocated only as pages are read.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (auto result = execute(pragma); !result)
            return result;
    }
    return {};
}

Result<void> Database::execute(std::string_view sql)
{
    const std::string text(sql);
    if (sqlite3_exec(m_handle, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(lastError(tr("Updating the store")));
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
        return std::unexpected(lastError(tr("Preparing a store query")));
    return Statement(this, statement);
}

Result<Statement *> Database::cached(std::string_view sql)
{
    const std::string key(sql);
    if (auto found = m_cache.find(key); found != m_cache.end()) {
        found->second->reset();
        return found->second.get();
    }
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    return m_cache.emplace(key, std::make_unique<Statement>(std::move(*statement))).first->second.get();
}

Result<qint64> Database::scalar(std::string_view sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->int64(0) : 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

Result<void> Database::checkIntegrity()
{
    auto statement = prepare("PRAGMA integrity_check");
    if (!statement)
        return std::unexpected(statement.error());
    QStringList problems;
    if (auto rows = statement->forEachRow([&] {
            if (statement->text(0) != u"ok"_s)
                problems.append(statement->text(0));
        });
        !rows)
        return std::unexpected(rows.error());
    if (!problems.isEmpty())
        return fail(u"store_damaged"_s, tr("The store %1 is damaged: %2").arg(m_path, problems.join(u"; "_s)));
    return {};
}

// -------------------------------------------------------------------------------------- Transaction

bool Database::inTransaction() const
{
    return m_handle != nullptr && sqlite3_get_autocommit(m_handle) == 0;
}

Result<Transaction> Transaction::begin(Database &database)
{
    if (auto begun = database.execute("BEGIN IMMEDIATE"); !begun)
        return std::unexpected(begun.error());
    return Transaction(&database);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{ }

Transaction::~Transaction()
{
    if (m_database)
        (void)m_database->execute("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_database)
        return fail(u"store_error"_s, tr("The transaction has already ended."));
    auto committed = m_database->execute("COMMIT");
    if (committed)
        m_database = nullptr;
    return committed;
}

// ---------------------------------------------------------------------------------------- migrate

Result<int> migrate(Database &database, std::span<const Migration> migrations, std::optional<int> target)
{
    const int last = migrations.empty() ? 0 : migrations.back().version;
    const int wanted = target.value_or(last);
    auto current = database.scalar("PRAGMA user_version");
    if (!current)
        return std::unexpected(current.error());
    if (*current > last) {
        return fail(u"store_too_new"_s,
                    Database::tr("The store %1 was written by a newer Taxbox (schema %2; this one knows %3). "
                                 "Update Taxbox to open it.")
                        .arg(database.path())
                        .arg(*current)
                        .arg(last));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= *current || migration.version > wanted)
            continue;
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto applied = database.execute(migration.sql); !applied)
            return std::unexpected(applied.error());
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(migration.version);
        if (auto versioned = database.execute(setVersion); !versioned)
            return std::unexpected(versioned.error());
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return static_cast<int>(database.scalar("PRAGMA user_version").value_or(0));
}

} // namespace taxbox::store
