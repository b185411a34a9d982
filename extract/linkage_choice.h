#pragma once
// Choosing among the parser's cheapest linkages. link-grammar orders linkages by the cost its
// dictionary puts on each disjunct, which prices some readings too cheaply for news prose (a
// plain "Weber suggested ..." read as the tail of a quotation). kg looks at the first few
// linkages and charges each for the readings a reader would not take.
#include "extract/parsed_sentence.h"

#include <cstddef>
#include <vector>

namespace kg::extract {

/// How many of the cheapest linkages are considered: enough to reach a noun's infinitive the
/// dictionary prices dearly (the 19th cheapest in one seed sentence); each costs a copy.
inline constexpr std::size_t kLinkageCandidates = 24;

/// Candidates whose charged cost is this close to the lowest are rivals: the costs cannot tell
/// them apart, and which reads better is left to the claims read from them (reading_choice.h).
inline constexpr float kRivalMargin = 0.25f;

/// The candidate with the lowest charged cost (its dictionary cost plus the charges for
/// implausible readings; ties: the earlier, cheaper by the dictionary), with `chargedCost`
/// set; its rivals are moved to `rivals`, cheapest first. `candidates` is in the parser's
/// order and not empty.
ParsedSentence chooseLinkage(std::vector<ParsedSentence> candidates,
                             std::vector<ParsedSentence>& rivals);

} // namespace kg::extract
