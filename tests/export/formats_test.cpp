#include "export/selection.h"
#include "export/writers.h"
#include "graph/io/json_config.h"
#include "tests/export/fixture.h"

#include <fmt/format.h>
#include <functional>
#include <gtest/gtest.h>

namespace kg::exporter {
namespace {

using testing::readFile;
using testing::runCommand;
using testing::shellQuote;
using testing::TempDir;

using Writer = std::function<void(const graph::KnowledgeGraph&, const Selection&, std::FILE*)>;

std::string writeToString(const Writer& writer, const graph::KnowledgeGraph& g,
                          const Selection& s) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* f = open_memstream(&buffer, &size);
    writer(g, s, f);
    std::fclose(f);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

std::string jsonOf(const graph::KnowledgeGraph& g, const Selection& s) {
    return writeToString(writeJson, g, s);
}
std::string graphmlOf(const graph::KnowledgeGraph& g, const Selection& s) {
    return writeToString(writeGraphml, g, s);
}
std::string ntriplesOf(const graph::KnowledgeGraph& g, const Selection& s,
                       std::string_view base = kDefaultBase) {
    return writeToString([&](const graph::KnowledgeGraph& gg, const Selection& ss,
                             std::FILE* f) { writeNTriples(gg, ss, base, f); },
                         g, s);
}

std::string saved(const TempDir& dir, std::string_view name, const std::string& text) {
    testing::writeFile(dir / name, text);
    return shellQuote((dir / name).string());
}

std::string str(const rapidjson::Value& v) {
    return {v.GetString(), v.GetStringLength()};
}

TEST(JsonExport, ReadsBackAsTheGraph) {
    auto g = testing::makeFixtureGraph();
    std::string text = jsonOf(g, selectWhole());
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    ASSERT_FALSE(doc.HasParseError()) << rapidjson::GetParseError_En(doc.GetParseError());
    EXPECT_EQ(str(doc["format"]), "kg-node-link");
    EXPECT_TRUE(doc["multigraph"].GetBool());
    const auto& nodes = doc["nodes"];
    const auto& links = doc["links"];
    ASSERT_EQ(nodes.Size(), g.entityCount());
    ASSERT_EQ(links.Size(), g.relationCount());
    for (graph::EntityId id : g.entityIds()) {
        const auto& n = nodes[id];
        EXPECT_EQ(str(n["id"]), fmt::format("e{}", id));
        EXPECT_EQ(str(n["name"]), g.name(id));
        EXPECT_EQ(str(n["type"]), graph::entityTypeName(g.entity(id).type));
        EXPECT_EQ(n["aliases"].Size(), g.entity(id).aliases.size());
        EXPECT_EQ(n["mentions"].GetUint(), g.entity(id).mentions);
    }
    for (graph::RelationId id : g.relationIds()) {
        const graph::Relation& r = g.relation(id);
        const auto& l = links[id];
        EXPECT_EQ(str(l["source"]), fmt::format("e{}", r.source));
        EXPECT_EQ(str(l["target"]), fmt::format("e{}", r.target));
        EXPECT_EQ(str(l["predicate"]), g.str(r.predicate));
        EXPECT_EQ(l["negated"].GetBool(), r.negated);
        EXPECT_EQ(l["support"].GetUint(), r.support);
        EXPECT_FLOAT_EQ(static_cast<float>(l["confidence"].GetDouble()), r.confidence);
        EXPECT_EQ(l["mentions"].Size(), r.mentions.size());
        EXPECT_EQ(l["time"].IsNull(), r.qualifiers.time == graph::kNoSym);
    }
    // Spot checks of exact values.
    EXPECT_EQ(str(links[0]["modality"]), "will");
    EXPECT_EQ(str(links[0]["time"]), "by 2029");
    EXPECT_EQ(links[0]["confidence"].GetDouble(), 0.999); // 1 - 0.1^3, noisy-or of three
    EXPECT_EQ(str(links[2]["attributed_to"]), "Mark Rutte");
    EXPECT_EQ(str(links[0]["mentions"][1]["doc"]), "doc-b");
    EXPECT_EQ(links[0]["mentions"][2]["date"].IsNull(), true);
    EXPECT_NE(text.find("\"confidence\":0.75,"), std::string::npos) << text;
}

TEST(JsonExport, NetworkxReadsIt) {
    TempDir dir;
    auto g = testing::makeFixtureGraph();
    std::string file = saved(dir, "g.json", jsonOf(g, selectWhole()));
    auto result =
        runCommand("python3 -c 'import json,sys,networkx as nx; "
                   "g = nx.node_link_graph(json.load(open(sys.argv[1])), edges=\"links\"); "
                   "print(g.number_of_nodes(), g.number_of_edges(), g.nodes[\"e0\"][\"name\"])' " +
                   file);
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output, "8 8 Mark Rutte\n");
}

TEST(GraphmlExport, IsWellFormedAndNetworkxReadsTypedValues) {
    TempDir dir;
    auto g = testing::makeFixtureGraph();
    std::string file = saved(dir, "g.graphml", graphmlOf(g, selectWhole()));
    auto lint = runCommand("xmllint --noout " + file);
    EXPECT_EQ(lint.exitCode, 0) << lint.output;
    auto result = runCommand(
        "python3 -c 'import sys,networkx as nx; g = nx.read_graphml(sys.argv[1], "
        "edge_key_type=str); "
        "e = g.edges[\"e1\", \"e2\", \"r0\"]; n = g.nodes[\"e6\"]; "
        "print(g.number_of_nodes(), g.number_of_edges()); "
        "print(repr(e[\"support\"]), repr(e[\"confidence\"]), repr(e[\"negated\"]), e[\"time\"]); "
        "print(n[\"name\"]); print(e[\"evidence\"].splitlines()[1])' " +
        file);
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output, "8 8\n3 0.999 False by 2029\nQuote \"Q\" & <Co> \\N\n"
                             "By 2029 NATO will increase defence spending.\n");
}

