// Hostile input: the pipeline never crashes, refuses what it cannot parse and counts it.
#include "extract/pipeline.h"
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

ExtractStats run(const std::string& text) {
    ExtractOptions options;
    options.minConfidence = 0.0; // what is read, however much of it the graph would trust
    Extractor extractor(options);
    Document d;
    d.id = "hostile";
    d.text = text;
    return extractFacts(extractor, {d}).stats;
}

TEST(Robustness, EmptyAndBlankDocuments) {
    EXPECT_EQ(run("").sentences, 0u);
    EXPECT_EQ(run("\n\n   \n").sentences, 0u);
}

TEST(Robustness, BinaryInputIsRepairedAndCounted) {
    std::string binary;
    for (int i = 0; i < 4096; ++i)
        binary.push_back(static_cast<char>((i * 7919) % 256));
    ExtractStats stats = run(binary);
    EXPECT_GT(stats.invalidBytes, 0u);
    EXPECT_EQ(stats.facts, 0u);
}

TEST(Robustness, OneMegabyteLineIsRefusedNotParsed) {
    std::string line;
    while (line.size() < (1u << 20))
        line += "word ";
    ExtractStats stats = run(line);
    EXPECT_EQ(stats.sentences, 1u);
    EXPECT_EQ(stats.tooLong, 1u);
    EXPECT_EQ(stats.facts, 0u);
}

TEST(Robustness, ALongSentenceIsReadOnlyWhenEveryWordLinks) {
    // 73 words: above 70 the parser may not skip words, a search that grows steeply with length.
    const std::string week =
        "The council approved the new budget on Monday, the mayor signed the order on Tuesday, "
        "the engineers inspected the old bridge on Wednesday, the workers repaired the damaged "
        "road on Thursday, the volunteers cleaned the river on Friday, the teachers opened the "
        "new school on Saturday, the children planted trees on Sunday, and the residents "
        "celebrated the results of the whole week with a long concert in the central square of "
        "the town.";
    ExtractStats read = run(week);
    EXPECT_EQ(read.tooLong, 0u);
    EXPECT_GE(read.facts, 7u);
    std::string stutter = week;
    stutter.replace(stutter.find("opened the"), 10, "opened the the the");
    ExtractStats refused = run(stutter);
    EXPECT_EQ(refused.tooLong, 1u);
    EXPECT_EQ(refused.facts, 0u);
}

TEST(Robustness, OddSentencesDoNotReachTheParserUnguarded) {
    for (const char* s : {".", "\"", "...", "- - -", "( ) [ ] { }", "''", "a", "\xEF\xBF\xBD",
                          "1 2 3 4 5 6 7 8 9", "!!!???"})
        EXPECT_NO_THROW(sharedParser().parse(s)) << s;
}

TEST(Robustness, NonEnglishTextGivesNoFacts) {
    ExtractStats stats = run("Der Bürgermeister hat gestern die neue Brücke über den Fluss "
                             "feierlich eröffnet. Это предложение написано по-русски.");
    EXPECT_EQ(stats.facts, 0u);
    EXPECT_EQ(stats.sentences, 2u);
}

TEST(Robustness, LatinScriptForeignLanguageIsRefusedBeforeParsing) {
    // German in plain ASCII passes the letters test; the dictionary check refuses it.
    ExtractStats stats = run("Der Kanzler sagte am Montag, dass Deutschland mehr Geld ausgeben "
                             "werde.");
    EXPECT_EQ(stats.facts, 0u);
    EXPECT_EQ(stats.unparsed, 1u);
}

TEST(Robustness, InvalidUtf8InsideProseStillYieldsFacts) {
    ExtractOptions options;
    options.minConfidence = 0.0; // what is read, however much of it the graph would trust
    Extractor extractor(options);
    Document d;
    d.text = "The board approved the \xFF merger.";
    const ExtractStats stats = extractFacts(extractor, {d}).stats;
    EXPECT_EQ(stats.invalidBytes, 1u);
    EXPECT_EQ(stats.sentences, 1u);
}

} // namespace
} // namespace kg::extract::test
