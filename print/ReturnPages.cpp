#include "ReturnPages.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::print {

Result<QList<TableDocument>> returnPages(const filing::FilingExport &exporter)
{
    auto tables = exporter.tables();
    if (!tables)
        return std::unexpected(tables.error());
    QList<TableDocument> documents;
    for (const filing::ReturnTable &table : std::as_const(*tables))
        documents.append({table.title, table.subtitle, table.rows, table.numericColumns, u"第 %1 页，共 %2 页"_s});
    return documents;
}

} // namespace taxbox::print
