#include "extract/gazetteer.h"

#include "extract/noun_phrase.h"

#include <string>
#include <unordered_set>

namespace kg::extract {
namespace {

const std::unordered_set<std::string>& countryNames() {
    static const std::unordered_set<std::string> names = [] {
        std::unordered_set<std::string> out;
        for (std::string_view name : {
#include "countries.inc"
             })
            out.insert(lowerAscii(name));
        return out;
    }();
    return names;
}

} // namespace

bool isCountryName(std::string_view name) {
    std::string key = lowerAscii(name);
    if (key.starts_with("the "))
        key.erase(0, 4);
    return countryNames().contains(key);
}

} // namespace kg::extract
