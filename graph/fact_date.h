#pragma once
// Dates of facts. A fact is dated by the documents that state it: a mention carries its
// document's date as text, which is an ISO day ("2025-06-24") when kg could tell it, optionally
// followed by a note of where it came from ("2025-06-24 (file modified)"). Days compare as
// text, so windows and orderings need no calendar.
#include "graph/graph_view.h"
#include "graph/knowledge_graph.h"

#include <span>
#include <string>
#include <string_view>

namespace kg::graph {

/// The ISO day "YYYY-MM-DD" that `text` is or begins with (a real month and day), else empty.
std::string_view isoDay(std::string_view text);

/// The earliest ISO day among a relation's mentions, empty when none has one.
std::string_view factDay(GraphView graph, std::span<const Mention> mentions);

/// A window of days, both ends included; an empty end is open.
struct DayWindow {
    std::string from;
    std::string to;
    bool contains(std::string_view day) const {
        return !day.empty() && (from.empty() || day >= from) && (to.empty() || day <= to);
    }
};

/// Keeps only what documents dated inside `window` state: mentions outside it (or undated) are
/// dropped, and a relation left with no mention is removed. Entities stay, so names still
/// resolve. Returns how many relations were removed.
std::size_t restrictToWindow(KnowledgeGraph& graph, const DayWindow& window);

/// A copy of `graph` restricted to `window` as restrictToWindow does, in which every entity and
/// relation keeps its id (what is gone is a tombstone), so ids found in the copy name the same
/// things in the original.
KnowledgeGraph copyWindow(const KnowledgeGraph& graph, const DayWindow& window);

} // namespace kg::graph
