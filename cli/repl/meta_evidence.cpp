// :evidence N — the sentences behind the relations of one row of the last result, so that an
// analyst can check a claim against its sources without leaving the REPL.
#include "base/text_width.h"
#include "cli/repl/meta_commands.h"

#include <charconv>
#include <fmt/core.h>

namespace kg::cli::repl {
namespace {

void collectRelations(const query::Value& value, std::vector<graph::RelationId>& out) {
    if (value.isRelationship()) {
        out.push_back(value.asRelationship());
    } else if (value.isPath()) {
        const auto& rels = value.asPath().relationships;
        out.insert(out.end(), rels.begin(), rels.end());
    } else if (value.isList()) {
        for (const query::Value& item : value.asList())
            collectRelations(item, out);
    }
}

std::string describeRelation(const graph::KnowledgeGraph& g, const graph::Relation& r) {
    std::string text =
        fmt::format("{} -[:{}]-> {}", g.name(r.source), g.str(r.predicate), g.name(r.target));
    std::vector<std::string> facets;
    if (r.negated)
        facets.emplace_back("negated");
    if (r.modality != graph::kNoSym)
        facets.push_back(fmt::format("modality {}", g.str(r.modality)));
    if (r.attributedTo != graph::kNoId && g.isLive(r.attributedTo))
        facets.push_back(fmt::format("said by {}", g.name(r.attributedTo)));
    if (r.qualifiers.time != graph::kNoSym)
        facets.push_back(fmt::format("time {}", g.str(r.qualifiers.time)));
    if (r.qualifiers.quantity != graph::kNoSym)
        facets.push_back(fmt::format("quantity {}", g.str(r.qualifiers.quantity)));
    if (r.qualifiers.place != graph::kNoSym)
        facets.push_back(fmt::format("place {}", g.str(r.qualifiers.place)));
    facets.push_back(fmt::format("support {}", r.support));
    facets.push_back(fmt::format("confidence {:.2f}", r.confidence));
    text += " (";
    for (std::size_t i = 0; i < facets.size(); ++i)
        text += (i > 0 ? ", " : "") + facets[i];
    return text + ")";
}

std::string describeMention(const graph::KnowledgeGraph& g, const graph::Mention& m) {
    std::string where = fmt::format("  {} sentence {}", g.str(m.doc), m.sentence);
    if (m.date != graph::kNoSym)
        where += fmt::format(", {}", g.str(m.date));
    if (m.source != graph::kNoSym)
        where += fmt::format(", {}", g.str(m.source));
    std::string text =
        m.text == graph::kNoSym ? "(no sentence text)" : base::singleLine(g.str(m.text));
    return fmt::format("{}\n    {}\n", where, text);
}

} // namespace

void metaEvidence(Session& session, const MetaArgs& args) {
    args.expect(1, 1);
    const query::QueryResult* last = session.lastResult();
    if (last == nullptr)
        throw MetaError("no result yet: run a query first");
    std::size_t row = 0;
    const std::string& n = args[0];
    auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), row);
    if (ec != std::errc{} || end != n.data() + n.size() || row == 0 || row > last->rows.size())
        throw MetaError(
            fmt::format("row must be a number from 1 to {}, not '{}'", last->rows.size(), n));
    std::vector<graph::RelationId> relations;
    for (const query::Value& value : last->rows[row - 1])
        collectRelations(value, relations);
    if (relations.empty())
        throw MetaError(fmt::format(
            "row {} holds no relationship (return a relationship or a path to see evidence)", row));

    const graph::KnowledgeGraph& g = session.graph();
    std::string text;
    for (graph::RelationId id : relations) {
        if (!g.isLiveRelation(id)) {
            text += "(a relation removed since the query ran)\n";
            continue;
        }
        const graph::Relation& r = g.relation(id);
        text += describeRelation(g, r) + "\n";
        if (r.mentions.empty())
            text += "  no recorded source (imported without provenance)\n";
        for (const graph::Mention& m : r.mentions)
            text += describeMention(g, m);
    }
    session.writeInterruptibly(text);
}

} // namespace kg::cli::repl
