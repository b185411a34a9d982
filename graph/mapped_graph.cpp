#include "graph/mapped_graph.h"

#include "base/case_fold.h"
#include "base/utf8.h"
#include "graph/io/kg_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::graph {

namespace {

using kgb::Section;

/// What each section must hold, given the header's counts: its element size and, where fixed,
/// its element count.
struct Expected {
    std::uint32_t elementSize;
    std::optional<std::uint64_t> count;
};

Expected expectedShape(Section s, const kgb::Header& h) {
    const std::uint64_t S = h.strings, E = h.entities, R = h.relations;
    switch (s) {
    case Section::StringOffsets:
        return {8, S + 1};
    case Section::StringBytes:
    case Section::CurationLog:
        return {1, std::nullopt};
    case Section::EntityType:
        return {1, E};
    case Section::RelFlags:
        return {1, R};
    case Section::StringHash:
    case Section::Aliases:
    case Section::Surfaces:
        return {4, std::nullopt};
    case Section::EntityBySym:
        return {4, S};
    case Section::EntityName:
    case Section::EntityMentions:
        return {4, E};
    case Section::AliasOffsets:
    case Section::OutOffsets:
    case Section::InOffsets:
        return {4, E + 1};
    case Section::FoldedNames:
        return {sizeof(kgb::FoldedName), std::nullopt};
    case Section::SurfaceOffsets:
    case Section::MentionOffsets:
        return {4, R + 1};
    case Section::Mentions:
        return {sizeof(Mention), std::nullopt};
    case Section::OutEdges:
    case Section::InEdges:
        return {sizeof(EdgeView), R};
    case Section::Predicates:
        return {sizeof(kgb::PredicateEntry), std::nullopt};
    case Section::Summary:
        return {sizeof(kgb::Summary), 1};
    case Section::TopEntities:
        return {sizeof(kgb::TopEntity), std::nullopt};
    default: // the relation columns and PredicateRelations
        return {4, R};
    }
}

} // namespace

bool MappedGraph::looksBinary(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    std::array<char, kgb::kMagic.size()> start{};
    bool binary = ::read(fd, start.data(), start.size()) == static_cast<ssize_t>(start.size()) &&
                  start == kgb::kMagic;
    ::close(fd);
    return binary;
}

