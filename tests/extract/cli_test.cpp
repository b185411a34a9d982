// End-to-end runs of `kg extract` and `kg build` through the binary named by KG_BIN.
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

struct KgRun {
    int status = -1;
    std::string out;
};

// ctest runs test cases as parallel processes: each gets its own scratch folder, removed when
// the process ends.
fs::path scratch(const std::string& name) {
    static const kg::testing::TempDir dir;
    return dir / name;
}

// Runs `kg ARGS` through the shell (stderr to a file) and returns the exit code and stdout.
KgRun kg(const std::string& args, const std::string& stdinText = "") {
    const std::string bin = kg::testing::kgBinary();
    KgRun run;
    const fs::path input = scratch("stdin");
    std::ofstream(input) << stdinText;
    const std::string command =
        bin + " " + args + " < " + input.string() + " 2>" + scratch("stderr").string();
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string lastStderr() {
    std::ifstream in(scratch("stderr"));
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t lineCount(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

const std::string kSample = std::string(KG_SOURCE_DIR) + "/samples/city_council.txt";

class KgBinary : public testing::Test {};

TEST_F(KgBinary, ExtractWritesOneJsonRecordPerFact) {
    KgRun r = kg("extract " + kSample);
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_GT(lineCount(r.out), 3u);
    EXPECT_NE(r.out.find(R"("subject":"Elena Vasquez")"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(R"("predicate":"disagree with")"), std::string::npos) << r.out;
}

TEST_F(KgBinary, ExtractStreamsJsonLinesDocumentsFromStdin) {
    KgRun r =
        kg("extract - --format tsv",
           R"({"id":"d1","text":"The board approved the merger.","date":"2025-01-02","source":"s"})"
           "\n"
           R"({"id":"d2","text":"The senate rejected the bill."})"
           "\n");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(r.out,
              "board\tapprove\tmerger\tsubject_type=Group\tobject_type=Other\tsurface=approved"
              "\tstance=support\tconfidence=0.322\tdoc=d1\tsentence=0\tdate=2025-01-02\tsource=s\n"
              "senate\treject\tbill\tsubject_type=Group\tobject_type=Document\tsurface=rejected"
              "\tstance=oppose\tconfidence=0.332\tdoc=d2\tsentence=0\n");
}

TEST_F(KgBinary, MalformedStdinDocumentsAreSkippedWithTheirLine) {
    KgRun r = kg("extract -", "{\"text\":\"The board approved the merger.\"}\nnot json\n");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(lineCount(r.out), 1u);
    EXPECT_NE(lastStderr().find("stdin:2:"), std::string::npos) << lastStderr();
}

TEST_F(KgBinary, CarbFormatHasSentenceConfidenceRelationArguments) {
    KgRun r = kg("extract --lines --format carb -", "");
    EXPECT_EQ(r.status, 0);
    const fs::path in = scratch("carb.txt");
    std::ofstream(in) << "The bill was rejected by the senate .\n";
    r = kg("extract --lines --format carb " + in.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(r.out, "The bill was rejected by the senate .\t0.6813\twas rejected by\tThe bill\t"
                     "the senate\n");
}

TEST_F(KgBinary, SameOutputWithTwoJobs) {
    KgRun one = kg("extract " + std::string(KG_SOURCE_DIR) + "/samples");
    KgRun two = kg("extract -j 2 " + std::string(KG_SOURCE_DIR) + "/samples");
    ASSERT_EQ(one.status, 0);
    EXPECT_EQ(one.out, two.out);
}

// Work is split by sentence, so one file read line by line is shared by the workers.
TEST_F(KgBinary, SameOutputWithTwoJobsOnOneFileOfLines) {
    const std::string args = "extract --lines " + kSample;
    KgRun one = kg(args);
    KgRun two = kg(args + " -j 2");
    ASSERT_EQ(one.status, 0) << lastStderr();
    EXPECT_GT(lineCount(one.out), 3u);
    EXPECT_EQ(one.out, two.out);
    KgRun carbOne = kg(args + " --format carb");
    KgRun carbTwo = kg(args + " --format carb -j 2");
    EXPECT_GT(lineCount(carbOne.out), 3u);
    EXPECT_EQ(carbOne.out, carbTwo.out);
    KgRun claimsOne = kg(args + " --format claims");
    KgRun claimsTwo = kg(args + " --format claims -j 3");
    EXPECT_NE(claimsOne.out.find(R"("kg_claims")"), std::string::npos) << claimsOne.out;
    EXPECT_EQ(claimsOne.out, claimsTwo.out);
}

// -j N parses in forked processes: one that dies (here by the tests' hook, as a crash in the
// parser would) fails the run with one line and leaves no output file.
TEST_F(KgBinary, AParsingWorkerThatDiesFailsTheRunWithOneLine) {
    const fs::path out = scratch("died.jsonl");
    fs::remove(out);
    ::setenv("KG_TEST_PARSE_WORKER_DIES_AFTER", "2", 1);
    KgRun r = kg("extract -j 2 " + std::string(KG_SOURCE_DIR) + "/samples -o " + out.string());
    ::unsetenv("KG_TEST_PARSE_WORKER_DIES_AFTER");
    EXPECT_EQ(r.status, 1);
    const std::string err = lastStderr();
    EXPECT_EQ(lineCount(err), 1u) << err;
    EXPECT_TRUE(err.starts_with("kg: a parsing worker (process ")) << err;
    EXPECT_NE(err.find(" was killed by signal 9 (Killed) while parsing sentence "),
              std::string::npos)
        << err;
    EXPECT_FALSE(fs::exists(out));
}

TEST_F(KgBinary, BuildWritesAGraphAndAppends) {
    const fs::path graph = scratch("build.kg");
    fs::remove(graph);
    KgRun r = kg("build " + kSample + " -o " + graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_TRUE(fs::exists(graph));
    EXPECT_NE(r.out.find("built "), std::string::npos);
    r = kg("build --append " + std::string(KG_SOURCE_DIR) + "/samples/company_merger.txt -o " +
           graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    fs::remove(graph);
}

TEST_F(KgBinary, EventsAndDocumentsAreLabelsAQueryMatches) {
    const fs::path text = scratch("events.txt");
    std::ofstream(text) << "The ministers attended the Harbour Summit. The ministers signed the "
                           "Tallinn Treaty.\n";
    const fs::path graph = scratch("events.kg");
    KgRun r = kg("build " + text.string() + " -o " + graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    r = kg("query " + graph.string() + " --format tsv 'MATCH (e:Event) RETURN e.name'");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(r.out, "e.name\nHarbour Summit\n");
    r = kg("query " + graph.string() + " --format tsv 'MATCH (d:document) RETURN d.name'");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(r.out, "d.name\nTallinn Treaty\n");
    r = kg("stats " + graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_NE(r.out.find("  Event                   1\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  Document                1\n"), std::string::npos) << r.out;
}

TEST_F(KgBinary, MinConfidenceLeavesOutLessCertainFacts) {
    const std::string text =
        R"({"text":"The board approved the merger. The senate rejected the bill."})";
    KgRun all = kg("extract - --format tsv --min-confidence 0", text + "\n");
    ASSERT_EQ(all.status, 0) << lastStderr();
    EXPECT_EQ(lineCount(all.out), 2u) << all.out;
    // "board approve merger" has confidence 0.322, "senate reject bill" 0.332.
    KgRun some = kg("extract - --format tsv --min-confidence 0.33", text + "\n");
    ASSERT_EQ(some.status, 0) << lastStderr();
    EXPECT_EQ(some.out.substr(0, some.out.find('\t')), "senate") << some.out;
    EXPECT_EQ(lineCount(some.out), 1u);
    KgRun bad = kg("build " + kSample + " -o " + scratch("x.kg").string() + " --min-confidence 2");
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(lineCount(lastStderr()), 1u) << lastStderr();
    EXPECT_NE(lastStderr().find("--min-confidence"), std::string::npos) << lastStderr();
}

TEST_F(KgBinary, ErrorsAreOneLineWithExitCodes) {
    KgRun r = kg("extract /nonexistent/file.txt");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(lastStderr(), "kg: /nonexistent/file.txt: no such file or folder\n");
    r = kg("extract --format xml " + kSample);
    EXPECT_EQ(r.status, 2);
    r = kg("build " + kSample + " -o /nonexistent/dir/g.kg");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(lineCount(lastStderr()), 1u) << lastStderr();
}

} // namespace

namespace {

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// The graph as `kg export --format json` writes it: entities and relations with every
// mention, in the order they were added.
std::string exported(const fs::path& graph) {
    const fs::path json = scratch("export.json");
    KgRun r = kg("export --format json -o " + json.string() + " " + graph.string());
    EXPECT_EQ(r.status, 0) << lastStderr();
    std::ifstream in(json);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Resolution is its own step: claim records of the samples, cut into shards in any way and
// read in any order, build the graph that `kg build samples` builds.
TEST(BuildFromRecords, AnyPartitionOfTheDocumentsGivesTheSameGraph) {
    const std::string samples = std::string(KG_SOURCE_DIR) + "/samples";
    const fs::path direct = scratch("direct.kg");
    ASSERT_EQ(kg("build " + samples + " -o " + direct.string()).status, 0) << lastStderr();
    KgRun claims = kg("extract --format claims " + samples);
    ASSERT_EQ(claims.status, 0) << lastStderr();
    const std::vector<std::string> records = splitLines(claims.out);
    ASSERT_EQ(records.size(), 7u); // one per document
    const std::string expected = exported(direct);
    EXPECT_NE(expected.find("\"Elena Vasquez\""), std::string::npos);
    for (std::size_t parts : {1u, 2u, 3u}) {
        std::string shards;
        for (std::size_t p = 0; p < parts; ++p) {
            // Shard p holds documents p, p + parts, ...; shards are named in reverse order.
            const fs::path shard = scratch("shard" + std::to_string(parts - p) + ".jsonl");
            std::ofstream out(shard);
            for (std::size_t i = p; i < records.size(); i += parts)
                out << records[i] << '\n';
            shards.append(" ").append(shard.string());
        }
        const fs::path built = scratch("from-records.kg");
        KgRun r = kg("build --from-records" + shards + " -o " + built.string());
        ASSERT_EQ(r.status, 0) << lastStderr();
        EXPECT_EQ(exported(built), expected) << parts << " shards";
    }
}

TEST(BuildFromRecords, TheSameDocumentsTwiceAddNothing) {
    const fs::path records = scratch("claims.jsonl");
    KgRun r = kg("extract --format claims -o " + records.string() + " " + kSample);
    ASSERT_EQ(r.status, 0) << lastStderr();
    const fs::path graph = scratch("twice.kg");
    ASSERT_EQ(kg("build " + kSample + " -o " + graph.string()).status, 0) << lastStderr();
    const std::string once = exported(graph);
    r = kg("build --append --from-records " + records.string() + " " + records.string() + " -o " +
           graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_NE(r.out.find("(0 new) from 1 documents (0 added)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2 documents left out"), std::string::npos) << r.out;
    EXPECT_EQ(exported(graph), once);
    r = kg("build --append " + kSample + " -o " + graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(exported(graph), once);
}

// `kg stats --json` without the line naming the file.
std::string statsOf(const fs::path& graph) {
    KgRun r = kg("stats --json " + graph.string());
    EXPECT_EQ(r.status, 0) << lastStderr();
    std::string out;
    for (const std::string& line : splitLines(r.out))
        if (line.find("\"file\"") == std::string::npos)
            out += line + "\n";
    return out;
}

// Two stories of my own: the later one in id order calls a person by her surname only, the
// earlier one gives her full name. Resolved as one corpus the surname is hers.
struct TwoStories {
    fs::path surname = scratch("z_surname.txt");
    fs::path fullName = scratch("a_full_name.txt");
    TwoStories() {
        std::ofstream(surname) << "Keller rejected an offer from Halden Capital on Tuesday.\n";
        std::ofstream(fullName) << "Maria Keller, the chief executive of Norland Bank, announced "
                                   "a merger with Baltic Trust on Monday.\n";
    }
};

// `kg build` (or `kg build --append`) of the files, dated so that no file's day decides.
KgRun buildDated(const std::string& files, const fs::path& graph, bool append = false) {
    return kg(std::string("build ") + (append ? "--append " : "") + "--date 2026-03-02 " + files +
              " -o " + graph.string());
}

// The name of whoever the graph says rejected something, as `kg query --format tsv` prints it.
std::string whoRejected(const fs::path& graph) {
    KgRun r = kg("query --format tsv " + graph.string() +
                 " \"MATCH (a)-[r]->(b) WHERE type(r) = 'reject' RETURN a.name\"");
    EXPECT_EQ(r.status, 0) << lastStderr();
    return r.out;
}

TEST(BuildAppend, AppendingGivesTheGraphOfOneBuild) {
    const TwoStories stories;
    const fs::path one = scratch("one.kg");
    ASSERT_EQ(buildDated(stories.fullName.string() + " " + stories.surname.string(), one).status, 0)
        << lastStderr();
    const fs::path appended = scratch("appended.kg");
    ASSERT_EQ(buildDated(stories.surname.string(), appended).status, 0) << lastStderr();
    KgRun r = buildDated(stories.fullName.string(), appended, true);
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_NE(r.out.find("from 2 documents (1 added)"), std::string::npos) << r.out;
    EXPECT_EQ(exported(appended), exported(one));
    EXPECT_EQ(statsOf(appended), statsOf(one));
    EXPECT_EQ(whoRejected(appended), "a.name\nMaria Keller\n");
}

TEST(BuildAppend, TheClaimsBesideTheGraphAreThoseKgExtractWrites) {
    const fs::path graph = scratch("claims-beside.kg");
    ASSERT_EQ(buildDated(kSample, graph).status, 0) << lastStderr();
    KgRun claims = kg("extract --format claims --date 2026-03-02 " + kSample);
    ASSERT_EQ(claims.status, 0) << lastStderr();
    std::ifstream in(graph.string() + ".claims");
    const std::string beside{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(beside, claims.out);
}

TEST(BuildAppend, AGraphWithoutItsClaimsIsJoinedByNameWithAWarning) {
    const TwoStories stories;
    const fs::path graph = scratch("no-claims.kg");
    ASSERT_EQ(buildDated(stories.surname.string(), graph).status, 0) << lastStderr();
    fs::remove(graph.string() + ".claims");
    KgRun r = buildDated(stories.fullName.string(), graph, true);
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_NE(lastStderr().find("has no claim records beside it"), std::string::npos)
        << lastStderr();
    EXPECT_NE(r.out.find("from 1 documents (1 added)"), std::string::npos) << r.out;
    EXPECT_TRUE(fs::exists(graph.string() + ".claims"));
}

TEST(BuildAppend, AGraphChangedWithoutALogEntryKeepsTheChange) {
    const TwoStories stories;
    const fs::path graph = scratch("imported.kg");
    ASSERT_EQ(buildDated(stories.surname.string(), graph).status, 0) << lastStderr();
    const fs::path extra = scratch("extra.tsv");
    std::ofstream(extra) << "Keller\treject\tNorth Quay\n";
    ASSERT_EQ(kg("import --append " + extra.string() + " -o " + graph.string()).status, 0)
        << lastStderr();
    KgRun r = buildDated(stories.fullName.string(), graph, true);
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_NE(lastStderr().find("changed after its claim records"), std::string::npos)
        << lastStderr();
    EXPECT_EQ(whoRejected(graph), "a.name\nKeller\nKeller\n");
}

TEST(BuildAppend, ALoggedCurationKeepsTheClaimsCurrentAndIsReplayed) {
    const TwoStories stories;
    const fs::path graph = scratch("renamed.kg");
    ASSERT_EQ(buildDated(stories.surname.string(), graph).status, 0) << lastStderr();
    ASSERT_EQ(
        kg("rename-entity " + graph.string() + " \"offer from Halden Capital\" \"takeover offer\"")
            .status,
        0)
        << lastStderr();
    KgRun r = buildDated(stories.fullName.string(), graph, true);
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr().find("warning"), std::string::npos) << lastStderr();
    EXPECT_NE(r.out.find("from 2 documents (1 added)"), std::string::npos) << r.out;
    EXPECT_EQ(whoRejected(graph), "a.name\nMaria Keller\n");
    KgRun named = kg("query --format tsv " + graph.string() +
                     " \"MATCH ()-[r]->(b) WHERE type(r) = 'reject' RETURN b.name\"");
    EXPECT_EQ(named.out, "b.name\ntakeover offer\n") << lastStderr();
}

// The REPL's :save keeps the claims current while the session changed nothing a rebuild would
// not do again, to the file it came from or another.
TEST(ReplSave, KeepsTheClaimsCurrentForAGraphItsClaimsBuild) {
    const TwoStories stories;
    const fs::path graph = scratch("repl-saved.kg");
    ASSERT_EQ(buildDated(stories.surname.string(), graph).status, 0) << lastStderr();
    const fs::path copy = scratch("repl-copy.kg");
    KgRun r = kg("repl " + graph.string(),
                 "MATCH (a) RETURN count(a) AS n;\n:save\n:save " + copy.string() + "\n");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr(), "");
    for (const fs::path& saved : {graph, copy}) {
        r = buildDated(stories.fullName.string(), saved, true);
        ASSERT_EQ(r.status, 0) << lastStderr();
        EXPECT_EQ(lastStderr().find("warning"), std::string::npos) << saved << lastStderr();
        EXPECT_NE(r.out.find("from 2 documents (1 added)"), std::string::npos) << r.out;
        EXPECT_EQ(whoRejected(saved), "a.name\nMaria Keller\n") << saved;
    }
}

TEST(ReplSave, SaysWhenWritingStatementsLeftTheClaimsBehind) {
    const TwoStories stories;
    const fs::path graph = scratch("repl-written.kg");
    ASSERT_EQ(buildDated(stories.surname.string(), graph).status, 0) << lastStderr();
    KgRun r =
        kg("repl " + graph.string(),
           "MATCH (b {name: 'offer from Halden Capital'}) SET b.name = 'takeover offer';\n:save\n");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr(), "note: " + graph.string() +
                                " is not the graph its claim records build (writing statements "
                                "changed it, and a rebuild does not replay every change they can "
                                "make (docs/curation.md)): kg build --append on it will join new "
                                "documents to its entities by name\n");
    r = buildDated(stories.fullName.string(), graph, true);
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_NE(lastStderr().find("changed after its claim records"), std::string::npos)
        << lastStderr();
    KgRun named = kg("query --format tsv " + graph.string() +
                     " \"MATCH ()-[r]->(b) WHERE type(r) = 'reject' RETURN b.name\"");
    EXPECT_EQ(named.out, "b.name\ntakeover offer\n");
}

// `kg build` of both stories, undated like the REPL's :build: the graph a :build must match.
fs::path builtFromBoth(const TwoStories& stories, const std::string& name) {
    const fs::path graph = scratch(name);
    KgRun r = kg("build " + stories.fullName.string() + " " + stories.surname.string() + " -o " +
                 graph.string());
    EXPECT_EQ(r.status, 0) << lastStderr();
    return graph;
}

// The REPL's :build does what `kg build --append` does: a graph its claim records build is built
// again from them and the new documents, as one build of them all, and :save writes the claims
// beside it, so a later --append resolves everything again too.
TEST(ReplBuild, ResolvesTheGraphsClaimsAgainWithTheNewDocuments) {
    const TwoStories stories;
    const fs::path one = builtFromBoth(stories, "repl-one.kg");
    const fs::path graph = scratch("repl-built.kg");
    ASSERT_EQ(kg("build " + stories.surname.string() + " -o " + graph.string()).status, 0)
        << lastStderr();
    EXPECT_EQ(whoRejected(graph), "a.name\nKeller\n");
    KgRun r = kg("repl " + graph.string(), ":build " + stories.fullName.string() + "\n:save\n");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr(), "");
    EXPECT_NE(r.out.find(" from 2 documents (1 added), 2 sentences\n"), std::string::npos) << r.out;
    EXPECT_EQ(whoRejected(graph), "a.name\nMaria Keller\n");
    EXPECT_EQ(exported(graph), exported(one));
    EXPECT_EQ(statsOf(graph), statsOf(one));
    const fs::path third = scratch("third.txt");
    std::ofstream(third) << "Baltic Trust opened an office in Riga on Friday.\n";
    r = kg("build --append " + third.string() + " -o " + graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr(), "") << "the claims :save wrote are current";
    EXPECT_NE(r.out.find("from 3 documents (1 added)"), std::string::npos) << r.out;
}

// A new session's graph is built from no documents: two :builds are one build of both.
TEST(ReplBuild, TwoBuildsInANewSessionAreOneBuild) {
    const TwoStories stories;
    const fs::path one = builtFromBoth(stories, "repl-new-one.kg");
    const fs::path graph = scratch("repl-new.kg");
    fs::remove(graph);
    KgRun r = kg("repl", ":build " + stories.surname.string() + "\n:build " +
                             stories.fullName.string() + "\n:save " + graph.string() + "\n");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr(), "");
    EXPECT_EQ(exported(graph), exported(one));
    EXPECT_EQ(statsOf(graph), statsOf(one));
    // :save wrote the claims beside the graph: appending a document again adds nothing.
    r = kg("build --append " + stories.surname.string() + " -o " + graph.string());
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr(), "");
    EXPECT_NE(r.out.find("from 2 documents (0 added)"), std::string::npos) << r.out;
}

// A graph without current claims is joined by name, and :build says so.
TEST(ReplBuild, JoinsAGraphWithoutItsClaimsByNameAndSaysSo) {
    const TwoStories stories;
    const fs::path graph = scratch("repl-no-claims.kg");
    ASSERT_EQ(kg("build " + stories.surname.string() + " -o " + graph.string()).status, 0)
        << lastStderr();
    fs::remove(graph.string() + ".claims");
    KgRun r = kg("repl " + graph.string(), ":build " + stories.fullName.string() + "\n:save\n");
    ASSERT_EQ(r.status, 0) << lastStderr();
    EXPECT_EQ(lastStderr(), "note: no claim records build this graph (kg build writes them beside "
                            "it): the new documents join its entities by name, which can differ "
                            "from one build of all the documents\n");
    EXPECT_EQ(whoRejected(graph), "a.name\nKeller\n");
}

TEST(BuildAppend, ABrokenClaimsFileIsAOneLineErrorAndTheGraphStays) {
    const fs::path graph = scratch("broken-claims.kg");
    ASSERT_EQ(kg("build " + kSample + " -o " + graph.string()).status, 0) << lastStderr();
    const std::string before = exported(graph);
    std::ofstream(graph.string() + ".claims") << "{\"kg_claims\":1}\n";
    KgRun r = kg("build --append " + std::string(KG_SOURCE_DIR) +
                 "/samples/company_merger.txt -o " + graph.string());
    EXPECT_NE(r.status, 0);
    const std::string err = lastStderr();
    EXPECT_EQ(lineCount(err), 1u) << err;
    EXPECT_NE(err.find("broken-claims.kg.claims:1"), std::string::npos) << err;
    EXPECT_EQ(exported(graph), before);
}

TEST(BuildFromRecords, ABadRecordIsAOneLineErrorAndNoGraph) {
    KgRun claims = kg("extract --format claims " + kSample);
    ASSERT_EQ(claims.status, 0) << lastStderr();
    const fs::path graph = scratch("bad.kg");
    const auto fails = [&](const std::string& content, const std::string& message) {
        const fs::path records = scratch("bad.jsonl");
        std::ofstream(records) << content;
        fs::remove(graph);
        KgRun r = kg("build --from-records " + records.string() + " -o " + graph.string());
        EXPECT_EQ(r.status, 1);
        EXPECT_NE(lastStderr().find(records.string() + ":" + message), std::string::npos)
            << lastStderr();
        EXPECT_EQ(lineCount(lastStderr()), 1u) << lastStderr();
        EXPECT_FALSE(fs::exists(graph));
    };
    fails(claims.out + "{\"kg_claims\":3}\n", "2: missing \"id\"");
    fails("\n{\"kg_claims\":2}\n", "2: claim record version 2");
    fails("{\"subject\":\"a\",\"predicate\":\"b\",\"object\":\"c\"}\n", "1: missing \"kg_claims\"");
    const std::size_t passive = claims.out.find("\"passive\":false");
    ASSERT_NE(passive, std::string::npos);
    fails(claims.out.substr(0, passive) + "\"passive\":0" + claims.out.substr(passive + 15),
          "1: \"passive\" must be true or false");
    fails(claims.out.substr(0, 200), "1:201: ");
    KgRun r = kg("build --from-records -j 2 " + kSample + " -o " + graph.string());
    EXPECT_EQ(r.status, 2);
}

} // namespace
