#pragma once
#include "graph/io/fact_record.h"

#include <string_view>

namespace kg::graph {

/// One TSV line "subject<TAB>predicate<TAB>object[<TAB>key=value...]" split into its names
/// (spaces around a column trimmed) and the rest.
struct TsvLine {
    std::string_view subject, predicate, object;
    std::string_view extra; ///< the columns after the third, empty if none
};

/// Splits a line. Returns false for a blank line; throws RecordError (naming the column) when
/// a name is missing or empty. Rules: docs/import.md.
bool splitTsvLine(std::string_view line, TsvLine& out);

/// Fills `out` from a split line, applying its key=value columns (every field of `out` is
/// overwritten). Throws RecordError naming the column for an unknown key or a bad value.
void tsvLineToRecord(const TsvLine& line, FactRecord& out);

} // namespace kg::graph
