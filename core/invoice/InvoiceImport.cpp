#include "InvoiceImport.h"

#include "calc/Input.h"
#include "invoice/InvoiceBook.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

/// Template header → the JSON field it fills ("buyer." for the buyer, "" for the invoice's own).
struct Column
{
    QString header;
    QString field;
};

const QList<Column> &columns()
{
    static const QList<Column> list{
        {u"序号"_s, u"group"_s},
        {u"发票类型"_s, u"kind"_s},
        {u"购买方名称"_s, u"buyer.name"_s},
        {u"购买方税号"_s, u"buyer.credit_code"_s},
        {u"购买方地址"_s, u"buyer.address"_s},
        {u"购买方电话"_s, u"buyer.phone"_s},
        {u"购买方开户行"_s, u"buyer.bank"_s},
        {u"购买方账号"_s, u"buyer.bank_account"_s},
        {u"自然人"_s, u"buyer.individual"_s},
        {u"项目名称"_s, u"name"_s},
        {u"税收分类编码"_s, u"tax_code"_s},
        {u"简称"_s, u"short_name"_s},
        {u"规格型号"_s, u"specification"_s},
        {u"单位"_s, u"unit"_s},
        {u"数量"_s, u"quantity"_s},
        {u"单价"_s, u"unit_price"_s},
        {u"金额"_s, u"amount"_s},
        {u"税率"_s, u"rate"_s},
        {u"含税"_s, u"price_includes_tax"_s},
        {u"备注"_s, u"remarks"_s},
        {u"开票人"_s, u"drawer"_s},
    };
    return list;
}

QString headerOf(const QString &field)
{
    for (const Column &column : columns()) {
        if (field == column.field || field.endsWith(u'.' + column.field) || field == u"lines[1]."_s + column.field)
            return column.header;
    }
    return field;
}

bool yes(const QString &text)
{
    static const QStringList words{u"是"_s, u"Y"_s, u"y"_s, u"yes"_s, u"true"_s, u"1"_s};
    return words.contains(text.trimmed());
}

} // namespace

QString InvoiceImport::rateText(QString text)
{
    // As people type rates: 13%, 13 or 0.13 (Decimal::parseRate); anything else is left for the line's
    // own check to refuse with its message.
    text = text.trimmed();
    if (auto rate = Decimal::parseRate(text))
        return rate->toString();
    return text;
}

QStringList InvoiceImport::templateHeaders()
{
    QStringList headers;
    for (const Column &column : columns())
        headers.append(column.header);
    return headers;
}

Result<ImportedInvoices> InvoiceImport::parse(const QList<QStringList> &table)
{
    if (table.isEmpty())
        return fail(u"empty_file"_s, tr("The file is empty: the first row must name the columns."));
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < table.first().size(); ++i)
        index.insert(table.first().at(i).trimmed(), i);
    for (const QString &required : {u"序号"_s, u"购买方名称"_s, u"项目名称"_s, u"税率"_s}) {
        if (!index.contains(required))
            return fail(u"missing_column"_s, tr("The column \"%1\" is missing (see the template).").arg(required), required);
    }
    ImportedInvoices result;
    QList<QString> groupOrder;
    QSet<QString> brokenGroups;
    QHash<QString, InvoiceDraft> drafts;
    QHash<QString, int> firstRow;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &row = table.at(r);
        const int rowNumber = static_cast<int>(r + 1);
        if (std::all_of(row.begin(), row.end(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue;
        const auto cell = [&](const QString &header) { return row.value(index.value(header, -1)).trimmed(); };
        const QString group = cell(u"序号"_s);
        if (group.isEmpty()) {
            result.errors.append({rowNumber, u"序号"_s, tr("Each row needs the 序号 of its invoice.")});
            continue;
        }
        QJsonObject line;
        for (const Column &column : columns()) {
            const QString value = cell(column.header);
            if (column.field.contains(u'.') || column.field == u"group" || column.field == u"kind" || column.field == u"remarks"
                || column.field == u"drawer" || value.isEmpty())
                continue;
            if (column.field == u"price_includes_tax")
                line.insert(column.field, yes(value));
            else if (column.field == u"rate")
                line.insert(column.field, rateText(value));
            else
                line.insert(column.field, value);
        }
        auto parsedLine = InvoiceDraft::fromJson(QJsonObject{{u"lines"_s, QJsonArray{line}}});
        if (!parsedLine) {
            result.errors.append({rowNumber, headerOf(parsedLine.error().field), parsedLine.error().message});
            brokenGroups.insert(group);
            continue;
        }
        if (!drafts.contains(group)) {
            QJsonObject buyer;
            for (const Column &column : columns()) {
                if (column.field.startsWith(u"buyer."_s))
                    buyer.insert(column.field.mid(6),
                                 column.field == u"buyer.individual" ? QJsonValue(yes(cell(column.header)))
                                                                     : QJsonValue(cell(column.header)));
            }
            const QString kind = cell(u"发票类型"_s);
            auto draft = InvoiceDraft::fromJson(
                QJsonObject{{u"kind"_s, kind.contains(u"专") || kind == u"special" ? u"special"_s : u"ordinary"_s},
                            {u"buyer"_s, buyer},
                            {u"remarks"_s, cell(u"备注"_s)},
                            {u"drawer"_s, cell(u"开票人"_s)}});
            if (!draft) {
                result.errors.append({rowNumber, headerOf(draft.error().field), draft.error().message});
                brokenGroups.insert(group);
                continue;
            }
            drafts.insert(group, *draft);
            firstRow.insert(group, rowNumber);
            groupOrder.append(group);
        }
        drafts[group].lines.append(parsedLine->lines.first());
    }
    for (const QString &group : std::as_const(groupOrder)) {
        if (brokenGroups.contains(group))
            continue;
        const InvoiceDraft &draft = drafts.value(group);
        if (auto parties = draft.checkParties(); !parties) {
            result.errors.append({firstRow.value(group), headerOf(parties.error().field), parties.error().message});
            continue;
        }
        result.drafts.append(draft);
        result.firstRows.append(firstRow.value(group));
    }
    std::sort(result.errors.begin(), result.errors.end(),
              [](const payroll::RowError &a, const payroll::RowError &b) { return a.row < b.row; });
    return result;
}

namespace {

const QStringList kCustomerHeaders{u"名称"_s,     u"统一社会信用代码"_s, u"地址"_s,  u"电话"_s,
                                   u"开户银行"_s, u"银行账号"_s,         u"自然人"_s};
const QStringList kProductHeaders{u"名称"_s, u"税收分类编码"_s, u"简称"_s, u"规格型号"_s,
                                  u"单位"_s, u"单价"_s,         u"含税"_s, u"税率"_s};

/// Column positions of `headers` in the table's first row; an error names the first missing one.
Result<QList<qsizetype>> columnsOf(const QList<QStringList> &table, const QStringList &headers, int required)
{
    if (table.isEmpty())
        return fail(u"empty_file"_s, InvoiceImport::tr("The file is empty: the first row must name the columns."));
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const qsizetype at = table.first().indexOf(headers.at(i));
        if (at < 0 && i < required)
            return fail(u"missing_column"_s,
                        InvoiceImport::tr("The column \"%1\" is missing (see the template).").arg(headers.at(i)), headers.at(i));
        positions.append(at);
    }
    return positions;
}

} // namespace

