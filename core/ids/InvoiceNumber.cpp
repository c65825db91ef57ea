#include "InvoiceNumber.h"

#include "ProvinceCode.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox {

bool InvoiceNumber::isSeparatelyPlannedCityCode(int region)
{
    return region >= 91 && region <= 95;
}

Result<InvoiceNumber> InvoiceNumber::parse(QStringView text)
{
    const QString number = text.trimmed().toString();
    const QString field = tr("Invoice number");
    if (number.size() != 20) {
        return fail(u"wrong_length"_s,
                    tr("A fully digitalised e-invoice number has 20 digits; \"%1\" has %2.").arg(number).arg(number.size()),
                    field);
    }
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (number[i] < u'0' || number[i] > u'9') {
            return fail(u"invalid_character"_s,
                        tr("Character %1 (\"%2\") of the invoice number is not a digit.").arg(i + 1).arg(number[i]), field);
        }
    }
    // Province codes, and the 计划单列市's own range: genuine numbers show 92 and 95 (invoice-format.md), which
    // are no province; the five 计划单列市 (大连, 宁波, 厦门, 青岛, 深圳) are taken to use 91–95.
    if (const int region = number.mid(2, 2).toInt(); !isProvinceCode(region) && !isSeparatelyPlannedCityCode(region)) {
        return fail(u"invalid_region"_s,
                    tr("Digits 3–4 of the invoice number (\"%1\") are neither a province code nor a 计划单列市 code.")
                        .arg(number.mid(2, 2)),
                    field);
    }
    return InvoiceNumber(number);
}

} // namespace taxbox
