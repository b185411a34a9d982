#include "extract/stance.h"

#include "extract/wordnet.h"

#include <string>
#include <unordered_map>

namespace kg::extract {

namespace {

using Lexicon = std::unordered_map<std::string, graph::Stance>;

// A synonym joins its verb's list only when its own first sense is the verb's first sense:
// "endorse" joins "back", but "knock" (whose first sense is striking) does not join
// "criticise". A word the lists give both stances is left out.
void addSynonyms(Lexicon& lexicon, const Lexicon& listed) {
    WordNet& wordnet = WordNet::instance();
    std::unordered_map<std::string, graph::Stance> found;
    std::unordered_map<std::string, bool> conflicting;
    for (const auto& [verb, stance] : listed) {
        const std::vector<std::string> synset = wordnet.firstVerbSynset(verb);
        for (const std::string& word : synset) {
            if (listed.contains(word) || wordnet.firstVerbSynset(word) != synset)
                continue;
            auto [it, inserted] = found.try_emplace(word, stance);
            if (!inserted && it->second != stance)
                conflicting[word] = true;
        }
    }
    for (const auto& [word, stance] : found)
        if (!conflicting.contains(word))
            lexicon.emplace(word, stance);
}

const Lexicon& lexicon() {
    static const Lexicon words = [] {
        Lexicon listed;
        for (std::string_view word : {
#include "stance_support.inc"
             })
            listed.emplace(word, graph::Stance::Support);
        for (std::string_view word : {
#include "stance_oppose.inc"
             })
            listed.emplace(word, graph::Stance::Oppose);
        Lexicon all = listed;
        addSynonyms(all, listed);
        return all;
    }();
    return words;
}

} // namespace

graph::Stance stanceOf(std::string_view predicate, bool negated, std::string_view modality) {
    const Lexicon& words = lexicon();
    const auto it = words.find(std::string(predicate));
    if (it == words.end())
        return graph::Stance::Neutral;
    if (!negated)
        return it->second;
    // A control verb's modality ("attempt to", "plan to") is what the negation denies.
    if (modality.ends_with(" to"))
        return graph::Stance::Neutral;
    return graph::oppositeStance(it->second);
}

} // namespace kg::extract
