#pragma once

#include "Money.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace taxbox {

/// Renminbi amounts in Chinese capital numerals (人民币大写), per 《支付结算办法》附件 and
/// spec/tax-rules.md §11.
class AmountInWords
{
    Q_DECLARE_TR_FUNCTIONS(AmountInWords)
public:
    enum class Style {
        Standard, ///< 元, as on cheques and vouchers: 壹仟肆佰零玖元伍角
        Invoice, ///< 圆, the 价税合计（大写） field of e-invoices: 壹仟贰佰柒拾贰圆整
    };

    /// The largest amount that can be written: 9999亿9999万9999元9角9分.
    static constexpr Money kMaximum = Money::fromFen(99'999'999'999'999);

    /// Writes `amount` in words. Negative amounts are prefixed with 负. Amounts beyond kMaximum are
    /// refused with "amount_too_large_for_words".
    [[nodiscard]] static Result<QString> format(Money amount, Style style = Style::Standard);
};

} // namespace taxbox
