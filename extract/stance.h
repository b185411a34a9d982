#pragma once
// The stance of an extracted fact, from its predicate and polarity: the word lists
// extract/stance/support.txt and oppose.txt (turned into code by the build), each verb extended
// by its WordNet synonyms, and negation turning a stance round. docs/positions.md describes the
// rules.
#include "graph/stance.h"

#include <string_view>

namespace kg::extract {

/// support for "back", "call for", "did not reject"; oppose for "reject", "did not back", "will
/// not back"; neutral for any predicate on neither list, and for a negated attempt or intention
/// ("has not attempted to block", modality "attempt to"): not trying says nothing of a position.
graph::Stance stanceOf(std::string_view predicate, bool negated, std::string_view modality = {});

} // namespace kg::extract
