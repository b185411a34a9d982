#pragma once
// Layout of the binary graph file (.kgb) shared by its writer, the mapped reader and the full
// loader (docs/file-format.md, "The binary form", is the specification; keep them in step).
//
// The file is a header, a table of sections and the sections: flat little-endian arrays, each
// starting on an 8-byte boundary, so a reader maps the file and uses the arrays in place.
#include "graph/ids.h"
#include "graph/knowledge_graph.h"
#include "graph/relation.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kg::graph::kgb {

inline constexpr std::array<char, 8> kMagic = {'K', 'G', 'B', 'I', 'N', 'A', 'R', 'Y'};
/// The version this build writes. Any change to the layout bumps it. Version 2 added the
/// CurationLog section; version 1 files, which end after TopEntities, still read (their log
/// empty).
inline constexpr std::uint32_t kVersion = 2;
inline constexpr std::uint32_t kOldestVersion = 1;

/// Sections, in the order the table lists them and the file holds them. Every one is required.
enum class Section : std::uint32_t {
    StringOffsets,      ///< u64[strings + 1]: string i is bytes [off[i], off[i+1])
    StringBytes,        ///< u8[]
    StringHash,         ///< u32[power of two]: open addressing on stringHash, slot = sym + 1
    EntityBySym,        ///< u32[strings]: the entity a string names or aliases, else kNoId
    EntityName,         ///< u32[entities]
    EntityType,         ///< u8[entities]
    EntityMentions,     ///< u32[entities]
    AliasOffsets,       ///< u32[entities + 1]
    Aliases,            ///< u32[]
    FoldedNames,        ///< FoldedName[], sorted: case-insensitive lookup
    RelSource,          ///< u32[relations], and so on for each column of a relation
    RelTarget,          ///<
    RelPredicate,       ///<
    RelModality,        ///<
    RelAttributedTo,    ///< kNoId when the fact is nobody's
    RelTime,            ///<
    RelQuantity,        ///<
    RelPlace,           ///<
    RelSupport,         ///<
    RelConfidence,      ///< f32[relations]
    RelFlags,           ///< u8[relations]: bit 0 negated, bits 1-2 stance
    SurfaceOffsets,     ///< u32[relations + 1]
    Surfaces,           ///< u32[]
    MentionOffsets,     ///< u32[relations + 1]
    Mentions,           ///< Mention[]
    OutOffsets,         ///< u32[entities + 1]: CSR by source
    OutEdges,           ///< EdgeView[relations], by source then relation id
    InOffsets,          ///< u32[entities + 1]: CSR by target
    InEdges,            ///< EdgeView[relations], by target then relation id
    Predicates,         ///< PredicateEntry[], by predicate symbol
    PredicateRelations, ///< u32[relations]: relation ids grouped as Predicates says, ascending
    Summary,            ///< Summary[1]: the figures of `kg stats` that need a whole pass
    TopEntities,        ///< TopEntity[]: up to kTopEntities by degree, highest first
    CurationLog,        ///< u8[]: the curation log as the JSON text of the .kg file's "log"
    Count
};
inline constexpr std::size_t kSectionCount = static_cast<std::size_t>(Section::Count);
/// How many sections a file of `version` holds.
inline constexpr std::size_t sectionCount(std::uint32_t version) {
    return version == 1 ? static_cast<std::size_t>(Section::CurationLog) : kSectionCount;
}

inline constexpr std::uint8_t kFlagNegated = 1;
inline constexpr unsigned kStanceShift = 1;
/// `kg stats --top N` up to this N reads the stored list; beyond it, the degrees.
inline constexpr std::size_t kTopEntities = 100;

struct Header {
    std::array<char, 8> magic;
    std::uint32_t version;
    std::uint32_t sectionCount;
    std::uint64_t fileSize;
    std::uint64_t strings;
    std::uint64_t entities;
    std::uint64_t relations;
    std::uint64_t checksum; ///< of the header (this field 0) and the section table
};

struct SectionEntry {
    std::uint32_t kind;
    std::uint32_t elementSize;
    std::uint64_t offset;
    std::uint64_t count; ///< elements
    std::uint64_t checksum;
};

struct FoldedName {
    std::uint64_t hash; ///< stringHash of the folded name or alias
    std::uint32_t entity;
    std::uint32_t unused;
};

struct PredicateEntry {
    std::uint32_t predicate;
    std::uint32_t first; ///< into PredicateRelations
    std::uint32_t count;
};

struct Summary {
    std::uint64_t mentions;
    std::uint64_t components;
    std::uint64_t largestComponent;
    std::uint64_t withAliases;
    std::array<std::uint64_t, 16> entitiesByType;
};

struct TopEntity {
    std::uint32_t entity;
    std::uint32_t degree;
};

// The mapped reader hands out these in-memory types straight from the file.
static_assert(sizeof(Header) == 56);
static_assert(sizeof(SectionEntry) == 32);
static_assert(sizeof(Mention) == 28 && alignof(Mention) == 4);
static_assert(sizeof(EdgeView) == 12 && alignof(EdgeView) == 4);
static_assert(kAllEntityTypes.size() <= 16);

/// The hash of names in StringHash and FoldedNames: FNV-1a, fixed here so files do not depend on
/// the standard library's std::hash.
std::uint64_t stringHash(std::string_view s);
/// The checksum of a section's bytes and of the header.
std::uint64_t checksum(const void* data, std::size_t bytes);

} // namespace kg::graph::kgb
