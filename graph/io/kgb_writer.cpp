// saveBinaryGraph: lays the graph out as the flat arrays of kgb_format.h (the same dense
// numbering as the JSON form); writeColumns derives the indexes and the summary from the
// primary columns, computes each section's checksum and writes header, table and sections
// through an AtomicFile.
#include "base/atomic_file.h"
#include "base/case_fold.h"
#include "graph/curation.h"
#include "graph/io/curation_log_json.h"
#include "graph/io/kg_file.h"
#include "graph/io/kgb_columns.h"
#include "graph/io/renumbering.h"
#include "graph/stats_parts.h"

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

/// The primary columns of a graph, numbered as Renumbering says.
kgb::Columns columnsOf(const KnowledgeGraph& g) {
    Renumbering ids(g);
    kgb::Columns c;
    auto symbol = [&](Sym s) { return ids.symbol(s); };
    auto entity = [&](EntityId id) { return id == kNoId ? kNoId : ids.entity(id); };
    const StringPool& pool = g.strings();
    for (Sym s = 0; s < pool.size(); ++s) {
        if (!ids.usesSymbol(s))
            continue;
        std::string_view v = pool.view(s);
        c.stringBytes.insert(c.stringBytes.end(), v.begin(), v.end());
        c.stringOffsets.push_back(c.stringBytes.size());
    }
    for (EntityId id = 0; id < g.entityIdBound(); ++id) {
        if (!g.isLive(id))
            continue;
        const Entity& e = g.entity(id);
        c.entityName.push_back(symbol(e.name));
        c.entityType.push_back(static_cast<std::uint8_t>(e.type));
        c.entityMentions.push_back(e.mentions);
        for (Sym alias : e.aliases)
            c.aliases.push_back(symbol(alias));
        c.aliasOffsets.push_back(static_cast<std::uint32_t>(c.aliases.size()));
    }
    for (RelationId id = 0; id < g.relationIdBound(); ++id) {
        if (!g.isLiveRelation(id))
            continue;
        const Relation& r = g.relation(id);
        c.relSource.push_back(entity(r.source));
        c.relTarget.push_back(entity(r.target));
        c.relPredicate.push_back(symbol(r.predicate));
        c.relModality.push_back(symbol(r.modality));
        c.relAttributedTo.push_back(entity(r.attributedTo));
        c.relTime.push_back(symbol(r.qualifiers.time));
        c.relQuantity.push_back(symbol(r.qualifiers.quantity));
        c.relPlace.push_back(symbol(r.qualifiers.place));
        c.relSupport.push_back(r.support);
        c.relConfidence.push_back(r.confidence);
        c.relFlags.push_back(
            static_cast<std::uint8_t>((r.negated ? kgb::kFlagNegated : 0) |
                                      (static_cast<unsigned>(r.stance) << kgb::kStanceShift)));
        for (Sym s : r.surfaces)
            c.surfaces.push_back(symbol(s));
        c.surfaceOffsets.push_back(static_cast<std::uint32_t>(c.surfaces.size()));
        for (Mention m : r.mentions) {
            m.doc = symbol(m.doc);
            m.text = symbol(m.text);
            m.date = symbol(m.date);
            m.source = symbol(m.source);
            c.mentions.push_back(m);
        }
        c.mentionOffsets.push_back(static_cast<std::uint32_t>(c.mentions.size()));
    }
    // No section bytes for an empty log, so a graph with none is the file the bulk import writes.
    if (!g.curationLog().empty()) {
        std::string log = curationLogToJson(g.curationLog());
        c.curationLog.assign(log.begin(), log.end());
    }
    return c;
}

