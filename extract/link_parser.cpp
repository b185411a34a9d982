#include "extract/link_parser.h"

#include "extract/linkage_choice.h"
#include "extract/parser_memory.h"

#include <algorithm>
#include <cctype>
#include <link-grammar/dict-api.h>
#include <link-grammar/link-includes.h>
#include <mutex>
#include <string>
#include <vector>

namespace kg::extract {
namespace {

// The library reports through a per-thread handler; its notes (locale fallbacks, unknown
// words, timeouts) are not errors for kg, whose callers see refusals and counts instead.
void silentHandler(lg_errinfo*, void*) {}

void silenceThisThread() {
    lg_error_set_handler(silentHandler, nullptr);
}

struct SentenceOwner {
    Sentence s = nullptr;
    ~SentenceOwner() {
        if (s != nullptr)
            sentence_delete(s);
    }
};

struct LinkageOwner {
    Linkage l = nullptr;
    ~LinkageOwner() {
        if (l != nullptr)
            linkage_delete(l);
    }
};

bool isWordChar(unsigned char c) {
    return c > ' ';
}

// The English dictionary knows "'s" and '"' but not their typographic forms (U+2019 ...), and
// control characters mean nothing to it: a copy with those replaced. Offsets then refer to this
// copy, which ParsedSentence::text holds.
std::string asciiPunctuation(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        // Penn Treebank escapes, as in tokenised benchmark text (CaRB): `` '' -LRB- -RRB-.
        const std::string_view rest = in.substr(i);
        if (rest.starts_with("``") || rest.starts_with("''")) {
            out.push_back('"');
            ++i;
            continue;
        }
        if (rest.starts_with("-LRB-") || rest.starts_with("-RRB-")) {
            out.push_back(rest[1] == 'L' ? '(' : ')');
            i += 4;
            continue;
        }
        const auto c = static_cast<unsigned char>(in[i]);
        if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80) {
            const auto c2 = static_cast<unsigned char>(in[i + 2]);
            if (c2 == 0x98 || c2 == 0x99) { // single quotes
                out.push_back('\'');
                i += 2;
                continue;
            }
            if (c2 == 0x9C || c2 == 0x9D) { // double quotes
                out.push_back('"');
                i += 2;
                continue;
            }
        }
        out.push_back(c < ' ' ? ' ' : static_cast<char>(c));
    }
    return out;
}

std::size_t countWords(std::string_view text) {
    std::size_t n = 0;
    bool inWord = false;
    for (unsigned char c : text) {
        bool w = isWordChar(c);
        if (w && !inWord)
            ++n;
        inWord = w;
    }
    return n;
}

// True when most lower-case words of `text` are unknown to the English dictionary: another
// language written in Latin letters. Capitalised words are left out, since names are unknown
// to any dictionary; a sentence with fewer than four lower-case words is given the benefit.
bool mostlyUnknownWords(std::string_view text, Dictionary dictionary) {
    std::size_t lower = 0;
    std::size_t unknown = 0;
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]));
        if (letter) {
            word.push_back(text[i]);
            continue;
        }
        if (!word.empty() && std::islower(static_cast<unsigned char>(word[0]))) {
            ++lower;
            if (!dictionary_word_is_known(dictionary, word.c_str()))
                ++unknown;
        }
        word.clear();
    }
    return lower >= 4 && unknown * 2 > lower;
}

// "said.v-d" -> subscript "v-d"; "Rutte[!<CAPITALIZED-WORDS>]" -> none, guess
// "CAPITALIZED-WORDS"; "[command]" (a null word) -> none.
std::string subscriptOf(std::string_view label, std::string_view surface, std::string& guess) {
    std::string clean;
    clean.reserve(label.size());
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (label[i] == '[' && i + 1 < label.size() && label[i + 1] == '!') {
            std::size_t close = label.find(']', i);
            if (close == std::string_view::npos)
                break;
            std::string_view inner = label.substr(i + 2, close - i - 2);
            if (inner.size() > 2 && inner.front() == '<' && inner.back() == '>')
                guess.assign(inner.substr(1, inner.size() - 2));
            i = close;
            continue;
        }
        clean.push_back(label[i]);
    }
    if (!clean.empty() && clean.front() == '[' && clean.back() == ']')
        clean = clean.substr(1, clean.size() - 2);
    if (clean.size() > surface.size() && clean.compare(0, surface.size(), surface) == 0 &&
        clean[surface.size()] == '.')
        return clean.substr(surface.size() + 1);
    std::size_t dot = clean.rfind('.');
    if (dot != std::string::npos && dot > 0 && dot + 1 < clean.size() &&
        std::islower(static_cast<unsigned char>(clean[dot + 1])) &&
        surface.find('.') == std::string_view::npos)
        return clean.substr(dot + 1);
    return {};
}

