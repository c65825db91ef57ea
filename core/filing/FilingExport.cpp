#include "FilingExport.h"

#include "crypto/Crypto.h"
#include "payroll/Spreadsheet.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::filing {

namespace {

QString cellText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QString periodRange(const QString &periodText)
{
    auto period = Period::parse(periodText);
    if (!period)
        return periodText;
    return period->start.toString(u"yyyy年M月d日"_s) + u" 至 "_s + period->end.toString(u"yyyy年M月d日"_s);
}

Result<QSaveFile *> openOut(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"output_unwritable"_s, FilingExport::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                    u"out"_s);
    return &file;
}

/// 税目 codes of the 印花税 税源明细 import (代码|名称) that the spec shows; others are written by name.
QString stampItemCoded(const QString &item)
{
    static const QHash<QString, QString> codes{{u"买卖合同"_s, u"101110111"_s}, {u"sale_contract"_s, u"101110111"_s}};
    static const QHash<QString, QString> names{{u"sale_contract"_s, u"买卖合同"_s},  {u"loan_contract"_s, u"借款合同"_s},
                                               {u"lease_contract"_s, u"租赁合同"_s}, {u"account_books"_s, u"营业账簿"_s},
                                               {u"work_contract"_s, u"承揽合同"_s},  {u"technology_contract"_s, u"技术合同"_s}};
    const QString name = names.value(item, item);
    return codes.contains(item) ? codes.value(item) + u'|' + name : name;
}

} // namespace

QString workPaperMark()
{
    return u"申报辅助底稿 — 以电子税务局为准"_s;
}

FilingExport::FilingExport(const FilingReturn &filing, const EnterpriseProfile &profile)
    : m_filing(filing)
    , m_profile(profile)
{ }

QString FilingExport::fingerprint() const
{
    return crypto::sha256Hex(QJsonDocument(m_filing.cells()).toJson(QJsonDocument::Compact));
}

Result<QList<ReturnTable>> FilingExport::tables() const
{
    auto pack = FilingPack::inForce();
    if (!pack)
        return std::unexpected(pack.error());
    auto period = Period::parse(m_filing.period);
    if (!period)
        return std::unexpected(period.error());
    auto version = (*pack)->version(m_filing.form, *period, m_filing.version);
    if (!version)
        return std::unexpected(version.error());
    const QJsonObject cells = m_filing.cells();
    auto expanded = version->definition->expand(cells.keys());
    if (!expanded)
        return std::unexpected(expanded.error());
    const QStringList subtitle{
        u"纳税人识别号（统一社会信用代码）：%1    纳税人名称：%2"_s.arg(m_profile.creditCode, m_profile.name),
        u"税款所属期：%1    金额单位：人民币元（列至角分）    第%2版%3"_s.arg(periodRange(m_filing.period))
            .arg(m_filing.revision)
            .arg(m_filing.revision > 1 ? u"（更正申报）"_s : QString()),
        workPaperMark() + u"    指纹 "_s + fingerprint().left(16)};
    QList<ReturnTable> result;
    for (const TableLayout &layout : version->definition->tables()) {
        ReturnTable table;
        table.title = layout.chineseTitle;
        table.subtitle = subtitle;
        QStringList header{layout.dynamicRows ? u"序号"_s : u"栏次"_s};
        if (!layout.dynamicRows)
            header.append(u"项目"_s);
        for (const TableLayout::Line &column : layout.columns)
            header.append(column.chinese);
        table.rows.append(header);
        QList<TableLayout::Line> rows = layout.rows;
        if (layout.dynamicRows) {
            QSet<int> numbers;
            const QString prefix = layout.cellId(u"\x01"_s, u""_s).section(u'\x01', 0, 0);
            for (const QString &cell : cells.keys()) {
                if (cell.startsWith(prefix))
                    numbers.insert(cell.mid(prefix.size()).section(u'.', 0, 0).toInt());
            }
            QList<int> sorted(numbers.cbegin(), numbers.cend());
            std::sort(sorted.begin(), sorted.end());
            for (int n : sorted) {
                if (n > 0)
                    rows.append({QString::number(n), {}, {}});
            }
        }
        const int firstValue = layout.dynamicRows ? 1 : 2;
        for (int c = 0; c < layout.columns.size(); ++c)
            table.numericColumns.append(firstValue + c);
        for (const TableLayout::Line &row : std::as_const(rows)) {
            QStringList line{row.key};
            if (!layout.dynamicRows)
                line.append(row.chinese);
            for (const TableLayout::Line &column : layout.columns) {
                const QString id = layout.cellId(row.key, column.key);
                // A cell the form does not have ("——") stays blank, never 0.
                line.append(expanded->cells.contains(id) ? cellText(cells.value(id)) : QString());
            }
            table.rows.append(line);
        }
        result.append(table);
    }
    return result;
}

