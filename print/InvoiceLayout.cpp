#include "InvoiceLayout.h"

#include "calc/Input.h"

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
constexpr double kLeft = 100;
constexpr double kRight = 2310;
constexpr double kFrameTop = 300;
constexpr double kPartiesBottom = 620;
constexpr double kHeaderBottom = 690;
constexpr double kItemsBottom = 1000;
constexpr double kSumBottom = 1060;
constexpr double kTotalBottom = 1130;
constexpr double kFrameBottom = 1300;
constexpr double kLabelWidth = 60;
const QColor kInk(0x9c, 0x4a, 0x2a); ///< the brown-red of the form's printed lines and labels

/// Column edges of the item table: 项目名称, 规格型号, 单位, 数量, 单价, 金额, 税率/征收率, 税额.
constexpr double kColumns[] = {kLeft, 700, 960, 1100, 1320, 1580, 1850, 2030, kRight};

QFont font(double heightTenths, bool bold = false)
{
    QFont f;
    f.setFamilies({u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s, u"SimSun"_s, u"Songti SC"_s});
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

/// The form shows the unit price without tax (金额 ÷ 数量, up to 8 decimals), as the tax bureau's
/// files do, whatever the price was entered as.
QString unitPriceShown(const invoice::Line &line)
{
    if (!line.input.quantity || !line.input.unitPrice)
        return {};
    if (!line.input.priceIncludesTax)
        return line.input.unitPrice->toString();
    auto price = Decimal::fromMoney(line.amount).dividedBy(*line.input.quantity);
    return price ? price->roundedHalfUp(8).toString() : QString();
}

void party(QPainter &painter, const QRectF &box, const QString &label, const invoice::Party &who)
{
    painter.setPen(kInk);
    painter.drawLine(QLineF(box.left() + kLabelWidth, box.top(), box.left() + kLabelWidth, box.bottom()));
    painter.setFont(font(30));
    verticalLabel(painter, QRectF(box.left(), box.top(), kLabelWidth, box.height()), label);
    const double x = box.left() + kLabelWidth + 20;
    const double width = box.right() - x - 20;
    const QString nameLabel = InvoiceLayout::tr("Name:");
    const double labelWidth = QFontMetricsF(painter.font()).horizontalAdvance(nameLabel) + 10;
    painter.drawText(QRectF(x, box.top() + 60, width, 50), Qt::AlignLeft | Qt::AlignVCenter, nameLabel);
    painter.drawText(QRectF(x, box.top() + 160, width, 50), Qt::AlignLeft | Qt::AlignVCenter,
                     InvoiceLayout::tr("Unified social credit code / taxpayer ID:"));
    painter.setPen(Qt::black);
    painter.setFont(font(34));
    text(painter, QRectF(x + labelWidth, box.top() + 60, width - labelWidth, 50), who.name);
    text(painter, QRectF(x, box.top() + 210, width, 50), who.creditCode);
}

} // namespace

