#pragma once

#include <QString>

namespace taxbox {

/// True for a province-level administrative division code of GB/T 2260 (11 Beijing … 65 Xinjiang,
/// 71 Taiwan, 81 Hong Kong, 82 Macao), the first two digits of resident identity numbers and the
/// region field of 数电票 numbers.
[[nodiscard]] bool isProvinceCode(int code);
/// The province-level division's name (福建省), or empty for a code that is none.
[[nodiscard]] QString provinceName(int code);

} // namespace taxbox
