#pragma once
// Identifier types shared by every part of kg. Ids are dense indexes, stable for the life of a
// KnowledgeGraph (removal leaves a tombstone; ids are only renumbered when a graph is saved).
#include <cstdint>

namespace kg::graph {

using EntityId = std::uint32_t;
using RelationId = std::uint32_t;
/// An interned string. Symbol 0 is always the empty string, which also means "not set".
using Sym = std::uint32_t;

inline constexpr std::uint32_t kNoId = UINT32_MAX;
inline constexpr Sym kNoSym = 0;

} // namespace kg::graph
