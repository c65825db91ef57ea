#pragma once

#include <QString>

namespace taxbox {

/// Pinyin initials for searching names the way accountants type them: 笔记本电脑 → "bjbdn". Latin
/// letters and digits are kept (lower case); other characters are dropped.
///
/// Decision: the 3,755 level-1 characters of GB 2312 are ordered by pinyin, so the first letter of a
/// character follows from its GB 2312 code and 23 boundaries — the whole table, no data file. Level-2
/// characters (ordered by radical; rarer in goods and company names) give no initial, and a character
/// with several readings (行, 长) gets the one of its GB 2312 position. Good enough to find; never used
/// for anything that is stored or signed.
[[nodiscard]] QString pinyinInitials(const QString &text);

/// True when `query` (any case) is part of `text`, of its pinyin initials, or of `code`.
[[nodiscard]] bool matchesSearch(const QString &query, const QString &text, const QString &code = {});

} // namespace taxbox
