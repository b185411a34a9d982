#pragma once
// Names that say by themselves what they name, from data the build generates (never a list kept
// in the repository): the countries of ISO 3166-1 as Debian's iso-codes package gives them.
#include <string_view>

namespace kg::extract {

/// Whether `name` is a country's short, common or official ISO 3166-1 name ("Germany", "South
/// Korea", "Federal Republic of Germany"), compared case-insensitively, a leading "the" ignored.
bool isCountryName(std::string_view name);

} // namespace kg::extract