QJsonObject FilingExport::json() const
{
    QJsonObject fields;
    auto pack = FilingPack::inForce();
    if (pack) {
        if (auto period = Period::parse(m_filing.period)) {
            if (auto version = (*pack)->version(m_filing.form, *period, m_filing.version)) {
                const QJsonObject names = version->definition->exportNames();
                for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
                    if (m_filing.cells().contains(it.key()))
                        fields.insert(it.value().toString(), m_filing.cells().value(it.key()));
                }
            }
        }
    }
    QJsonObject object{{u"form"_s, m_filing.form},
                       {u"version"_s, m_filing.version},
                       {u"period"_s, m_filing.period},
                       {u"revision"_s, m_filing.revision},
                       {u"state"_s, m_filing.state},
                       {u"enterprise"_s, QJsonObject{{u"credit_code"_s, m_profile.creditCode}, {u"name"_s, m_profile.name}}},
                       {u"cells"_s, m_filing.cells()},
                       {u"fields"_s, fields},
                       {u"checks"_s, m_filing.checks()},
                       {u"fingerprint"_s, fingerprint()},
                       {u"mark"_s, workPaperMark()}};
    if (!m_filing.receipt.isEmpty())
        object.insert(u"receipt"_s, m_filing.receipt);
    if (!m_filing.replaces.isEmpty())
        object.insert(u"replaces"_s, m_filing.replaces);
    return object;
}

QByteArray FilingExport::xml() const
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(u"TaxReturn"_s);
    writer.writeAttribute(u"form"_s, m_filing.form);
    writer.writeAttribute(u"version"_s, m_filing.version);
    writer.writeAttribute(u"period"_s, m_filing.period);
    writer.writeAttribute(u"revision"_s, QString::number(m_filing.revision));
    writer.writeAttribute(u"state"_s, m_filing.state);
    writer.writeStartElement(u"Taxpayer"_s);
    writer.writeAttribute(u"creditCode"_s, m_profile.creditCode);
    writer.writeAttribute(u"name"_s, m_profile.name);
    writer.writeEndElement();
    writer.writeTextElement(u"Mark"_s, workPaperMark());
    const QJsonObject cells = m_filing.cells();
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
        writer.writeStartElement(u"Cell"_s);
        writer.writeAttribute(u"id"_s, it.key());
        writer.writeCharacters(cellText(it.value()));
        writer.writeEndElement();
    }
    for (const QJsonValue &check : m_filing.checks()) {
        writer.writeStartElement(u"Check"_s);
        writer.writeAttribute(u"id"_s, check.toObject().value(u"id"_s).toString());
        writer.writeAttribute(u"severity"_s, check.toObject().value(u"severity"_s).toString());
        writer.writeCharacters(check.toObject().value(u"message"_s).toString());
        writer.writeEndElement();
    }
    if (!m_filing.receipt.isEmpty())
        writer.writeTextElement(u"Receipt"_s, m_filing.receipt);
    writer.writeTextElement(u"Fingerprint"_s, fingerprint());
    writer.writeEndElement();
    writer.writeEndDocument();
    return bytes;
}

