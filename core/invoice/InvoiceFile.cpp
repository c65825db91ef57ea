#include "InvoiceFile.h"

#include "crypto/Crypto.h"
#include "ids/InvoiceNumber.h"
#include "ids/ProvinceCode.h"
#include "invoice/OfdFile.h"
#include "invoice/PdfInvoice.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

QString yesNo(bool value)
{
    return value ? u"Y"_s : u"N"_s;
}

/// The XML's elements in order, as (group, element, value) for each group; lines repeat their group.
struct Element
{
    QString name;
    QString value;
};
struct Group
{
    QString name;
    QList<Element> elements;
};

QList<Group> groupsOf(const IssuedInvoice &issued)
{
    const Invoice &invoice = issued.invoice;
    QList<Group> groups;
    groups.append({u"SellerInformation"_s,
                   {{u"SellerIdNum"_s, invoice.seller.creditCode},
                    {u"SellerName"_s, invoice.seller.name},
                    {u"SellerAddr"_s, invoice.seller.address},
                    {u"SellerTelNum"_s, invoice.seller.phone},
                    {u"SellerBankName"_s, invoice.seller.bank},
                    {u"SellerBankAccNum"_s, invoice.seller.bankAccount}}});
    groups.append({u"BuyerInformation"_s,
                   {{u"BuyerIdNum"_s, invoice.buyer.creditCode},
                    {u"BuyerName"_s, invoice.buyer.name},
                    {u"BuyerAddr"_s, invoice.buyer.address},
                    {u"BuyerTelNum"_s, invoice.buyer.phone},
                    {u"BuyerBankName"_s, invoice.buyer.bank},
                    {u"BuyerBankAccNum"_s, invoice.buyer.bankAccount},
                    {u"BuyerNaturalPerson"_s, yesNo(invoice.buyer.individual)}}});
    groups.append({u"BasicInformation"_s,
                   {{u"TotalAmWithoutTax"_s, invoice.totals.amount.toString()},
                    {u"TotalTaxAm"_s, invoice.totals.tax.toString()},
                    {u"TotalTax-includedAmount"_s, invoice.totals.total.toString()},
                    {u"TotalTax-includedAmountInChinese"_s, invoice.totals.totalInWords},
                    {u"Drawer"_s, invoice.drawer},
                    {u"RequestTime"_s, invoice.issuedAt.toString(Qt::ISODate)}}});
    for (const Line &line : invoice.lines) {
        const LineInput &input = line.input;
        groups.append({u"IssuItemInformation"_s,
                       {{u"ItemName"_s, line.displayName()},
                        {u"SpecMod"_s, input.specification},
                        {u"MeaUnits"_s, input.unit},
                        {u"Quantity"_s, input.quantity ? input.quantity->toString() : QString()},
                        {u"UnPrice"_s, input.unitPrice ? input.unitPrice->toString() : QString()},
                        {u"Amount"_s, line.amount.toString()},
                        {u"TaxRate"_s, input.rate.toString()},
                        {u"ComTaxAm"_s, line.tax.toString()},
                        {u"TotaltaxIncludedAmount"_s, line.total().toString()},
                        {u"TaxClassificationCode"_s, input.taxCode},
                        {u"PriceIncludesTax"_s, yesNo(input.priceIncludesTax)},
                        {u"LineNature"_s, input.discount ? u"1"_s : u"0"_s}}});
    }
    groups.append({u"AdditionalInformation"_s, {{u"Remark"_s, invoice.remarks}}});
    if (invoice.red)
        groups.append(
            {u"RedInformation"_s,
             {{u"BlueInvoiceNumber"_s, invoice.red->blueNumber}, {u"RedConfirmationNumber"_s, invoice.red->confirmationId}}});
    return groups;
}

QDateTime chinaTime(const QDateTime &at)
{
    return at.toOffsetFromUtc(8 * 3600);
}

