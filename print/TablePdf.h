#pragma once

#include "base/Result.h"

#include <QFont>
#include <QList>
#include <QPagedPaintDevice>
#include <QString>
#include <QStringList>

namespace taxbox::print {

/// A long table for paper: a return (扣缴申报表), a ledger, a calculator's months.
struct TableDocument
{
    QString title;
    QStringList subtitleLines; ///< the enterprise, the period, …
    QList<QStringList> rows; ///< the first row is the header
    QList<int> rightAligned; ///< columns of figures
    /// The page line, with %1 the page and %2 the pages ("第 %1 页，共 %2 页" on a Chinese return).
    QString pageLabel = QStringLiteral("%1 / %2");
};

/// The face for text in Taxbox's PDFs: Latin (and Cyrillic) from DejaVu Sans, ideographs, kana and
/// Hangul from Droid Sans Fallback, so that PDF text tools read back the characters themselves (with Noto
/// Sans CJK first, Qt's text layer gives Kangxi radicals for shared glyphs).
[[nodiscard]] QFont pdfFont(qreal pointSize, bool bold = false);

/// Writes `document` as an A4 landscape PDF in which no figure or ID is ever broken across lines: each
/// column is as wide as its widest cell (headings wrap instead), the type is made smaller (down to 5 pt)
/// when the columns would not fit the page, the header row is repeated on every page, and every page
/// carries its number. The text stays text (pdftotext reads every cell whole).
[[nodiscard]] Result<void> writeTablePdf(const TableDocument &document, const QString &path);
/// Several tables in one PDF (a return and its attachments), each starting on a new page.
[[nodiscard]] Result<void> writeTablesPdf(const QList<TableDocument> &documents, const QString &path);
/// Paints the tables on a PDF writer or a printer (A4 landscape, the same pages as the PDF).
[[nodiscard]] Result<void> paintTables(const QList<TableDocument> &documents, QPagedPaintDevice &device);

} // namespace taxbox::print
