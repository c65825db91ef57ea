#include "ToolTile.h"

#include "Fonts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace taxbox::ui {
namespace {
constexpr int kRadius = 10;
constexpr int kBadge = 52;
} // namespace

ToolTile::ToolTile(QChar glyph, QColor accent, QWidget *parent)
    : QAbstractButton(parent)
    , m_accent(accent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    auto *badge = new QLabel(QString(glyph), this);
    badge->setFixedSize(kBadge, kBadge);
    badge->setAlignment(Qt::AlignCenter);
    badge->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 12px; font-weight: bold; font-size: %2px;")
                             .arg(accent.name())
                             .arg(kBadge / 2));

    scaleFont(m_title, 1.25, Weight::Bold);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QLabel *label : {badge, m_title, m_description})
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks belong to the button

    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(m_title);
    texts->addWidget(m_description, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(18);
    layout->addWidget(badge, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
}

void ToolTile::setTitle(const QString &title)
{
    setText(title);
    m_title->setText(title);
    setAccessibleName(title);
}

void ToolTile::setDescription(const QString &description)
{
    m_description->setText(description);
    setAccessibleDescription(description);
    setToolTip(description);
}

QString ToolTile::description() const
{
    return m_description->text();
}

void ToolTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), kRadius, kRadius);
    const QPalette &pal = palette();
    const bool hovered = underMouse();
    painter.fillPath(outline, hovered || isDown() ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    painter.setPen(QPen(hasFocus() || hovered ? m_accent : pal.color(QPalette::Mid), hasFocus() ? 2 : 1));
    painter.drawPath(outline);
}

} // namespace taxbox::ui
