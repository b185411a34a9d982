// saveBinaryGraph: lays the graph out as the flat arrays of kgb_format.h (the same dense
// numbering as the JSON form), computes each section's checksum and writes header, table and
// sections through an AtomicFile.
#include "base/atomic_file.h"
#include "base/case_fold.h"
#include "graph/io/kg_file.h"
#include "graph/io/kgb_format.h"
#include "graph/io/renumbering.h"
#include "graph/stats.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <fmt/format.h>
#include <vector>

namespace kg::graph {

namespace {

using kgb::Section;

/// Where one section's bytes are while the file is written.
struct SectionBytes {
    const void* data = nullptr;
    std::uint32_t elementSize = 0;
    std::uint64_t count = 0;
};

class BinaryLayout {
public:
    explicit BinaryLayout(const KnowledgeGraph& g) : g_(g), ids_(g) {
        layStrings();
        layEntities();
        layRelations();
        layAdjacency();
        layPredicates();
        laySummary();
    }

    void write(std::FILE* file) const {
        kgb::Header header{};
        header.magic = kgb::kMagic;
        header.version = kgb::kVersion;
        header.sectionCount = kgb::kSectionCount;
        header.strings = stringOffsets_.size() - 1;
        header.entities = entityName_.size();
        header.relations = relSource_.size();
        std::vector<kgb::SectionEntry> table(kgb::kSectionCount);
        std::uint64_t offset = sizeof header + table.size() * sizeof(kgb::SectionEntry);
        for (std::size_t i = 0; i < kgb::kSectionCount; ++i) {
            const SectionBytes& s = sections_[i];
            std::size_t bytes = s.count * s.elementSize;
            table[i] = {static_cast<std::uint32_t>(i), s.elementSize, offset, s.count,
                        kgb::checksum(s.data, bytes)};
            offset += padded(bytes);
        }
        header.fileSize = offset;
        header.checksum = kgb::checksum(&header, sizeof header) ^
                          kgb::checksum(table.data(), table.size() * sizeof(kgb::SectionEntry));
        put(file, &header, sizeof header);
        put(file, table.data(), table.size() * sizeof(kgb::SectionEntry));
        static constexpr char kZeros[8] = {};
        for (const SectionBytes& s : sections_) {
            std::size_t bytes = s.count * s.elementSize;
            put(file, s.data, bytes);
            put(file, kZeros, padded(bytes) - bytes);
        }
    }

private:
    static std::uint64_t padded(std::uint64_t bytes) { return (bytes + 7) / 8 * 8; }
    static void put(std::FILE* file, const void* data, std::size_t bytes) {
        if (bytes != 0)
            std::fwrite(data, 1, bytes, file); // AtomicFile::commit reports a failed write
    }
    template <class T> void section(Section s, const std::vector<T>& values) {
        sections_[static_cast<std::size_t>(s)] = {values.data(), sizeof(T), values.size()};
    }
    std::uint32_t symbol(Sym s) const { return ids_.symbol(s); }
    std::uint32_t entity(EntityId id) const { return id == kNoId ? kNoId : ids_.entity(id); }

    void layStrings() {
        const StringPool& pool = g_.strings();
        stringOffsets_.push_back(0);
        for (Sym s = 0; s < pool.size(); ++s) {
            if (!ids_.usesSymbol(s))
                continue;
            std::string_view v = pool.view(s);
            stringBytes_.insert(stringBytes_.end(), v.begin(), v.end());
            stringOffsets_.push_back(stringBytes_.size());
        }
        const std::size_t count = stringOffsets_.size() - 1;
        stringHash_.assign(std::bit_ceil(std::max<std::size_t>(2 * count, 2)), 0);
        const std::size_t mask = stringHash_.size() - 1;
        for (std::size_t i = 0; i < count; ++i) {
            std::string_view v(stringBytes_.data() + stringOffsets_[i],
                               stringOffsets_[i + 1] - stringOffsets_[i]);
            std::size_t slot = kgb::stringHash(v) & mask;
            while (stringHash_[slot] != 0)
                slot = (slot + 1) & mask;
            stringHash_[slot] = static_cast<std::uint32_t>(i + 1);
        }
        section(Section::StringOffsets, stringOffsets_);
        section(Section::StringBytes, stringBytes_);
        section(Section::StringHash, stringHash_);
    }

