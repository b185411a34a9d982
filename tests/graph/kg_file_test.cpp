#include "graph/curation.h"
#include "graph/io/kg_file.h"
#include "tests/graph/rich_graph.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;
using testing::expectSameGraph;
using testing::richGraph;

TEST(KgFile, RoundTripKeepsEveryProperty) {
    TempDir dir;
    KnowledgeGraph original = richGraph();
    saveGraph(original, dir / "g.kg");
    KnowledgeGraph loaded = loadGraph(dir / "g.kg");
    EXPECT_EQ(loaded.entityCount(), 5u);
    EXPECT_EQ(loaded.relationCount(), 3u);
    expectSameGraph(original, loaded);
    // Lookups work on the loaded graph: names, aliases and the predicate index are rebuilt.
    EXPECT_EQ(loaded.findEntity("NATO chief"), loaded.findEntity("Mark Rutte"));
    EXPECT_FALSE(loaded.findEntity("Removed Entity"));
    EXPECT_EQ(loaded.predicateCount(*loaded.findSym("lead")), 1u);
}

TEST(KgFile, SavingALoadedGraphGivesTheSameBytes) {
    TempDir dir;
    saveGraph(richGraph(), dir / "a.kg");
    saveGraph(loadGraph(dir / "a.kg"), dir / "b.kg");
    EXPECT_EQ(readFile(dir / "a.kg"), readFile(dir / "b.kg"));
}

TEST(KgFile, EmptyGraphRoundTrips) {
    TempDir dir;
    saveGraph(KnowledgeGraph{}, dir / "empty.kg");
    EXPECT_EQ(readFile(dir / "empty.kg"),
              R"({"format":"kg-graph","version":3,"counts":{"strings":1,"entities":0,)"
              R"("relations":0},"strings":[""],"entities":[],"relations":[],"log":[]})");
    KnowledgeGraph g = loadGraph(dir / "empty.kg");
    EXPECT_EQ(g.entityCount(), 0u);
    EXPECT_EQ(g.relationCount(), 0u);
}

TEST(KgFile, LayoutIsCompactAndDocumented) {
    TempDir dir;
    KnowledgeGraph g;
    EntityId a = g.addEntity("A", EntityType::Person);
    EntityId b = g.addEntity("B");
    RelationInput in;
    in.source = a;
    in.target = b;
    in.predicate = "knows";
    g.addRelation(in);
    in.predicate = "likes";
    in.time = "2020";
    g.addRelation(in);
    saveGraph(g, dir / "g.kg");
    EXPECT_EQ(readFile(dir / "g.kg"),
              R"({"format":"kg-graph","version":3,"counts":{"strings":6,"entities":2,)"
              R"("relations":2},"strings":["","A","B","knows","likes","2020"],)"
              R"("entities":[[1,1],[2]],"relations":[[0,1,3],[0,1,4,false,0,null,5]],)"
              R"("log":[]})");
}

TEST(KgFile, StanceIsTheFourteenthFieldAndRoundTrips) {
    TempDir dir;
    KnowledgeGraph g;
    RelationInput in;
    in.source = g.addEntity("A");
    in.target = g.addEntity("B");
    in.predicate = "reject";
    in.stance = Stance::Oppose;
    g.addRelation(in);
    saveGraph(g, dir / "g.kg");
    EXPECT_EQ(readFile(dir / "g.kg"),
              R"({"format":"kg-graph","version":3,"counts":{"strings":4,"entities":2,)"
              R"("relations":1},"strings":["","A","B","reject"],)"
              R"("entities":[[1],[2]],"relations":[[0,1,3,false,0,null,0,0,0,1,1,[],[],2]],)"
              R"("log":[]})");
    EXPECT_EQ(loadGraph(dir / "g.kg").relation(0).stance, Stance::Oppose);
}

