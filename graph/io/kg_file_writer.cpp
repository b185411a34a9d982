// saveGraph: streams the graph through RapidJSON's Writer into an AtomicFile. Only live objects
// are written, renumbered densely, so a saved graph carries no tombstones and no strings that
// nothing refers to any more.
#include "base/atomic_file.h"
#include "graph/curation.h"
#include "graph/io/curation_log_json.h"
#include "graph/io/json_config.h"
#include "graph/io/kg_file.h"
#include "graph/io/kg_file_format.h"
#include "graph/io/renumbering.h"

#include <charconv>
#include <fmt/format.h>
#include <rapidjson/filewritestream.h>
#include <vector>

namespace kg::graph {

namespace {

namespace fmtk = file_format;
namespace rj = rapidjson;

constexpr std::size_t kStreamBuffer = 1 << 16;

class GraphWriter {
public:
    GraphWriter(const KnowledgeGraph& graph, const std::filesystem::path& path, std::FILE* file)
        : graph_(graph), path_(path), ids_(graph), stream_(file, buffer_.data(), buffer_.size()),
          writer_(stream_) {}

    void write() {
        writer_.StartObject();
        key(fmtk::kKeyFormat);
        writer_.String(fmtk::kFormatName.data(), fmtk::kFormatName.size());
        key(fmtk::kKeyVersion);
        writer_.Uint(fmtk::kVersion);
        writeCounts();
        writeStrings();
        writeEntities();
        writeRelations();
        writeLog();
        writer_.EndObject();
        stream_.Flush();
    }

private:
    void key(std::string_view k) { writer_.Key(k.data(), static_cast<rj::SizeType>(k.size())); }

    void writeCounts() {
        key(fmtk::kKeyCounts);
        writer_.StartObject();
        key(fmtk::kKeyStrings);
        writer_.Uint(ids_.symbolCount());
        key(fmtk::kKeyEntities);
        writer_.Uint(ids_.entityCount());
        key(fmtk::kKeyRelations);
        writer_.Uint64(graph_.relationCount());
        writer_.EndObject();
    }

    void writeStrings() {
        key(fmtk::kKeyStrings);
        writer_.StartArray();
        const StringPool& pool = graph_.strings();
        for (Sym s = 0; s < pool.size(); ++s) {
            if (!ids_.usesSymbol(s))
                continue;
            std::string_view v = pool.view(s);
            if (!writer_.String(v.data(), static_cast<rj::SizeType>(v.size())))
                throw GraphFileError(fmt::format("cannot write {}: string {} is not valid UTF-8",
                                                 path_.string(), s));
        }
        writer_.EndArray();
    }

    void writeEntities() {
        key(fmtk::kKeyEntities);
        writer_.StartArray();
        for (EntityId id = 0; id < graph_.entityIdBound(); ++id) {
            if (!graph_.isLive(id))
                continue;
            const Entity& e = graph_.entity(id);
            writer_.StartArray();
            writer_.Uint(ids_.symbol(e.name));
            bool hasAliases = !e.aliases.empty();
            if (e.type != EntityType::Other || e.mentions != 0 || hasAliases)
                writer_.Uint(static_cast<unsigned>(e.type));
            if (e.mentions != 0 || hasAliases)
                writer_.Uint(e.mentions);
            for (Sym alias : e.aliases)
                writer_.Uint(ids_.symbol(alias));
            writer_.EndArray();
        }
        writer_.EndArray();
    }

    // How many fields a relation needs: everything up to its last non-default field.
    static std::size_t fieldsNeeded(const Relation& r) {
        using namespace fmtk;
        if (r.stance != Stance::Neutral)
            return kRelStance + 1;
        if (!r.mentions.empty())
            return kRelMentions + 1;
        if (!r.surfaces.empty())
            return kRelSurfaces + 1;
        if (r.confidence != 1.0f)
            return kRelConfidence + 1;
        if (r.support != 1)
            return kRelSupport + 1;
        if (r.qualifiers.place != kNoSym)
            return kRelPlace + 1;
        if (r.qualifiers.quantity != kNoSym)
            return kRelQuantity + 1;
        if (r.qualifiers.time != kNoSym)
            return kRelTime + 1;
        if (r.attributedTo != kNoId)
            return kRelAttributedTo + 1;
        if (r.modality != kNoSym)
            return kRelModality + 1;
        if (r.negated)
            return kRelNegated + 1;
        return kRelPredicate + 1;
    }