    void layEntities() {
        entityBySym_.assign(stringOffsets_.size() - 1, kNoId);
        aliasOffsets_.push_back(0);
        for (EntityId id = 0; id < g_.entityIdBound(); ++id) {
            if (!g_.isLive(id))
                continue;
            const Entity& e = g_.entity(id);
            const auto now = static_cast<std::uint32_t>(entityName_.size());
            entityName_.push_back(symbol(e.name));
            entityType_.push_back(static_cast<std::uint8_t>(e.type));
            entityMentions_.push_back(e.mentions);
            nameEntity(e.name, now);
            for (Sym alias : e.aliases) {
                aliases_.push_back(symbol(alias));
                nameEntity(alias, now);
            }
            aliasOffsets_.push_back(static_cast<std::uint32_t>(aliases_.size()));
        }
        std::sort(folded_.begin(), folded_.end(), [](const auto& a, const auto& b) {
            return a.hash != b.hash ? a.hash < b.hash : a.entity < b.entity;
        });
        section(Section::EntityBySym, entityBySym_);
        section(Section::EntityName, entityName_);
        section(Section::EntityType, entityType_);
        section(Section::EntityMentions, entityMentions_);
        section(Section::AliasOffsets, aliasOffsets_);
        section(Section::Aliases, aliases_);
        section(Section::FoldedNames, folded_);
    }
    void nameEntity(Sym name, std::uint32_t entity) {
        entityBySym_[symbol(name)] = entity;
        folded_.push_back({kgb::stringHash(base::foldCase(g_.str(name))), entity, 0});
    }

    void layRelations() {
        surfaceOffsets_.push_back(0);
        mentionOffsets_.push_back(0);
        for (RelationId id = 0; id < g_.relationIdBound(); ++id) {
            if (!g_.isLiveRelation(id))
                continue;
            const Relation& r = g_.relation(id);
            relSource_.push_back(entity(r.source));
            relTarget_.push_back(entity(r.target));
            relPredicate_.push_back(symbol(r.predicate));
            relModality_.push_back(symbol(r.modality));
            relAttributedTo_.push_back(entity(r.attributedTo));
            relTime_.push_back(symbol(r.qualifiers.time));
            relQuantity_.push_back(symbol(r.qualifiers.quantity));
            relPlace_.push_back(symbol(r.qualifiers.place));
            relSupport_.push_back(r.support);
            relConfidence_.push_back(r.confidence);
            relFlags_.push_back(
                static_cast<std::uint8_t>((r.negated ? kgb::kFlagNegated : 0) |
                                          (static_cast<unsigned>(r.stance) << kgb::kStanceShift)));
            for (Sym s : r.surfaces)
                surfaces_.push_back(symbol(s));
            surfaceOffsets_.push_back(static_cast<std::uint32_t>(surfaces_.size()));
            for (Mention m : r.mentions) {
                m.doc = symbol(m.doc);
                m.text = symbol(m.text);
                m.date = symbol(m.date);
                m.source = symbol(m.source);
                mentions_.push_back(m);
            }
            mentionOffsets_.push_back(static_cast<std::uint32_t>(mentions_.size()));
        }
        section(Section::RelSource, relSource_);
        section(Section::RelTarget, relTarget_);
        section(Section::RelPredicate, relPredicate_);
        section(Section::RelModality, relModality_);
        section(Section::RelAttributedTo, relAttributedTo_);
        section(Section::RelTime, relTime_);
        section(Section::RelQuantity, relQuantity_);
        section(Section::RelPlace, relPlace_);
        section(Section::RelSupport, relSupport_);
        section(Section::RelConfidence, relConfidence_);
        section(Section::RelFlags, relFlags_);
        section(Section::SurfaceOffsets, surfaceOffsets_);
        section(Section::Surfaces, surfaces_);
        section(Section::MentionOffsets, mentionOffsets_);
        section(Section::Mentions, mentions_);
    }

