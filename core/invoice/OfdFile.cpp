#include "OfdFile.h"

#include "ids/InvoiceNumber.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

constexpr char kNamespace[] = "http://www.ofdspec.org/2016";
constexpr int kMaxEntries = 500;

/// A page being built: text objects (with IDs), the frame's lines, and the tag → object IDs map.
class PageBuilder
{
public:
    int text(double x, double y, double width, const QString &value, double size = 3.2, bool label = false)
    {
        const int id = m_nextId++;
        m_texts.append({id, x, y, width, value, size, label});
        return id;
    }
    void tag(const QString &name, int id) { m_tags[name].append(id); }
    void line(double x1, double y1, double x2, double y2) { m_lines.append({x1, y1, x2, y2}); }
    [[nodiscard]] int maxId() const { return m_nextId; }

    [[nodiscard]] QByteArray content() const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        xml.writeStartDocument();
        xml.writeNamespace(QString::fromLatin1(kNamespace), u"ofd"_s);
        xml.writeStartElement(QString::fromLatin1(kNamespace), u"Page"_s);
        xml.writeStartElement(QString::fromLatin1(kNamespace), u"Content"_s);
        xml.writeStartElement(QString::fromLatin1(kNamespace), u"Layer"_s);
        xml.writeAttribute(u"ID"_s, u"2"_s);
        int pathId = 100000;
        for (const Line &line : m_lines) {
            xml.writeStartElement(QString::fromLatin1(kNamespace), u"PathObject"_s);
            xml.writeAttribute(u"ID"_s, QString::number(pathId++));
            const double left = std::min(line.x1, line.x2);
            const double top = std::min(line.y1, line.y2);
            xml.writeAttribute(u"Boundary"_s,
                               u"%1 %2 %3 %4"_s.arg(left)
                                   .arg(top)
                                   .arg(std::max(0.3, std::abs(line.x2 - line.x1)))
                                   .arg(std::max(0.3, std::abs(line.y2 - line.y1))));
            xml.writeAttribute(u"LineWidth"_s, u"0.25"_s);
            xml.writeStartElement(QString::fromLatin1(kNamespace), u"StrokeColor"_s);
            xml.writeAttribute(u"Value"_s, u"156 74 42"_s);
            xml.writeEndElement();
            xml.writeTextElement(
                QString::fromLatin1(kNamespace), u"AbbreviatedData"_s,
                u"M %1 %2 L %3 %4"_s.arg(line.x1 - left).arg(line.y1 - top).arg(line.x2 - left).arg(line.y2 - top));
            xml.writeEndElement();
        }
        for (const Text &text : m_texts) {
            xml.writeStartElement(QString::fromLatin1(kNamespace), u"TextObject"_s);
            xml.writeAttribute(u"ID"_s, QString::number(text.id));
            xml.writeAttribute(u"Boundary"_s, u"%1 %2 %3 %4"_s.arg(text.x).arg(text.y).arg(text.width).arg(text.size * 1.5));
            xml.writeAttribute(u"Font"_s, u"1"_s);
            xml.writeAttribute(u"Size"_s, QString::number(text.size));
            xml.writeStartElement(QString::fromLatin1(kNamespace), u"FillColor"_s);
            xml.writeAttribute(u"Value"_s, text.label ? u"156 74 42"_s : u"0 0 0"_s);
            xml.writeEndElement();
            xml.writeStartElement(QString::fromLatin1(kNamespace), u"TextCode"_s);
            xml.writeAttribute(u"X"_s, u"0"_s);
            xml.writeAttribute(u"Y"_s, QString::number(text.size));
            xml.writeCharacters(text.value);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        return bytes;
    }

