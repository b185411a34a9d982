#pragma once
// Reads claims off one linkage: every finite clause (a subject link into a verb chain), with its
// voice, negation, modality, control verbs ("plans to raise"), objects, prepositional objects
// and qualifiers; coordinations split into one claim per conjunct; attribution to the speaker of
// a reporting verb ("X said that ...", '"...," X said'); titles and appositions as claims of
// their own.
#include "extract/claim.h"
#include "extract/parsed_sentence.h"

#include <vector>

namespace kg::extract {

/// All claims of the sentence. Claims without an object are kept (CaRB scores them); the graph
/// stage skips them.
std::vector<Claim> readClaims(const ParsedSentence& parse);

} // namespace kg::extract
