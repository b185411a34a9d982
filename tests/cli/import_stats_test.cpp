// End-to-end runs of the kg binary (found through KG_BIN): import, stats, help and usage errors.
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <string>

namespace kg::cli {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;

using Result = kg::testing::KgResult;

class Kg : public ::testing::Test {
protected:
    /// Runs `kg ARGS` through the shell in the temp folder; ARGS is shell text.
    Result kg(const std::string& args, const std::string& shellPrefix = "") {
        return kg::testing::runKg(dir_.path(), args, "", shellPrefix);
    }
    void write(std::string_view name, std::string_view content) { writeFile(dir_ / name, content); }
    std::string read(std::string_view name) { return readFile(dir_ / name); }

    TempDir dir_;
};

constexpr std::string_view kTriples = "Alice\tknows\tBob\n"
                                      "Bob\tknows\tCarol\n"
                                      "Carol\tlikes\tAlice\n"
                                      "Dave\tknows\tErin\n";

TEST_F(Kg, Version) {
    Result r = kg("--version");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, "kg 0.1.0\n");
}

TEST_F(Kg, HelpListsTheSubcommands) {
    Result r = kg("--help");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("import"), std::string::npos);
    EXPECT_NE(r.out.find("stats"), std::string::npos);
}

TEST_F(Kg, HelpForOneSubcommand) {
    Result r = kg("help import");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("--append"), std::string::npos);
    EXPECT_NE(r.out.find("--strict"), std::string::npos);
    Result flag = kg("import --help");
    EXPECT_EQ(flag.exitCode, 0);
    EXPECT_NE(flag.out.find("Usage: kg import [OPTIONS] files..."), std::string::npos);
}

TEST_F(Kg, UnknownSubcommandIsAUsageError) {
    Result r = kg("frobnicate");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "kg: unknown subcommand 'frobnicate' (see 'kg --help')\n");

    Result help = kg("help frobnicate");
    EXPECT_EQ(help.exitCode, 2);
    EXPECT_EQ(help.err, "kg: unknown subcommand 'frobnicate' (see 'kg --help')\n");
}

TEST_F(Kg, AMistypedSubcommandSuggestsTheClosest) {
    Result r = kg("quer g.kg 'RETURN 1'");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "kg: unknown subcommand 'quer' (did you mean 'query'?) (see 'kg --help')\n");
    Result help = kg("help rendr");
    EXPECT_EQ(help.err, "kg: unknown subcommand 'rendr' (did you mean 'render'?) (see 'kg "
                        "--help')\n");
}

TEST_F(Kg, RenderHelpListsOnlyWhatRenderAccepts) {
    Result r = kg("render --help");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("svg, png, pdf or dot"), std::string::npos) << r.out;
    for (const char* other : {"graphml", "ntriples", "csv", "json", "--batch", "--base"})
        EXPECT_EQ(r.out.find(other), std::string::npos) << other << "\n" << r.out;
}

TEST_F(Kg, UnknownFlagIsAUsageError) {
    write("a.tsv", kTriples);
    Result r = kg("import a.tsv -o a.kg --frobnicate");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir_ / "a.kg"));
    EXPECT_EQ(kg("import a.tsv").exitCode, 2) << "-o is required";
}

