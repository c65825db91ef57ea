#pragma once

#include "base/Result.h"
#include "payroll/Payroll.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QHash>

namespace taxbox::invoice {

/// One entry of the 商品和服务税收分类编码表.
struct TaxCode
{
    QString code; ///< 19 digits
    QString name; ///< 货物和劳务名称
    QString shortName; ///< 商品和服务分类简称 (printed as *简称*)
    QString rate; ///< the usual rate in the rule pack's form ("0.13"), empty when the table gives none
    QString keywords;
    /// Every rate the table lists for the code ("13%、9%" → 0.13, 0.09); empty when it lists none.
    QStringList rates = {};
    /// 汇总项: a heading over the codes beneath it (e.g. 谷物 over 稻谷, 小麦…); never printed on an invoice.
    bool summary = false;
};

/// The tax classification codes a workspace searches when filling invoice lines, imported from the
/// tax bureau's published table (CSV or XLSX) and kept as JSON in the workspace folder — reference
/// data, the same for every enterprise, nothing secret. Search by the start of the code, part of the
/// name, short name or keywords, or the pinyin initials of the name or short name.
///
/// Once a table is imported, issuing checks each line's code against it (checkCode): a code missing from
/// the table or a summary code (汇总项) is refused, as the tax bureau's clients do.
///
/// Taxbox ships the tax bureau's table (version 32.0, rules/tax-codes-32.0.csv, signed like the rule
/// pack): it is used when the workspace has imported none; an imported table wins.
class TaxCodeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(TaxCodeCatalogue)
public:
    [[nodiscard]] static QString fileIn(const QString &workspaceDirectory);
    /// The workspace's imported table, or the shipped one when none was imported.
    [[nodiscard]] static Result<TaxCodeCatalogue> forWorkspace(const QString &workspaceDirectory);
    /// The table shipped in the app, its signature verified (trusted data keys of rules::trustedKeys()).
    [[nodiscard]] static Result<TaxCodeCatalogue> shipped();
    /// The table's version as its source gives it ("32.0" for the shipped one; empty for imported ones).
    [[nodiscard]] const QString &version() const { return m_version; }
    /// The catalogue at `path`; an empty one when the file does not exist yet.
    [[nodiscard]] static Result<TaxCodeCatalogue> load(const QString &path);
    /// Reads the official table: columns 编码 and 货物和劳务名称 (or 名称) required; 商品和服务分类简称 (or
    /// 简称), 增值税税率 (or 税率; the first rate in it is taken: "13%", "9%、13%"), 关键字 used when
    /// present. Rows without a 19-digit code are reported in `errors` and skipped. Summary codes come from
    /// the 是否汇总项 column (是/Y); without it, a code is a summary when another code of the table lies
    /// beneath it (its significant digits begin the other's).
    [[nodiscard]] static Result<TaxCodeCatalogue> fromTable(const QList<QStringList> &table, QList<payroll::RowError> &errors);
    [[nodiscard]] Result<void> save(const QString &path) const;
    /// A table in the shipped file's form (CSV, English column names) whose detached signature verifies with a data
    /// key: the shipped one, or one a content pack of the app square brings.
    [[nodiscard]] static Result<TaxCodeCatalogue> fromSignedCsv(const QByteArray &bytes, const QByteArray &signatureFile,
                                                                const QString &version,
                                                                const QList<rules::TrustedKey> &trusted = rules::trustedKeys());
    /// The codes added, removed or changed (name, short name, rates, summary) compared with `other`.
    [[nodiscard]] QStringList changedCodes(const TaxCodeCatalogue &other) const;

    /// Codes an invoice line may carry (summary codes are left out), in the table's order.
    [[nodiscard]] QList<TaxCode> search(const QString &query, int limit = 50) const;
    [[nodiscard]] std::optional<TaxCode> find(const QString &code) const;
    [[nodiscard]] qsizetype size() const { return m_codes.size(); }
    /// Whether line `lineNumber` may carry `code`: always when no table is imported or the line has no
    /// code; otherwise the code must be in the table ("unknown_tax_code") and not a summary
    /// ("summary_tax_code"). The error names the line (when `lineNumber` > 0) and the field tax_code.
    [[nodiscard]] Result<void> checkCode(const QString &code, int lineNumber) const;
    /// Whether a line of `code` may carry `rate`: one of the rates the table lists for it, 0 (免税 or
    /// 零税率, whose reason the line states), or a levy rate of 简易计税 (1%, 1.5%, 3%, 5%: small-scale
    /// sellers and the simple method) — "rate_not_listed" otherwise, naming the line and the listed rates.
    [[nodiscard]] Result<void> checkRate(const QString &code, const QString &rate, int lineNumber) const;

private:
    void index();
    void deriveSummaries();
    QList<TaxCode> m_codes;
    QStringList m_initials; ///< pinyin initials of name and short name, per code
    QHash<QString, qsizetype> m_byCode; ///< code → position in m_codes
    QString m_version;
};

} // namespace taxbox::invoice
