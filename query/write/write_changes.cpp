// SET, REMOVE and DELETE. A relation whose identity changes (predicate, negation, modality,
// speaker, qualifiers) becomes another fact, merged into an identical one if the graph has it
// (KnowledgeGraph::reviseRelation); rows that held it follow it to its new id.
#include "query/exec/evaluate.h"
#include "query/properties.h"
#include "query/write/statement_writer.h"

#include <fmt/core.h>

namespace kg::query::write {

namespace {

std::string itemText(const ast::SetItem& item) {
    return item.variable + "." + item.key;
}

} // namespace

void StatementWriter::changeEntity(graph::EntityId id, const ast::SetItem& item, const Value& value,
                                   bool remove) {
    if (!item.labels.empty()) {
        graph::EntityType type = labelType(item.labels, item.labelSpans);
        graph::EntityType has = graph_.entity(id).type;
        if (!remove && has != type)
            graph_.setType(id, type);
        else if (remove && has == type)
            graph_.setType(id, graph::EntityType::Other);
        else
            return;
        ++summary_.labelsSet;
        return;
    }
    auto property = findEntityProperty(item.key);
    if (!property) {
        std::string hint = closestName(item.key, entityPropertyNames());
        error(item.keySpan, "unknown node property '" + item.key + "'" +
                                (hint.empty() ? "" : " (did you mean " + hint + "?)"));
    }
    const ast::Span& at = item.value ? item.value->span : item.keySpan;
    switch (*property) {
    case EntityProperty::Name:
        if (remove || !value.isString() || value.asString().empty())
            error(at, "an entity's name must be a non-empty string (it cannot be removed)");
        if (!graph_.rename(id, value.asString()))
            error(at,
                  fmt::format("'{}' names another entity, '{}' (kg merge-entities joins the "
                              "two)",
                              value.asString(), graph_.name(*graph_.findEntity(value.asString()))));
        break;
    case EntityProperty::Type: {
        auto type = remove || value.isNull() ? std::optional(graph::EntityType::Other)
                    : value.isString()       ? graph::parseEntityType(value.asString())
                                             : std::nullopt;
        if (!type)
            error(at, "type must be one of " + graph::entityTypeList());
        graph_.setType(id, *type);
        break;
    }
    default:
        error(item.keySpan, fmt::format("{} cannot be changed: only an entity's name and type "
                                        "can (its old names stay as aliases; merging adds "
                                        "aliases)",
                                        itemText(item)));
    }
    ++summary_.propertiesSet;
}

graph::RelationId StatementWriter::changeRelation(graph::RelationId id, const ast::SetItem& item,
                                                  const Value& value, bool remove) {
    if (!item.labels.empty())
        error(item.labelSpans.front(), item.variable + " is a relation: labels are entity types");
    auto property = findRelationProperty(item.key);
    if (!property) {
        std::string hint = closestName(item.key, relationPropertyNames());
        error(item.keySpan, "unknown relationship property '" + item.key + "'" +
                                (hint.empty() ? "" : " (did you mean " + hint + "?)"));
    }
    const ast::Span& at = item.value ? item.value->span : item.keySpan;
    bool cleared = remove || value.isNull();
    graph::Relation revised = graph_.relation(id);
    auto text = [&](const char* what) -> graph::Sym {
        if (cleared)
            return graph::kNoSym;
        if (!value.isString())
            error(at, fmt::format("{} must be a string or null", what));
        return value.asString().empty() ? graph::kNoSym : graph_.intern(value.asString());
    };
    switch (*property) {
    case RelationProperty::Predicate:
        if (cleared || !value.isString() || value.asString().empty())
            error(at, "a relation's predicate must be a non-empty string (it cannot be removed)");
        revised.predicate = graph_.intern(value.asString());
        break;
    case RelationProperty::Negated:
        if (!cleared && !value.isBool())
            error(at, "negated must be true or false");
        revised.negated = !cleared && value.asBool();
        break;
    case RelationProperty::Modality:
        revised.modality = text("modality");
        break;
    case RelationProperty::Time:
        revised.qualifiers.time = text("time");
        break;
    case RelationProperty::Quantity:
        revised.qualifiers.quantity = text("quantity");
        break;
    case RelationProperty::Place:
        revised.qualifiers.place = text("place");
        break;
    case RelationProperty::AttributedTo: {
        auto speaker = cleared            ? std::optional(graph::kNoId)
                       : value.isString() ? graph_.findEntity(value.asString())
                                          : std::nullopt;
        if (!speaker)
            error(at, "attributed_to must name an entity of the graph, or be null");
        revised.attributedTo = *speaker;
        break;
    }
    case RelationProperty::Confidence:
        if (cleared || !value.isNumber() || value.asNumber() < 0 || value.asNumber() > 1)
            error(at, "confidence must be a number from 0 to 1 (it cannot be removed)");
        revised.confidence = static_cast<float>(value.asNumber());
        break;
    case RelationProperty::Stance: {
        auto stance = cleared            ? std::optional(graph::Stance::Neutral)
                      : value.isString() ? graph::parseStance(value.asString())
                                         : std::nullopt;
        if (!stance)
            error(at, "stance must be neutral, support or oppose");
        revised.stance = *stance;
        break;
    }
    default:
        error(item.keySpan,
              fmt::format("{} is read from the sources; it cannot be changed", itemText(item)));
    }
    ++summary_.propertiesSet;
    graph::RelationId now = graph_.reviseRelation(id, std::move(revised));
    if (now != id)
        movedRelations_[id] = now;
    return now;
}

void StatementWriter::change(const ast::Clause& clause) {
    bool remove = clause.kind == ast::ClauseKind::Remove;
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        for (const ast::SetItem& item : clause.changes) {
            Value value = item.value ? evaluate(*item.value, row) : Value();
            Value target = current(item.variable, item.variableSpan, row);
            if (target.isNode())
                changeEntity(target.asNode(), item, value, remove);
            else if (target.isRelationship())
                changeRelation(target.asRelationship(), item, value, remove);
            // SET on null (a row OPTIONAL MATCH found nothing for) changes nothing, as in Cypher.
        }
    }
}

void StatementWriter::remove(const ast::Clause& clause) {
    if (clause.kind == ast::ClauseKind::Remove) {
        change(clause);
        return;
    }
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        for (const ast::ExprPtr& e : clause.deleted) {
            Value v = evaluate(*e, row);
            if (v.isRelationship()) {
                graph::RelationId id = followMoves(v.asRelationship());
                if (graph_.isLiveRelation(id)) {
                    graph_.removeRelation(id);
                    ++summary_.relationsDeleted;
                }
            } else if (v.isNode()) {
                graph::EntityId id = v.asNode();
                if (!graph_.isLive(id))
                    continue; // deleted by an earlier row
                std::size_t before = graph_.relationCount();
                if (before > 0 && graph_.degree(id) > 0 && !clause.detach)
                    error(e->span, fmt::format("cannot delete '{}': it has {} {} (DETACH DELETE "
                                               "deletes them too)",
                                               graph_.name(id), graph_.degree(id),
                                               graph_.degree(id) == 1 ? "relation" : "relations"));
                graph_.removeEntity(id);
                ++summary_.entitiesDeleted;
                summary_.relationsDeleted += before - graph_.relationCount();
            } else if (!v.isNull()) {
                error(e->span, fmt::format("DELETE takes entities and relations, not {}",
                                           exec::typeName(v)));
            }
        }
    }
}

} // namespace kg::query::write
