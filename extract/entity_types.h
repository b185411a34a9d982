#pragma once
// What kind of thing a mention's own words say it names, beyond the person/organisation/place
// hint the noun-phrase reader gives: events ("the NATO Summit", "the election", "World Cup") and
// documents ("the Lisbon Treaty", "the report", "Article Five"), from the head noun's place in
// WordNet's hierarchy and a few words whose news sense is not WordNet's first.
#include "extract/claim.h"

#include <string>
#include <string_view>

namespace kg::extract {

/// A number written in digits or as a word ("230", "Five").
bool isNumeral(std::string_view word);

/// The nouns that make a name an organisation's ("Federal Reserve", "Labour Party", "Acme
/// Corp"): English common nouns for bodies, not names.
bool isOrganisationWord(std::string_view word);

/// The type a mention gets as an entity: "Proposal" for an untyped description of a proposal,
/// plan or demand ("the proposal", "calls to …"); "Event" when its head noun is a meeting, contest,
/// war or vote ("summit", "election", "Olympics"), "Document" for a treaty, report, act or
/// declaration
/// ("treaty", "study") or a numbered part of a text ("Article Five", "Section 230") — unless
/// stronger evidence (a title, an organisation's word, a country, a date) spoke — else the
/// noun-phrase reader's hint.
std::string entityTypeOf(const Argument& mention);

} // namespace kg::extract
