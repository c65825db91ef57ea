#pragma once

#include "base/Result.h"
#include "base/Translations.h"
#include "money/Money.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <vector>

namespace taxbox::cli {

/// Exit codes of taxbox-cli; a contract with scripts (spec/cli.md).
enum class ExitCode {
    Success = 0,
    BadInput = 1, ///< input refused; nothing changed
    Usage = 2, ///< unknown command, missing or malformed arguments
    Locked = 3, ///< workspace locked or wrong password
    Conflict = 4, ///< sync conflict waiting for a person
};

/// A positional argument as shown in help, e.g. {"AMOUNT", "Amount in yuan", false}.
struct PositionalArgument
{
    QString name;
    QString description;
    bool optional = false;
};

class Context;

/// One leaf command such as `money upper`. Subclasses declare their arguments and do the work;
/// parsing, help, JSON output, errors and exit codes are the framework's.
class Command
{
public:
    virtual ~Command() = default;
    /// The words that select the command, e.g. {"money", "upper"}.
    [[nodiscard]] virtual QStringList path() const = 0;
    /// One translated line for `--help` listings.
    [[nodiscard]] virtual QString summary() const = 0;
    [[nodiscard]] virtual QList<QCommandLineOption> options() const { return {}; }
    [[nodiscard]] virtual QList<PositionalArgument> positionalArguments() const { return {}; }
    /// True when the command accepts a JSON document (`--in FILE` or standard input).
    [[nodiscard]] virtual bool readsJson() const { return false; }
    virtual ExitCode run(Context &context, const QCommandLineParser &arguments) = 0;
};

/// What a running command may use: output streams, JSON input, the date. Tests see only the process.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Context)
public:
    Context(std::FILE *out, std::FILE *err, std::FILE *in, bool pretty);

    /// Writes `document` as the command's single JSON result on standard output.
    void writeResult(const QJsonObject &document);
    /// Writes {"error": {code, message, field}} on standard error and returns `exitCode`.
    ExitCode reportError(const Error &error, ExitCode exitCode = ExitCode::BadInput);
    /// Writes {"warning": {code, message, field}} on standard error: something the command went on without (the
    /// exit code is the command's own).
    void reportWarning(const Error &warning);

    /// The most a JSON request may hold (a batch of thousands of invoices fits): beyond it the request
    /// is refused with "input_too_large" before more is read.
    static constexpr qint64 kMaxJsonInputBytes = 32 * 1024 * 1024;

    /// The JSON object from `--in FILE` or standard input; a clear error when absent or malformed.
    /// Read strictly (StrictJson): duplicate keys and numbers beyond 15 significant digits are refused.
    [[nodiscard]] Result<QJsonObject> readJsonInput(const QCommandLineParser &arguments);
    /// The same, when an array ([…], e.g. a batch) is allowed too.
    [[nodiscard]] Result<QJsonDocument> readJsonDocument(const QCommandLineParser &arguments);

    [[nodiscard]] QDate today() const { return QDate::currentDate(); }

    /// One line of standard input without its line break (for secrets given with --password-stdin);
    /// the read buffer is wiped. Fails naming `field` when input has ended.
    [[nodiscard]] Result<QString> readLine(const QString &field);

private:
    void write(std::FILE *stream, const QJsonObject &document);

    std::FILE *m_out;
    std::FILE *m_err;
    std::FILE *m_in;
    bool m_pretty;
};

/// Reads a money field from JSON: a string ("1234.5") or a number (1234.5). Numbers are read back
/// in their shortest exact form, so 0.1 stays "0.1"; more than two fraction digits is refused.
[[nodiscard]] Result<Money> moneyFromJson(const QJsonValue &value, const QString &field);
/// Reads a string field; `field` names it in the error when it is present but not a string.
[[nodiscard]] Result<QString> stringFromJson(const QJsonValue &value, const QString &field);
/// Refuses ("unknown_field", naming it) a request key that is not one of `known`: a misspelt field is
/// an error, never silently ignored.
[[nodiscard]] Result<void> refuseUnknownFields(const QJsonObject &request, std::initializer_list<QStringView> known);
/// Reads a boolean field that defaults to `fallback` when absent.
[[nodiscard]] Result<bool> boolFromJson(const QJsonValue &value, const QString &field, bool fallback);

/// The command dispatcher: global options, help at every level, `--version`, language selection.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine();
    ~CommandLine();

    void add(std::unique_ptr<Command> command);

    /// Runs the command named by `arguments` (arguments[0] is the program) and returns the exit code.
    int run(const QStringList &arguments, std::FILE *out = stdout, std::FILE *err = stderr, std::FILE *in = stdin);

private:
    ExitCode usageError(Context &context, const QString &message) const;
    [[nodiscard]] QString overviewHelp(const QStringList &prefix) const;
    [[nodiscard]] QString commandHelp(const Command &command) const;
    [[nodiscard]] QJsonObject versionDocument() const;

    std::vector<std::unique_ptr<Command>> m_commands;
    Translations m_translations;
};

} // namespace taxbox::cli
