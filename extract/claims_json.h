#pragma once
// Claim records: one document's claims before entity resolution, as one JSON line (schema in
// docs/records.md). `kg extract --format claims` writes them, so documents extracted on many
// machines can be resolved as one corpus by `kg build --from-records`; the record holds every
// field of DocumentClaims the resolver reads, so resolving records read back gives the same
// facts as resolving the claims in memory.
#include "extract/sentence_reader.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// The value of "kg_claims" in every claim record; a reader refuses any other.
inline constexpr int kClaimsRecordVersion = 3;

/// Appends the document's claim record (no trailing newline) to `out`.
void appendClaimsRecord(const DocumentClaims& document, std::string& out);

/// Reads one claim record; throws InputError naming `where` ("shard.jsonl:3") and what is wrong.
DocumentClaims parseClaimsRecord(std::string_view line, const std::string& where);

/// Reads a file of claim records, one per line (blank lines skipped); "-" reads stdin. Throws
/// InputError naming the file and line of the first bad record.
std::vector<DocumentClaims> readClaimsFile(const std::filesystem::path& path);

} // namespace kg::extract
