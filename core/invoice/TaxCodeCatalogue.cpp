#include "TaxCodeCatalogue.h"

#include "rules/RulePack.h"

#include "ids/PinyinInitials.h"
#include "invoice/InvoiceImport.h"
#include "payroll/Spreadsheet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

QString TaxCodeCatalogue::fileIn(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).filePath(u"tax-codes.json"_s);
}

namespace {
/// "0.13" → "13%".
QString calcPercent(const QString &rate)
{
    auto value = Decimal::parse(rate);
    return value ? (*value * Decimal::fromInteger(100)).toString() + u'%' : rate;
}
} // namespace

Result<TaxCodeCatalogue> TaxCodeCatalogue::load(const QString &path)
{
    TaxCodeCatalogue catalogue;
    QFile file(path);
    if (!file.exists())
        return catalogue;
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"input_unreadable"_s, tr("Cannot read the tax code table %1: %2").arg(path, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return fail(u"catalogue_damaged"_s, tr("The tax code table %1 is damaged; import the official table again.").arg(path));
    bool marked = false; // tables saved before summary codes were kept carry no "summary"
    for (const QJsonValue &value : document.object().value(u"codes"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        marked = marked || entry.contains(u"summary"_s);
        catalogue.m_codes.append(
            {entry.value(u"code"_s).toString(), entry.value(u"name"_s).toString(), entry.value(u"short_name"_s).toString(),
             entry.value(u"rate"_s).toString(), entry.value(u"keywords"_s).toString(),
             entry.contains(u"rates"_s)                        ? QJsonValue(entry.value(u"rates"_s)).toVariant().toStringList()
                 : entry.value(u"rate"_s).toString().isEmpty() ? QStringList()
                                                               : QStringList{entry.value(u"rate"_s).toString()},
             entry.value(u"summary"_s).toBool()});
    }
    if (!marked)
        catalogue.deriveSummaries();
    catalogue.index();
    return catalogue;
}

Result<TaxCodeCatalogue> TaxCodeCatalogue::forWorkspace(const QString &workspaceDirectory)
{
    auto imported = load(fileIn(workspaceDirectory));
    if (!imported || imported->size() > 0)
        return imported;
    return shipped();
}

Result<TaxCodeCatalogue> TaxCodeCatalogue::shipped()
{
    static const Result<TaxCodeCatalogue> table = []() -> Result<TaxCodeCatalogue> {
        QFile csv(u":/rules/tax-codes-32.0.csv"_s);
        QFile signature(u":/rules/tax-codes-32.0.csv.sig"_s);
        if (!csv.open(QIODevice::ReadOnly) || !signature.open(QIODevice::ReadOnly))
            return fail(u"catalogue_damaged"_s, tr("The shipped tax code table is missing from this build."));
        return fromSignedCsv(csv.readAll(), signature.readAll(), u"32.0"_s);
    }();
    return table;
}

Result<TaxCodeCatalogue> TaxCodeCatalogue::fromSignedCsv(const QByteArray &bytes, const QByteArray &signatureFile,
                                                         const QString &version, const QList<rules::TrustedKey> &trusted)
{
    if (auto verified = rules::verifySignedData(bytes, signatureFile, trusted); !verified)
        return std::unexpected(verified.error());
    auto rows = payroll::Spreadsheet::parseCsv(QString::fromUtf8(bytes));
    if (!rows || rows->isEmpty())
        return fail(u"catalogue_damaged"_s, tr("The tax code table cannot be read."));
    // The file's English column names (spec/tax-codes/README.md) as the official table's.
    static const QHash<QString, QString> headings{{u"code"_s, u"编码"_s},       {u"name"_s, u"货物和劳务名称"_s},
                                                  {u"short_name"_s, u"简称"_s}, {u"vat_rate"_s, u"增值税税率"_s},
                                                  {u"keywords"_s, u"关键字"_s}, {u"is_summary"_s, u"是否汇总项"_s}};
    QStringList &header = (*rows)[0];
    for (QString &column : header)
        column = headings.value(column, column);
    QList<payroll::RowError> errors;
    auto catalogue = fromTable(*rows, errors);
    if (catalogue)
        catalogue->m_version = version;
    return catalogue;
}

QStringList TaxCodeCatalogue::changedCodes(const TaxCodeCatalogue &other) const
{
    const auto same = [](const TaxCode &a, const TaxCode &b) {
        return a.name == b.name && a.shortName == b.shortName && a.rates == b.rates && a.summary == b.summary;
    };
    QStringList changed;
    for (const TaxCode &entry : m_codes) {
        const std::optional<TaxCode> before = other.find(entry.code);
        if (!before || !same(entry, *before))
            changed.append(entry.code);
    }
    for (const TaxCode &entry : other.m_codes) {
        if (!m_byCode.contains(entry.code))
            changed.append(entry.code);
    }
    return changed;
}

Result<void> TaxCodeCatalogue::checkRate(const QString &code, const QString &rate, int lineNumber) const
{
    const std::optional<TaxCode> entry = code.isEmpty() ? std::nullopt : find(code);
    if (!entry || entry->rates.isEmpty())
        return {};
    auto given = Decimal::parse(rate);
    if (!given)
        return {};
    static const QStringList levyRates{u"0"_s, u"0.01"_s, u"0.015"_s, u"0.03"_s, u"0.05"_s};
    if (levyRates.contains(given->toString()))
        return {};
    for (const QString &listed : entry->rates) {
        if (auto value = Decimal::parse(listed); value && *value == *given)
            return {};
    }
    QStringList shown;
    for (const QString &listed : entry->rates)
        shown.append(calcPercent(listed));
    return fail(u"rate_not_listed"_s,
                tr("Line %1: %2 (%3) is taxed at %4 in the tax code table, not %5.")
                    .arg(lineNumber)
                    .arg(code, entry->name, shown.join(u"、"_s), calcPercent(given->toString())),
                u"rate"_s);
}

Result<TaxCodeCatalogue> TaxCodeCatalogue::fromTable(const QList<QStringList> &table, QList<payroll::RowError> &errors)
{
    if (table.isEmpty())
        return fail(u"empty_file"_s, tr("The file is empty: the first row must name the columns."));
    const QStringList &headers = table.first();
    const auto column = [&](std::initializer_list<const char16_t *> names) -> qsizetype {
        for (const char16_t *name : names) {
            if (const qsizetype at = headers.indexOf(QString::fromUtf16(name)); at >= 0)
                return at;
        }
        return -1;
    };
    const qsizetype code = column({u"编码", u"商品和服务税收分类编码", u"税收分类编码"});
    const qsizetype name = column({u"货物和劳务名称", u"名称"});
    if (code < 0 || name < 0)
        return fail(u"missing_column"_s, tr("The table needs the columns 编码 and 货物和劳务名称 (see docs/invoicing.md)."));
    const qsizetype shortName = column({u"商品和服务分类简称", u"简称"});
    const qsizetype rate = column({u"增值税税率", u"税率"});
    const qsizetype keywords = column({u"关键字"});
    const qsizetype summary = column({u"是否汇总项", u"汇总项"});
    static const QRegularExpression percent(u"(\\d+(?:\\.\\d+)?)\\s*%"_s);
    TaxCodeCatalogue catalogue;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &row = table.at(r);
        const auto cell = [&](qsizetype c) { return c < 0 ? QString() : row.value(c).trimmed(); };
        const QString digits = cell(code);
        if (digits.isEmpty() && cell(name).isEmpty())
            continue;
        if (digits.size() != 19 || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); })) {
            errors.append({static_cast<int>(r + 1), headers.value(code), tr("A tax classification code has 19 digits.")});
            continue;
        }
        const QRegularExpressionMatch match = percent.match(cell(rate));
        QStringList rates;
        for (auto it = percent.globalMatch(cell(rate)); it.hasNext();)
            rates.append(InvoiceImport::rateText(it.next().captured(1) + u'%'));
        static const QStringList yes{u"是"_s, u"Y"_s, u"y"_s, u"true"_s, u"1"_s};
        catalogue.m_codes.append({digits, cell(name), cell(shortName),
                                  match.hasMatch() ? InvoiceImport::rateText(match.captured(1) + u'%') : QString(),
                                  cell(keywords), rates, yes.contains(cell(summary))});
    }
    if (summary < 0)
        catalogue.deriveSummaries();
    catalogue.index();
    return catalogue;
}

