#include "Invoice.h"

#include <QHash>

#include "ids/UnifiedSocialCreditCode.h"
#include "money/AmountInWords.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

constexpr QByteArrayView kSigningDomain = "taxbox-invoice-v1";

/// A field as the user gave it (trimmed), or exactly as signed (`exact`, when reading issued content).
QString text(const QJsonObject &object, QStringView key, bool exact = false)
{
    return exact ? object.value(key).toString() : object.value(key).toString().trimmed();
}

/// Refuses keys outside `allowed`, naming the first unknown one with its place (`where`).
Result<void> refuseUnknown(const QJsonObject &object, std::initializer_list<QStringView> allowed, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return fail(u"unknown_field"_s, InvoiceDraft::tr("\"%1\" is not a field of %2.").arg(it.key(), where), it.key());
    }
    return {};
}

/// A line's field as messages name it: the line and the column as the form shows it (第 2 行，数量).
QString lineLabel(int index, QStringView key)
{
    static const QHash<QString, const char *> columns{
        {u"quantity"_s, QT_TRANSLATE_NOOP("InvoiceDraft", "quantity (数量)")},
        {u"unit_price"_s, QT_TRANSLATE_NOOP("InvoiceDraft", "unit price (单价)")},
        {u"amount"_s, QT_TRANSLATE_NOOP("InvoiceDraft", "amount (金额)")},
        {u"rate"_s, QT_TRANSLATE_NOOP("InvoiceDraft", "rate (税率)")},
        {u"tax"_s, QT_TRANSLATE_NOOP("InvoiceDraft", "tax (税额)")},
        {u"tax_code"_s, QT_TRANSLATE_NOOP("InvoiceDraft", "tax classification code (税收分类编码)")}};
    const char *column = columns.value(key.toString());
    return InvoiceDraft::tr("Line %1, %2").arg(index).arg(column ? InvoiceDraft::tr(column) : key.toString());
}

/// A decimal field of a line; `label` names it in messages, `field` (its JSON path) in the error.
Result<std::optional<Decimal>> optionalDecimal(const QJsonObject &object, QStringView key, const QString &field,
                                               const QString &label, bool isRate = false)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return std::optional<Decimal>{};
    if (!value.isString())
        return fail(u"invalid_number"_s, InvoiceDraft::tr("%1 must be a number in quotes, e.g. \"12.5\".").arg(label), field);
    // A rate is read as people type it: 13%, 13 or 0.13.
    auto parsed = isRate ? Decimal::parseRate(value.toString(), label) : Decimal::parse(value.toString(), label);
    if (!parsed) {
        Error error = parsed.error();
        error.field = field;
        return std::unexpected(error);
    }
    return std::optional<Decimal>{*parsed};
}

QJsonObject lineInputJson(const LineInput &input)
{
    QJsonObject object{{u"tax_code"_s, input.taxCode},
                       {u"short_name"_s, input.shortName},
                       {u"name"_s, input.name},
                       {u"specification"_s, input.specification},
                       {u"unit"_s, input.unit},
                       {u"rate"_s, input.rate.toString()},
                       {u"price_includes_tax"_s, input.priceIncludesTax},
                       {u"discount"_s, input.discount}};
    if (input.quantity)
        object.insert(u"quantity"_s, input.quantity->toString());
    if (input.unitPrice)
        object.insert(u"unit_price"_s, input.unitPrice->toString());
    return object;
}

