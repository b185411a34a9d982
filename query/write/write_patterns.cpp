// CREATE and MERGE: entities are found by name (kg's names are unique, so MERGE on a name
// finds the one entity it can mean), relations by the fields that make a fact that fact.
#include "query/properties.h"
#include "query/write/statement_writer.h"

#include <algorithm>
#include <array>
#include <fmt/core.h>

namespace kg::query::write {

namespace {

constexpr std::string_view kEntityKeys = "name, type and aliases";
constexpr std::string_view kRelationKeys =
    "negated, modality, attributed_to, time, quantity, place, confidence and stance";
constexpr std::array<RelationProperty, 8> kRelationKeyList = {
    RelationProperty::Negated,    RelationProperty::Modality, RelationProperty::AttributedTo,
    RelationProperty::Time,       RelationProperty::Quantity, RelationProperty::Place,
    RelationProperty::Confidence, RelationProperty::Stance};

bool isRelationKey(const std::string& key) {
    auto p = findRelationProperty(key);
    return p && std::find(kRelationKeyList.begin(), kRelationKeyList.end(), *p) !=
                    kRelationKeyList.end();
}

const std::string& requireString(const Value& v) {
    static const std::string empty;
    return v.isString() ? v.asString() : empty;
}

} // namespace

graph::EntityType StatementWriter::labelType(const std::vector<std::string>& labels,
                                             const std::vector<ast::Span>& spans) const {
    if (labels.size() > 1)
        error(spans[1],
              "an entity has one type: give one label, not " + std::to_string(labels.size()));
    auto type = graph::parseEntityType(labels.front());
    if (!type) {
        std::vector<std::string_view> names;
        for (graph::EntityType t : graph::kAllEntityTypes)
            names.push_back(graph::entityTypeName(t));
        std::string hint = closestName(labels.front(), names);
        error(spans.front(),
              "unknown label '" + labels.front() + "'" +
                  (hint.empty() ? " (labels are entity types: " + graph::entityTypeList() + ")"
                                : " (did you mean " + hint + "?)"));
    }
    return *type;
}

graph::EntityId StatementWriter::entityFor(const ast::NodePattern& node, std::size_t row,
                                           bool mergeIt) {
    const char* clause = mergeIt ? "MERGE" : "CREATE";
    if (!node.variable.empty()) {
        Value bound = current(node.variable, node.span, row);
        if (bound.isNull() && !freshNames_.contains(node.variable))
            error(node.span, fmt::format("{} is null in a row (OPTIONAL MATCH found nothing): {} "
                                         "cannot use it",
                                         node.variable, clause));
        if (!bound.isNull()) {
            if (!node.labels.empty() || !node.properties.empty())
                error(node.span, fmt::format("{} is already bound: {} ({}) may not give it "
                                             "labels or properties (SET changes them)",
                                             node.variable, clause, node.variable));
            if (!bound.isNode())
                error(node.span, node.variable + " is no entity");
            return bound.asNode();
        }
    }
    std::string name;
    std::optional<graph::EntityType> type;
    std::vector<std::string> aliases;
    if (!node.labels.empty())
        type = labelType(node.labels, node.labelSpans);
    for (const ast::PropertyEntry& p : node.properties) {
        Value v = evaluate(*p.value, row);
        if (p.key == "name") {
            if (!v.isString() || v.asString().empty())
                error(p.value->span, "an entity's name must be a non-empty string");
            name = v.asString();
        } else if (p.key == "type") {
            auto parsed = v.isString() ? graph::parseEntityType(v.asString()) : std::nullopt;
            if (!parsed)
                error(p.value->span, "type must be one of " + graph::entityTypeList());
            type = parsed;
        } else if (p.key == "aliases") {
            if (!v.isList())
                error(p.value->span, "aliases must be a list of strings");
            for (const Value& a : v.asList()) {
                if (requireString(a).empty())
                    error(p.value->span, "aliases must be a list of non-empty strings");
                aliases.push_back(a.asString());
            }
        }
    }
    if (name.empty())
        error(node.span,
              fmt::format("a new entity needs a name: {} (x {{name: \"...\"}})", clause));

    graph::EntityId id;
    if (auto existing = graph_.findEntity(name)) {
        if (!mergeIt)
            error(node.span, fmt::format("'{}' names the entity '{}' already (MERGE finds it or "
                                         "creates it)",
                                         name, graph_.name(*existing)));
        id = *existing;
        graph::EntityType has = graph_.entity(id).type;
        if (type && has != *type && has != graph::EntityType::Other)
            error(node.span,
                  fmt::format("'{}' is of type {}: MERGE cannot make a second "
                              "entity of that name, of type {}",
                              name, graph::entityTypeName(has), graph::entityTypeName(*type)));
        if (type && has != *type) {
            graph_.setType(id, *type);
            ++summary_.labelsSet;
        }
    } else {
        id = graph_.addEntity(name, type.value_or(graph::EntityType::Other));
        ++summary_.entitiesCreated;
    }
    for (const std::string& alias : aliases) {
        if (graph_.findEntity(alias) == id)
            continue;
        if (!graph_.addAlias(id, alias))
            error(node.span, fmt::format("the alias '{}' names another entity, '{}'", alias,
                                         graph_.name(*graph_.findEntity(alias))));
        ++summary_.propertiesSet;
    }
    if (!node.variable.empty())
        rows_[row][find(node.variable)->slot] = Value(NodeRef{id});
    return id;
}

graph::RelationId StatementWriter::relationFor(const ast::RelPattern& rel, graph::EntityId left,
                                               graph::EntityId right, std::size_t row,
                                               bool mergeIt) {
    graph::Relation r;
    r.source = rel.direction == ast::Direction::Out ? left : right;
    r.target = rel.direction == ast::Direction::Out ? right : left;
    r.predicate = graph_.intern(rel.types.front());
    for (const ast::PropertyEntry& p : rel.properties) {
        Value v = evaluate(*p.value, row);
        auto property = findRelationProperty(p.key);
        auto text = [&]() -> graph::Sym {
            if (!v.isString())
                error(p.value->span, p.key + " must be a string");
            return v.asString().empty() ? graph::kNoSym : graph_.intern(v.asString());
        };
        switch (property.value_or(RelationProperty::Support)) {
        case RelationProperty::Negated:
            if (!v.isBool())
                error(p.value->span, "negated must be true or false");
            r.negated = v.asBool();
            break;
        case RelationProperty::Modality:
            r.modality = text();
            break;
        case RelationProperty::Time:
            r.qualifiers.time = text();
            break;
        case RelationProperty::Quantity:
            r.qualifiers.quantity = text();
            break;
        case RelationProperty::Place:
            r.qualifiers.place = text();
            break;
        case RelationProperty::AttributedTo: {
            auto speaker = v.isString() ? graph_.findEntity(v.asString()) : std::nullopt;
            if (!speaker)
                error(p.value->span, "attributed_to must name an entity of the graph");
            r.attributedTo = *speaker;
            break;
        }
        case RelationProperty::Confidence:
            if (!v.isNumber() || v.asNumber() < 0 || v.asNumber() > 1)
                error(p.value->span, "confidence must be a number from 0 to 1");
            r.confidence = static_cast<float>(v.asNumber());
            break;
        case RelationProperty::Stance: {
            auto stance = v.isString() ? graph::parseStance(v.asString()) : std::nullopt;
            if (!stance)
                error(p.value->span, "stance must be neutral, support or oppose");
            r.stance = *stance;
            break;
        }
        default: // checkShape let no other key through
            break;
        }
    }

    graph::RelationId id = graph::kNoId;
    if (mergeIt) {
        for (graph::EdgeView e : graph_.outEdges(r.source)) {
            const graph::Relation& have = graph_.relation(e.relation);
            if (e.other == r.target && have.predicate == r.predicate && have.negated == r.negated &&
                have.modality == r.modality && have.attributedTo == r.attributedTo &&
                have.qualifiers == r.qualifiers) {
                id = e.relation;
                break;
            }
        }
    }
    if (id == graph::kNoId) {
        graph::Mention manual;
        manual.doc = graph_.intern(kManualProvenance);
        manual.source = manual.doc;
        manual.text =
            writeOptions_.note.empty() ? graph::kNoSym : graph_.intern(writeOptions_.note);
        r.mentions.push_back(manual);
        auto added = graph_.addRelation(std::move(r));
        id = added.id;
        summary_.relationsCreated += added.inserted ? 1 : 0;
    }
    if (!rel.variable.empty())
        rows_[row][find(rel.variable)->slot] = Value(RelationshipRef{id});
    return id;
}

void StatementWriter::checkShape(const ast::Clause& clause) const {
    const char* name = ast::writingClauseKeyword(clause);
    for (const ast::PatternPart& part : clause.patterns) {
        if (!part.pathVariable.empty() || part.kind != ast::PatternKind::Plain)
            error(part.span, "CREATE and MERGE take plain patterns (no paths, no shortestPath)");
        for (const ast::NodePattern& n : part.nodes)
            for (const ast::PropertyEntry& p : n.properties)
                if (p.key != "name" && p.key != "type" && p.key != "aliases")
                    error(p.keySpan, fmt::format("{} gives an entity its {}, not '{}'", name,
                                                 kEntityKeys, p.key));
        for (const ast::RelPattern& rel : part.rels) {
            if (rel.variableLength)
                error(rel.span, fmt::format("{} makes one relation at a time: no '*' here", name));
            if (rel.direction == ast::Direction::Both)
                error(rel.span, fmt::format("{} needs the relation's direction: -[:type]-> or "
                                            "<-[:type]-",
                                            name));
            if (rel.types.size() != 1)
                error(rel.span, fmt::format("{} needs exactly one relation type, the predicate: "
                                            "-[:criticised]->",
                                            name));
            for (const ast::PropertyEntry& p : rel.properties)
                if (!isRelationKey(p.key))
                    error(p.keySpan, fmt::format("{} gives a relation its {}, not '{}'", name,
                                                 kRelationKeys, p.key));
        }
    }
}

void StatementWriter::createOrMerge(const ast::Clause& clause) {
    // Whatever can be wrong whatever the rows hold is found before the first change.
    checkShape(clause);
    // The clause's new names are declared once, before its first row.
    freshNames_.clear();
    for (const ast::PatternPart& part : clause.patterns) {
        for (const ast::NodePattern& n : part.nodes)
            if (!n.variable.empty() && find(n.variable) == nullptr) {
                declare(n.variable, plan::VarKind::Node);
                freshNames_.insert(n.variable);
            }
        for (const ast::RelPattern& r : part.rels)
            if (!r.variable.empty()) {
                if (find(r.variable) != nullptr)
                    error(r.span, "variable '" + r.variable + "' is already bound");
                declare(r.variable, plan::VarKind::Relationship);
            }
    }
    bool mergeIt = clause.kind == ast::ClauseKind::Merge;
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        rows_[row].resize(planner_.slotCount());
        for (const ast::PatternPart& part : clause.patterns) {
            graph::EntityId left = entityFor(part.nodes[0], row, mergeIt);
            for (std::size_t i = 0; i < part.rels.size(); ++i) {
                graph::EntityId right = entityFor(part.nodes[i + 1], row, mergeIt);
                relationFor(part.rels[i], left, right, row, mergeIt);
                left = right;
            }
        }
    }
}

} // namespace kg::query::write