constexpr char kEInvoiceVersion[] = "0.32";
constexpr char kTaxboxSeal[] = "TaxboxSeal";
constexpr char kTaxboxFormat[] = "taxbox-2";

/// The 计划单列市 with a tax bureau of their own: the first four digits of the region in the seller's
/// credit code → the bureau's name (国家税务总局深圳市税务局, code 14403000000).
const QHash<QString, QString> &separatelyPlannedCities()
{
    static const QHash<QString, QString> cities{{u"2102"_s, u"大连市"_s},
                                                {u"3302"_s, u"宁波市"_s},
                                                {u"3502"_s, u"厦门市"_s},
                                                {u"3702"_s, u"青岛市"_s},
                                                {u"4403"_s, u"深圳市"_s}};
    return cities;
}

} // namespace

TaxBureau taxBureauOf(const Invoice &invoice)
{
    const QString province = invoice.number.mid(2, 2);
    // A credit code's characters 3–8 are its registration authority's region (GB 32100).
    const QString city = invoice.seller.creditCode.mid(2, 4);
    if (city.startsWith(province) && separatelyPlannedCities().contains(city))
        return {u'1' + city + u"000000"_s, u"国家税务总局"_s + separatelyPlannedCities().value(city) + u"税务局"_s};
    return {u'1' + province + u"00000000"_s, u"国家税务总局"_s + provinceName(province.toInt()) + u"税务局"_s};
}

