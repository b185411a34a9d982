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
              "\tstance=support\tconfidence=0.716\tdoc=d1\tsentence=0\tdate=2025-01-02\tsource=s\n"
              "senate\treject\tbill\tsubject_type=Group\tobject_type=Document\tsurface=rejected"
              "\tstance=oppose\tconfidence=0.739\tdoc=d2\tsentence=0\n");
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

// Work is split by sentence, so one file read line by line is shared by both threads.
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
    // "board approve merger" has confidence 0.716, "senate reject bill" 0.739.
    KgRun some = kg("extract - --format tsv --min-confidence 0.73", text + "\n");
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