TEST(KgFile, VersionTwoFilesLoadWithAnEmptyLogAndRefuseOne) {
    TempDir dir;
    const std::string v2 =
        R"({"format":"kg-graph","version":2,"counts":{"strings":4,"entities":2,)"
        R"("relations":1},"strings":["","A","B","reject"],)"
        R"("entities":[[1],[2]],"relations":[[0,1,3,false,0,null,0,0,0,1,1,[],[],2]])";
    writeFile(dir / "old.kg", v2 + "}");
    KnowledgeGraph g = loadGraph(dir / "old.kg");
    EXPECT_EQ(g.relationCount(), 1u);
    EXPECT_TRUE(g.curationLog().empty());
    writeFile(dir / "bad.kg", v2 + R"(,"log":[]})");
    EXPECT_THROW(
        {
            try {
                loadGraph(dir / "bad.kg");
            } catch (const GraphFileError& e) {
                EXPECT_EQ(std::string(e.what()),
                          (dir / "bad.kg").string() +
                              ": byte 194: unexpected key \"log\" after \"relations\"");
                throw;
            }
        },
        GraphFileError);
}

TEST(KgFile, TheCurationLogRoundTripsAndIsChecked) {
    TempDir dir;
    KnowledgeGraph g;
    g.addEntity("Berg");
    g.addEntity("Jonas Berg");
    GraphSnapshot before = takeSnapshot(g);
    g.mergeEntities(1, 0);
    logChange(g, before, "kg merge-entities Berg 'Jonas Berg'", "same man");
    saveGraph(g, dir / "g.kg");
    KnowledgeGraph loaded = loadGraph(dir / "g.kg");
    EXPECT_EQ(loaded.curationLog(), g.curationLog());
    ASSERT_EQ(loaded.curationLog().size(), 1u);
    const CurationEntry& e = loaded.curationLog()[0];
    EXPECT_EQ(e.what, "kg merge-entities Berg 'Jonas Berg'");
    EXPECT_EQ(e.note, "same man");
    EXPECT_EQ(e.entities.count, 2u);
    ASSERT_EQ(e.entities.removed.size(), 1u);
    EXPECT_EQ(e.entities.removed[0].position, 0u);
    EXPECT_EQ(e.entities.removed[0].image.name, "Berg");
    ASSERT_EQ(e.replay.merged.size(), 1u);
    EXPECT_EQ(e.replay.merged[0].into, "Jonas Berg");
    saveGraph(loaded, dir / "g.kgb");
    EXPECT_EQ(loadGraph(dir / "g.kgb").curationLog(), g.curationLog());

    std::string text = readFile(dir / "g.kg");
    std::string broken = text;
    broken.replace(broken.find("\"count\":2"), 9, "\"count\":-1");
    writeFile(dir / "broken.kg", broken);
    try {
        loadGraph(dir / "broken.kg");
        ADD_FAILURE() << "a negative count was accepted";
    } catch (const GraphFileError& err) {
        EXPECT_NE(std::string(err.what())
                      .find("log entry 1: entities.count must be a "
                            "non-negative integer"),
                  std::string::npos)
            << err.what();
    }
    std::string deep = text.substr(0, text.find("\"log\":[") + 7) + std::string(20, '[') +
                       std::string(20, ']') + "]}";
    writeFile(dir / "deep.kg", deep);
    try {
        loadGraph(dir / "deep.kg");
        ADD_FAILURE() << "a deep log was accepted";
    } catch (const GraphFileError& err) {
        EXPECT_NE(std::string(err.what()).find("log: nested deeper than a curation log can be"),
                  std::string::npos)
            << err.what();
    }
}

TEST(KgFile, VersionOneFilesLoadWithNeutralFacts) {
    TempDir dir;
    writeFile(dir / "old.kg",
              R"({"format":"kg-graph","version":1,"counts":{"strings":4,"entities":2,)"
              R"("relations":1},"strings":["","A","B","reject"],)"
              R"("entities":[[1],[2]],"relations":[[0,1,3,false,0,null,0,0,0,1,1,[],[]]]})");
    KnowledgeGraph g = loadGraph(dir / "old.kg");
    ASSERT_EQ(g.relationCount(), 1u);
    EXPECT_EQ(g.relation(0).stance, Stance::Neutral);
}

