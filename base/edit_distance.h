#pragma once
// Edit distance for "did you mean ...?" suggestions (entity names, keywords, properties).
#include <cstddef>
#include <limits>
#include <string_view>

namespace kg::base {

/// Levenshtein distance between `a` and `b`, ASCII letters compared ignoring case. Gives up as
/// soon as the distance must exceed `limit` and then returns limit + 1, so rejecting most
/// candidates of a large set costs a row or two each.
std::size_t editDistanceIgnoreCase(std::string_view a, std::string_view b,
                                   std::size_t limit = std::numeric_limits<std::size_t>::max() - 1);

} // namespace kg::base
