#pragma once
// The primary columns of a binary graph file, before the writer derives its indexes (string
// hash, name lookups, CSR adjacency, predicate index) and its summary: what saving an editable
// graph and the bulk TSV import (bulk_import.h) each fill in their own way.
#include "graph/io/kgb_format.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace kg::graph::kgb {

struct Columns {
    std::vector<std::uint64_t> stringOffsets{0}; ///< strings + 1; string 0 must be ""
    std::vector<char> stringBytes;
    std::vector<std::uint32_t> entityName, entityMentions;
    std::vector<std::uint8_t> entityType;
    std::vector<std::uint32_t> aliasOffsets{0}, aliases;
    std::vector<std::uint32_t> relSource, relTarget, relPredicate, relModality, relAttributedTo,
        relTime, relQuantity, relPlace, relSupport;
    std::vector<float> relConfidence;
    std::vector<std::uint8_t> relFlags;
    std::vector<std::uint32_t> surfaceOffsets{0}, surfaces, mentionOffsets{0};
    std::vector<Mention> mentions;
    /// The curation log as the JSON text of the .kg file's "log" value; empty for no entries.
    std::vector<char> curationLog;

    std::size_t stringCount() const { return stringOffsets.size() - 1; }
    std::string_view string(std::uint32_t i) const {
        return {stringBytes.data() + stringOffsets[i], stringOffsets[i + 1] - stringOffsets[i]};
    }
};

/// Derives the indexes and the summary and writes the file atomically. Throws GraphFileError.
void writeColumns(Columns&& columns, const std::filesystem::path& path);

} // namespace kg::graph::kgb