QStringList FilingExport::withholdingTemplateHeadings()
{
    return {u"工号"_s,
            u"*姓名"_s,
            u"*证件类型"_s,
            u"*证件号码"_s,
            u"本期收入"_s,
            u"本期免税收入"_s,
            u"基本养老保险费"_s,
            u"基本医疗保险费"_s,
            u"失业保险费"_s,
            u"住房公积金"_s,
            u"累计子女教育"_s,
            u"累计继续教育"_s,
            u"累计住房贷款利息"_s,
            u"累计住房租金"_s,
            u"累计赡养老人"_s,
            u"累计3岁以下婴幼儿照护"_s,
            u"累计个人养老金"_s,
            u"企业(职业)年金"_s,
            u"商业健康保险"_s,
            u"税延养老保险"_s,
            u"公务交通费用"_s,
            u"通讯费用"_s,
            u"律师办案费用"_s,
            u"西藏附加减除费用"_s,
            u"其他"_s,
            u"准予扣除的捐赠额"_s,
            u"减免税额"_s,
            u"协定减免"_s,
            u"备注"_s};
}

QList<QStringList> FilingExport::withholdingImportTemplate() const
{
    QList<QStringList> rows{withholdingTemplateHeadings()};
    const QJsonObject cells = m_filing.cells();
    for (int n = 1;; ++n) {
        const QString p = u"P.r%1."_s.arg(n);
        if (!cells.contains(p + u"name"_s) && !cells.contains(p + u"income"_s))
            break;
        auto v = [&](const QString &key) { return cellText(cells.value(p + key)); };
        const bool unsplit = !Decimal::parse(v(u"special_unsplit"_s), u"x"_s).value_or(Decimal()).isZero()
            || !Decimal::parse(v(u"additional_unsplit"_s), u"x"_s).value_or(Decimal()).isZero();
        rows.append({v(u"employee_no"_s),
                     v(u"name"_s),
                     v(u"id_type"_s).isEmpty() ? u"居民身份证"_s : v(u"id_type"_s),
                     v(u"id_number"_s),
                     v(u"income"_s),
                     v(u"exempt_income"_s),
                     v(u"pension"_s),
                     v(u"medical"_s),
                     v(u"unemployment"_s),
                     v(u"housing_fund"_s),
                     v(u"child_education"_s),
                     v(u"continuing_education"_s),
                     v(u"housing_loan"_s),
                     v(u"housing_rent"_s),
                     v(u"elderly_support"_s),
                     v(u"infant_care"_s),
                     v(u"personal_pension"_s),
                     v(u"annuity"_s),
                     v(u"health_insurance"_s),
                     v(u"deferred_pension"_s),
                     QString(),
                     QString(),
                     QString(),
                     QString(),
                     v(u"other"_s),
                     v(u"donation"_s),
                     v(u"relief"_s),
                     QString(),
                     unsplit ? u"专项扣除%1、专项附加扣除%2未分项，导入前请分项填写"_s.arg(v(u"special_unsplit"_s),
                                                                                           v(u"additional_unsplit"_s))
                             : QString()});
    }
    return rows;
}

