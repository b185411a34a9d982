// The name an entity goes by, chosen by rule from the names merged into it, so that it does not
// flip when extraction finds one more "US" than "United States": a short form loses to the name
// it abbreviates, a name loses to a fuller one with all its words, an expansion of an acronym
// wins over other full names, and only then count decides, then a fixed order. Part of
// EntityResolver; split off because it is one job that reads only the finished entity.
#include "extract/entity_resolver.h"
#include "extract/mention_rules.h"
#include "extract/noun_phrase.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace kg::extract {
namespace {

std::set<std::string> wordSet(std::string_view name) {
    const std::vector<std::string> words = lowerWords(name);
    return {words.begin(), words.end()};
}

// "United States" -> "US", "Organisation for Economic Co-operation and Development" -> "OECD":
// the first letter of each capitalised word and of each capitalised part after a hyphen.
std::string initials(std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const bool opensPart = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';
        if (opensPart && std::isupper(static_cast<unsigned char>(name[i])))
            out.push_back(name[i]);
    }
    return out;
}

std::string upperLetters(std::string_view name) {
    std::string out;
    for (char c : name)
        if (std::isalpha(static_cast<unsigned char>(c)))
            out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    return out;
}

} // namespace

bool EntityResolver::abbreviates(const std::string& shortName, const std::string& full) const {
    if (tokenCount(shortName) != 1 || tokenCount(full) < 2)
        return false;
    const std::string shortKey = nameKey(shortName);
    const std::string fullKey = nameKey(full);
    if (auto it = definedAcronyms_.find(shortKey);
        it != definedAcronyms_.end() && it->second == fullKey)
        return true;
    if (nameKey(newsAcronymPartner(shortName)) == fullKey)
        return true;
    const std::string letters = upperLetters(shortName);
    if (letters.size() >= 2 && letters == initials(full))
        return true;
    // "Fed" is WordNet's short form of "Federal Reserve".
    for (const std::string& synonym : WordNet::instance().namedSynonyms(shortName).first)
        if (nameKey(synonym) == fullKey)
            return true;
    return false;
}

std::string EntityResolver::canonicalName(int root) const {
    const EntityInfo& info = entities_[root];
    if (info.names.empty()) {
        // A description has no short forms: its most frequent wording, then the longer one.
        std::string best;
        int bestCount = -1;
        for (const auto& [name, count] : info.descriptions)
            if (count > bestCount || (count == bestCount && name.size() > best.size())) {
                best = name;
                bestCount = count;
            }
        return best;
    }
    // A name is out of the running when another name of the entity is its expansion ("US" for
    // "United States", "Fed" for "Federal Reserve") or has all its words and more ("Rutte" for
    // "Mark Rutte", "Commission" for "European Commission").
    struct Candidate {
        const std::string* name;
        int count;
        bool expands; ///< abbreviated by another name of the entity
    };
    std::vector<Candidate> candidates;
    for (const auto& entry : info.names) {
        const std::string& name = entry.first; // a plain reference: lambdas may capture it
        const int count = entry.second;
        const std::set<std::string> words = wordSet(name);
        bool outranked = false;
        for (const auto& [other, otherCount] : info.names) {
            if (&other == &name)
                continue;
            const std::set<std::string> otherWords = wordSet(other);
            if (abbreviates(name, other) ||
                (otherWords.size() > words.size() &&
                 std::includes(otherWords.begin(), otherWords.end(), words.begin(), words.end()))) {
                outranked = true;
                break;
            }
        }
        if (outranked)
            continue;
        const bool expands = std::any_of(info.names.begin(), info.names.end(), [&](const auto& n) {
            return n.first != name && abbreviates(n.first, name);
        });
        candidates.push_back(Candidate{&name, count, expands});
    }
    if (candidates.empty()) // only a cycle of equal names could leave none
        return info.names.begin()->first;
    // A person goes by the fullest name; anything else by the expansion of an acronym it is
    // also called by. Then the most frequent, then more words, then alphabetical order.
    const auto rank = [&](const Candidate& c) {
        const int words = static_cast<int>(tokenCount(*c.name));
        return std::make_tuple(info.person ? words : 0, c.expands, c.count, words);
    };
    const Candidate* best = &candidates.front();
    for (const Candidate& c : candidates)
        if (rank(c) > rank(*best) || (rank(c) == rank(*best) && *c.name < *best->name))
            best = &c;
    return *best->name;
}

} // namespace kg::extract
