#include "ProvinceCode.h"

#include <algorithm>
#include <array>

namespace taxbox {

bool isProvinceCode(int code)
{
    static constexpr std::array kCodes = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                          43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    return std::binary_search(kCodes.begin(), kCodes.end(), code);
}

} // namespace taxbox
