#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace taxbox::store {

class Database;

/// A prepared statement (RAII over sqlite3_stmt). Parameters are 1-based, columns 0-based.
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    using Value = std::variant<std::nullptr_t, qint64, QString, QByteArray>;

    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, const QString &value); ///< a null QString binds NULL
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, const Value &value);

    /// Advances; true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    /// Runs to completion (for statements that return no rows).
    [[nodiscard]] Result<void> run();
    /// Steps through every row, calling `onRow()` for each (it reads the columns of this statement);
    /// stops at the first error.
    template<typename RowFunction> [[nodiscard]] Result<void> forEachRow(RowFunction &&onRow)
    {
        for (;;) {
            auto available = step();
            if (!available)
                return std::unexpected(available.error());
            if (!*available)
                return {};
            onRow();
        }
    }
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] QString text(int column) const; ///< NULL reads as a null QString
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] int columnCount() const;
    /// The column as its stored type: NULL, integer, text (blobs as QByteArray; reals as text).
    [[nodiscard]] Value value(int column) const;

private:
    friend class Database;
    Statement(Database *database, sqlite3_stmt *statement);

    Database *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

/// How a database file is protected. Real stores are always `Encrypted`; `Unencrypted` exists for the
/// benchmark baseline and for tests that prove the difference.
enum class Protection { Encrypted, Unencrypted };

/// SQLCipher settings pinned for every store, so that a file written here opens in SQLCipher 3 and 4
/// alike: the SQLCipher 3 file format (AES-256-CBC, HMAC-SHA1 per page) with 4 KiB pages and a raw
/// 256-bit key (no passphrase KDF). A SQLCipher 4 build selects this format with
/// `PRAGMA cipher_compatibility = 3`, which it writes back in the same format.
struct CipherSettings
{
    int formatVersion = 3;
    int pageSize = 4096;

    /// The PRAGMAs that select these settings on a library whose `cipher_version` is `libraryVersion`
    /// (e.g. "3.4.1" or "4.5.6 community"); issued after the key and before the first read.
    [[nodiscard]] QList<QByteArray> pragmasFor(const QString &libraryVersion) const;
};

/// One connection to an SQLCipher database (RAII over sqlite3*). Opening an encrypted store:
/// the key goes in through sqlite3_key as a raw key — never as SQL text; the library must report a
/// cipher_version (a plain SQLite build is refused, so nothing is ever written in clear); the key is
/// checked by reading sqlite_master; then WAL, foreign keys, FULL synchronous commits (a committed
/// transaction survives a power cut), a busy timeout and in-memory temporary storage are set.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode { OpenExisting, Create };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (or creates) `path` encrypted with the 32-byte `key`. A wrong key fails with code
    /// "wrong_key" and leaves the file untouched.
    [[nodiscard]] static Result<Database> open(const QString &path, const crypto::SecureBytes &key, Mode mode,
                                               const CipherSettings &settings = {});
    /// Opens a plain SQLite file through the same library: benchmark baselines and tests only.
    [[nodiscard]] static Result<Database> openUnencrypted(const QString &path, Mode mode);

    /// The SQLCipher version of the linked library; empty when the library has no encryption.
    [[nodiscard]] static QString cipherVersion();

    [[nodiscard]] Result<void> execute(std::string_view sql);
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    /// A statement prepared once per connection and kept (reset, bindings cleared) for the next call:
    /// for statements run many times in a row, such as those of a batch. Not for a statement that may
    /// be in use further up the call stack.
    [[nodiscard]] Result<Statement *> cached(std::string_view sql);
    /// First column of the first row of `sql` as an integer (e.g. a count).
    [[nodiscard]] Result<qint64> scalar(std::string_view sql);
    [[nodiscard]] qint64 lastInsertId() const;
    [[nodiscard]] int changes() const;

    /// `PRAGMA integrity_check`; an error lists what is wrong.
    [[nodiscard]] Result<void> checkIntegrity();

    [[nodiscard]] bool isOpen() const { return m_handle != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_handle; }
    /// True inside BEGIN … COMMIT (a caller's Transaction is open).
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] QString path() const { return m_path; }
    void close();

    /// An error for the last failed call on this connection, with `what` describing the operation.
    [[nodiscard]] Error lastError(const QString &what) const;

private:
    static Result<Database> openHandle(const QString &path, Mode mode);
    Result<void> configure();

    sqlite3 *m_handle = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

/// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeds.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    [[nodiscard]] static Result<Transaction> begin(Database &database);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<void> commit();

private:
    explicit Transaction(Database *database)
        : m_database(database)
    { }
    Database *m_database = nullptr;
};

/// One schema step: from version-1 to version.
struct Migration
{
    int version;
    std::string_view sql;
};

/// Brings `database` to `target` (default: the last migration) one transaction per step, recording
/// the version in `PRAGMA user_version`. A database newer than the program is refused.
[[nodiscard]] Result<int> migrate(Database &database, std::span<const Migration> migrations, std::optional<int> target = {});

} // namespace taxbox::store