Result<LineInput> lineInputFromJson(const QJsonObject &object, int index, bool withResults, bool exact = false)
{
    const QString where = u"lines[%1]"_s.arg(index);
    if (auto unknown = refuseUnknown(object,
                                     {u"tax_code", u"short_name", u"name", u"specification", u"unit", u"quantity", u"unit_price",
                                      u"amount", u"rate", u"price_includes_tax", u"discount", u"tax"},
                                     where);
        !unknown)
        return std::unexpected(unknown.error());
    LineInput input;
    input.taxCode = text(object, u"tax_code", exact);
    input.shortName = text(object, u"short_name", exact);
    input.name = text(object, u"name", exact);
    input.specification = text(object, u"specification", exact);
    input.unit = text(object, u"unit", exact);
    input.priceIncludesTax = object.value(u"price_includes_tax").toBool();
    input.discount = object.value(u"discount").toBool();
    if (!input.taxCode.isEmpty()
        && (input.taxCode.size() != 19
            || !std::all_of(input.taxCode.begin(), input.taxCode.end(), [](QChar c) { return c.isDigit(); })))
        return fail(u"invalid_tax_code"_s,
                    InvoiceDraft::tr("%1: a tax classification code has 19 digits.").arg(lineLabel(index, u"tax_code")),
                    where + u".tax_code"_s);
    auto quantity = optionalDecimal(object, u"quantity", where + u".quantity"_s, lineLabel(index, u"quantity"));
    auto price = optionalDecimal(object, u"unit_price", where + u".unit_price"_s, lineLabel(index, u"unit_price"));
    auto rate = optionalDecimal(object, u"rate", where + u".rate"_s, lineLabel(index, u"rate"), true);
    for (const auto *parsed : {&quantity, &price, &rate}) {
        if (!*parsed)
            return std::unexpected(parsed->error());
    }
    if (!*rate)
        return fail(u"required"_s, InvoiceDraft::tr("%1 is required (e.g. 13%).").arg(lineLabel(index, u"rate")),
                    where + u".rate"_s);
    input.quantity = *quantity;
    input.unitPrice = *price;
    input.rate = **rate;
    if (input.quantity.has_value() != input.unitPrice.has_value())
        return fail(
            u"quantity_without_price"_s,
            InvoiceDraft::tr("Line %1: give both the quantity and the unit price, or neither (then the amount).").arg(index),
            where + (input.quantity ? u".unit_price"_s : u".quantity"_s));
    if (!input.quantity || withResults) {
        const QString field = where + u".amount"_s;
        if (!object.value(u"amount").isString())
            return fail(
                u"required"_s,
                InvoiceDraft::tr("%1 is required when there is no quantity and unit price.").arg(lineLabel(index, u"amount")),
                field);
        auto amount = Money::parse(object.value(u"amount").toString(), lineLabel(index, u"amount"));
        if (!amount) {
            Error error = amount.error();
            error.field = field;
            return std::unexpected(error);
        }
        input.amount = *amount;
    }
    return input;
}

} // namespace

QString kindKey(InvoiceKind kind)
{
    return kind == InvoiceKind::Special ? u"special"_s : u"ordinary"_s;
}

Result<InvoiceKind> kindFromKey(const QString &key)
{
    if (key == u"special")
        return InvoiceKind::Special;
    if (key == u"ordinary")
        return InvoiceKind::Ordinary;
    return fail(u"invalid_kind"_s, InvoiceDraft::tr("kind must be \"special\" (专票) or \"ordinary\" (普票)."), u"kind"_s);
}

QJsonObject Party::toJson() const
{
    return {{u"name"_s, name}, {u"credit_code"_s, creditCode},   {u"address"_s, address},      {u"phone"_s, phone},
            {u"bank"_s, bank}, {u"bank_account"_s, bankAccount}, {u"individual"_s, individual}};
}

Party Party::fromJson(const QJsonObject &object, bool exact)
{
    const QString code = text(object, u"credit_code", exact);
    return {text(object, u"name", exact),        exact ? code : code.toUpper(), text(object, u"address", exact),
            text(object, u"phone", exact),       text(object, u"bank", exact),  text(object, u"bank_account", exact),
            object.value(u"individual").toBool()};
}

Result<InvoiceDraft> InvoiceDraft::fromJson(const QJsonObject &object)
{
    if (auto unknown = refuseUnknown(object, {u"kind", u"buyer", u"lines", u"remarks", u"drawer"}, tr("an invoice")); !unknown)
        return std::unexpected(unknown.error());
    InvoiceDraft draft;
    auto kind = kindFromKey(object.value(u"kind").toString(u"ordinary"_s));
    if (!kind)
        return std::unexpected(kind.error());
    draft.kind = *kind;
    const QJsonObject buyer = object.value(u"buyer").toObject();
    if (auto unknown = refuseUnknown(
            buyer, {u"name", u"credit_code", u"address", u"phone", u"bank", u"bank_account", u"individual"}, u"buyer"_s);
        !unknown)
        return std::unexpected(unknown.error());
    draft.buyer = Party::fromJson(buyer);
    const QJsonArray lines = object.value(u"lines").toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto line = lineInputFromJson(lines.at(i).toObject(), static_cast<int>(i + 1), false);
        if (!line)
            return std::unexpected(line.error());
        draft.lines.append(*line);
    }
    draft.remarks = object.value(u"remarks").toString().trimmed();
    draft.drawer = text(object, u"drawer");
    return draft;
}

