#pragma once

#include "base/Result.h"
#include "payroll/Payroll.h"

#include <QCoreApplication>

namespace taxbox::invoice {

/// One entry of the 商品和服务税收分类编码表.
struct TaxCode
{
    QString code; ///< 19 digits
    QString name; ///< 货物和劳务名称
    QString shortName; ///< 商品和服务分类简称 (printed as *简称*)
    QString rate; ///< the usual rate in the rule pack's form ("0.13"), empty when the table gives none
    QString keywords;
};

/// The tax classification codes a workspace searches when filling invoice lines, imported from the
/// tax bureau's published table (CSV or XLSX) and kept as JSON in the workspace folder — reference
/// data, the same for every enterprise, nothing secret. Search by the start of the code, part of the
/// name, short name or keywords, or the pinyin initials of the name or short name.
///
/// Decision: Taxbox ships no code table of its own (the codes must come from the official table, not
/// from memory); docs/invoicing.md.
class TaxCodeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(TaxCodeCatalogue)
public:
    [[nodiscard]] static QString fileIn(const QString &workspaceDirectory);
    /// The catalogue at `path`; an empty one when the file does not exist yet.
    [[nodiscard]] static Result<TaxCodeCatalogue> load(const QString &path);
    /// Reads the official table: columns 编码 and 货物和劳务名称 (or 名称) required; 商品和服务分类简称 (or
    /// 简称), 增值税税率 (or 税率; the first rate in it is taken: "13%", "9%、13%"), 关键字 used when
    /// present. Rows without a 19-digit code are reported in `errors` and skipped.
    [[nodiscard]] static Result<TaxCodeCatalogue> fromTable(const QList<QStringList> &table, QList<payroll::RowError> &errors);
    [[nodiscard]] Result<void> save(const QString &path) const;

    [[nodiscard]] QList<TaxCode> search(const QString &query, int limit = 50) const;
    [[nodiscard]] std::optional<TaxCode> find(const QString &code) const;
    [[nodiscard]] qsizetype size() const { return m_codes.size(); }

private:
    void index();
    QList<TaxCode> m_codes;
    QStringList m_initials; ///< pinyin initials of name and short name, per code
};

} // namespace taxbox::invoice
