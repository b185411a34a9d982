#include "graph/io/importer.h"

#include "base/utf8.h"
#include "graph/io/fact_record.h"
#include "graph/io/fact_record_json.h"
#include "graph/io/import_lines.h"
#include "graph/io/line_reader.h"
#include "graph/io/name_cache.h"
#include "graph/io/ntriples.h"
#include "graph/io/tsv_record.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <sys/stat.h>
#include <unordered_map>

namespace kg::graph {

namespace {

// Predicates whose literal object is a name of the subject: such a triple makes the literal an
// alias of the subject (so it can be found by its readable name) instead of a relation.
constexpr std::array<std::string_view, 7> kNamePredicates = {
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://xmlns.com/foaf/0.1/name",
    "http://schema.org/name",
    "https://schema.org/name",
    "http://www.w3.org/2006/vcard/ns#fn"};

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

EntityType literalType(const RdfTerm& literal) {
    std::string_view dt = literal.datatype;
    if (dt.substr(0, kXsd.size()) != kXsd)
        return EntityType::Other;
    dt.remove_prefix(kXsd.size());
    if (dt == "date" || dt == "dateTime" || dt == "dateTimeStamp" || dt == "gYear" ||
        dt == "gYearMonth")
        return EntityType::Date;
    if (dt == "integer" || dt == "decimal" || dt == "double" || dt == "float" || dt == "int" ||
        dt == "long" || dt == "short" || dt == "nonNegativeInteger" || dt == "positiveInteger" ||
        dt == "negativeInteger" || dt == "nonPositiveInteger" || dt == "unsignedInt" ||
        dt == "unsignedLong")
        return EntityType::Quantity;
    return EntityType::Other;
}

class LineImporter {
public:
    LineImporter(KnowledgeGraph& graph, ImportFormat format) : graph_(graph), format_(format) {}

    LineResult import(std::string_view line, ImportCounts& counts) {
        switch (format_) {
        case ImportFormat::Tsv:
            if (!splitTsvLine(line, tsv_))
                return LineResult::Nothing;
            if (tsv_.extra.empty()) {
                addPlainTriple(counts);
                return LineResult::Fact;
            }
            tsvLineToRecord(tsv_, record_);
            break;
        case ImportFormat::JsonLines:
            if (line.find_first_not_of(" \t") == std::string_view::npos)
                return LineResult::Nothing;
            record_ = parseFactRecord(line);
            break;
        case ImportFormat::NTriples:
            if (!parseNTriplesLine(line, triple_))
                return LineResult::Nothing;
            if (addNameAlias())
                return LineResult::Alias;
            tripleToRecord();
            break;
        }
        // A NUL written as an escape ("\u0000" in JSON or N-Triples): names are C strings to
        // every tool the graph goes on to (Graphviz, terminals), which would cut them there.
        for (std::string_view name :
             {std::string_view(record_.subject.name), std::string_view(record_.predicate),
              std::string_view(record_.object.name)})
            if (name.find('\0') != std::string_view::npos)
                throw RecordError("a name contains a NUL character", 0);
        auto result = addFactRecord(graph_, record_);
        ++(result.inserted ? counts.added : counts.merged);
        return LineResult::Fact;
    }

private:
    // The bulk path (FB15k-style files, millions of lines): no FactRecord, no interning of the
    // empty qualifiers, and predicates found in a small cache rather than in the string pool,
    // whose table is too big to stay in the CPU cache.
    void addPlainTriple(ImportCounts& counts) {
        graph::Relation r;
        r.source = entity(tsv_.subject);
        r.target = entity(tsv_.object);
        auto cached = predicates_.find(tsv_.predicate);
        if (cached == predicates_.end()) {
            Sym sym = graph_.intern(tsv_.predicate);
            cached = predicates_.emplace(graph_.str(sym), sym).first;
        }
        r.predicate = cached->second;
        auto result = graph_.addRelation(std::move(r));
        ++(result.inserted ? counts.added : counts.merged);
    }

    EntityId entity(std::string_view name) {
        std::uint64_t hash = hashString(name);
        EntityId id = names_.find(name, hash);
        if (id == kNoId) {
            id = graph_.addEntity(name);
            names_.insert(name, hash, id);
        }
        return id;
    }

    bool addNameAlias() {
        if (triple_.object.kind != RdfTerm::Kind::Literal || triple_.object.value.empty())
            return false;
        bool isName = false;
        for (std::string_view p : kNamePredicates)
            isName = isName || p == triple_.predicate.value;
        if (!isName)
            return false;
        EntityId subject = graph_.addEntity(triple_.subject.value);
        return graph_.addAlias(subject, triple_.object.value);
    }

    void tripleToRecord() {
        if (triple_.object.value.empty())
            throw RecordError("the object is an empty literal, which cannot name an entity", 0);
        record_ = FactRecord{};
        record_.subject.name = std::move(triple_.subject.value);
        record_.predicate = std::move(triple_.predicate.value);
        record_.object.name = std::move(triple_.object.value);
        if (triple_.object.kind == RdfTerm::Kind::Literal)
            record_.object.type = literalType(triple_.object);
    }

