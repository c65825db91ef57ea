#include "ToolTile.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

namespace taxbox::ui {
namespace {
constexpr int kRadius = 10;
constexpr int kPadding = 18;
constexpr int kBadge = 52;
constexpr int kTitleGap = 4;
} // namespace

QFont ToolTile::titleFont() const
{
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.25);
    title.setBold(true);
    return title;
}

ToolTile::ToolTile(QChar glyph, QColor accent, QWidget *parent)
    : QAbstractButton(parent)
    , m_glyph(glyph)
    , m_accent(accent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void ToolTile::setTitle(const QString &title)
{
    setText(title);
    setAccessibleName(title);
    updateGeometry();
}

void ToolTile::setDescription(const QString &description)
{
    m_description = description;
    setAccessibleDescription(description);
    setToolTip(description);
    update();
}

QSize ToolTile::sizeHint() const
{
    // Title line plus two description lines; lineSpacing() covers the taller CJK line boxes.
    const int textHeight = QFontMetrics(titleFont()).lineSpacing() + kTitleGap + 2 * QFontMetrics(font()).lineSpacing();
    return {320, std::max(kBadge, textHeight) + 2 * kPadding};
}

void ToolTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath outline;
    outline.addRoundedRect(card, kRadius, kRadius);
    const QPalette &pal = palette();
    painter.fillPath(outline, m_hovered || isDown() ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    painter.setPen(QPen(hasFocus() || m_hovered ? m_accent : pal.color(QPalette::Mid), hasFocus() ? 2 : 1));
    painter.drawPath(outline);

    // Badge with the glyph.
    const QRectF badge(kPadding, (height() - kBadge) / 2.0, kBadge, kBadge);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_accent);
    painter.drawRoundedRect(badge, 12, 12);
    QFont glyphFont = font();
    glyphFont.setPixelSize(kBadge / 2);
    glyphFont.setBold(true);
    painter.setFont(glyphFont);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, QString(m_glyph));

    // Title and description.
    const int textLeft = kPadding * 2 + kBadge;
    const QRect textArea(textLeft, kPadding, width() - textLeft - kPadding, height() - 2 * kPadding);
    const QFont title = titleFont();
    const QFontMetrics titleMetrics(title);
    painter.setFont(title);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(textArea.topLeft(), QSize(textArea.width(), titleMetrics.lineSpacing())),
                     Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(text(), Qt::ElideRight, textArea.width()));
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(textArea.adjusted(0, titleMetrics.lineSpacing() + kTitleGap, 0, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_description);
}

void ToolTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void ToolTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace taxbox::ui
