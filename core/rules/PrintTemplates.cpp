#include "PrintTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::rules {

namespace {

constexpr qsizetype kMaxText = 40;

Result<QString> text(const QJsonObject &object, const QString &key, const QString &where)
{
    const QString value = object.value(key).toString();
    if (value.trimmed().isEmpty() || value.size() > kMaxText)
        return fail(
            u"invalid_template"_s,
            PrintTemplates::tr("The print template %1 needs \"%2\": a text of 1 to %3 characters.").arg(where, key).arg(kMaxText),
            key);
    return value;
}

/// A template's value on `date` in the print pack in force.
Result<QJsonValue> templateInForce(const QString &key, QDate date)
{
    auto pack = RulePack::inForce(u"cn-print"_s);
    if (!pack)
        return std::unexpected(pack.error());
    return (*pack)->value(key, date);
}

} // namespace

int InvoiceFormTemplate::columnOf(const QString &field) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).field == field)
            return static_cast<int>(i);
    }
    return -1;
}

QStringList PrintTemplates::labelKeys()
{
    return {u"number"_s,      u"date"_s,          u"buyer"_s,         u"seller"_s,      u"name"_s,   u"code"_s,
            u"sum"_s,         u"total_words"_s,   u"total_figures"_s, u"remarks"_s,     u"drawer"_s, u"buyer_side"_s,
            u"seller_side"_s, u"address_phone"_s, u"bank"_s,          u"bank_account"_s};
}

QStringList PrintTemplates::columnFields()
{
    return {u"name"_s, u"specification"_s, u"unit"_s, u"quantity"_s, u"unit_price"_s, u"amount"_s, u"rate"_s, u"tax"_s};
}

QStringList PrintTemplates::refundTableIds()
{
    return {u"application"_s, u"payments"_s, u"export_summary"_s, u"export_detail"_s};
}

Result<InvoiceFormTemplate> PrintTemplates::invoiceForm(const QJsonValue &value)
{
    const QString where = u"invoice.form"_s;
    const QJsonObject object = value.toObject();
    InvoiceFormTemplate form;
    const QJsonObject titles = object.value(u"title"_s).toObject();
    auto special = text(titles, u"special"_s, where);
    auto ordinary = text(titles, u"ordinary"_s, where);
    auto dateFormat = text(object, u"date_format"_s, where);
    if (!special)
        return std::unexpected(special.error());
    if (!ordinary)
        return std::unexpected(ordinary.error());
    if (!dateFormat)
        return std::unexpected(dateFormat.error());
    if (!dateFormat->contains(u"yyyy"_s) || !dateFormat->contains(u"MM"_s) || !dateFormat->contains(u"dd"_s))
        return fail(u"invalid_template"_s, tr("The print template %1: the date format must show yyyy, MM and dd.").arg(where),
                    u"date_format"_s);
    form.titleSpecial = *special;
    form.titleOrdinary = *ordinary;
    form.dateFormat = *dateFormat;
    form.ink = object.value(u"ink"_s).toString();
    static const QRegularExpression colour(u"^#[0-9a-fA-F]{6}$"_s);
    if (!colour.match(form.ink).hasMatch())
        return fail(u"invalid_template"_s, tr("The print template %1: the ink is a colour as #rrggbb.").arg(where), u"ink"_s);
    const QJsonObject labels = object.value(u"labels"_s).toObject();
    for (const QString &key : labelKeys()) {
        auto label = text(labels, key, where);
        if (!label)
            return std::unexpected(label.error());
        form.labels.insert(key, *label);
    }
    const QJsonArray columns = object.value(u"columns"_s).toArray();
    QSet<QString> seen;
    int width = 0;
    for (const QJsonValue &entry : columns) {
        const QJsonObject c = entry.toObject();
        InvoiceFormTemplate::Column column;
        column.field = c.value(u"field"_s).toString();
        if (!columnFields().contains(column.field) || seen.contains(column.field))
            return fail(
                u"invalid_template"_s,
                tr("The print template %1: a column shows one of %2, each once.").arg(where, columnFields().join(u", "_s)),
                u"columns"_s);
        seen.insert(column.field);
        auto label = text(c, u"label"_s, where);
        if (!label)
            return std::unexpected(label.error());
        column.label = *label;
        column.width = c.value(u"width"_s).toInt(0);
        if (column.width < 60 || column.width > kFrameWidth)
            return fail(
                u"invalid_template"_s,
                tr("The print template %1: a column is 60 to %2 tenths of a millimetre wide.").arg(where).arg(kFrameWidth),
                u"columns"_s);
        width += column.width;
        form.columns.append(column);
    }
    // The figures the form cannot do without, and a table that fills the frame exactly.
    for (const QString &needed : {u"name"_s, u"amount"_s, u"tax"_s}) {
        if (!seen.contains(needed))
            return fail(u"invalid_template"_s, tr("The print template %1 lacks the column \"%2\".").arg(where, needed),
                        u"columns"_s);
    }
    if (width != kFrameWidth)
        return fail(u"invalid_template"_s,
                    tr("The print template %1: the columns are %2 wide together, not the form's %3 tenths of a millimetre.")
                        .arg(where)
                        .arg(width)
                        .arg(kFrameWidth),
                    u"columns"_s);
    return form;
}

