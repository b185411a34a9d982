// Planning MATCH: declare the pattern's variables, turn inline properties, labels and WHERE into
// conjuncts, then for each comma-separated pattern pick the cheapest start (a bound node, a
// name or alias lookup through the index, a predicate index scan, a type-filtered scan, a full
// scan, in that order of preference) and expand outwards. Each conjunct becomes a Filter as
// soon as every slot it reads is bound.
#include "base/case_fold.h"
#include "graph/entity.h"
#include "query/plan/planner_impl.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kg::query::plan {

using exec::TypeFilter;
using exec::Uniqueness;

namespace {

ast::Direction flip(ast::Direction d) {
    if (d == ast::Direction::Out)
        return ast::Direction::In;
    if (d == ast::Direction::In)
        return ast::Direction::Out;
    return d;
}

BoundExpr slotExpr(Slot slot, const ast::Span& span) {
    BoundExpr b;
    b.kind = BoundKind::Slot;
    b.slot = slot;
    b.span = span;
    return b;
}

BoundExpr equalsExpr(BoundExpr left, BoundExpr right, const ast::Span& span) {
    BoundExpr b;
    b.kind = BoundKind::Binary;
    b.op = ast::Op::Eq;
    b.span = span;
    b.children.push_back(std::move(left));
    b.children.push_back(std::move(right));
    return b;
}

void splitConjuncts(const ast::Expr& e, std::vector<const ast::Expr*>& out) {
    if (e.kind == ast::ExprKind::Binary && e.op == ast::Op::And) {
        splitConjuncts(*e.children[0], out);
        splitConjuncts(*e.children[1], out);
    } else {
        out.push_back(&e);
    }
}

std::string quoteIfNeeded(std::string_view name) {
    bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' &&
            static_cast<unsigned char>(c) < 0x80)
            plain = false;
    return plain ? std::string(name) : "`" + std::string(name) + "`";
}

} // namespace

class MatchPlanner {
public:
    MatchPlanner(Planner& planner, const ast::Clause& clause) : p_(planner), clause_(clause) {}

    OpPtr plan(OpPtr input);
    const std::vector<Slot>& newSlots() const { return newSlots_; }

private:
    struct NodeInfo {
        Slot slot;
        std::string name; ///< for EXPLAIN: the variable, or "" when anonymous
        const ast::NodePattern* pattern;
    };
    struct RelInfo {
        Slot slot;
        std::string name;
        const ast::RelPattern* pattern;
        TypeFilter types;
        std::optional<BoundExpr> edgeFilter; ///< variable length: every edge must pass
        Slot edgeSlot = 0;
    };
    struct PartInfo {
        const ast::PatternPart* part;
        std::vector<NodeInfo> nodes;
        std::vector<RelInfo> rels;
        std::optional<Slot> pathSlot;
    };
    struct Conjunct {
        BoundExpr expr;
        std::set<Slot> slots;
        bool placed = false;
    };
    struct Start {
        double cost = std::numeric_limits<double>::infinity();
        bool atRelation = false;
        std::size_t index = 0;
    };

    void declare();
    Slot declareNode(const ast::NodePattern& n);
    void addNodeConjuncts(const NodeInfo& node);
    void addRelConjuncts(RelInfo& rel);
    bool narrowTypes(const ast::Expr& e);
    TypeFilter typeFilter(const ast::RelPattern& rel) const;
    int labelCode(const std::string& label, const ast::Span& at) const;

    double nodeCost(const NodeInfo& node) const;
    /// True when a condition not yet placed reads this node and nothing else unbound.
    bool filteredAlone(Slot slot) const;
    double expansionFactor(const PartInfo& part, std::size_t relIndex) const;
    std::optional<std::pair<BoundExpr, bool>> lookupFor(Slot slot) const;
    Start bestStart(const PartInfo& part) const;
    OpPtr startAtNode(OpPtr op, const NodeInfo& node);
    OpPtr planPart(OpPtr op, const PartInfo& part);
    OpPtr planShortest(OpPtr op, const PartInfo& part);
    OpPtr expand(OpPtr op, const PartInfo& part, std::size_t relIndex, bool rightwards);
    OpPtr placeConjuncts(OpPtr op);
    /// The hash join of `part` with everything matched before it, when a condition equates
    /// an expression of the earlier variables with one of the part's own.
    std::optional<std::size_t> joinConjunct(const PartInfo& part) const;
    OpPtr planJoinedPart(OpPtr build, const PartInfo& part, std::size_t conjunct);