QByteArray InvoiceFile::toXml(const IssuedInvoice &issued)
{
    const Invoice &invoice = issued.invoice;
    const bool red = invoice.isRed();
    const int province = invoice.number.mid(2, 2).toInt();
    const TaxBureau bureau = taxBureauOf(invoice);
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    // Absent values are left out, as in genuine files.
    const auto leaf = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            xml.writeTextElement(name, value);
    };
    const auto label = [&](const QString &name, const QString &code, const QString &text) {
        xml.writeStartElement(name);
        xml.writeTextElement(u"LabelCode"_s, code);
        xml.writeTextElement(u"LabelName"_s, text);
        xml.writeEndElement();
    };
    const auto party = [&](const QString &group, const QString &prefix, const Party &who) {
        xml.writeStartElement(group);
        leaf(prefix + u"IdNum"_s, who.creditCode);
        leaf(prefix + u"Name"_s, who.name);
        leaf(prefix + u"Addr"_s, who.address);
        leaf(prefix + u"TelNum"_s, who.phone);
        leaf(prefix + u"BankName"_s, who.bank);
        leaf(prefix + u"BankAccNum"_s, who.bankAccount);
        xml.writeEndElement();
    };

    xml.writeStartElement(u"EInvoice"_s);
    xml.writeStartElement(u"Header"_s);
    xml.writeTextElement(u"EIid"_s, invoice.number);
    xml.writeTextElement(u"EInvoiceTag"_s, u"SWEI%1"_s.arg(province * 100, 4, 10, QChar(u'0')));
    xml.writeTextElement(u"Version"_s, QString::fromLatin1(kEInvoiceVersion));
    xml.writeStartElement(u"InherentLabel"_s);
    label(u"InIssuType"_s, red ? u"N"_s : u"Y"_s, u"是否蓝字发票标志"_s);
    label(u"EInvoiceType"_s, u"01"_s, u"电子发票"_s);
    label(u"GeneralOrSpecialVAT"_s, invoice.kind == InvoiceKind::Special ? u"01"_s : u"02"_s,
          invoice.kind == InvoiceKind::Special ? u"增值税专用发票"_s : u"普通发票"_s);
    if (invoice.sellerTaxpayer == u"general")
        label(u"TaxpayerType"_s, u"1"_s, u"一般纳税人"_s);
    else if (invoice.sellerTaxpayer == u"small")
        label(u"TaxpayerType"_s, u"2"_s, u"小规模纳税人"_s);
    xml.writeEndElement(); // InherentLabel
    xml.writeEndElement(); // Header

    xml.writeStartElement(u"EInvoiceData"_s);
    party(u"SellerInformation"_s, u"Seller"_s, invoice.seller);
    party(u"BuyerInformation"_s, u"Buyer"_s, invoice.buyer);
    xml.writeStartElement(u"BasicInformation"_s);
    xml.writeTextElement(u"TotalAmWithoutTax"_s, invoice.totals.amount.toString());
    xml.writeTextElement(u"TotalTaxAm"_s, invoice.totals.tax.toString());
    xml.writeTextElement(u"TotalTax-includedAmount"_s, invoice.totals.total.toString());
    xml.writeTextElement(u"TotalTax-includedAmountInChinese"_s, invoice.totals.totalInWords);
    leaf(u"Drawer"_s, invoice.drawer);
    xml.writeTextElement(u"RequestTime"_s, chinaTime(invoice.issuedAt).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    xml.writeEndElement();
    for (const Line &line : invoice.lines) {
        const LineInput &input = line.input;
        const std::optional<Decimal> price = line.unitPriceWithoutTax();
        xml.writeStartElement(u"IssuItemInformation"_s);
        xml.writeTextElement(u"ItemName"_s, line.displayName());
        leaf(u"SpecMod"_s, input.specification);
        leaf(u"MeaUnits"_s, input.unit);
        // A discount line has no quantity and no price (invoice-format.md).
        if (!input.discount && input.quantity && price) {
            xml.writeTextElement(u"Quantity"_s, input.quantity->toString());
            xml.writeTextElement(u"UnPrice"_s, price->toString());
        }
        xml.writeTextElement(u"Amount"_s, line.amount.toString());
        xml.writeTextElement(u"TaxRate"_s, input.rate.toString());
        xml.writeTextElement(u"ComTaxAm"_s, line.tax.toString());
        xml.writeTextElement(u"TotaltaxIncludedAmount"_s, line.total().toString());
        leaf(u"TaxClassificationCode"_s, input.taxCode);
        xml.writeEndElement();
    }
    if (red) {
        xml.writeStartElement(u"SpecificInformation"_s);
        xml.writeStartElement(u"RedEInvoice"_s);
        xml.writeTextElement(u"OriginalInvoiceCode"_s, invoice.red->blueNumber);
        leaf(u"CreditNoteNumber"_s, invoice.red->confirmationId);
        xml.writeEndElement();
        xml.writeEndElement();
    } else {
        xml.writeEmptyElement(u"SpecificInformation"_s);
    }
    if (invoice.remarks.isEmpty()) {
        xml.writeEmptyElement(u"AdditionalInformation"_s);
    } else {
        xml.writeStartElement(u"AdditionalInformation"_s);
        xml.writeTextElement(u"Remark"_s, invoice.remarks);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // EInvoiceData

    xml.writeStartElement(u"TaxSupervisionInfo"_s);
    xml.writeTextElement(u"InvoiceNumber"_s, invoice.number);
    xml.writeTextElement(u"IssueTime"_s, chinaTime(invoice.issuedAt).date().toString(u"yyyy-MM-dd"_s));
    xml.writeTextElement(u"TaxBureauCode"_s, bureau.code);
    xml.writeTextElement(u"TaxBureauName"_s, bureau.name);
    xml.writeEndElement();

    // Taxbox's own seal, in one element of its own after the standard ones, where readers that do not
    // know it skip it: the signed content itself (from which everything above is written), the device's
    // signature and the server's grant.
    xml.writeStartElement(QString::fromLatin1(kTaxboxSeal));
    xml.writeTextElement(u"Format"_s, QString::fromLatin1(kTaxboxFormat));
    xml.writeTextElement(u"Content"_s, QString::fromLatin1(invoice.compactContent().toBase64()));
    xml.writeTextElement(u"DeviceSignature"_s, QString::fromLatin1(issued.signature.signature.toBase64()));
    xml.writeTextElement(u"Grant"_s,
                         QString::fromLatin1(QJsonDocument(issued.signature.grant).toJson(QJsonDocument::Compact).toBase64()));
    xml.writeTextElement(u"GrantSignature"_s, QString::fromLatin1(issued.signature.grantSignature.toBase64()));
    xml.writeTextElement(u"ServerKey"_s, QString::fromLatin1(issued.signature.serverKey.toBase64()));
    xml.writeEndElement();
    xml.writeEndElement(); // EInvoice
    // The declaration as genuine files write it (QXmlStreamWriter would say UTF-8 and no standalone).
    return R"(<?xml version="1.0" encoding="utf-8" standalone="yes"?>)" + body + '\n';
}

Result<void> InvoiceFile::save(const IssuedInvoice &issued, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toXml(issued)) < 0 || !file.commit())
        return fail(u"write_failed"_s, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    u"out"_s);
    return {};
}

