// The hash join on an equality between expressions of two disconnected patterns.
#include "query/exec/evaluate.h"
#include "query/exec/operators.h"

#include <unordered_map>

namespace kg::query::exec {
namespace {

struct ValueHash {
    std::size_t operator()(const Value& v) const { return hashValue(v); }
};

// A key that is null, or holds a null or NaN, equals nothing (Cypher `=` is not true for it).
bool joinable(const Value& key) {
    return equals(key, key) == std::optional<bool>(true);
}

} // namespace

struct HashJoin::Table {
    std::unordered_map<Value, std::int32_t, ValueHash> index; // key -> bucket
    std::vector<std::vector<std::vector<Value>>> buckets;     // partners' build slots
};

HashJoin::HashJoin(OpPtr child, OpPtr build, Sides sides, std::string text)
    : Enumerator(std::move(child)), build_(std::move(build)), sides_(std::move(sides)),
      text_(std::move(text)) {}

HashJoin::~HashJoin() = default;

void HashJoin::open(ExecContext& cx) {
    Enumerator::open(cx);
    build_->open(cx);
    table_.reset();
    nodeMemo_.clear();
    held_.reset(cx);
}

std::string HashJoin::describe() const {
    return "HashJoin " + text_ + (sides_.probeNode ? " (probe key once per node)" : "");
}

void HashJoin::buildTable(const Row& current) {
    table_ = std::make_unique<Table>();
    // The build side sees what the probe side was given (the outer row of a subquery).
    Row row = current;
    while (build_->next(row)) {
        cx_->tick();
        Value key = evaluate(sides_.buildKey, row, *cx_);
        if (!joinable(key))
            continue;
        auto [it, added] =
            table_->index.try_emplace(key, static_cast<std::int32_t>(table_->buckets.size()));
        if (added)
            table_->buckets.emplace_back();
        std::vector<Value> partner;
        partner.reserve(sides_.buildSlots.size());
        for (Slot s : sides_.buildSlots)
            partner.push_back(row[s]);
        held_.add(*cx_, approxBytes(partner) + (added ? 2 * approxBytes(key) : 0));
        table_->buckets[static_cast<std::size_t>(it->second)].push_back(std::move(partner));
    }
}

std::int64_t HashJoin::bucketOf(const Row& row) {
    auto lookup = [&]() -> std::int64_t {
        Value key = evaluate(sides_.probeKey, row, *cx_);
        if (!joinable(key))
            return -1;
        auto it = table_->index.find(key);
        return it == table_->index.end() ? -1 : it->second;
    };
    if (!sides_.probeNode || !row[*sides_.probeNode].isNode())
        return lookup();
    graph::EntityId id = row[*sides_.probeNode].asNode();
    if (nodeMemo_.empty())
        nodeMemo_.assign(cx_->graph().entityIdBound(), 0);
    if (nodeMemo_[id] == 0)
        nodeMemo_[id] = static_cast<std::int32_t>(lookup() + 2);
    return nodeMemo_[id] - 2;
}

void HashJoin::begin(Row& row) {
    if (!table_)
        buildTable(row);
    std::int64_t bucket = bucketOf(row);
    partners_ = bucket < 0 ? nullptr : &table_->buckets[static_cast<std::size_t>(bucket)];
    cursor_ = 0;
}

bool HashJoin::advance(Row& row) {
    while (partners_ != nullptr && cursor_ < partners_->size()) {
        const std::vector<Value>& partner = (*partners_)[cursor_++];
        cx_->tick();
        for (std::size_t i = 0; i < sides_.buildSlots.size(); ++i)
            row[sides_.buildSlots[i]] = partner[i];
        bool clash = false;
        for (Slot b : sides_.buildRels)
            for (Slot p : sides_.probeRels)
                clash = clash || (row[b].isRelationship() && row[b] == row[p]);
        if (!clash)
            return true;
    }
    return false;
}

} // namespace kg::query::exec