TEST(NTriplesExport, RapperParsesEveryTriple) {
    TempDir dir;
    auto g = testing::makeFixtureGraph();
    std::string text = ntriplesOf(g, selectWhole());
    std::string file = saved(dir, "g.nt", text);
    auto result = runCommand("rapper -q -i ntriples -o ntriples " + file + " | wc -l");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    EXPECT_EQ(std::stoul(result.output), lines);
    auto strict = runCommand("rapper -q -i ntriples -c " + file);
    EXPECT_EQ(strict.exitCode, 0) << strict.output;
}

TEST(NTriplesExport, ReifiesFactsAndAssertsOnlyPlainOnes) {
    auto g = testing::makeFixtureGraph();
    std::string text = ntriplesOf(g, selectWhole(), "http://example.org/kg/");
    const std::string rutte = "<http://example.org/kg/entity/Mark%20Rutte>";
    EXPECT_NE(text.find(rutte + " <http://www.w3.org/2000/01/rdf-schema#label> \"Mark Rutte\" .\n"),
              std::string::npos);
    // Plain fact: asserted and reified.
    EXPECT_NE(text.find(rutte + " <http://example.org/kg/predicate/visit> "
                                "<http://example.org/kg/entity/Germany> .\n"),
              std::string::npos);
    // Negated fact: only reified, with kg:negated true.
    EXPECT_EQ(text.find("<http://example.org/kg/entity/Germany> "
                        "<http://example.org/kg/predicate/reject>"),
              std::string::npos);
    EXPECT_NE(text.find("<http://example.org/kg/fact/1> <http://example.org/kg/negated> "
                        "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n"),
              std::string::npos);
    EXPECT_NE(
        text.find("<http://example.org/kg/fact/0> <http://example.org/kg/time> \"by 2029\" ."),
        std::string::npos);
    EXPECT_NE(text.find("<http://example.org/kg/fact/2> <http://example.org/kg/attributedTo> " +
                        rutte + " ."),
              std::string::npos);
    EXPECT_NE(text.find("_:m0_1 <http://example.org/kg/doc> \"doc-b\" ."), std::string::npos);
    // Literal escaping.
    EXPECT_NE(text.find("\"A line with a backslash \\\\ and <angle> & \\\"quotes\\\"; done.\""),
              std::string::npos);
    EXPECT_NE(text.find("<http://example.org/kg/entity/Quote%20%22Q%22%20%26%20%3CCo%3E%20%5CN>"),
              std::string::npos);
}

TEST(NTriplesExport, BaseIriIsChecked) {
    EXPECT_EQ(checkBaseIri("http://example.org/kg"), "http://example.org/kg/");
    EXPECT_EQ(checkBaseIri("urn:kg:"), "urn:kg:");
    EXPECT_EQ(checkBaseIri("http://example.org/kg#"), "http://example.org/kg#");
    EXPECT_THROW(checkBaseIri("example.org"), std::runtime_error);
    EXPECT_THROW(checkBaseIri("http://exa mple.org/"), std::runtime_error);
    EXPECT_THROW(checkBaseIri("http://example.org/<x>"), std::runtime_error);
    EXPECT_THROW(checkBaseIri(""), std::runtime_error);
}