QList<QStringList> FilingExport::stampDutyImportTemplate() const
{
    auto period = Period::parse(m_filing.period);
    const QString from = period ? period->start.toString(Qt::ISODate) : QString();
    const QString to = period ? period->end.toString(Qt::ISODate) : QString();
    QList<QStringList> rows{{u"纳税人识别号（统一社会信用代码）"_s, m_profile.creditCode},
                            {u"纳税人（缴费人）名称"_s, m_profile.name},
                            {u"所属时期起"_s, from},
                            {u"所属时期止"_s, to},
                            {u"申报类型"_s, u"11|正常申报"_s},
                            {workPaperMark()},
                            {},
                            {},
                            {u"序号"_s,
                             u"应税凭证税务编号"_s,
                             u"应税凭证编号"_s,
                             u"应税凭证名称"_s,
                             u"申报期限类型"_s,
                             u"应税凭证数量"_s,
                             u"税目"_s,
                             u"子目"_s,
                             u"税款所属期起"_s,
                             u"税款所属期止"_s,
                             u"应税凭证书立日期"_s,
                             u"计税金额"_s,
                             u"实际结算日期"_s,
                             u"实际结算金额"_s,
                             u"核定比例"_s,
                             u"税率"_s,
                             u"应纳税额"_s,
                             u"减免性质代码和项目名称"_s,
                             u"减免税额"_s,
                             u"对方书立人名称"_s,
                             u"对方书立人纳税人识别号（统一社会信用代码）"_s,
                             u"对方书立人涉及金额"_s}};
    const QJsonObject cells = m_filing.cells();
    const bool perTransaction = period && period->kind == Period::Kind::Day;
    for (int n = 1;; ++n) {
        const QString p = u"T.r%1."_s.arg(n);
        if (!cells.contains(p + u"base"_s) && !cells.contains(p + u"item"_s))
            break;
        auto v = [&](const QString &key) { return cellText(cells.value(p + key)); };
        rows.append({QString::number(n),
                     QString(),
                     v(u"number"_s),
                     v(u"name"_s),
                     perTransaction ? u"01|按次申报"_s : u"02|按期申报"_s,
                     v(u"count"_s).isEmpty() ? u"1"_s : v(u"count"_s),
                     stampItemCoded(v(u"item"_s)),
                     QString(),
                     from,
                     to,
                     v(u"date"_s),
                     v(u"base"_s),
                     QString(),
                     QString(),
                     QString(),
                     v(u"rate"_s),
                     v(u"tax"_s),
                     QString(),
                     v(u"relief"_s),
                     v(u"counterparty"_s),
                     v(u"counterparty_id"_s),
                     QString()});
    }
    return rows;
}

Result<void> FilingExport::write(const QString &format, const QString &path) const
{
    if (format == u"json" || format == u"xml") {
        QSaveFile file(path);
        if (auto opened = openOut(file); !opened)
            return std::unexpected(opened.error());
        const QByteArray bytes = format == u"json" ? QJsonDocument(json()).toJson(QJsonDocument::Indented) : xml();
        if (file.write(bytes) != bytes.size() || !file.commit())
            return fail(u"output_unwritable"_s, tr("Cannot write %1: %2").arg(path, file.errorString()), u"out"_s);
        return {};
    }
    if (format != u"xlsx")
        return fail(u"invalid_format"_s, tr("The format must be pdf, xlsx, json or xml."), u"format"_s);
    QList<payroll::Spreadsheet::Sheet> sheets;
    if (m_filing.form == u"iit-withholding") {
        QList<int> numeric;
        for (int c = 4; c < 28; ++c)
            numeric.append(c);
        sheets.append({u"正常工资薪金所得"_s, withholdingImportTemplate(), numeric, 1});
    } else if (m_filing.form == u"stamp-duty") {
        sheets.append({u"印花税税源明细"_s, stampDutyImportTemplate(), {11, 15, 16, 18}, 9});
    }
    auto returnTables = tables();
    if (!returnTables)
        return std::unexpected(returnTables.error());
    for (const ReturnTable &table : std::as_const(*returnTables)) {
        QList<QStringList> rows{{table.title}};
        for (const QString &line : table.subtitle)
            rows.append({line});
        rows.append(table.rows);
        QList<int> numeric = table.numericColumns;
        sheets.append({table.title.left(31), rows, numeric, 1 + static_cast<int>(table.subtitle.size()) + 1});
    }
    return payroll::Spreadsheet::writeXlsx(path, sheets);
}

} // namespace taxbox::filing