QByteArray InvoiceFile::legacyXml(const IssuedInvoice &issued, const QString &qrPayload)
{
    const Invoice &invoice = issued.invoice;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"EInvoice"_s);
    xml.writeStartElement(u"Header"_s);
    xml.writeTextElement(u"EIid"_s, invoice.number);
    xml.writeTextElement(u"EInvoiceTag"_s, u"SWEI3200"_s);
    xml.writeTextElement(u"Version"_s, u"taxbox-1"_s);
    xml.writeStartElement(u"InherentLabel"_s);
    xml.writeStartElement(u"GeneralOrSpecialVAT"_s);
    xml.writeTextElement(u"LabelCode"_s, invoice.kind == InvoiceKind::Special ? u"01"_s : u"02"_s);
    xml.writeTextElement(u"LabelName"_s, invoice.kind == InvoiceKind::Special ? u"增值税专用发票"_s : u"普通发票"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"EInvoiceType"_s);
    xml.writeTextElement(u"LabelCode"_s, invoice.isRed() ? u"red"_s : u"blue"_s);
    xml.writeEndElement();
    xml.writeEndElement(); // InherentLabel
    xml.writeEndElement(); // Header
    xml.writeStartElement(u"EInvoiceData"_s);
    for (const Group &group : groupsOf(issued)) {
        xml.writeStartElement(group.name);
        for (const Element &element : group.elements)
            xml.writeTextElement(element.name, element.value);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // EInvoiceData
    xml.writeStartElement(u"TaxSupervisionInfo"_s);
    xml.writeTextElement(u"InvoiceNumber"_s, invoice.number);
    xml.writeTextElement(u"IssueTime"_s, invoice.issuedAt.toString(Qt::ISODate));
    xml.writeTextElement(u"TaxBureauCode"_s, invoice.number.mid(2, 2));
    xml.writeTextElement(u"DeviceId"_s, invoice.deviceId);
    xml.writeTextElement(u"RangeId"_s, invoice.rangeId);
    xml.writeTextElement(u"QRCode"_s, qrPayload);
    xml.writeEndElement();
    xml.writeStartElement(u"Signature"_s);
    xml.writeTextElement(u"DeviceSignature"_s, QString::fromLatin1(issued.signature.signature.toBase64()));
    xml.writeTextElement(u"Grant"_s,
                         QString::fromLatin1(QJsonDocument(issued.signature.grant).toJson(QJsonDocument::Compact).toBase64()));
    xml.writeTextElement(u"GrantSignature"_s, QString::fromLatin1(issued.signature.grantSignature.toBase64()));
    xml.writeTextElement(u"ServerKey"_s, QString::fromLatin1(issued.signature.serverKey.toBase64()));
    xml.writeEndElement();
    xml.writeEndElement(); // EInvoice
    xml.writeEndDocument();
    return bytes;
}

bool InvoiceFile::isLegacy(QByteArrayView xml)
{
    return xml.toByteArray().contains("<Version>taxbox-1</Version>");
}