MappedGraph::MappedGraph(const std::filesystem::path& path) : path_(path.string()) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw GraphFileError(fmt::format("cannot read {}: {}", path_, std::strerror(errno)));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw GraphFileError(fmt::format("cannot read {}: not a regular file", path_));
    }
    mapSize_ = static_cast<std::size_t>(info.st_size);
    if (mapSize_ < sizeof(kgb::Header)) {
        ::close(fd);
        throw GraphFileError(
            fmt::format("{}: the file is too short for a binary graph (truncated?)", path_));
    }
    void* map = ::mmap(nullptr, mapSize_, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED)
        throw GraphFileError(fmt::format("cannot map {}: {}", path_, std::strerror(errno)));
    map_ = static_cast<const unsigned char*>(map);
    try {
        std::memcpy(&header_, map_, sizeof header_);
        if (header_.magic != kgb::kMagic)
            corrupt("no binary graph header");
        if (header_.version < kgb::kOldestVersion || header_.version > kgb::kVersion)
            throw GraphFileError(fmt::format(
                "{}: binary graph version {} cannot be read by this kg (it reads versions {} to "
                "{}); convert it with the kg that wrote it",
                path_, header_.version, kgb::kOldestVersion, kgb::kVersion));
        sectionCount_ = kgb::sectionCount(header_.version);
        if (header_.fileSize != mapSize_)
            corrupt(fmt::format("the header says {} bytes, the file has {} (truncated?)",
                                header_.fileSize, mapSize_));
        if (header_.sectionCount != sectionCount_)
            corrupt(fmt::format("{} sections, not {}", header_.sectionCount, sectionCount_));
        const std::size_t tableEnd =
            sizeof(kgb::Header) + sectionCount_ * sizeof(kgb::SectionEntry);
        if (mapSize_ < tableEnd)
            corrupt("the section table is cut short (truncated?)");
        kgb::Header unsummed = header_;
        unsummed.checksum = 0;
        std::uint64_t sum =
            kgb::checksum(&unsummed, sizeof unsummed) ^
            kgb::checksum(map_ + sizeof(kgb::Header), tableEnd - sizeof(kgb::Header));
        if (sum != header_.checksum)
            corrupt("the header does not match its checksum");
        if (header_.strings == 0 || header_.strings > UINT32_MAX ||
            header_.entities >= UINT32_MAX || header_.relations >= UINT32_MAX)
            corrupt("counts out of range");
        for (std::size_t i = 0; i < sectionCount_; ++i) {
            kgb::SectionEntry entry;
            std::memcpy(&entry, map_ + sizeof(kgb::Header) + i * sizeof entry, sizeof entry);
            auto section = static_cast<Section>(i);
            Expected want = expectedShape(section, header_);
            if (entry.kind != i || entry.elementSize != want.elementSize)
                corrupt(fmt::format("section {} has the wrong kind or element size", i));
            if (want.count && entry.count != *want.count)
                corrupt(fmt::format("section {} holds {} elements, not {}", i, entry.count,
                                    *want.count));
            if (entry.offset % 8 != 0 || entry.offset < tableEnd || entry.offset > mapSize_ ||
                entry.count > (mapSize_ - entry.offset) / entry.elementSize)
                corrupt(fmt::format("section {} lies outside the file (truncated?)", i));
            sections_[i] = {map_ + entry.offset, entry.count};
            checksums_[i] = entry.checksum;
        }
        auto hash = all<std::uint32_t>(Section::StringHash);
        if (hash.empty() || (hash.size() & (hash.size() - 1)) != 0)
            corrupt("the string hash table is not a power of two");
        auto offsets = all<std::uint64_t>(Section::StringOffsets);
        if (offsets.front() != 0 || offsets.back() != sections_[1].count)
            corrupt("the string offsets do not span the string bytes");
    } catch (...) {
        ::munmap(const_cast<unsigned char*>(map_), mapSize_);
        throw;
    }
}

MappedGraph::~MappedGraph() {
    ::munmap(const_cast<unsigned char*>(map_), mapSize_);
}

void MappedGraph::corrupt(std::string_view what) const {
    throw GraphFileError(fmt::format("{}: corrupt binary graph: {}", path_, what));
}

std::string_view MappedGraph::str(Sym s) const {
    auto offsets = all<std::uint64_t>(Section::StringOffsets);
    if (s + 1 >= offsets.size() || offsets[s] > offsets[s + 1] ||
        offsets[s + 1] > sections_[static_cast<std::size_t>(Section::StringBytes)].count)
        corrupt("string offsets out of order");
    const auto* bytes = reinterpret_cast<const char*>(
        sections_[static_cast<std::size_t>(Section::StringBytes)].data);
    return {bytes + offsets[s], static_cast<std::size_t>(offsets[s + 1] - offsets[s])};
}

std::optional<Sym> MappedGraph::findSym(std::string_view s) const {
    auto table = all<std::uint32_t>(Section::StringHash);
    const std::size_t mask = table.size() - 1;
    std::size_t slot = kgb::stringHash(s) & mask;
    for (std::size_t probes = 0; probes < table.size(); ++probes, slot = (slot + 1) & mask) {
        if (table[slot] == 0)
            return std::nullopt;
        Sym candidate = sym(table[slot] - 1);
        if (str(candidate) == s)
            return candidate;
    }
    return std::nullopt;
}

EntityType MappedGraph::entityType(EntityId id) const {
    auto type = column<std::uint8_t>(Section::EntityType, id);
    if (type >= kAllEntityTypes.size())
        corrupt("entity type out of range");
    return kAllEntityTypes[type];
}

