#pragma once
// Output lines of `kg extract` other than JSON Lines (which graph/io/fact_record_json.h writes):
// TSV in the form `kg import` reads, and CaRB's tabbed format for Open IE scoring.
#include "extract/sentence_reader.h"
#include "graph/io/fact_record.h"

#include <string>

namespace kg::extract {

/// "subject<TAB>predicate<TAB>object<TAB>key=value..." with the keys of docs/import.md; tabs and
/// newlines inside values become spaces. No trailing newline.
std::string factRecordToTsv(const graph::FactRecord& record);

/// One CaRB line per claim of the sentence ("sentence<TAB>confidence<TAB>relation<TAB>arg1
/// <TAB>arg2..."), each ending in a newline, appended to `out`. `sentence` is written as given so
/// the scorer can match it to its gold sentence.
void appendCarbLines(std::string_view sentence, const SentenceClaims& claims, std::string& out);

} // namespace kg::extract
