#pragma once
// The claim records kept beside a graph file (GRAPH.claims, docs/scale.md): every document the
// graph was built from, so `kg build --append` can resolve them again with new documents and
// replay the graph's curation log on the result. The claims are current while the file was
// written no earlier than the graph. Whoever saves a graph changed only in ways that replay
// does again (kg merge-entities, kg rename-entity, kg undo, a REPL :save) keeps them current;
// any other change (kg import --append, kg query --write, the REPL's :import and writing
// statements) leaves them older than the graph, and --append then joins new documents to the
// graph by name. kg build and a REPL :save after :build write them (saveClaims).
#include "extract/sentence_reader.h"
#include "graph/knowledge_graph.h"

#include <filesystem>
#include <vector>

namespace kg::extract {

std::filesystem::path claimsFileOf(const std::filesystem::path& graphFile);

/// Writes the documents' claim records beside `graphFile`, replacing its claims file; called
/// after the graph was saved, so they are current for it. Throws base::FileWriteError.
void saveClaims(const std::vector<DocumentClaims>& documents,
                const std::filesystem::path& graphFile);

/// True when `graphFile` has a claims file beside it that is not older than the graph.
bool hasCurrentClaims(const std::filesystem::path& graphFile);

/// After `graphFile` was saved with only logged changes: makes the claims file `from` (current
/// for the graph as it was loaded) current for `graphFile`: touched if it is that graph's own,
/// else copied beside it. Throws base::FileWriteError if the copy cannot be written.
void keepClaimsCurrent(const std::filesystem::path& from, const std::filesystem::path& graphFile);

/// Saves `graph` to the file it was loaded from when every change made to it since is one the
/// replay of its curation log does again (a merge, a rename, an undo): claims that were current
/// for the file stay current.
void saveLoggedChanges(const graph::KnowledgeGraph& graph, const std::filesystem::path& file);

} // namespace kg::extract
