#pragma once
// MappedGraph: a binary graph file (.kgb) opened read-only with mmap. Opening checks the header,
// its checksum and that every section lies inside the file with the size the counts demand; the
// arrays are then used in place, so a command pages in only what it reads. Every index read from
// the file is checked before it is used as one, so a corrupt file gives a GraphFileError, never
// a crash; verify() compares every section with its checksum (the full loader calls it).
#include "graph/entity.h"
#include "graph/io/kgb_format.h"
#include "graph/knowledge_graph.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kg::graph {

class MappedGraph {
public:
    /// Throws GraphFileError naming the file when it is not a binary graph of this version, or
    /// is cut short or corrupt in its header.
    explicit MappedGraph(const std::filesystem::path& path);
    MappedGraph(const MappedGraph&) = delete;
    MappedGraph& operator=(const MappedGraph&) = delete;
    ~MappedGraph();

    /// True when the file starts like a binary graph (the magic bytes), whatever its version.
    static bool looksBinary(const std::filesystem::path& path);

    /// Checks every section against its checksum and every stored index against the table it
    /// points into; throws GraphFileError at the first difference. Reads the whole file.
    void verify() const;

    const std::string& path() const { return path_; }

    // ---- strings -------------------------------------------------------------------------
    std::size_t stringCount() const { return header_.strings; }
    std::string_view str(Sym s) const;
    std::optional<Sym> findSym(std::string_view s) const;

    // ---- entities ------------------------------------------------------------------------
    std::size_t entityCount() const { return header_.entities; }
    Sym entityName(EntityId id) const {
        return sym(column<std::uint32_t>(kgb::Section::EntityName, id));
    }
    EntityType entityType(EntityId id) const;
    std::uint32_t entityMentions(EntityId id) const {
        return column<std::uint32_t>(kgb::Section::EntityMentions, id);
    }
    std::span<const Sym> aliases(EntityId id) const {
        return range<Sym>(kgb::Section::AliasOffsets, kgb::Section::Aliases, id);
    }
    std::optional<EntityId> findEntity(std::string_view nameOrAlias) const;
    std::optional<EntityId> findEntityIgnoreCase(std::string_view nameOrAlias) const;

    // ---- relations -----------------------------------------------------------------------
    std::size_t relationCount() const { return header_.relations; }
    /// The relation's record; surfaces and mentions are left empty (see surfaces(), mentions()).
    Relation relationRecord(RelationId id) const;
    EntityId relationSource(RelationId id) const {
        return entity(column<std::uint32_t>(kgb::Section::RelSource, id));
    }
    EntityId relationTarget(RelationId id) const {
        return entity(column<std::uint32_t>(kgb::Section::RelTarget, id));
    }
    Sym relationPredicate(RelationId id) const {
        return sym(column<std::uint32_t>(kgb::Section::RelPredicate, id));
    }
    std::span<const Sym> surfaces(RelationId id) const {
        return range<Sym>(kgb::Section::SurfaceOffsets, kgb::Section::Surfaces, id);
    }
    std::span<const Mention> mentions(RelationId id) const {
        return range<Mention>(kgb::Section::MentionOffsets, kgb::Section::Mentions, id);
    }

    // ---- adjacency and indexes ---------------------------------------------------------------
    std::span<const EdgeView> outEdges(EntityId id) const {
        return range<EdgeView>(kgb::Section::OutOffsets, kgb::Section::OutEdges, id);
    }
    std::span<const EdgeView> inEdges(EntityId id) const {
        return range<EdgeView>(kgb::Section::InOffsets, kgb::Section::InEdges, id);
    }
    /// Checks an edge read from outEdges/inEdges before its ids are used.
    EdgeView checked(EdgeView e) const;
    /// Live relations with this predicate, ascending.
    std::span<const RelationId> relationsWithPredicate(Sym predicate) const;
    std::size_t predicateCount(Sym predicate) const {
        return relationsWithPredicate(predicate).size();
    }
    /// Every predicate with its relation count, by symbol.
    std::span<const kgb::PredicateEntry> predicateTable() const {
        return all<kgb::PredicateEntry>(kgb::Section::Predicates);
    }

    const kgb::Summary& summary() const { return all<kgb::Summary>(kgb::Section::Summary)[0]; }
    std::span<const kgb::TopEntity> topEntities() const {
        return all<kgb::TopEntity>(kgb::Section::TopEntities);
    }

    /// The curation log's JSON text (empty in a version 1 file: no log).
    std::string_view curationLogText() const {
        auto bytes = all<char>(kgb::Section::CurationLog);
        return {bytes.data(), bytes.size()};
    }

    /// Throws the GraphFileError for a corrupt file: "<file>: corrupt binary graph: <what>".
    [[noreturn]] void corrupt(std::string_view what) const;

    /// Checks ids read from the file.
    Sym sym(std::uint32_t s) const {
        if (s >= header_.strings)
            corrupt("string index out of range");
        return s;
    }
    EntityId entity(std::uint32_t id) const {
        if (id >= header_.entities)
            corrupt("entity index out of range");
        return id;
    }

private:
    struct Array {
        const unsigned char* data = nullptr;
        std::uint64_t count = 0;
    };

    template <class T> std::span<const T> all(kgb::Section s) const {
        const Array& a = sections_[static_cast<std::size_t>(s)];
        return {reinterpret_cast<const T*>(a.data), static_cast<std::size_t>(a.count)};
    }
    template <class T> T column(kgb::Section s, std::size_t i) const {
        auto values = all<T>(s);
        if (i >= values.size())
            corrupt("index out of range");
        return values[i];
    }
    /// Elements [offsets[i], offsets[i+1]) of `items`, checked.
    template <class T>
    std::span<const T> range(kgb::Section offsets, kgb::Section items, std::size_t i) const {
        auto off = all<std::uint32_t>(offsets);
        auto values = all<T>(items);
        if (i + 1 >= off.size() || off[i] > off[i + 1] || off[i + 1] > values.size())
            corrupt("offsets out of order");
        return values.subspan(off[i], off[i + 1] - off[i]);
    }

    std::string path_;
    const unsigned char* map_ = nullptr;
    std::size_t mapSize_ = 0;
    kgb::Header header_{};
    std::size_t sectionCount_ = 0; ///< as the file's version has; the rest stay empty
    std::array<Array, kgb::kSectionCount> sections_{};
    std::array<std::uint64_t, kgb::kSectionCount> checksums_{};
};

} // namespace kg::graph
