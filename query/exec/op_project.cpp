// Row-at-a-time operators that filter, compute or reshape rows, and the ones that must hold
// rows (DISTINCT, ORDER BY).
#include "query/exec/evaluate.h"
#include "query/exec/operators.h"

#include <algorithm>

namespace kg::query::exec {

Filter::Filter(OpPtr child, plan::BoundExpr predicate, std::string text,
               std::optional<Slot> perNode)
    : Operator(std::move(child)), predicate_(std::move(predicate)), text_(std::move(text)),
      perNode_(perNode) {}

void Filter::open(ExecContext& cx) {
    Operator::open(cx);
    memo_.clear();
}

bool Filter::passes(const Row& row) {
    if (!perNode_ || !row[*perNode_].isNode())
        return isTrue(predicate_, row, *cx_);
    graph::EntityId id = row[*perNode_].asNode();
    if (memo_.empty())
        memo_.assign(cx_->graph().entityIdBound(), 0);
    if (memo_[id] == 0)
        memo_[id] = isTrue(predicate_, row, *cx_) ? 1 : 2;
    return memo_[id] == 1;
}

bool Filter::next(Row& row) {
    while (child_->next(row)) {
        cx_->tick();
        if (passes(row))
            return true;
    }
    return false;
}

std::string Filter::describe() const {
    return (perNode_ ? "Filter (once per node) " : "Filter ") + text_;
}

BuildPath::BuildPath(OpPtr child, Slot path, Slot start, std::vector<Step> steps, std::string name)
    : Operator(std::move(child)), path_(path), start_(start), steps_(std::move(steps)),
      name_(std::move(name)) {}

bool BuildPath::next(Row& row) {
    if (!child_->next(row))
        return false;
    graph::GraphView g = cx_->graph();
    if (!row[start_].isNode()) {
        row[path_] = Value();
        return true;
    }
    Path p;
    p.nodes.push_back(row[start_].asNode());
    auto walk = [&](graph::RelationId r) {
        p.relationships.push_back(r);
        const graph::EntityId source = g.source(r);
        p.nodes.push_back(source == p.nodes.back() ? g.target(r) : source);
    };
    for (const Step& s : steps_) {
        const Value& v = row[s.slot];
        if (s.list && v.isList()) {
            for (const Value& r : v.asList())
                walk(r.asRelationship());
        } else if (v.isRelationship()) {
            walk(v.asRelationship());
        }
    }
    row[path_] = Value(std::move(p));
    return true;
}

std::string BuildPath::describe() const {
    return "BuildPath " + name_;
}

Union::Union(std::vector<Branch> branches, std::vector<Slot> slots)
    : Operator(nullptr), branches_(std::move(branches)), slots_(std::move(slots)) {}

void Union::open(ExecContext& cx) {
    Operator::open(cx);
    current_ = 0;
    if (!branches_.empty())
        branches_.front().root->open(cx);
}

bool Union::next(Row& row) {
    while (current_ < branches_.size()) {
        Branch& branch = branches_[current_];
        if (branch.root->next(row)) {
            for (std::size_t i = 0; i < slots_.size(); ++i)
                row[slots_[i]] = row[branch.slots[i]];
            return true;
        }
        if (++current_ < branches_.size())
            branches_[current_].root->open(*cx_);
    }
    return false;
}

std::string Union::describe() const {
    return "Union";
}

std::vector<const Operator*> Union::inners() const {
    std::vector<const Operator*> out;
    for (const Branch& b : branches_)
        out.push_back(b.root.get());
    return out;
}

std::string Union::innerLabel(std::size_t i) const {
    return "query " + std::to_string(i + 1);
}

Optional::Optional(OpPtr child, OpPtr inner, SingleRow* argument, std::vector<Slot> nullSlots)
    : Operator(std::move(child)), inner_(std::move(inner)), argument_(argument),
      nullSlots_(std::move(nullSlots)) {}

void Optional::open(ExecContext& cx) {
    Operator::open(cx);
    active_ = false;
}

bool Optional::next(Row& row) {
    for (;;) {
        if (!active_) {
            if (!child_->next(row))
                return false;
            inner_->open(*cx_);
            argument_->reset();
            active_ = true;
            matched_ = false;
        }
        if (inner_->next(row)) {
            matched_ = true;
            return true;
        }
        active_ = false;
        if (!matched_) {
            for (Slot s : nullSlots_)
                row[s] = Value();
            return true;
        }
    }
}

std::string Optional::describe() const {
    return "Optional";
}

Project::Project(OpPtr child, std::vector<ProjectItem> items, std::string text)
    : Operator(std::move(child)), items_(std::move(items)), text_(std::move(text)) {}

bool Project::next(Row& row) {
    if (!child_->next(row))
        return false;
    for (const ProjectItem& item : items_)
        row[item.slot] = evaluate(item.expr, row, *cx_);
    return true;
}

std::string Project::describe() const {
    return "Project " + text_;
}

Unwind::Unwind(OpPtr child, plan::BoundExpr list, Slot slot, std::string text)
    : Enumerator(std::move(child)), list_(std::move(list)), slot_(slot), text_(std::move(text)) {}

std::string Unwind::describe() const {
    return "Unwind " + text_;
}

void Unwind::begin(Row& row) {
    current_ = evaluate(list_, row, *cx_);
    cursor_ = 0;
}

bool Unwind::advance(Row& row) {
    if (current_.isNull())
        return false;
    if (!current_.isList()) { // UNWIND of a single value yields it once
        if (cursor_++ > 0)
            return false;
        row[slot_] = current_;
        return true;
    }
    if (cursor_ >= current_.asList().size())
        return false;
    row[slot_] = current_.asList()[cursor_++];
    return true;
}

// A hash set's node and bucket, besides the key itself.
constexpr std::uint64_t kHashNodeBytes = 32;

std::size_t Distinct::KeyHash::operator()(const std::vector<Value>& k) const {
    std::size_t h = 0;
    for (const Value& v : k)
        h = h * 31 + hashValue(v);
    return h;
}

Distinct::Distinct(OpPtr child, std::vector<Slot> slots)
    : Operator(std::move(child)), slots_(std::move(slots)) {}

void Distinct::open(ExecContext& cx) {
    Operator::open(cx);
    seen_.clear();
    held_.reset(cx);
}

bool Distinct::next(Row& row) {
    while (child_->next(row)) {
        std::vector<Value> key;
        key.reserve(slots_.size());
        for (Slot s : slots_)
            key.push_back(row[s]);
        std::uint64_t bytes = approxBytes(key) + kHashNodeBytes;
        if (seen_.insert(std::move(key)).second) {
            held_.add(*cx_, bytes);
            return true;
        }
    }
    return false;
}

std::string Distinct::describe() const {
    return "Distinct";
}

Sort::Sort(OpPtr child, std::vector<SortKey> keys, std::optional<std::size_t> limit,
           std::string text)
    : Operator(std::move(child)), keys_(std::move(keys)), limit_(limit), text_(std::move(text)) {}

void Sort::open(ExecContext& cx) {
    Operator::open(cx);
    rows_.clear();
    cursor_ = 0;
    sorted_ = false;
    held_.reset(cx);
}

bool Sort::next(Row& row) {
    if (!sorted_) {
        auto before = [&](const std::vector<Value>& a, const std::vector<Value>& b) {
            for (std::size_t i = 0; i < keys_.size(); ++i) {
                int c = orderCompare(a[i], b[i]);
                if (c != 0)
                    return keys_[i].descending ? c > 0 : c < 0;
            }
            return false;
        };
        auto less = [&](const std::pair<std::vector<Value>, Row>& a,
                        const std::pair<std::vector<Value>, Row>& b) {
            return before(a.first, b.first);
        };
        // Under a limit, once the best rows so far have been kept (sorted, at the front), a row
        // that does not beat the last of them cannot enter: it is dropped before being copied.
        bool full = false;
        std::vector<Value> key;
        while (child_->next(row)) {
            key.clear();
            for (const SortKey& k : keys_)
                key.push_back(evaluate(k.expr, row, *cx_));
            if (full && !before(key, rows_[*limit_ - 1].first))
                continue;
            held_.add(*cx_, sizeof(rows_[0]) + approxBytes(key) + approxBytes(row));
            rows_.emplace_back(std::move(key), row);
            // Keep memory bounded under ORDER BY ... LIMIT: trim to the best rows now and then.
            if (limit_ && rows_.size() >= 2 * *limit_ + 1024) {
                std::stable_sort(rows_.begin(), rows_.end(), less);
                rows_.resize(*limit_);
                full = *limit_ > 0;
                held_.reset(*cx_);
                for (const auto& [k, r] : rows_)
                    held_.add(*cx_, sizeof(rows_[0]) + approxBytes(k) + approxBytes(r));
            }
        }
        std::stable_sort(rows_.begin(), rows_.end(), less);
        if (limit_ && rows_.size() > *limit_)
            rows_.resize(*limit_);
        sorted_ = true;
    }
    if (cursor_ >= rows_.size())
        return false;
    row = std::move(rows_[cursor_++].second);
    return true;
}

std::string Sort::describe() const {
    return (limit_ ? "Top " + std::to_string(*limit_) + " by " : "Sort by ") + text_;
}

Slice::Slice(OpPtr child, std::size_t skip, std::optional<std::size_t> limit)
    : Operator(std::move(child)), skip_(skip), limit_(limit) {}

void Slice::open(ExecContext& cx) {
    Operator::open(cx);
    skipped_ = 0;
    returned_ = 0;
}

bool Slice::next(Row& row) {
    if (limit_ && returned_ >= *limit_)
        return false;
    while (child_->next(row)) {
        if (skipped_ < skip_) {
            ++skipped_;
            continue;
        }
        ++returned_;
        return true;
    }
    return false;
}

std::string Slice::describe() const {
    std::string s;
    if (skip_ > 0)
        s += "Skip " + std::to_string(skip_);
    if (limit_)
        s += (s.empty() ? "" : ", ") + std::string("Limit ") + std::to_string(*limit_);
    return s;
}

} // namespace kg::query::exec