    void bind(Slot slot) {
        if (bound_.insert(slot).second)
            newSlots_.push_back(slot);
    }

    std::string nodeText(const NodeInfo& n) const;
    std::string relText(const RelInfo& r, ast::Direction d) const;

    Planner& p_;
    const ast::Clause& clause_;
    std::vector<PartInfo> parts_;
    std::vector<Conjunct> conjuncts_;
    std::set<Slot> bound_;
    std::vector<Slot> newSlots_;
    Uniqueness unique_;
    /// A hash join waiting for the probe side's key slots to be bound.
    struct PendingJoin {
        OpPtr build;
        exec::HashJoin::Sides sides;
        std::set<Slot> probeSlots;
        std::set<Slot> buildBound;
        std::string text;
        bool probeNodeIfReached = false;
    };
    std::optional<PendingJoin> join_;
    /// Nodes bound by following edges (the far end of an expansion, either end of a predicate
    /// scan): the same entity comes in many rows, so a condition on it alone is memoised.
    std::set<Slot> reached_;
};

int MatchPlanner::labelCode(const std::string& label, const ast::Span& at) const {
    if (auto type = graph::parseEntityType(label))
        return static_cast<int>(*type);
    std::vector<std::string_view> names;
    for (graph::EntityType t : graph::kAllEntityTypes)
        names.push_back(graph::entityTypeName(t));
    std::string hint = closestName(label, names);
    p_.error(at, "unknown label '" + label + "'" +
                     (hint.empty() ? " (labels are entity types: " + graph::entityTypeList() + ")"
                                   : " (did you mean " + hint + "?)"));
}

TypeFilter MatchPlanner::typeFilter(const ast::RelPattern& rel) const {
    TypeFilter f;
    f.any = rel.types.empty();
    for (std::size_t i = 0; i < rel.types.size(); ++i) {
        f.text += (i == 0 ? ":" : "|") + quoteIfNeeded(rel.types[i]);
        // A predicate the graph has never seen matches nothing; it is not an error.
        if (auto sym = p_.graph_.findSym(rel.types[i]))
            f.predicates.push_back(*sym);
    }
    return f;
}

Slot MatchPlanner::declareNode(const ast::NodePattern& n) {
    if (n.variable.empty())
        return p_.newSlot();
    if (const Variable* v = p_.scope_.find(n.variable)) {
        if (v->kind != VarKind::Node && v->kind != VarKind::Any)
            p_.error(n.span, "variable '" + n.variable + "' is not a node");
        return v->slot;
    }
    Slot s = p_.newSlot();
    p_.scope_.vars.push_back({n.variable, s, VarKind::Node});
    return s;
}

