#include "export/diagram_text.h"

#include "base/escape.h"

#include <algorithm>
#include <fmt/format.h>
#include <string_view>

namespace kg::exporter {
namespace {

constexpr std::size_t kEdgeEvidenceLines = 5;
constexpr std::size_t kNodeEvidenceLines = 3;
constexpr std::size_t kSentenceBytes = 280;
constexpr std::string_view kSeparator = " · ";

std::string evidenceLine(const graph::KnowledgeGraph& g, const graph::Mention& m) {
    std::string where = m.doc == graph::kNoSym ? std::string() : documentName(g.str(m.doc));
    if (m.date != graph::kNoSym)
        where += fmt::format(", {}", g.str(m.date));
    if (where.empty())
        return fmt::format("“{}”", base::shorten(g.str(m.text), kSentenceBytes));
    return fmt::format("“{}” ({})", base::shorten(g.str(m.text), kSentenceBytes), where);
}

// Shortest text that reads back as the same float: 0.999 stays 0.999, not "1.00".
std::string formatConfidence(float confidence) {
    return fmt::format("{}", confidence);
}

// One line per mention: "“sentence” (doc, date)", at most `maxLines`, then "… N more".
// Identical sentences are listed once.
void appendEvidenceLines(const graph::KnowledgeGraph& g,
                         const std::vector<graph::Mention>& mentions, std::size_t maxLines,
                         std::vector<std::string>& lines) {
    std::vector<graph::Sym> shown;
    std::size_t skipped = 0;
    for (const graph::Mention& m : mentions) {
        if (m.text == graph::kNoSym)
            continue;
        if (std::find(shown.begin(), shown.end(), m.text) != shown.end())
            continue;
        if (shown.size() == maxLines) {
            ++skipped;
            continue;
        }
        shown.push_back(m.text);
        lines.push_back(evidenceLine(g, m));
    }
    if (skipped > 0)
        lines.push_back(fmt::format("… {} more", skipped));
}

} // namespace

std::string documentName(std::string_view doc) {
    std::size_t slash = doc.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? doc : doc.substr(slash + 1);
    return std::string(name.empty() ? doc : name);
}

std::vector<std::string> edgeLabelLines(const graph::KnowledgeGraph& g, const graph::Relation& r) {
    std::string main;
    if (r.modality != graph::kNoSym)
        main += fmt::format("{} ", g.str(r.modality));
    if (r.negated)
        main += "not ";
    main += g.str(r.predicate);
    for (graph::Sym q : {r.qualifiers.time, r.qualifiers.quantity, r.qualifiers.place})
        if (q != graph::kNoSym)
            main += fmt::format("{}{}", kSeparator, g.str(q));
    std::vector<std::string> lines{std::move(main)};
    if (r.attributedTo != graph::kNoId && g.isLive(r.attributedTo))
        lines.push_back(fmt::format("according to {}", g.name(r.attributedTo)));
    return lines;
}

std::vector<std::string> edgeTooltipLines(const graph::KnowledgeGraph& g,
                                          const graph::Relation& r) {
    std::vector<std::string> label = edgeLabelLines(g, r);
    std::vector<std::string> lines;
    lines.push_back(fmt::format("{} — {} — {}", g.name(r.source), label.front(), g.name(r.target)));
    for (std::size_t i = 1; i < label.size(); ++i)
        lines.push_back(label[i]);
    lines.push_back(
        fmt::format("support {}, confidence {}", r.support, formatConfidence(r.confidence)));
    appendEvidenceLines(g, r.mentions, kEdgeEvidenceLines, lines);
    return lines;
}

std::vector<std::string> nodeTooltipLines(const graph::KnowledgeGraph& g, graph::EntityId id,
                                          const std::vector<graph::RelationId>& relations) {
    const graph::Entity& e = g.entity(id);
    std::vector<std::string> lines;
    lines.push_back(fmt::format("{} ({})", g.str(e.name), graph::entityTypeName(e.type)));
    if (!e.aliases.empty()) {
        std::string aliases;
        for (graph::Sym a : e.aliases)
            aliases += fmt::format("{}{}", aliases.empty() ? "" : ", ", g.str(a));
        lines.push_back(fmt::format("also: {}", aliases));
    }
    if (e.mentions > 0)
        lines.push_back(fmt::format("mentioned {} times", e.mentions));
    std::vector<graph::Mention> mentions;
    for (graph::RelationId r : relations) {
        const auto& ms = g.relation(r).mentions;
        mentions.insert(mentions.end(), ms.begin(), ms.end());
    }
    appendEvidenceLines(g, mentions, kNodeEvidenceLines, lines);
    return lines;
}

} // namespace kg::exporter
