#include "graph/fact_date.h"

#include <algorithm>
#include <fmt/format.h>

namespace kg::graph {

namespace {

bool digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s)
        n = n * 10 + (c - '0');
    return n;
}

int daysInMonth(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

} // namespace

std::string_view isoDay(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return {};
    if (text.size() > 10 && text[10] != ' ')
        return {};
    const std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!digits(y) || !digits(m) || !digits(d))
        return {};
    const int month = number(m), day = number(d);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(number(y), month))
        return {};
    return text.substr(0, 10);
}

std::string_view factDay(GraphView graph, std::span<const Mention> mentions) {
    std::string_view earliest;
    for (const Mention& m : mentions) {
        const std::string_view day = isoDay(graph.str(m.date));
        if (!day.empty() && (earliest.empty() || day < earliest))
            earliest = day;
    }
    return earliest;
}

std::size_t restrictToWindow(KnowledgeGraph& graph, const DayWindow& window) {
    std::size_t removed = 0;
    for (RelationId id : graph.relationIds()) {
        const Relation& r = graph.relation(id);
        std::vector<Mention> kept;
        for (const Mention& m : r.mentions)
            if (window.contains(isoDay(graph.str(m.date))))
                kept.push_back(m);
        if (kept.empty()) {
            graph.removeRelation(id);
            ++removed;
        } else if (kept.size() != r.mentions.size()) {
            graph.keepMentions(id, std::move(kept));
        }
    }
    return removed;
}

KnowledgeGraph copyWindow(const KnowledgeGraph& g, const DayWindow& window) {
    KnowledgeGraph out;
    // Slots that must exist to keep the ids but hold nothing are filled by placeholders and
    // removed at the end; the names cannot clash with real names, which never hold U+0001.
    std::vector<EntityId> placeholders;
    auto placeholder = [&] {
        placeholders.push_back(out.addEntity(fmt::format("\x01{}", out.entityIdBound())));
        return placeholders.back();
    };
    for (EntityId id = 0; id < g.entityIdBound(); ++id) {
        if (!g.isLive(id)) {
            placeholder();
            continue;
        }
        const Entity& e = g.entity(id);
        out.addEntity(g.str(e.name), e.type);
        for (Sym alias : e.aliases)
            out.addAlias(id, g.str(alias));
        if (e.mentions > 0)
            out.addMentions(id, e.mentions);
    }
    const EntityId anchor = g.relationCount() < g.relationIdBound() ? placeholder() : kNoId;
    auto copy = [&](Sym s) { return s == kNoSym ? kNoSym : out.intern(g.str(s)); };
    std::vector<RelationId> gone;
    for (RelationId id = 0; id < g.relationIdBound(); ++id) {
        Relation r;
        const bool live = g.isLiveRelation(id);
        if (live) {
            const Relation& from = g.relation(id);
            r = from;
            r.predicate = copy(from.predicate);
            r.modality = copy(from.modality);
            r.qualifiers = {copy(from.qualifiers.time), copy(from.qualifiers.quantity),
                            copy(from.qualifiers.place)};
            for (Sym& s : r.surfaces)
                s = copy(s);
            r.mentions.clear();
            for (const Mention& m : from.mentions)
                if (window.contains(isoDay(g.str(m.date))))
                    r.mentions.push_back(Mention{copy(m.doc), m.sentence, m.begin, m.end,
                                                 copy(m.text), copy(m.date), copy(m.source)});
            r.support = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(r.mentions.size()));
        } else {
            // A distinct predicate per slot, so no two placeholders merge into one fact.
            r.source = r.target = anchor;
            r.predicate = out.intern(fmt::format("\x01{}", id));
        }
        out.addRelation(std::move(r));
        if (!live || out.relation(id).mentions.empty())
            gone.push_back(id);
    }
    for (RelationId id : gone)
        out.removeRelation(id);
    for (EntityId id : placeholders)
        out.removeEntity(id);
    return out;
}

} // namespace kg::graph