void MatchPlanner::declare() {
    for (const Variable& v : p_.scope_.vars)
        bound_.insert(v.slot);
    for (const ast::PatternPart& part : clause_.patterns) {
        PartInfo info{&part, {}, {}, std::nullopt};
        for (const ast::NodePattern& n : part.nodes)
            info.nodes.push_back({declareNode(n), n.variable, &n});
        for (const ast::RelPattern& r : part.rels) {
            RelInfo rel{0, r.variable, &r, typeFilter(r), std::nullopt, 0};
            if (!r.variable.empty() && p_.scope_.find(r.variable) != nullptr)
                p_.error(r.span, "variable '" + r.variable + "' is already bound");
            rel.slot = p_.newSlot();
            if (!r.variable.empty())
                p_.scope_.vars.push_back(
                    {r.variable, rel.slot,
                     r.variableLength ? VarKind::RelationshipList : VarKind::Relationship});
            info.rels.push_back(std::move(rel));
        }
        if (!part.pathVariable.empty()) {
            if (p_.scope_.find(part.pathVariable) != nullptr)
                p_.error(part.pathVariableSpan,
                         "variable '" + part.pathVariable + "' is already bound");
            info.pathSlot = p_.newSlot();
            p_.scope_.vars.push_back({part.pathVariable, *info.pathSlot, VarKind::Path});
        }
        if (part.kind != ast::PatternKind::Plain && part.rels.size() != 1)
            p_.error(part.span, "shortestPath needs a pattern with exactly one relationship, "
                                "like (a)-[*]-(b)");
        parts_.push_back(std::move(info));
    }
    for (const PartInfo& part : parts_)
        for (const NodeInfo& n : part.nodes)
            addNodeConjuncts(n);
    for (PartInfo& part : parts_)
        for (RelInfo& r : part.rels)
            addRelConjuncts(r);
    if (clause_.where) {
        std::vector<const ast::Expr*> pieces;
        splitConjuncts(*clause_.where, pieces);
        for (const ast::Expr* piece : pieces) {
            if (narrowTypes(*piece))
                continue;
            Conjunct c{p_.bind(*piece, p_.scope_, nullptr), {}, false};
            collectSlots(c.expr, c.slots);
            conjuncts_.push_back(std::move(c));
        }
    }
}

// `type(r) = 'p'` or `type(r) = $p` (either way round) on a single relationship of this clause is
// the pattern
// `[r:p]`: it goes into r's type filter, so the start can come from the predicate index and the
// expansion compares predicate ids instead of building a string per row.
bool MatchPlanner::narrowTypes(const ast::Expr& e) {
    if (e.kind != ast::ExprKind::Binary || e.op != ast::Op::Eq)
        return false;
    auto isTypeCall = [](const ast::Expr& x) {
        return x.kind == ast::ExprKind::Function && x.children.size() == 1 && !x.distinct &&
               x.children[0]->kind == ast::ExprKind::Variable && base::foldCase(x.name) == "type";
    };
    // The type named by a string literal or a string parameter.
    auto typeName = [&](const ast::Expr& x) -> const std::string* {
        if (x.kind == ast::ExprKind::Literal && std::holds_alternative<std::string>(x.value))
            return &std::get<std::string>(x.value);
        if (x.kind != ast::ExprKind::Parameter)
            return nullptr;
        auto it = p_.params_.values.find(x.name);
        if (it == p_.params_.values.end() || !it->second.isString())
            return nullptr;
        return &it->second.asString();
    };
    const ast::Expr* call = e.children[0].get();
    const ast::Expr* literal = e.children[1].get();
    if (!isTypeCall(*call))
        std::swap(call, literal);
    if (!isTypeCall(*call) || typeName(*literal) == nullptr)
        return false;
    for (PartInfo& part : parts_)
        for (RelInfo& rel : part.rels) {
            if (rel.name != call->children[0]->name || rel.pattern->variableLength)
                continue;
            const std::string& type = *typeName(*literal);
            std::optional<graph::Sym> sym = p_.graph_.findSym(type);
            exec::SymSet kept;
            for (graph::Sym s : rel.types.predicates)
                if (sym && s == *sym)
                    kept.push_back(s);
            if (rel.types.any && sym)
                kept.push_back(*sym);
            rel.types.predicates = std::move(kept);
            rel.types.any = false;
            rel.types.text += (rel.types.text.empty() ? ":" : "&") + quoteIfNeeded(type);
            return true;
        }
    return false;
}

