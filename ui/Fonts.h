#pragma once

#include <QWidget>

namespace taxbox::ui {

enum class Weight { Regular, Bold };

/// Gives `widget` its current font scaled by `scale` (headings, results), optionally bold. Scaling the
/// widget's own font keeps the user's base size and the CJK fallback chain.
inline void scaleFont(QWidget *widget, qreal scale, Weight weight = Weight::Regular)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(weight == Weight::Bold);
    widget->setFont(font);
}

} // namespace taxbox::ui
