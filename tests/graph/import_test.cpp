#include "graph/io/importer.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

using kg::testing::TempDir;
using kg::testing::writeFile;

/// "subject -predicate-> object" for every live relation, in id order.
std::vector<std::string> triples(const KnowledgeGraph& g) {
    std::vector<std::string> out;
    for (RelationId id : g.relationIds()) {
        const Relation& r = g.relation(id);
        out.push_back(std::string(g.name(r.source)) + " -" + std::string(g.str(r.predicate)) +
                      "-> " + std::string(g.name(r.target)));
    }
    return out;
}

struct Imported {
    KnowledgeGraph graph;
    ImportCounts counts;
    std::vector<std::string> problems;
};

Imported import(const TempDir& dir, std::string_view name, std::string_view content,
                ImportFormat format) {
    writeFile(dir / name, content);
    Imported out;
    ImportOptions options;
    options.onMalformed = [&out](const std::string& m) { out.problems.push_back(m); };
    out.counts = importFile(out.graph, dir / name, format, options);
    return out;
}

std::string strictError(const TempDir& dir, std::string_view name, std::string_view content,
                        ImportFormat format) {
    writeFile(dir / name, content);
    KnowledgeGraph g;
    ImportOptions options;
    options.strict = true;
    try {
        importFile(g, dir / name, format, options);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "imported";
}

TEST(ImportFormat, ByNameAndExtension) {
    EXPECT_EQ(importFormatFromName("tsv"), ImportFormat::Tsv);
    EXPECT_EQ(importFormatFromName("jsonl"), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatFromName("nt"), ImportFormat::NTriples);
    EXPECT_FALSE(importFormatFromName("csv"));
    EXPECT_EQ(importFormatFromPath("a/b.tsv"), ImportFormat::Tsv);
    EXPECT_EQ(importFormatFromPath("x.ndjson"), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatFromPath("x.nt"), ImportFormat::NTriples);
    EXPECT_FALSE(importFormatFromPath("x.csv"));
    EXPECT_FALSE(importFormatFromPath("-"));
}

// ---- TSV ---------------------------------------------------------------------------------

TEST(TsvImport, GoodLines) {
    TempDir dir;
    auto in = import(dir, "a.tsv",
                     "Alice\tknows\tBob\n"
                     "Bob\tknows\tCarol\r\n"      // CRLF line end
                     " Carol \t likes \t Alice\n" // spaces around columns are trimmed
                     "\n"
                     "Alice\tknows\tBob\n" // the same fact again: merged
                     "Ünï\tcödé\t日本",    // last line without a newline
                     ImportFormat::Tsv);
    EXPECT_EQ(triples(in.graph),
              (std::vector<std::string>{"Alice -knows-> Bob", "Bob -knows-> Carol",
                                        "Carol -likes-> Alice", "Ünï -cödé-> 日本"}));
    EXPECT_EQ(in.counts.lines, 6u);
    EXPECT_EQ(in.counts.facts, 5u);
    EXPECT_EQ(in.counts.added, 4u);
    EXPECT_EQ(in.counts.merged, 1u);
    EXPECT_EQ(in.counts.malformed, 0u);
    EXPECT_EQ(in.graph.relation(0).support, 2u);
    EXPECT_EQ(in.graph.entity(0).mentions, 0u) << "plain triples carry no mentions";
}

TEST(TsvImport, ExtraColumnsAreKeyValueQualifiers) {
    TempDir dir;
    auto in = import(dir, "q.tsv",
                     "Germany\tincrease\tdefence spending\ttime=by 2029\tquantity=3.5% of GDP\t"
                     "subject_type=Place\tmodality=plan to\tconfidence=0.75\tnegated=false\t"
                     "attributed_to=Olaf\tplace=Berlin\tsurface=increases\tdoc=d1\tsentence=2\t"
                     "date=2025-01-01\tsource=Paper\n",
                     ImportFormat::Tsv);
    ASSERT_EQ(in.problems, std::vector<std::string>{});
    const KnowledgeGraph& g = in.graph;
    const Relation& r = g.relation(0);
    EXPECT_EQ(g.str(r.qualifiers.time), "by 2029");
    EXPECT_EQ(g.str(r.qualifiers.quantity), "3.5% of GDP");
    EXPECT_EQ(g.str(r.qualifiers.place), "Berlin");
    EXPECT_EQ(g.str(r.modality), "plan to");
    EXPECT_EQ(r.confidence, 0.75f);
    EXPECT_FALSE(r.negated);
    EXPECT_EQ(g.name(r.attributedTo), "Olaf");
    ASSERT_EQ(r.surfaces.size(), 1u);
    EXPECT_EQ(g.str(r.surfaces[0]), "increases");
    ASSERT_EQ(r.mentions.size(), 1u);
    EXPECT_EQ(g.str(r.mentions[0].doc), "d1");
    EXPECT_EQ(r.mentions[0].sentence, 2u);
    EXPECT_EQ(g.str(r.mentions[0].date), "2025-01-01");
    EXPECT_EQ(g.str(r.mentions[0].source), "Paper");
    EXPECT_EQ(g.entity(r.source).type, EntityType::Place);
    EXPECT_EQ(g.entity(r.source).mentions, 1u);
}

TEST(TsvImport, MalformedLinesAreSkippedAndReported) {
    TempDir dir;
    std::string name = (dir / "bad.tsv").string();
    auto in = import(dir, "bad.tsv",
                     "just one column\n"
                     "two\tcolumns\n"
                     "A\t\tB\n"
                     "A\tp\tB\tscore 0.9\n"
                     "A\tp\tB\tcolour=red\n"
                     "A\tp\tB\tconfidence=7\n"
                     "A\tp\t\xff\xfe\n"
                     "Good\tline\tHere\n",
                     ImportFormat::Tsv);
    EXPECT_EQ(triples(in.graph), std::vector<std::string>{"Good -line-> Here"});
    EXPECT_EQ(in.counts.malformed, 7u);
    EXPECT_EQ(in.problems,
              (std::vector<std::string>{
                  name + ":1: expected 3 tab-separated columns (subject, predicate, object), "
                         "found 1",
                  name + ":2: expected 3 tab-separated columns (subject, predicate, object), "
                         "found 2",
                  name + ":3: column 2: the predicate is empty",
                  name + ":4: column 4: expected key=value after the third column",
                  name + ":5: column 4: unknown key \"colour\" (see docs/import.md)",
                  name + ":6: column 4: confidence must be a number from 0 to 1",
                  name + ":7: column 5: invalid UTF-8",
              }));
}

TEST(TsvImport, StrictStopsAtTheFirstMalformedLine) {
    TempDir dir;
    EXPECT_EQ(strictError(dir, "s.tsv", "A\tp\tB\nbroken\nC\tp\tD\n", ImportFormat::Tsv),
              (dir / "s.tsv").string() +
                  ":2: expected 3 tab-separated columns (subject, predicate, object), found 1");
}

TEST(TsvImport, MissingFileAndFolder) {
    TempDir dir;
    KnowledgeGraph g;
    try {
        importFile(g, dir / "none.tsv", ImportFormat::Tsv, {});
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "cannot read " + (dir / "none.tsv").string() + ": No such file or directory");
    }
    try {
        importFile(g, dir.path(), ImportFormat::Tsv, {});
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot read " + dir.path().string() + ": it is a folder");
    }
}