void MatchPlanner::addNodeConjuncts(const NodeInfo& node) {
    const ast::NodePattern& n = *node.pattern;
    for (std::size_t i = 0; i < n.labels.size(); ++i) {
        BoundExpr b;
        b.kind = BoundKind::HasLabel;
        b.label = labelCode(n.labels[i], n.labelSpans[i]);
        b.span = n.span;
        b.children.push_back(slotExpr(node.slot, n.span));
        conjuncts_.push_back({std::move(b), {node.slot}, false});
    }
    for (const ast::PropertyEntry& entry : n.properties) {
        auto prop = findEntityProperty(entry.key);
        if (!prop) {
            std::string hint = closestName(entry.key, entityPropertyNames());
            p_.error(entry.keySpan, "unknown node property '" + entry.key + "'" +
                                        (hint.empty() ? "" : " (did you mean " + hint + "?)"));
        }
        BoundExpr property;
        property.kind = BoundKind::EntityProp;
        property.entityProp = *prop;
        property.span = entry.keySpan;
        property.children.push_back(slotExpr(node.slot, n.span));
        Conjunct c{equalsExpr(std::move(property), p_.bind(*entry.value, p_.scope_, nullptr),
                              entry.keySpan),
                   {},
                   false};
        collectSlots(c.expr, c.slots);
        conjuncts_.push_back(std::move(c));
    }
}

void MatchPlanner::addRelConjuncts(RelInfo& rel) {
    const ast::RelPattern& r = *rel.pattern;
    if (r.properties.empty())
        return;
    Slot target = rel.slot;
    if (r.variableLength) {
        rel.edgeSlot = p_.newSlot();
        target = rel.edgeSlot;
    }
    for (const ast::PropertyEntry& entry : r.properties) {
        auto prop = findRelationProperty(entry.key);
        if (!prop) {
            std::string hint = closestName(entry.key, relationPropertyNames());
            p_.error(entry.keySpan, "unknown relationship property '" + entry.key + "'" +
                                        (hint.empty() ? "" : " (did you mean " + hint + "?)"));
        }
        BoundExpr property;
        property.kind = BoundKind::RelationProp;
        property.relationProp = *prop;
        property.span = entry.keySpan;
        property.children.push_back(slotExpr(target, r.span));
        BoundExpr test = equalsExpr(std::move(property), p_.bind(*entry.value, p_.scope_, nullptr),
                                    entry.keySpan);
        if (!r.variableLength) {
            Conjunct c{std::move(test), {}, false};
            collectSlots(c.expr, c.slots);
            conjuncts_.push_back(std::move(c));
        } else if (!rel.edgeFilter) {
            rel.edgeFilter = std::move(test);
        } else {
            BoundExpr both;
            both.kind = BoundKind::Binary;
            both.op = ast::Op::And;
            both.span = entry.keySpan;
            both.children.push_back(std::move(*rel.edgeFilter));
            both.children.push_back(std::move(test));
            rel.edgeFilter = std::move(both);
        }
    }
}

// A conjunct `n.name = x` or `x IN n.aliases` whose x is computable before n is bound lets the
// scan start from the name index. Returns the name expression and whether it is an alias.
std::optional<std::pair<BoundExpr, bool>> MatchPlanner::lookupFor(Slot slot) const {
    auto isProp = [&](const BoundExpr& e, EntityProperty p) {
        return e.kind == BoundKind::EntityProp && e.entityProp == p &&
               e.children[0].kind == BoundKind::Slot && e.children[0].slot == slot;
    };
    auto computable = [&](const BoundExpr& e) {
        std::set<Slot> slots;
        collectSlots(e, slots);
        return std::all_of(slots.begin(), slots.end(), [&](Slot s) { return bound_.count(s) > 0; });
    };
    for (const Conjunct& c : conjuncts_) {
        const BoundExpr& e = c.expr;
        if (e.kind != BoundKind::Binary)
            continue;
        if (e.op == ast::Op::Eq) {
            for (int side = 0; side < 2; ++side)
                if (isProp(e.children[side], EntityProperty::Name) &&
                    computable(e.children[1 - side]))
                    return std::make_pair(e.children[1 - side], false);
        } else if (e.op == ast::Op::In && isProp(e.children[1], EntityProperty::Aliases) &&
                   computable(e.children[0])) {
            return std::make_pair(e.children[0], true);
        }
    }
    return std::nullopt;
}

double MatchPlanner::nodeCost(const NodeInfo& node) const {
    if (bound_.count(node.slot))
        return 0.5;
    if (lookupFor(node.slot))
        return 1;
    double n = static_cast<double>(p_.graph_.entityCount()) + 1;
    // No per-type index in the store: a type filter is assumed to keep a quarter, and so is a
    // condition on the node alone (a regex on its name...), which is then tested once per
    // entity, right after the scan, instead of once per edge reaching it.
    if (!node.pattern->labels.empty())
        n = n / 4 + 1;
    if (filteredAlone(node.slot))
        n = n / 4 + 1;
    return n;
}

