#pragma once
// A fact's stance: whether its subject speaks for or against its object. It is read from the
// predicate and the polarity when the fact is extracted (extract/stance.h) and stored with the
// relation, so imported facts keep the stance their source gave them.
#include <cstdint>
#include <optional>
#include <string_view>

namespace kg::graph {

enum class Stance : std::uint8_t { Neutral, Support, Oppose };

/// "neutral", "support", "oppose": as used in records, files, queries and diagrams.
std::string_view stanceName(Stance stance);
/// Inverse of stanceName, case-insensitive; nullopt for anything else.
std::optional<Stance> parseStance(std::string_view name);
/// Support for oppose and back; neutral stays neutral ("did not reject" is support).
Stance oppositeStance(Stance stance);

} // namespace kg::graph
