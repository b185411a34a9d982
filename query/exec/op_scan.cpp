// Where patterns start: the single input row, entity scans, the name index, the predicate index.
#include "query/exec/evaluate.h"
#include "query/exec/operators.h"

namespace kg::query::exec {

bool Uniqueness::clashes(const Row& row, graph::RelationId r) const {
    for (Slot s : relationships)
        if (row[s].isRelationship() && row[s].asRelationship() == r)
            return true;
    for (Slot s : lists) {
        if (!row[s].isList())
            continue;
        for (const Value& v : row[s].asList())
            if (v.isRelationship() && v.asRelationship() == r)
                return true;
    }
    return false;
}

void SingleRow::open(ExecContext& cx) {
    Operator::open(cx);
    done_ = false;
}

bool SingleRow::next(Row&) {
    if (done_)
        return false;
    done_ = true;
    return true;
}

std::string SingleRow::describe() const {
    return "Start";
}

NodeScan::NodeScan(OpPtr child, Slot slot, std::string variable, int label)
    : Enumerator(std::move(child)), slot_(slot), variable_(std::move(variable)), label_(label) {}

std::string NodeScan::describe() const {
    return (label_ >= 0 ? "NodeScanByType " : "NodeScan ") + variable_;
}

void NodeScan::begin(Row&) {
    cursor_ = 0;
}

bool NodeScan::advance(Row& row) {
    graph::GraphView g = cx_->graph();
    graph::EntityId bound = g.entityIdBound();
    while (cursor_ < bound) {
        graph::EntityId id = cursor_++;
        cx_->tick();
        if (!g.isLive(id) || (label_ >= 0 && static_cast<int>(g.entityType(id)) != label_))
            continue;
        row[slot_] = Value(NodeRef{id});
        return true;
    }
    return false;
}

NodeByName::NodeByName(OpPtr child, Slot slot, std::string variable, plan::BoundExpr name,
                       bool byAlias)
    : Enumerator(std::move(child)), slot_(slot), variable_(std::move(variable)),
      name_(std::move(name)), byAlias_(byAlias) {}

std::string NodeByName::describe() const {
    return std::string(byAlias_ ? "NodeByAlias " : "NodeByName ") + variable_ + " (name index)";
}

void NodeByName::begin(Row& row) {
    found_.reset();
    Value name = evaluate(name_, row, *cx_);
    if (name.isString())
        found_ = cx_->graph().findEntity(name.asString());
}

bool NodeByName::advance(Row& row) {
    if (!found_)
        return false;
    row[slot_] = Value(NodeRef{*found_});
    found_.reset();
    return true;
}

RelationshipByType::RelationshipByType(OpPtr child, Slot from, Slot rel, Slot to, TypeFilter types,
                                       ast::Direction direction, std::string text)
    : Countable(std::move(child)), from_(from), rel_(rel), to_(to), types_(std::move(types)),
      direction_(direction), text_(std::move(text)) {}

std::string RelationshipByType::describe() const {
    return "RelationshipByType " + text_ + " (predicate index)";
}

void RelationshipByType::begin(Row&) {
    ids_.clear();
    for (graph::Sym s : types_.predicates)
        cx_->graph().forEachRelationWithPredicate(s,
                                                  [&](graph::RelationId r) { ids_.push_back(r); });
    cursor_ = 0;
    orientation_ = 0;
}

bool RelationshipByType::advance(Row& row) {
    graph::GraphView g = cx_->graph();
    for (;;) {
        if (cursor_ >= ids_.size()) {
            if (direction_ != ast::Direction::Both || orientation_ == 1)
                return false;
            orientation_ = 1;
            cursor_ = 0;
        }
        cx_->tick();
        graph::RelationId id = ids_[cursor_++];
        // Only the two end columns: a mapped graph pages in nothing else.
        const graph::EntityId source = g.source(id), target = g.target(id);
        bool forward = direction_ == ast::Direction::Out ||
                       (direction_ == ast::Direction::Both && orientation_ == 0);
        graph::EntityId left = forward ? source : target;
        graph::EntityId right = forward ? target : source;
        if (from_ == to_ && left != right)
            continue;
        // An undirected self-loop is one match, not two.
        if (orientation_ == 1 && left == right)
            continue;
        row[from_] = Value(NodeRef{left});
        row[rel_] = Value(RelationshipRef{id});
        row[to_] = Value(NodeRef{right});
        return true;
    }
}

std::int64_t RelationshipByType::countAll(Row& row) {
    std::int64_t total = 0;
    while (child_->next(row)) {
        if (direction_ != ast::Direction::Both && from_ != to_) {
            for (graph::Sym s : types_.predicates)
                total += static_cast<std::int64_t>(cx_->graph().predicateCount(s));
            continue;
        }
        // Self-loops (a)-[:p]->(a) and the two orientations of -[:p]- need each relationship.
        begin(row);
        while (advance(row))
            ++total;
    }
    return total;
}

std::string RelationshipByType::countText() const {
    return "CountRelationshipsByType " + text_ + " (predicate index sizes, no scan)";
}

PredicateCounts::PredicateCounts(OpPtr child, std::optional<Slot> type, Slot count,
                                 std::int64_t multiplier)
    : Operator(std::move(child)), type_(type), count_(count), multiplier_(multiplier) {}

void PredicateCounts::open(ExecContext& cx) {
    Operator::open(cx);
    started_ = false;
    cursor_ = 0;
}

bool PredicateCounts::next(Row& row) {
    if (!started_) {
        if (!child_->next(row))
            return false;
        if (type_)
            counts_ = cx_->graph().predicates();
        else
            counts_ = {{graph::kNoSym, cx_->graph().relationCount()}};
        started_ = true;
    }
    if (cursor_ >= counts_.size())
        return false;
    const auto& [sym, count] = counts_[cursor_++];
    if (type_)
        row[*type_] = Value(cx_->graph().str(sym));
    row[count_] = Value(static_cast<std::int64_t>(count) * multiplier_);
    return true;
}

std::string PredicateCounts::describe() const {
    return type_ ? "PredicateCounts (live count per predicate, no scan)"
                 : "RelationCount (live count, no scan)";
}

namespace {

void describeInto(const Operator& op, int depth, std::string& out) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += op.describe();
    out += '\n';
    std::vector<const Operator*> inners = op.inners();
    for (std::size_t i = 0; i < inners.size(); ++i) {
        out.append(static_cast<std::size_t>(depth + 1) * 2, ' ');
        out += "| " + op.innerLabel(i) + ":\n";
        describeInto(*inners[i], depth + 2, out);
    }
    if (const Operator* child = op.child())
        describeInto(*child, depth + 1, out);
}

} // namespace

std::string describePlan(const Operator& root) {
    std::string out;
    describeInto(root, 0, out);
    return out;
}

} // namespace kg::query::exec
