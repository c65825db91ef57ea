#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace taxbox {

/// 数电票号码: 20 digits = 2-digit year + 2-digit province code + 1-digit issuing channel +
/// 15-digit sequence. Fully digitalised e-invoices have no separate invoice code.
class InvoiceNumber
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceNumber)
public:
    /// Validates `text` (white space ignored). Errors: wrong_length, invalid_character, invalid_region.
    /// The region is a province code (GB/T 2260) or a 计划单列市 code (91–95).
    [[nodiscard]] static Result<InvoiceNumber> parse(QStringView text);

    [[nodiscard]] const QString &text() const { return m_text; }
    /// Four-digit year: "25…" is 2025.
    [[nodiscard]] int year() const { return 2000 + m_text.first(2).toInt(); }
    [[nodiscard]] QString provinceCode() const { return m_text.mid(2, 2); }
    [[nodiscard]] int channel() const { return m_text[4].digitValue(); }
    [[nodiscard]] QString sequence() const { return m_text.last(15); }
    /// 91–95: the region digits genuine numbers of the 计划单列市 carry (92 and 95 seen), which are no province.
    [[nodiscard]] static bool isSeparatelyPlannedCityCode(int region);

private:
    explicit InvoiceNumber(QString text)
        : m_text(std::move(text))
    { }
    QString m_text;
};

} // namespace taxbox