TEST(TsvImport, LongLinesAndBinaryDoNotBreakTheReader) {
    TempDir dir;
    std::string longName(3 << 20, 'x'); // longer than the reader's first buffer
    std::string content = longName + "\tp\tB\n";
    content += std::string("\x00\x01\x02\x03\xff\n", 6);
    content += "C\tq\tD\n";
    auto in = import(dir, "long.tsv", content, ImportFormat::Tsv);
    EXPECT_EQ(in.counts.facts, 2u);
    EXPECT_EQ(in.counts.malformed, 1u);
    EXPECT_TRUE(in.graph.findEntity(longName));
}

// ---- JSON Lines --------------------------------------------------------------------------

TEST(JsonLinesImport, GoodAndMalformedLines) {
    TempDir dir;
    std::string name = (dir / "r.jsonl").string();
    auto in =
        import(dir, "r.jsonl",
               R"({"subject":"Mark Rutte","subject_type":"Person","subject_aliases":["Rutte"],)"
               R"("predicate":"lead","object":"NATO","object_type":"Organization","doc":"d1",)"
               R"("sentence":0,"span":[0,20],"text":"Rutte leads NATO.","confidence":0.9})"
               "\n"
               R"({"subject":"Rutte","predicate":"lead","object":"NATO","doc":"d2","sentence":1,)"
               R"("span":[21,40],"text":"Rutte still leads NATO."})"
               "\n\n"
               R"({"subject":"A","predicate":"p"})"
               "\n"
               R"({"subject":"A",)"
               "\n"
               R"({"subject":"US","predicate":"plan to leave","object":"NATO","negated":true,)"
               R"("attributed_to":"Marco Rubio","modality":"will"})"
               "\n",
               ImportFormat::JsonLines);
    EXPECT_EQ(in.problems,
              (std::vector<std::string>{name + ":4: \"object\" is missing or empty",
                                        name + ":5: column 16: invalid JSON: Missing a name for "
                                               "object member."}));
    EXPECT_EQ(triples(in.graph),
              (std::vector<std::string>{"Mark Rutte -lead-> NATO", "US -plan to leave-> NATO"}));
    const KnowledgeGraph& g = in.graph;
    EntityId rutte = *g.findEntity("Rutte");
    EXPECT_EQ(g.name(rutte), "Mark Rutte");
    EXPECT_EQ(g.entity(rutte).type, EntityType::Person);
    EXPECT_EQ(g.entity(rutte).mentions, 2u);
    const Relation& lead = g.relation(0);
    EXPECT_EQ(lead.support, 2u);
    ASSERT_EQ(lead.mentions.size(), 2u);
    EXPECT_EQ(g.str(lead.mentions[1].text), "Rutte still leads NATO.");
    EXPECT_EQ(lead.mentions[1].begin, 21u);
    const Relation& leave = g.relation(1);
    EXPECT_TRUE(leave.negated);
    EXPECT_EQ(g.name(leave.attributedTo), "Marco Rubio");
    EXPECT_EQ(g.str(leave.modality), "will");
    EXPECT_EQ(in.counts.malformed, 2u);
    EXPECT_EQ(in.counts.facts, 3u);
}

