#pragma once
// Shared helpers for the extraction tests: one parser for the whole test binary (loading the
// dictionary takes half a second) and compact renderings of claims and facts to compare against.
#include "extract/claim.h"
#include "extract/document.h"
#include "extract/link_parser.h"
#include "extract/parsed_sentence.h"
#include "graph/io/fact_record.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::extract::test {

LinkParser& sharedParser();

/// A made-up linkage over `words` ("suggested.q-d": text and subscript) with the given links, for
/// the readings of a parse the parser gives only on some sentences.
ParsedSentence linkage(float cost, const std::vector<std::string>& words,
                       const std::vector<Link>& links);

/// CaRB lines (record_format.h) for one sentence.
std::string carbOf(const std::string& sentence);

/// Whether the CaRB lines of `sentence` hold `tuple` ("\trelation\targ1\targ2\n", after the
/// confidence); the failure message shows the lines.
testing::AssertionResult carbHas(const std::string& sentence, const std::string& tuple);

/// Claims of one sentence rendered "subject | predicate | object" with " [neg]", " [mod=..]",
/// " [by=speaker]", " [time=..]", " [qty=..]", " [place=..]" in that order, for claims that have
/// an object.
std::vector<std::string> claimsOf(const std::string& sentence);
/// The same, for a parse made with linkage().
std::vector<std::string> claimsOf(const ParsedSentence& parse);

/// The surface (the relation as written, with its negation and modality in scope) of each claim
/// claimsOf renders.
std::vector<std::string> surfacesOf(const std::string& sentence);

/// Facts rendered like claimsOf, from entity names after resolution, with
/// " [attr=..]" for attribution.
std::string describe(const graph::FactRecord& record);
/// A document with that id and text, and no date or source.
Document doc(std::string id, std::string text);
std::vector<std::string> factsOf(const std::vector<Document>& documents, unsigned jobs = 1);
/// Facts with their entities in full, at the default confidence threshold: "subject (Type)
/// [alias, ...] | predicate | object (Type)".
std::vector<std::string> entitiesOf(const std::vector<Document>& documents);

} // namespace kg::extract::test
