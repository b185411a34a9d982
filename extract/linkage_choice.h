#pragma once
// Choosing among the parser's cheapest linkages. link-grammar orders linkages by the cost its
// dictionary puts on each disjunct, which prices some readings too cheaply for news prose (a
// plain "Weber suggested ..." read as the tail of a quotation). kg looks at the first few
// linkages and charges each for the readings a reader would not take.
#include "extract/parsed_sentence.h"

#include <cstddef>
#include <vector>

namespace kg::extract {

/// How many of the cheapest linkages are considered; later ones rarely differ in the parts
/// that the checks look at, and each costs a copy.
inline constexpr std::size_t kLinkageCandidates = 24;

/// The index of the candidate (in the parser's order, cheapest first) with the lowest
/// dictionary cost plus implausibility; ties go to the earlier one. `candidates` is not empty.
std::size_t chooseLinkage(const std::vector<ParsedSentence>& candidates);

} // namespace kg::extract
