#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace taxbox {

enum class TaxpayerKind {
    SmallScale, ///< 小规模纳税人 ("small")
    General, ///< 一般纳税人 ("general")
};

[[nodiscard]] QString taxpayerKindCode(TaxpayerKind kind);
[[nodiscard]] std::optional<TaxpayerKind> parseTaxpayerKind(const QString &code);
/// "小规模纳税人" / "Small-scale taxpayer", in the user's language.
[[nodiscard]] QString taxpayerKindName(TaxpayerKind kind);

/// What Taxbox keeps about an enterprise: the fields printed on its invoices and returns.
struct EnterpriseProfile
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseProfile)
public:
    QString name; ///< 纳税人名称
    QString creditCode; ///< 统一社会信用代码 (normalised: upper case)
    TaxpayerKind taxpayerKind = TaxpayerKind::SmallScale;
    QString region; ///< 行政区划代码, six digits
    QString address; ///< 地址
    QString phone; ///< 电话
    QString bank; ///< 开户银行
    QString bankAccount; ///< 银行账号
    QString taxOffice; ///< 主管税务机关

    /// Checks every field and normalises it (trimmed, credit code upper-cased). The first problem is
    /// reported with its field name (the JSON key) and the rule it breaks.
    [[nodiscard]] Result<EnterpriseProfile> validated() const;

    /// snake_case JSON as in spec/cli.md: name, credit_code, taxpayer_kind ("small"|"general"),
    /// region, address, phone, bank, bank_account, tax_office.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads the fields present in `object` over `base` (so an edit can name only what changes).
    /// Unknown keys are refused, so a typo never silently drops a field.
    [[nodiscard]] static Result<EnterpriseProfile> fromJson(const QJsonObject &object, const EnterpriseProfile &base);
    [[nodiscard]] static Result<EnterpriseProfile> fromJson(const QJsonObject &object);

    friend bool operator==(const EnterpriseProfile &, const EnterpriseProfile &) = default;
};

} // namespace taxbox
