#include "InvoiceDocument.h"

#include "ids/InvoiceNumber.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

constexpr int kMaxDepth = 32;
constexpr int kMaxElements = 200'000;

QString dateText(QDate date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

/// 价税合计 in words compared as readers compare it: some issuers write 元 for 圆.
QString normalisedWords(QString words)
{
    return words.replace(u'元', u'圆').remove(u' ');
}

QJsonObject partyJson(const Party &party)
{
    QJsonObject object{{u"name"_s, party.name}, {u"credit_code"_s, party.creditCode}};
    for (const auto &[key, value] : {std::pair{u"address", party.address}, std::pair{u"phone", party.phone},
                                     std::pair{u"bank", party.bank}, std::pair{u"bank_account", party.bankAccount}}) {
        if (!value.isEmpty())
            object.insert(QString::fromUtf16(key), value);
    }
    return object;
}

Party partyFrom(const QJsonObject &object)
{
    Party party;
    party.name = object.value(u"name").toString();
    party.creditCode = object.value(u"credit_code").toString();
    party.address = object.value(u"address").toString();
    party.phone = object.value(u"phone").toString();
    party.bank = object.value(u"bank").toString();
    party.bankAccount = object.value(u"bank_account").toString();
    party.individual = party.creditCode.isEmpty();
    return party;
}

} // namespace

QByteArray readAtMost(QIODevice &device, qsizetype limit)
{
    QByteArray bytes;
    char chunk[64 * 1024];
    while (bytes.size() <= limit) {
        const qint64 got = device.read(chunk, sizeof chunk);
        if (got <= 0)
            break;
        bytes.append(chunk, static_cast<qsizetype>(got));
    }
    return bytes;
}

