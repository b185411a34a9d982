#include "export/fact_reports.h"

#include "export/diagram_text.h"
#include "graph/contradictions.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace kg::exporter {

namespace {

using query::Value;

const std::vector<std::string> kFactColumns = {"id",  "fact", "stance",  "speaker",
                                               "doc", "date", "sentence"};

Value optional(std::string_view s) {
    return s.empty() ? Value() : Value(s);
}

// "Mark Rutte — not back · by 2029 — the plan": the fact as a diagram labels it.
std::string factText(const graph::KnowledgeGraph& g, const graph::Relation& r) {
    return fmt::format("{} — {} — {}", g.name(r.source), edgeLabelLines(g, r).front(),
                       g.name(r.target));
}

// The fact columns, with the evidence of `mention` (its first mention when null).
void appendFact(const graph::KnowledgeGraph& g, graph::RelationId id, const graph::Mention* mention,
                std::vector<Value>& row) {
    const graph::Relation& r = g.relation(id);
    if (mention == nullptr && !r.mentions.empty())
        mention = &r.mentions.front();
    row.emplace_back(static_cast<std::int64_t>(id));
    row.emplace_back(factText(g, r));
    row.emplace_back(graph::stanceName(r.stance));
    row.push_back(r.attributedTo != graph::kNoId && g.isLive(r.attributedTo)
                      ? Value(g.name(r.attributedTo))
                      : Value());
    row.push_back(mention ? optional(g.str(mention->doc)) : Value());
    row.push_back(mention ? optional(graph::isoDay(g.str(mention->date))) : Value());
    row.push_back(mention ? optional(g.str(mention->text)) : Value());
}

std::vector<std::string> withFactColumns(std::vector<std::string> first) {
    first.insert(first.end(), kFactColumns.begin(), kFactColumns.end());
    return first;
}

// Whether any of the relation's mentions is dated inside `window`.
bool statedIn(const graph::KnowledgeGraph& g, const graph::Relation& r,
              const graph::DayWindow& window) {
    return std::any_of(r.mentions.begin(), r.mentions.end(), [&](const graph::Mention& m) {
        return window.contains(graph::isoDay(g.str(m.date)));
    });
}

const graph::Mention* lastMentionIn(const graph::KnowledgeGraph& g, const graph::Relation& r,
                                    const graph::DayWindow& window) {
    const graph::Mention* last = nullptr;
    for (const graph::Mention& m : r.mentions) {
        const std::string_view day = graph::isoDay(g.str(m.date));
        if (window.contains(day) && (last == nullptr || day >= graph::isoDay(g.str(last->date))))
            last = &m;
    }
    return last;
}

} // namespace

void writeContradictions(const graph::KnowledgeGraph& g, query::RowSink& sink) {
    sink.columns(withFactColumns({"contradiction", "kind", "subject", "object"}));
    const graph::ContradictionIndex index(g);
    std::int64_t number = 0;
    for (const graph::Contradiction& c : index.pairs()) {
        ++number;
        for (graph::RelationId side : {c.first, c.second}) {
            const graph::Relation& r = g.relation(side);
            std::vector<Value> row{Value(number), Value(graph::contradictionKindName(c.kind)),
                                   Value(g.name(r.source)), Value(g.name(r.target))};
            appendFact(g, side, nullptr, row);
            if (!sink.row(row))
                return;
        }
    }
}

void writeDiff(const graph::KnowledgeGraph& g, const std::string& from, const std::string& to,
               query::RowSink& sink) {
    sink.columns(withFactColumns({"change"}));
    const graph::DayWindow before{"", from};
    const graph::DayWindow after{from, to};
    // `after` starts the day after `from`: a day belongs to one window only.
    auto inAfter = [&](const graph::Relation& r) {
        return std::any_of(r.mentions.begin(), r.mentions.end(), [&](const graph::Mention& m) {
            const std::string_view day = graph::isoDay(g.str(m.date));
            return after.contains(day) && day != from;
        });
    };
    std::map<std::pair<graph::EntityId, graph::EntityId>, std::set<graph::Stance>> stancesBefore;
    std::map<std::pair<graph::EntityId, graph::EntityId>, std::set<graph::Stance>> stancesAfter;
    std::vector<std::pair<std::string, graph::RelationId>> changes;
    for (graph::RelationId id : g.relationIds()) {
        const graph::Relation& r = g.relation(id);
        const bool was = statedIn(g, r, before);
        const bool is = inAfter(r);
        if (is && !was)
            changes.emplace_back("appeared", id);
        else if (was && !is)
            changes.emplace_back("disappeared", id);
        if (r.stance == graph::Stance::Neutral)
            continue;
        if (was)
            stancesBefore[{r.source, r.target}].insert(r.stance);
        if (is)
            stancesAfter[{r.source, r.target}].insert(r.stance);
    }
    for (const auto& [change, id] : changes) {
        std::vector<Value> row{Value(change)};
        const graph::Relation& r = g.relation(id);
        appendFact(g, id, lastMentionIn(g, r, change == "appeared" ? after : before), row);
        if (!sink.row(row))
            return;
    }
    // A pair that held one stance before and only the other after changed its position; the
    // facts stating the new one are listed.
    for (const auto& [pair, now] : stancesAfter) {
        auto old = stancesBefore.find(pair);
        if (old == stancesBefore.end() || old->second.size() != 1 || now.size() != 1 ||
            *old->second.begin() == *now.begin())
            continue;
        const std::string change =
            fmt::format("stance {} -> {}", graph::stanceName(*old->second.begin()),
                        graph::stanceName(*now.begin()));
        for (const graph::EdgeView& e : g.outEdges(pair.first)) {
            const graph::Relation& r = g.relation(e.relation);
            if (e.other != pair.second || r.stance != *now.begin() || !inAfter(r))
                continue;
            std::vector<Value> row{Value(change)};
            appendFact(g, e.relation, lastMentionIn(g, r, after), row);
            if (!sink.row(row))
                return;
        }
    }
}

void writeTimeline(const graph::KnowledgeGraph& g, graph::EntityId entity, query::RowSink& sink) {
    sink.columns(kFactColumns);
    std::vector<std::pair<graph::RelationId, const graph::Mention*>> events;
    auto add = [&](graph::RelationId id) {
        const graph::Relation& r = g.relation(id);
        if (r.mentions.empty())
            events.emplace_back(id, nullptr);
        for (const graph::Mention& m : r.mentions)
            events.emplace_back(id, &m);
    };
    for (const graph::EdgeView& e : g.outEdges(entity))
        add(e.relation);
    for (const graph::EdgeView& e : g.inEdges(entity))
        if (e.other != entity) // a loop is already listed among the out-edges
            add(e.relation);
    auto day = [&](const graph::Mention* m) {
        return m == nullptr ? std::string_view() : graph::isoDay(g.str(m->date));
    };
    std::stable_sort(events.begin(), events.end(), [&](const auto& a, const auto& b) {
        const std::string_view da = day(a.second), db = day(b.second);
        if (da.empty() != db.empty())
            return db.empty();
        return da != db ? da < db : a.first < b.first;
    });
    for (const auto& [id, mention] : events) {
        std::vector<Value> row;
        appendFact(g, id, mention, row);
        if (!sink.row(row))
            return;
    }
}

} // namespace kg::exporter
