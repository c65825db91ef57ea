#include "CommandLine.h"

#include "filing/FormEngine.h"

#include "base/StrictJson.h"
#include "rules/RulePack.h"

#include <openssl/crypto.h>

#include <array>

#include "base/LibraryVersions.h"
#include "base/Version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {
namespace {

const QString kProgram = u"taxbox-cli"_s;

QCommandLineOption helpOption()
{
    return QCommandLineOption({u"h"_s, u"help"_s}, CommandLine::tr("Show this help."));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(u"lang"_s, CommandLine::tr("Language of messages: zh_CN or en (default: the system's)."),
                              u"code"_s);
}

QCommandLineOption prettyOption()
{
    return QCommandLineOption(u"pretty"_s, CommandLine::tr("Indent the JSON output."));
}

QCommandLineOption inputOption()
{
    return QCommandLineOption(u"in"_s, CommandLine::tr("Read the JSON request from this file instead of standard input."),
                              u"file"_s);
}

/// The value of a global option given as "--name value" or "--name=value" anywhere in `arguments`.
std::optional<QString> scanOptionValue(const QStringList &arguments, const QString &name)
{
    const QString flag = u"--"_s + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == flag && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(flag + u'='))
            return arguments[i].mid(flag.size() + 1);
    }
    return std::nullopt;
}

/// Everything `command` accepts: its own options, --in when it reads JSON, and the global options.
/// Parsing and help both use this list, so help never shows an option the parser refuses.
QList<QCommandLineOption> acceptedOptions(const Command &command)
{
    QList<QCommandLineOption> options = command.options();
    if (command.readsJson())
        options.append(inputOption());
    options += {languageOption(), prettyOption(), helpOption()};
    return options;
}

int writeHelp(std::FILE *out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), out);
    return static_cast<int>(ExitCode::Success);
}

QString formatTable(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        width = std::max(width, left.size());
    QString text;
    for (const auto &[left, right] : rows)
        text += u"  "_s + left.leftJustified(width + 2) + right + u'\n';
    return text;
}

/// Reorders `arguments` into program, options, "--", positional arguments, so that a positional
/// argument that looks like an option ("-5.20", a negative amount) is not taken for one.
QStringList separatePositionalArguments(const QStringList &arguments, const QList<QCommandLineOption> &known)
{
    static const QRegularExpression negativeNumber(u"^-[0-9.,]+$"_s);
    QStringList options{arguments.value(0)};
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--") {
            positional += arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(u'-') || negativeNumber.match(argument).hasMatch()) {
            positional << argument;
            continue;
        }
        options << argument;
        // An option that takes a value given as a separate word consumes the next argument.
        const QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
        if (!name.contains(u'=') && i + 1 < arguments.size()) {
            for (const auto &option : known) {
                if (option.names().contains(name) && !option.valueName().isEmpty()) {
                    options << arguments[++i];
                    break;
                }
            }
        }
    }
    return options + QStringList{u"--"_s} + positional;
}

} // namespace

Context::Context(std::FILE *out, std::FILE *err, std::FILE *in, bool pretty)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_pretty(pretty)
{ }