QList<QStringList> InvoiceImport::customerTable(const QList<Customer> &customers)
{
    QList<QStringList> rows{kCustomerHeaders};
    for (const Customer &customer : customers) {
        const Party &p = customer.party;
        rows.append({p.name, p.creditCode, p.address, p.phone, p.bank, p.bankAccount, p.individual ? u"是"_s : u"否"_s});
    }
    return rows;
}

QList<QStringList> InvoiceImport::productTable(const QList<Product> &products)
{
    QList<QStringList> rows{kProductHeaders};
    for (const Product &product : products) {
        const LineInput &l = product.line;
        rows.append({l.name, l.taxCode, l.shortName, l.specification, l.unit, l.unitPrice ? l.unitPrice->toString() : QString(),
                     l.priceIncludesTax ? u"是"_s : u"否"_s, calc::percentText(l.rate)});
    }
    return rows;
}

Result<QList<Party>> InvoiceImport::parseCustomers(const QList<QStringList> &table, QList<payroll::RowError> &errors)
{
    auto columns = columnsOf(table, kCustomerHeaders, 1);
    if (!columns)
        return std::unexpected(columns.error());
    QList<Party> parties;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const auto cell = [&](int c) { return table.at(r).value(columns->at(c)).trimmed(); };
        if (cell(0).isEmpty() && cell(1).isEmpty())
            continue;
        InvoiceDraft probe;
        probe.kind = InvoiceKind::Ordinary;
        probe.buyer = Party{cell(0), cell(1).toUpper(), cell(2), cell(3), cell(4), cell(5), yes(cell(6))};
        probe.drawer = u"-"_s;
        if (auto checked = probe.checkParties(); !checked) {
            errors.append({static_cast<int>(r + 1), checked.error().field == u"buyer.name" ? u"名称"_s : u"统一社会信用代码"_s,
                           checked.error().message});
            continue;
        }
        parties.append(probe.buyer);
    }
    return parties;
}

Result<QList<LineInput>> InvoiceImport::parseProducts(const QList<QStringList> &table, QList<payroll::RowError> &errors)
{
    auto columns = columnsOf(table, kProductHeaders, 1);
    if (!columns)
        return std::unexpected(columns.error());
    QList<LineInput> products;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const auto cell = [&](int c) { return table.at(r).value(columns->at(c)).trimmed(); };
        if (cell(0).isEmpty())
            continue;
        QJsonObject line{{u"name"_s, cell(0)},           {u"tax_code"_s, cell(1)}, {u"short_name"_s, cell(2)},
                         {u"specification"_s, cell(3)},  {u"unit"_s, cell(4)},     {u"price_includes_tax"_s, yes(cell(6))},
                         {u"rate"_s, rateText(cell(7))}, {u"amount"_s, u"0"_s}};
        if (!cell(5).isEmpty()) {
            line.insert(u"unit_price"_s, cell(5));
            line.insert(u"quantity"_s, u"1"_s);
        }
        auto parsed = InvoiceDraft::fromJson(QJsonObject{{u"lines"_s, QJsonArray{line}}});
        if (!parsed) {
            errors.append({static_cast<int>(r + 1), headerOf(parsed.error().field), parsed.error().message});
            continue;
        }
        LineInput input = parsed->lines.first();
        input.quantity.reset();
        products.append(input);
    }
    return products;
}

} // namespace taxbox::invoice