    void writeConfidence(float confidence) {
        // The shortest decimal that reads back as the same float (the reader parses at full
        // precision), so a round trip is exact and "0.8" stays "0.8".
        char text[32];
        auto end = std::to_chars(text, text + sizeof text, confidence).ptr;
        writer_.RawValue(text, static_cast<std::size_t>(end - text), rj::kNumberType);
    }

    void writeRelation(const Relation& r) {
        using namespace fmtk;
        std::size_t fields = fieldsNeeded(r);
        writer_.StartArray();
        writer_.Uint(ids_.entity(r.source));
        writer_.Uint(ids_.entity(r.target));
        writer_.Uint(ids_.symbol(r.predicate));
        for (std::size_t f = kRelNegated; f < fields; ++f) {
            switch (f) {
            case kRelNegated:
                writer_.Bool(r.negated);
                break;
            case kRelModality:
                writer_.Uint(ids_.symbol(r.modality));
                break;
            case kRelAttributedTo:
                if (r.attributedTo == kNoId)
                    writer_.Null();
                else
                    writer_.Uint(ids_.entity(r.attributedTo));
                break;
            case kRelTime:
                writer_.Uint(ids_.symbol(r.qualifiers.time));
                break;
            case kRelQuantity:
                writer_.Uint(ids_.symbol(r.qualifiers.quantity));
                break;
            case kRelPlace:
                writer_.Uint(ids_.symbol(r.qualifiers.place));
                break;
            case kRelSupport:
                writer_.Uint(r.support);
                break;
            case kRelConfidence:
                writeConfidence(r.confidence);
                break;
            case kRelSurfaces:
                writer_.StartArray();
                for (Sym s : r.surfaces)
                    writer_.Uint(ids_.symbol(s));
                writer_.EndArray();
                break;
            case kRelMentions:
                writer_.StartArray();
                for (const Mention& m : r.mentions)
                    writeMention(m);
                writer_.EndArray();
                break;
            case kRelStance:
                writer_.Uint(static_cast<unsigned>(r.stance));
                break;
            default:
                break;
            }
        }
        writer_.EndArray();
    }

    void writeMention(const Mention& m) {
        writer_.StartArray();
        writer_.Uint(ids_.symbol(m.doc));
        writer_.Uint(m.sentence);
        writer_.Uint(m.begin);
        writer_.Uint(m.end);
        writer_.Uint(ids_.symbol(m.text));
        writer_.Uint(ids_.symbol(m.date));
        writer_.Uint(ids_.symbol(m.source));
        writer_.EndArray();
    }

    void writeRelations() {
        key(fmtk::kKeyRelations);
        writer_.StartArray();
        for (RelationId id = 0; id < graph_.relationIdBound(); ++id)
            if (graph_.isLiveRelation(id))
                writeRelation(graph_.relation(id));
        writer_.EndArray();
    }

    void writeLog() {
        key(fmtk::kKeyLog);
        std::string log = curationLogToJson(graph_.curationLog());
        writer_.RawValue(log.data(), log.size(), rj::kArrayType);
    }

    const KnowledgeGraph& graph_;
    const std::filesystem::path& path_;
    Renumbering ids_;
    std::vector<char> buffer_ = std::vector<char>(kStreamBuffer);
    rj::FileWriteStream stream_;
    // Validating keeps the promise that every saved file reads back: the reader rejects
    // invalid UTF-8, so the writer must never produce it.
    rj::Writer<rj::FileWriteStream, rj::UTF8<>, rj::UTF8<>, rj::CrtAllocator,
               rj::kWriteValidateEncodingFlag>
        writer_;
};

} // namespace

bool isBinaryGraphPath(const std::filesystem::path& path) {
    return path.extension() == ".kgb";
}

void saveGraph(const KnowledgeGraph& graph, const std::filesystem::path& path) {
    if (isBinaryGraphPath(path))
        return saveBinaryGraph(graph, path);
    try {
        base::writeFileAtomically(path,
                                  [&](std::FILE* file) { GraphWriter(graph, path, file).write(); });
    } catch (const base::FileWriteError& e) {
        throw GraphFileError(e.what());
    } catch (const CurationError& e) {
        throw GraphFileError(fmt::format("cannot write {}: {}", path.string(), e.what()));
    }
}

} // namespace kg::graph
