#pragma once
// A link-grammar parse copied out of the library into plain values, so every later stage is
// ordinary C++ over vectors (testable without the parser, and free of the C handles' lifetimes).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// One word of the linkage. `text` has link-grammar's subscript (".v", ".n") and its bracketed
/// guess markers removed; `subscript` keeps the subscript ("v-d", "l", "b") because it carries
/// the dictionary's knowledge (given name, location, verb tense).
struct Word {
    std::string text;
    std::string subscript;
    std::string guess; ///< the dictionary's class for unknown words: "YEAR-DATE", "NUMBERS", ...
    std::uint32_t begin = 0; ///< byte offset in the sentence, end exclusive
    std::uint32_t end = 0;
    bool unlinked = false; ///< a null word, skipped by the parse
    bool isWall = false;   ///< LEFT-WALL / RIGHT-WALL
};

/// A link between two words. `type` is the upper-case head of the label ("S", "MV", "O"),
/// `sub` the lower-case rest ("s*s", "p", "v").
struct Link {
    std::uint16_t left = 0;
    std::uint16_t right = 0;
    std::string type;
    std::string sub;
};

struct ParsedSentence {
    std::string text;
    std::vector<Word> words;
    std::vector<Link> links;
    std::vector<std::vector<std::uint16_t>> linksOfWord; ///< link indexes touching each word
    int nullCount = 0;
    float disjunctCost = 0.0f;
    float chargedCost = 0.0f; ///< disjunctCost plus the linkage choice's charges
    int linkageCount = 0;

    /// The word at the other end of each link of `word` whose type is `type` and which lies on
    /// the given side (`toRight` true: partner is to the right of `word`).
    std::vector<std::uint16_t> partners(std::uint16_t word, std::string_view type,
                                        bool toRight) const;
    /// First such partner, or -1.
    int partner(std::uint16_t word, std::string_view type, bool toRight) const;
    /// The link joining `word` to its first partner of `type` on that side, or nullptr.
    const Link* linkTo(std::uint16_t word, std::string_view type, bool toRight) const;
    bool hasLink(std::uint16_t word, std::string_view type, bool toRight) const {
        return partner(word, type, toRight) >= 0;
    }
    /// Sentence text covered by words [first, last], inclusive.
    std::string_view span(std::uint16_t first, std::uint16_t last) const;
    void indexLinks();
};

} // namespace kg::extract
