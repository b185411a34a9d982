#pragma once
// Constants of the .kg file layout shared by its writer and reader (docs/file-format.md is the
// specification; keep the two in step).
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kg::graph::file_format {

inline constexpr std::string_view kFormatName = "kg-graph";
/// The version this build writes and the newest it reads. Any change to the layout bumps it.
/// Version 2 added the relation's stance (kRelStance); version 3 the curation log (kKeyLog).
/// Version 1 and 2 files still load: their facts neutral (version 1), their log empty.
inline constexpr std::uint32_t kVersion = 3;
/// The first version whose files end with the "log" key.
inline constexpr std::uint32_t kFirstVersionWithLog = 3;

/// Top-level keys, in the order they must appear.
inline constexpr std::string_view kKeyFormat = "format";
inline constexpr std::string_view kKeyVersion = "version";
inline constexpr std::string_view kKeyCounts = "counts";
inline constexpr std::string_view kKeyStrings = "strings";
inline constexpr std::string_view kKeyEntities = "entities";
inline constexpr std::string_view kKeyRelations = "relations";
inline constexpr std::string_view kKeyLog = "log";

/// Positions inside an entity array: [name, type, mentions, alias...]. Trailing fields that
/// hold their default may be left out; aliases run to the end of the array.
enum EntityField : std::size_t { kEntityName, kEntityType, kEntityMentions, kEntityFirstAlias };

/// Positions inside a relation array; every field after kRelPredicate may be left out when it
/// and all fields after it hold their defaults.
enum RelationField : std::size_t {
    kRelSource,
    kRelTarget,
    kRelPredicate,
    kRelNegated,
    kRelModality,
    kRelAttributedTo,
    kRelTime,
    kRelQuantity,
    kRelPlace,
    kRelSupport,
    kRelConfidence,
    kRelSurfaces,
    kRelMentions,
    kRelStance, ///< version 2 on: 0 neutral, 1 support, 2 oppose
    kRelFieldCount
};

/// A mention is always complete: [doc, sentence, begin, end, text, date, source].
inline constexpr std::size_t kMentionFieldCount = 7;

} // namespace kg::graph::file_format
