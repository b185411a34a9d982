#include "extract/reading_choice.h"

#include "extract/clause_reader.h"

#include <algorithm>

namespace kg::extract {
namespace {

// Among linkages within 0.25 of the best charged cost, the reading whose arguments cover more
// words is usually the right one: a misreading drops words. The weight was chosen on CaRB dev,
// held out by halves (how and the scores: bench/RESULTS.md, "Extraction").
constexpr float kBonusPerCoveredWord = 0.05f;

// Words inside the arguments (subject, object, qualifiers) of claims stated with a verb: not
// the "be" and "has" claims read inside noun phrases, which any linkage offers, nor arguments
// that run across a comma ("responsibility for their own defense, Rutte stated"), which a
// misreading makes long.
std::size_t coveredWords(const std::vector<Claim>& claims, std::size_t wordCount) {
    std::vector<bool> covered(wordCount, false);
    auto mark = [&](const Argument& a) {
        if (!a.valid() || a.text.find(',') != std::string::npos)
            return;
        for (int w = a.first; w <= a.textLast && w < static_cast<int>(wordCount); ++w)
            covered[static_cast<std::size_t>(w)] = true;
    };
    for (const Claim& c : claims) {
        if (c.kind != ClaimKind::Action || isStatedWithoutAVerb(c.relation))
            continue;
        mark(c.subject);
        mark(c.object);
        for (const Modifier& m : c.modifiers)
            mark(m.argument);
    }
    return static_cast<std::size_t>(std::count(covered.begin(), covered.end(), true));
}

float readingCost(const ParsedSentence& parse, const std::vector<Claim>& claims) {
    return parse.chargedCost -
           kBonusPerCoveredWord * static_cast<float>(coveredWords(claims, parse.words.size()));
}

} // namespace

std::vector<Claim> readBestOf(const ParsedSentence& parse,
                              const std::vector<ParsedSentence>& rivals) {
    std::vector<Claim> best = readClaims(parse);
    if (rivals.empty())
        return best;
    float bestCost = readingCost(parse, best);
    for (const ParsedSentence& rival : rivals) {
        std::vector<Claim> claims = readClaims(rival);
        if (const float cost = readingCost(rival, claims); cost < bestCost) {
            best = std::move(claims);
            bestCost = cost;
        }
    }
    return best;
}

} // namespace kg::extract
