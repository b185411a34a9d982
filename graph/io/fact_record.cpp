#include "graph/io/fact_record.h"

#include <stdexcept>

namespace kg::graph {

namespace {

EntityId addFactEntity(KnowledgeGraph& graph, const FactEntity& entity, bool mentioned) {
    EntityId id = graph.addEntity(entity.name, entity.type);
    // An alias that already names another entity stays with that entity: aliases merge what is
    // certainly the same thing, and a clash means this record cannot tell.
    for (const std::string& alias : entity.aliases)
        if (!alias.empty())
            graph.addAlias(id, alias);
    if (mentioned)
        graph.addMentions(id, 1);
    return id;
}

} // namespace

KnowledgeGraph::AddResult addFactRecord(KnowledgeGraph& graph, const FactRecord& record) {
    if (record.subject.name.empty() || record.predicate.empty() || record.object.name.empty())
        throw std::invalid_argument("a fact needs a subject, a predicate and an object");
    bool mentioned = !record.doc.empty();
    RelationInput in;
    in.source = addFactEntity(graph, record.subject, mentioned);
    in.target = addFactEntity(graph, record.object, mentioned);
    in.predicate = record.predicate;
    in.surface = record.surface;
    in.negated = record.negated;
    in.stance = record.stance;
    in.modality = record.modality;
    if (!record.attributedTo.empty())
        in.attributedTo = graph.addEntity(record.attributedTo, record.attributedType);
    in.time = record.time;
    in.quantity = record.quantity;
    in.place = record.place;
    in.confidence = record.confidence;
    if (mentioned)
        in.mention = MentionInput{record.doc,  record.sentence, record.begin, record.end,
                                  record.text, record.date,     record.source};
    return graph.addRelation(in);
}

} // namespace kg::graph