    /// Counting sort of the relations by one end: edges of an entity stay in relation order.
    void layCsr(const std::vector<std::uint32_t>& from, const std::vector<std::uint32_t>& to,
                std::vector<std::uint32_t>& offsets, std::vector<EdgeView>& edges) const {
        offsets.assign(entityName_.size() + 1, 0);
        for (std::uint32_t e : from)
            ++offsets[e + 1];
        for (std::size_t i = 1; i < offsets.size(); ++i)
            offsets[i] += offsets[i - 1];
        std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
        edges.resize(from.size());
        for (std::size_t r = 0; r < from.size(); ++r)
            edges[next[from[r]]++] = {static_cast<RelationId>(r), relPredicate_[r], to[r]};
    }
    void layAdjacency() {
        layCsr(relSource_, relTarget_, outOffsets_, outEdges_);
        layCsr(relTarget_, relSource_, inOffsets_, inEdges_);
        section(Section::OutOffsets, outOffsets_);
        section(Section::OutEdges, outEdges_);
        section(Section::InOffsets, inOffsets_);
        section(Section::InEdges, inEdges_);
    }

    void layPredicates() {
        std::vector<std::uint32_t> count(stringOffsets_.size() - 1, 0);
        for (std::uint32_t p : relPredicate_)
            ++count[p];
        std::vector<std::uint32_t> next(count.size(), 0);
        std::uint32_t first = 0;
        for (std::uint32_t p = 0; p < count.size(); ++p) {
            if (count[p] == 0)
                continue;
            predicates_.push_back({p, first, count[p]});
            next[p] = first;
            first += count[p];
        }
        predicateRelations_.resize(relPredicate_.size());
        for (std::size_t r = 0; r < relPredicate_.size(); ++r)
            predicateRelations_[next[relPredicate_[r]]++] = static_cast<RelationId>(r);
        section(Section::Predicates, predicates_);
        section(Section::PredicateRelations, predicateRelations_);
    }

    void laySummary() {
        GraphStats stats = computeStats(g_, kgb::kTopEntities);
        kgb::Summary& s = summary_.emplace_back();
        s.mentions = stats.mentions;
        s.components = stats.components;
        s.largestComponent = stats.largestComponent;
        s.withAliases = stats.withAliases;
        for (std::size_t t = 0; t < stats.entitiesByType.size(); ++t)
            s.entitiesByType[t] = stats.entitiesByType[t];
        for (const auto& [id, degree] : stats.topEntities)
            top_.push_back({entity(id), static_cast<std::uint32_t>(degree)});
        section(Section::Summary, summary_);
        section(Section::TopEntities, top_);
    }

    const KnowledgeGraph& g_;
    Renumbering ids_;
    std::array<SectionBytes, kgb::kSectionCount> sections_{};
    std::vector<std::uint64_t> stringOffsets_;
    std::vector<char> stringBytes_;
    std::vector<std::uint32_t> stringHash_, entityBySym_, entityName_, entityMentions_,
        aliasOffsets_, aliases_;
    std::vector<std::uint8_t> entityType_, relFlags_;
    std::vector<kgb::FoldedName> folded_;
    std::vector<std::uint32_t> relSource_, relTarget_, relPredicate_, relModality_,
        relAttributedTo_, relTime_, relQuantity_, relPlace_, relSupport_;
    std::vector<float> relConfidence_;
    std::vector<std::uint32_t> surfaceOffsets_, surfaces_, mentionOffsets_;
    std::vector<Mention> mentions_;
    std::vector<std::uint32_t> outOffsets_, inOffsets_;
    std::vector<EdgeView> outEdges_, inEdges_;
    std::vector<kgb::PredicateEntry> predicates_;
    std::vector<RelationId> predicateRelations_;
    std::vector<kgb::Summary> summary_;
    std::vector<kgb::TopEntity> top_;
};

} // namespace

void saveBinaryGraph(const KnowledgeGraph& graph, const std::filesystem::path& path) {
    BinaryLayout layout(graph);
    try {
        base::writeFileAtomically(path, [&](std::FILE* file) { layout.write(file); });
    } catch (const base::FileWriteError& e) {
        throw GraphFileError(e.what());
    }
}

} // namespace kg::graph