TEST(KgFile, SaveFailureLeavesThePreviousFile) {
    TempDir dir;
    writeFile(dir / "g.kg", "previous");
    try {
        saveGraph(richGraph(), dir / "missing" / "g.kg");
        FAIL() << "expected GraphFileError";
    } catch (const GraphFileError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "cannot write " + (dir / "missing" / "g.kg").string() +
                      ": cannot create a file in its folder (No such file or directory)");
    }
    EXPECT_EQ(readFile(dir / "g.kg"), "previous");
}

// ---- malformed files: one exact message each -----------------------------------------------

class BadFile : public ::testing::Test {
protected:
    std::string loadError(std::string_view content) {
        writeFile(path(), content);
        try {
            loadGraph(path());
        } catch (const GraphFileError& e) {
            return e.what();
        }
        return "loaded without error";
    }
    std::string path() const { return (dir_ / "bad.kg").string(); }

    TempDir dir_;
};

constexpr std::string_view kHeader =
    R"({"format":"kg-graph","version":1,"counts":{"strings":3,"entities":2,"relations":1},)"
    R"("strings":["","a","p"],)";

std::string withBody(std::string_view body) {
    return std::string(kHeader) + std::string(body);
}

TEST_F(BadFile, TheBaseOfTheseCasesIsValid) {
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[2]],"relations":[[0,1,2]]})")),
              "loaded without error");
}

TEST_F(BadFile, StanceOnlyFromVersionTwoAndOnlyThreeValues) {
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[2]],"relations":[[0,1,2,false,0,null,0,0,0,)"
                                 R"(1,1,[],[],1]]})")),
              path() + ": byte 176: relation 0: too many fields (at most 13 in version 1)");
    std::string v2 = withBody(R"("entities":[[1],[2]],"relations":[[0,1,2,false,0,null,0,0,0,)"
                              R"(1,1,[],[],3]]})");
    v2.replace(v2.find("\"version\":1"), 11, "\"version\":2");
    EXPECT_EQ(loadError(v2), path() + ": byte 176: relation 0: stance must be 0 (neutral), 1 "
                                      "(support) or 2 (oppose)");
}

TEST_F(BadFile, MissingFile) {
    try {
        loadGraph(dir_ / "nope.kg");
        FAIL();
    } catch (const GraphFileError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "cannot read " + (dir_ / "nope.kg").string() + ": No such file or directory");
    }
}

TEST_F(BadFile, Empty) {
    EXPECT_EQ(loadError(""), path() + ": the file is empty, not a kg graph");
}

TEST_F(BadFile, Binary) {
    EXPECT_EQ(loadError(std::string("\x7f"
                                    "ELF\x02\x01\x00\x00",
                                    8)),
              path() + ": byte 0: not a kg graph file (not JSON: Invalid value.)");
}

TEST_F(BadFile, ForeignJson) {
    EXPECT_EQ(loadError(R"({"nodes":[],"links":[]})"),
              path() + R"(: byte 8: not a kg graph file (its first key is "nodes", not "format"))");
    EXPECT_EQ(loadError(R"([1,2,3])"),
              path() + ": byte 1: not a kg graph file (it does not start with a JSON object)");
    EXPECT_EQ(loadError(R"({"format":"graphml"})"),
              path() + R"(: byte 19: not a kg graph file ("format" is "graphml", not "kg-graph"))");
}

TEST_F(BadFile, FutureVersion) {
    EXPECT_EQ(loadError(R"({"format":"kg-graph","version":4,"counts":{}})"),
              path() + ": byte 31: format version 4 is newer than this kg reads (version 3); "
                       "upgrade kg to read it");
}

TEST_F(BadFile, Truncated) {
    std::string whole = withBody(R"("entities":[[1],[1]],"relations":[[0,1,2]]})");
    std::string cut = whole.substr(0, 100);
    EXPECT_EQ(loadError(cut), path() + ": byte 100: the file ends too early (truncated?)");
}

