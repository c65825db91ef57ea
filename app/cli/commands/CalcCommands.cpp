#include "CalcCommands.h"

#include "calc/Calculators.h"
#include "crypto/Crypto.h"
#include "rules/RulePack.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

namespace {

/// `taxbox-cli calc <name>`: one JSON object in, one out; `--explain` adds the steps.
class CalcCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalcCommand)
public:
    explicit CalcCommand(const calc::Calculator &calculator)
        : m_calculator(calculator)
    { }
    QStringList path() const override { return {u"calc"_s, m_calculator.name()}; }
    QString summary() const override { return m_calculator.summary(); }
    bool readsJson() const override { return true; }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(u"explain"_s, tr("Add \"explanation\": the formula with the numbers filled in, step by step."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        auto pack = calc::rulePackFor(m_calculator);
        if (!pack)
            return context.reportError(pack.error());
        auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        auto outcome = m_calculator.compute(*request, **pack, context.today());
        if (!outcome)
            return context.reportError(outcome.error());
        QJsonObject document = outcome->output;
        if (arguments.isSet(u"explain"_s))
            document.insert(u"explanation"_s, QJsonArray::fromStringList(outcome->explanation));
        if (!outcome->warnings.isEmpty())
            document.insert(u"warnings"_s, QJsonArray::fromStringList(outcome->warnings));
        document.insert(u"rule_pack"_s, (*pack)->id() + u'@' + (*pack)->version());
        context.writeResult(document);
        return ExitCode::Success;
    }

private:
    const calc::Calculator &m_calculator;
};

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

/// `taxbox-cli rules sign --key KEY.pem --key-id ID PACK.json`: writes PACK.json.sig.
class RulesSignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesSignCommand)
public:
    QStringList path() const override { return {u"rules"_s, u"sign"_s}; }
    QString summary() const override
    {
        return tr("Sign a rule pack for release: writes PACK.sig with the Ed25519 key in a PEM file (openssl genpkey -algorithm "
                  "ed25519).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(u"key"_s, tr("The private key file (PEM). A file path, never the key itself."), u"file"_s),
                QCommandLineOption(u"key-id"_s, tr("The key's id as the app knows it (default: taxbox-rules-2026)."), u"id"_s,
                                   u"taxbox-rules-2026"_s)};
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"pack"_s, tr("The rule pack JSON file.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"key"_s) || arguments.positionalArguments().isEmpty())
            return context.reportError(Error{u"required"_s, tr("Give --key FILE and the pack file."), u"key"_s}, ExitCode::Usage);
        const QString packPath = arguments.positionalArguments().constFirst();
        QString error;
        const QByteArray pem = readFile(arguments.value(u"key"_s), &error);
        if (pem.isEmpty())
            return context.reportError(Error{u"input_unreadable"_s, tr("Cannot read the key file: %1").arg(error), u"key"_s});
        auto key = crypto::Ed25519::privateKeyFromPem(pem);
        if (!key)
            return context.reportError(key.error());
        const QByteArray pack = readFile(packPath, &error);
        if (pack.isEmpty())
            return context.reportError(Error{u"input_unreadable"_s, tr("Cannot read the pack: %1").arg(error), u"pack"_s});
        auto signature = rules::RulePack::sign(pack, arguments.value(u"key-id"_s), *key);
        if (!signature)
            return context.reportError(signature.error());
        // Prove the result before writing it: a pack that does not parse is not signed.
        auto publicKey = crypto::Ed25519::publicKeyOf(*key);
        auto loaded = rules::RulePack::load(pack, *signature, {{arguments.value(u"key-id"_s), *publicKey}});
        if (!loaded)
            return context.reportError(loaded.error());
        QSaveFile out(packPath + u".sig"_s);
        if (!out.open(QIODevice::WriteOnly) || out.write(*signature) != signature->size() || !out.commit())
            return context.reportError(
                Error{u"output_unwritable"_s, tr("Cannot write %1.sig: %2").arg(packPath, out.errorString()), {}});
        QJsonObject summary = loaded->summary();
        summary.insert(u"signature_file"_s, packPath + u".sig"_s);
        summary.insert(u"trusted_by_this_build"_s, static_cast<bool>(rules::RulePack::load(pack, *signature)));
        context.writeResult(summary);
        return ExitCode::Success;
    }
};

/// `taxbox-cli rules verify PACK.json`: checks PACK.json.sig against the keys this build trusts.
class RulesVerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesVerifyCommand)
public:
    QStringList path() const override { return {u"rules"_s, u"verify"_s}; }
    QString summary() const override
    {
        return tr("Check a rule pack and its signature (PACK.sig) as the app does before using it.");
    }
    QList<PositionalArgument> positionalArguments() const override { return {{u"pack"_s, tr("The rule pack JSON file.")}}; }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (arguments.positionalArguments().isEmpty())
            return context.reportError(Error{u"required"_s, tr("Name the pack file."), u"pack"_s}, ExitCode::Usage);
        const QString packPath = arguments.positionalArguments().constFirst();
        QString error;
        const QByteArray pack = readFile(packPath, &error);
        if (pack.isEmpty())
            return context.reportError(Error{u"input_unreadable"_s, tr("Cannot read the pack: %1").arg(error), u"pack"_s});
        QString ignored;
        const QByteArray signature = readFile(packPath + u".sig"_s, &ignored);
        auto loaded = rules::RulePack::load(pack, signature);
        if (!loaded)
            return context.reportError(loaded.error());
        QJsonObject summary = loaded->summary();
        summary.insert(u"verified"_s, true);
        context.writeResult(summary);
        return ExitCode::Success;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> calcCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const calc::Calculator *calculator : calc::calculators())
        commands.push_back(std::make_unique<CalcCommand>(*calculator));
    commands.push_back(std::make_unique<RulesSignCommand>());
    commands.push_back(std::make_unique<RulesVerifyCommand>());
    return commands;
}

} // namespace taxbox::cli