Result<void> TaxCodeCatalogue::save(const QString &path) const
{
    QJsonArray codes;
    for (const TaxCode &entry : m_codes)
        codes.append(QJsonObject{{u"code"_s, entry.code},
                                 {u"name"_s, entry.name},
                                 {u"short_name"_s, entry.shortName},
                                 {u"rate"_s, entry.rate},
                                 {u"keywords"_s, entry.keywords},
                                 {u"rates"_s, QJsonArray::fromStringList(entry.rates)},
                                 {u"summary"_s, entry.summary}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(QJsonObject{{u"codes"_s, codes}}).toJson()) < 0
        || !file.commit())
        return fail(u"write_failed"_s, tr("Cannot write the tax code table %1: %2").arg(path, file.errorString()));
    return {};
}

void TaxCodeCatalogue::deriveSummaries()
{
    // A code is one digit (篇) and nine levels of two digits; trailing "00" levels are padding. Its
    // significant digits, e.g. 1010101 for 1010101000000000000 (谷物), begin those of every code beneath.
    const auto significant = [](const QString &code) {
        qsizetype length = code.size();
        while (length > 1 && QStringView(code).sliced(length - 2, 2) == u"00")
            length -= 2;
        return code.left(length);
    };
    QSet<QString> parents;
    for (const TaxCode &entry : std::as_const(m_codes)) {
        const QString digits = significant(entry.code);
        for (qsizetype length = 1; length < digits.size(); length += 2)
            parents.insert(digits.left(length));
    }
    for (TaxCode &entry : m_codes)
        entry.summary = parents.contains(significant(entry.code));
}

