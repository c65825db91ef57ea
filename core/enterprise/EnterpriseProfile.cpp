#include "EnterpriseProfile.h"

#include "ids/ProvinceCode.h"
#include "ids/UnifiedSocialCreditCode.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {

QString taxpayerKindCode(TaxpayerKind kind)
{
    return kind == TaxpayerKind::General ? u"general"_s : u"small"_s;
}

std::optional<TaxpayerKind> parseTaxpayerKind(const QString &code)
{
    if (code == u"small"_s)
        return TaxpayerKind::SmallScale;
    if (code == u"general"_s)
        return TaxpayerKind::General;
    return std::nullopt;
}

QString taxpayerKindName(TaxpayerKind kind)
{
    return kind == TaxpayerKind::General ? EnterpriseProfile::tr("General taxpayer")
                                         : EnterpriseProfile::tr("Small-scale taxpayer");
}

namespace {

Result<QString> limited(const QString &value, qsizetype maximum, const QString &field, const QString &label)
{
    if (value.size() > maximum) {
        return fail(
            u"too_long"_s,
            EnterpriseProfile::tr("%1 may have at most %2 characters; it has %3.").arg(label).arg(maximum).arg(value.size()),
            field);
    }
    return value;
}

} // namespace

Result<EnterpriseProfile> EnterpriseProfile::validated() const
{
    EnterpriseProfile profile = *this;
    for (QString *field : {&profile.name, &profile.creditCode, &profile.region, &profile.address, &profile.phone, &profile.bank,
                           &profile.bankAccount, &profile.taxOffice})
        *field = field->isNull() ? u""_s : field->trimmed(); // never NULL in the store

    if (profile.name.isEmpty())
        return fail(u"required"_s, tr("The enterprise name is required."), u"name"_s);
    if (auto checked = limited(profile.name, 100, u"name"_s, tr("The enterprise name")); !checked)
        return std::unexpected(checked.error());

    const auto code = UnifiedSocialCreditCode::parse(profile.creditCode);
    if (!code) {
        return fail(code.error().code, tr("Unified social credit code: %1").arg(code.error().message), u"credit_code"_s);
    }
    profile.creditCode = code->text();

    static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
    if (!sixDigits.match(profile.region).hasMatch() || !isProvinceCode(profile.region.left(2).toInt())) {
        return fail(u"invalid_region"_s,
                    tr("The region code must be a six-digit administrative division code starting with a province code, "
                       "e.g. 350100; \"%1\" is not.")
                        .arg(profile.region),
                    u"region"_s);
    }

    if (auto checked = limited(profile.address, 200, u"address"_s, tr("The address")); !checked)
        return std::unexpected(checked.error());
    static const QRegularExpression phonePattern(u"^[0-9+()\\- ]{0,30}$"_s);
    if (!phonePattern.match(profile.phone).hasMatch()) {
        return fail(u"invalid_phone"_s,
                    tr("The phone number may contain only digits, spaces, +, - and parentheses (at most 30)."), u"phone"_s);
    }
    if (auto checked = limited(profile.bank, 100, u"bank"_s, tr("The bank name")); !checked)
        return std::unexpected(checked.error());
    static const QRegularExpression accountPattern(u"^[0-9\\- ]{0,40}$"_s);
    if (!accountPattern.match(profile.bankAccount).hasMatch()) {
        return fail(u"invalid_bank_account"_s, tr("The bank account may contain only digits, spaces and - (at most 40)."),
                    u"bank_account"_s);
    }
    if (!profile.bankAccount.isEmpty() && profile.bank.isEmpty())
        return fail(u"required"_s, tr("The bank name is required when a bank account is given."), u"bank"_s);
    if (auto checked = limited(profile.taxOffice, 100, u"tax_office"_s, tr("The tax office")); !checked)
        return std::unexpected(checked.error());
    return profile;
}

QJsonObject EnterpriseProfile::toJson() const
{
    return {{u"name"_s, name},     {u"credit_code"_s, creditCode},   {u"taxpayer_kind"_s, taxpayerKindCode(taxpayerKind)},
            {u"region"_s, region}, {u"address"_s, address},          {u"phone"_s, phone},
            {u"bank"_s, bank},     {u"bank_account"_s, bankAccount}, {u"tax_office"_s, taxOffice}};
}

Result<EnterpriseProfile> EnterpriseProfile::fromJson(const QJsonObject &object)
{
    return fromJson(object, EnterpriseProfile{});
}

Result<EnterpriseProfile> EnterpriseProfile::fromJson(const QJsonObject &object, const EnterpriseProfile &base)
{
    EnterpriseProfile profile = base;
    const QList<std::pair<QString, QString *>> textFields{{u"name"_s, &profile.name},
                                                          {u"credit_code"_s, &profile.creditCode},
                                                          {u"region"_s, &profile.region},
                                                          {u"address"_s, &profile.address},
                                                          {u"phone"_s, &profile.phone},
                                                          {u"bank"_s, &profile.bank},
                                                          {u"bank_account"_s, &profile.bankAccount},
                                                          {u"tax_office"_s, &profile.taxOffice}};
    QSet<QString> known{u"taxpayer_kind"_s};
    for (const auto &[key, target] : textFields) {
        known.insert(key);
        if (!object.contains(key))
            continue;
        const QJsonValue value = object.value(key);
        if (!value.isString())
            return fail(u"invalid_type"_s, tr("\"%1\" must be a text value.").arg(key), key);
        *target = value.toString();
    }
    if (object.contains(u"taxpayer_kind"_s)) {
        const auto kind = parseTaxpayerKind(object.value(u"taxpayer_kind"_s).toString());
        if (!kind)
            return fail(u"invalid_taxpayer_kind"_s, tr("The taxpayer kind must be \"small\" or \"general\"."),
                        u"taxpayer_kind"_s);
        profile.taxpayerKind = *kind;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(u"unknown_field"_s, tr("\"%1\" is not an enterprise field.").arg(it.key()), it.key());
    }
    return profile;
}

} // namespace taxbox
