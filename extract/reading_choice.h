#pragma once
// Choosing among rival linkages by what can be read from them. Linkages whose charged costs
// are nearly equal (linkage_choice.h) differ in where a phrase hangs or what a word is; the one
// whose verb claims take in more of the sentence is more often the one a reader means.
#include "extract/claim.h"
#include "extract/parsed_sentence.h"

#include <vector>

namespace kg::extract {

/// The claims of `parse` or of one of its `rivals`: whichever has the lowest charged cost less
/// a bonus per word its verb claims' arguments cover. Ties go to `parse`, then to the rivals in
/// order.
std::vector<Claim> readBestOf(const ParsedSentence& parse,
                              const std::vector<ParsedSentence>& rivals);

} // namespace kg::extract
