#include "export/diagram_stance.h"

#include "export/diagram_text.h"
#include "graph/contradictions.h"
#include "graph/fact_date.h"

#include <fmt/format.h>

namespace kg::exporter {

std::string_view stanceColor(graph::Stance stance) {
    switch (stance) {
    case graph::Stance::Support:
        return "#1b7837";
    case graph::Stance::Oppose:
        return "#b2182b";
    case graph::Stance::Neutral:
        break;
    }
    return {};
}

std::vector<std::string> contestedLines(const graph::KnowledgeGraph& g, graph::RelationId id) {
    std::vector<std::string> lines;
    for (graph::RelationId other : graph::contradictionsWith(g, id)) {
        if (lines.empty())
            lines.push_back("contested by:");
        const graph::Relation& o = g.relation(other);
        std::string line = fmt::format("{} — {} — {}", g.name(o.source),
                                       edgeLabelLines(g, o).front(), g.name(o.target));
        if (o.attributedTo != graph::kNoId && g.isLive(o.attributedTo))
            line += fmt::format(" (says {})", g.name(o.attributedTo));
        if (!o.mentions.empty()) {
            const graph::Mention& m = o.mentions.front();
            const std::string_view day = graph::factDay(g, o.mentions);
            line += fmt::format(" · {}{}{}: “{}”", g.str(m.doc), day.empty() ? "" : ", ", day,
                                g.str(m.text));
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace kg::exporter
