#include "extract/linkage_choice.h"

#include <algorithm>
#include <set>

namespace kg::extract {
namespace {

// A verb read as a quotation's inversion ("...," said Rutte: subscript "q", subject on its
// right, link SI) has a noun phrase for its subject. With a gerund there (SI...g) the reading
// is the dictionary's cheap guess at a headline followed by a quotation ("Weber suggested
// deploying troops" as "Weber: 'deploying troops', suggested ..."), which costs the sentence
// its subject; the verb is one that takes the gerund as its object.
constexpr float kInversionOfAGerund = 4.0f;

// A noun that can take an infinitive ("its plan to increase spending", link TOn) and is
// directly followed by one should take it: the cheaper readings hang the infinitive on the
// main verb ("praised Germany ... to increase") or lose it, and with it the plan's content.
constexpr float kNounWithoutItsInfinitive = 3.0f;

float inversionPenalty(const ParsedSentence& parse) {
    float penalty = 0.0f;
    for (const Link& link : parse.links)
        if (link.type == "SI" && link.sub.ends_with('g') &&
            parse.words[link.left].subscript.starts_with('q'))
            penalty += kInversionOfAGerund;
    return penalty;
}

// Byte offsets of the nouns that take the infinitive right after them in this linkage.
// Offsets, not word indexes: linkages of one sentence can split it into words differently.
std::set<std::uint32_t> nounsTakingAnInfinitive(const ParsedSentence& parse) {
    std::set<std::uint32_t> nouns;
    for (const Link& link : parse.links)
        if (link.type == "TO" && link.sub.starts_with('n') && link.right == link.left + 1)
            nouns.insert(parse.words[link.left].begin);
    return nouns;
}

} // namespace

std::size_t chooseLinkage(const std::vector<ParsedSentence>& candidates) {
    std::vector<std::set<std::uint32_t>> infinitiveNouns;
    std::set<std::uint32_t> possible;
    infinitiveNouns.reserve(candidates.size());
    for (const ParsedSentence& parse : candidates) {
        infinitiveNouns.push_back(nounsTakingAnInfinitive(parse));
        possible.insert(infinitiveNouns.back().begin(), infinitiveNouns.back().end());
    }
    std::size_t best = 0;
    float bestScore = 0.0f;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto missing = std::count_if(possible.begin(), possible.end(), [&](std::uint32_t n) {
            return !infinitiveNouns[i].contains(n);
        });
        const float score = candidates[i].disjunctCost + inversionPenalty(candidates[i]) +
                            static_cast<float>(missing) * kNounWithoutItsInfinitive;
        if (i == 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

} // namespace kg::extract