void Context::write(std::FILE *stream, const QJsonObject &document)
{
    QByteArray bytes = QJsonDocument(document).toJson(m_pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void Context::writeResult(const QJsonObject &document)
{
    write(m_out, document);
}

ExitCode Context::reportError(const Error &error, ExitCode exitCode)
{
    QJsonObject body{{u"code"_s, error.code}, {u"message"_s, error.message}};
    if (!error.field.isEmpty())
        body.insert(u"field"_s, error.field);
    write(m_err, QJsonObject{{u"error"_s, body}});
    return exitCode;
}

void Context::reportWarning(const Error &warning)
{
    QJsonObject body{{u"code"_s, warning.code}, {u"message"_s, warning.message}};
    if (!warning.field.isEmpty())
        body.insert(u"field"_s, warning.field);
    write(m_err, QJsonObject{{u"warning"_s, body}});
}

Result<QString> Context::readLine(const QString &field)
{
    std::array<char, 4096> buffer{};
    if (!std::fgets(buffer.data(), static_cast<int>(buffer.size()), m_in))
        return fail(u"input_missing"_s, tr("Standard input ended before the %1 line.").arg(field), field);
    QString line = QString::fromUtf8(buffer.data());
    OPENSSL_cleanse(buffer.data(), buffer.size());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

Result<QJsonObject> Context::readJsonInput(const QCommandLineParser &arguments)
{
    auto document = readJsonDocument(arguments);
    if (!document)
        return std::unexpected(document.error());
    if (!document->isObject())
        return fail(u"invalid_json"_s, tr("The JSON request must be an object ({…})."));
    return document->object();
}

Result<QJsonDocument> Context::readJsonDocument(const QCommandLineParser &arguments)
{
    QFile file;
    QString source;
    if (arguments.isSet(u"in"_s)) {
        source = arguments.value(u"in"_s);
        file.setFileName(source);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(u"input_unreadable"_s, tr("Cannot read the input file \"%1\": %2.").arg(source, file.errorString()),
                        u"in"_s);
        }
    } else {
        source = tr("standard input");
        if (!file.open(m_in, QIODevice::ReadOnly)) {
            return fail(u"input_unreadable"_s, tr("Cannot read standard input: %1.").arg(file.errorString()));
        }
    }
    // Never more than the limit in memory, whatever arrives on standard input.
    const QByteArray bytes = readAtMost(file, kMaxJsonInputBytes + 1);
    if (bytes.trimmed().isEmpty())
        return fail(u"input_missing"_s, tr("No JSON request was given on %1.").arg(source));
    return StrictJson::parse(bytes, kMaxJsonInputBytes, source);
}

Result<Money> moneyFromJson(const QJsonValue &value, const QString &field)
{
    if (value.isString())
        return Money::parse(value.toString(), field);
    if (value.isDouble()) {
        // Shortest representation that reads back as the same double: 0.1 → "0.1", 12.345 → "12.345".
        return Money::parse(QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest), field);
    }
    if (value.isUndefined() || value.isNull())
        return fail(u"missing_field"_s, CommandLine::tr("\"%1\" is required.").arg(field), field);
    return fail(u"invalid_type"_s, CommandLine::tr("\"%1\" must be an amount such as \"1234.50\".").arg(field), field);
}

Result<void> refuseUnknownFields(const QJsonObject &request, std::initializer_list<QStringView> known)
{
    for (auto it = request.begin(); it != request.end(); ++it) {
        if (std::find(known.begin(), known.end(), QStringView(it.key())) == known.end()) {
            QStringList names;
            for (const QStringView name : known)
                names.append(name.toString());
            return fail(u"unknown_field"_s,
                        CommandLine::tr("\"%1\" is not a field of this request (it takes %2).")
                            .arg(elided(it.key()), names.join(u", "_s)),
                        elided(it.key()));
        }
    }
    return {};
}

Result<QString> stringFromJson(const QJsonValue &value, const QString &field)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return fail(u"missing_field"_s, CommandLine::tr("\"%1\" is required.").arg(field), field);
    return fail(u"invalid_type"_s, CommandLine::tr("\"%1\" must be a string.").arg(field), field);
}

Result<bool> boolFromJson(const QJsonValue &value, const QString &field, bool fallback)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isBool())
        return value.toBool();
    return fail(u"invalid_type"_s, CommandLine::tr("\"%1\" must be true or false.").arg(field), field);
}

CommandLine::CommandLine() = default;
CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

ExitCode CommandLine::usageError(Context &context, const QString &message) const
{
    return context.reportError(Error{u"usage"_s, message, {}}, ExitCode::Usage);
}

QString CommandLine::overviewHelp(const QStringList &prefix) const
{
    QList<std::pair<QString, QString>> rows;
    for (const auto &command : m_commands) {
        const QStringList path = command->path();
        if (path.mid(0, prefix.size()) == prefix)
            rows.append({path.join(u' '), command->summary()});
    }
    QString text = tr("Usage: %1 [--lang zh_CN|en] [--pretty] COMMAND [options]").arg(kProgram) + u"\n\n"_s;
    if (prefix.isEmpty())
        text += tr("Taxbox command line: the same core as the desktop app, with JSON in and out.") + u"\n\n"_s;
    text += tr("Commands:") + u'\n' + formatTable(rows);
    text += u'\n' + tr("Global options:") + u'\n';
    text += formatTable({{u"--lang <code>"_s, languageOption().description()},
                         {u"--pretty"_s, prettyOption().description()},
                         {u"--version"_s, tr("Print the version and the rule packs in force.")},
                         {u"-h, --help"_s, helpOption().description()}});
    text += u'\n'
        + tr("Exit codes: 0 success, 1 input refused, 2 usage error, 3 workspace locked or wrong password, "
             "4 sync conflict. Errors are JSON on standard error.")
        + u'\n';
    text += tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(kProgram) + u'\n';
    return text;
}

QString CommandLine::commandHelp(const Command &command) const
{
    const auto positional = command.positionalArguments();
    QString usage = tr("Usage: %1 %2 [options]").arg(kProgram, command.path().join(u' '));
    for (const auto &argument : positional)
        usage += argument.optional ? u" ["_s + argument.name + u']' : u' ' + argument.name;

    QString text = usage + u"\n\n"_s + command.summary() + u'\n';
    if (!positional.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const auto &argument : positional)
            rows.append({argument.name, argument.description});
        text += u'\n' + tr("Arguments:") + u'\n' + formatTable(rows);
    }

    const QList<QCommandLineOption> options = acceptedOptions(command);
    QList<std::pair<QString, QString>> rows;
    for (const auto &option : options) {
        QStringList names;
        for (const auto &name : option.names())
            names.append(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u" <"_s + option.valueName() + u'>';
        rows.append({left, option.description()});
    }
    text += u'\n' + tr("Options:") + u'\n' + formatTable(rows);
    return text;
}

