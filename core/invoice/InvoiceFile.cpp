#include "InvoiceFile.h"

#include "crypto/Crypto.h"
#include "ids/InvoiceNumber.h"
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

} // namespace

QByteArray InvoiceFile::toXml(const IssuedInvoice &issued)
{
    return writeXml(issued, issued.invoice.qrPayload());
}

Result<void> InvoiceFile::save(const IssuedInvoice &issued, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toXml(issued)) < 0 || !file.commit())
        return fail(u"write_failed"_s, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    u"out"_s);
    return {};
}

QByteArray InvoiceFile::writeXml(const IssuedInvoice &issued, const QString &qrPayload)
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

Result<IssuedInvoice> InvoiceFile::fromXml(QByteArrayView bytes)
{
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
    if (!leaves.contains(u"Header/EIid"_s) || !leaves.contains(u"Signature/DeviceSignature"_s))
        return fail(u"format"_s, tr("The file is not a Taxbox invoice (EInvoice with Header and Signature)."));

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
    QJsonObject object{{u"valid"_s, valid()}, {u"issuer_confirmed"_s, valid() && issuerConfirmed}, {u"checks"_s, list}};
    if (invoice) {
        object.insert(u"number"_s, invoice->invoice.number);
        object.insert(u"seller"_s, invoice->invoice.seller.name);
        object.insert(u"buyer"_s, invoice->invoice.buyer.name);
        object.insert(u"total"_s, invoice->invoice.totals.total.toString());
        object.insert(u"issued_at"_s, invoice->invoice.issuedAt.toString(Qt::ISODate));
        object.insert(u"server_key_sha256"_s, crypto::sha256Hex(invoice->signature.serverKey));
    }
    return object;
}

Verification verifyInvoiceFile(QByteArrayView xml, const rules::RulePack &pack, const std::optional<QByteArray> &trustedServerKey)
{
    Verification result;
    const auto add = [&](const QString &name, bool passed, const QString &message) {
        result.checks.append({name, passed, message});
    };
    auto parsed = InvoiceFile::fromXml(xml);
    if (!parsed) {
        add(u"format"_s, false, parsed.error().message);
        return result;
    }
    result.invoice = *parsed;
    const Invoice &invoice = parsed->invoice;
    const InvoiceSignature &seal = parsed->signature;

    QXmlStreamReader reader(xml.toByteArray());
    QString qr;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"QRCode") {
            qr = reader.readElementText();
            break;
        }
    }
    // The QR payload is checked on its own below; the form is checked with the file's payload.
    const QByteArray canonical = InvoiceFile::writeXml(*parsed, qr);
    if (canonical == xml.toByteArray()) {
        add(u"format"_s, true, InvoiceFile::tr("The file is in the canonical form."));
    } else {
        qsizetype at = 0;
        while (at < canonical.size() && at < xml.size() && canonical.at(at) == xml.at(at))
            ++at;
        add(u"format"_s, false,
            InvoiceFile::tr("The file differs from its canonical form from byte %1 on: it was changed after export.").arg(at));
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

    const QString expected = invoice.qrPayload();
    const QString check = qr.section(u',', -1);
    if (qr == expected)
        add(u"qr"_s, true, InvoiceFile::tr("The QR payload matches the content."));
    else if (qrCheck(qr.left(qr.size() - check.size()).toLatin1()) != check)
        add(u"qr"_s, false, InvoiceFile::tr("The QR payload's check code %1 does not match its content.").arg(check));
    else
        add(u"qr"_s, false, InvoiceFile::tr("The QR payload (%1) does not match the invoice (%2).").arg(qr, expected));
    return result;
}

} // namespace taxbox::invoice
