#include "MoneyUpperCommand.h"

#include "money/AmountInWords.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

QStringList MoneyUpperCommand::path() const
{
    return {u"money"_s, u"upper"_s};
}

QString MoneyUpperCommand::summary() const
{
    return tr("Write an amount in Chinese capital numerals (人民币大写). Without AMOUNT, reads "
              "{\"amount\": \"1409.50\", \"invoice\": false} as JSON.");
}

QList<QCommandLineOption> MoneyUpperCommand::options() const
{
    return {QCommandLineOption(u"invoice"_s, tr("Write 圆 instead of 元, as in the 价税合计 field of e-invoices."))};
}

QList<PositionalArgument> MoneyUpperCommand::positionalArguments() const
{
    return {{u"AMOUNT"_s, tr("Amount in yuan with at most two fraction digits, e.g. 107000.53."), true}};
}

ExitCode MoneyUpperCommand::run(Context &context, const QCommandLineParser &arguments)
{
    Result<Money> amount;
    bool invoice = arguments.isSet(u"invoice"_s);
    if (!arguments.positionalArguments().isEmpty()) {
        amount = Money::parse(arguments.positionalArguments().constFirst(), tr("Amount"));
    } else {
        const auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        if (auto known = refuseUnknownFields(*request, {u"amount", u"invoice"}); !known)
            return context.reportError(known.error());
        amount = moneyFromJson(request->value(u"amount"_s), u"amount"_s);
        const auto invoiceField = boolFromJson(request->value(u"invoice"_s), u"invoice"_s, invoice);
        if (!invoiceField)
            return context.reportError(invoiceField.error());
        invoice = *invoiceField;
    }
    if (!amount)
        return context.reportError(amount.error().withField(u"amount"_s));

    const auto words = AmountInWords::format(*amount, invoice ? AmountInWords::Style::Invoice : AmountInWords::Style::Standard);
    if (!words)
        return context.reportError(words.error().withField(u"amount"_s));
    context.writeResult({{u"amount"_s, amount->toString()}, {u"upper"_s, *words}});
    return ExitCode::Success;
}

} // namespace taxbox::cli
