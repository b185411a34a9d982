// Names as journalists write them, across the sentences of a document: acronyms the text
// defines, titles coordinated before a name, possessors of acts, and bare surnames that only
// the whole corpus can explain. Part of EntityResolver; split off because these rules read a
// sentence's text or the corpus at the end rather than one mention.
#include "extract/entity_resolver.h"
#include "extract/gazetteer.h"
#include "extract/link_parser.h"
#include "extract/mention_rules.h"
#include "extract/noun_phrase.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace kg::extract {
// "Alternative for Germany (AfD)": an acronym the text defines in parentheses right after a
// capitalised name whose first letter it shares is that name, for the whole corpus.
std::vector<EntityResolver::Acronym> EntityResolver::noteAcronyms(const SentenceClaims& sentence,
                                                                  DocumentState& state) {
    std::vector<Acronym> defined;
    // Only a sentence the parser could read: libstdc++'s regex recurses per character and must
    // not meet a megabyte line.
    if (sentence.claims.empty() || sentence.text.size() > ParserLimits{}.maxBytes ||
        sentence.text.find('(') == std::string::npos)
        return defined;
    static const std::regex definition(
        R"(((?:[A-Z][\w'-]*\s+(?:(?:for|of|the|and|de|du|der|des|von|van)\s+)*)+)\(([A-Z][A-Za-z]{1,7})\))");
    for (auto it = std::sregex_iterator(sentence.text.begin(), sentence.text.end(), definition);
         it != std::sregex_iterator(); ++it) {
        std::string full = (*it)[1].str();
        while (!full.empty() && full.back() == ' ')
            full.pop_back();
        if (full.starts_with("The "))
            full.erase(0, 4);
        const std::string acronym = (*it)[2].str();
        const auto capitals = std::count_if(acronym.begin(), acronym.end(), [](char c) {
            return std::isupper(static_cast<unsigned char>(c));
        });
        if (tokenCount(full) < 2 || capitals < 2 || full.front() != acronym.front())
            continue;
        const std::string fullKey = nameKey(full);
        const std::string acronymKey = nameKey(acronym);
        auto fullIt = byKey_.find(fullKey);
        int entity = fullIt != byKey_.end() ? find(fullIt->second) : newEntity();
        if (fullIt == byKey_.end()) {
            byKey_.emplace(fullKey, entity);
            ++entities_[entity].names[full];
        }
        if (auto acronymIt = byKey_.find(acronymKey); acronymIt != byKey_.end())
            unite(entity, acronymIt->second);
        else
            byKey_.emplace(acronymKey, entity);
        // A body the text names by its initials is an organisation, unless a title or a given
        // name said otherwise.
        ++entities_[find(entity)].typeVotes["Organization"];
        definedAcronyms_.try_emplace(acronymKey, fullKey);
        // Named here, so "the alliance" of the next sentence may be it.
        state.recent.push_back(Recent{entity, sentence.index});
        defined.push_back(Acronym{full, acronymKey});
    }
    return defined;
}

bool EntityResolver::isDefinition(const Claim& claim, const std::vector<Acronym>& acronyms) {
    if (claim.kind != ClaimKind::Apposition && claim.kind != ClaimKind::Copula)
        return false;
    return std::any_of(acronyms.begin(), acronyms.end(), [&](const Acronym& a) {
        return nameKey(claim.subject.name) == a.key || nameKey(claim.object.name) == a.key;
    });
}

void EntityResolver::completeDefinedName(Argument& argument, const std::vector<Acronym>& acronyms) {
    if (argument.kind != MentionKind::Name)
        return;
    const std::string key = nameKey(argument.name) + ' ';
    for (const Acronym& a : acronyms)
        if (nameKey(a.full).starts_with(key)) {
            argument.name = a.full;
            return;
        }
}

