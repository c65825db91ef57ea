#include "IdentifierCheck.h"

#include "InvoiceNumber.h"
#include "ProvinceCode.h"
#include "ResidentIdNumber.h"
#include "UnifiedSocialCreditCode.h"

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
                   QString(parsed->registrationAuthority())),
            detail(u"organization_category"_s, IdentifierCheck::tr("Organisation category"),
                   QString(parsed->organizationCategory())),
            detail(u"region_code"_s, IdentifierCheck::tr("Region code"), parsed->regionCode()),
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
            detail(u"region_code"_s, IdentifierCheck::tr("Region code"), parsed->regionCode()),
            detail(u"birth_date"_s, IdentifierCheck::tr("Birth date"), parsed->birthDate().toString(Qt::ISODate)),
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
            detail(u"province_code"_s, IdentifierCheck::tr("Province code"), parsed->provinceCode()),
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