TEST_F(BadFile, TruncatedRealGraphAtEveryTenthByte) {
    saveGraph(richGraph(), dir_ / "good.kg");
    std::string whole = readFile(dir_ / "good.kg");
    for (std::size_t size = 1; size < whole.size(); size += 10) {
        std::string message = loadError(whole.substr(0, size));
        EXPECT_EQ(message, path() + ": byte " + std::to_string(size) +
                               ": the file ends too early (truncated?)");
    }
}

TEST_F(BadFile, TrailingGarbage) {
    saveGraph(richGraph(), dir_ / "good.kg");
    std::string whole = readFile(dir_ / "good.kg");
    EXPECT_EQ(loadError(whole + "{}"),
              path() + ": byte " + std::to_string(whole.size()) +
                  ": corrupt: The document root must not be followed by other values.");
}

TEST_F(BadFile, CountsDisagreeWithContent) {
    EXPECT_EQ(loadError(R"({"format":"kg-graph","version":1,"counts":{"strings":2,"entities":0,)"
                        R"("relations":0},"strings":[""],"entities":[],"relations":[]})"),
              path() + ": byte 97: strings has 1 elements, but counts.strings = 2");
    EXPECT_EQ(loadError(withBody(R"("entities":[[1]],"relations":[]})")),
              path() + ": byte 122: entities has 1 elements, but counts.entities = 2");
}

TEST_F(BadFile, ImpossibleCountsAreRejectedBeforeAllocating) {
    EXPECT_EQ(loadError(R"({"format":"kg-graph","version":1,"counts":{"strings":1,)"
                        R"("entities":4000000000,"relations":0},"strings":[""]})"),
              path() + ": byte 91: counts: entities = 4000000000 is more than a file of 107 "
                       "bytes can hold (truncated or corrupt)");
}

TEST_F(BadFile, BadReferences) {
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[7]],"relations":[]})")),
              path() + ": byte 123: entity 1: name must be a string index below 3, not 7");
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[2]],"relations":[[0,5,2]]})")),
              path() + ": byte 143: relation 0: target must be an entity index below 2, not 5");
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[2,99]],"relations":[]})")),
              path() + ": byte 125: entity 1: type must be an integer from 0 to 9");
}

TEST_F(BadFile, DuplicatesAreCorrupt) {
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[1]],"relations":[]})")),
              path() + R"(: byte 123: entity 1: the name "a" already names entity 0)");
    EXPECT_EQ(loadError(R"({"format":"kg-graph","version":1,"counts":{"strings":3,"entities":2,)"
                        R"("relations":2},"strings":["","a","p"],"entities":[[1],[2]],)"
                        R"("relations":[[0,1,2],[0,1,2]]})"),
              path() + ": byte 156: relation 1: the same fact as relation 0");
}

TEST_F(BadFile, BadFieldValues) {
    EXPECT_EQ(loadError(withBody(
                  R"("entities":[[1],[2]],"relations":[[0,1,2,false,0,null,0,0,0,1,1.5]]})")),
              path() + ": byte 168: relation 0: confidence must be a number from 0 to 1");
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[2]],"relations":[[0,1,2,"no"]]})")),
              path() + ": byte 151: relation 0: negated must be true or false");
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[2]],"relations":[[0,1]]})")),
              path() + ": byte 145: relation 0: needs at least source, target and predicate");
    EXPECT_EQ(loadError(withBody(R"("entities":[[1],[2]],"relations":[[0,1,0]]})")),
              path() + ": byte 145: relation 0: the predicate is empty");
}

TEST_F(BadFile, DeepNestingIsRejectedWithoutRecursion) {
    EXPECT_EQ(loadError(withBody(R"("entities":)" + std::string(100000, '['))),
              path() + ": byte 120: entity 0: unexpected array");
}

TEST_F(BadFile, InvalidUtf8) {
    EXPECT_EQ(
        loadError(R"({"format":"kg-graph","version":1,"counts":{"strings":2,"entities":0,)"
                  "\"relations\":0},\"strings\":[\"\",\"\xff\"],\"entities\":[],\"relations\":[]}"),
        path() + ": byte 98: corrupt: Invalid encoding in string.");
}

} // namespace
} // namespace kg::graph