std::vector<int> EntityResolver::coordinatedTitles(const SentenceClaims& sentence) {
    const auto& claims = sentence.claims;
    std::vector<int> titleOf(claims.size(), kNoTitle);
    for (std::size_t a = 0; a < claims.size(); ++a) {
        const Argument& title = claims[a].subject;
        if (title.kind != MentionKind::Common || title.typeHint != "Person" || title.plural ||
            determinerOf(title) != Determiner::None || !isCapitalised(title.text))
            continue;
        for (std::size_t b = 0; b < claims.size(); ++b) {
            const Argument& name = claims[b].subject;
            if (b == a || name.kind != MentionKind::Name || name.title.empty() ||
                claims[b].predicate != claims[a].predicate ||
                claims[b].object.text != claims[a].object.text || name.first <= title.last ||
                name.first > title.last + 2)
                continue;
            titleOf[a] = kIsATitle;
            titleOf[b] = static_cast<int>(a);
            break;
        }
    }
    return titleOf;
}

// "Manfred Weber's proposal": an act's possessor is its author, so a proposal gets its author's
// `propose` edge and whoever answers it is one step from its author. The possessor is resolved
// for every act: its name and title count for typing and surnames.
void EntityResolver::linkPossessor(int entity, const Argument& a, DocumentState& state) {
    if (a.kind != MentionKind::Common)
        return;
    const std::size_t mark = a.name.find("'s ");
    if (mark == std::string::npos)
        return;
    // Only a name owns something here ("the country's plan" would need the description
    // resolved); leading title words are its title ("President Donald Trump's words").
    std::vector<std::string> words;
    std::string word;
    for (char c : a.name.substr(0, mark) + " ") {
        if (c != ' ') {
            word.push_back(c);
            continue;
        }
        if (!isCapitalised(word))
            return;
        words.push_back(std::move(word));
        word.clear();
    }
    Argument possessor;
    possessor.kind = MentionKind::Name;
    possessor.head = a.head;
    // The title runs to its last word for a person ("Prime Minister", "U.S. President"); the
    // name keeps at least its last word ("Mark Carpenter's" is no carpenter's).
    std::size_t first = 0;
    for (std::size_t w = 0; w + 1 < words.size(); ++w)
        if (WordNet::instance().nounCategory(words[w], WordNet::Sense::Common) ==
            NounCategory::Person)
            first = w + 1;
    for (std::size_t w = 0; w < first; ++w)
        possessor.title += (w == 0 ? "" : " ") + words[w];
    for (std::size_t w = first; w < words.size(); ++w)
        possessor.name += (w == first ? "" : " ") + words[w];
    possessor.text = a.name.substr(0, mark);
    if (!possessor.title.empty())
        possessor.typeHint = "Person";
    // The possessor is looked up and noted (the name and title count for typing and surnames),
    // but is no new mention for "he".
    const auto mentioned = state.recent.size();
    const int owner = resolve(possessor, state, {}, Role::Other);
    state.recent.resize(mentioned);
    // "Wednesday's decision" is no act by Wednesday.
    if (owner >= 0 && find(owner) != find(entity) &&
        WordNet::instance().nounCategory(possessor.name, WordNet::Sense::Proper) !=
            NounCategory::Time &&
        WordNet::instance().isActNoun(headNoun(a.name)))
        linkAuthor(entity, a.name, owner, state);
}

namespace {

// A given name as transliteration spells it either way: "Viktor" and "Victor", "Sergey" and
// "Sergei", "Aleksandr" and "Alexandr", "Stephan" and "Stefan" read the same. Lower case.
std::string transliterated(std::string_view name) {
    std::string out;
    const std::string lower = lowerAscii(name);
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        const char next = i + 1 < lower.size() ? lower[i + 1] : '\0';
        if ((c == 'k' && next == 's') || (c == 'p' && next == 'h')) {
            out.push_back(c == 'k' ? 'x' : 'f');
            ++i;
        } else {
            out.push_back(c == 'k' ? 'c' : c == 'y' ? 'i' : c);
        }
    }
    return out;
}

