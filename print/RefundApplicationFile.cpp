#include "RefundApplicationFile.h"

#include "TablePdf.h"
#include "payroll/Spreadsheet.h"
#include "rules/PrintTemplates.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::print {

Result<void> writeRefundApplication(const QList<refund::RefundApplications::Table> &tables, const QString &format,
                                    const QString &path, QDate printedOn)
{
    // The template in force on the day; where no range covers it, the tables' own titles and the usual page label (a
    // printout is never refused for its template).
    rules::RefundApplicationTemplate form;
    form.pageLabel = u"第 %1 页，共 %2 页"_s;
    if (auto inForce = rules::PrintTemplates::refundApplicationOn(printedOn))
        form = *inForce;
    const auto titled = [&](const refund::RefundApplications::Table &table) { return form.titles.value(table.id, table.title); };
    if (format == u"pdf") {
        QList<TableDocument> documents;
        for (const auto &table : tables) {
            TableDocument document{titled(table), table.subtitle, table.rows, table.numericColumns};
            document.pageLabel = form.pageLabel;
            documents.append(document);
        }
        return writeTablesPdf(documents, path);
    }
    if (format != u"xlsx")
        return fail(u"invalid_format"_s, u"pdf or xlsx"_s, u"format"_s);
    QList<payroll::Spreadsheet::Sheet> sheets;
    for (const auto &table : tables) {
        const QString title = titled(table);
        QList<QStringList> rows{{title}};
        for (const QString &line : table.subtitle)
            rows.append({line});
        rows += table.rows;
        sheets.append({title.left(31), rows, table.numericColumns, static_cast<int>(table.subtitle.size()) + 2});
    }
    return payroll::Spreadsheet::writeXlsx(path, sheets);
}

} // namespace taxbox::print
