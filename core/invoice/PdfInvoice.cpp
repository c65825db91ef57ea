#include "PdfInvoice.h"

#include <QRegularExpression>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <cmath>
#include <memory>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::invoice {

namespace {

/// Poppler reports damaged input on standard error; a reader of outside files says it in its own words.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr); });
}

QString fromUstring(const poppler::ustring &text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

/// The QR code of a rendered page, tried at two resolutions (a small code needs more pixels).
QString decodeQr(const poppler::page &page)
{
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    // A hostile page may declare itself metres wide: render at most kMaxPixels, never what it asks for.
    constexpr double kMaxPixels = 25e6;
    const poppler::rectf box = page.page_rect();
    const double squareInches = std::max(1e-6, (box.width() / 72.0) * (box.height() / 72.0));
    for (double dpi : {200.0, 300.0}) {
        dpi = std::min(dpi, std::sqrt(kMaxPixels / squareInches));
        if (dpi < 50.0 || box.width() <= 0 || box.height() <= 0)
            return {}; // far larger than any invoice: no code is looked for
        const poppler::image image = renderer.render_page(&page, dpi, dpi);
        if (!image.is_valid())
            continue;
        const ZXing::ImageView view(reinterpret_cast<const uint8_t *>(image.const_data()), image.width(), image.height(),
                                    ZXing::ImageFormat::Lum, image.bytes_per_row());
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        hints.setTryHarder(true);
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        if (result.isValid())
            return QString::fromStdString(result.text());
    }
    return {};
}

} // namespace

Result<PdfLayers> readPdfLayers(QByteArrayView bytes)
{
    if (bytes.size() > kMaxInvoiceFileBytes)
        return fail(u"too_large"_s,
                    InvoiceDocument::tr("The file is larger than %1 MiB; no invoice file is.").arg(kMaxInvoiceFileBytes >> 20));
    quietPoppler();
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document || document->is_locked() || document->pages() < 1)
        return fail(u"format"_s, InvoiceDocument::tr("The PDF cannot be read (damaged or protected by a password)."));
    std::unique_ptr<poppler::page> page(document->create_page(0));
    if (!page)
        return fail(u"format"_s, InvoiceDocument::tr("The PDF cannot be read (damaged or protected by a password)."));
    PdfLayers layers;
    layers.text = fromUstring(page->text(poppler::rectf(), poppler::page::physical_layout));
    layers.qrPayload = decodeQr(*page);
    return layers;
}

Result<InvoiceDocument> readPdfInvoice(QByteArrayView bytes)
{
    auto layers = readPdfLayers(bytes);
    if (!layers)
        return std::unexpected(layers.error());
    const QString &text = layers->text;
    std::optional<QrPayload> qr;
    if (!layers->qrPayload.isEmpty()) {
        if (auto parsed = QrPayload::parse(layers->qrPayload))
            qr = *parsed;
    }
    static const QRegularExpression numberPattern(u"发票号码[：:]\\s*([0-9]{20})"_s);
    const QString printedNumber = numberPattern.match(text).captured(1);
    if (!qr && printedNumber.isEmpty())
        return fail(u"not_invoice"_s,
                    InvoiceDocument::tr("The PDF shows neither a 数电票 QR code nor an invoice number: it is not an invoice "
                                        "this reader knows."));

    InvoiceDocument document;
    document.source = InvoiceDocument::Source::Pdf;
    document.qrPayload = qr ? qr->text : QString();
    // What the page prints comes first; the QR code fills what the text does not show. checkDocument()
    // compares the two, so a printed figure changed after issuing no longer matches the code.
    document.number = printedNumber.isEmpty() ? qr->number : printedNumber;
    if (text.contains(u"增值税专用发票"_s))
        document.kind = InvoiceKind::Special;
    else if (text.contains(u"普通发票"_s))
        document.kind = InvoiceKind::Ordinary;
    else if (qr)
        document.kind = qr->kind;
    static const QRegularExpression datePattern(
        u"开票日期[：:]\\s*([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日"_s);
    if (const QRegularExpressionMatch date = datePattern.match(text); date.hasMatch())
        document.issueDate = QDate(date.captured(1).toInt(), date.captured(2).toInt(), date.captured(3).toInt());
    else if (qr)
        document.issueDate = qr->date;

    // The parties: buyer on the left, seller on the right, so in reading order buyer first.
    static const QRegularExpression namePattern(u"名\\s*称[：:]\\s*(\\S+)"_s);
    QStringList names;
    for (auto it = namePattern.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    static const QRegularExpression codePattern(
        u"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])"_s);
    QStringList codes;
    for (auto it = codePattern.globalMatch(text); it.hasNext();)
        codes.append(it.next().captured(1));
    if (names.size() >= 2) {
        document.buyer.name = names.at(0);
        document.seller.name = names.at(1);
    }
    if (codes.size() >= 2) {
        document.buyer.creditCode = codes.at(0);
        document.seller.creditCode = codes.at(1);
    } else if (codes.size() == 1) {
        document.seller.creditCode = codes.at(0); // an individual buyer has none
    }
    document.buyer.individual = document.buyer.creditCode.isEmpty();

    // Figures with a currency sign: 合计金额, 合计税额, then 价税合计（小写）.
    static const QRegularExpression yuanPattern(u"[¥￥]\\s*(-?[0-9][0-9,]*\\.[0-9]{2})"_s);
    QList<Money> figures;
    for (auto it = yuanPattern.globalMatch(text); it.hasNext();) {
        if (auto money = Money::parse(it.next().captured(1).remove(u',')))
            figures.append(*money);
    }
    if (!figures.isEmpty())
        document.total = figures.last();
    else if (qr)
        document.total = qr->total;
    if (figures.size() >= 3) {
        document.amount = figures.at(figures.size() - 3);
        document.tax = figures.at(figures.size() - 2);
    } else {
        document.amount = document.total;
    }
    document.red = document.total.isNegative();
    static const QRegularExpression wordsPattern(u"((?:（负数）)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整]{2,})"_s);
    for (auto it = wordsPattern.globalMatch(text); it.hasNext();) {
        const QString words = it.next().captured(1);
        if (words.contains(u'圆') || words.contains(u'元') || words.contains(u'角') || words.contains(u'分'))
            document.totalInWords = words;
    }
    if (document.issueDate.isValid() && (!document.seller.name.isEmpty() || qr))
        return document;
    return fail(u"format"_s, InvoiceDocument::tr("The PDF's date of issue cannot be read."));
}

} // namespace taxbox::invoice
