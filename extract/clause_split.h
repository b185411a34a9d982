#pragma once
// Long sentences the parser misreads as a whole are often two clauses joined after a comma ("the
// bank kept its rate, even as its governors project that prices will rise"). Read apart, each
// gets the parse it would get alone.
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// A linkage this costly (charged cost, which counts the dictionary's disjunct costs and kg's
/// charges) reads the sentence badly enough that reading its clauses apart is worth a try.
inline constexpr float kSplitCost = 3.0f;

/// The clauses of `sentence` split at a comma followed by a linking word that opens an asserted
/// clause (", even as", ", while", ", but", "; "); the linking word is left out. Empty when the
/// sentence has no such point. Conditions ("if", "unless", "when") are never split off: their
/// clause would lose its condition.
std::vector<std::string> splitClauses(std::string_view sentence);

} // namespace kg::extract
