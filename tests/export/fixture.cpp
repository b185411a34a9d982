#include "tests/export/fixture.h"

#include <array>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace kg::exporter::testing {

using graph::EntityType;

namespace {

graph::MentionInput mention(std::string_view doc, std::uint32_t sentence, std::string_view text,
                            std::string_view date) {
    return {
        doc,  sentence, sentence * 100, sentence * 100 + static_cast<std::uint32_t>(text.size()),
        text, date,     "Test Wire"};
}

} // namespace

graph::KnowledgeGraph makeFixtureGraph() {
    graph::KnowledgeGraph g;
    auto rutte = g.addEntity("Mark Rutte", EntityType::Person);
    g.addAlias(rutte, "Rutte");
    auto nato = g.addEntity("NATO", EntityType::Organization);
    g.addAlias(nato, "North Atlantic Treaty Organization");
    auto spending = g.addEntity("defence spending", EntityType::Other);
    auto germany = g.addEntity("Germany", EntityType::Place);
    auto minister = g.addEntity("Lena Vogel", EntityType::Person);
    auto plan = g.addEntity("the plan", EntityType::Other);
    auto odd = g.addEntity("Quote \"Q\" & <Co> \\N", EntityType::Organization);
    auto allies = g.addEntity("the allies", EntityType::Group);
    g.addMentions(rutte, 4);
    g.addMentions(nato, 5);

    graph::RelationInput r;
    r.source = nato;
    r.target = spending;
    r.predicate = "increase";
    r.surface = "will increase";
    r.modality = "will";
    r.time = "by 2029";
    r.confidence = 0.9f;
    r.mention = mention("doc-a", 0, "NATO will increase defence spending by 2029.", "2025-06-24");
    g.addRelation(r);
    r.mention = mention("doc-b", 2, "By 2029 NATO will increase defence spending.", "2025-06-25");
    g.addRelation(r);
    r.mention = mention("doc-c", 1, "NATO will increase defence spending by 2029, it said.", "");
    g.addRelation(r);

    graph::RelationInput neg;
    neg.source = germany;
    neg.target = plan;
    neg.predicate = "reject";
    neg.negated = true;
    neg.confidence = 0.75f;
    neg.mention = mention("doc-a", 3, "Germany did not reject the plan.", "2025-06-24");
    g.addRelation(neg);

    graph::RelationInput said;
    said.source = minister;
    said.target = nato;
    said.predicate = "support";
    said.attributedTo = rutte;
    said.confidence = 0.8f;
    said.mention = mention("doc-b", 4, "Rutte said Vogel supports NATO.", "2025-06-25");
    g.addRelation(said);

    graph::RelationInput visit;
    visit.source = rutte;
    visit.target = germany;
    visit.predicate = "visit";
    visit.quantity = "twice";
    visit.mention = mention("doc-a", 5, "Rutte visited Germany twice.", "2025-06-24");
    g.addRelation(visit);
    graph::RelationInput praise = visit;
    praise.predicate = "praise";
    praise.quantity = {};
    praise.mention =
        mention("doc-a", 6, "Rutte praised Germany for its \"steady\" role.", "2025-06-24");
    g.addRelation(praise);

    graph::RelationInput lead;
    lead.source = rutte;
    lead.target = nato;
    lead.predicate = "lead";
    g.addRelation(lead);

    graph::RelationInput odd1;
    odd1.source = odd;
    odd1.target = allies;
    odd1.predicate = "warn";
    odd1.place = "in Brussels";
    odd1.mention =
        mention("doc-c", 2, "A line with a backslash \\ and <angle> & \"quotes\"; done.", "");
    g.addRelation(odd1);

    graph::RelationInput join;
    join.source = allies;
    join.target = nato;
    join.predicate = "back";
    join.confidence = 0.6f;
    g.addRelation(join);
    return g;
}

graph::KnowledgeGraph makeStarGraph(unsigned leaves) {
    graph::KnowledgeGraph g;
    auto hub = g.addEntity("Hub", EntityType::Organization);
    for (unsigned i = 0; i < leaves; ++i) {
        auto leaf = g.addEntity(fmt::format("Leaf {}", i), EntityType::Person);
        graph::RelationInput r;
        r.source = leaf;
        r.target = hub;
        r.predicate = "join";
        for (unsigned k = 0; k <= i; ++k) {
            // MentionInput holds views: the strings must outlive addRelation.
            std::string text = fmt::format("Leaf {} joined Hub ({}).", i, k);
            std::string doc = fmt::format("doc-{}", k);
            r.mention = mention(doc, i, text, "");
            g.addRelation(r);
        }
    }
    return g;
}

CommandResult runCommand(const std::string& command) {
    CommandResult result;
    std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr)
        return result;
    std::array<char, 4096> chunk{};
    std::size_t n = 0;
    while ((n = std::fread(chunk.data(), 1, chunk.size(), pipe)) > 0)
        result.output.append(chunk.data(), n);
    int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string shellQuote(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

} // namespace kg::exporter::testing