bool MatchPlanner::filteredAlone(Slot slot) const {
    if (join_ && join_->probeSlots == std::set<Slot>{slot})
        return true;
    return std::any_of(conjuncts_.begin(), conjuncts_.end(), [&](const Conjunct& c) {
        return !c.placed && c.slots.count(slot) > 0 &&
               std::all_of(c.slots.begin(), c.slots.end(),
                           [&](Slot s) { return s == slot || bound_.count(s) > 0; });
    });
}

MatchPlanner::Start MatchPlanner::bestStart(const PartInfo& part) const {
    Start best;
    // Expanding from a node looks at its edges: an average node has 2R/N of them.
    graph::GraphView g = p_.graph_;
    double averageDegree = 2.0 * static_cast<double>(g.relationCount()) /
                           static_cast<double>(std::max<std::size_t>(1, g.entityCount()));
    for (std::size_t i = 0; i < part.nodes.size(); ++i) {
        double sides = (i > 0 ? 1 : 0) + (i + 1 < part.nodes.size() ? 1 : 0);
        double c = nodeCost(part.nodes[i]) * (1 + sides * averageDegree / 2);
        if (c < best.cost)
            best = {c, false, i};
    }
    if (part.part->kind != ast::PatternKind::Plain) {
        best.cost = nodeCost(part.nodes.front()) * nodeCost(part.nodes.back());
        return best;
    }
    for (std::size_t j = 0; j < part.rels.size(); ++j) {
        const RelInfo& r = part.rels[j];
        if (r.types.any || r.pattern->variableLength)
            continue;
        double c = 0;
        for (graph::Sym s : r.types.predicates)
            c += static_cast<double>(p_.graph_.predicateCount(s));
        if (r.pattern->direction == ast::Direction::Both)
            c *= 2;
        // Two predicate scans of similar size can differ tenfold in what the expansions after
        // them cost (an actor has few films, a film many incoming edges): weigh each by the
        // edges its next expansions will look at.
        c *= expansionFactor(part, j);
        if (c + 1 < best.cost)
            best = {c + 1, true, j};
    }
    return best;
}

// 1 + the average number of edges the expansions next to relationship j scan per row, from a
// sample of up to 64 relationships of its types.
double MatchPlanner::expansionFactor(const PartInfo& part, std::size_t j) const {
    graph::GraphView g = p_.graph_;
    const RelInfo& r = part.rels[j];
    auto scanned = [&](graph::EntityId node, ast::Direction d) {
        std::size_t n = 0;
        if (d != ast::Direction::In)
            n += g.outDegree(node);
        if (d != ast::Direction::Out)
            n += g.inDegree(node);
        return static_cast<double>(n);
    };
    double total = 0;
    std::size_t samples = 0;
    for (graph::Sym s : r.types.predicates) {
        std::size_t count = g.predicateCount(s);
        std::size_t stride = std::max<std::size_t>(1, count / 64);
        std::size_t i = 0;
        g.forEachRelationWithPredicate(s, [&](graph::RelationId id) {
            if (i++ % stride != 0)
                return;
            bool forward = r.pattern->direction != ast::Direction::In;
            graph::EntityId left = forward ? g.source(id) : g.target(id);
            graph::EntityId right = forward ? g.target(id) : g.source(id);
            if (j + 1 < part.rels.size())
                total += scanned(right, part.rels[j + 1].pattern->direction);
            if (j > 0)
                total += scanned(left, flip(part.rels[j - 1].pattern->direction));
            ++samples;
        });
    }
    return 1 + (samples > 0 ? total / static_cast<double>(samples) : 0);
}