TEST(CsvExport, HeadersFollowNeo4jAdminImport) {
    auto g = testing::makeFixtureGraph();
    std::string nodes = writeToString(writeCsvNodes, g, selectWhole());
    std::string rels = writeToString(writeCsvRelationships, g, selectWhole());
    EXPECT_EQ(nodes.substr(0, nodes.find('\n')),
              "id:ID,:LABEL,name,type,aliases:string[],mentions:long");
    EXPECT_EQ(rels.substr(0, rels.find('\n')),
              ":START_ID,:END_ID,:TYPE,id,predicate,surfaces:string[],negated:boolean,modality,"
              "attributed_to,time,quantity,place,confidence:double,support:long,docs:string[],"
              "dates:string[],evidence:string[]");
    EXPECT_EQ(std::count(nodes.begin(), nodes.end(), '\n'), 9);
    EXPECT_EQ(std::count(rels.begin(), rels.end(), '\n'), 9);
    EXPECT_NE(nodes.find("\n\"e0\",\"Entity;Person\",\"Mark Rutte\",\"Person\",\"Rutte\",4\n"),
              std::string::npos)
        << nodes;
    EXPECT_NE(nodes.find("\"Quote \"\"Q\"\" & <Co> \\N\""), std::string::npos);
    EXPECT_NE(rels.find("\n\"e1\",\"e2\",\"INCREASE\",\"r0\",\"increase\",\"will increase\",false,"
                        "\"will\",,\"by 2029\",,,0.999,3,\"doc-a;doc-b;doc-c\","
                        "\"2025-06-24;2025-06-25\",\""),
              std::string::npos)
        << rels;
    // A ';' inside an array element would split it: it is written as ','.
    EXPECT_NE(rels.find("\"A line with a backslash \\ and <angle> & \"\"quotes\"\", done.\"\n"),
              std::string::npos)
        << rels;
}

TEST(Exports, EmptyGraphInEveryFormat) {
    graph::KnowledgeGraph g;
    EXPECT_EQ(jsonOf(g, selectWhole()),
              "{\"format\":\"kg-node-link\",\"version\":1,\"directed\":true,\"multigraph\":true,"
              "\"graph\":{\"entities\":0,\"relations\":0},\"nodes\":[],\"links\":[]}\n");
    EXPECT_EQ(ntriplesOf(g, selectWhole()), "");
    std::string graphml = graphmlOf(g, selectWhole());
    EXPECT_NE(graphml.find("<graph id=\"kg\" edgedefault=\"directed\">\n  </graph>"),
              std::string::npos);
    EXPECT_EQ(writeToString(writeCsvNodes, g, selectWhole()),
              "id:ID,:LABEL,name,type,aliases:string[],mentions:long\n");
}

TEST(Exports, HostileTextStaysValidInEveryFormat) {
    graph::KnowledgeGraph g;
    auto a = g.addEntity("bad \xff\xfe name\x01 \"q\" <x> & \\", graph::EntityType::Person);
    auto b = g.addEntity("line\nbreak");
    graph::RelationInput r;
    r.source = a;
    r.target = b;
    r.predicate = "p\x80 ;x";
    r.time = "\t\x7f";
    r.mention = graph::MentionInput{"d\xc3", 0, 0, 1, "text\r\n\xe2\x82", "", ""};
    g.addRelation(r);
    TempDir dir;
    std::string json = jsonOf(g, selectWhole());
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
    EXPECT_FALSE(doc.HasParseError()) << json;
    EXPECT_EQ(str(doc["nodes"][0]["name"]), "bad \xEF\xBF\xBD\xEF\xBF\xBD name\x01 \"q\" <x> & \\");
    auto lint =
        runCommand("xmllint --noout " + saved(dir, "g.graphml", graphmlOf(g, selectWhole())));
    EXPECT_EQ(lint.exitCode, 0) << lint.output;
    auto rapper =
        runCommand("rapper -q -i ntriples -c " + saved(dir, "g.nt", ntriplesOf(g, selectWhole())));
    EXPECT_EQ(rapper.exitCode, 0) << rapper.output;
    std::string csv = writeToString(writeCsvRelationships, g, selectWhole());
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2) << csv; // header + one record
}

TEST(Exports, AreDeterministicByteForByte) {
    auto a = testing::makeFixtureGraph();
    auto b = testing::makeFixtureGraph();
    EXPECT_EQ(jsonOf(a, selectWhole()), jsonOf(b, selectWhole()));
    EXPECT_EQ(graphmlOf(a, selectWhole()), graphmlOf(b, selectWhole()));
    EXPECT_EQ(ntriplesOf(a, selectWhole()), ntriplesOf(b, selectWhole()));
    EXPECT_EQ(writeToString(writeCsvRelationships, a, selectWhole()),
              writeToString(writeCsvRelationships, b, selectWhole()));
}

TEST(Exports, SelectionLimitsEveryFormat) {
    auto g = testing::makeFixtureGraph();
    Selection s = selectAround(g, "Germany", 1); // Germany, Mark Rutte, the plan
    std::string json = jsonOf(g, s);
    rapidjson::Document doc;
    doc.Parse(json.data(), json.size());
    ASSERT_FALSE(doc.HasParseError());
    EXPECT_EQ(doc["nodes"].Size(), 3u);
    EXPECT_EQ(doc["links"].Size(), 3u); // reject, visit, praise
    EXPECT_EQ(str(doc["nodes"][0]["name"]), "Mark Rutte");
}

} // namespace
} // namespace kg::exporter