TEST_F(Kg, ImportTsvThenStats) {
    write("a.tsv", kTriples);
    Result r = kg("import a.tsv -o a.kg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "imported 4 facts (4 new, 0 merged) into a.kg: 5 entities, 4 relations\n");
    EXPECT_EQ(r.err, "");

    Result s = kg("stats a.kg --top 2");
    EXPECT_EQ(s.exitCode, 0) << s.err;
    EXPECT_EQ(s.out, "a.kg\n"
                     "  entities                5\n"
                     "  relations               4\n"
                     "  predicates              2\n"
                     "  mentions                0\n"
                     "  components              2  (largest: 3 entities)\n"
                     "  with aliases            0  (see MATCH (a) RETURN a.name, a.aliases)\n"
                     "\n"
                     "Entities by type\n"
                     "  Other                   5\n"
                     "  Person                  0\n"
                     "  Organization            0\n"
                     "  Place                   0\n"
                     "  Group                   0\n"
                     "  Quantity                0\n"
                     "  Date                    0\n"
                     "  Event                   0\n"
                     "  Document                0\n"
                     "  Proposal                0\n"
                     "\n"
                     "Top entities by degree\n"
                     "             2  Alice (Other)\n"
                     "             2  Bob (Other)\n"
                     "\n"
                     "Top predicates\n"
                     "             3  knows\n"
                     "             1  likes\n");
}

TEST_F(Kg, AQueryForAnAliasSaysWhoseAliasItIs) {
    write("a.jsonl", R"({"subject": "Mark Rutte", "subject_aliases": ["Rutte"], )"
                     R"("predicate": "lead", "object": "NATO"})"
                     "\n");
    ASSERT_EQ(kg("import a.jsonl -o a.kg").exitCode, 0);
    Result alias = kg("query a.kg --format csv 'MATCH (a {name: \"Rutte\"}) RETURN a.name'");
    EXPECT_EQ(alias.exitCode, 0);
    EXPECT_EQ(alias.out, "a.name\n");
    EXPECT_EQ(alias.err, "kg: no entity named \"Rutte\"; it is an alias of \"Mark Rutte\"\n");
    Result named = kg("query a.kg --format csv 'MATCH (a {name: \"NATO\"}) RETURN a.name'");
    EXPECT_EQ(named.out, "a.name\nNATO\n");
    EXPECT_EQ(named.err, "");
    Result nothing = kg("query a.kg --format csv 'MATCH (a {name: \"Weber\"}) RETURN a.name'");
    EXPECT_EQ(nothing.out, "a.name\n");
    EXPECT_EQ(nothing.err, "");
    Result stats = kg("stats a.kg --json");
    EXPECT_NE(stats.out.find("\"entities_with_aliases\": 1,"), std::string::npos) << stats.out;
}

TEST_F(Kg, AliasCountsSayHowOftenEachNameIsWritten) {
    write("a.jsonl",
          R"({"subject": "Mark Rutte", "subject_aliases": ["Rutte", "NATO chief"], )"
          R"("predicate": "lead", "object": "NATO", "doc": "d", "sentence": 0, )"
          R"("text": "Mark Rutte leads NATO."})"
          "\n"
          R"({"subject": "Mark Rutte", "predicate": "visit", "object": "Ankara", "doc": "d", )"
          R"("sentence": 1, "text": "Rutte visited Ankara, and Rutte spoke."})"
          "\n"
          R"({"subject": "Mark Rutte", "predicate": "meet", "object": "Ankara", "doc": "d", )"
          R"("sentence": 1, "text": "Rutte visited Ankara, and Rutte spoke."})"
          "\n");
    ASSERT_EQ(kg("import a.jsonl -o a.kg").exitCode, 0);
    Result r =
        kg("query a.kg --format jsonl 'MATCH (a {name: \"Mark Rutte\"}) RETURN a.alias_counts'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, R"({"a.alias_counts":{"Mark Rutte":1,"Rutte":1,"NATO chief":0}})"
                     "\n");
}

TEST_F(Kg, StatsJson) {
    write("a.tsv", kTriples);
    ASSERT_EQ(kg("import a.tsv -o a.kg").exitCode, 0);
    Result s = kg("stats a.kg --json --top 1");
    EXPECT_EQ(s.exitCode, 0) << s.err;
    EXPECT_EQ(s.out, R"({
  "file": "a.kg",
  "entities": 5,
  "relations": 4,
  "predicates": 2,
  "mentions": 0,
  "components": 2,
  "largest_component": 3,
  "entities_with_aliases": 0,
  "entities_by_type": {
    "Other": 5,
    "Person": 0,
    "Organization": 0,
    "Place": 0,
    "Group": 0,
    "Quantity": 0,
    "Date": 0,
    "Event": 0,
    "Document": 0,
    "Proposal": 0
  },
  "top_entities": [
    {
      "name": "Alice",
      "type": "Other",
      "degree": 2
    }
  ],
  "top_predicates": [
    {
      "predicate": "knows",
      "relations": 3
    }
  ]
}
)");
}

TEST_F(Kg, ImportFromStdinNeedsAFormat) {
    write("a.tsv", kTriples);
    Result r = kg("import - -o a.kg < a.tsv");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "kg: cannot tell the format of '-' from its name; use --format "
                     "tsv|jsonl|nt\n");
    Result ok = kg("import - --format tsv -o a.kg < a.tsv");
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(ok.out, "imported 4 facts (4 new, 0 merged) into a.kg: 5 entities, 4 relations\n");
}

TEST_F(Kg, UnknownExtensionIsAUsageError) {
    write("a.csv", "a,b,c\n");
    Result r = kg("import a.csv -o a.kg");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "kg: cannot tell the format of 'a.csv' from its name; use --format "
                     "tsv|jsonl|nt\n");
}

TEST_F(Kg, AppendAddsToTheGraph) {
    write("a.tsv", kTriples);
    write("b.tsv", "Erin\tknows\tAlice\nAlice\tknows\tBob\n");
    ASSERT_EQ(kg("import a.tsv -o g.kg").exitCode, 0);
    Result r = kg("import b.tsv -o g.kg --append");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "imported 2 facts (1 new, 1 merged) into g.kg: 5 entities, 5 relations\n");
    Result replaced = kg("import b.tsv -o g.kg");
    EXPECT_EQ(replaced.out,
              "imported 2 facts (2 new, 0 merged) into g.kg: 3 entities, 2 relations\n");
}

TEST_F(Kg, MalformedLinesAreSkippedWithACount) {
    write("bad.tsv", "Alice\tknows\tBob\nnot a triple\nX\t\tY\nBob\tknows\tCarol\n");
    Result r = kg("import bad.tsv -o g.kg");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.err, "bad.tsv:2: expected 3 tab-separated columns (subject, predicate, object), "
                     "found 1\n"
                     "bad.tsv:3: column 2: the predicate is empty\n"
                     "kg: skipped 2 malformed lines\n");
    EXPECT_EQ(r.out, "imported 2 facts (2 new, 0 merged) into g.kg: 3 entities, 2 relations\n");
}