Result<IssuedInvoice> InvoiceFile::fromXml(QByteArrayView bytes)
{
    if (bytes.size() > kMaxInvoiceFileBytes)
        return fail(u"too_large"_s, tr("The file is larger than %1 MiB; no invoice file is.").arg(kMaxInvoiceFileBytes >> 20));
    QXmlStreamReader xml(bytes.toByteArray());
    // Every leaf as "Parent/Element" → its texts in order (lines repeat).
    QHash<QString, QStringList> leaves;
    QStringList path;
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(xml.name().toString());
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (path.size() >= 2)
                leaves[path.at(path.size() - 2) + u'/' + path.last()].append(text); // exactly as signed
            text.clear();
            path.removeLast();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(u"format"_s,
                    tr("The file is not well-formed XML (line %1): %2").arg(xml.lineNumber()).arg(xml.errorString()));
    const auto one = [&](const QString &key) { return leaves.value(key).value(0); };
    const QString seal = QString::fromLatin1(kTaxboxSeal);
    if (leaves.contains(seal + u"/Content"_s)) {
        const auto sealed = [&](const char *element) {
            return QByteArray::fromBase64(one(seal + u'/' + QLatin1StringView(element)).toLatin1());
        };
        QJsonParseError error;
        const QJsonDocument content = QJsonDocument::fromJson(sealed("Content"), &error);
        if (error.error != QJsonParseError::NoError || !content.isObject())
            return fail(u"format"_s, tr("The file's Taxbox seal holds no readable invoice content."));
        auto invoice = Invoice::fromContent(content.object());
        if (!invoice)
            return fail(u"format"_s, tr("The invoice in the file cannot be read: %1").arg(invoice.error().message),
                        invoice.error().field);
        IssuedInvoice issued{std::move(*invoice), {}};
        issued.signature.signature = sealed("DeviceSignature");
        issued.signature.grant = QJsonDocument::fromJson(sealed("Grant")).object();
        issued.signature.grantSignature = sealed("GrantSignature");
        issued.signature.serverKey = sealed("ServerKey");
        return issued;
    }
    if (!leaves.contains(u"Header/EIid"_s) || !leaves.contains(u"Signature/DeviceSignature"_s))
        return fail(u"not_taxbox"_s, tr("The file carries no Taxbox seal: it was not issued with Taxbox."));

    const auto party = [&](const QString &group, const QString &prefix) {
        const auto field = [&](const QString &element) { return one(group + u'/' + prefix + element); };
        return QJsonObject{{u"credit_code"_s, field(u"IdNum"_s)},
                           {u"name"_s, field(u"Name"_s)},
                           {u"address"_s, field(u"Addr"_s)},
                           {u"phone"_s, field(u"TelNum"_s)},
                           {u"bank"_s, field(u"BankName"_s)},
                           {u"bank_account"_s, field(u"BankAccNum"_s)},
                           {u"individual"_s, one(group + u"/BuyerNaturalPerson"_s) == u"Y"}};
    };
    QJsonObject content{{u"number"_s, one(u"Header/EIid"_s)},
                        {u"kind"_s, one(u"GeneralOrSpecialVAT/LabelCode"_s) == u"01" ? u"special"_s : u"ordinary"_s},
                        {u"issued_at"_s, one(u"BasicInformation/RequestTime"_s)},
                        {u"seller"_s, party(u"SellerInformation"_s, u"Seller"_s)},
                        {u"buyer"_s, party(u"BuyerInformation"_s, u"Buyer"_s)},
                        {u"total_amount"_s, one(u"BasicInformation/TotalAmWithoutTax"_s)},
                        {u"total_tax"_s, one(u"BasicInformation/TotalTaxAm"_s)},
                        {u"total"_s, one(u"BasicInformation/TotalTax-includedAmount"_s)},
                        {u"total_in_words"_s, one(u"BasicInformation/TotalTax-includedAmountInChinese"_s)},
                        {u"remarks"_s, one(u"AdditionalInformation/Remark"_s)},
                        {u"drawer"_s, one(u"BasicInformation/Drawer"_s)},
                        {u"device_id"_s, one(u"TaxSupervisionInfo/DeviceId"_s)},
                        {u"range_id"_s, one(u"TaxSupervisionInfo/RangeId"_s)}};
    QJsonArray lines;
    const QStringList names = leaves.value(u"IssuItemInformation/ItemName"_s);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto at
            = [&](const char *element) { return leaves.value(u"IssuItemInformation/"_s + QLatin1StringView(element)).value(i); };
        // *简称*名称: the short name sits between the first two asterisks.
        const QString display = names.at(i);
        const qsizetype second = display.startsWith(u'*') ? display.indexOf(u'*', 1) : -1;
        QJsonObject line{{u"short_name"_s, second > 0 ? display.mid(1, second - 1) : QString()},
                         {u"name"_s, second > 0 ? display.mid(second + 1) : display},
                         {u"specification"_s, at("SpecMod")},
                         {u"unit"_s, at("MeaUnits")},
                         {u"amount"_s, at("Amount")},
                         {u"rate"_s, at("TaxRate")},
                         {u"tax"_s, at("ComTaxAm")},
                         {u"tax_code"_s, at("TaxClassificationCode")},
                         {u"price_includes_tax"_s, at("PriceIncludesTax") == u"Y"},
                         {u"discount"_s, at("LineNature") == u"1"}};
        if (!at("Quantity").isEmpty())
            line.insert(u"quantity"_s, at("Quantity"));
        if (!at("UnPrice").isEmpty())
            line.insert(u"unit_price"_s, at("UnPrice"));
        lines.append(line);
    }
    content.insert(u"lines"_s, lines);
    if (leaves.contains(u"RedInformation/BlueInvoiceNumber"_s))
        content.insert(u"red"_s,
                       QJsonObject{{u"blue_number"_s, one(u"RedInformation/BlueInvoiceNumber"_s)},
                                   {u"confirmation_id"_s, one(u"RedInformation/RedConfirmationNumber"_s)}});
    auto invoice = Invoice::fromContent(content);
    if (!invoice)
        return fail(u"format"_s, tr("The invoice in the file cannot be read: %1").arg(invoice.error().message),
                    invoice.error().field);
    IssuedInvoice issued{std::move(*invoice), {}};
    issued.signature.signature = QByteArray::fromBase64(one(u"Signature/DeviceSignature"_s).toLatin1());
    issued.signature.grant = QJsonDocument::fromJson(QByteArray::fromBase64(one(u"Signature/Grant"_s).toLatin1())).object();
    issued.signature.grantSignature = QByteArray::fromBase64(one(u"Signature/GrantSignature"_s).toLatin1());
    issued.signature.serverKey = QByteArray::fromBase64(one(u"Signature/ServerKey"_s).toLatin1());
    return issued;
}

