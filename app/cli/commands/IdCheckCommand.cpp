#include "IdCheckCommand.h"

#include "ids/IdentifierCheck.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::cli {

QStringList IdCheckCommand::path() const
{
    return {u"id"_s, u"check"_s};
}

QString IdCheckCommand::summary() const
{
    return tr("Check a unified social credit code, resident identity number or e-invoice number. Without "
              "CODE, reads {\"code\": \"…\", \"type\": \"uscc\"} as JSON.");
}

QList<QCommandLineOption> IdCheckCommand::options() const
{
    return {QCommandLineOption(
        u"type"_s, tr("Check as this kind instead of recognising it: uscc, resident_id or invoice_number."), u"kind"_s)};
}

QList<PositionalArgument> IdCheckCommand::positionalArguments() const
{
    return {{u"CODE"_s, tr("The code to check, e.g. 91350100M000100Y43."), true}};
}

ExitCode IdCheckCommand::run(Context &context, const QCommandLineParser &arguments)
{
    QString code;
    QString typeName = arguments.value(u"type"_s);
    if (!arguments.positionalArguments().isEmpty()) {
        code = arguments.positionalArguments().constFirst();
    } else {
        const auto request = context.readJsonInput(arguments);
        if (!request)
            return context.reportError(request.error());
        if (auto known = refuseUnknownFields(*request, {u"code", u"type"}); !known)
            return context.reportError(known.error());
        const auto codeField = stringFromJson(request->value(u"code"_s), u"code"_s);
        if (!codeField)
            return context.reportError(codeField.error());
        code = *codeField;
        if (request->contains(u"type"_s)) {
            const auto typeField = stringFromJson(request->value(u"type"_s), u"type"_s);
            if (!typeField)
                return context.reportError(typeField.error());
            typeName = *typeField;
        }
    }

    std::optional<IdentifierType> type;
    if (!typeName.isEmpty()) {
        type = parseIdentifierType(typeName);
        if (!type) {
            return context.reportError(Error{
                u"invalid_type"_s, tr("Unknown kind \"%1\"; use uscc, resident_id or invoice_number.").arg(typeName), u"type"_s});
        }
    }

    const IdentifierCheckResult result = IdentifierCheck::check(code, context.today(), type);
    QJsonObject document{{u"valid"_s, result.isValid()}, {u"type"_s, identifierTypeCode(result.type)}};
    if (result.isValid()) {
        document.insert(u"normalized"_s, result.normalized);
        QJsonObject details;
        for (const auto &detail : result.details)
            details.insert(detail.key, detail.value);
        document.insert(u"details"_s, details);
        context.writeResult(document);
        return ExitCode::Success;
    }
    document.insert(u"reason"_s, result.error->message);
    document.insert(u"reason_code"_s, result.error->code);
    context.writeResult(document);
    return context.reportError(result.error->withField(u"code"_s));
}

} // namespace taxbox::cli
