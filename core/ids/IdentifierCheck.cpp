#include "IdentifierCheck.h"

#include "InvoiceNumber.h"
#include "ProvinceCode.h"
#include "ResidentIdNumber.h"
#include "UnifiedSocialCreditCode.h"
#include "base/Translations.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {
namespace {

IdentifierDetail detail(QString key, QString label, QString value, QString displayValue = {})
{
    if (displayValue.isEmpty())
        displayValue = value;
    return {std::move(key), std::move(label), std::move(value), std::move(displayValue)};
}

/// "350100（福建省）": the code with the province it lies in (GB/T 2260; finer divisions are not named here).
QString regionText(const QString &regionCode)
{
    const QString province = provinceName(regionCode.left(2).toInt());
    return province.isEmpty() ? regionCode : IdentifierCheck::tr("%1 (%2)").arg(regionCode, province);
}

/// GB 32100-2015 table 1: the registration authority (登记管理部门) of a unified social credit code.
QString authorityText(QChar code)
{
    switch (code.unicode()) {
    case u'1':
        return IdentifierCheck::tr("Institutional establishment office (机构编制)");
    case u'2':
        return IdentifierCheck::tr("Foreign affairs (外交)");
    case u'3':
        return IdentifierCheck::tr("Justice administration (司法行政)");
    case u'4':
        return IdentifierCheck::tr("Culture (文化)");
    case u'5':
        return IdentifierCheck::tr("Civil affairs (民政)");
    case u'6':
        return IdentifierCheck::tr("Tourism (旅游)");
    case u'7':
        return IdentifierCheck::tr("Religious affairs (宗教)");
    case u'8':
        return IdentifierCheck::tr("Trade unions (工会)");
    case u'9':
        return IdentifierCheck::tr("Market regulation (工商)");
    case u'A':
        return IdentifierCheck::tr("Central Military Commission establishment office (中央军委改革和编制办公室)");
    case u'N':
        return IdentifierCheck::tr("Agriculture (农业)");
    case u'Y':
        return IdentifierCheck::tr("Other (其他)");
    default:
        return QString(code);
    }
}

/// GB 32100-2015 table 1: the organisation category (机构类别) within its authority.
QString categoryText(QChar authority, QChar category)
{
    const char16_t a = authority.unicode();
    const char16_t c = category.unicode();
    if (a == u'9') {
        if (c == u'1')
            return IdentifierCheck::tr("Enterprise (企业)");
        if (c == u'2')
            return IdentifierCheck::tr("Individual business (个体工商户)");
        if (c == u'3')
            return IdentifierCheck::tr("Farmers' cooperative (农民专业合作社)");
    } else if (a == u'1') {
        if (c == u'1')
            return IdentifierCheck::tr("Government organ (机关)");
        if (c == u'2')
            return IdentifierCheck::tr("Public institution (事业单位)");
        if (c == u'3')
            return IdentifierCheck::tr("Mass organisation (群众团体)");
    } else if (a == u'5') {
        if (c == u'1')
            return IdentifierCheck::tr("Social organisation (社会团体)");
        if (c == u'2')
            return IdentifierCheck::tr("Private non-enterprise unit (民办非企业单位)");
        if (c == u'3')
            return IdentifierCheck::tr("Foundation (基金会)");
    } else if (a == u'N') {
        if (c == u'1')
            return IdentifierCheck::tr("Group-level collective economic organisation (组级集体经济组织)");
        if (c == u'2')
            return IdentifierCheck::tr("Village-level collective economic organisation (村级集体经济组织)");
        if (c == u'3')
            return IdentifierCheck::tr("Township-level collective economic organisation (乡镇级集体经济组织)");
    }
    if (c == u'9')
        return IdentifierCheck::tr("Other (其他)");
    return QString(category);
}

IdentifierCheckResult checkAs(IdentifierType type, const QString &code, QDate today)
{
    IdentifierCheckResult result;
    result.type = type;
    result.normalized = code;
    switch (type) {
    case IdentifierType::UnifiedSocialCreditCode: {
        const auto parsed = UnifiedSocialCreditCode::parse(code);
        if (!parsed) {
            result.error = parsed.error();
            break;
        }
        result.normalized = parsed->text();
        result.details = {
            detail(u"registration_authority"_s, IdentifierCheck::tr("Registration authority"),
                   QString(parsed->registrationAuthority()), authorityText(parsed->registrationAuthority())),
            detail(u"organization_category"_s, IdentifierCheck::tr("Organisation category"),
                   QString(parsed->organizationCategory()),
                   categoryText(parsed->registrationAuthority(), parsed->organizationCategory())),
            detail(u"region_code"_s, IdentifierCheck::tr("Region code"), parsed->regionCode(), regionText(parsed->regionCode())),
        };
        break;
    }
    case IdentifierType::ResidentIdNumber: {
        const auto parsed = ResidentIdNumber::parse(code, today);
        if (!parsed) {
            result.error = parsed.error();
            break;
        }
        result.normalized = parsed->text();
        result.details = {
            detail(u"region_code"_s, IdentifierCheck::tr("Region code"), parsed->regionCode(), regionText(parsed->regionCode())),
            detail(u"birth_date"_s, IdentifierCheck::tr("Birth date"), parsed->birthDate().toString(Qt::ISODate),
                   displayDate(parsed->birthDate())),
            detail(u"sex"_s, IdentifierCheck::tr("Sex"), parsed->isMale() ? u"male"_s : u"female"_s,
                   parsed->isMale() ? IdentifierCheck::tr("Male") : IdentifierCheck::tr("Female")),
        };
        break;
    }
    case IdentifierType::InvoiceNumber: {
        const auto parsed = InvoiceNumber::parse(code);
        if (!parsed) {
            result.error = parsed.error();
            break;
        }
        result.normalized = parsed->text();
        result.details = {
            detail(u"year"_s, IdentifierCheck::tr("Year"), QString::number(parsed->year())),
            detail(u"province_code"_s, IdentifierCheck::tr("Province code"), parsed->provinceCode(),
                   InvoiceNumber::isSeparatelyPlannedCityCode(parsed->provinceCode().toInt())
                       ? IdentifierCheck::tr("%1 (a 计划单列市)").arg(parsed->provinceCode())
                       : regionText(parsed->provinceCode())),
            detail(u"channel"_s, IdentifierCheck::tr("Issuing channel"), QString::number(parsed->channel())),
            detail(u"sequence"_s, IdentifierCheck::tr("Sequence"), parsed->sequence()),
        };
        break;
    }
    }
    return result;
}

} // namespace

