#include "AppIcon.h"

#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

QPixmap appIconPixmap(int pixels)
{
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal size = pixels;
    const QRectF square(size * 0.04, size * 0.04, size * 0.92, size * 0.92);
    QLinearGradient red(square.topLeft(), square.bottomRight());
    red.setColorAt(0, QColor(0xD3, 0x2F, 0x2F));
    red.setColorAt(1, QColor(0xA3, 0x12, 0x12));
    QPainterPath path;
    path.addRoundedRect(square, size * 0.2, size * 0.2);
    painter.fillPath(path, red);
    // A thin gold rule under the glyph, as on a tax stamp; dropped where it would only blur.
    if (pixels >= 32) {
        painter.setPen(QPen(QColor(0xFF, 0xD5, 0x4F), std::max(1.0, size * 0.035), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(size * 0.28, size * 0.80), QPointF(size * 0.72, size * 0.80));
    }
    QFont font(u"Noto Sans CJK SC"_s);
    font.setFamilies({u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"Droid Sans Fallback"_s});
    font.setBold(true);
    font.setPixelSize(std::max(8, static_cast<int>(size * (pixels >= 32 ? 0.56 : 0.66))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QRectF glyph = pixels >= 32 ? QRectF(0, size * 0.06, size, size * 0.68) : QRectF(0, 0, size, size);
    painter.drawText(glyph, Qt::AlignCenter, u"税"_s);
    return pixmap;
}

QIcon appIcon()
{
    static const QIcon icon = [] {
        QIcon built;
        for (const int pixels : {16, 22, 24, 32, 48, 64, 96, 128, 256, 512})
            built.addPixmap(appIconPixmap(pixels));
        return built;
    }();
    return icon;
}

} // namespace taxbox::ui
