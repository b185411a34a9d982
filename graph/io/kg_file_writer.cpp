// saveGraph: streams the graph through RapidJSON's Writer into an AtomicFile. Only live objects
// are written, renumbered densely, so a saved graph carries no tombstones and no strings that
// nothing refers to any more.
#include "base/atomic_file.h"
#include "graph/io/json_config.h"
#include "graph/io/kg_file.h"
#include "graph/io/kg_file_format.h"

#include <charconv>
#include <fmt/format.h>
#include <rapidjson/filewritestream.h>
#include <vector>

namespace kg::graph {

namespace {

namespace fmtk = file_format;
namespace rj = rapidjson;

constexpr std::size_t kStreamBuffer = 1 << 16;

/// Dense new numbers for the strings and entities that live objects use.
class Renumbering {
public:
    explicit Renumbering(const KnowledgeGraph& g)
        : symbols_(g.strings().size(), kNoId), entities_(g.entityIdBound(), kNoId) {
        symbols_[kNoSym] = 0; // the empty string is always string 0
        for (EntityId id = 0; id < g.entityIdBound(); ++id) {
            if (!g.isLive(id))
                continue;
            const Entity& e = g.entity(id);
            entities_[id] = entityCount_++;
            use(e.name);
            for (Sym alias : e.aliases)
                use(alias);
        }
        for (RelationId id = 0; id < g.relationIdBound(); ++id) {
            if (!g.isLiveRelation(id))
                continue;
            const Relation& r = g.relation(id);
            use(r.predicate);
            use(r.modality);
            use(r.qualifiers.time);
            use(r.qualifiers.quantity);
            use(r.qualifiers.place);
            for (Sym s : r.surfaces)
                use(s);
            for (const Mention& m : r.mentions) {
                use(m.doc);
                use(m.text);
                use(m.date);
                use(m.source);
            }
        }
        // Number strings in pool order, so a graph saved twice gives the same file.
        std::uint32_t next = 0;
        for (std::uint32_t& slot : symbols_)
            if (slot != kNoId)
                slot = next++;
        symbolCount_ = next;
    }

    std::uint32_t symbol(Sym s) const { return symbols_[s]; }
    std::uint32_t entity(EntityId id) const { return entities_[id]; }
    bool usesSymbol(Sym s) const { return symbols_[s] != kNoId; }
    std::uint32_t symbolCount() const { return symbolCount_; }
    std::uint32_t entityCount() const { return entityCount_; }

private:
    void use(Sym s) { symbols_[s] = 0; }

    std::vector<std::uint32_t> symbols_; // old Sym -> new index; kNoId = unused
    std::vector<std::uint32_t> entities_;
    std::uint32_t symbolCount_ = 0;
    std::uint32_t entityCount_ = 0;
};

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

void saveGraph(const KnowledgeGraph& graph, const std::filesystem::path& path) {
    try {
        base::writeFileAtomically(path,
                                  [&](std::FILE* file) { GraphWriter(graph, path, file).write(); });
    } catch (const base::FileWriteError& e) {
        throw GraphFileError(e.what());
    }
}

} // namespace kg::graph