namespace {
/// The packs in force, or the reason the built-in one was refused.
QJsonArray rulePacks()
{
    auto pack = rules::RulePack::inForce();
    if (!pack)
        return {QJsonObject{{u"error"_s, pack.error().message}}};
    QJsonArray packs{(*pack)->summary()};
    // The filing forms (signed like the rule pack): their versions and dates are part of what a return means.
    auto filingPack = filing::FilingPack::inForce();
    packs.append(filingPack ? (*filingPack)->rules().summary() : QJsonObject{{u"error"_s, filingPack.error().message}});
    // The refund rules and the print templates (the invoice form a PDF is printed on).
    for (const QString &id : {u"cn-refund"_s, u"cn-print"_s}) {
        auto other = rules::RulePack::inForce(id);
        packs.append(other ? (*other)->summary() : QJsonObject{{u"id"_s, id}, {u"error"_s, other.error().message}});
    }
    return packs;
}
} // namespace

QJsonObject CommandLine::versionDocument() const
{
    const auto libraries = LibraryVersions::detect();
    return QJsonObject{
        {u"name"_s, kProgram},
        {u"version"_s, QString::fromLatin1(kVersion)},
        {u"rule_packs"_s, rulePacks()},
        {u"libraries"_s,
         QJsonObject{{u"qt"_s, libraries.qt},
                     {u"sqlcipher"_s, libraries.sqlcipher},
                     {u"sqlite"_s, libraries.sqlite},
                     {u"openssl"_s, libraries.openssl},
                     {u"curl"_s, libraries.curl},
                     {u"gmp"_s, libraries.gmp}}},
    };
}

int CommandLine::run(const QStringList &arguments, std::FILE *out, std::FILE *err, std::FILE *in)
{
    const bool pretty = arguments.contains(u"--pretty"_s);
    Context context(out, err, in, pretty);

    // Language first, so that every later message is in it.
    Language language = languageForLocale(QLocale::system());
    if (const auto requested = scanOptionValue(arguments, u"lang"_s)) {
        const auto parsed = parseLanguage(*requested);
        if (!parsed)
            return static_cast<int>(usageError(context, tr("Unknown language \"%1\"; use zh_CN or en.").arg(*requested)));
        language = *parsed;
    }
    (void)m_translations.install(language); // falls back to English source strings

    // The command words are the leading arguments that are not global options.
    QStringList words;
    QStringList rest{arguments.value(0, kProgram)};
    bool help = false;
    bool version = false;
    bool collectingWords = true;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--lang") {
            rest << argument << arguments.value(i + 1);
            ++i;
        } else if (argument == u"--pretty" || argument.startsWith(u"--lang=")) {
            rest << argument;
        } else if (collectingWords && (argument == u"-h" || argument == u"--help")) {
            help = true;
        } else if (collectingWords && argument == u"--version") {
            version = true;
        } else if (collectingWords && !argument.startsWith(u'-')) {
            words << argument;
            // Once the words name a leaf command, everything after them is that command's.
            if (std::any_of(m_commands.begin(), m_commands.end(), [&](const auto &c) { return c->path() == words; })) {
                rest << arguments.mid(i + 1);
                break;
            }
        } else {
            collectingWords = false;
            rest << argument;
        }
    }

    const auto leaf = std::find_if(m_commands.begin(), m_commands.end(), [&](const auto &c) { return c->path() == words; });
    if (leaf == m_commands.end()) {
        if (version && words.isEmpty()) {
            context.writeResult(versionDocument());
            return static_cast<int>(ExitCode::Success);
        }
        const bool isGroup = std::any_of(m_commands.begin(), m_commands.end(),
                                         [&](const auto &c) { return c->path().mid(0, words.size()) == words; });
        if (isGroup && help) {
            return writeHelp(out, overviewHelp(words));
        }
        if (words.isEmpty())
            return static_cast<int>(
                usageError(context, tr("No command given. Run \"%1 --help\" for the list of commands.").arg(kProgram)));
        if (isGroup) {
            return static_cast<int>(usageError(
                context, tr("\"%1\" needs a subcommand. Run \"%2 %1 --help\" for the list.").arg(words.join(u' '), kProgram)));
        }
        return static_cast<int>(usageError(
            context, tr("Unknown command \"%1\". Run \"%2 --help\" for the list of commands.").arg(words.join(u' '), kProgram)));
    }

    Command &command = **leaf;
    if (help) {
        return writeHelp(out, commandHelp(command));
    }

    const QList<QCommandLineOption> options = acceptedOptions(command);
    QCommandLineParser parser;
    parser.addOptions(options);
    if (!parser.parse(separatePositionalArguments(rest, options))) {
        return static_cast<int>(usageError(
            context, parser.errorText() + u' ' + tr("Run \"%1 %2 --help\".").arg(kProgram, command.path().join(u' '))));
    }
    if (parser.isSet(u"help"_s)) {
        return writeHelp(out, commandHelp(command));
    }
    if (parser.positionalArguments().size() > command.positionalArguments().size()) {
        return static_cast<int>(
            usageError(context,
                       tr("Too many arguments for \"%1\": %2. Run \"%3 %1 --help\".")
                           .arg(command.path().join(u' '), parser.positionalArguments().join(u' '), kProgram)));
    }
    return static_cast<int>(command.run(context, parser));
}

} // namespace taxbox::cli
