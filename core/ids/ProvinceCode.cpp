#include "ProvinceCode.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {

bool isProvinceCode(int code)
{
    static constexpr std::array kCodes = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                          43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    return std::binary_search(kCodes.begin(), kCodes.end(), code);
}

QString provinceName(int code)
{
    // GB/T 2260's province-level names: proper names, the same in every interface language.
    static const QHash<int, QString> names{
        {11, u"北京市"_s},         {12, u"天津市"_s},         {13, u"河北省"_s},           {14, u"山西省"_s},
        {15, u"内蒙古自治区"_s},   {21, u"辽宁省"_s},         {22, u"吉林省"_s},           {23, u"黑龙江省"_s},
        {31, u"上海市"_s},         {32, u"江苏省"_s},         {33, u"浙江省"_s},           {34, u"安徽省"_s},
        {35, u"福建省"_s},         {36, u"江西省"_s},         {37, u"山东省"_s},           {41, u"河南省"_s},
        {42, u"湖北省"_s},         {43, u"湖南省"_s},         {44, u"广东省"_s},           {45, u"广西壮族自治区"_s},
        {46, u"海南省"_s},         {50, u"重庆市"_s},         {51, u"四川省"_s},           {52, u"贵州省"_s},
        {53, u"云南省"_s},         {54, u"西藏自治区"_s},     {61, u"陕西省"_s},           {62, u"甘肃省"_s},
        {63, u"青海省"_s},         {64, u"宁夏回族自治区"_s}, {65, u"新疆维吾尔自治区"_s}, {71, u"台湾省"_s},
        {81, u"香港特别行政区"_s}, {82, u"澳门特别行政区"_s}};
    return names.value(code);
}

} // namespace taxbox
