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
    /// What a file may hold before it is refused (input_too_large), checked before anything is
    /// allocated for it: an import is a payroll, an invoice batch or the code table, never more.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024; ///< a CSV or XLSX file on disk
    static constexpr qint64 kMaxXmlPartBytes = 64 * 1024 * 1024; ///< one part of an XLSX, uncompressed
    static constexpr int kMaxRows = 100'000;
    static constexpr int kMaxColumns = 256;
    static constexpr qint64 kMaxCells = 2'000'000;

    /// Rows of cells; the format follows the file name (.csv or .xlsx). Files beyond the limits above
    /// are refused with "input_too_large" naming the file and the limit; damaged ones with
    /// "input_unreadable"; a CSV quote left open with "unterminated_quote" naming its line.
    [[nodiscard]] static Result<QList<QStringList>> read(const QString &path);
    /// RFC 4180 CSV. A quoted cell that never closes is refused, naming the (1-based) line where
    /// the quote opened: read on, it would swallow every later row into one cell.
    [[nodiscard]] static Result<QList<QStringList>> parseCsv(const QString &text);
    /// Writes UTF-8 CSV with a BOM (so Excel opens it as UTF-8), atomically.
    [[nodiscard]] static Result<void> writeCsv(const QString &path, const QList<QStringList> &rows);
    /// Writes one worksheet; cells of `numericColumns` that parse as numbers are written as numbers.
    [[nodiscard]] static Result<void> writeXlsx(const QString &path, const QString &sheet, const QList<QStringList> &rows,
                                                const QList<int> &numericColumns);
    /// One worksheet of a workbook: its name (31 characters at most), rows, the columns written as
    /// numbers, and how many leading rows are headings (bold, frozen).
    struct Sheet
    {
        QString name;
        QList<QStringList> rows;
        QList<int> numericColumns;
        int headerRows = 1;
    };
    /// Writes a workbook of several worksheets, atomically.
    [[nodiscard]] static Result<void> writeXlsx(const QString &path, const QList<Sheet> &sheets);
};

} // namespace taxbox::payroll
