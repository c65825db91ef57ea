#include "InvoiceArithmetic.h"

#include "invoice/Invoice.h"
#include "rules/RulePack.h"

#include <QJsonArray>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {
Decimal fen(Money money)
{
    return Decimal::fromMoney(money);
}
} // namespace

QString Line::displayName() const
{
    return u"*%1*%2"_s.arg(input.shortName, input.name);
}

std::optional<Decimal> Line::unitPriceWithoutTax() const
{
    if (!input.quantity || !input.unitPrice)
        return std::nullopt;
    if (!input.priceIncludesTax)
        return *input.unitPrice;
    auto price = Decimal::fromMoney(amount).dividedBy(*input.quantity);
    if (!price)
        return std::nullopt;
    return price->roundedHalfUp(10);
}

InvoiceArithmetic::InvoiceArithmetic(const rules::RulePack &pack, QDate date)
    : m_pack(pack)
    , m_date(date)
{
    // The rates in force on the date, read once (a batch checks every line against them).
    for (const char *key : {"vat.rates", "vat.levy_rates"}) {
        auto rates = m_pack.value(QString::fromLatin1(key), m_date);
        if (!rates) {
            m_ratesError = rates.error();
            return;
        }
        for (const QJsonValue &value : rates->toArray()) {
            if (auto parsed = Decimal::parse(value.toString()))
                m_rates.append({*parsed, value.toString()});
        }
    }
}

Result<void> InvoiceArithmetic::checkRate(const Decimal &rate, int number) const
{
    if (m_ratesError)
        return std::unexpected(*m_ratesError);
    QStringList allowed;
    for (const auto &[value, text] : m_rates) {
        if (value == rate)
            return {};
        allowed.append(text);
    }
    return fail(u"invalid_rate"_s,
                tr("Line %1: the rate %2 is not one in force on %3 (%4).")
                    .arg(number)
                    .arg(rate.toString(), m_date.toString(Qt::ISODate), allowed.join(u", ")),
                u"rate"_s);
}

Result<Line> InvoiceArithmetic::computeLine(const LineInput &input, int number) const
{
    if (auto rate = checkRate(input.rate, number); !rate)
        return std::unexpected(rate.error());
    if (input.name.trimmed().isEmpty())
        return fail(u"required"_s, tr("Line %1: the item needs a name.").arg(number), u"name"_s);
    Money entered = input.amount;
    if (input.quantity && input.unitPrice) {
        if (input.quantity->isZero() || input.quantity->isNegative() != input.discount)
            return fail(u"invalid_quantity"_s, tr("Line %1: the quantity must be positive.").arg(number), u"quantity"_s);
        if (input.unitPrice->isNegative())
            return fail(u"invalid_price"_s, tr("Line %1: the unit price cannot be negative.").arg(number), u"unit_price"_s);
        auto product = (*input.quantity * *input.unitPrice).roundedHalfUp(2).toMoney();
        if (!product)
            return std::unexpected(product.error());
        entered = *product;
    }
    if (entered.fen() == 0)
        return fail(u"zero_amount"_s, tr("Line %1: the amount cannot be zero.").arg(number), u"amount"_s);
    if (input.discount != (entered.fen() < 0))
        return fail(u"invalid_amount"_s,
                    input.discount ? tr("Line %1: a discount line is negative.").arg(number)
                                   : tr("Line %1: the amount must be positive (a discount is a discount line).").arg(number),
                    u"amount"_s);

    Line line{input, {}, {}};
    if (input.priceIncludesTax) {
        auto divided = fen(entered).dividedBy(Decimal::fromInteger(1) + input.rate);
        if (!divided)
            return std::unexpected(divided.error());
        auto amount = divided->roundedHalfUp(2).toMoney();
        if (!amount)
            return std::unexpected(amount.error());
        line.amount = *amount;
        line.tax = Money::fromFen(entered.fen() - amount->fen()); // the two always add up to what was entered
    } else {
        auto tax = (fen(entered) * input.rate).roundedHalfUp(2).toMoney();
        if (!tax)
            return std::unexpected(tax.error());
        line.amount = entered;
        line.tax = *tax;
    }
    return line;
}

Result<std::pair<QList<Line>, Totals>> InvoiceArithmetic::compute(const QList<LineInput> &inputs) const
{
    if (inputs.isEmpty())
        return fail(u"no_lines"_s, tr("An invoice needs at least one line."), u"lines"_s);
    QList<Line> lines;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const int number = static_cast<int>(i + 1);
        auto line = computeLine(inputs.at(i), number);
        if (!line)
            return std::unexpected(line.error());
        if (line->input.discount) {
            // A discount follows the line it discounts, at its rate, and takes at most all of it.
            if (lines.isEmpty() || lines.last().input.discount)
                return fail(u"discount_without_line"_s,
                            tr("Line %1: a discount line must follow the line it discounts.").arg(number), u"discount"_s);
            const Line &discounted = lines.last();
            if (discounted.input.rate != line->input.rate)
                return fail(u"discount_rate"_s, tr("Line %1: a discount has the rate of the line it discounts.").arg(number),
                            u"rate"_s);
            if (-line->total().fen() > discounted.total().fen())
                return fail(u"discount_too_large"_s,
                            tr("Line %1: the discount (%2) is larger than the line it discounts (%3).")
                                .arg(number)
                                .arg(Money::fromFen(-line->total().fen()).toString(), discounted.total().toString()),
                            u"amount"_s);
        }
        lines.append(*line);
    }
    auto totals = totalsOf(lines, false);
    if (!totals)
        return std::unexpected(totals.error());
    return std::pair{lines, *totals};
}

Result<Totals> InvoiceArithmetic::check(const QList<Line> &lines) const
{
    auto lineLimit = m_pack.decimal(u"vat.invoice_tolerance"_s, u"line"_s, m_date);
    auto invoiceLimit = m_pack.decimal(u"vat.invoice_tolerance"_s, u"invoice"_s, m_date);
    if (!lineLimit || !invoiceLimit)
        return std::unexpected(!lineLimit ? lineLimit.error() : invoiceLimit.error());
    Decimal sumOfDifferences;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const int number = static_cast<int>(i + 1);
        if (auto rate = checkRate(line.input.rate, number); !rate)
            return std::unexpected(rate.error());
        const Decimal difference = fen(line.tax) - fen(line.amount) * line.input.rate;
        const Decimal magnitude = difference.isNegative() ? -difference : difference;
        if (magnitude > *lineLimit)
            return fail(u"line_tolerance"_s,
                        tr("Line %1: the tax %2 differs from %3 × %4 by %5, more than the %6 allowed.")
                            .arg(number)
                            .arg(line.tax.toString(), line.amount.toString(), line.input.rate.toString(), magnitude.toFixed(4),
                                 lineLimit->toFixed(2)),
                        u"tax"_s);
        sumOfDifferences = sumOfDifferences + difference;
    }
    const Decimal total = sumOfDifferences.isNegative() ? -sumOfDifferences : sumOfDifferences;
    if (total > *invoiceLimit)
        return fail(u"invoice_tolerance"_s,
                    tr("The line taxes differ from amount × rate by %1 in all, more than the %2 allowed for an invoice.")
                        .arg(total.toFixed(4), invoiceLimit->toFixed(2)),
                    u"tax"_s);
    // A received red-letter invoice sums to a negative total; a blue one to a positive.
    const qint64 sign = std::accumulate(lines.begin(), lines.end(), qint64{0},
                                        [](qint64 sum, const Line &line) { return sum + line.total().fen(); });
    return totalsOf(lines, sign < 0);
}

} // namespace taxbox::invoice