Result<RefundApplicationTemplate> PrintTemplates::refundApplication(const QJsonValue &value)
{
    const QString where = u"refund_application.print"_s;
    const QJsonObject object = value.toObject();
    RefundApplicationTemplate form;
    auto pageLabel = text(object, u"page_label"_s, where);
    if (!pageLabel)
        return std::unexpected(pageLabel.error());
    if (!pageLabel->contains(u"%1"_s) || !pageLabel->contains(u"%2"_s))
        return fail(u"invalid_template"_s,
                    tr("The print template %1: the page label needs the page as %2 and the number of pages as %3.")
                        .arg(where, u"%1"_s, u"%2"_s),
                    u"page_label"_s);
    form.pageLabel = *pageLabel;
    const QJsonObject titles = object.value(u"titles"_s).toObject();
    for (const QString &id : refundTableIds()) {
        auto title = text(titles, id, where);
        if (!title)
            return std::unexpected(title.error());
        form.titles.insert(id, *title);
    }
    return form;
}

Result<InvoiceFormTemplate> PrintTemplates::invoiceFormOn(QDate issued)
{
    auto value = templateInForce(u"invoice.form"_s, issued);
    if (!value)
        return std::unexpected(value.error());
    return invoiceForm(*value);
}

Result<RefundApplicationTemplate> PrintTemplates::refundApplicationOn(QDate printed)
{
    auto value = templateInForce(u"refund_application.print"_s, printed);
    if (!value)
        return std::unexpected(value.error());
    return refundApplication(*value);
}

Result<void> PrintTemplates::check(const QByteArray &packBytes)
{
    const QJsonObject rules = QJsonDocument::fromJson(packBytes).object().value(u"rules"_s).toObject();
    for (const QString &needed : {u"invoice.form"_s, u"refund_application.print"_s}) {
        if (rules.value(needed).toArray().isEmpty())
            return fail(u"invalid_template"_s, tr("The print pack lacks the template \"%1\".").arg(needed), needed);
    }
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        for (const QJsonValue &range : it.value().toArray()) {
            const QJsonValue value = range.toObject().value(u"value"_s);
            Result<void> checked;
            if (it.key() == u"invoice.form") {
                if (auto form = invoiceForm(value); !form)
                    checked = std::unexpected(form.error());
            } else if (it.key() == u"refund_application.print") {
                if (auto form = refundApplication(value); !form)
                    checked = std::unexpected(form.error());
            } else {
                return fail(u"invalid_template"_s, tr("The print pack has a rule \"%1\" no printout uses.").arg(it.key()),
                            it.key());
            }
            if (!checked)
                return checked;
        }
    }
    return {};
}

} // namespace taxbox::rules
