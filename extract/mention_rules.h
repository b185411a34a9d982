#pragma once
// What the words of a mention say about reference, beyond its name: its head noun, its
// determiner (does it point back to something already mentioned?), whether it names an entity
// at all, whether it can speak, and what a capital's name stands for when it acts. The entity
// resolver applies these at the graph stage; CaRB output never passes through them.
#include "extract/claim.h"

#include <string>
#include <string_view>

namespace kg::extract {

/// The head noun of a name or description, lower-cased: the last word before the first
/// preposition, relative or complementiser ("Manfred Weber's proposal to deploy troops" ->
/// "proposal", "EU plan" -> "plan").
std::string headNoun(std::string_view name);

enum class Determiner { None, Definite, Demonstrative, Indefinite, Other };
/// The determiner the mention's surface text opens with: the; this/that/these/those;
/// a/an/another/some/any/one; a possessive or quantifier (Other); nothing (None).
Determiner determinerOf(const Argument& argument);

/// True for a phrase the parse made an argument but that names no entity, which must not become
/// a node: a relative pronoun or preposition ("under which", "as Belgium"), "no ...", a phrase
/// cut before its noun ("the importance of"), or a verb form (a bare singular "remains"; after
/// "be", when `predicative`, "assessing" or "lasting").
bool namesNothing(const Argument& argument, bool predicative = false);

/// Whether the mention can be the source of a reported claim: a name, a pronoun, or a
/// description whose head noun can denote a person or a group ("the administration", "the
/// diplomat"), never "this", a quantity or "military efforts".
bool canSpeak(const Argument& argument);

/// For a capital's name in an agent role, the name of the country whose government it stands
/// for ("Washington told ..." -> "United States"); empty for any other mention.
std::string governmentOf(const Argument& argument);

} // namespace kg::extract