QJsonObject InvoiceDraft::toJson() const
{
    QJsonArray array;
    for (const LineInput &line : lines) {
        QJsonObject object = lineInputJson(line);
        if (!line.quantity)
            object.insert(u"amount"_s, line.amount.toString());
        array.append(object);
    }
    return {{u"kind"_s, kindKey(kind)},
            {u"buyer"_s, buyer.toJson()},
            {u"lines"_s, array},
            {u"remarks"_s, remarks},
            {u"drawer"_s, drawer}};
}

Result<void> checkInvoiceText(const QString &text, const QString &field, const QString &label, int maxLength, bool multiline)
{
    // Code points, not UTF-16 units; an unpaired surrogate comes out as U+FFFD and is refused with it.
    const QList<uint> codePoints = text.toUcs4();
    const qsizetype characters = codePoints.size();
    for (const uint c : codePoints) {
        const bool control = (c < 0x20 && !(multiline && (c == U'\n' || c == U'\r'))) || (c >= 0x7F && c <= 0x9F);
        const bool bidi
            = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
        const bool invisible = (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
        const bool broken = c == 0xFFFD || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        if (control || bidi || invisible || broken) {
            const QString kind = bidi ? InvoiceDraft::tr("a direction override")
                : invisible           ? InvoiceDraft::tr("an invisible character")
                : control             ? InvoiceDraft::tr("a control character")
                                      : InvoiceDraft::tr("not a character");
            const QString code = QString::number(c, 16).toUpper().rightJustified(4, u'0');
            return fail(u"invalid_character"_s,
                        InvoiceDraft::tr("%1 contains the character U+%2 (%3), which would not print as it reads; remove it.")
                            .arg(label, code, kind),
                        field);
        }
    }
    if (characters > maxLength)
        return fail(
            u"too_long"_s,
            InvoiceDraft::tr("%1 has %2 characters; at most %3 fit on the invoice.").arg(label).arg(characters).arg(maxLength),
            field);
    return {};
}

Result<void> checkLineText(const LineInput &line, int index)
{
    const QString prefix = index > 0 ? u"lines[%1]."_s.arg(index) : QString();
    const QString row = index > 0 ? InvoiceDraft::tr("Line %1: ").arg(index) : QString();
    const struct
    {
        const QString &text;
        const char16_t *key;
        QString label;
        int limit;
    } fields[] = {
        {line.name, u"name", InvoiceDraft::tr("the item name (项目名称)"), InvoiceTextLimits::kName},
        {line.shortName, u"short_name", InvoiceDraft::tr("the short name (简称)"), InvoiceTextLimits::kShortName},
        {line.specification, u"specification", InvoiceDraft::tr("the specification (规格型号)"),
         InvoiceTextLimits::kSpecification},
        {line.unit, u"unit", InvoiceDraft::tr("the unit (单位)"), InvoiceTextLimits::kUnit},
        {line.taxCode, u"tax_code", InvoiceDraft::tr("the tax classification code (税收分类编码)"), 19},
    };
    for (const auto &f : fields) {
        if (auto checked = checkInvoiceText(f.text, prefix + QString::fromUtf16(f.key), row + f.label, f.limit); !checked)
            return checked;
    }
    return {};
}

Result<void> InvoiceDraft::checkParties() const
{
    const struct
    {
        const QString &text;
        const char16_t *key;
        QString label;
        int limit;
        bool multiline;
    } texts[] = {
        {buyer.name, u"buyer.name", tr("The buyer's name (购买方名称)"), InvoiceTextLimits::kName, false},
        {buyer.creditCode, u"buyer.credit_code", tr("The buyer's credit code (统一社会信用代码)"), 20, false},
        {buyer.address, u"buyer.address", tr("The buyer's address (地址)"), InvoiceTextLimits::kAddress, false},
        {buyer.phone, u"buyer.phone", tr("The buyer's phone (电话)"), InvoiceTextLimits::kPhone, false},
        {buyer.bank, u"buyer.bank", tr("The buyer's bank (开户银行)"), InvoiceTextLimits::kBank, false},
        {buyer.bankAccount, u"buyer.bank_account", tr("The buyer's account (银行账号)"), InvoiceTextLimits::kBankAccount, false},
        {remarks, u"remarks", tr("The remarks (备注)"), InvoiceTextLimits::kRemarks, true},
        {drawer, u"drawer", tr("The drawer (开票人)"), InvoiceTextLimits::kDrawer, false},
    };
    for (const auto &t : texts) {
        if (auto checked = checkInvoiceText(t.text, QString::fromUtf16(t.key), t.label, t.limit, t.multiline); !checked)
            return checked;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (auto checked = checkLineText(lines.at(i), static_cast<int>(i + 1)); !checked)
            return checked;
    }
    if (buyer.name.isEmpty())
        return fail(u"required"_s, tr("The buyer's name (购买方名称) is required."), u"buyer.name"_s);
    if (buyer.individual) {
        if (kind == InvoiceKind::Special)
            return fail(u"individual_special"_s, tr("A special invoice (专票) cannot be issued to an individual."),
                        u"buyer.individual"_s);
        if (!buyer.creditCode.isEmpty())
            if (auto code = UnifiedSocialCreditCode::parse(buyer.creditCode); !code)
                return fail(code.error().code, tr("Buyer's credit code: %1").arg(code.error().message), u"buyer.credit_code"_s);
    } else {
        if (buyer.creditCode.isEmpty())
            return fail(u"required"_s,
                        tr("The buyer's unified social credit code (统一社会信用代码) is required for an enterprise buyer."),
                        u"buyer.credit_code"_s);
        if (auto code = UnifiedSocialCreditCode::parse(buyer.creditCode); !code)
            return fail(code.error().code, tr("Buyer's credit code: %1").arg(code.error().message), u"buyer.credit_code"_s);
    }
    if (drawer.isEmpty())
        return fail(u"required"_s, tr("The drawer (开票人) is required."), u"drawer"_s);
    return {};
}

QJsonObject Invoice::content() const
{
    QJsonArray array;
    for (const Line &line : lines) {
        QJsonObject object = lineInputJson(line.input);
        object.insert(u"amount"_s, line.amount.toString());
        object.insert(u"tax"_s, line.tax.toString());
        array.append(object);
    }
    QJsonObject object{{u"number"_s, number},
                       {u"kind"_s, kindKey(kind)},
                       {u"issued_at"_s, issuedAt.toString(Qt::ISODate)},
                       {u"seller"_s, seller.toJson()},
                       {u"buyer"_s, buyer.toJson()},
                       {u"lines"_s, array},
                       {u"total_amount"_s, totals.amount.toString()},
                       {u"total_tax"_s, totals.tax.toString()},
                       {u"total"_s, totals.total.toString()},
                       {u"total_in_words"_s, totals.totalInWords},
                       {u"remarks"_s, remarks},
                       {u"drawer"_s, drawer},
                       {u"device_id"_s, deviceId},
                       {u"range_id"_s, rangeId}};
    if (!sellerTaxpayer.isEmpty())
        object.insert(u"seller_taxpayer"_s, sellerTaxpayer);
    if (red)
        object.insert(u"red"_s, QJsonObject{{u"blue_number"_s, red->blueNumber}, {u"confirmation_id"_s, red->confirmationId}});
    return object;
}

Result<Invoice> Invoice::fromContent(const QJsonObject &content)
{
    Invoice invoice;
    invoice.number = content.value(u"number").toString();
    auto kind = kindFromKey(content.value(u"kind").toString());
    if (!kind)
        return std::unexpected(kind.error());
    invoice.kind = *kind;
    invoice.issuedAt = QDateTime::fromString(content.value(u"issued_at").toString(), Qt::ISODate);
    if (!invoice.issuedAt.isValid())
        return fail(u"invalid_time"_s, tr("The issue time is not a valid date and time."), u"issued_at"_s);
    // Read exactly as signed: nothing trimmed or normalised.
    invoice.seller = Party::fromJson(content.value(u"seller").toObject(), true);
    invoice.buyer = Party::fromJson(content.value(u"buyer").toObject(), true);
    const QJsonArray lines = content.value(u"lines").toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject object = lines.at(i).toObject();
        auto input = lineInputFromJson(object, static_cast<int>(i + 1), true, true);
        if (!input)
            return std::unexpected(input.error());
        const QString field = u"lines[%1].tax"_s.arg(i + 1);
        auto tax = Money::parse(object.value(u"tax").toString(), field);
        if (!tax)
            return std::unexpected(tax.error());
        invoice.lines.append(Line{*input, input->amount, *tax});
    }
    for (const auto &[key, target] : {std::pair{u"total_amount", &invoice.totals.amount},
                                      std::pair{u"total_tax", &invoice.totals.tax}, std::pair{u"total", &invoice.totals.total}}) {
        auto money = Money::parse(content.value(key).toString(), QString::fromUtf16(key));
        if (!money)
            return std::unexpected(money.error());
        *target = *money;
    }
    invoice.totals.totalInWords = content.value(u"total_in_words").toString();
    invoice.remarks = content.value(u"remarks").toString();
    invoice.drawer = content.value(u"drawer").toString();
    invoice.deviceId = content.value(u"device_id").toString();
    invoice.rangeId = content.value(u"range_id").toString();
    invoice.sellerTaxpayer = content.value(u"seller_taxpayer").toString();
    if (content.contains(u"red")) {
        const QJsonObject red = content.value(u"red").toObject();
        invoice.red = RedReference{red.value(u"blue_number").toString(), red.value(u"confirmation_id").toString()};
    }
    return invoice;
}

