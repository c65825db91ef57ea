#pragma once

#include "Package.h"

namespace taxbox::square {

/// The pinyin initials of the Chinese characters in `text` ("房产税计算" → "fcsjs"); other letters and digits
/// are kept (lower-cased), everything else is dropped. Characters of GB2312's first level (the 3,755 common
/// ones, ordered by pinyin there) are covered; rarer characters give nothing, so a package should still list
/// its own initials among its keywords when its name uses them.
[[nodiscard]] QString pinyinInitials(const QString &text);

/// Whether a package matches what someone typed in the square's search: a case-insensitive part of its id,
/// either name, a keyword or the category, or of the pinyin initials of its Chinese name ("fcs" finds 房产税).
/// Every word typed must match.
[[nodiscard]] bool matchesSearch(const PackageManifest &manifest, const QString &query);

} // namespace taxbox::square