TEST_F(Kg, OnlyTheFirstTwentyMalformedLinesAreShown) {
    std::string lines = "Alice\tknows\tBob\n";
    for (int i = 0; i < 25; ++i)
        lines += "broken\n";
    write("bad.tsv", lines);
    Result r = kg("import bad.tsv -o g.kg");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 21);
    EXPECT_NE(r.err.find("kg: skipped 25 malformed lines (the first 20 are shown above)\n"),
              std::string::npos);
}

TEST_F(Kg, StrictFailsAndWritesNothing) {
    write("a.tsv", kTriples);
    ASSERT_EQ(kg("import a.tsv -o g.kg").exitCode, 0);
    std::string before = read("g.kg");
    write("bad.tsv", "Alice\tknows\tBob\nnot a triple\n");
    Result r = kg("import bad.tsv -o g.kg --strict");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: bad.tsv:2: expected 3 tab-separated columns (subject, predicate, "
                     "object), found 1 (--strict: nothing written)\n");
    EXPECT_EQ(read("g.kg"), before);
}

TEST_F(Kg, JsonLinesAndNTriples) {
    write("r.jsonl", R"({"subject":"Mark Rutte","subject_type":"Person","predicate":"lead",)"
                     R"("object":"NATO","doc":"d1","sentence":0,"span":[0,17],)"
                     R"("text":"Rutte leads NATO."})"
                     "\n");
    write("d.nt", "<http://ex.org/a> <http://ex.org/p> \"caf\\u00e9\"@fr .\n"
                  "<http://ex.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n");
    Result r = kg("import r.jsonl d.nt -o g.kg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "imported 2 facts (2 new, 0 merged, 1 names as aliases) into g.kg: 4 "
                     "entities, 2 relations\n");
    Result s = kg("stats g.kg --json --top 0");
    EXPECT_NE(s.out.find("\"mentions\": 1,"), std::string::npos) << s.out;
    EXPECT_NE(s.out.find("\"Person\": 1,"), std::string::npos) << s.out;
}

TEST_F(Kg, MissingInputIsAFailure) {
    Result r = kg("import none.tsv -o g.kg");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: cannot read none.tsv: No such file or directory\n");
    EXPECT_FALSE(std::filesystem::exists(dir_ / "g.kg"));
}

TEST_F(Kg, UnwritableOutputIsAFailure) {
    write("a.tsv", kTriples);
    Result r = kg("import a.tsv -o missing/g.kg");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: cannot write missing/g.kg: cannot create a file in its folder (No such "
                     "file or directory)\n");
}

// A file size limit makes the save fail midway, as a full disk would.
TEST_F(Kg, ASaveThatFailsMidwayKeepsThePreviousGraph) {
    write("small.tsv", kTriples);
    ASSERT_EQ(kg("import small.tsv -o g.kg").exitCode, 0);
    std::string before = read("g.kg");
    std::string big;
    for (int i = 0; i < 20000; ++i)
        big += "entity number " + std::to_string(i) + "\tlinks to\tentity number " +
               std::to_string(i + 1) + "\n";
    write("big.tsv", big);
    Result r = kg("import big.tsv -o g.kg", "trap '' XFSZ; ulimit -f 64; ");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              "kg: cannot write g.kg: file too large (over the file size limit, ulimit -f)\n");
    EXPECT_EQ(read("g.kg"), before);
    std::vector<std::string> expected = {"big.tsv", "g.kg", "g.kg.lock", "small.tsv"};
    EXPECT_EQ(dir_.files(), expected) << "no temporary file left behind";
}

TEST_F(Kg, StatsOfBrokenFiles) {
    write("empty.kg", "");
    Result r = kg("stats empty.kg");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: empty.kg: the file is empty, not a kg graph\n");

    write("a.tsv", kTriples);
    ASSERT_EQ(kg("import a.tsv -o a.kg").exitCode, 0);
    std::string whole = read("a.kg");
    write("cut.kg", whole.substr(0, 60));
    EXPECT_EQ(kg("stats cut.kg").err,
              "kg: cut.kg: byte 60: the file ends too early (truncated?)\n");

    write("other.kg", R"({"nodes":[]})");
    EXPECT_EQ(kg("stats other.kg").err,
              "kg: other.kg: byte 8: not a kg graph file (its first key is \"nodes\", not "
              "\"format\")\n");

    write("future.kg", R"({"format":"kg-graph","version":9})");
    Result future = kg("stats future.kg");
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_EQ(future.err, "kg: future.kg: byte 31: format version 9 is newer than this kg reads "
                          "(version 3); upgrade kg to read it\n");

    EXPECT_EQ(kg("stats none.kg").err, "kg: cannot read none.kg: No such file or directory\n");
}

} // namespace
} // namespace kg::cli
