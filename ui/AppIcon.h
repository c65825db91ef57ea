#pragma once

#include <QIcon>

namespace taxbox::ui {

/// Taxbox's icon, painted (no image files to keep in step): the 税 glyph in white on the product's red,
/// a rounded square like the toolbox's tiles, in every size a window manager, taskbar or About box asks for
/// (16 to 512 pixels).
[[nodiscard]] QIcon appIcon();
/// One size of it (a square of `pixels`).
[[nodiscard]] QPixmap appIconPixmap(int pixels);

} // namespace taxbox::ui
