#pragma once

#include "base/Result.h"
#include "refund/RefundApplications.h"

namespace taxbox::print {

/// Writes a refund application's tables (the 《退(抵)税申请表》, or the 免抵退 汇总表 and 明细表) as `format`
/// "pdf" (A4 landscape, Chinese page numbers, text that PDF tools read) or "xlsx" (one worksheet per table,
/// the title and the enterprise lines above the header, figures as numbers). The titles and the page label come
/// from the print template in force on `printedOn` (rules::PrintTemplates, pack cn-print).
[[nodiscard]] Result<void> writeRefundApplication(const QList<refund::RefundApplications::Table> &tables, const QString &format,
                                                  const QString &path, QDate printedOn = QDate::currentDate());

} // namespace taxbox::print
