#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace taxbox::payroll {

/// Tables in and out of files the way accountants exchange them: CSV (UTF-8 with or without BOM, or
/// GB18030 as Excel writes it on Chinese Windows) and XLSX (the first worksheet).
class Spreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
public:
    /// Rows of cells; the format follows the file name (.csv or .xlsx).
    [[nodiscard]] static Result<QList<QStringList>> read(const QString &path);
    [[nodiscard]] static QList<QStringList> parseCsv(const QString &text);
    /// Writes UTF-8 CSV with a BOM (so Excel opens it as UTF-8), atomically.
    [[nodiscard]] static Result<void> writeCsv(const QString &path, const QList<QStringList> &rows);
    /// Writes one worksheet; cells of `numericColumns` that parse as numbers are written as numbers.
    [[nodiscard]] static Result<void> writeXlsx(const QString &path, const QString &sheet, const QList<QStringList> &rows,
                                                const QList<int> &numericColumns);
};

} // namespace taxbox::payroll