class BinaryLayout {
public:
    explicit BinaryLayout(kgb::Columns&& columns) : c_(std::move(columns)) {
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
        header.strings = c_.stringCount();
        header.entities = c_.entityName.size();
        header.relations = c_.relSource.size();
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

    void layStrings() {
        const std::size_t count = c_.stringCount();
        stringHash_.assign(std::bit_ceil(std::max<std::size_t>(2 * count, 2)), 0);
        const std::size_t mask = stringHash_.size() - 1;
        for (std::size_t i = 0; i < count; ++i) {
            std::size_t slot = kgb::stringHash(c_.string(static_cast<std::uint32_t>(i))) & mask;
            while (stringHash_[slot] != 0)
                slot = (slot + 1) & mask;
            stringHash_[slot] = static_cast<std::uint32_t>(i + 1);
        }
        section(Section::StringOffsets, c_.stringOffsets);
        section(Section::StringBytes, c_.stringBytes);
        section(Section::StringHash, stringHash_);
    }

    void layEntities() {
        entityBySym_.assign(c_.stringCount(), kNoId);
        for (std::uint32_t e = 0; e < c_.entityName.size(); ++e) {
            nameEntity(c_.entityName[e], e);
            for (std::uint32_t a = c_.aliasOffsets[e]; a < c_.aliasOffsets[e + 1]; ++a)
                nameEntity(c_.aliases[a], e);
        }
        std::sort(folded_.begin(), folded_.end(), [](const auto& a, const auto& b) {
            return a.hash != b.hash ? a.hash < b.hash : a.entity < b.entity;
        });
        section(Section::EntityBySym, entityBySym_);
        section(Section::EntityName, c_.entityName);
        section(Section::EntityType, c_.entityType);
        section(Section::EntityMentions, c_.entityMentions);
        section(Section::AliasOffsets, c_.aliasOffsets);
        section(Section::Aliases, c_.aliases);
        section(Section::FoldedNames, folded_);
    }
    void nameEntity(std::uint32_t name, std::uint32_t entity) {
        entityBySym_[name] = entity;
        folded_.push_back({kgb::stringHash(base::foldCase(c_.string(name))), entity, 0});
    }

    void layRelations() {
        section(Section::RelSource, c_.relSource);
        section(Section::RelTarget, c_.relTarget);
        section(Section::RelPredicate, c_.relPredicate);
        section(Section::RelModality, c_.relModality);
        section(Section::RelAttributedTo, c_.relAttributedTo);
        section(Section::RelTime, c_.relTime);
        section(Section::RelQuantity, c_.relQuantity);
        section(Section::RelPlace, c_.relPlace);
        section(Section::RelSupport, c_.relSupport);
        section(Section::RelConfidence, c_.relConfidence);
        section(Section::RelFlags, c_.relFlags);
        section(Section::SurfaceOffsets, c_.surfaceOffsets);
        section(Section::Surfaces, c_.surfaces);
        section(Section::MentionOffsets, c_.mentionOffsets);
        section(Section::Mentions, c_.mentions);
        section(Section::CurationLog, c_.curationLog);
    }

    /// Counting sort of the relations by one end: edges of an entity stay in relation order.
    void layCsr(const std::vector<std::uint32_t>& from, const std::vector<std::uint32_t>& to,
                std::vector<std::uint32_t>& offsets, std::vector<EdgeView>& edges) const {
        offsets.assign(c_.entityName.size() + 1, 0);
        for (std::uint32_t e : from)
            ++offsets[e + 1];
        for (std::size_t i = 1; i < offsets.size(); ++i)
            offsets[i] += offsets[i - 1];
        std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
        edges.resize(from.size());
        for (std::size_t r = 0; r < from.size(); ++r)
            edges[next[from[r]]++] = {static_cast<RelationId>(r), c_.relPredicate[r], to[r]};
    }
    void layAdjacency() {
        layCsr(c_.relSource, c_.relTarget, outOffsets_, outEdges_);
        layCsr(c_.relTarget, c_.relSource, inOffsets_, inEdges_);
        section(Section::OutOffsets, outOffsets_);
        section(Section::OutEdges, outEdges_);
        section(Section::InOffsets, inOffsets_);
        section(Section::InEdges, inEdges_);
    }

    void layPredicates() {
        std::vector<std::uint32_t> count(c_.stringCount(), 0);
        for (std::uint32_t p : c_.relPredicate)
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
        predicateRelations_.resize(c_.relPredicate.size());
        for (std::size_t r = 0; r < c_.relPredicate.size(); ++r)
            predicateRelations_[next[c_.relPredicate[r]]++] = static_cast<RelationId>(r);
        section(Section::Predicates, predicates_);
        section(Section::PredicateRelations, predicateRelations_);
    }

    // The figures of computeStats (graph/stats.cpp) that need a whole pass, from the columns.
    void laySummary() {
        const auto entities = static_cast<EntityId>(c_.entityName.size());
        kgb::Summary& s = summary_.emplace_back();
        s.mentions = c_.mentions.size();
        UnionFind components(entities);
        for (std::size_t r = 0; r < c_.relSource.size(); ++r)
            components.join(c_.relSource[r], c_.relTarget[r]);
        for (EntityId e = 0; e < entities; ++e) {
            ++s.entitiesByType[c_.entityType[e]];
            if (c_.aliasOffsets[e + 1] > c_.aliasOffsets[e])
                ++s.withAliases;
            if (components.find(e) == e) {
                ++s.components;
                s.largestComponent =
                    std::max<std::uint64_t>(s.largestComponent, components.sizeOf(e));
            }
        }
        auto degree = [&](EntityId e) -> std::optional<std::size_t> {
            return (outOffsets_[e + 1] - outOffsets_[e]) + (inOffsets_[e + 1] - inOffsets_[e]);
        };
        for (const auto& [id, d] : topByDegree(entities, kgb::kTopEntities, degree))
            top_.push_back({id, static_cast<std::uint32_t>(d)});
        section(Section::Summary, summary_);
        section(Section::TopEntities, top_);
    }

    kgb::Columns c_;
    std::array<SectionBytes, kgb::kSectionCount> sections_{};
    std::vector<std::uint32_t> stringHash_, entityBySym_;
    std::vector<kgb::FoldedName> folded_;
    std::vector<std::uint32_t> outOffsets_, inOffsets_;
    std::vector<EdgeView> outEdges_, inEdges_;
    std::vector<kgb::PredicateEntry> predicates_;
    std::vector<RelationId> predicateRelations_;
    std::vector<kgb::Summary> summary_;
    std::vector<kgb::TopEntity> top_;
};

} // namespace

namespace kgb {

void writeColumns(Columns&& columns, const std::filesystem::path& path) {
    BinaryLayout layout(std::move(columns));
    try {
        base::writeFileAtomically(path, [&](std::FILE* file) { layout.write(file); });
    } catch (const base::FileWriteError& e) {
        throw GraphFileError(e.what());
    }
}

} // namespace kgb

void saveBinaryGraph(const KnowledgeGraph& graph, const std::filesystem::path& path) {
    kgb::Columns columns;
    try {
        columns = columnsOf(graph);
    } catch (const CurationError& e) {
        throw GraphFileError(fmt::format("cannot write {}: {}", path.string(), e.what()));
    }
    kgb::writeColumns(std::move(columns), path);
}

} // namespace kg::graph
