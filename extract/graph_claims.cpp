#include "extract/graph_claims.h"

#include "base/atomic_file.h"
#include "extract/claims_json.h"
#include "graph/io/kg_file.h"

#include <fmt/core.h>
#include <fstream>
#include <string>

namespace kg::extract {

std::filesystem::path claimsFileOf(const std::filesystem::path& graphFile) {
    return graphFile.string() + ".claims";
}

void saveClaims(const std::vector<DocumentClaims>& documents,
                const std::filesystem::path& graphFile) {
    std::string records;
    for (const DocumentClaims& doc : documents) {
        appendClaimsRecord(doc, records);
        records.push_back('\n');
    }
    base::AtomicFile file(claimsFileOf(graphFile));
    file.write(records);
    file.commit();
}

bool hasCurrentClaims(const std::filesystem::path& graphFile) {
    std::error_code ec;
    const auto claimsWritten = std::filesystem::last_write_time(claimsFileOf(graphFile), ec);
    if (ec)
        return false;
    const auto graphWritten = std::filesystem::last_write_time(graphFile, ec);
    return !ec && claimsWritten >= graphWritten;
}

void keepClaimsCurrent(const std::filesystem::path& from, const std::filesystem::path& graphFile) {
    const std::filesystem::path to = claimsFileOf(graphFile);
    std::error_code ec;
    if (std::filesystem::equivalent(from, to, ec)) {
        std::filesystem::last_write_time(to, std::filesystem::file_time_type::clock::now(), ec);
        if (ec)
            throw base::FileWriteError(
                fmt::format("cannot mark {} as current: {}", to.string(), ec.message()));
        return;
    }
    std::ifstream in(from, std::ios::binary);
    if (!in)
        throw base::FileWriteError(fmt::format("cannot read {}", from.string()));
    base::AtomicFile out(to);
    std::string chunk(1 << 20, '\0');
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0)
        out.write(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
    if (in.bad())
        throw base::FileWriteError(fmt::format("cannot read {}", from.string()));
    out.commit();
}

void saveLoggedChanges(const graph::KnowledgeGraph& graph, const std::filesystem::path& file) {
    const bool current = hasCurrentClaims(file);
    graph::saveGraph(graph, file);
    if (current)
        keepClaimsCurrent(claimsFileOf(file), file);
}

} // namespace kg::extract