InvoiceDocument InvoiceDocument::of(const Invoice &invoice)
{
    InvoiceDocument document;
    document.number = invoice.number;
    document.kind = invoice.kind;
    document.red = invoice.isRed();
    document.issueDate = invoice.issuedAt.toOffsetFromUtc(8 * 3600).date();
    document.requestTime = invoice.issuedAt.toOffsetFromUtc(8 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    document.seller = invoice.seller;
    document.buyer = invoice.buyer;
    for (const Line &line : invoice.lines) {
        const auto price = line.unitPriceWithoutTax();
        const bool priced = !line.input.discount && line.input.quantity && price;
        document.lines.append({line.displayName(), line.input.specification, line.input.unit,
                               priced ? line.input.quantity->toString() : QString(), priced ? price->toString() : QString(),
                               line.amount, line.input.rate.toString(), line.tax, line.total(), line.input.taxCode});
    }
    document.amount = invoice.totals.amount;
    document.tax = invoice.totals.tax;
    document.total = invoice.totals.total;
    document.totalInWords = invoice.totals.totalInWords;
    document.remarks = invoice.remarks;
    document.drawer = invoice.drawer;
    if (invoice.red) {
        document.blueNumber = invoice.red->blueNumber;
        document.creditNoteNumber = invoice.red->confirmationId;
    }
    document.qrPayload = invoice.qrPayload();
    return document;
}

QString InvoiceDocument::sourceKey() const
{
    switch (source) {
    case Source::Xml:
        return u"xml"_s;
    case Source::Ofd:
        return u"ofd"_s;
    case Source::Pdf:
        return u"pdf"_s;
    case Source::Qr:
        return u"qr"_s;
    }
    return {};
}

QJsonObject InvoiceDocument::toJson() const
{
    QJsonArray lineArray;
    for (const DocumentLine &line : lines) {
        QJsonObject object{{u"name"_s, line.name},
                           {u"amount"_s, line.amount.toString()},
                           {u"rate"_s, line.rate},
                           {u"tax"_s, line.tax.toString()}};
        for (const auto &[key, value] : {std::pair{u"specification", line.specification}, std::pair{u"unit", line.unit},
                                         std::pair{u"quantity", line.quantity}, std::pair{u"unit_price", line.unitPrice},
                                         std::pair{u"tax_code", line.taxCode}}) {
            if (!value.isEmpty())
                object.insert(QString::fromUtf16(key), value);
        }
        if (line.total)
            object.insert(u"total"_s, line.total->toString());
        lineArray.append(object);
    }
    QJsonObject object{{u"source"_s, sourceKey()},
                       {u"number"_s, number},
                       {u"kind"_s, kindKey(kind)},
                       {u"red"_s, red},
                       {u"issue_date"_s, dateText(issueDate)},
                       {u"seller"_s, partyJson(seller)},
                       {u"buyer"_s, partyJson(buyer)},
                       {u"lines"_s, lineArray},
                       {u"amount"_s, amount.toString()},
                       {u"tax"_s, tax.toString()},
                       {u"total"_s, total.toString()},
                       {u"total_in_words"_s, totalInWords}};
    for (const auto &[key, value] :
         {std::pair{u"request_time", requestTime}, std::pair{u"remarks", remarks}, std::pair{u"drawer", drawer},
          std::pair{u"blue_number", blueNumber}, std::pair{u"credit_note_number", creditNoteNumber},
          std::pair{u"tax_bureau_code", taxBureauCode}, std::pair{u"tax_bureau_name", taxBureauName},
          std::pair{u"version", version}, std::pair{u"qr_payload", qrPayload}}) {
        if (!value.isEmpty())
            object.insert(QString::fromUtf16(key), value);
    }
    return object;
}

Result<InvoiceDocument> InvoiceDocument::fromJson(const QJsonObject &object)
{
    InvoiceDocument document;
    static const QHash<QString, Source> sources{
        {u"xml"_s, Source::Xml}, {u"ofd"_s, Source::Ofd}, {u"pdf"_s, Source::Pdf}, {u"qr"_s, Source::Qr}};
    document.source = sources.value(object.value(u"source").toString(), Source::Xml);
    document.number = object.value(u"number").toString();
    auto kind = kindFromKey(object.value(u"kind").toString());
    if (!kind)
        return std::unexpected(kind.error());
    document.kind = *kind;
    document.red = object.value(u"red").toBool();
    document.issueDate = QDate::fromString(object.value(u"issue_date").toString(), u"yyyy-MM-dd"_s);
    document.requestTime = object.value(u"request_time").toString();
    document.seller = partyFrom(object.value(u"seller").toObject());
    document.buyer = partyFrom(object.value(u"buyer").toObject());
    for (const QJsonValue &value : object.value(u"lines").toArray()) {
        const QJsonObject line = value.toObject();
        auto amount = Money::parse(line.value(u"amount").toString());
        auto tax = Money::parse(line.value(u"tax").toString());
        if (!amount || !tax)
            return std::unexpected(!amount ? amount.error() : tax.error());
        DocumentLine read{line.value(u"name").toString(),
                          line.value(u"specification").toString(),
                          line.value(u"unit").toString(),
                          line.value(u"quantity").toString(),
                          line.value(u"unit_price").toString(),
                          *amount,
                          line.value(u"rate").toString(),
                          *tax,
                          std::nullopt,
                          line.value(u"tax_code").toString()};
        if (line.contains(u"total")) {
            auto total = Money::parse(line.value(u"total").toString());
            if (!total)
                return std::unexpected(total.error());
            read.total = *total;
        }
        document.lines.append(read);
    }
    for (const auto &[key, target] :
         {std::pair{u"amount", &document.amount}, std::pair{u"tax", &document.tax}, std::pair{u"total", &document.total}}) {
        auto money = Money::parse(object.value(key).toString());
        if (!money)
            return std::unexpected(money.error());
        *target = *money;
    }
    document.totalInWords = object.value(u"total_in_words").toString();
    document.remarks = object.value(u"remarks").toString();
    document.drawer = object.value(u"drawer").toString();
    document.blueNumber = object.value(u"blue_number").toString();
    document.creditNoteNumber = object.value(u"credit_note_number").toString();
    document.taxBureauCode = object.value(u"tax_bureau_code").toString();
    document.taxBureauName = object.value(u"tax_bureau_name").toString();
    document.version = object.value(u"version").toString();
    document.qrPayload = object.value(u"qr_payload").toString();
    return document;
}

Result<InvoiceDocument> readEInvoiceXml(QByteArrayView bytes)
{
    if (bytes.size() > kMaxInvoiceFileBytes)
        return fail(u"too_large"_s,
                    InvoiceDocument::tr("The file is larger than %1 MiB; no invoice file is.").arg(kMaxInvoiceFileBytes >> 20));
    QXmlStreamReader xml(bytes.toByteArray());
    // Leaves by "Parent/Element" (first occurrence), and each item line's leaves.
    QHash<QString, QString> leaves;
    QList<QHash<QString, QString>> items;
    QStringList path;
    QString text;
    int elements = 0;
    bool rootSeen = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (path.isEmpty()) {
                if (rootSeen || xml.name() != u"EInvoice")
                    return fail(u"not_invoice"_s,
                                InvoiceDocument::tr("The file is XML but not a 数电票 (its root element is %1, not EInvoice).")
                                    .arg(xml.name().toString()));
                rootSeen = true;
            }
            if (path.size() >= kMaxDepth || ++elements > kMaxElements)
                return fail(u"format"_s,
                            InvoiceDocument::tr("The file nests or repeats elements far beyond any invoice; it is not read."));
            path.append(xml.name().toString());
            if (xml.name() == u"IssuItemInformation" && path.size() == 3) {
                if (items.size() >= kMaxDocumentLines)
                    return fail(
                        u"format"_s,
                        InvoiceDocument::tr("The invoice has more than %1 lines; it is not read.").arg(kMaxDocumentLines));
                items.append(QHash<QString, QString>());
            }
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            if (text.size() < 100'000)
                text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            const QString key = path.size() >= 2 ? path.at(path.size() - 2) + u'/' + path.last() : path.last();
            if (path.size() == 4 && path.at(2) == u"IssuItemInformation" && !items.isEmpty())
                items.last().insert(path.last(), text.trimmed());
            else if (!leaves.contains(key))
                leaves.insert(key, text.trimmed());
            text.clear();
            path.removeLast();
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(
            u"format"_s,
            InvoiceDocument::tr("The file is not well-formed XML (line %1): %2").arg(xml.lineNumber()).arg(xml.errorString()));
    if (!rootSeen)
        return fail(u"not_invoice"_s, InvoiceDocument::tr("The file is not a 数电票 XML file."));

    const auto missing
        = [](const QString &what) { return fail(u"format"_s, InvoiceDocument::tr("The invoice file has no %1.").arg(what)); };
    InvoiceDocument document;
    document.source = InvoiceDocument::Source::Xml;
    document.version = leaves.value(u"Header/Version"_s);
    document.number = leaves.value(u"TaxSupervisionInfo/InvoiceNumber"_s);
    if (document.number.isEmpty())
        document.number = leaves.value(u"Header/EIid"_s);
    if (document.number.isEmpty())
        return missing(InvoiceDocument::tr("发票号码 (invoice number)"));
    const QString kindCode = leaves.value(u"GeneralOrSpecialVAT/LabelCode"_s);
    document.kind = kindCode == u"01" ? InvoiceKind::Special : InvoiceKind::Ordinary;
    QString issued = leaves.value(u"TaxSupervisionInfo/IssueTime"_s);
    if (issued.isEmpty())
        issued = leaves.value(u"BasicInformation/RequestTime"_s);
    document.issueDate = QDate::fromString(issued.left(10), u"yyyy-MM-dd"_s);
    if (!document.issueDate.isValid())
        return fail(u"format"_s, InvoiceDocument::tr("The invoice's 开票日期 (date of issue) \"%1\" is not a date.").arg(issued));
    document.requestTime = leaves.value(u"BasicInformation/RequestTime"_s);

    const auto party = [&](const QString &group, const QString &prefix) {
        const auto field = [&](const QString &element) { return leaves.value(group + u'/' + prefix + element); };
        Party who;
        who.creditCode = field(u"IdNum"_s);
        who.name = field(u"Name"_s);
        who.address = field(u"Addr"_s);
        who.phone = field(u"TelNum"_s);
        who.bank = field(u"BankName"_s);
        who.bankAccount = field(u"BankAccNum"_s);
        who.individual = who.creditCode.isEmpty();
        return who;
    };
    document.seller = party(u"SellerInformation"_s, u"Seller"_s);
    document.buyer = party(u"BuyerInformation"_s, u"Buyer"_s);
    if (document.seller.name.isEmpty())
        return missing(InvoiceDocument::tr("销售方名称 (seller's name)"));
    if (document.buyer.name.isEmpty())
        return missing(InvoiceDocument::tr("购买方名称 (buyer's name)"));

    const auto money = [&](const QString &value, const QString &label) -> Result<Money> {
        if (value.isEmpty())
            return missing(label);
        auto parsed = Money::parse(value, label);
        if (!parsed)
            return fail(u"format"_s, InvoiceDocument::tr("The invoice's %1 \"%2\" is not an amount.").arg(label, value));
        return parsed;
    };
    for (const auto &[key, label, target] :
         {std::tuple{u"BasicInformation/TotalAmWithoutTax"_s, InvoiceDocument::tr("合计金额 (total amount)"), &document.amount},
          std::tuple{u"BasicInformation/TotalTaxAm"_s, InvoiceDocument::tr("合计税额 (total tax)"), &document.tax},
          std::tuple{u"BasicInformation/TotalTax-includedAmount"_s, InvoiceDocument::tr("价税合计 (total including tax)"),
                     &document.total}}) {
        auto value = money(leaves.value(key), label);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    document.totalInWords = leaves.value(u"BasicInformation/TotalTax-includedAmountInChinese"_s);
    document.drawer = leaves.value(u"BasicInformation/Drawer"_s);
    document.remarks = leaves.value(u"AdditionalInformation/Remark"_s);
    if (document.remarks.isEmpty())
        document.remarks = leaves.value(u"BasicInformation/Remark"_s);
    document.blueNumber = leaves.value(u"RedEInvoice/OriginalInvoiceCode"_s);
    document.creditNoteNumber = leaves.value(u"RedEInvoice/CreditNoteNumber"_s);
    document.red = leaves.value(u"InIssuType/LabelCode"_s) == u"N" || !document.blueNumber.isEmpty();
    document.taxBureauCode = leaves.value(u"TaxSupervisionInfo/TaxBureauCode"_s);
    document.taxBureauName = leaves.value(u"TaxSupervisionInfo/TaxBureauName"_s);

    if (items.isEmpty())
        return missing(InvoiceDocument::tr("项目 (item lines)"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QHash<QString, QString> &item = items.at(i);
        const QString where = InvoiceDocument::tr("line %1's %2").arg(i + 1);
        DocumentLine line;
        line.name = item.value(u"ItemName"_s);
        line.specification = item.value(u"SpecMod"_s);
        line.unit = item.value(u"MeaUnits"_s);
        line.quantity = item.value(u"Quantity"_s);
        line.unitPrice = item.value(u"UnPrice"_s);
        line.rate = item.value(u"TaxRate"_s);
        line.taxCode = item.value(u"TaxClassificationCode"_s);
        auto amount = money(item.value(u"Amount"_s), where.arg(InvoiceDocument::tr("金额 (amount)")));
        if (!amount)
            return std::unexpected(amount.error());
        line.amount = *amount;
        // A tax-free line may leave its tax out or write *** (免税).
        const QString tax = item.value(u"ComTaxAm"_s);
        if (tax.isEmpty() || tax.contains(u'*')) {
            line.tax = Money::fromFen(0);
        } else {
            auto parsed = money(tax, where.arg(InvoiceDocument::tr("税额 (tax)")));
            if (!parsed)
                return std::unexpected(parsed.error());
            line.tax = *parsed;
        }
        if (const QString total = item.value(u"TotaltaxIncludedAmount"_s); !total.isEmpty()) {
            auto parsed = money(total, where.arg(InvoiceDocument::tr("价税合计 (total)")));
            if (!parsed)
                return std::unexpected(parsed.error());
            line.total = *parsed;
        }
        document.lines.append(line);
    }
    return document;
}

bool QrPayload::checkMatches() const
{
    return qrCheck(text.left(text.size() - check.size()).toLatin1()) == check;
}

Result<QrPayload> QrPayload::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    const auto refuse = [&](const QString &why) {
        return fail(u"not_qr_payload"_s, tr("\"%1\" is not a 数电票 QR code: %2").arg(text.left(80), why), u"qr"_s);
    };
    if (text.size() > 200)
        return refuse(tr("it is far longer than any."));
    const QStringList fields = text.split(u',');
    if (fields.size() != 8)
        return refuse(tr("it has %1 comma-separated fields, not 8.").arg(fields.size()));
    if (fields.at(0) != u"01")
        return refuse(tr("it does not begin with 01."));
    QrPayload payload;
    payload.text = text;
    if (fields.at(1) == u"31")
        payload.kind = InvoiceKind::Special;
    else if (fields.at(1) == u"32")
        payload.kind = InvoiceKind::Ordinary;
    else
        return refuse(tr("its kind %1 is neither 31 (专票) nor 32 (普票).").arg(fields.at(1)));
    payload.number = fields.at(3);
    if (auto number = InvoiceNumber::parse(payload.number); !number)
        return refuse(number.error().message);
    auto total = Money::parse(fields.at(4));
    if (!total)
        return refuse(tr("its total \"%1\" is not an amount.").arg(fields.at(4)));
    payload.total = *total;
    payload.date = QDate::fromString(fields.at(5), u"yyyyMMdd"_s);
    if (!payload.date.isValid())
        return refuse(tr("its date \"%1\" is not a date (YYYYMMDD).").arg(fields.at(5)));
    static const QRegularExpression hex(u"^[0-9A-F]{4}$"_s);
    payload.check = fields.at(7);
    if (!hex.match(payload.check).hasMatch())
        return refuse(tr("its check code \"%1\" is not four hexadecimal digits.").arg(payload.check));
    return payload;
}

VerificationCheck checkQrAgainst(const QrPayload &qr, const InvoiceDocument &document)
{
    if (!qr.checkMatches())
        return {u"qr"_s, false,
                InvoiceDocument::tr(
                    "The QR code's check code %1 does not match its content (CRC-16/UMTS gives %2): the code was changed.")
                    .arg(qr.check, qrCheck(qr.text.left(qr.text.size() - qr.check.size()).toLatin1()))};
    QStringList differences;
    if (qr.number != document.number)
        differences.append(InvoiceDocument::tr("number %1 ≠ %2").arg(qr.number, document.number));
    if (qr.kind != document.kind)
        differences.append(InvoiceDocument::tr("kind"));
    if (qr.total != document.total)
        differences.append(InvoiceDocument::tr("价税合计 %1 ≠ %2").arg(qr.total.toString(), document.total.toString()));
    if (qr.date != document.issueDate)
        differences.append(InvoiceDocument::tr("date %1 ≠ %2").arg(dateText(qr.date), dateText(document.issueDate)));
    if (!differences.isEmpty())
        return {u"qr"_s, false,
                InvoiceDocument::tr("The QR code does not match the invoice: %1.").arg(differences.join(u"; "_s))};
    return {u"qr"_s, true,
            InvoiceDocument::tr("The QR code's check code is right and its number, kind, total and date match the invoice.")};
}

QList<VerificationCheck> checkDocument(const InvoiceDocument &document)
{
    QList<VerificationCheck> checks;
    const bool fromPdf = document.source == InvoiceDocument::Source::Pdf;
    if (fromPdf)
        checks.append({u"structure"_s, !document.seller.name.isEmpty() && !document.buyer.name.isEmpty(),
                       document.seller.name.isEmpty() || document.buyer.name.isEmpty()
                           ? InvoiceDocument::tr("The PDF's text does not name both parties (an image-only PDF?): only its QR "
                                                 "code was read.")
                           : InvoiceDocument::tr("The PDF shows its number, date, parties and totals; its item lines are "
                                                 "read from the XML or OFD file only.")});
    else
        checks.append({u"structure"_s, true,
                       InvoiceDocument::tr("The file has what a 数电票 has: number, date, parties, lines and totals.")});

    auto number = InvoiceNumber::parse(document.number);
    if (!number)
        checks.append({u"number"_s, false, number.error().message});
    else if (number->year() != document.issueDate.year())
        checks.append({u"number"_s, false,
                       InvoiceDocument::tr("The number says %1 but the invoice is dated %2.")
                           .arg(number->year())
                           .arg(dateText(document.issueDate))});
    else
        checks.append({u"number"_s, true, InvoiceDocument::tr("The number is well formed and of the year of issue.")});

    QStringList problems;
    qint64 amount = 0;
    qint64 tax = 0;
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine &line = document.lines.at(i);
        amount += line.amount.fen();
        tax += line.tax.fen();
        const QString where = InvoiceDocument::tr("Line %1").arg(i + 1);
        if (line.total && line.total->fen() != line.amount.fen() + line.tax.fen())
            problems.append(InvoiceDocument::tr("%1: 金额 %2 + 税额 %3 ≠ %4")
                                .arg(where, line.amount.toString(), line.tax.toString(), line.total->toString()));
        if (!line.quantity.isEmpty() && !line.unitPrice.isEmpty()) {
            auto quantity = Decimal::parse(line.quantity, {}, 20);
            auto price = Decimal::parse(line.unitPrice, {}, 20);
            if (!quantity || !price) {
                problems.append(InvoiceDocument::tr("%1: the quantity or unit price is not a number").arg(where));
            } else {
                const qint64 product = ((*quantity) * (*price)).toMoney().value_or(Money::fromFen(0)).fen();
                if (std::abs(product - line.amount.fen()) > 1)
                    problems.append(InvoiceDocument::tr("%1: 数量 %2 × 单价 %3 ≠ 金额 %4")
                                        .arg(where, line.quantity, line.unitPrice, line.amount.toString()));
            }
        }
        if (auto rate = Decimal::parse(line.rate, {}, 20); rate && !rate->isNegative()) {
            const qint64 expected = (Decimal::fromMoney(line.amount) * (*rate)).toMoney().value_or(Money::fromFen(0)).fen();
            if (std::abs(expected - line.tax.fen()) > 6) // 0.06: the tolerance of the invoicing systems
                problems.append(InvoiceDocument::tr("%1: 税额 %2 is not 金额 %3 × 税率 %4")
                                    .arg(where, line.tax.toString(), line.amount.toString(), line.rate));
        }
    }
    if (fromPdf && document.lines.isEmpty()) {
        // No item lines from a PDF: the totals must agree with each other.
        amount = document.amount.fen();
        tax = document.tax.fen();
    }
    if (amount != document.amount.fen())
        problems.append(InvoiceDocument::tr("the lines' amounts add up to %1, the invoice says %2")
                            .arg(Money::fromFen(amount).toString(), document.amount.toString()));
    if (tax != document.tax.fen())
        problems.append(InvoiceDocument::tr("the lines' taxes add up to %1, the invoice says %2")
                            .arg(Money::fromFen(tax).toString(), document.tax.toString()));
    if (document.amount.fen() + document.tax.fen() != document.total.fen())
        problems.append(InvoiceDocument::tr("合计金额 %1 + 合计税额 %2 ≠ 价税合计 %3")
                            .arg(document.amount.toString(), document.tax.toString(), document.total.toString()));
    checks.append({u"arithmetic"_s, problems.isEmpty(),
                   problems.isEmpty() ? InvoiceDocument::tr("Lines and totals add up.") : problems.join(u"; "_s) + u'.'});

    auto words = totalInWords(document.total);
    if (document.totalInWords.isEmpty()) {
        // An OFD whose words are not tagged: nothing to compare.
    } else if (!words) {
        checks.append({u"words"_s, false, words.error().message});
    } else if (normalisedWords(*words) != normalisedWords(document.totalInWords)) {
        checks.append({u"words"_s, false,
                       InvoiceDocument::tr("价税合计（大写） says 「%1」 but %2 is 「%3」.")
                           .arg(document.totalInWords, document.total.toString(), *words)});
    } else {
        checks.append({u"words"_s, true, InvoiceDocument::tr("价税合计（大写） agrees with the figures.")});
    }

    if (document.red) {
        const bool negative = document.total.isNegative();
        const bool referenced = InvoiceNumber::parse(document.blueNumber).has_value();
        checks.append({u"red"_s, negative && referenced,
                       !negative ? InvoiceDocument::tr("A red-letter invoice with a total that is not negative.")
                           : !referenced
                           ? InvoiceDocument::tr("A red-letter invoice that names no valid blue invoice number (%1).")
                                 .arg(document.blueNumber)
                           : InvoiceDocument::tr("A red-letter invoice reversing %1.").arg(document.blueNumber)});
    } else if (document.total.isNegative() || document.total.isZero()) {
        checks.append({u"red"_s, false, InvoiceDocument::tr("A blue invoice whose total is not positive.")});
    }
    if (!document.qrPayload.isEmpty()) {
        auto qr = QrPayload::parse(document.qrPayload);
        checks.append(qr ? checkQrAgainst(*qr, document) : VerificationCheck{u"qr"_s, false, qr.error().message});
    }
    return checks;
}

QStringList uncheckableOffline()
{
    return {InvoiceDocument::tr("The tax bureau's signature (SM2) cannot be checked here: it needs the tax bureau's certificate, "
                                "which is not published."),
            InvoiceDocument::tr("Whether the invoice exists and is still valid (not reversed or voided) only the national 查验 "
                                "platform knows: https://inv-veri.chinatax.gov.cn")};
}

} // namespace taxbox::invoice
