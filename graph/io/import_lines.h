#pragma once
// The line loop every importer shares (importer.cpp, bulk_import.cpp): opening the input,
// refusing too long, non-UTF-8 and NUL-carrying lines, and turning a RecordError into
// "file:line: what" — an ImportError in strict mode, a skipped line counted and reported
// otherwise.
#include "graph/io/importer.h"

#include <cstdio>
#include <functional>
#include <memory>
#include <string_view>

namespace kg::graph {

/// What one line turned into.
enum class LineResult { Nothing, Fact, Alias };

/// Reads every line of `in` (named `name` in messages) through `importLine`, counting lines,
/// facts, aliases and malformed lines.
ImportCounts importLines(std::FILE* in, std::string_view name, const ImportOptions& options,
                         const std::function<LineResult(std::string_view)>& importLine);

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using InputFile = std::unique_ptr<std::FILE, FileCloser>;

/// Opens an input file for reading; throws ImportError naming it (missing, a folder...).
InputFile openInput(const std::filesystem::path& path);

} // namespace kg::graph
