#include "CumulativeWithholding.h"

#include "money/Decimal.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::calc {

namespace {
/// value × scale as an integer, or nothing when it is not whole (e.g. a rate with five decimals).
std::optional<qint64> scaled(const Decimal &value, std::int64_t scale)
{
    const Decimal product = value * Decimal::fromInteger(scale);
    if (product != product.roundedHalfUp(0))
        return std::nullopt;
    bool ok = false;
    const qint64 result = product.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(result) : std::nullopt;
}
} // namespace

Result<WithholdingTable> WithholdingTable::fromPack(const rules::RulePack &pack, const QString &key, QDate date)
{
    auto table = pack.table(key, date);
    if (!table)
        return std::unexpected(table.error());
    WithholdingTable result;
    for (const rules::Bracket &bracket : table->rows) {
        const auto upTo = bracket.upTo ? scaled(*bracket.upTo, 100) : std::optional<qint64>(std::numeric_limits<qint64>::max());
        const auto rate = scaled(bracket.rate, 10000);
        const auto quick = scaled(bracket.quickDeduction, 100);
        if (!upTo || !rate || !quick)
            return fail(u"invalid_rule_pack"_s, rules::RulePack::tr("The rule pack is invalid: %1").arg(key));
        result.rows.append({*upTo, *rate, *quick});
    }
    return result;
}

const WithholdingTable::Row &WithholdingTable::find(qint64 taxableFen) const
{
    for (const Row &row : rows) {
        if (taxableFen <= row.upToFen)
            return row;
    }
    return rows.constLast();
}

qint64 WithholdingTable::taxFen(qint64 taxableFen) const
{
    if (taxableFen <= 0)
        return 0;
    const Row &row = find(taxableFen);
    // taxable × rate / 10000 rounded half up, split so that no product overflows int64.
    const qint64 tax = taxableFen / 10000 * row.rateBasisPoints + (taxableFen % 10000 * row.rateBasisPoints + 5000) / 10000;
    return std::max<qint64>(0, tax - row.quickDeductionFen);
}

CumulativeWithholding::CumulativeWithholding(WithholdingTable table, qint64 basicPerMonthFen, int firstDeductionMonth,
                                             qint64 sixtyThousandFen)
    : m_table(std::move(table))
    , m_basicPerMonthFen(basicPerMonthFen)
    , m_firstDeductionMonth(firstDeductionMonth)
    , m_sixtyThousandFen(sixtyThousandFen)
{ }

WithholdingMonth CumulativeWithholding::add(int month, const WageMonth &wages)
{
    WithholdingMonth &s = m_state;
    s.month = month;
    s.cumulativeIncomeFen += wages.incomeFen;
    s.cumulativeExemptFen += wages.exemptFen;
    s.cumulativeSpecialFen += wages.specialFen;
    s.cumulativeAdditionalFen += wages.additionalFen;
    s.cumulativeOtherFen += wages.otherFen;
    s.cumulativeReliefFen += wages.reliefFen;
    s.cumulativeBasicFen = std::max<qint64>(m_basicPerMonthFen * (month - m_firstDeductionMonth + 1), m_sixtyThousandFen);
    s.cumulativeTaxableFen = std::max<qint64>(0,
                                              s.cumulativeIncomeFen - s.cumulativeExemptFen - s.cumulativeBasicFen
                                                  - s.cumulativeSpecialFen - s.cumulativeAdditionalFen - s.cumulativeOtherFen);
    s.bracket = m_table.find(s.cumulativeTaxableFen);
    s.cumulativeTaxFen = m_table.taxFen(s.cumulativeTaxableFen);
    s.withheldBeforeFen = s.cumulativeWithheldFen;
    const qint64 due = s.cumulativeTaxFen - s.cumulativeReliefFen - s.withheldBeforeFen;
    s.negativeResult = due < 0;
    s.withheldFen = std::max<qint64>(0, due);
    s.cumulativeWithheldFen += s.withheldFen;
    return s;
}

} // namespace taxbox::calc
