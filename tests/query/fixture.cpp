#include "tests/query/fixture.h"

#include "graph/io/kg_file.h"

#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

namespace kg::query::testing {

using graph::EntityType;

graph::KnowledgeGraph makeFixtureGraph() {
    graph::KnowledgeGraph g;
    auto person = [&](const char* name) { return g.addEntity(name, EntityType::Person); };
    graph::EntityId rutte = person("Mark Rutte");                                  // 0
    graph::EntityId weber = person("Manfred Weber");                               // 1
    graph::EntityId nato = g.addEntity("NATO", EntityType::Organization);          // 2
    graph::EntityId germany = g.addEntity("Germany", EntityType::Place);           // 3
    graph::EntityId eu = g.addEntity("European Union", EntityType::Organization);  // 4
    graph::EntityId rubio = person("Marco Rubio");                                 // 5
    graph::EntityId us = g.addEntity("United States", EntityType::Place);          // 6
    graph::EntityId spending = g.addEntity("defence spending", EntityType::Other); // 7
    graph::EntityId army = g.addEntity("European army", EntityType::Other);        // 8
    graph::EntityId spain = g.addEntity("Spain", EntityType::Place);               // 9
    graph::EntityId greens = g.addEntity("the Greens", EntityType::Group);         // 10
    g.addAlias(rutte, "Rutte");
    g.addAlias(rutte, "NATO chief");
    g.addAlias(weber, "Weber");
    g.addAlias(eu, "EU");
    g.addAlias(rubio, "Rubio");
    g.addAlias(us, "US");
    g.addAlias(us, "U.S.");
    g.addMentions(rutte, 5);
    g.addMentions(weber, 3);
    g.addMentions(nato, 4);

    auto fact = [&](graph::EntityId s, const char* p, graph::EntityId o) {
        graph::RelationInput in;
        in.source = s;
        in.predicate = p;
        in.target = o;
        return in;
    };
    graph::RelationInput r0 = fact(rutte, "disagree with", weber); // 0
    r0.confidence = 0.9f;
    r0.mention = graph::MentionInput{
        "nato-1", 3, 120, 160, "Rutte disagreed with Weber.", "2025-06-01", "example.org"};
    g.addRelation(r0);
    graph::RelationInput r1 = fact(weber, "propose", army); // 1
    r1.modality = "plan to";
    r1.time = "by 2030";
    r1.confidence = 0.7f;
    g.addRelation(r1);
    graph::RelationInput r2 = fact(germany, "increase", spending); // 2, added twice: support 2
    r2.quantity = "3.5 percent of GDP";
    r2.time = "by 2029";
    r2.confidence = 0.8f;
    r2.mention = graph::MentionInput{"nato-2", 0, 0, 50, "Germany will raise spending.", "", ""};
    g.addRelation(r2);
    r2.mention = graph::MentionInput{"nato-3", 2, 10, 60, "Berlin plans more spending.", "", ""};
    g.addRelation(r2);
    graph::RelationInput r3 = fact(us, "leave", nato); // 3
    r3.negated = true;
    r3.modality = "plan to";
    r3.attributedTo = rubio;
    g.addRelation(r3);
    g.addRelation(fact(rutte, "lead", nato));                  // 4
    g.addRelation(fact(germany, "member of", nato));           // 5
    g.addRelation(fact(spain, "member of", nato));             // 6
    g.addRelation(fact(germany, "member of", eu));             // 7
    g.addRelation(fact(spain, "member of", eu));               // 8
    graph::RelationInput r9 = fact(rubio, "criticize", spain); // 9
    r9.place = "Brussels";
    r9.confidence = 0.6f;
    g.addRelation(r9);
    g.addRelation(fact(nato, "criticize", spain)); // 10
    g.addRelation(fact(greens, "oppose", army));   // 11
    g.addRelation(fact(weber, "member of", eu));   // 12
    return g;
}

} // namespace kg::query::testing

namespace kg::query::testing {

const char* storeFormName(StoreForm form) {
    return form == StoreForm::Mapped ? "Mapped" : "Editable";
}

graph::GraphView fixtureGraph(StoreForm form) {
    static const graph::KnowledgeGraph editable = makeFixtureGraph();
    if (form == StoreForm::Editable)
        return editable;
    static const std::unique_ptr<graph::MappedGraph> mapped = [] {
        auto dir = std::filesystem::temp_directory_path() /
                   ("kg-query-fixture-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        auto path = dir / "fixture.kgb";
        graph::saveGraph(editable, path);
        auto opened = std::make_unique<graph::MappedGraph>(path);
        // The mapping outlives the name: nothing is left behind in the temporary folder.
        std::filesystem::remove_all(dir);
        return opened;
    }();
    return *mapped;
}

} // namespace kg::query::testing