void InvoiceLayout::paint(QPainter &painter, const invoice::IssuedInvoice &issued, double dotsPerInch, QPointF offsetMm)
{
    const invoice::Invoice &invoice = issued.invoice;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(dotsPerInch / 254.0, dotsPerInch / 254.0);
    painter.translate(offsetMm * 10);

    // Title, QR code, number and date.
    painter.setPen(kInk);
    painter.setFont(font(62, true));
    const QString title = invoice.kind == invoice::InvoiceKind::Special ? tr("Electronic invoice (special VAT invoice)")
                                                                        : tr("Electronic invoice (ordinary invoice)");
    if (const double wide = QFontMetricsF(painter.font()).horizontalAdvance(title); wide > 1150)
        painter.setFont(font(62 * 1150 / wide, true)); // a long (translated) title is set smaller
    painter.drawText(QRectF(380, 70, 1150, 100), Qt::AlignCenter, title);
    const double titleWidth = std::min(1150.0, QFontMetricsF(painter.font()).horizontalAdvance(title));
    painter.drawLine(QLineF(955 - titleWidth / 2, 190, 955 + titleWidth / 2, 190));
    painter.drawLine(QLineF(955 - titleWidth / 2, 202, 955 + titleWidth / 2, 202));
    qrCode(painter, QRectF(kLeft + 20, 40, 220, 220), invoice.qrPayload());
    painter.setFont(font(32));
    painter.drawText(QRectF(1560, 80, 300, 50), Qt::AlignLeft | Qt::AlignVCenter, tr("Invoice number:"));
    painter.drawText(QRectF(1560, 150, 300, 50), Qt::AlignLeft | Qt::AlignVCenter, tr("Date of issue:"));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(1860, 80, kRight - 1860, 50), Qt::AlignRight | Qt::AlignVCenter, invoice.number);
    painter.drawText(QRectF(1860, 150, kRight - 1860, 50), Qt::AlignRight | Qt::AlignVCenter,
                     invoice.issueDate().toString(u"yyyy年MM月dd日"_s));

    // The frame: parties, items, totals, remarks.
    painter.setPen(QPen(kInk, 4));
    painter.drawRect(QRectF(kLeft, kFrameTop, kRight - kLeft, kFrameBottom - kFrameTop));
    const double middle = (kLeft + kRight) / 2;
    painter.drawLine(QLineF(middle, kFrameTop, middle, kPartiesBottom));
    for (double y : {kPartiesBottom, kSumBottom, kTotalBottom})
        painter.drawLine(QLineF(kLeft, y, kRight, y));
    painter.setPen(QPen(kInk, 2));
    party(painter, QRectF(kLeft, kFrameTop, middle - kLeft, kPartiesBottom - kFrameTop), tr("Buyer information"), invoice.buyer);
    party(painter, QRectF(middle, kFrameTop, kRight - middle, kPartiesBottom - kFrameTop), tr("Seller information"),
          invoice.seller);

    const QStringList headers{tr("Item"),       tr("Specification"), tr("Unit"), tr("Quantity"),
                              tr("Unit price"), tr("Amount"),        tr("Rate"), tr("Tax")};
    painter.setPen(kInk);
    painter.setFont(font(30));
    for (int c = 0; c < 8; ++c)
        painter.drawText(QRectF(kColumns[c], kPartiesBottom, kColumns[c + 1] - kColumns[c], kHeaderBottom - kPartiesBottom),
                         Qt::AlignCenter, headers.at(c));
    painter.setPen(Qt::black);
    const double rowHeight = std::min(55.0, (kItemsBottom - kHeaderBottom) / std::max<qsizetype>(1, invoice.lines.size()));
    painter.setFont(font(std::min(32.0, rowHeight * 0.62)));
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const invoice::Line &line = invoice.lines.at(i);
        const double top = kHeaderBottom + i * rowHeight;
        const QStringList cells{line.displayName(),
                                line.input.specification,
                                line.input.unit,
                                line.input.quantity ? line.input.quantity->toString() : QString(),
                                unitPriceShown(line),
                                line.amount.toString(),
                                calc::percentText(line.input.rate),
                                line.tax.toString()};
        for (int c = 0; c < 8; ++c) {
            const bool figure = c >= 3;
            text(painter, QRectF(kColumns[c] + 10, top, kColumns[c + 1] - kColumns[c] - 20, rowHeight), cells.at(c),
                 (figure ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        }
    }

    // 合计 and 价税合计.
    painter.setPen(kInk);
    painter.setFont(font(32));
    painter.drawText(QRectF(kLeft, kItemsBottom, 600, kSumBottom - kItemsBottom), Qt::AlignCenter, tr("Total"));
    painter.drawText(QRectF(kLeft, kSumBottom, 500, kTotalBottom - kSumBottom), Qt::AlignCenter,
                     tr("Total including tax (in words)"));
    painter.drawText(QRectF(1650, kSumBottom, 250, kTotalBottom - kSumBottom), Qt::AlignRight | Qt::AlignVCenter,
                     tr("(in figures)"));
    painter.setPen(Qt::black);
    text(painter, QRectF(kColumns[5], kItemsBottom, kColumns[6] - kColumns[5] - 10, kSumBottom - kItemsBottom),
         yuan(invoice.totals.amount), Qt::AlignRight | Qt::AlignVCenter);
    text(painter, QRectF(kColumns[7], kItemsBottom, kColumns[8] - kColumns[7] - 10, kSumBottom - kItemsBottom),
         yuan(invoice.totals.tax), Qt::AlignRight | Qt::AlignVCenter);
    painter.setFont(font(36, true));
    text(painter, QRectF(620, kSumBottom, 1020, kTotalBottom - kSumBottom), u"⊗ "_s + invoice.totals.totalInWords);
    text(painter, QRectF(1920, kSumBottom, 370, kTotalBottom - kSumBottom), yuan(invoice.totals.total));

    // Remarks (with the parties' bank details, where the 数电票 form keeps them) and the drawer.
    painter.setPen(kInk);
    painter.drawLine(QLineF(kLeft + kLabelWidth, kTotalBottom, kLeft + kLabelWidth, kFrameBottom));
    painter.setFont(font(30));
    verticalLabel(painter, QRectF(kLeft, kTotalBottom, kLabelWidth, kFrameBottom - kTotalBottom), tr("Remarks"));
    QStringList remarks;
    if (!invoice.remarks.isEmpty())
        remarks.append(invoice.remarks);
    for (const auto &[label, who] : {std::pair{tr("Buyer"), &invoice.buyer}, std::pair{tr("Seller"), &invoice.seller}}) {
        QStringList details;
        for (const QString &part : {who->address, who->phone, who->bank, who->bankAccount}) {
            if (!part.isEmpty())
                details.append(part);
        }
        if (!details.isEmpty())
            remarks.append(tr("%1: %2").arg(label, details.join(u' ')));
    }
    painter.setPen(Qt::black);
    painter.setFont(font(30));
    painter.drawText(
        QRectF(kLeft + kLabelWidth + 20, kTotalBottom + 15, kRight - kLeft - kLabelWidth - 40, kFrameBottom - kTotalBottom - 30),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, remarks.join(u'\n'));
    painter.setPen(kInk);
    painter.setFont(font(32));
    painter.drawText(QRectF(kLeft + 100, kFrameBottom + 20, 200, 50), Qt::AlignLeft | Qt::AlignVCenter, tr("Drawer:"));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(kLeft + 300, kFrameBottom + 20, 600, 50), Qt::AlignLeft | Qt::AlignVCenter, invoice.drawer);
    painter.restore();
}

Result<void> InvoiceLayout::writePdf(const invoice::IssuedInvoice &issued, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QSizeF(kWidthMm, kHeightMm), QPageSize::Millimeter, u"数电票"_s));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr("Invoice %1").arg(issued.invoice.number));
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