// Two full names of one person spelled two ways across stories: the same surname and the same
// number of words, given names that differ only by transliteration ("Victor Orban" / "Viktor
// Orban"). "Anna Berg" and "Anja Berg" are two people: one letter apart is not enough.
bool spellingVariants(std::string_view a, std::string_view b) {
    if (a == b || tokenCount(a) < 2 || tokenCount(a) != tokenCount(b) ||
        lowerAscii(surnameOf(a)) != lowerAscii(surnameOf(b)))
        return false;
    return transliterated(a) == transliterated(b);
}

} // namespace

// A bare surname no document explained ("Rutte said ..." in a story that never gives his first
// name) joins the one person in the corpus with that surname; with two such people it stays
// apart. A place or an organisation ("Washington") never joins a person. Before that, one
// person's name spelled two ways in two stories becomes one person.
void EntityResolver::joinBareSurnames() {
    for (auto& [surname, holders] : surnameHolders_) {
        std::vector<int> people;
        for (int h : holders)
            if (std::find(people.begin(), people.end(), find(h)) == people.end())
                people.push_back(find(h));
        for (std::size_t i = 0; i < people.size(); ++i)
            for (std::size_t j = i + 1; j < people.size();) {
                if (spellingVariants(canonicalName(people[i]), canonicalName(people[j]))) {
                    unite(people[i], people[j]);
                    people.erase(people.begin() + static_cast<std::ptrdiff_t>(j));
                } else {
                    ++j;
                }
            }
        auto bare = byKey_.find(surname);
        if (people.size() != 1 || bare == byKey_.end())
            continue;
        const int root = find(bare->second);
        const auto& votes = entities_[root].typeVotes;
        const bool other = std::any_of(votes.begin(), votes.end(), [](const auto& vote) {
            return vote.first != "Person" && vote.second > 0;
        });
        if (root == people.front() || isCountryName(surname) || other)
            continue;
        unite(people.front(), root);
    }
}

// "NATO Secretary" (a headline cut before "General denies ...") names no one of its own: a
// person whose every name is an institution's name and a title word is the one person holding a
// title with all those words, anywhere in the corpus; with two such holders it stays apart.
void EntityResolver::joinTitleNames() {
    WordNet& wordnet = WordNet::instance();
    const auto isTitleName = [&](const std::string& name) {
        const std::size_t cut = name.rfind(' ');
        if (cut == std::string::npos)
            return false;
        const std::string last = name.substr(cut + 1);
        return namesItsInstitution(name.substr(0, cut)) &&
               wordnet.nounCategory(last, WordNet::Sense::Common) == NounCategory::Person &&
               wordnet.nounCategory(last, WordNet::Sense::Proper) == NounCategory::Unknown;
    };
    for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
        EntityInfo& info = entities_[e];
        const auto& pool = info.names.empty() ? info.descriptions : info.names;
        if (find(e) != e || pool.empty() || typeOf(e) != graph::EntityType::Person ||
            !std::all_of(pool.begin(), pool.end(),
                         [&](const auto& n) { return isTitleName(n.first); }))
            continue;
        std::vector<std::string> words;
        for (const auto& [name, count] : pool) {
            const std::vector<std::string> own = lowerWords(name);
            words.insert(words.end(), own.begin(), own.end());
        }
        int holder = -1;
        for (const TitleHolder& title : titleHolders_) {
            const int root = find(title.entity);
            bool all = root != e;
            for (const std::string& word : words)
                all = all &&
                      std::find(title.words.begin(), title.words.end(), word) != title.words.end();
            if (!all || root == holder)
                continue;
            if (holder >= 0) {
                holder = -1;
                break;
            }
            holder = root;
        }
        if (holder < 0)
            continue;
        // The title is how the text named the holder, not a name: it stays an alias.
        for (const auto& [name, count] : info.names)
            info.descriptions[name] += count;
        info.names.clear();
        unite(holder, e);
    }
}

} // namespace kg::extract