bool isPdf(QByteArrayView bytes)
{
    return bytes.startsWith("%PDF-");
}

bool Verification::valid() const
{
    return !checks.isEmpty()
        && std::all_of(checks.begin(), checks.end(), [](const VerificationCheck &check) { return check.passed; });
}

QJsonObject Verification::toJson() const
{
    QJsonArray list;
    for (const VerificationCheck &check : checks)
        list.append(QJsonObject{{u"check"_s, check.name}, {u"passed"_s, check.passed}, {u"message"_s, check.message}});
    QJsonObject object{{u"valid"_s, valid()},
                       {u"issuer_confirmed"_s, valid() && issuerConfirmed},
                       {u"sealed_by_taxbox"_s, invoice.has_value()},
                       {u"checks"_s, list}};
    if (document) {
        object.insert(u"number"_s, document->number);
        object.insert(u"kind"_s, kindKey(document->kind));
        object.insert(u"red"_s, document->red);
        object.insert(u"seller"_s, document->seller.name);
        object.insert(u"buyer"_s, document->buyer.name);
        object.insert(u"total"_s, document->total.toString());
        object.insert(u"issue_date"_s, document->issueDate.toString(u"yyyy-MM-dd"_s));
        object.insert(u"invoice"_s, document->toJson());
    }
    if (invoice) {
        object.insert(u"issued_at"_s, invoice->invoice.issuedAt.toString(Qt::ISODate));
        object.insert(u"server_key_sha256"_s, crypto::sha256Hex(invoice->signature.serverKey));
    }
    if (!unchecked.isEmpty())
        object.insert(u"not_checked"_s, QJsonArray::fromStringList(unchecked));
    return object;
}

