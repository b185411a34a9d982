#include "export/batch_file.h"

#include "export/export_error.h"
#include "graph/io/json_config.h"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace kg::exporter {
namespace {

// A jobs file lists exports, not data: anything this big is a mistake (or not a jobs file).
constexpr std::uintmax_t kMaxBatchBytes = 16u << 20;

std::string lineColumn(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return fmt::format("{}:{}", line, column);
}

std::string_view stringOf(const rapidjson::Value& v) {
    return {v.GetString(), v.GetStringLength()};
}

// Reads one job object; throws ExportError with a message about this job only.
ExportJob readJob(const rapidjson::Value& object) {
    if (!object.IsObject())
        throw ExportError("a job must be a JSON object");
    ExportJob job;
    std::optional<Format> format;
    bool haveDepth = false;
    for (const auto& member : object.GetObject()) {
        std::string_view key = stringOf(member.name);
        const rapidjson::Value& v = member.value;
        auto text = [&]() {
            if (!v.IsString())
                throw ExportError(fmt::format("'{}' must be a string", key));
            return std::string(stringOf(v));
        };
        auto count = [&](std::uint64_t max) {
            if (!v.IsUint64() || v.GetUint64() > max)
                throw ExportError(
                    fmt::format("'{}' must be a whole number from 0 to {}", key, max));
            return v.GetUint64();
        };
        if (key == "format") {
            std::string name = text();
            format = parseFormat(name);
            if (!format)
                throw ExportError(fmt::format("unknown format '{}' (expected dot, svg, png, pdf, "
                                              "json, graphml, ntriples or csv)",
                                              name));
        } else if (key == "output") {
            job.output = text();
        } else if (key == "around") {
            job.selection.around = text();
        } else if (key == "depth") {
            job.selection.depth = static_cast<unsigned>(count(100));
            haveDepth = true;
        } else if (key == "query") {
            job.selection.query = text();
        } else if (key == "max_nodes") {
            job.diagram.maxNodes = static_cast<std::size_t>(count(1000000));
        } else if (key == "layout") {
            std::string name = text();
            auto layout = parseLayout(name);
            if (!layout)
                throw ExportError(fmt::format(
                    "unknown layout '{}' (expected auto, dot, neato, fdp, sfdp or circo)", name));
            job.diagram.layout = *layout;
        } else if (key == "cluster") {
            std::string name = text();
            auto cluster = parseCluster(name);
            if (!cluster)
                throw ExportError(
                    fmt::format("unknown cluster '{}' (expected none, type or doc)", name));
            job.diagram.cluster = *cluster;
        } else if (key == "legend") {
            if (!v.IsBool())
                throw ExportError("'legend' must be true or false");
            job.diagram.legend = v.GetBool();
        } else if (key == "title") {
            job.diagram.title = text();
        } else if (key == "base") {
            job.base = text();
        } else {
            throw ExportError(fmt::format("unknown key '{}'", key));
        }
    }
    if (job.output.empty())
        throw ExportError("no \"output\" given");
    if (!format)
        format = formatForPath(job.output);
    if (!format)
        throw ExportError(
            fmt::format("no \"format\" given and none implied by '{}'", job.output.string()));
    job.format = *format;
    if (haveDepth && job.selection.around.empty())
        throw ExportError("'depth' needs 'around'");
    return job;
}

} // namespace

std::vector<BatchEntry> parseBatch(std::string_view text, std::string_view name) {
    rapidjson::Document doc;
    // Iterative parsing: a hostile, deeply nested file cannot exhaust the stack.
    doc.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
    if (doc.HasParseError())
        throw ExportError(fmt::format("{}:{}: {}", name, lineColumn(text, doc.GetErrorOffset()),
                                      rapidjson::GetParseError_En(doc.GetParseError())));
    const rapidjson::Value* jobs = &doc;
    if (doc.IsObject()) {
        auto it = doc.FindMember("jobs");
        if (it == doc.MemberEnd() || doc.MemberCount() != 1)
            throw ExportError(
                fmt::format("{}: expected an object with only a \"jobs\" array", name));
        jobs = &it->value;
    }
    if (!jobs->IsArray())
        throw ExportError(fmt::format("{}: expected a JSON array of jobs", name));
    std::vector<BatchEntry> entries;
    std::size_t number = 0;
    for (const auto& object : jobs->GetArray()) {
        BatchEntry entry;
        entry.number = ++number;
        try {
            entry.job = readJob(object);
        } catch (const ExportError& e) {
            entry.error = e.what();
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<BatchEntry> readBatchFile(const std::filesystem::path& path) {
    std::string name = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw ExportError(fmt::format("cannot read {}: is a folder", name));
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxBatchBytes)
        throw ExportError(fmt::format("{}: too big for a jobs file ({} bytes)", name, size));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ExportError(fmt::format("cannot read {}: {}", name, std::strerror(errno)));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw ExportError(fmt::format("cannot read {}: {}", name, std::strerror(errno)));
    return parseBatch(text.str(), name);
}

} // namespace kg::exporter