namespace {

/// Compact JSON written the way QJsonDocument writes it (Qt's qjsonwriter: '"', '\\' and characters
/// below 0x20 escaped — \b \f \n \r \t or \u00xx — everything else as UTF-8), so the canonical
/// bytes come out without building a QJsonObject. Keys are given in sorted order by the caller.
class CompactWriter
{
public:
    CompactWriter() { m_out.reserve(4096); }
    void string(const QString &text)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        m_out += '"';
        const auto *c = reinterpret_cast<const char16_t *>(text.utf16());
        const char16_t *const end = c + text.size();
        for (; c != end; ++c) {
            const char16_t u = *c;
            if (u >= 0x20 && u < 0x80 && u != 0x22 && u != 0x5c) {
                m_out += static_cast<char>(u);
            } else if (u < 0x80) {
                m_out += '\\';
                switch (u) {
                case 0x22:
                    m_out += '"';
                    break;
                case 0x5c:
                    m_out += '\\';
                    break;
                case 0x08:
                    m_out += 'b';
                    break;
                case 0x0c:
                    m_out += 'f';
                    break;
                case 0x0a:
                    m_out += 'n';
                    break;
                case 0x0d:
                    m_out += 'r';
                    break;
                case 0x09:
                    m_out += 't';
                    break;
                default:
                    m_out += "u00";
                    m_out += kHex[u >> 4];
                    m_out += kHex[u & 0xf];
                }
            } else if (QChar::isHighSurrogate(u) && c + 1 != end && QChar::isLowSurrogate(c[1])) {
                appendUtf8(QChar::surrogateToUcs4(u, c[1]));
                ++c;
            } else if (QChar::isSurrogate(u)) {
                // An unpaired surrogate: Qt writes it as an escape, \udxxx.
                m_out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    m_out += kHex[(u >> shift) & 0xf];
            } else {
                appendUtf8(u);
            }
        }
        m_out += '"';
    }
    /// UTF-8 of one code point, written in place (no temporary per character).
    void appendUtf8(char32_t point)
    {
        if (point < 0x800) {
            m_out += static_cast<char>(0xC0 | (point >> 6));
        } else if (point < 0x10000) {
            m_out += static_cast<char>(0xE0 | (point >> 12));
            m_out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
        } else {
            m_out += static_cast<char>(0xF0 | (point >> 18));
            m_out += static_cast<char>(0x80 | ((point >> 12) & 0x3F));
            m_out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
        }
        m_out += static_cast<char>(0x80 | (point & 0x3F));
    }
    void key(const char *name)
    {
        if (m_out.back() != '{' && m_out.back() != '[')
            m_out += ',';
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    void field(const char *name, const QString &value)
    {
        key(name);
        string(value);
    }
    void field(const char *name, bool value)
    {
        key(name);
        m_out += value ? "true" : "false";
    }
    void open(char bracket) { m_out += bracket; }
    void close(char bracket) { m_out += bracket; }
    void separate()
    {
        if (m_out.back() != '[')
            m_out += ',';
    }
    void party(const char *name, const Party &who)
    {
        key(name);
        open('{');
        field("address", who.address);
        field("bank", who.bank);
        field("bank_account", who.bankAccount);
        field("credit_code", who.creditCode);
        field("individual", who.individual);
        field("name", who.name);
        field("phone", who.phone);
        close('}');
    }
    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

QByteArray Invoice::compactContent() const
{
    // The keys of content(), in QJsonObject's (sorted) order.
    CompactWriter json;
    json.open('{');
    json.party("buyer", buyer);
    json.field("device_id", deviceId);
    json.field("drawer", drawer);
    json.field("issued_at", issuedAt.toString(Qt::ISODate));
    json.field("kind", kindKey(kind));
    json.key("lines");
    json.open('[');
    for (const Line &line : lines) {
        const LineInput &input = line.input;
        json.separate();
        json.open('{');
        json.field("amount", line.amount.toString());
        json.field("discount", input.discount);
        json.field("name", input.name);
        json.field("price_includes_tax", input.priceIncludesTax);
        if (input.quantity)
            json.field("quantity", input.quantity->toString());
        json.field("rate", input.rate.toString());
        json.field("short_name", input.shortName);
        json.field("specification", input.specification);
        json.field("tax", line.tax.toString());
        json.field("tax_code", input.taxCode);
        json.field("unit", input.unit);
        if (input.unitPrice)
            json.field("unit_price", input.unitPrice->toString());
        json.close('}');
    }
    json.close(']');
    json.field("number", number);
    json.field("range_id", rangeId);
    if (red) {
        json.key("red");
        json.open('{');
        json.field("blue_number", red->blueNumber);
        json.field("confirmation_id", red->confirmationId);
        json.close('}');
    }
    json.field("remarks", remarks);
    json.party("seller", seller);
    if (!sellerTaxpayer.isEmpty())
        json.field("seller_taxpayer", sellerTaxpayer);
    json.field("total", totals.total.toString());
    json.field("total_amount", totals.amount.toString());
    json.field("total_in_words", totals.totalInWords);
    json.field("total_tax", totals.tax.toString());
    json.close('}');
    QByteArray bytes = json.take();
    // Every debug build (and so every test run) proves the two forms are the same bytes.
    Q_ASSERT(bytes == QJsonDocument(content()).toJson(QJsonDocument::Compact));
    return bytes;
}

QByteArray Invoice::signingBytes() const
{
    return signingBytes(compactContent());
}

QByteArray Invoice::signingBytes(QByteArrayView compactContent)
{
    return kSigningDomain.toByteArray() + '\n' + compactContent.toByteArray();
}

QString Invoice::qrPayload() const
{
    const QString withoutCheck = u"01,%1,,%2,%3,%4,,"_s.arg(kind == InvoiceKind::Special ? u"31" : u"32", number,
                                                            totals.total.toString(), issueDate().toString(u"yyyyMMdd"));
    return withoutCheck + qrCheck(withoutCheck.toLatin1());
}

namespace {

/// A CRC-16 without reflection or final XOR, as four upper-case hex digits.
QString crc16(QByteArrayView bytes, quint16 polynomial, quint16 initial)
{
    quint16 crc = initial;
    for (const char byte : bytes) {
        crc ^= static_cast<quint16>(static_cast<quint8>(byte) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ polynomial) : static_cast<quint16>(crc << 1);
    }
    return u"%1"_s.arg(crc, 4, 16, QChar(u'0')).toUpper();
}

} // namespace

QString qrCheck(QByteArrayView payloadWithoutCheck)
{
    return crc16(payloadWithoutCheck, 0x8005, 0x0000); // CRC-16/UMTS
}

QString legacyQrCheck(QByteArrayView payloadWithoutCheck)
{
    return crc16(payloadWithoutCheck, 0x1021, 0xFFFF); // CRC-16/CCITT-FALSE
}

QByteArray InvoiceSignature::deviceKey() const
{
    return QByteArray::fromBase64(grant.value(u"device_key").toString().toLatin1());
}

QDate chinaToday()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
}

Result<QString> totalInWords(Money total)
{
    auto words
        = AmountInWords::format(Money::fromFen(total.fen() < 0 ? -total.fen() : total.fen()), AmountInWords::Style::Invoice);
    if (!words)
        return std::unexpected(words.error());
    return total.fen() < 0 ? u"（负数）"_s + *words : *words;
}

Result<Totals> totalsOf(const QList<Line> &lines, bool red)
{
    qint64 amount = 0;
    qint64 tax = 0;
    for (const Line &line : lines) {
        amount += line.amount.fen();
        tax += line.tax.fen();
    }
    Totals totals{Money::fromFen(amount), Money::fromFen(tax), Money::fromFen(amount + tax), {}};
    if (red ? totals.total.fen() >= 0 : totals.total.fen() <= 0)
        return fail(u"invalid_total"_s,
                    red ? Invoice::tr("A red-letter invoice's total must be negative.")
                        : Invoice::tr("The invoice total must be positive."),
                    u"lines"_s);
    auto words = totalInWords(totals.total);
    if (!words)
        return std::unexpected(words.error());
    totals.totalInWords = *words;
    return totals;
}

} // namespace taxbox::invoice
