#include "extract/clause_split.h"

#include <algorithm>
#include <array>

namespace kg::extract {

namespace {

// A clause with its own subject opens with a name, a pronoun or a determiner, perhaps after one
// adverb ("but together they represent ..."); "..., but would step down if ..." shares the first
// clause's subject and cannot be read apart.
bool isSubjectStart(std::string_view word) {
    static constexpr std::array<std::string_view, 24> kOpeners = {
        "he",  "she",   "it",   "they", "we",    "i",     "you", "the",
        "a",   "an",    "this", "that", "these", "those", "its", "his",
        "her", "their", "our",  "many", "some",  "most",  "all", "no"};
    if (word.empty())
        return false;
    if (word.front() >= 'A' && word.front() <= 'Z')
        return true;
    // "he's", "they’re": the word before its contraction.
    word = word.substr(0, word.find_first_of("'\xE2"));
    return std::find(kOpeners.begin(), kOpeners.end(), word) != kOpeners.end();
}

bool opensWithASubject(std::string_view clause) {
    const std::size_t space = clause.find(' ');
    if (isSubjectStart(clause.substr(0, space)))
        return true;
    if (space == std::string_view::npos)
        return false;
    const std::string_view rest = clause.substr(space + 1);
    return isSubjectStart(rest.substr(0, rest.find(' ')));
}

} // namespace

std::vector<std::string> splitClauses(std::string_view sentence) {
    // Longest first, so ", even as" wins over ", as".
    static constexpr std::array<std::string_view, 8> kLinks = {
        ", even as ", ", whereas ", ", although ", ", though ",
        ", while ",   ", but ",     "; but ",      "; "};
    std::vector<std::string> pieces;
    std::size_t start = 0;
    std::size_t at = 0;
    while (at < sentence.size()) {
        std::size_t link = 0;
        for (std::string_view l : kLinks)
            if (sentence.substr(at, l.size()) == l) {
                link = l.size();
                break;
            }
        if (link == 0 || !opensWithASubject(sentence.substr(at + link))) {
            at += link == 0 ? 1 : link;
            continue;
        }
        pieces.emplace_back(sentence.substr(start, at - start));
        pieces.back().push_back('.');
        start = at + link;
        at = start;
    }
    if (pieces.empty())
        return {};
    pieces.emplace_back(sentence.substr(start));
    return pieces;
}

} // namespace kg::extract
