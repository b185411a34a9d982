#include "graph/io/bulk_import.h"

#include "graph/entity.h"
#include "graph/io/fact_record.h"
#include "graph/io/import_lines.h"
#include "graph/io/kgb_columns.h"
#include "graph/io/tsv_record.h"
#include "graph/string_pool.h"

#include <bit>
#include <cstdio>

namespace kg::graph {

namespace {

/// Thrown from the line loop when a line needs the full import.
struct NeedsFullImport {};

/// Open addressing over indexes whose keys live elsewhere: a slot holds the key's index + 1
/// (0 = empty) under the top half of its hash, so `same(index)` (the caller's comparison of
/// the keys) runs only on a likely match. Doubles at half full.
class IndexTable {
public:
    IndexTable() : slots_(1 << 16, 0) {}
    template <class Same> std::uint32_t find(std::uint64_t hash, Same&& same) const {
        const std::uint64_t tag = hash >> 32 << 32;
        for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
            std::uint64_t s = slots_[i];
            if (s == 0)
                return kNoId;
            auto index = static_cast<std::uint32_t>(s) - 1;
            if ((s >> 32 << 32) == tag && same(index))
                return index;
        }
    }
    /// Adds an index known to be absent; `rehash(index)` gives a stored index's hash.
    template <class Rehash> void insert(std::uint64_t hash, std::uint32_t index, Rehash&& rehash) {
        if (2 * (used_ + 1) > slots_.size()) {
            std::vector<std::uint64_t> old(slots_.size() * 2, 0);
            old.swap(slots_);
            for (std::uint64_t s : old)
                if (s != 0)
                    place(rehash(static_cast<std::uint32_t>(s) - 1), static_cast<std::uint32_t>(s));
        }
        place(hash, index + 1);
        ++used_;
    }

private:
    std::size_t mask() const { return slots_.size() - 1; }
    void place(std::uint64_t hash, std::uint32_t stored) {
        std::size_t i = hash & mask();
        while (slots_[i] != 0)
            i = (i + 1) & mask();
        slots_[i] = (hash >> 32 << 32) | stored;
    }
    std::vector<std::uint64_t> slots_;
    std::size_t used_ = 0;
};

std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

class BulkTsv {
public:
    // String 0 is the empty string, which names nobody.
    BulkTsv() {
        c_.stringOffsets.push_back(0);
        entityOf_.push_back(kNoId);
    }

    LineResult importLine(std::string_view line) {
        if (!splitTsvLine(line, tsv_))
            return LineResult::Nothing;
        if (!tsv_.extra.empty())
            throw NeedsFullImport{};
        // The order the editable import interns in: subject, object, predicate.
        std::uint32_t source = entity(tsv_.subject);
        std::uint32_t target = entity(tsv_.object);
        std::uint32_t predicate = string(tsv_.predicate);
        addFact(source, predicate, target);
        return LineResult::Fact;
    }

    kgb::Columns& columns() { return c_; }
    std::uint64_t added() const { return c_.relSource.size(); }
    std::uint64_t merged() const { return merged_; }

private:
    std::uint32_t string(std::string_view s) {
        std::uint64_t hash = hashString(s);
        std::uint32_t found =
            strings_.find(hash, [&](std::uint32_t i) { return c_.string(i) == s; });
        if (found != kNoId)
            return found;
        auto index = static_cast<std::uint32_t>(c_.stringCount());
        c_.stringBytes.insert(c_.stringBytes.end(), s.begin(), s.end());
        c_.stringOffsets.push_back(c_.stringBytes.size());
        entityOf_.push_back(kNoId);
        strings_.insert(hash, index, [&](std::uint32_t i) { return hashString(c_.string(i)); });
        return index;
    }

    std::uint32_t entity(std::string_view name) {
        std::uint32_t s = string(name);
        if (entityOf_[s] == kNoId) {
            entityOf_[s] = static_cast<std::uint32_t>(c_.entityName.size());
            c_.entityName.push_back(s);
            c_.entityType.push_back(static_cast<std::uint8_t>(EntityType::Other));
            c_.entityMentions.push_back(0);
            c_.aliasOffsets.push_back(0);
        }
        return entityOf_[s];
    }

    // A plain fact seen again is the same relation with one more supporting source.
    void addFact(std::uint32_t source, std::uint32_t predicate, std::uint32_t target) {
        auto hashOf = [&](std::uint32_t s, std::uint32_t p, std::uint32_t t) {
            return mix((std::uint64_t{s} << 32 | t) ^ mix(p));
        };
        std::uint64_t hash = hashOf(source, predicate, target);
        std::uint32_t found = facts_.find(hash, [&](std::uint32_t r) {
            return c_.relSource[r] == source && c_.relTarget[r] == target &&
                   c_.relPredicate[r] == predicate;
        });
        if (found != kNoId) {
            ++c_.relSupport[found];
            ++merged_;
            return;
        }
        auto r = static_cast<std::uint32_t>(c_.relSource.size());
        c_.relSource.push_back(source);
        c_.relTarget.push_back(target);
        c_.relPredicate.push_back(predicate);
        c_.relSupport.push_back(1);
        facts_.insert(hash, r, [&](std::uint32_t i) {
            return hashOf(c_.relSource[i], c_.relPredicate[i], c_.relTarget[i]);
        });
    }

    kgb::Columns c_;
    TsvLine tsv_;
    IndexTable strings_, facts_;
    std::vector<std::uint32_t> entityOf_; // per string: the entity it names, or kNoId
    std::uint64_t merged_ = 0;
};

// The columns a plain triple leaves at their defaults, filled once at the end.
void fillDefaults(kgb::Columns& c) {
    const std::size_t n = c.relSource.size();
    c.relModality.assign(n, 0);
    c.relAttributedTo.assign(n, kNoId);
    c.relTime.assign(n, 0);
    c.relQuantity.assign(n, 0);
    c.relPlace.assign(n, 0);
    c.relConfidence.assign(n, 1.0f);
    c.relFlags.assign(n, 0);
    c.surfaceOffsets.assign(n + 1, 0);
    c.mentionOffsets.assign(n + 1, 0);
}

} // namespace

std::optional<ImportCounts> importTsvToBinary(const std::vector<std::string>& inputs,
                                              const std::filesystem::path& output,
                                              const ImportOptions& options) {
    BulkTsv bulk;
    ImportCounts total;
    // Reported only once the bulk path is sure to finish, so a fall-back reports each once.
    std::vector<std::string> malformed;
    ImportOptions quiet = options;
    quiet.onMalformed = [&](const std::string& m) { malformed.push_back(m); };
    try {
        for (const std::string& input : inputs) {
            InputFile file = openInput(input);
            total += importLines(file.get(), input, quiet,
                                 [&](std::string_view l) { return bulk.importLine(l); });
        }
    } catch (const NeedsFullImport&) {
        return std::nullopt;
    }
    if (options.onMalformed)
        for (const std::string& m : malformed)
            options.onMalformed(m);
    total.added = bulk.added();
    total.merged = bulk.merged();
    if (total.facts == 0 && total.aliases == 0 && total.malformed > 0)
        return total; // the caller refuses to write a graph of nothing
    fillDefaults(bulk.columns());
    kgb::writeColumns(std::move(bulk.columns()), output);
    return total;
}

} // namespace kg::graph
