#pragma once
// The jobs file of `kg export --batch` (format in docs/export.md): a JSON object {"jobs": [...]}
// or a bare array of job objects, each naming its format, output and selection.
#include "export/export_job.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::exporter {

/// One entry of a jobs file: either a runnable job or the reason it cannot run, so that one
/// bad entry fails alone and the others still run.
struct BatchEntry {
    std::size_t number = 0; ///< 1-based position in the file
    std::optional<ExportJob> job;
    std::string error;
};

/// Parses jobs-file text; `name` is used in messages. Throws ExportError
/// ("jobs.json:3:14: Missing a comma ...") when the text is not a jobs file at all.
std::vector<BatchEntry> parseBatch(std::string_view text, std::string_view name);

/// Reads and parses a jobs file. Throws ExportError if it cannot be read or parsed.
std::vector<BatchEntry> readBatchFile(const std::filesystem::path& path);

} // namespace kg::exporter