Verification verifyDocument(const InvoiceDocument &document)
{
    Verification result;
    result.document = document;
    result.checks = checkDocument(document);
    result.unchecked = uncheckableOffline();
    return result;
}

Verification verifyAnyInvoiceFile(QByteArrayView bytes, const rules::RulePack &pack,
                                  const std::optional<QByteArray> &trustedServerKey)
{
    if (!isPdf(bytes) && !isOfd(bytes))
        return verifyInvoiceFile(bytes, pack, trustedServerKey);
    auto document = isPdf(bytes) ? readPdfInvoice(bytes) : readOfd(bytes);
    if (document)
        return verifyDocument(*document);
    Verification failed;
    failed.checks.append({u"structure"_s, false, document.error().message});
    return failed;
}

Verification verifyInvoiceFile(QByteArrayView xml, const rules::RulePack &pack, const std::optional<QByteArray> &trustedServerKey)
{
    Verification result;
    const auto add = [&](const QString &name, bool passed, const QString &message) {
        result.checks.append({name, passed, message});
    };
    auto parsed = InvoiceFile::fromXml(xml);
    if (!parsed && parsed.error().code == u"not_taxbox") {
        // A file a supplier sent: what can be checked offline.
        auto document = readEInvoiceXml(xml);
        if (!document) {
            add(u"structure"_s, false, document.error().message);
            return result;
        }
        return verifyDocument(*document);
    }
    if (!parsed) {
        add(u"format"_s, false, parsed.error().message);
        return result;
    }
    result.invoice = *parsed;
    result.document = InvoiceDocument::of(parsed->invoice);
    const Invoice &invoice = parsed->invoice;
    const InvoiceSignature &seal = parsed->signature;
    const bool legacy = InvoiceFile::isLegacy(xml);

    QString qr;
    if (legacy) {
        QXmlStreamReader reader(xml.toByteArray());
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"QRCode") {
                qr = reader.readElementText();
                break;
            }
        }
    }
    // The old form's QR payload is checked on its own below; its form is checked with the file's payload.
    const QByteArray canonical = legacy ? InvoiceFile::legacyXml(*parsed, qr) : InvoiceFile::toXml(*parsed);
    if (canonical == xml.toByteArray()) {
        add(u"format"_s, true,
            legacy ? InvoiceFile::tr("The file is in the canonical form of Taxbox files before 2026-12 (taxbox-1).")
                   : InvoiceFile::tr("The file is in the canonical form: every element says what the signed content says."));
    } else {
        qsizetype at = 0;
        while (at < canonical.size() && at < xml.size() && canonical.at(at) == xml.at(at))
            ++at;
        // Name the line that differs, as the file has it and as the sealed invoice says it.
        const auto lineAt = [at](const QByteArray &bytes) {
            const qsizetype begin = bytes.lastIndexOf('\n', std::max<qsizetype>(0, at - 1)) + 1;
            const qsizetype end = bytes.indexOf('\n', at);
            return QString::fromUtf8(bytes.mid(begin, (end < 0 ? bytes.size() : end) - begin)).trimmed().left(160);
        };
        const QByteArray original = xml.toByteArray();
        add(u"format"_s, false,
            InvoiceFile::tr("The file was changed after export: its line %1 reads 「%2」 where the sealed invoice says 「%3」.")
                .arg(original.left(at).count('\n') + 1)
                .arg(lineAt(original), lineAt(canonical)));
    }

    const QByteArray deviceKey = seal.deviceKey();
    if (crypto::Ed25519::verify(deviceKey, invoice.signingBytes(), seal.signature))
        add(u"signature"_s, true, InvoiceFile::tr("The device's signature matches the content."));
    else
        add(u"signature"_s, false,
            InvoiceFile::tr("The device's signature does not match the content: the invoice was changed after issuing."));

    const QByteArray grantBytes
        = QByteArray(sync::kGrantDomain) + '\n' + QJsonDocument(seal.grant).toJson(QJsonDocument::Compact);
    const QByteArray serverKey = trustedServerKey.value_or(seal.serverKey);
    const QString sequence = invoice.number.right(15);
    const qint64 number = sequence.toLongLong();
    QString grantProblem;
    if (!crypto::Ed25519::verify(serverKey, grantBytes, seal.grantSignature))
        grantProblem = trustedServerKey
            ? InvoiceFile::tr("The number range is not signed by the trusted server key.")
            : InvoiceFile::tr("The number range's signature does not match the server key in the file.");
    else if (seal.grant.value(u"device_id").toString() != invoice.deviceId
             || seal.grant.value(u"range_id").toString() != invoice.rangeId)
        grantProblem = InvoiceFile::tr("The number range was granted to another device or is another range.");
    else if (seal.grant.value(u"credit_code").toString() != invoice.seller.creditCode)
        grantProblem = InvoiceFile::tr("The number range was granted to another seller (%1).")
                           .arg(seal.grant.value(u"credit_code").toString());
    else if (number < seal.grant.value(u"first").toInteger() || number > seal.grant.value(u"last").toInteger())
        grantProblem = InvoiceFile::tr("The number's sequence %1 is outside the granted range %2–%3.")
                           .arg(number)
                           .arg(seal.grant.value(u"first").toInteger())
                           .arg(seal.grant.value(u"last").toInteger());
    if (grantProblem.isEmpty())
        add(u"grant"_s, true,
            trustedServerKey ? InvoiceFile::tr("The number range was granted by the trusted server to this device and seller.")
                             : InvoiceFile::tr("The number range was granted to this device and seller by the server whose "
                                               "key, given in the file itself, has SHA-256 %1; that this server is the "
                                               "issuer's was not confirmed (no trusted server key was given).")
                                   .arg(crypto::sha256Hex(serverKey)));
    else
        add(u"grant"_s, false, grantProblem);
    result.issuerConfirmed = trustedServerKey.has_value() && grantProblem.isEmpty();

    auto content = checkContent(invoice, pack);
    const bool numberProblem = !content && content.error().code == u"number_format";
    add(u"number"_s, !numberProblem, numberProblem ? content.error().message : InvoiceFile::tr("The number is well formed."));
    if (!numberProblem)
        add(u"arithmetic"_s, content.has_value(),
            content ? InvoiceFile::tr("Lines, totals and the amount in words add up.") : content.error().message);

    if (legacy) {
        // The old form printed its QR payload with a CRC-16/CCITT-FALSE check.
        const QString withoutCheck = invoice.qrPayload().chopped(4);
        const QString expected = withoutCheck + legacyQrCheck(withoutCheck.toLatin1());
        const QString check = qr.section(u',', -1);
        if (qr == expected)
            add(u"qr"_s, true, InvoiceFile::tr("The QR payload matches the content."));
        else if (legacyQrCheck(qr.left(qr.size() - check.size()).toLatin1()) != check)
            add(u"qr"_s, false, InvoiceFile::tr("The QR payload's check code %1 does not match its content.").arg(check));
        else
            add(u"qr"_s, false, InvoiceFile::tr("The QR payload (%1) does not match the invoice (%2).").arg(qr, expected));
    }
    return result;
}

} // namespace taxbox::invoice