OpPtr MatchPlanner::placeConjuncts(OpPtr op) {
    auto allBound = [&](const std::set<Slot>& slots) {
        return std::all_of(slots.begin(), slots.end(), [&](Slot s) { return bound_.count(s) > 0; });
    };
    if (join_ && allBound(join_->probeSlots)) {
        if (join_->probeNodeIfReached && reached_.count(*join_->probeSlots.begin()) > 0)
            join_->sides.probeNode = *join_->probeSlots.begin();
        // Every probe-side relationship bound so far must differ from the partners' ones, and
        // later expansions must differ from both.
        join_->sides.probeRels = unique_.relationships;
        unique_.relationships.insert(unique_.relationships.end(), join_->sides.buildRels.begin(),
                                     join_->sides.buildRels.end());
        for (Slot s : join_->buildBound)
            bound_.insert(s);
        op = std::make_unique<exec::HashJoin>(std::move(op), std::move(join_->build),
                                              std::move(join_->sides), join_->text);
        join_.reset();
    }
    for (Conjunct& c : conjuncts_) {
        if (c.placed || !allBound(c.slots))
            continue;
        c.placed = true;
        std::string text(p_.text_.substr(c.expr.span.offset, c.expr.span.length));
        // A condition on one node alone is the same for every row reaching that node.
        std::optional<Slot> perNode;
        if (c.slots.size() == 1 && reached_.count(*c.slots.begin()) > 0)
            perNode = *c.slots.begin();
        op = std::make_unique<exec::Filter>(std::move(op), c.expr, text, perNode);
    }
    return op;
}

std::optional<std::size_t> MatchPlanner::joinConjunct(const PartInfo& part) const {
    if (clause_.optional || bound_.empty() || !unique_.lists.empty() ||
        part.part->kind != ast::PatternKind::Plain || part.pathSlot)
        return std::nullopt;
    std::set<Slot> own;
    for (const NodeInfo& n : part.nodes)
        own.insert(n.slot);
    for (const RelInfo& r : part.rels) {
        if (r.pattern->variableLength)
            return std::nullopt;
        own.insert(r.slot);
    }
    // A pattern sharing a node with what is bound expands from it instead.
    if (std::any_of(own.begin(), own.end(), [&](Slot s) { return bound_.count(s) > 0; }))
        return std::nullopt;
    auto within = [](const std::set<Slot>& slots, auto&& in) {
        return !slots.empty() && std::all_of(slots.begin(), slots.end(), in);
    };
    for (std::size_t i = 0; i < conjuncts_.size(); ++i) {
        const Conjunct& c = conjuncts_[i];
        if (c.placed || c.expr.kind != BoundKind::Binary || c.expr.op != ast::Op::Eq)
            continue;
        std::set<Slot> left, right;
        collectSlots(c.expr.children[0], left);
        collectSlots(c.expr.children[1], right);
        auto isBound = [&](Slot s) { return bound_.count(s) > 0; };
        auto isOwn = [&](Slot s) { return own.count(s) > 0; };
        if ((within(left, isBound) && within(right, isOwn)) ||
            (within(right, isBound) && within(left, isOwn)))
            return i;
    }
    return std::nullopt;
}

// The part is matched once, on its own, instead of once per earlier row: everything bound so
// far becomes the build side of a hash join placed as soon as the part binds its key.
OpPtr MatchPlanner::planJoinedPart(OpPtr build, const PartInfo& part, std::size_t conjunct) {
    Conjunct& c = conjuncts_[conjunct];
    c.placed = true;
    std::set<Slot> left;
    collectSlots(c.expr.children[0], left);
    bool buildLeft = std::all_of(left.begin(), left.end(), [&](Slot s) { return bound_.count(s); });
    PendingJoin join;
    join.build = std::move(build);
    join.sides.buildKey = c.expr.children[buildLeft ? 0 : 1];
    join.sides.probeKey = c.expr.children[buildLeft ? 1 : 0];
    collectSlots(join.sides.probeKey, join.probeSlots);
    // Known only once the part is planned: whether its key node is reached by edges.
    join.probeNodeIfReached = join.probeSlots.size() == 1;
    join.sides.buildSlots.assign(bound_.begin(), bound_.end());
    join.sides.buildRels = unique_.relationships;
    join.buildBound = bound_;
    join.text = std::string(p_.text_.substr(c.expr.span.offset, c.expr.span.length));
    // The probe side starts from an empty row: nothing of the build side is bound in it.
    std::set<Slot> buildBound = std::move(bound_);
    bound_.clear();
    unique_.relationships.clear();
    join_ = std::move(join);
    OpPtr op = planPart(std::make_unique<exec::SingleRow>(), part);
    // Slots bound before stay bound (and recorded as new only once).
    bound_.insert(buildBound.begin(), buildBound.end());
    return placeConjuncts(std::move(op));
}