// ---- N-Triples ---------------------------------------------------------------------------

TEST(NTriplesImport, TermsEscapesAndNames) {
    TempDir dir;
    auto in =
        import(dir, "d.nt",
               "# a comment line\n"
               "<http://ex.org/Mark_Rutte> <http://ex.org/leads> <http://ex.org/NATO> .\n"
               "<http://ex.org/Mark_Rutte> <http://www.w3.org/2000/01/rdf-schema#label> "
               "\"Mark Rutte\"@en .\n"
               "_:b1 <http://ex.org/said> \"tab\\there \\\"quoted\\\" \\\\ \\u00e9\\U0001F600\" .\n"
               "<http://ex.org/NATO> <http://ex.org/founded> "
               "\"1949\"^^<http://www.w3.org/2001/XMLSchema#gYear> . # trailing comment\n"
               "<http://ex.org/NATO> <http://ex.org/members> "
               "\"32\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
               "<http://ex.org/caf\\u00E9> <http://ex.org/p> _:b1.\n",
               ImportFormat::NTriples);
    ASSERT_EQ(in.problems, std::vector<std::string>{});
    EXPECT_EQ(triples(in.graph),
              (std::vector<std::string>{
                  "http://ex.org/Mark_Rutte -http://ex.org/leads-> http://ex.org/NATO",
                  "_:b1 -http://ex.org/said-> tab\there \"quoted\" \\ é😀",
                  "http://ex.org/NATO -http://ex.org/founded-> 1949",
                  "http://ex.org/NATO -http://ex.org/members-> 32",
                  "http://ex.org/café -http://ex.org/p-> _:b1"}));
    const KnowledgeGraph& g = in.graph;
    EXPECT_EQ(g.findEntity("Mark Rutte"), g.findEntity("http://ex.org/Mark_Rutte"));
    EXPECT_EQ(g.entity(*g.findEntity("1949")).type, EntityType::Date);
    EXPECT_EQ(g.entity(*g.findEntity("32")).type, EntityType::Quantity);
    EXPECT_EQ(in.counts.aliases, 1u);
    EXPECT_EQ(in.counts.facts, 5u);
}

TEST(NTriplesImport, MalformedLines) {
    TempDir dir;
    std::string name = (dir / "bad.nt").string();
    auto in = import(dir, "bad.nt",
                     "<http://a> <http://p> <http://b>\n"
                     "<http://a> \"p\" <http://b> .\n"
                     "<http://a <http://p> <http://b> .\n"
                     "<http://a> <http://p> \"unclosed .\n"
                     "<http://a> <http://p> \"bad \\q escape\" .\n"
                     "<http://a> <http://p> \"x\"@ .\n"
                     "<http://a> <http://p> \"\\uD800\" .\n"
                     "<http://a> <http://p> <http://b> . extra\n"
                     "<http://a> <http://p> \"\" .\n"
                     "<http://a> <http://p> <http://b> .\n",
                     ImportFormat::NTriples);
    EXPECT_EQ(in.problems,
              (std::vector<std::string>{
                  name + ":1: column 33: expected '.' at the end of the triple",
                  name + ":2: column 12: expected the predicate, an IRI in <...>",
                  name + ":3: column 10: character U+0020 is not allowed in an IRI",
                  name + ":4: column 34: literal is not closed with '\"'",
                  name + ":5: column 28: unknown escape in literal (allowed: \\t \\b \\n \\r \\f "
                         "\\\" \\' \\\\ \\uXXXX \\UXXXXXXXX)",
                  name + ":6: column 27: language tag must start with a letter",
                  name + ":7: column 24: escape is not a Unicode scalar value",
                  name + ":8: column 36: unexpected text after the triple's '.'",
                  name + ":9: the object is an empty literal, which cannot name an entity",
              }));
    EXPECT_EQ(triples(in.graph), std::vector<std::string>{"http://a -http://p-> http://b"});
}

} // namespace
} // namespace kg::graph
