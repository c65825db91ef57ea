#pragma once

#include "Filings.h"
#include "enterprise/EnterpriseProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace taxbox::filing {

/// One table of a return as files and paper show it: the official grid (栏次, 项目, the columns), in
/// Chinese whatever the interface language ("——" cells left blank, never 0).
struct ReturnTable
{
    QString title;
    QStringList subtitle; ///< 纳税人, 税款所属期, the mark of a work paper
    QList<QStringList> rows; ///< the first row is the header
    QList<int> numericColumns;
};

/// The words every export carries: the tax bureau's system, not this file, is the return of record.
[[nodiscard]] QString workPaperMark();

/// Exports of a return: the tables (for PDF and XLSX), JSON and XML with the cell ids, and the 扣缴端 and
/// 印花税 import templates.
class FilingExport
{
    Q_DECLARE_TR_FUNCTIONS(FilingExport)
public:
    FilingExport(const FilingReturn &filing, const EnterpriseProfile &profile);

    [[nodiscard]] Result<QList<ReturnTable>> tables() const;
    /// {form, version, period, revision, state, enterprise, cells, fields (金三 node names where known),
    /// checks, receipt, fingerprint, mark}.
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray xml() const;
    /// The 自然人电子税务局（扣缴端）import template 正常工资薪金所得 (29 columns, header as the client's).
    [[nodiscard]] QList<QStringList> withholdingImportTemplate() const;
    /// The 印花税税源明细 import (header cells, data from row 10, coded cells as 代码|名称).
    [[nodiscard]] QList<QStringList> stampDutyImportTemplate() const;
    /// SHA-256 of the return's cells as compact JSON: printed on every export, kept with the filing.
    [[nodiscard]] QString fingerprint() const;
    /// Writes `format` (json | xml | xlsx) to `path`; PDF is written by the print module from tables().
    [[nodiscard]] Result<void> write(const QString &format, const QString &path) const;

    /// 29 headings of the 扣缴端's 正常工资薪金所得 import template.
    [[nodiscard]] static QStringList withholdingTemplateHeadings();

private:
    FilingReturn m_filing; ///< copies: an exporter may outlive what it was made from
    EnterpriseProfile m_profile;
};

} // namespace taxbox::filing