void TaxCodeCatalogue::index()
{
    m_initials.clear();
    m_byCode.clear();
    for (qsizetype i = 0; i < m_codes.size(); ++i) {
        const TaxCode &entry = m_codes.at(i);
        m_initials.append(pinyinInitials(entry.name) + u' ' + pinyinInitials(entry.shortName));
        if (!m_byCode.contains(entry.code)) // a code listed twice: the first row counts
            m_byCode.insert(entry.code, i);
    }
}

QList<TaxCode> TaxCodeCatalogue::search(const QString &query, int limit) const
{
    const QString wanted = query.trimmed();
    QList<TaxCode> found;
    if (wanted.isEmpty())
        return found;
    const QString lower = wanted.toLower();
    for (qsizetype i = 0; i < m_codes.size() && found.size() < limit; ++i) {
        const TaxCode &entry = m_codes.at(i);
        if (entry.summary)
            continue;
        if (entry.code.startsWith(wanted) || entry.name.contains(wanted, Qt::CaseInsensitive)
            || entry.shortName.contains(wanted, Qt::CaseInsensitive) || entry.keywords.contains(wanted, Qt::CaseInsensitive)
            || m_initials.at(i).contains(lower))
            found.append(entry);
    }
    return found;
}

std::optional<TaxCode> TaxCodeCatalogue::find(const QString &code) const
{
    const auto at = m_byCode.constFind(code);
    if (at == m_byCode.cend())
        return std::nullopt;
    return m_codes.at(*at);
}

Result<void> TaxCodeCatalogue::checkCode(const QString &code, int lineNumber) const
{
    if (m_codes.isEmpty() || code.isEmpty())
        return {};
    const std::optional<TaxCode> entry = find(code);
    if (!entry)
        return fail(u"unknown_tax_code"_s,
                    lineNumber > 0 ? tr("Line %1: the tax classification code %2 is not in the table imported on this computer. "
                                        "Check the code, or import the tax bureau's newest table.")
                                         .arg(lineNumber)
                                         .arg(code)
                                   : tr("The tax classification code %1 is not in the table imported on this computer. Check "
                                        "the code, or import the tax bureau's newest table.")
                                         .arg(code),
                    u"tax_code"_s);
    if (entry->summary)
        return fail(u"summary_tax_code"_s,
                    lineNumber > 0 ? tr("Line %1: %2 (%3) is a summary code (汇总项) and cannot be printed on an invoice; choose "
                                        "one of the codes under it.")
                                         .arg(lineNumber)
                                         .arg(code, entry->name)
                                   : tr("%1 (%2) is a summary code (汇总项) and cannot be printed on an invoice; choose one of "
                                        "the codes under it.")
                                         .arg(code, entry->name),
                    u"tax_code"_s);
    return {};
}

} // namespace taxbox::invoice
