// kg's bin_search over WordNet's mapped index files (extract/wordnet_memory.h) must answer every
// lookup exactly as the library's own does: the same line, the same offset, the same misses.
#include "extract/wordnet.h"
#include "extract/wordnet_memory.h"

#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <string>
#include <vector>
#include <wn.h>

extern "C" long last_bin_search_offset;

namespace kg::extract::test {
namespace {

using BinSearch = char* (*)(char*, FILE*);

struct Answer {
    std::string line; ///< empty for a miss
    long offset = 0;
    bool operator==(const Answer&) const = default;
};

Answer ask(BinSearch search, const std::string& key, FILE* stream) {
    std::string copy = key; // the library's signature takes a writable key
    const char* line = search(copy.data(), stream);
    return {line != nullptr ? std::string(line) : std::string(), last_bin_search_offset};
}

// The first word of every line of the stream, read through the stream itself.
std::vector<std::string> wordsOf(FILE* stream) {
    std::vector<std::string> words;
    std::rewind(stream);
    std::vector<char> line(1 << 16);
    while (std::fgets(line.data(), static_cast<int>(line.size()), stream) != nullptr)
        words.emplace_back(line.data(), std::strcspn(line.data(), " \n"));
    return words;
}

TEST(WordNetSearch, FindsWhatTheLibraryFindsForEveryWordAndEveryMiss) {
    WordNet::instance(); // maps the index files
    const auto library = reinterpret_cast<BinSearch>(::dlsym(RTLD_NEXT, "bin_search"));
    ASSERT_NE(library, nullptr);
    ASSERT_NE(library, &::bin_search) << "kg's bin_search must stand in front of the library's";
    std::size_t asked = 0;
    for (int pos = 1; pos <= NUMPARTS; ++pos) {
        FILE* stream = indexfps[pos];
        ASSERT_NE(stream, nullptr);
        const std::vector<std::string> words = wordsOf(stream);
        ASSERT_GT(words.size(), 1000U);
        // Every seventh word (the library takes ~40 µs a lookup), its neighbours in sort order
        // that are no words (a letter more, the last letter less), and the ends of the file.
        std::vector<std::string> keys{"", "a", "zzzzzz", "\x7f", "aa_"};
        for (std::size_t i = 0; i < words.size(); i += 7) {
            keys.push_back(words[i]);
            keys.push_back(words[i] + "zz");
            if (words[i].size() > 1)
                keys.push_back(words[i].substr(0, words[i].size() - 1));
        }
        keys.push_back(words.front());
        keys.push_back(words.back());
        for (const std::string& key : keys) {
            const Answer expected = ask(library, key, stream);
            const Answer actual = ask(&::bin_search, key, stream);
            ASSERT_EQ(actual, expected) << "part " << pos << ", key \"" << key << "\"";
            ++asked;
        }
    }
    EXPECT_GT(asked, 50000U);
}

TEST(WordNetSearch, TakesTheLibrarysStepsOnAFileOfItsOwn) {
    // Three lines: the middle is found at once, the first by a probe at offset 0, a word between
    // two lines is a miss that ends on the last line read.
    const std::string file = "apple 1\nbanana 2\ncherry 3\n";
    long offset = -1;
    EXPECT_EQ(wordNetSearch(file, "banana", offset), "banana 2\n");
    EXPECT_EQ(offset, 8);
    EXPECT_EQ(wordNetSearch(file, "apple", offset), "apple 1\n");
    EXPECT_EQ(offset, 0);
    EXPECT_EQ(wordNetSearch(file, "cherry", offset), "cherry 3\n");
    EXPECT_EQ(offset, 17);
    EXPECT_EQ(wordNetSearch(file, "blueberry", offset), "");
}

} // namespace
} // namespace kg::extract::test
