#include "TablePdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::print {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate space
constexpr qreal kLargestPointSize = 9;
constexpr qreal kSmallestPointSize = 5;

qreal millimetres(qreal mm)
{
    return mm / 25.4 * kResolution;
}

struct Layout
{
    QFont font;
    QList<qreal> widths;
    qreal padding = 0;
    qreal rowHeight = 0;
    qreal headerHeight = 0;
};

/// Column widths at one type size: every data cell on one line; a heading wraps, but its column is at
/// least four ideographs wide so it never stacks one character per line.
Layout layoutAt(const TableDocument &document, qreal pointSize, QPaintDevice *device)
{
    Layout layout;
    layout.font = pdfFont(pointSize);
    const QFontMetricsF metrics(layout.font, device);
    layout.padding = millimetres(1.0);
    const qsizetype columns = document.rows.isEmpty() ? 0 : document.rows.first().size();
    const qreal minimumHeading = metrics.horizontalAdvance(u"四个汉字"_s);
    for (qsizetype c = 0; c < columns; ++c) {
        qreal data = 0;
        for (qsizetype r = 1; r < document.rows.size(); ++r)
            data = std::max(data, metrics.horizontalAdvance(document.rows.at(r).value(c)));
        const qreal heading = metrics.horizontalAdvance(document.rows.first().value(c));
        layout.widths.append(std::max(data, std::min(heading, std::max(data, minimumHeading))) + 2 * layout.padding);
    }
    layout.rowHeight = metrics.height() + layout.padding * 1.4;
    qreal header = layout.rowHeight;
    for (qsizetype c = 0; c < columns; ++c) {
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, layout.widths.at(c) - 2 * layout.padding, 1e6),
                                                   Qt::TextWordWrap | Qt::TextWrapAnywhere, document.rows.first().value(c));
        header = std::max(header, bounds.height() + layout.padding * 1.4);
    }
    layout.headerHeight = header;
    return layout;
}

qreal sum(const QList<qreal> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), qreal(0));
}

} // namespace

