#include "PluginBridge.h"

#include "base/Version.h"
#include "calc/Calculators.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

QJsonObject errorAnswer(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

} // namespace

PluginBridge::PluginBridge(square::InstalledPlugin plugin, PluginServices services, QObject *parent)
    : QObject(parent)
    , m_plugin(std::move(plugin))
    , m_services(std::move(services))
{ }

QString PluginBridge::permissionFor(const QString &method)
{
    static const QHash<QString, QString> permissions{
        {u"enterprise.profile"_s, u"enterprise.read"_s},
        {u"invoices.totals"_s, u"totals.read"_s},
        {u"calc.list"_s, u"calc.run"_s},
        {u"calc.run"_s, u"calc.run"_s},
        {u"files.save"_s, u"files.write"_s},
    };
    return permissions.value(method);
}

QJsonObject PluginBridge::call(const QString &method, const QJsonObject &arguments)
{
    const QString permission = permissionFor(method);
    if (!permission.isEmpty() && !m_plugin.grants(permission)) {
        ++m_denied;
        Q_EMIT denied(method, permission);
        return errorAnswer(
            u"permission_denied"_s,
            tr("%1 may not do this (%2): you did not grant “%3”.")
                .arg(m_plugin.manifest.displayName(QLocale().name()), method, square::permissionLabel(permission)));
    }
    auto answer = dispatch(method, arguments);
    if (!answer)
        return errorAnswer(answer.error().code, answer.error().message);
    return {{u"value"_s, *answer}};
}

Result<QJsonObject> PluginBridge::dispatch(const QString &method, const QJsonObject &arguments)
{
    if (method == u"host.info") {
        return QJsonObject{
            {u"api_version"_s, sdk::kApiVersion},
            {u"app_version"_s, QString::fromLatin1(kVersion)},
            {u"language"_s, QLocale().name()},
            {u"granted"_s, QJsonArray::fromStringList(m_plugin.state == u"ok" ? m_plugin.granted : QStringList())}};
    }
    if (method == u"package.read") {
        // The plugin's own files (its rules, its texts), as verified at start; nothing outside its package.
        const QString path = arguments.value(u"path"_s).toString();
        if (!m_plugin.manifest.files.contains(path))
            return fail(u"invalid_arguments"_s, tr("\"%1\" is not a file of this package.").arg(path), u"path"_s);
        QFile file(QDir(m_plugin.directory).filePath(u"files/"_s + path));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
            return fail(u"invalid_arguments"_s, tr("\"%1\" cannot be read (at most 4 MB).").arg(path), u"path"_s);
        return QJsonObject{{u"text"_s, QString::fromUtf8(file.readAll())}};
    }
    if (method == u"enterprise.profile") {
        if (!m_services.enterprise)
            return fail(u"no_enterprise"_s, tr("No enterprise is open."), u"enterprise"_s);
        auto profile = m_services.enterprise();
        if (!profile)
            return std::unexpected(profile.error());
        return QJsonObject{{u"name"_s, profile->name},
                           {u"credit_code"_s, profile->creditCode},
                           {u"region"_s, profile->region},
                           {u"taxpayer_kind"_s, taxpayerKindCode(profile->taxpayerKind)}};
    }
    if (method == u"invoices.totals") {
        const QDate from = QDate::fromString(arguments.value(u"from"_s).toString() + u"-01"_s, Qt::ISODate);
        const QDate toMonth = QDate::fromString(arguments.value(u"to"_s).toString() + u"-01"_s, Qt::ISODate);
        if (!from.isValid() || !toMonth.isValid() || toMonth < from)
            return fail(u"invalid_arguments"_s, tr("invoices.totals takes \"from\" and \"to\" months (2026-01)."), u"from"_s);
        if (!m_services.invoiceTotals)
            return fail(u"no_enterprise"_s, tr("No enterprise is open."), u"enterprise"_s);
        auto rows = m_services.invoiceTotals(from, toMonth.addMonths(1).addDays(-1));
        if (!rows)
            return std::unexpected(rows.error());
        return QJsonObject{{u"rows"_s, *rows}};
    }
    if (method == u"calc.list") {
        QJsonArray list;
        for (const calc::Calculator *calculator : calc::calculators())
            list.append(QJsonObject{{u"name"_s, calculator->name()}, {u"title"_s, calculator->title()}});
        return QJsonObject{{u"calculators"_s, list}};
    }
    if (method == u"calc.run") {
        const calc::Calculator *calculator = calc::findCalculator(arguments.value(u"calculator"_s).toString());
        if (!calculator)
            return fail(u"invalid_arguments"_s,
                        tr("There is no calculator \"%1\".").arg(arguments.value(u"calculator"_s).toString()), u"calculator"_s);
        auto pack = calc::rulePackFor(*calculator);
        if (!pack)
            return std::unexpected(pack.error());
        auto outcome = calculator->compute(arguments.value(u"input"_s).toObject(), **pack, QDate::currentDate());
        if (!outcome)
            return std::unexpected(outcome.error());
        return QJsonObject{{u"output"_s, outcome->output},
                           {u"explanation"_s, QJsonArray::fromStringList(outcome->explanation)},
                           {u"warnings"_s, QJsonArray::fromStringList(outcome->warnings)}};
    }
    if (method == u"files.save") {
        const QString text = arguments.value(u"text"_s).toString();
        if (text.size() > 16 * 1024 * 1024)
            return fail(u"invalid_arguments"_s, tr("A plugin writes at most 16 MB at once."), u"text"_s);
        if (!m_services.chooseSaveFile)
            return fail(u"not_available"_s, tr("Files cannot be written here."), u"file"_s);
        const QString path = m_services.chooseSaveFile(arguments.value(u"name"_s).toString());
        if (path.isEmpty())
            return fail(u"cancelled"_s, tr("No file was chosen."), u"file"_s);
        QSaveFile file(path);
        const QByteArray bytes = text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(u"write_failed"_s, tr("%1 could not be written.").arg(path), u"file"_s);
        return QJsonObject{{u"path"_s, path}};
    }
    return fail(u"unknown_method"_s, tr("Taxbox offers no method \"%1\".").arg(method), u"method"_s);
}

} // namespace taxbox::ui