std::string MatchPlanner::nodeText(const NodeInfo& n) const {
    std::string s = "(" + quoteIfNeeded(n.name);
    if (n.name.empty())
        s = "(";
    for (const std::string& l : n.pattern->labels)
        s += ":" + quoteIfNeeded(l);
    return s + ")";
}

std::string MatchPlanner::relText(const RelInfo& r, ast::Direction d) const {
    std::string inner = (r.name.empty() ? "" : quoteIfNeeded(r.name)) + r.types.text;
    if (r.pattern->variableLength) {
        inner += "*" + std::to_string(r.pattern->minHops) + "..";
        if (r.pattern->maxHops != ast::kUnboundedHops)
            inner += std::to_string(r.pattern->maxHops);
    }
    std::string body = inner.empty() ? "-" : "-[" + inner + "]-";
    if (d == ast::Direction::Out)
        return body + ">";
    if (d == ast::Direction::In)
        return "<" + body;
    return body;
}

OpPtr MatchPlanner::startAtNode(OpPtr op, const NodeInfo& node) {
    if (bound_.count(node.slot))
        return op;
    if (auto lookup = lookupFor(node.slot)) {
        op = std::make_unique<exec::NodeByName>(std::move(op), node.slot, nodeText(node),
                                                std::move(lookup->first), lookup->second);
    } else {
        int label = -1;
        if (!node.pattern->labels.empty())
            label = labelCode(node.pattern->labels.front(), node.pattern->labelSpans.front());
        op = std::make_unique<exec::NodeScan>(std::move(op), node.slot, nodeText(node), label);
    }
    bind(node.slot);
    return placeConjuncts(std::move(op));
}

OpPtr MatchPlanner::expand(OpPtr op, const PartInfo& part, std::size_t relIndex, bool rightwards) {
    const RelInfo& rel = part.rels[relIndex];
    const NodeInfo& from = rightwards ? part.nodes[relIndex] : part.nodes[relIndex + 1];
    const NodeInfo& to = rightwards ? part.nodes[relIndex + 1] : part.nodes[relIndex];
    ast::Direction d = rightwards ? rel.pattern->direction : flip(rel.pattern->direction);
    bool toBound = bound_.count(to.slot) > 0;
    std::string text = nodeText(from) + relText(rel, d) + nodeText(to);
    if (rel.pattern->variableLength) {
        op = std::make_unique<exec::VarExpand>(std::move(op), from.slot, rel.slot, to.slot, toBound,
                                               rel.types, d, rel.pattern->minHops,
                                               p_.hopBound(*rel.pattern), unique_, rel.edgeFilter,
                                               rel.edgeSlot, text);
        unique_.lists.push_back(rel.slot);
    } else {
        op = std::make_unique<exec::Expand>(std::move(op), from.slot, rel.slot, to.slot, toBound,
                                            rel.types, d, unique_, text);
        unique_.relationships.push_back(rel.slot);
    }
    if (!toBound)
        reached_.insert(to.slot);
    bind(rel.slot);
    bind(to.slot);
    return placeConjuncts(std::move(op));
}