void splitLabel(std::string_view label, std::string& type, std::string& sub) {
    std::size_t i = 0;
    while (i < label.size() && std::isupper(static_cast<unsigned char>(label[i])))
        ++i;
    type.assign(label.substr(0, i));
    sub.assign(label.substr(i));
    // "I am", "am I": the dictionary gives "I" its own subject links (SX, SXI) only to make it
    // agree with "am"; for a reader they are the subject links S and SI.
    if (type == "SX" || type == "SXI")
        type.erase(1, 1);
}

ParsedSentence copyLinkage(Linkage linkage, Sentence sentence, std::string_view text,
                           int linkages) {
    ParsedSentence out;
    out.text.assign(text);
    out.nullCount = sentence_null_count(sentence);
    out.disjunctCost = linkage_disjunct_cost(linkage);
    out.linkageCount = linkages;
    const std::size_t wordCount = linkage_get_num_words(linkage);
    out.words.resize(wordCount);
    for (std::size_t w = 0; w < wordCount; ++w) {
        Word& word = out.words[w];
        std::string_view label = linkage_get_word(linkage, w);
        if (label == "LEFT-WALL" || label == "RIGHT-WALL") {
            word.isWall = true;
            word.text.assign(label);
            word.begin = word.end = w == 0 ? 0 : static_cast<std::uint32_t>(text.size());
            continue;
        }
        std::size_t b = linkage_get_word_byte_start(linkage, w);
        std::size_t e = linkage_get_word_byte_end(linkage, w);
        b = std::min(b, text.size());
        e = std::clamp(e, b, text.size());
        word.begin = static_cast<std::uint32_t>(b);
        word.end = static_cast<std::uint32_t>(e);
        word.text.assign(text.substr(b, e - b));
        word.unlinked = label.size() > 1 && label.front() == '[' && label[1] != '!';
        word.subscript = subscriptOf(label, word.text, word.guess);
    }
    const std::size_t linkCount = linkage_get_num_links(linkage);
    out.links.reserve(linkCount);
    for (std::size_t i = 0; i < linkCount; ++i) {
        Link link;
        link.left = static_cast<std::uint16_t>(linkage_get_link_lword(linkage, i));
        link.right = static_cast<std::uint16_t>(linkage_get_link_rword(linkage, i));
        splitLabel(linkage_get_link_label(linkage, i), link.type, link.sub);
        out.links.push_back(std::move(link));
    }
    out.indexLinks();
    return out;
}

} // namespace

LinkDictionary::LinkDictionary() {
    keepParserMemory();
    silenceThisThread();
    // Creation reads shared files and sets global state: one at a time.
    static std::mutex creation;
    std::lock_guard lock(creation);
    dict_ = dictionary_create_lang("en");
    if (dict_ == nullptr)
        throw ParserError("cannot load the link-grammar English dictionary");
}

LinkDictionary::~LinkDictionary() {
    dictionary_delete(static_cast<Dictionary>(dict_));
}

LinkParser::LinkParser(const LinkDictionary& dictionary, ParserLimits limits)
    : dictionary_(dictionary), limits_(limits) {
    silenceThisThread();
    Parse_Options opts = parse_options_create();
    parse_options_set_verbosity(opts, 0);
    // Above the limit the parser samples linkages at random; 1000 samples find a parse within a
    // few tenths of the best cost on news sentences at about 10 ms each (bench/RESULTS.md).
    parse_options_set_linkage_limit(opts, 1000);
    parse_options_set_repeatable_rand(opts, true);
    parse_options_set_islands_ok(opts, false);
    options_ = opts;
}

LinkParser::~LinkParser() {
    parse_options_delete(static_cast<Parse_Options>(options_));
}

