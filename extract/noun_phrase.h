#pragma once
// Noun phrases from a linkage: the words that belong to a head noun (determiners, adjectives,
// noun modifiers, proper-name chains, possessives, "of"-phrases) and the entity they name.
#include "base/case_fold.h"
#include "extract/claim.h"
#include "extract/parsed_sentence.h"

#include <string>
#include <string_view>

namespace kg::extract {

/// Reads the noun phrase headed by word `head`. Qualifying prepositional phrases that say when
/// (dates, years) are left out of the entity name so "percent of GDP by 2029" names "percent of
/// GDP".
Argument readArgument(const ParsedSentence& parse, int head);

/// Lower-cased copy (ASCII letters only; other bytes kept).
using base::lowerAscii;
bool isCapitalised(std::string_view word);
/// A lower-case word or prefix inside a person's name: "al" (al-Jaber), "von", "van", "de".
bool isNameParticle(std::string_view word);
/// Articles, demonstratives and possessive determiners ("the", "this", "its"), lower-cased.
bool isArticle(std::string_view lowerWord);
/// A word of punctuation only (no letter or digit): ",", "--", "''".
bool isPunctuation(std::string_view word);
/// A word that joins conjuncts: "and", "or", "but", "nor", or a comma in a list.
bool isCoordinator(std::string_view word);
/// who, whom, whose, which, that (any case).
bool isRelativeWord(std::string_view word);
bool isPersonalPronoun(std::string_view lowerWord);
bool isNumberWord(const Word& word);
/// A word that names a time: years, months, weekdays, "today"; from the parse's date links or
/// the dictionary's year tag.
bool isTimeHead(const ParsedSentence& parse, int word);
/// A verb's particle the dictionary took for an adjective of the object after it: "will push up
/// rates" read with "up rates" as a phrase. Such a word belongs to the verb.
bool isParticleReadAsAdjective(const ParsedSentence& parse, int word);
/// Whether word `w` stands inside a direct quotation: the nearest double quotation mark before it
/// opens one, or, with none before it, the nearest after it closes one (a quotation begun in an
/// earlier sentence: 'There is no doubt," he said'). A mark opens when it is written against the
/// word after it and closes when written against the word before it; a mark that does neither
/// says nothing, and a sentence without marks is read as no quotation.
bool insideQuotation(const ParsedSentence& parse, int w);
/// Whether word `w` stands after a single quotation mark that opens a quotation and before any
/// that closes it: 'he said: "I cannot say \'I have these problems\'"' quotes within a quotation.
bool afterOpeningSingleMark(const ParsedSentence& parse, int w);

} // namespace kg::extract