    KnowledgeGraph& graph_;
    ImportFormat format_;
    FactRecord record_;
    TsvLine tsv_;
    RdfTriple triple_;
    std::unordered_map<std::string_view, Sym> predicates_; // views into the graph's strings
    NameCache names_;
};

// Sizes the relation storage for a file from the lines in its first block, so a big import
// does not copy its relations on every growth (which also doubled the peak memory). An
// estimate too high costs little: reserved relation pages stay untouched until used.
void reserveForFile(KnowledgeGraph& graph, std::FILE* file) {
    constexpr std::size_t kSample = 1 << 16;
    struct stat info {};
    if (::fstat(::fileno(file), &info) != 0 || !S_ISREG(info.st_mode) ||
        static_cast<std::uint64_t>(info.st_size) <= kSample)
        return;
    std::vector<char> sample(kSample);
    std::size_t n = std::fread(sample.data(), 1, sample.size(), file);
    std::rewind(file);
    auto lines = static_cast<std::size_t>(std::count(sample.begin(), sample.begin() + n, '\n'));
    if (lines == 0)
        return;
    // An eighth more than the sample suggests: later lines may be shorter than the first ones,
    // and falling just short would cost a copy of every relation at the very end.
    auto estimate = static_cast<std::size_t>(info.st_size) / (n / lines);
    estimate += estimate / 8;
    graph.reserve(0, graph.relationCount() + estimate, 0);
}

} // namespace

ImportCounts& ImportCounts::operator+=(const ImportCounts& o) {
    lines += o.lines;
    facts += o.facts;
    added += o.added;
    merged += o.merged;
    aliases += o.aliases;
    malformed += o.malformed;
    return *this;
}

std::optional<ImportFormat> importFormatFromName(std::string_view name) {
    if (name == "tsv")
        return ImportFormat::Tsv;
    if (name == "jsonl")
        return ImportFormat::JsonLines;
    if (name == "nt" || name == "ntriples")
        return ImportFormat::NTriples;
    return std::nullopt;
}

std::optional<ImportFormat> importFormatFromPath(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    if (ext == ".tsv" || ext == ".tab")
        return ImportFormat::Tsv;
    if (ext == ".jsonl" || ext == ".ndjson")
        return ImportFormat::JsonLines;
    if (ext == ".nt")
        return ImportFormat::NTriples;
    return std::nullopt;
}

ImportCounts importLines(std::FILE* in, std::string_view name, const ImportOptions& options,
                         const std::function<LineResult(std::string_view)>& importLine) {
    ImportCounts counts;
    LineReader reader(in, std::string(name));
    std::string_view line;
    while (reader.next(line)) {
        ++counts.lines;
        try {
            if (reader.lineTooLong())
                throw RecordError(
                    fmt::format("line is longer than {} MiB", LineReader::kMaxLineBytes >> 20), 0);
            if (auto bad = base::invalidUtf8At(line))
                throw RecordError("invalid UTF-8", *bad + 1);
            if (auto nul = line.find('\0'); nul != std::string_view::npos)
                throw RecordError("NUL character", nul + 1);
            switch (importLine(line)) {
            case LineResult::Nothing:
                break;
            case LineResult::Fact:
                ++counts.facts;
                break;
            case LineResult::Alias:
                ++counts.aliases;
                break;
            }
        } catch (const RecordError& e) {
            std::string message =
                e.column() > 0 ? fmt::format("{}:{}: column {}: {}", name, reader.lineNumber(),
                                             e.column(), e.what())
                               : fmt::format("{}:{}: {}", name, reader.lineNumber(), e.what());
            if (options.strict)
                throw ImportError(message);
            ++counts.malformed;
            if (options.onMalformed)
                options.onMalformed(message);
        }
    }
    return counts;
}

InputFile openInput(const std::filesystem::path& path) {
    if (std::error_code ec; std::filesystem::is_directory(path, ec))
        throw ImportError(fmt::format("cannot read {}: it is a folder", path.string()));
    InputFile file(std::fopen(path.c_str(), "rb"));
    if (!file)
        throw ImportError(fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)));
    return file;
}

ImportCounts importStream(KnowledgeGraph& graph, std::FILE* in, std::string_view name,
                          ImportFormat format, const ImportOptions& options) {
    LineImporter importer(graph, format);
    ImportCounts added; // the importer counts new and merged facts
    ImportCounts counts = importLines(
        in, name, options, [&](std::string_view line) { return importer.import(line, added); });
    counts.added = added.added;
    counts.merged = added.merged;
    return counts;
}

ImportCounts importFile(KnowledgeGraph& graph, const std::filesystem::path& path,
                        ImportFormat format, const ImportOptions& options) {
    if (path == "-")
        return importStream(graph, stdin, "<stdin>", format, options);
    InputFile file = openInput(path);
    reserveForFile(graph, file.get());
    return importStream(graph, file.get(), path.string(), format, options);
}

} // namespace kg::graph
