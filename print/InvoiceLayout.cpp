#include "InvoiceLayout.h"

#include "calc/Input.h"
#include "rules/PrintTemplates.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <qrencode.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::print {

namespace {

// Everything below is in tenths of a millimetre.
constexpr double kLeft = 60;
constexpr double kRight = 2040;
constexpr double kFrameTop = 300;
constexpr double kPartiesBottom = 620;
constexpr double kHeaderBottom = 690;
constexpr double kItemsBottom = 1000;
constexpr double kSumBottom = 1060;
constexpr double kTotalBottom = 1130;
constexpr double kFrameBottom = 1300;
constexpr double kLabelWidth = 60;
static_assert(kRight - kLeft == rules::PrintTemplates::kFrameWidth);

/// The template's item columns as edges from the frame's left to its right.
QList<double> columnEdges(const rules::InvoiceFormTemplate &form)
{
    QList<double> edges{kLeft};
    for (const auto &column : form.columns)
        edges.append(edges.constLast() + column.width);
    return edges;
}

/// The form in force on the invoice's issue date (cn-print). A printout is never refused for its template (packs are
/// checked before they are put in force); a date no range covers is printed on the shipped form of that date, or
/// the first 数电票 form (2021-12-01, the first pilots).
rules::InvoiceFormTemplate formFor(QDate issued)
{
    if (auto form = rules::PrintTemplates::invoiceFormOn(issued))
        return *form;
    auto shipped = rules::RulePack::shipped(u"cn-print"_s);
    for (const QDate day : {issued, QDate(2021, 12, 1)}) {
        if (!shipped)
            break;
        if (auto value = (*shipped)->value(u"invoice.form"_s, day)) {
            if (auto form = rules::PrintTemplates::invoiceForm(*value))
                return *form;
        }
    }
    qFatal("the shipped print pack cn-print has no invoice form"); // a broken build, which every PDF test catches
}

QFont font(double heightTenths, bool bold = false)
{
    // Latin letters and digits from a Latin face, ideographs from Droid Sans Fallback (then the Windows
    // and macOS Song faces): with Noto CJK first, Qt's PDF text layer gives Kangxi radicals for shared
    // glyphs (电⼦发票, ⻆) and drops digits next to Latin letters (ThinkPad X1 read back as ThinkPad X),
    // measured with pdftotext (tests/print/TestInvoicePdf.cpp).
    QFont f(u"DejaVu Serif"_s);
    f.setFamilies({u"DejaVu Serif"_s, u"Droid Sans Fallback"_s, u"SimSun"_s, u"Songti SC"_s, u"Noto Serif CJK SC"_s,
                   u"Noto Sans CJK SC"_s});
    f.setPixelSize(static_cast<int>(heightTenths));
    f.setBold(bold);
    return f;
}

void text(QPainter &painter, const QRectF &box, const QString &value, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    const QFontMetricsF metrics(painter.font());
    const Qt::TextElideMode elide = alignment & Qt::AlignRight ? Qt::ElideLeft : Qt::ElideRight;
    painter.drawText(box, static_cast<int>(alignment), metrics.elidedText(value, elide, box.width()));
}

/// A label written top to bottom in a narrow column (购买方信息, 备注).
void verticalLabel(QPainter &painter, const QRectF &box, const QString &label)
{
    const double step = box.height() / (label.size() + 1);
    for (qsizetype i = 0; i < label.size(); ++i)
        painter.drawText(QRectF(box.left(), box.top() + step * (i + 0.5), box.width(), step), Qt::AlignCenter, label.at(i));
}

void qrCode(QPainter &painter, const QRectF &box, const QString &payload)
{
    const QByteArray bytes = payload.toLatin1();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                         &QRcode_free);
    if (!code)
        return;
    const double module = box.width() / code->width;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.drawRect(QRectF(box.left() + x * module, box.top() + y * module, module, module));
        }
    }
    painter.restore();
}

QString yuan(Money money)
{
    return u"¥"_s + money.toString();
}

/// The form shows the unit price without tax, as the tax bureau's files do, whatever it was entered as;
/// a discount line shows none.
QString unitPriceShown(const invoice::Line &line)
{
    const auto price = line.unitPriceWithoutTax();
    return price && !line.input.discount ? price->toString() : QString();
}

void party(QPainter &painter, const rules::InvoiceFormTemplate &form, const QRectF &box, const QString &label,
           const invoice::Party &who)
{
    const QColor ink(form.ink);
    painter.setPen(ink);
    painter.drawLine(QLineF(box.left() + kLabelWidth, box.top(), box.left() + kLabelWidth, box.bottom()));
    painter.setFont(font(30));
    verticalLabel(painter, QRectF(box.left(), box.top(), kLabelWidth, box.height()), label);
    const double x = box.left() + kLabelWidth + 20;
    const double width = box.right() - x - 20;
    const QString nameLabel = form.label(u"name"_s);
    const double labelWidth = QFontMetricsF(painter.font()).horizontalAdvance(nameLabel) + 10;
    painter.drawText(QRectF(x, box.top() + 60, width, 50), Qt::AlignLeft | Qt::AlignVCenter, nameLabel);
    painter.drawText(QRectF(x, box.top() + 160, width, 50), Qt::AlignLeft | Qt::AlignVCenter, form.label(u"code"_s));
    painter.setPen(Qt::black);
    painter.setFont(font(34));
    text(painter, QRectF(x + labelWidth, box.top() + 60, width - labelWidth, 50), who.name);
    text(painter, QRectF(x, box.top() + 210, width, 50), who.creditCode);
}

} // namespace