QFont pdfFont(qreal pointSize, bool bold)
{
    // Latin letters and digits from a Latin face, ideographs from Droid Sans Fallback: with Noto Sans CJK
    // first, Qt's PDF text layer maps shared glyphs to Kangxi radicals (人 read back as ⼈) and drops digits
    // next to Latin letters (a credit code read back as 91350100MY) — measured with pdftotext. Noto and
    // the Windows faces stay as fallbacks.
    QFont font(u"DejaVu Sans"_s);
    font.setFamilies({u"DejaVu Sans"_s, u"Droid Sans Fallback"_s, u"Noto Sans CJK SC"_s, u"Microsoft YaHei"_s, u"SimSun"_s});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

Result<void> writeTablePdf(const TableDocument &document, const QString &path)
{
    return writeTablesPdf({document}, path);
}

Result<void> writeTablesPdf(const QList<TableDocument> &documents, const QString &path)
{
    {
        QPdfWriter pdf(path);
        pdf.setResolution(kResolution);
        pdf.setTitle(documents.isEmpty() ? QString() : documents.constFirst().title);
        pdf.setCreator(u"Taxbox"_s);
        if (auto painted = paintTables(documents, pdf); !painted)
            return painted.error().code == u"nothing_to_print"
                ? painted
                : fail(u"write_failed"_s, QCoreApplication::translate("TablePdf", "%1 could not be written.").arg(path));
    }
    if (QFileInfo(path).size() <= 0)
        return fail(u"write_failed"_s, QCoreApplication::translate("TablePdf", "%1 could not be written.").arg(path));
    return {};
}

Result<void> paintTables(const QList<TableDocument> &documents, QPagedPaintDevice &writer)
{
    if (documents.isEmpty()
        || std::any_of(documents.cbegin(), documents.cend(), [](const TableDocument &d) { return d.rows.isEmpty(); }))
        return fail(u"nothing_to_print"_s, QCoreApplication::translate("TablePdf", "There is nothing to print."));
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    const qreal pageWidth = writer.width();
    const qreal pageHeight = writer.height();
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(u"write_failed"_s, QCoreApplication::translate("TablePdf", "The pages could not be painted."));
    bool firstPage = true;
    for (const TableDocument &document : documents) {
        // The largest type at which every column fits the page.
        Layout layout = layoutAt(document, kLargestPointSize, &writer);
        for (qreal size = kLargestPointSize - 0.5; sum(layout.widths) > pageWidth && size >= kSmallestPointSize; size -= 0.5)
            layout = layoutAt(document, size, &writer);
        // Spare width goes to every column alike, so the table spans the page.
        if (const qreal spare = pageWidth - sum(layout.widths); spare > 0 && !layout.widths.isEmpty()) {
            for (qreal &width : layout.widths)
                width += spare / static_cast<qreal>(layout.widths.size());
        }

        const QFont titleFont = pdfFont(13, true);
        const QFont smallFont = pdfFont(8);
        const qreal titleHeight = QFontMetricsF(titleFont, &writer).height() * 1.3
            + QFontMetricsF(smallFont, &writer).height() * 1.2 * static_cast<qreal>(document.subtitleLines.size())
            + millimetres(2);
        const qreal footerHeight = QFontMetricsF(smallFont, &writer).height() + millimetres(2);
        const qreal bodyHeight = pageHeight - titleHeight - layout.headerHeight - footerHeight;
        const qsizetype dataRows = document.rows.size() - 1;
        const qsizetype perPage = std::max<qsizetype>(1, static_cast<qsizetype>(std::floor(bodyHeight / layout.rowHeight)));
        const qsizetype pages = std::max<qsizetype>(1, (dataRows + perPage - 1) / perPage);

        painter.setPen(QPen(Qt::black, millimetres(0.15)));
        const auto drawRow = [&](const QStringList &cells, qreal y, qreal height, bool heading) {
            qreal x = 0;
            painter.setFont(heading ? pdfFont(layout.font.pointSizeF(), true) : layout.font);
            for (qsizetype c = 0; c < layout.widths.size(); ++c) {
                const QRectF cell(x, y, layout.widths.at(c), height);
                painter.drawRect(cell);
                const QRectF text = cell.adjusted(layout.padding, 0, -layout.padding, 0);
                const int align = heading ? Qt::AlignCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere
                    : document.rightAligned.contains(static_cast<int>(c)) ? Qt::AlignRight | Qt::AlignVCenter
                                                                          : Qt::AlignLeft | Qt::AlignVCenter;
                painter.drawText(text, align, cells.value(c));
                x += layout.widths.at(c);
            }
        };
        for (qsizetype page = 0; page < pages; ++page) {
            if (!firstPage)
                writer.newPage();
            firstPage = false;
            qreal y = 0;
            painter.setFont(titleFont);
            const qreal titleLine = QFontMetricsF(titleFont, &writer).height() * 1.3;
            painter.drawText(QRectF(0, y, pageWidth, titleLine), Qt::AlignHCenter | Qt::AlignVCenter, document.title);
            y += titleLine;
            painter.setFont(smallFont);
            const qreal smallLine = QFontMetricsF(smallFont, &writer).height() * 1.2;
            for (const QString &line : document.subtitleLines) {
                painter.drawText(QRectF(0, y, pageWidth, smallLine), Qt::AlignLeft | Qt::AlignVCenter, line);
                y += smallLine;
            }
            y = titleHeight;
            drawRow(document.rows.first(), y, layout.headerHeight, true);
            y += layout.headerHeight;
            const qsizetype first = 1 + page * perPage;
            const qsizetype last = std::min<qsizetype>(document.rows.size(), first + perPage);
            for (qsizetype r = first; r < last; ++r) {
                drawRow(document.rows.at(r), y, layout.rowHeight, false);
                y += layout.rowHeight;
            }
            painter.setFont(smallFont);
            painter.drawText(QRectF(0, pageHeight - footerHeight, pageWidth, footerHeight), Qt::AlignHCenter | Qt::AlignBottom,
                             document.pageLabel.arg(page + 1).arg(pages));
        }
    }
    if (!painter.end())
        return fail(u"write_failed"_s, QCoreApplication::translate("TablePdf", "The pages could not be painted."));
    return {};
}

} // namespace taxbox::print
