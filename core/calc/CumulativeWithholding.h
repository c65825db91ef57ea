#pragma once

#include "base/Result.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QList>

namespace taxbox::calc {

/// The cumulative withholding table (累计预扣率表) in integer form: bounds and quick deductions in
/// fen, rates in basis points. Built from the rule pack; exact because the pack's rates have at most
/// four decimals (checked).
struct WithholdingTable
{
    struct Row
    {
        qint64 upToFen; ///< INT64_MAX for the open last row
        qint64 rateBasisPoints; ///< 3% = 300
        qint64 quickDeductionFen;
    };
    QList<Row> rows;

    [[nodiscard]] static Result<WithholdingTable> fromPack(const rules::RulePack &pack, const QString &key, QDate date);
    [[nodiscard]] const Row &find(qint64 taxableFen) const;
    /// round-half-up(taxable × rate) − quick deduction, never below 0.
    [[nodiscard]] qint64 taxFen(qint64 taxableFen) const;
};

/// One month of wages as the employer records it (fen).
struct WageMonth
{
    qint64 incomeFen = 0;
    qint64 exemptFen = 0;
    qint64 specialFen = 0; ///< 专项扣除: social insurance and housing fund
    qint64 additionalFen = 0; ///< 专项附加扣除
    qint64 otherFen = 0;
    qint64 reliefFen = 0;
};

/// What the cumulative method gives for one month.
struct WithholdingMonth
{
    int month = 0;
    qint64 cumulativeIncomeFen = 0;
    qint64 cumulativeExemptFen = 0;
    qint64 cumulativeBasicFen = 0;
    qint64 cumulativeSpecialFen = 0;
    qint64 cumulativeAdditionalFen = 0;
    qint64 cumulativeOtherFen = 0;
    qint64 cumulativeReliefFen = 0;
    qint64 cumulativeTaxableFen = 0;
    WithholdingTable::Row bracket{};
    qint64 cumulativeTaxFen = 0;
    qint64 withheldBeforeFen = 0;
    qint64 withheldFen = 0; ///< this month; never negative
    qint64 cumulativeWithheldFen = 0;
    bool negativeResult = false; ///< the formula gave less than 0: nothing withheld this month
};

/// 累计预扣法 for one employee, one employer, one year (公告2018年第61号, 2020年第13号 and 第19号):
/// feed the months in order with add(). Integer arithmetic in fen, so a year for 10,000 people costs
/// microseconds each; the `iit-wages` calculator and payroll both use it.
class CumulativeWithholding
{
public:
    /// `firstDeductionMonth`: 1 for a first job in the year, otherwise the first month with this
    /// employer. `sixtyThousandFen`: the 60,000 deduction when the rule applies, else 0.
    CumulativeWithholding(WithholdingTable table, qint64 basicPerMonthFen, int firstDeductionMonth, qint64 sixtyThousandFen = 0);

    [[nodiscard]] WithholdingMonth add(int month, const WageMonth &wages);
    /// Continues from a month computed before (e.g. stored by payroll); the next add() is the month after.
    void resume(const WithholdingMonth &state) { m_state = state; }
    [[nodiscard]] qint64 cumulativeWithheldFen() const { return m_state.cumulativeWithheldFen; }

private:
    WithholdingTable m_table;
    qint64 m_basicPerMonthFen;
    int m_firstDeductionMonth;
    qint64 m_sixtyThousandFen;
    WithholdingMonth m_state;
};

} // namespace taxbox::calc
