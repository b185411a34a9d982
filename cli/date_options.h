#pragma once
// Options that take a day: --date (kg build, kg extract), --as-of (kg query, kg render), --from
// and --to (kg diff). A day is written YYYY-MM-DD or as a date in words ("June 24, 2025") and
// kept as an ISO day (docs/positions.md, "Dates").
#include <CLI/CLI.hpp>
#include <string>

namespace kg::graph {
class KnowledgeGraph;
}

namespace kg::cli {

/// Adds `name` taking a day into `day`; a value that is no date is a usage error naming it.
CLI::Option* addDayOption(CLI::App& cmd, const std::string& name, std::string& day,
                          const std::string& description);

/// --date DAY: the date of documents that do not give their own.
void addDateOption(CLI::App& cmd, std::string& date);

/// --as-of DAY: only facts from documents dated up to DAY.
void addAsOfOption(CLI::App& cmd, std::string& asOf);
/// Drops from `graph` what documents dated after `asOf` state (nothing when it is empty).
void applyAsOf(graph::KnowledgeGraph& graph, const std::string& asOf);

} // namespace kg::cli
