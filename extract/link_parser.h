#pragma once
// link-grammar behind RAII owners. The dictionary is loaded once and shared read-only by every
// thread; each thread owns a LinkParser (its own Parse_Options), as the library requires.
#include "extract/parsed_sentence.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace kg::extract {

class ParserError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The English dictionary, created once per process (loading takes ~0.5 s).
class LinkDictionary {
public:
    LinkDictionary(); ///< throws ParserError when the dictionary cannot be loaded
    ~LinkDictionary();
    LinkDictionary(const LinkDictionary&) = delete;
    LinkDictionary& operator=(const LinkDictionary&) = delete;

    void* handle() const { return dict_; }

private:
    void* dict_ = nullptr;
};

/// Why a sentence produced no parse (counted in ExtractStats, never fatal).
enum class ParseRefusal { None, Empty, TooLong, OverBudget, Unparsable, MostlyUnlinked };

struct ParseResult {
    std::optional<ParsedSentence> parse;
    /// Other linkages whose charged cost is within kRivalMargin of the parse's, cheapest first.
    std::vector<ParsedSentence> rivals;
    ParseRefusal refusal = ParseRefusal::None;
};

/// Limits that keep the parser fast and away from inputs it cannot handle (docs/limits.md). The
/// time limits are CPU time, which link-grammar measures itself, and only guard against
/// pathological sentences (long runs of random words): a limit that ordinary sentences reach
/// would make the output depend on the machine, so they are set well above their cost (at most
/// 1.7 s on CaRB dev, 0.2 s on news-dev).
struct ParserLimits {
    std::size_t maxBytes = 800;
    std::size_t maxWords = 90;
    /// Longer sentences get a parse only if one links every word: the search with skipped
    /// words grows steeply with length (7.6 s for one 74-word sentence, 0.2 s for a full parse).
    std::size_t maxWordsWithSkips = 70;
    /// CPU seconds for each of a sentence's two searches (all words linked; words skipped). A
    /// sentence that runs out gets no parse.
    int sentenceSeconds = 4;
};

class LinkParser {
public:
    explicit LinkParser(const LinkDictionary& dictionary, ParserLimits limits = {});
    ~LinkParser();
    LinkParser(const LinkParser&) = delete;
    LinkParser& operator=(const LinkParser&) = delete;

    /// Parses one sentence: a full parse if one exists, else the best parse with null links,
    /// searched for at most `skipSeconds` (capped by the sentence limit; under 1: not at all).
    ParseResult parse(std::string_view sentence, double skipSeconds = 1e9);

private:
    const LinkDictionary& dictionary_;
    ParserLimits limits_;
    void* options_ = nullptr;
};

} // namespace kg::extract