void InvoiceLayout::paint(QPainter &painter, const invoice::IssuedInvoice &issued, double dotsPerInch, QPointF offsetMm)
{
    const invoice::Invoice &invoice = issued.invoice;
    const QDate issuedOn = invoice.issuedAt.toOffsetFromUtc(8 * 3600).date();
    const rules::InvoiceFormTemplate form = formFor(issuedOn);
    const QColor ink(form.ink); // the brown-red of the form's printed lines and labels
    const QList<double> edges = columnEdges(form);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(dotsPerInch / 254.0, dotsPerInch / 254.0);
    painter.translate(offsetMm * 10);

    // Title, QR code, number and date.
    painter.setPen(ink);
    painter.setFont(font(62, true));
    // The form is a legal document in Chinese: every label below is Chinese whatever the interface language (the
    // template in force gives them).
    const QString title = invoice.kind == invoice::InvoiceKind::Special ? form.titleSpecial : form.titleOrdinary;
    painter.drawText(QRectF(360, 70, 1100, 100), Qt::AlignCenter, title);
    const double titleWidth = std::min(1100.0, QFontMetricsF(painter.font()).horizontalAdvance(title));
    painter.drawLine(QLineF(910 - titleWidth / 2, 190, 910 + titleWidth / 2, 190));
    painter.drawLine(QLineF(910 - titleWidth / 2, 202, 910 + titleWidth / 2, 202));
    qrCode(painter, QRectF(kLeft + 20, 40, 220, 220), invoice.qrPayload());
    painter.setFont(font(30));
    painter.drawText(QRectF(1470, 80, 220, 50), Qt::AlignLeft | Qt::AlignVCenter, form.label(u"number"_s));
    painter.drawText(QRectF(1470, 150, 220, 50), Qt::AlignLeft | Qt::AlignVCenter, form.label(u"date"_s));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(1660, 80, kRight - 1660, 50), Qt::AlignLeft | Qt::AlignVCenter, invoice.number);
    painter.drawText(QRectF(1660, 150, kRight - 1660, 50), Qt::AlignLeft | Qt::AlignVCenter, issuedOn.toString(form.dateFormat));

    // The frame: parties, items, totals, remarks.
    painter.setPen(QPen(ink, 4));
    painter.drawRect(QRectF(kLeft, kFrameTop, kRight - kLeft, kFrameBottom - kFrameTop));
    const double middle = (kLeft + kRight) / 2;
    painter.drawLine(QLineF(middle, kFrameTop, middle, kPartiesBottom));
    for (double y : {kPartiesBottom, kSumBottom, kTotalBottom})
        painter.drawLine(QLineF(kLeft, y, kRight, y));
    painter.setPen(QPen(ink, 2));
    party(painter, form, QRectF(kLeft, kFrameTop, middle - kLeft, kPartiesBottom - kFrameTop), form.label(u"buyer"_s),
          invoice.buyer);
    party(painter, form, QRectF(middle, kFrameTop, kRight - middle, kPartiesBottom - kFrameTop), form.label(u"seller"_s),
          invoice.seller);

    const int columns = static_cast<int>(form.columns.size());
    painter.setPen(ink);
    painter.setFont(font(30));
    for (int c = 0; c < columns; ++c)
        painter.drawText(QRectF(edges[c], kPartiesBottom, edges[c + 1] - edges[c], kHeaderBottom - kPartiesBottom),
                         Qt::AlignCenter, form.columns.at(c).label);
    painter.setPen(Qt::black);
    const double rowHeight = std::min(55.0, (kItemsBottom - kHeaderBottom) / std::max<qsizetype>(1, invoice.lines.size()));
    painter.setFont(font(std::min(32.0, rowHeight * 0.62)));
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const invoice::Line &line = invoice.lines.at(i);
        const double top = kHeaderBottom + i * rowHeight;
        const QHash<QString, QString> cells{{u"name"_s, line.displayName()},
                                            {u"specification"_s, line.input.specification},
                                            {u"unit"_s, line.input.unit},
                                            {u"quantity"_s, line.input.quantity ? line.input.quantity->toString() : QString()},
                                            {u"unit_price"_s, unitPriceShown(line)},
                                            {u"amount"_s, line.amount.toString()},
                                            {u"rate"_s, calc::percentText(line.input.rate)},
                                            {u"tax"_s, line.tax.toString()}};
        for (int c = 0; c < columns; ++c) {
            const QString &field = form.columns.at(c).field;
            const bool figure = field != u"name" && field != u"specification" && field != u"unit";
            text(painter, QRectF(edges[c] + 10, top, edges[c + 1] - edges[c] - 20, rowHeight), cells.value(field),
                 (figure ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        }
    }

    // 合计 and 价税合计.
    painter.setPen(ink);
    painter.setFont(font(32));
    painter.drawText(QRectF(kLeft, kItemsBottom, 540, kSumBottom - kItemsBottom), Qt::AlignCenter, form.label(u"sum"_s));
    painter.drawText(QRectF(kLeft, kSumBottom, 440, kTotalBottom - kSumBottom), Qt::AlignCenter, form.label(u"total_words"_s));
    painter.drawText(QRectF(1440, kSumBottom, 230, kTotalBottom - kSumBottom), Qt::AlignRight | Qt::AlignVCenter,
                     form.label(u"total_figures"_s));
    painter.setPen(Qt::black);
    // The totals under their columns, wherever the template puts them.
    const int amountColumn = form.columnOf(u"amount"_s);
    const int taxColumn = form.columnOf(u"tax"_s);
    text(painter,
         QRectF(edges[amountColumn], kItemsBottom, edges[amountColumn + 1] - edges[amountColumn] - 10, kSumBottom - kItemsBottom),
         yuan(invoice.totals.amount), Qt::AlignRight | Qt::AlignVCenter);
    text(painter, QRectF(edges[taxColumn], kItemsBottom, edges[taxColumn + 1] - edges[taxColumn] - 10, kSumBottom - kItemsBottom),
         yuan(invoice.totals.tax), Qt::AlignRight | Qt::AlignVCenter);
    painter.setFont(font(36, true));
    text(painter, QRectF(520, kSumBottom, 900, kTotalBottom - kSumBottom), u"⊗ "_s + invoice.totals.totalInWords);
    text(painter, QRectF(1680, kSumBottom, kRight - 1690, kTotalBottom - kSumBottom), yuan(invoice.totals.total));

    // Remarks (with the parties' bank details, where the 数电票 form keeps them) and the drawer.
    painter.setPen(ink);
    painter.drawLine(QLineF(kLeft + kLabelWidth, kTotalBottom, kLeft + kLabelWidth, kFrameBottom));
    painter.setFont(font(30));
    verticalLabel(painter, QRectF(kLeft, kTotalBottom, kLabelWidth, kFrameBottom - kTotalBottom), form.label(u"remarks"_s));
    // 备注 as genuine invoices print it: the seller's remark, then the parties' address and bank
    // details where they were given (购方开户银行：…；银行账号：…).
    QStringList remarks;
    if (!invoice.remarks.isEmpty())
        remarks.append(invoice.remarks);
    for (const auto &[side, who] :
         {std::pair{form.label(u"buyer_side"_s), &invoice.buyer}, std::pair{form.label(u"seller_side"_s), &invoice.seller}}) {
        QStringList details;
        if (!who->address.isEmpty() || !who->phone.isEmpty())
            details.append(side + form.label(u"address_phone"_s) + QStringList{who->address, who->phone}.join(u' ').trimmed());
        if (!who->bank.isEmpty())
            details.append(side + form.label(u"bank"_s) + who->bank);
        if (!who->bankAccount.isEmpty())
            details.append(form.label(u"bank_account"_s) + who->bankAccount);
        if (!details.isEmpty())
            remarks.append(details.join(u"；"_s));
    }
    painter.setPen(Qt::black);
    painter.setFont(font(30));
    painter.drawText(
        QRectF(kLeft + kLabelWidth + 20, kTotalBottom + 15, kRight - kLeft - kLabelWidth - 40, kFrameBottom - kTotalBottom - 30),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, remarks.join(u'\n'));
    painter.setPen(ink);
    painter.setFont(font(32));
    painter.drawText(QRectF(kLeft + 100, kFrameBottom + 20, 200, 50), Qt::AlignLeft | Qt::AlignVCenter, form.label(u"drawer"_s));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(kLeft + 260, kFrameBottom + 20, 600, 50), Qt::AlignLeft | Qt::AlignVCenter, invoice.drawer);
    painter.restore();
}

Result<void> InvoiceLayout::writePdf(const invoice::IssuedInvoice &issued, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QSizeF(kWidthMm, kHeightMm), QPageSize::Millimeter, u"数电票"_s));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(u"电子发票 %1"_s.arg(issued.invoice.number));
    writer.setCreator(u"Taxbox"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(u"write_failed"_s, tr("Cannot write the PDF file %1.").arg(path), u"out"_s);
    paint(painter, issued, writer.resolution());
    if (!painter.end())
        return fail(u"write_failed"_s, tr("Cannot write the PDF file %1.").arg(path), u"out"_s);
    return {};
}

} // namespace taxbox::print
