#pragma once
// Proposals as nodes: a proposal, call, plan or demand that people take positions on is an
// entity of type Proposal, and its author reaches it by a `propose` edge (a supporting stance),
// so that the author's and everyone else's positions meet at one node (docs/positions.md).
#include <string_view>

namespace kg::extract {

/// The predicate joining an author to its proposal.
inline constexpr std::string_view kProposePredicate = "propose";

/// Whether a description names a proposal by its head noun: "Weber's proposal", "the harbour
/// plan", "calls to build a separate force", "demands for a ceasefire". "call" counts only
/// plural or followed by "for"/"to", since a call is also a telephone call.
bool namesProposal(std::string_view description);

} // namespace kg::extract