    [[nodiscard]] QByteArray customTag() const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeNamespace(QString::fromLatin1(kNamespace), u"ofd"_s);
        xml.writeStartElement(QString::fromLatin1(kNamespace), u"eInvoice"_s);
        for (const auto &[name, ids] : m_tags) {
            xml.writeStartElement(QString::fromLatin1(kNamespace), name);
            for (int id : ids) {
                xml.writeStartElement(QString::fromLatin1(kNamespace), u"ObjectRef"_s);
                xml.writeAttribute(u"PageRef"_s, u"1"_s);
                xml.writeCharacters(QString::number(id));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return bytes;
    }

private:
    struct Text
    {
        int id;
        double x, y, width;
        QString value;
        double size;
        bool label;
    };
    struct Line
    {
        double x1, y1, x2, y2;
    };
    QList<Text> m_texts;
    QList<Line> m_lines;
    std::map<QString, QList<int>> m_tags; // sorted: the file is the same for the same invoice
    int m_nextId = 10;
};

QByteArray simpleXml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(QString::fromLatin1(kNamespace), u"ofd"_s);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

QString percent(const Decimal &rate)
{
    return (rate * Decimal::fromInteger(100)).toString() + u'%';
}

} // namespace

QByteArray toOfd(const IssuedInvoice &issued)
{
    const Invoice &invoice = issued.invoice;
    const QString ns = QString::fromLatin1(kNamespace);
    PageBuilder page;
    // Millimetres from the top left, as the PDF's layout.
    page.text(66, 8, 80, invoice.kind == InvoiceKind::Special ? u"电子发票（增值税专用发票）"_s : u"电子发票（普通发票）"_s, 6,
              true);
    page.text(147, 8, 22, u"发票号码："_s, 3, true);
    page.tag(u"InvoiceNo"_s, page.text(166, 8, 40, invoice.number, 3));
    page.text(147, 15, 22, u"开票日期："_s, 3, true);
    page.tag(u"IssueDate"_s,
             page.text(166, 15, 40, invoice.issuedAt.toOffsetFromUtc(8 * 3600).date().toString(u"yyyy年MM月dd日"_s), 3));
    // Frame.
    for (const double y : {30.0, 62.0, 106.0, 113.0, 130.0})
        page.line(6, y, 204, y);
    page.line(6, 30, 6, 130);
    page.line(204, 30, 204, 130);
    page.line(105, 30, 105, 62);
    const auto party = [&](double x, const QString &label, const Party &who, const QString &nameTag, const QString &idTag) {
        page.text(x, 34, 8, label, 3, true);
        page.text(x + 8, 36, 12, u"名称："_s, 3, true);
        page.tag(nameTag, page.text(x + 20, 36, 75, who.name, 3.2));
        page.text(x + 8, 46, 60, u"统一社会信用代码/纳税人识别号："_s, 3, true);
        if (!who.creditCode.isEmpty())
            page.tag(idTag, page.text(x + 8, 52, 80, who.creditCode, 3.2));
    };
    party(7, u"购买方信息"_s, invoice.buyer, u"BuyerName"_s, u"BuyerTaxID"_s);
    party(106, u"销售方信息"_s, invoice.seller, u"SellerName"_s, u"SellerTaxID"_s);
    const double columns[] = {7, 60, 86, 98, 118, 144, 168, 183};
    const QStringList headers{u"项目名称"_s, u"规格型号"_s, u"单位"_s,        u"数量"_s,
                              u"单价"_s,     u"金额"_s,     u"税率/征收率"_s, u"税额"_s};
    for (int c = 0; c < 8; ++c)
        page.text(columns[c], 63, 20, headers.at(c), 3, true);
    const double rowHeight = std::min(5.0, 36.0 / std::max<qsizetype>(1, invoice.lines.size()));
    const double size = std::min(3.0, rowHeight * 0.6);
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const Line &line = invoice.lines.at(i);
        const double y = 69 + i * rowHeight;
        const auto price = line.unitPriceWithoutTax();
        const bool priced = !line.input.discount && line.input.quantity && price;
        page.tag(u"Item"_s, page.text(columns[0], y, 52, line.displayName(), size));
        if (!line.input.specification.isEmpty())
            page.tag(u"Specification"_s, page.text(columns[1], y, 25, line.input.specification, size));
        if (!line.input.unit.isEmpty())
            page.tag(u"MeasurementDimension"_s, page.text(columns[2], y, 11, line.input.unit, size));
        if (priced) {
            page.tag(u"Quantity"_s, page.text(columns[3], y, 19, line.input.quantity->toString(), size));
            page.tag(u"Price"_s, page.text(columns[4], y, 25, price->toString(), size));
        }
        page.tag(u"Amount"_s, page.text(columns[5], y, 23, line.amount.toString(), size));
        page.tag(u"TaxScheme"_s, page.text(columns[6], y, 14, percent(line.input.rate), size));
        page.tag(u"TaxAmount"_s, page.text(columns[7], y, 20, line.tax.toString(), size));
    }
    page.text(20, 107, 20, u"合　　计"_s, 3, true);
    page.tag(u"TaxExclusiveTotalAmount"_s, page.text(columns[5], 107, 23, u"¥"_s + invoice.totals.amount.toString(), 3));
    page.tag(u"TaxTotalAmount"_s, page.text(columns[7], 107, 20, u"¥"_s + invoice.totals.tax.toString(), 3));
    page.text(8, 114.5, 40, u"价税合计（大写）"_s, 3, true);
    page.tag(u"TaxInclusiveTotalAmountInWords"_s, page.text(52, 114.5, 90, u"⊗"_s + invoice.totals.totalInWords, 3.2));
    page.text(146, 114.5, 16, u"（小写）"_s, 3, true);
    page.tag(u"TaxInclusiveTotalAmount"_s, page.text(163, 114.5, 40, u"¥"_s + invoice.totals.total.toString(), 3.2));
    page.text(8, 121, 8, u"备注"_s, 3, true);
    if (!invoice.remarks.isEmpty())
        page.tag(u"Note"_s, page.text(18, 121, 185, invoice.remarks, 2.8));
    page.text(12, 133, 16, u"开票人："_s, 3, true);
    page.tag(u"InvoiceClerk"_s, page.text(28, 133, 40, invoice.drawer, 3));

    const int maxId = page.maxId();
    const QByteArray ofd = simpleXml([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(ns, u"OFD"_s);
        xml.writeAttribute(u"Version"_s, u"1.1"_s);
        xml.writeAttribute(u"DocType"_s, u"OFD"_s);
        xml.writeStartElement(ns, u"DocBody"_s);
        xml.writeStartElement(ns, u"DocInfo"_s);
        // A document id from the number: the same invoice gives the same file.
        xml.writeTextElement(ns, u"DocID"_s, QUuid::createUuidV5(QUuid(), invoice.number).toString(QUuid::Id128));
        xml.writeTextElement(ns, u"Title"_s, u"电子发票 "_s + invoice.number);
        xml.writeTextElement(ns, u"Creator"_s, u"Taxbox"_s);
        xml.writeTextElement(ns, u"CreationDate"_s, invoice.issuedAt.toOffsetFromUtc(8 * 3600).date().toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeTextElement(ns, u"DocRoot"_s, u"Doc_0/Document.xml"_s);
        xml.writeEndElement();
        xml.writeEndElement();
    });
    const QByteArray document = simpleXml([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(ns, u"Document"_s);
        xml.writeStartElement(ns, u"CommonData"_s);
        xml.writeTextElement(ns, u"MaxUnitID"_s, QString::number(maxId + 100000));
        xml.writeStartElement(ns, u"PageArea"_s);
        xml.writeTextElement(ns, u"PhysicalBox"_s, u"0 0 210 140"_s);
        xml.writeEndElement();
        xml.writeTextElement(ns, u"PublicRes"_s, u"PublicRes.xml"_s);
        xml.writeEndElement();
        xml.writeStartElement(ns, u"Pages"_s);
        xml.writeStartElement(ns, u"Page"_s);
        xml.writeAttribute(u"ID"_s, u"1"_s);
        xml.writeAttribute(u"BaseLoc"_s, u"Pages/Page_0/Content.xml"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeTextElement(ns, u"CustomTags"_s, u"Tags/CustomTags.xml"_s);
        xml.writeEndElement();
    });
    const QByteArray publicRes = simpleXml([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(ns, u"Res"_s);
        xml.writeAttribute(u"BaseLoc"_s, u"Res"_s);
        xml.writeStartElement(ns, u"Fonts"_s);
        xml.writeStartElement(ns, u"Font"_s);
        xml.writeAttribute(u"ID"_s, u"1"_s);
        xml.writeAttribute(u"FontName"_s, u"宋体"_s);
        xml.writeAttribute(u"FamilyName"_s, u"宋体"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    });
    const QByteArray customTags = simpleXml([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(ns, u"CustomTags"_s);
        xml.writeStartElement(ns, u"CustomTag"_s);
        xml.writeAttribute(u"TypeID"_s, u"invoice"_s);
        xml.writeTextElement(ns, u"FileLoc"_s, u"CustomTag.xml"_s);
        xml.writeEndElement();
        xml.writeEndElement();
    });

    QByteArray zipped;
    QBuffer buffer(&zipped);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    const QDateTime stamp(QDate(2000, 1, 1), QTime(0, 0)); // fixed: the same invoice gives the same bytes
    for (const auto &[name, bytes] :
         {std::pair{u"OFD.xml"_s, ofd}, std::pair{u"Doc_0/Document.xml"_s, document},
          std::pair{u"Doc_0/PublicRes.xml"_s, publicRes}, std::pair{u"Doc_0/Pages/Page_0/Content.xml"_s, page.content()},
          std::pair{u"Doc_0/Tags/CustomTags.xml"_s, customTags}, std::pair{u"Doc_0/Tags/CustomTag.xml"_s, page.customTag()}}) {
        QuaZipFile entry(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        if (!entry.open(QIODevice::WriteOnly, info) || entry.write(bytes) != bytes.size())
            return {};
        entry.close();
    }
    zip.close();
    return zipped;
}

Result<void> saveOfd(const IssuedInvoice &issued, const QString &path)
{
    const QByteArray bytes = toOfd(issued);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return fail(u"write_failed"_s,
                    InvoiceDocument::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), u"out"_s);
    return {};
}

bool isOfd(QByteArrayView bytes)
{
    // A zip whose entries include OFD.xml (genuine files put it first or near it).
    return bytes.startsWith("PK\x03\x04") && bytes.toByteArray().left(65536).contains("OFD.xml");
}

Result<InvoiceDocument> readOfd(QByteArrayView bytes)
{
    if (bytes.size() > kMaxInvoiceFileBytes)
        return fail(u"too_large"_s,
                    InvoiceDocument::tr("The file is larger than %1 MiB; no invoice file is.").arg(kMaxInvoiceFileBytes >> 20));
    QByteArray data = bytes.toByteArray();
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(u"format"_s, InvoiceDocument::tr("The OFD file is not a readable zip archive."));
    if (zip.getEntriesCount() > kMaxEntries)
        return fail(u"format"_s, InvoiceDocument::tr("The OFD file holds more than %1 parts; no invoice does.").arg(kMaxEntries));
    QHash<QString, QByteArray> entries;
    qint64 inflated = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info) || info.name.endsWith(u'/') || !info.name.endsWith(u".xml"_s, Qt::CaseInsensitive))
            continue;
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return fail(u"format"_s, InvoiceDocument::tr("The OFD file's part %1 cannot be read.").arg(info.name));
        const QByteArray part = readAtMost(entry);
        inflated += part.size();
        if (part.size() > kMaxInvoiceFileBytes || inflated > 4 * kMaxInvoiceFileBytes)
            return fail(u"too_large"_s, InvoiceDocument::tr("The OFD file inflates far beyond any invoice; it is not read."));
        entries.insert(QDir::cleanPath(info.name), part);
    }
    // The first element's text of a given local name, and every element's (local name → texts).
    const auto firstText = [](const QByteArray &xml, QStringView name) {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
                return reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        }
        return QString();
    };
    const auto resolve = [](const QString &base, const QString &relative) {
        const QString dir = base.contains(u'/') ? base.left(base.lastIndexOf(u'/') + 1) : QString();
        return QDir::cleanPath(relative.startsWith(u'/') ? relative.mid(1) : dir + relative);
    };
    if (!entries.contains(u"OFD.xml"_s))
        return fail(u"format"_s, InvoiceDocument::tr("The file is not an OFD document (no OFD.xml)."));
    const QString docRoot = QDir::cleanPath(firstText(entries.value(u"OFD.xml"_s), u"DocRoot"));
    if (!entries.contains(docRoot))
        return fail(u"format"_s, InvoiceDocument::tr("The OFD file's document (%1) is missing.").arg(docRoot));
    const QByteArray documentXml = entries.value(docRoot);
    const QString tagsPath = resolve(docRoot, firstText(documentXml, u"CustomTags"));
    if (!entries.contains(tagsPath))
        return fail(u"not_invoice"_s,
                    InvoiceDocument::tr("The OFD file carries no invoice fields (no CustomTags): it is not an invoice."));
    const QString tagPath = resolve(tagsPath, firstText(entries.value(tagsPath), u"FileLoc"));
    QByteArray tagXml = entries.value(tagPath);
    // Some issuers write the tag file with an empty prefix; read it as the namespace it means.
    tagXml.replace("<:eInvoice xmlns:=\"\">", "<ofd:eInvoice xmlns:ofd=\"http://www.ofdspec.org/2016\">");
    tagXml.replace("</:eInvoice>", "</ofd:eInvoice>");
    // Tag name → object IDs, in order.
    QHash<QString, QStringList> tags;
    {
        QXmlStreamReader reader(tagXml);
        QString current;
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (reader.name() == u"ObjectRef")
                    tags[current].append(reader.readElementText().trimmed());
                else
                    current = reader.name().toString();
            }
        }
        if (reader.hasError() || tags.isEmpty())
            return fail(u"not_invoice"_s, InvoiceDocument::tr("The OFD file's invoice fields cannot be read."));
    }
    // Every text object of every page (and template): ID → its text.
    QHash<QString, QString> texts;
    QString allText;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it.key().contains(u"Page"_s) && !it.key().contains(u"Tpl"_s))
            continue;
        QXmlStreamReader reader(it.value());
        QString id;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == u"TextObject") {
                id = reader.attributes().value(u"ID"_s).toString();
            } else if (reader.name() == u"TextCode") {
                const QString value = reader.readElementText();
                texts[id] += value;
                allText += value;
            }
        }
    }
    const auto value = [&](const QString &tag) {
        QStringList parts;
        for (const QString &id : tags.value(tag))
            parts.append(texts.value(id).trimmed());
        return parts;
    };
    const auto one = [&](const QString &tag) { return value(tag).join(QString()); };
    const auto money = [&](const QString &tag, const QString &label) -> Result<Money> {
        QString text = one(tag);
        text.remove(u'¥').remove(u'￥').remove(u',').remove(u' ');
        if (text.isEmpty())
            return fail(u"format"_s, InvoiceDocument::tr("The invoice file has no %1.").arg(label));
        auto parsed = Money::parse(text, label);
        if (!parsed)
            return fail(u"format"_s, InvoiceDocument::tr("The invoice's %1 \"%2\" is not an amount.").arg(label, text));
        return parsed;
    };

    InvoiceDocument document;
    document.source = InvoiceDocument::Source::Ofd;
    document.number = one(u"InvoiceNo"_s);
    if (document.number.isEmpty())
        return fail(u"format"_s,
                    InvoiceDocument::tr("The invoice file has no %1.").arg(InvoiceDocument::tr("发票号码 (invoice number)")));
    const QString date = one(u"IssueDate"_s);
    document.issueDate = QDate::fromString(date, u"yyyy年MM月dd日"_s);
    if (!document.issueDate.isValid())
        document.issueDate = QDate::fromString(date.left(10), u"yyyy-MM-dd"_s);
    if (!document.issueDate.isValid())
        return fail(u"format"_s, InvoiceDocument::tr("The invoice's 开票日期 (date of issue) \"%1\" is not a date.").arg(date));
    document.kind = allText.contains(u"增值税专用发票"_s) ? InvoiceKind::Special : InvoiceKind::Ordinary;
    document.buyer.name = one(u"BuyerName"_s);
    document.buyer.creditCode = one(u"BuyerTaxID"_s);
    document.buyer.individual = document.buyer.creditCode.isEmpty();
    document.seller.name = one(u"SellerName"_s);
    document.seller.creditCode = one(u"SellerTaxID"_s);
    if (document.seller.name.isEmpty() || document.buyer.name.isEmpty())
        return fail(
            u"format"_s,
            InvoiceDocument::tr("The invoice file has no %1.").arg(InvoiceDocument::tr("购买方/销售方名称 (parties' names)")));
    for (const auto &[tag, label, target] :
         {std::tuple{u"TaxExclusiveTotalAmount"_s, InvoiceDocument::tr("合计金额 (total amount)"), &document.amount},
          std::tuple{u"TaxTotalAmount"_s, InvoiceDocument::tr("合计税额 (total tax)"), &document.tax},
          std::tuple{u"TaxInclusiveTotalAmount"_s, InvoiceDocument::tr("价税合计 (total including tax)"), &document.total}}) {
        auto parsed = money(tag, label);
        if (!parsed)
            return std::unexpected(parsed.error());
        *target = *parsed;
    }
    document.totalInWords = one(u"TaxInclusiveTotalAmountInWords"_s).remove(u'⊗').trimmed();
    document.remarks = one(u"Note"_s);
    document.drawer = one(u"InvoiceClerk"_s);
    document.red = document.total.isNegative();
    const QStringList items = value(u"Item"_s);
    const QStringList amounts = value(u"Amount"_s);
    const QStringList taxes = value(u"TaxAmount"_s);
    const QStringList rates = value(u"TaxScheme"_s);
    if (items.isEmpty() || amounts.size() != items.size() || taxes.size() != items.size())
        return fail(u"format"_s, InvoiceDocument::tr("The invoice file's item lines are incomplete."));
    if (items.size() > kMaxDocumentLines)
        return fail(u"format"_s,
                    InvoiceDocument::tr("The invoice has more than %1 lines; it is not read.").arg(kMaxDocumentLines));
    for (qsizetype i = 0; i < items.size(); ++i) {
        DocumentLine line;
        line.name = items.at(i);
        auto amount = Money::parse(QString(amounts.at(i)).remove(u','));
        auto tax = Money::parse(QString(taxes.at(i)).remove(u','));
        if (!amount)
            return fail(
                u"format"_s,
                InvoiceDocument::tr("The invoice's line %1 amount \"%2\" is not an amount.").arg(i + 1).arg(amounts.at(i)));
        line.amount = *amount;
        line.tax = tax ? *tax : Money::fromFen(0); // 免税 lines show ***
        QString rate = rates.value(i);
        if (rate.endsWith(u'%')) {
            auto percent = Decimal::parse(rate.chopped(1));
            if (percent)
                rate = (*percent->dividedBy(Decimal::fromInteger(100))).toString();
        }
        line.rate = rate;
        document.lines.append(line);
    }
    // Quantity, price, specification and unit are not tagged per line when absent, so they cannot be
    // matched to their lines safely; only lines that all carry them are read.
    for (const auto &[tag, member] :
         {std::pair{u"Quantity"_s, &DocumentLine::quantity}, std::pair{u"Price"_s, &DocumentLine::unitPrice},
          std::pair{u"Specification"_s, &DocumentLine::specification},
          std::pair{u"MeasurementDimension"_s, &DocumentLine::unit}}) {
        const QStringList values = value(tag);
        if (values.size() == document.lines.size()) {
            for (qsizetype i = 0; i < values.size(); ++i)
                document.lines[i].*member = values.at(i);
        }
    }
    return document;
}

} // namespace taxbox::invoice