ParseResult LinkParser::parse(std::string_view sentence, double skipSeconds) {
    ParseResult result;
    // The parser aborts or stalls on some inputs: refuse them before it sees them.
    std::string text = asciiPunctuation(sentence);
    const std::size_t words = countWords(text);
    if (words == 0) {
        result.refusal = ParseRefusal::Empty;
        return result;
    }
    if (text.size() > limits_.maxBytes || words > limits_.maxWords) {
        result.refusal = ParseRefusal::TooLong;
        return result;
    }
    // English prose is mostly printable ASCII, a good part of it letters; binary junk and other
    // scripts are not, and only waste the parser's time (or make it read nonsense). Figures and
    // their signs count as prose: "Bids ranged from 8 % to 8.019 %" is a sentence.
    const auto printable =
        std::count_if(text.begin(), text.end(), [](char c) { return c >= ' ' && c <= '~'; });
    const auto letters = std::count_if(text.begin(), text.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c));
    });
    const auto blanks = std::count(text.begin(), text.end(), ' ');
    if (static_cast<std::size_t>(printable) * 10 < text.size() * 9 ||
        letters * 4 < static_cast<long>(text.size()) - blanks) {
        result.refusal = ParseRefusal::Unparsable;
        return result;
    }
    if (mostlyUnknownWords(text, static_cast<Dictionary>(dictionary_.handle()))) {
        result.refusal = ParseRefusal::Unparsable;
        return result;
    }
    auto opts = static_cast<Parse_Options>(options_);
    SentenceOwner owner;
    owner.s = sentence_create(text.c_str(), static_cast<Dictionary>(dictionary_.handle()));
    if (owner.s == nullptr || sentence_split(owner.s, opts) < 0) {
        result.refusal = ParseRefusal::Unparsable;
        return result;
    }
    parse_options_set_max_parse_time(opts, limits_.sentenceSeconds);
    parse_options_reset_resources(opts);
    parse_options_set_min_null_count(opts, 0);
    parse_options_set_max_null_count(opts, 0);
    int found = sentence_parse(owner.s, opts);
    if (parse_options_timer_expired(opts) != 0) {
        result.refusal = ParseRefusal::OverBudget;
        return result;
    }
    if (found <= 0 && words > limits_.maxWordsWithSkips) {
        result.refusal = ParseRefusal::TooLong;
        return result;
    }
    if (found <= 0) {
        // No complete parse: accept the one that skips the fewest words, if the document's
        // budget leaves time to search for it.
        int seconds = static_cast<int>(std::min<double>(limits_.sentenceSeconds, skipSeconds));
        if (seconds < 1) {
            result.refusal = ParseRefusal::OverBudget;
            return result;
        }
        parse_options_set_max_parse_time(opts, seconds);
        parse_options_reset_resources(opts);
        parse_options_set_min_null_count(opts, 1);
        // A parse skipping more than half the words is refused below anyway; not searching for
        // one saves the search its most expensive levels.
        parse_options_set_max_null_count(opts, sentence_length(owner.s) / 2);
        found = sentence_parse(owner.s, opts);
        if (parse_options_timer_expired(opts) != 0) {
            result.refusal = ParseRefusal::OverBudget;
            return result;
        }
    }
    if (found <= 0 || sentence_num_valid_linkages(owner.s) <= 0) {
        result.refusal = ParseRefusal::Unparsable;
        return result;
    }
    std::vector<ParsedSentence> candidates;
    const int valid = sentence_num_valid_linkages(owner.s);
    for (int i = 0; i < valid && candidates.size() < kLinkageCandidates; ++i) {
        LinkageOwner linkage;
        linkage.l = linkage_create(i, owner.s, opts);
        if (linkage.l != nullptr)
            candidates.push_back(copyLinkage(linkage.l, owner.s, text, found));
    }
    if (candidates.empty()) {
        result.refusal = ParseRefusal::Unparsable;
        return result;
    }
    ParsedSentence parsed = chooseLinkage(std::move(candidates), result.rivals);
    // A parse that skips most words is noise (other languages, tables, lists of names).
    if (parsed.nullCount * 2 > static_cast<int>(parsed.words.size())) {
        result.rivals.clear();
        result.refusal = ParseRefusal::MostlyUnlinked;
        return result;
    }
    result.parse = std::move(parsed);
    return result;
}

} // namespace kg::extract
