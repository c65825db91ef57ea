#include "FilingCommands.h"

#include "filing/FormEngine.h"
#include "rules/RulePack.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

namespace {

/// `taxbox-cli filing compute --form ID [--in FILE] [--explain]`: Part A of spec/filing-forms.md.
class FilingComputeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FilingComputeCommand)
public:
    QStringList path() const override { return {u"filing"_s, u"compute"_s}; }
    QString summary() const override
    {
        return tr("Compute a return from its input cells (no workspace): every cell, the checks that fail, and with --explain "
                  "each computed cell's formula with its numbers. Exit 1 when a check is an error.");
    }
    bool readsJson() const override { return true; }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(u"form"_s, tr("The form: vat-general, vat-small, cit-prepay, stamp-duty or iit-withholding."),
                               u"id"_s),
            QCommandLineOption(u"explain"_s, tr("Add \"explain\": each computed cell's formula with the numbers filled in."))};
    }
    ExitCode run(Context &context, const QCommandLineParser &arguments) override
    {
        if (!arguments.isSet(u"form"_s))
            return context.reportError(Error{u"required"_s, tr("--form ID is required."), u"form"_s}, ExitCode::Usage);
        auto pack = filing::FilingPack::builtIn();
        if (!pack)
            return context.reportError(pack.error());
        auto taxRules = rules::RulePack::inForce();
        if (!taxRules)
            return context.reportError(taxRules.error());
        auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        const filing::FormEngine engine(**pack, **taxRules);
        auto computed = engine.compute(arguments.value(u"form"_s), *request);
        if (!computed)
            return context.reportError(computed.error());
        context.writeResult(computed->toJson(arguments.isSet(u"explain"_s)));
        return computed->hasErrors() ? ExitCode::BadInput : ExitCode::Success;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> filingCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<FilingComputeCommand>());
    return commands;
}

} // namespace taxbox::cli