OpPtr MatchPlanner::planShortest(OpPtr op, const PartInfo& part) {
    op = startAtNode(std::move(op), part.nodes.front());
    op = startAtNode(std::move(op), part.nodes.back());
    const RelInfo& rel = part.rels.front();
    const ast::RelPattern& r = *rel.pattern;
    if (r.minHops > 1)
        p_.error(r.span, "shortestPath allows a minimum length of 0 or 1 only");
    if (rel.edgeFilter)
        p_.error(r.span, "shortestPath does not take relationship properties; filter with WHERE");
    std::optional<Slot> list;
    if (!rel.name.empty())
        list = rel.slot;
    bool all = part.part->kind == ast::PatternKind::AllShortestPaths;
    std::string text = std::string(all ? "allShortestPaths " : "shortestPath ") +
                       nodeText(part.nodes.front()) + relText(rel, r.direction) +
                       nodeText(part.nodes.back());
    op = std::make_unique<exec::ShortestPath>(
        std::move(op), part.nodes.front().slot, part.nodes.back().slot, part.pathSlot, list,
        rel.types, r.direction, r.variableLength ? r.minHops : 1, r.variableLength ? r.maxHops : 1,
        all, text);
    bind(rel.slot);
    if (part.pathSlot)
        bind(*part.pathSlot);
    return placeConjuncts(std::move(op));
}

OpPtr MatchPlanner::planPart(OpPtr op, const PartInfo& part) {
    if (part.part->kind != ast::PatternKind::Plain)
        return planShortest(std::move(op), part);
    Start start = bestStart(part);
    std::size_t left = start.index;  // expansions go left from this node
    std::size_t right = start.index; // and right from this one
    if (start.atRelation) {
        const RelInfo& rel = part.rels[start.index];
        const NodeInfo& a = part.nodes[start.index];
        const NodeInfo& b = part.nodes[start.index + 1];
        std::string text = nodeText(a) + relText(rel, rel.pattern->direction) + nodeText(b);
        op = std::make_unique<exec::RelationshipByType>(std::move(op), a.slot, rel.slot, b.slot,
                                                        rel.types, rel.pattern->direction, text);
        unique_.relationships.push_back(rel.slot);
        reached_.insert(a.slot);
        reached_.insert(b.slot);
        bind(a.slot);
        bind(rel.slot);
        bind(b.slot);
        op = placeConjuncts(std::move(op));
        right = start.index + 1;
    } else {
        op = startAtNode(std::move(op), part.nodes[start.index]);
    }
    for (std::size_t j = right; j < part.rels.size(); ++j)
        op = expand(std::move(op), part, j, true);
    for (std::size_t j = left; j > 0; --j)
        op = expand(std::move(op), part, j - 1, false);
    if (part.pathSlot) {
        std::vector<exec::BuildPath::Step> steps;
        for (const RelInfo& r : part.rels)
            steps.push_back({r.slot, r.pattern->variableLength});
        op = std::make_unique<exec::BuildPath>(std::move(op), *part.pathSlot,
                                               part.nodes.front().slot, std::move(steps),
                                               part.part->pathVariable);
        bind(*part.pathSlot);
        op = placeConjuncts(std::move(op));
    }
    return op;
}

OpPtr MatchPlanner::plan(OpPtr input) {
    declare();
    OpPtr op = placeConjuncts(std::move(input));
    std::vector<bool> done(parts_.size(), false);
    for (std::size_t n = 0; n < parts_.size(); ++n) {
        std::size_t pick = 0;
        double cost = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < parts_.size(); ++i) {
            if (done[i])
                continue;
            double c = bestStart(parts_[i]).cost;
            if (c < cost || cost == std::numeric_limits<double>::infinity()) {
                cost = c;
                pick = i;
            }
        }
        done[pick] = true;
        if (auto join = joinConjunct(parts_[pick]))
            op = planJoinedPart(std::move(op), parts_[pick], *join);
        else
            op = planPart(std::move(op), parts_[pick]);
    }
    return placeConjuncts(std::move(op));
}

OpPtr Planner::planMatch(OpPtr input, const ast::Clause& clause) {
    MatchPlanner match(*this, clause);
    if (!clause.optional)
        return match.plan(std::move(input));
    auto argument = std::make_unique<exec::SingleRow>();
    exec::SingleRow* leaf = argument.get();
    OpPtr inner = match.plan(std::move(argument));
    return std::make_unique<exec::Optional>(std::move(input), std::move(inner), leaf,
                                            match.newSlots());
}

} // namespace kg::query::plan