std::optional<EntityId> MappedGraph::findEntity(std::string_view nameOrAlias) const {
    auto s = findSym(nameOrAlias);
    if (!s)
        return std::nullopt;
    std::uint32_t id = column<std::uint32_t>(Section::EntityBySym, *s);
    if (id == kNoId)
        return std::nullopt;
    return entity(id);
}

std::optional<EntityId> MappedGraph::findEntityIgnoreCase(std::string_view nameOrAlias) const {
    if (auto exact = findEntity(nameOrAlias))
        return exact;
    std::string folded = base::foldCase(nameOrAlias);
    const std::uint64_t hash = kgb::stringHash(folded);
    auto names = all<kgb::FoldedName>(Section::FoldedNames);
    auto it =
        std::lower_bound(names.begin(), names.end(), hash,
                         [](const kgb::FoldedName& n, std::uint64_t h) { return n.hash < h; });
    // Sorted by hash then entity: the first that really matches is the lowest id.
    for (; it != names.end() && it->hash == hash; ++it) {
        EntityId id = entity(it->entity);
        if (base::foldCase(str(entityName(id))) == folded)
            return id;
        for (Sym alias : aliases(id))
            if (base::foldCase(str(sym(alias))) == folded)
                return id;
    }
    return std::nullopt;
}

Relation MappedGraph::relationRecord(RelationId id) const {
    Relation r;
    r.source = relationSource(id);
    r.target = relationTarget(id);
    r.predicate = relationPredicate(id);
    r.modality = sym(column<std::uint32_t>(Section::RelModality, id));
    std::uint32_t speaker = column<std::uint32_t>(Section::RelAttributedTo, id);
    r.attributedTo = speaker == kNoId ? kNoId : entity(speaker);
    r.qualifiers.time = sym(column<std::uint32_t>(Section::RelTime, id));
    r.qualifiers.quantity = sym(column<std::uint32_t>(Section::RelQuantity, id));
    r.qualifiers.place = sym(column<std::uint32_t>(Section::RelPlace, id));
    r.support = column<std::uint32_t>(Section::RelSupport, id);
    r.confidence = column<float>(Section::RelConfidence, id);
    std::uint8_t flags = column<std::uint8_t>(Section::RelFlags, id);
    r.negated = (flags & kgb::kFlagNegated) != 0;
    unsigned stance = flags >> kgb::kStanceShift;
    if (stance > static_cast<unsigned>(Stance::Oppose))
        corrupt("stance out of range");
    r.stance = static_cast<Stance>(stance);
    return r;
}

EdgeView MappedGraph::checked(EdgeView e) const {
    if (e.relation >= header_.relations)
        corrupt("relation index out of range");
    return {e.relation, sym(e.predicate), entity(e.other)};
}

std::span<const RelationId> MappedGraph::relationsWithPredicate(Sym predicate) const {
    auto table = predicateTable();
    auto it = std::lower_bound(table.begin(), table.end(), predicate,
                               [](const kgb::PredicateEntry& e, Sym p) { return e.predicate < p; });
    if (it == table.end() || it->predicate != predicate)
        return {};
    auto ids = all<RelationId>(Section::PredicateRelations);
    if (it->first > ids.size() || it->count > ids.size() - it->first)
        corrupt("predicate index out of range");
    return ids.subspan(it->first, it->count);
}

void MappedGraph::verify() const {
    for (std::size_t i = 0; i < sectionCount_; ++i) {
        const auto& entry = sections_[i];
        std::size_t bytes =
            entry.count * expectedShape(static_cast<Section>(i), header_).elementSize;
        if (kgb::checksum(entry.data, bytes) != checksums_[i])
            corrupt(fmt::format("section {} does not match its checksum", i));
    }
    for (Sym s = 0; s < header_.strings; ++s)
        if (auto bad = base::invalidUtf8At(str(s)))
            corrupt(fmt::format("string {} is not valid UTF-8 at byte {}", s, *bad));
    if (!str(0).empty())
        corrupt("string 0 is not empty");
}

} // namespace kg::graph
