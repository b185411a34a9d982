// Text that stalls the parser: long runs of random common words. Each sentence has a budget, and
// so has the document; sentences over it are counted in the warning line.
#include "tests/hostile/hostile.h"

#include <random>

namespace kg::hostile {
namespace {

// Short words that link-grammar knows in many roles, which makes its search for a parse with
// skipped words explode on a random sequence of them.
std::string randomWordSentences(int count, unsigned seed) {
    const char* words[] = {"the",  "of",    "and",   "to",   "that", "is",   "was",  "for",
                           "as",   "with",  "had",   "not",  "but",  "have", "one",  "were",
                           "all",  "there", "would", "so",   "what", "up",   "out",  "can",
                           "only", "then",  "do",    "like", "over", "even", "back", "still",
                           "well", "down",  "right", "long"};
    std::mt19937 random(seed);
    std::string text;
    for (int s = 0; s < count; ++s) {
        int length = 60 + static_cast<int>(random() % 11);
        std::string sentence = "Still";
        for (int w = 1; w < length; ++w)
            sentence += std::string(" ") + words[random() % std::size(words)];
        text += sentence + ". ";
    }
    return text;
}

TEST_F(Hostile, RandomWordSentencesAreSkippedOverTheParsingBudget) {
    write("noise.txt", randomWordSentences(3, 5));
    KgResult r = kg("extract noise.txt -o noise.jsonl");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "kg: warning: 3 of 3 sentences gave no parse (0 over the length limit, 3 "
                     "over the parsing budget, 0 not parsable as English)\n");
    EXPECT_EQ(read("noise.jsonl"), "");
}

TEST_F(Hostile, TheStreamingMapperKeepsTheSameBudget) {
    std::string text = randomWordSentences(3, 9) + "The council approved the harbour plan.";
    KgResult r = kg("extract -", "{\"id\": \"d1\", \"text\": \"" + text + "\"}\n");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "kg: warning: 3 of 4 sentences gave no parse (0 over the length limit, 3 "
                     "over the parsing budget, 0 not parsable as English)\n");
    EXPECT_NE(r.out.find("\"predicate\":\"approve\""), std::string::npos) << r.out;
}

} // namespace
} // namespace kg::hostile
