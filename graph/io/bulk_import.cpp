#include "graph/io/bulk_import.h"

#include "graph/entity.h"
#include "graph/io/bulk_tables.h"
#include "graph/io/fact_record.h"
#include "graph/io/import_lines.h"
#include "graph/io/kgb_columns.h"
#include "graph/io/tsv_record.h"
#include "graph/string_pool.h"

#include <array>
#include <cstdio>
#include <string>

namespace kg::graph {

namespace {

/// Thrown from the line loop when a line needs the full import.
struct NeedsFullImport {};

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
        Pending& p = batch_[batched_++];
        p.names = {keep(tsv_.subject), keep(tsv_.object), keep(tsv_.predicate)};
        for (Name& name : p.names)
            strings_.prefetch(name.hash);
        if (batched_ == kBatch)
            flush();
        return LineResult::Fact;
    }

    /// Adds the facts of the lines still in the batch.
    void finish() { flush(); }

    kgb::Columns& columns() { return c_; }
    std::uint64_t added() const { return c_.relSource.size(); }
    std::uint64_t merged() const { return merged_; }

private:
    // Lines wait in batches so that each table slot they will probe is fetched from memory
    // while the others are read: at 10M facts a probe is a cache miss, and misses taken one
    // at a time were most of the import's time.
    static constexpr std::size_t kBatch = 256;
    struct Name {
        std::size_t at = 0, size = 0; // in arena_
        std::uint64_t hash = 0;
    };
    struct Pending {
        std::array<Name, 3> names; // subject, object, predicate
        std::uint32_t source = 0, target = 0, predicate = 0;
        std::uint64_t factHash = 0;
    };

    Name keep(std::string_view s) {
        Name name{arena_.size(), s.size(), hashString(s)};
        arena_.append(s);
        return name;
    }
    std::string_view view(const Name& name) const { return {arena_.data() + name.at, name.size}; }

    // Interns the batch's names and adds its facts, in line order.
    void flush() {
        for (std::size_t i = 0; i < batched_; ++i) {
            Pending& p = batch_[i];
            p.source = entity(p.names[0]);
            p.target = entity(p.names[1]);
            p.predicate = string(p.names[2]);
            p.factHash = bulk::FactSlot::hashOf(ends(p), p.predicate);
            facts_.prefetch(p.factHash);
        }
        for (std::size_t i = 0; i < batched_; ++i)
            addFact(batch_[i]);
        batched_ = 0;
        arena_.clear();
    }

    std::uint32_t string(const Name& name) {
        const std::string_view s = view(name);
        std::uint32_t found = strings_.find(name.hash, [&](const bulk::StringSlot& slot) {
            return slot.mayHold(name.hash, s) &&
                   (s.size() <= bulk::StringSlot::kInline || c_.string(slot.stored - 1) == s);
        });
        if (found != kNoId)
            return found;
        auto index = static_cast<std::uint32_t>(c_.stringCount());
        c_.stringBytes.insert(c_.stringBytes.end(), s.begin(), s.end());
        c_.stringOffsets.push_back(c_.stringBytes.size());
        entityOf_.push_back(kNoId);
        strings_.insert(bulk::StringSlot(name.hash, index, s));
        return index;
    }

    std::uint32_t entity(const Name& name) {
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

    static std::uint64_t ends(const Pending& p) { return std::uint64_t{p.source} << 32 | p.target; }

    // A plain fact seen again is the same relation with one more supporting source.
    void addFact(const Pending& p) {
        const std::uint64_t e = ends(p);
        std::uint32_t found = facts_.find(p.factHash, [&](const bulk::FactSlot& slot) {
            return slot.ends == e && slot.predicate == p.predicate;
        });
        if (found != kNoId) {
            ++c_.relSupport[found];
            ++merged_;
            return;
        }
        auto r = static_cast<std::uint32_t>(c_.relSource.size());
        c_.relSource.push_back(p.source);
        c_.relTarget.push_back(p.target);
        c_.relPredicate.push_back(p.predicate);
        c_.relSupport.push_back(1);
        facts_.insert({e, p.predicate, r + 1});
    }

    kgb::Columns c_;
    TsvLine tsv_;
    std::array<Pending, kBatch> batch_;
    std::size_t batched_ = 0;
    std::string arena_; // the batch's names
    bulk::InlineTable<bulk::StringSlot> strings_;
    bulk::InlineTable<bulk::FactSlot> facts_;
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
        bulk.finish();
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
