#pragma once

#include "base/Result.h"
#include "invoice/Invoice.h"
#include "payroll/Payroll.h"

#include <QCoreApplication>

namespace taxbox::invoice {

struct Customer;
struct Product;

/// Invoices read from a 清单 table (CSV or XLSX, first row headers, one row per line item). Rows with
/// the same 序号 make one invoice; the buyer, kind, remarks and drawer come from its first row.
struct ImportedInvoices
{
    QList<InvoiceDraft> drafts;
    QList<int> firstRows; ///< the 1-based table row of each draft's first line (for error reports)
    QList<payroll::RowError> errors; ///< rows that could not be read (nothing of their invoice is kept)
};

class InvoiceImport
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceImport)
public:
    /// The headers of the import template, Chinese as accountants name them: 序号, 发票类型, 购买方名称,
    /// 购买方税号, 购买方地址, 购买方电话, 购买方开户行, 购买方账号, 自然人, 项目名称, 税收分类编码, 简称,
    /// 规格型号, 单位, 数量, 单价, 金额, 税率, 含税, 备注, 开票人.
    [[nodiscard]] static QStringList templateHeaders();
    [[nodiscard]] static Result<ImportedInvoices> parse(const QList<QStringList> &table);
    /// A rate as people write it ("13%", "0.13") in the form the rule pack uses ("0.13").
    [[nodiscard]] static QString rateText(QString text);

    /// Customer and product lists as tables (first row: Chinese headers) for CSV/XLSX exchange:
    /// 名称, 统一社会信用代码, 地址, 电话, 开户银行, 银行账号, 自然人 and 名称, 税收分类编码, 简称, 规格型号,
    /// 单位, 单价, 含税, 税率. Reading reports every bad row and keeps the good ones.
    [[nodiscard]] static QList<QStringList> customerTable(const QList<Customer> &customers);
    [[nodiscard]] static QList<QStringList> productTable(const QList<Product> &products);
    [[nodiscard]] static Result<QList<Party>> parseCustomers(const QList<QStringList> &table, QList<payroll::RowError> &errors);
    [[nodiscard]] static Result<QList<LineInput>> parseProducts(const QList<QStringList> &table,
                                                                QList<payroll::RowError> &errors);
};

} // namespace taxbox::invoice
