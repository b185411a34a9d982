// Grouping and aggregate functions (count, collect, min, max, sum, avg, with DISTINCT).
#include "query/exec/evaluate.h"
#include "query/exec/operators.h"

#include <unordered_map>

namespace kg::query::exec {
namespace {

struct ValueHash {
    std::size_t operator()(const Value& v) const { return hashValue(v); }
};
struct KeyHash {
    std::size_t operator()(const std::vector<Value>& k) const {
        std::size_t h = 0;
        for (const Value& v : k)
            h = h * 31 + hashValue(v);
        return h;
    }
};

/// Values already seen by one DISTINCT aggregate. Nodes (the common case, count(DISTINCT n))
/// go to a bitmap indexed by id instead of a hash set.
class SeenValues {
public:
    bool insert(const Value& v) {
        if (v.isNode()) {
            graph::EntityId id = v.asNode();
            if (id >= nodes_.size())
                nodes_.resize(std::max<std::size_t>(id + 1, nodes_.size() * 2));
            if (nodes_[id])
                return false;
            nodes_[id] = true;
            return true;
        }
        return others_.insert(v).second;
    }

private:
    std::vector<bool> nodes_;
    std::unordered_set<Value, ValueHash> others_;
};

struct AggState {
    std::int64_t count = 0;
    std::int64_t intSum = 0;
    double floatSum = 0;
    bool sawFloat = false;
    Value best; // min / max
    ValueList collected;
    std::unique_ptr<SeenValues> seen;
};

[[noreturn]] void fail(const plan::AggregateCall& call, std::string message) {
    throw EvalError{std::move(message), call.span};
}

void accumulate(const plan::AggregateCall& call, AggState& s, const Value& v) {
    switch (call.function) {
    case plan::Aggregate::Count:
        ++s.count;
        break;
    case plan::Aggregate::Collect:
        s.collected.push_back(v);
        break;
    case plan::Aggregate::Min:
        if (s.best.isNull() || orderCompare(v, s.best) < 0)
            s.best = v;
        break;
    case plan::Aggregate::Max:
        if (s.best.isNull() || orderCompare(v, s.best) > 0)
            s.best = v;
        break;
    case plan::Aggregate::Sum:
    case plan::Aggregate::Avg:
        if (!v.isNumber())
            fail(call, std::string(call.function == plan::Aggregate::Sum ? "sum" : "avg") +
                           " expects numbers, got " + std::string(Value::kindName(v.kind())));
        ++s.count;
        if (v.isInt() && !s.sawFloat) {
            if (__builtin_add_overflow(s.intSum, v.asInt(), &s.intSum))
                fail(call, "integer overflow in sum");
        } else {
            if (!s.sawFloat) {
                s.floatSum = static_cast<double>(s.intSum);
                s.sawFloat = true;
            }
            s.floatSum += v.asNumber();
        }
        break;
    }
}

Value result(const plan::AggregateCall& call, AggState& s) {
    switch (call.function) {
    case plan::Aggregate::Count:
        return Value(s.count);
    case plan::Aggregate::Collect:
        return Value(std::move(s.collected));
    case plan::Aggregate::Min:
    case plan::Aggregate::Max:
        return s.best;
    case plan::Aggregate::Sum:
        return s.sawFloat ? Value(s.floatSum) : Value(s.intSum);
    case plan::Aggregate::Avg:
        if (s.count == 0)
            return Value();
        return Value((s.sawFloat ? s.floatSum : static_cast<double>(s.intSum)) /
                     static_cast<double>(s.count));
    }
    return Value();
}

} // namespace

struct Aggregation::Group {
    std::vector<Value> keys;
    Row representative; // the kept slots of the group's first row, in Options::kept order
    std::vector<AggState> states;
};

Aggregation::Aggregation(OpPtr child, std::vector<ProjectItem> keys,
                         std::vector<plan::AggregateCall> calls, std::string text, Options options)
    : Operator(std::move(child)), keys_(std::move(keys)), calls_(std::move(calls)),
      text_(std::move(text)), options_(std::move(options)) {}

Aggregation::~Aggregation() = default;

void Aggregation::open(ExecContext& cx) {
    Operator::open(cx);
    groups_.clear();
    countOfNode_.clear();
    order_.clear();
    cursor_ = 0;
    consumed_ = false;
    held_.reset(cx);
}

// Every call is count(*) and nothing of a group's first row but its node is read later: each
// entity's group is then one integer in an array indexed by id, with no group object.
bool Aggregation::countsPerEntity() const {
    if (keys_.empty() || !options_.keyNode || !options_.keyNode->identifies || !options_.kept)
        return false;
    for (const plan::AggregateCall& call : calls_)
        if (!call.star)
            return false;
    for (Slot s : *options_.kept)
        if (s != options_.keyNode->slot)
            return false;
    return true;
}

void Aggregation::consume() {
    std::unordered_map<std::vector<Value>, std::size_t, KeyHash> index;
    Row row;
    std::vector<Value> key;
    auto newGroup = [&](const Row& r, std::vector<Value> k) {
        Row kept;
        if (options_.kept)
            for (Slot s : *options_.kept)
                kept.push_back(r[s]);
        else
            kept = r;
        Group g{std::move(k), std::move(kept), std::vector<AggState>(calls_.size())};
        for (std::size_t i = 0; i < calls_.size(); ++i)
            if (calls_[i].distinct)
                g.states[i].seen = std::make_unique<SeenValues>();
        // The group, its representative row, and its key twice (here and in the index).
        held_.add(*cx_, sizeof(Group) + calls_.size() * sizeof(AggState) +
                            approxBytes(g.representative) + 2 * approxBytes(g.keys));
        order_.push_back(-1 - static_cast<std::int64_t>(groups_.size()));
        groups_.push_back(std::move(g));
    };
    auto groupOf = [&](const Row& r) {
        key.clear();
        for (const ProjectItem& k : keys_)
            key.push_back(evaluate(k.expr, r, *cx_));
        // An unbound key node (OPTIONAL MATCH) is hashed: its rows are all one group.
        if (options_.keyNode && options_.keyNode->identifies &&
            r[options_.keyNode->slot].isNode()) {
            newGroup(r, key);
            return groups_.size() - 1;
        }
        auto [it, inserted] = index.try_emplace(key, groups_.size());
        if (inserted)
            newGroup(r, key);
        return it->second;
    };
    std::vector<std::int64_t> groupOfNode; // keyNode: per entity, its group, -1 = not yet
    bool flat = countsPerEntity();
    if (flat) {
        countOfNode_.assign(cx_->graph().entityIdBound(), -1);
        held_.add(*cx_, countOfNode_.size() * sizeof(std::int64_t));
    } else if (options_.keyNode && options_.keyNode->identifies) {
        groups_.reserve(cx_->graph().entityCount()); // at most one group per entity
    }
    // The row buffer must hold every slot; the child fills it.
    row.resize(rowSize_);
    while (child_->next(row)) {
        cx_->tick();
        std::size_t at = 0;
        if (flat && row[options_.keyNode->slot].isNode()) {
            graph::EntityId id = row[options_.keyNode->slot].asNode();
            std::int64_t& n = countOfNode_[id];
            if (n < 0) {
                n = 0;
                order_.push_back(static_cast<std::int64_t>(id));
                held_.add(*cx_, sizeof(std::int64_t));
            }
            n += options_.weight ? row[*options_.weight].asInt() : 1;
            continue;
        }
        if (keys_.empty()) {
            if (groups_.empty())
                newGroup(row, {});
        } else if (options_.keyNode && row[options_.keyNode->slot].isNode()) {
            graph::EntityId id = row[options_.keyNode->slot].asNode();
            if (groupOfNode.empty())
                groupOfNode.assign(cx_->graph().entityIdBound(), -1);
            if (groupOfNode[id] < 0)
                groupOfNode[id] = static_cast<std::int64_t>(groupOf(row));
            at = static_cast<std::size_t>(groupOfNode[id]);
        } else {
            at = groupOf(row);
        }
        Group& g = groups_[at];
        for (std::size_t i = 0; i < calls_.size(); ++i) {
            const plan::AggregateCall& call = calls_[i];
            if (call.star) {
                g.states[i].count += options_.weight ? row[*options_.weight].asInt() : 1;
                continue;
            }
            Value v = evaluate(call.argument, row, *cx_);
            if (v.isNull())
                continue;
            if (call.distinct && !g.states[i].seen->insert(v))
                continue;
            if (call.distinct || call.function == plan::Aggregate::Collect)
                held_.add(*cx_, approxBytes(v));
            accumulate(call, g.states[i], v);
        }
    }
    // Aggregating nothing without grouping keys still gives one row: count 0, sum 0, ...
    if (keys_.empty() && groups_.empty())
        newGroup(Row(rowSize_), {});
}

bool Aggregation::next(Row& row) {
    if (!consumed_) {
        rowSize_ = row.size();
        consume();
        consumed_ = true;
    }
    if (cursor_ >= order_.size())
        return false;
    std::int64_t next = order_[cursor_++];
    if (next >= 0) { // an entity's count (countsPerEntity)
        auto id = static_cast<graph::EntityId>(next);
        row[options_.keyNode->slot] = Value(NodeRef{id});
        for (const ProjectItem& k : keys_)
            row[k.slot] = evaluate(k.expr, row, *cx_);
        for (const plan::AggregateCall& call : calls_)
            row[call.slot] = Value(countOfNode_[id]);
        return true;
    }
    Group& g = groups_[static_cast<std::size_t>(-1 - next)];
    if (options_.kept) {
        for (std::size_t i = 0; i < options_.kept->size(); ++i)
            row[(*options_.kept)[i]] = std::move(g.representative[i]);
    } else {
        row = std::move(g.representative);
    }
    for (std::size_t i = 0; i < keys_.size(); ++i)
        row[keys_[i].slot] = std::move(g.keys[i]);
    for (std::size_t i = 0; i < calls_.size(); ++i)
        row[calls_[i].slot] = result(calls_[i], g.states[i]);
    return true;
}

std::string Aggregation::describe() const {
    return "Aggregate " + text_;
}

} // namespace kg::query::exec
