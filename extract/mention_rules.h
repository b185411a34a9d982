#pragma once
// What the words of a mention say about reference, beyond its name: its head noun, its
// determiner (does it point back to something already mentioned?), whether it names an entity
// at all, whether it can speak, and what a capital's name stands for when it acts. The entity
// resolver applies these at the graph stage; CaRB output never passes through them.
#include "extract/claim.h"

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// The head noun of a name or description, lower-cased: the last word before the first
/// preposition, relative or complementiser ("Manfred Weber's proposal to deploy troops" ->
/// "proposal", "EU plan" -> "plan").
std::string headNoun(std::string_view name);

/// A preposition, relative or complementiser (lower case): a word that ends a noun's own words.
bool breaksAPhrase(std::string_view word);

/// his, her, their, its, my, our, your, in any case.
bool isPossessivePronoun(std::string_view word);

enum class Determiner { None, Definite, Demonstrative, Indefinite, Other };
/// The determiner the mention's surface text opens with: the; this/that/these/those;
/// a/an/another/some/any/one; a possessive or quantifier (Other); nothing (None).
Determiner determinerOf(const Argument& argument);

/// True for a phrase the parse made an argument but that names no entity, which must not become
/// a node: a relative pronoun or preposition ("under which", "as Belgium"), "no ...", a phrase
/// cut before its noun ("the importance of"), or a verb form (a bare singular "remains"; after
/// "be", when `predicative`, "assessing" or "lasting").
bool namesNothing(const Argument& argument, bool predicative = false);

/// A one-word name that is a verb form and no noun ("United"): a longer name the parse cut short
/// ("the United States") or a team's short name (Manchester United), which only its own story
/// can tell apart, so it is not shared by the corpus as other names are.
bool namesOnlyInItsStory(const Argument& argument);

/// Whether the mention can be the source of a reported claim: a name, a pronoun, or a
/// description whose head noun can denote a person or a group ("the administration", "the
/// diplomat"), never "this", a quantity or "military efforts".
bool canSpeak(const Argument& argument);

/// '"We have reached an agreement," said Berg': a subject "we" in the speaker's words is read as
/// the speaker, the one member of the group the text names, and keeps "we" as its written text
/// (CaRB's words). Any other subject, or a speaker who is "we" too, is left as it is.
void readWeAsSpeaker(Argument& subject, const Argument& speaker);

/// The words of a name or title, lower-cased, split at spaces and hyphens ("NATO
/// Secretary-General" -> nato, secretary, general).
std::vector<std::string> lowerWords(std::string_view text);

/// Words in a name ("Mark Rutte" -> 2), its first word and its last word.
std::size_t tokenCount(std::string_view name);
std::string firstToken(std::string_view name);
std::string lastToken(std::string_view name);

/// The surname of a person's name: its last word, or from its first particle on ("Ursula von der
/// Leyen" -> "von der Leyen"); a name that is a surname alone ("Rutte", "Von der Leyen") comes
/// back whole.
std::string_view surnameOf(std::string_view name);

/// Mr, Mrs, Ms, Dr, Sir ...: how a person is addressed, not a title they hold.
bool isHonorific(std::string_view title);

/// Whether a title or description names its institution or country ("NATO Secretary General",
/// "US president"), and so one holder across a corpus, unlike "the prime minister".
bool namesItsInstitution(std::string_view text);
/// That institution's name as written ("US Secretary of State" -> "US"), or empty.
std::string institutionNamedIn(std::string_view text);

/// The other form of a news acronym WordNet 3.0 does not list ("ECB" <-> "European Central
/// Bank"), compared case-insensitively with dots dropped; empty for any other name.
std::string_view newsAcronymPartner(std::string_view name);

/// For a capital's name in an agent role, the name of the country whose government it stands
/// for ("Washington told ..." -> "United States"); empty for any other mention.
std::string governmentOf(const Argument& argument);

} // namespace kg::extract