QString identifierTypeCode(IdentifierType type)
{
    switch (type) {
    case IdentifierType::UnifiedSocialCreditCode:
        return u"uscc"_s;
    case IdentifierType::ResidentIdNumber:
        return u"resident_id"_s;
    case IdentifierType::InvoiceNumber:
        return u"invoice_number"_s;
    }
    return {};
}

std::optional<IdentifierType> parseIdentifierType(QStringView code)
{
    for (const auto type :
         {IdentifierType::UnifiedSocialCreditCode, IdentifierType::ResidentIdNumber, IdentifierType::InvoiceNumber}) {
        if (code == identifierTypeCode(type))
            return type;
    }
    return std::nullopt;
}

IdentifierType IdentifierCheck::recognise(QStringView code)
{
    static const QRegularExpression allDigits(u"^[0-9]+$"_s);
    static const QRegularExpression residentShape(u"^[0-9]{17}[0-9Xx]$"_s);
    const QString trimmed = code.trimmed().toString();
    if (trimmed.size() >= 19 && allDigits.match(trimmed).hasMatch())
        return IdentifierType::InvoiceNumber;
    if (residentShape.match(trimmed).hasMatch() && isProvinceCode(trimmed.first(2).toInt()))
        return IdentifierType::ResidentIdNumber;
    return IdentifierType::UnifiedSocialCreditCode;
}

IdentifierCheckResult IdentifierCheck::check(QStringView code, QDate today, std::optional<IdentifierType> type)
{
    const QString trimmed = code.trimmed().toString();
    if (type)
        return checkAs(*type, trimmed, today);

    const IdentifierType recognised = recognise(trimmed);
    IdentifierCheckResult result = checkAs(recognised, trimmed, today);
    if (!result.isValid() && recognised == IdentifierType::ResidentIdNumber) {
        // Credit codes of some registration authorities are all digits too (e.g. "12…").
        IdentifierCheckResult asCreditCode = checkAs(IdentifierType::UnifiedSocialCreditCode, trimmed, today);
        if (asCreditCode.isValid())
            return asCreditCode;
    }
    return result;
}

} // namespace taxbox
