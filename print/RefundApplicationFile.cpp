#include "RefundApplicationFile.h"

#include "TablePdf.h"
#include "payroll/Spreadsheet.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::print {

Result<void> writeRefundApplication(const QList<refund::RefundApplications::Table> &tables, const QString &format,
                                    const QString &path)
{
    if (format == u"pdf") {
        QList<TableDocument> documents;
        for (const auto &table : tables) {
            TableDocument document{table.title, table.subtitle, table.rows, table.numericColumns};
            document.pageLabel = u"第 %1 页，共 %2 页"_s;
            documents.append(document);
        }
        return writeTablesPdf(documents, path);
    }
    if (format != u"xlsx")
        return fail(u"invalid_format"_s, u"pdf or xlsx"_s, u"format"_s);
    QList<payroll::Spreadsheet::Sheet> sheets;
    for (const auto &table : tables) {
        QList<QStringList> rows{{table.title}};
        for (const QString &line : table.subtitle)
            rows.append({line});
        rows += table.rows;
        sheets.append({table.title.left(31), rows, table.numericColumns, static_cast<int>(table.subtitle.size()) + 2});
    }
    return payroll::Spreadsheet::writeXlsx(path, sheets);
}

} // namespace taxbox::print
