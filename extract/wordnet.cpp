#include "extract/wordnet.h"

#include "base/case_fold.h"
#include "extract/wordnet_memory.h"

#include <algorithm>
#include <cctype>
#include <wn.h>

namespace kg::extract {
namespace {

/// WordNet's key for a word: lower case, spaces as underscores.
std::string wordNetKey(std::string_view word) {
    std::string key = base::lowerAscii(word);
    std::replace(key.begin(), key.end(), ' ', '_');
    return key;
}

std::string spaced(const char* wnWord) {
    std::string out(wnWord);
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

NounCategory categoryOfFile(std::string_view file) {
    if (file == "noun.person")
        return NounCategory::Person;
    if (file == "noun.group")
        return NounCategory::Group;
    if (file == "noun.location")
        return NounCategory::Location;
    if (file == "noun.quantity")
        return NounCategory::Quantity;
    if (file == "noun.time")
        return NounCategory::Time;
    if (file == "noun.artifact")
        return NounCategory::Artifact;
    return NounCategory::Other;
}

// Lookups use index_lookup on kg's own normalised key (lower case, underscores): getindex would
// also try spelling variants, and leaks the index entries of the ones it drops.

// The first synset of the noun, or nullptr; the caller frees it with free_synset.
SynsetPtr firstNounSynset(std::string& key) {
    IndexPtr index = index_lookup(key.data(), NOUN);
    if (index == nullptr)
        return nullptr;
    SynsetPtr synset = nullptr;
    if (index->off_cnt > 0)
        synset = read_synset(NOUN, static_cast<long>(index->offset[0]), key.data());
    free_index(index);
    return synset;
}

// Owns a synset read from the database.
struct SynsetHandle {
    SynsetPtr ptr = nullptr;
    SynsetHandle(int pos, long offset) {
        char none[1] = {0};
        ptr = read_synset(pos, offset, none);
    }
    explicit SynsetHandle(SynsetPtr p) : ptr(p) {}
    ~SynsetHandle() {
        if (ptr != nullptr)
            free_synset(ptr);
    }
    SynsetHandle(const SynsetHandle&) = delete;
    SynsetHandle& operator=(const SynsetHandle&) = delete;
};

// The 1-based position of a word in its synset, as pointers count it; 0 if absent.
int wordIndex(SynsetPtr synset, std::string_view key) {
    for (int i = 0; i < synset->wcount; ++i)
        if (wordNetKey(synset->words[i]) == key)
            return i + 1;
    return 0;
}

bool hasWord(SynsetPtr synset, std::string_view key) {
    return wordIndex(synset, key) != 0;
}

// Whether the synset, or one of its (instance) hypernyms within `depth` steps, is one `found`
// accepts.
template <class Found> bool reaches(SynsetPtr synset, int depth, const Found& found) {
    if (found(synset))
        return true;
    if (depth <= 0)
        return false;
    for (int i = 0; i < synset->ptrcount; ++i) {
        if (synset->ptrtyp[i] != HYPERPTR && synset->ptrtyp[i] != INSTANCE)
            continue;
        SynsetHandle up(NOUN, synset->ptroff[i]);
        if (up.ptr != nullptr && reaches(up.ptr, depth - 1, found))
            return true;
    }
    return false;
}

bool reachesWord(SynsetPtr synset, std::string_view key, int depth) {
    return reaches(synset, depth, [&](SynsetPtr s) { return hasWord(s, key); });
}

bool reachesSynset(SynsetPtr synset, long offset, int depth) {
    return reaches(synset, depth, [&](SynsetPtr s) { return s->hereiam == offset; });
}

bool isInstanceOfWord(SynsetPtr synset, std::string_view key) {
    for (int i = 0; i < synset->ptrcount; ++i) {
        if (synset->ptrtyp[i] != INSTANCE)
            continue;
        SynsetHandle up(NOUN, synset->ptroff[i]);
        if (up.ptr != nullptr && hasWord(up.ptr, key))
            return true;
    }
    return false;
}

// The nearest part holonym (breadth first, a few levels: Washington is part of the District of
// Columbia, which is part of the United States) that is a kind of country.
std::string countryHolonym(SynsetPtr synset) {
    std::vector<long> level;
    for (int i = 0; i < synset->ptrcount; ++i)
        if (synset->ptrtyp[i] == ISPARTPTR && synset->ppos[i] == NOUN)
            level.push_back(synset->ptroff[i]);
    for (int depth = 0; depth < 3 && !level.empty(); ++depth) {
        std::vector<long> next;
        for (long offset : level) {
            SynsetHandle holonym(NOUN, offset);
            if (holonym.ptr == nullptr)
                continue;
            if (reachesWord(holonym.ptr, "country", 4) && holonym.ptr->wcount > 0)
                return spaced(holonym.ptr->words[0]);
            for (int i = 0; i < holonym.ptr->ptrcount; ++i)
                if (holonym.ptr->ptrtyp[i] == ISPARTPTR && holonym.ptr->ppos[i] == NOUN)
                    next.push_back(holonym.ptr->ptroff[i]);
        }
        level = std::move(next);
    }
    return {};
}

// Whether a word is worth asking WordNet about: its lookups take at most 64 characters.
bool fits(std::string_view word) {
    return !word.empty() && word.size() <= 64;
}

} // namespace

WordNet& WordNet::instance() {
    static WordNet wordnet;
    return wordnet;
}

WordNet::WordNet() {
    ready_ = wninit() == 0;
    if (ready_)
        serveWordNetFromMemory();
}

std::string WordNet::morph(std::string_view word, int pos) {
    std::string key = wordNetKey(word);
    if (!ready_ || key.empty() || key.size() > 64)
        return key;
    // morphstr returns the base form, or null when the word is already one (or unknown).
    const char* base = morphstr(key.data(), pos);
    std::string lemma = base != nullptr ? spaced(base) : spaced(key.c_str());
    return lemma;
}

namespace {

// A third-person form of a verb WordNet does not list ("redraws", "livestreams") loses its
// ending by the regular rules, so that the predicate is a lemma like any other; "-ss", "-us"
// and "-is" end no such form.
std::string regularVerbBase(std::string key) {
    if (key.size() < 4 || !key.ends_with('s') || key.ends_with("ss") || key.ends_with("us") ||
        key.ends_with("is"))
        return key;
    if (key.ends_with("ies"))
        return key.substr(0, key.size() - 3) + 'y';
    for (std::string_view sibilant : {"sses", "shes", "ches", "xes", "zes"})
        if (key.ends_with(sibilant))
            return key.substr(0, key.size() - 2);
    return key.substr(0, key.size() - 1);
}

} // namespace

// morph answers lower-cased input itself when WordNet is missing or the word does not fit.
std::string WordNet::verbLemma(std::string_view word) {
    return remember(verbCache_, std::string(word), true, [&] {
        std::string lemma = morph(word, VERB);
        if (!ready_ || lemma.find(' ') != std::string::npos || lemma != wordNetKey(word))
            return lemma;
        IndexPtr index = index_lookup(lemma.data(), VERB);
        if (index != nullptr) {
            free_index(index);
            return lemma;
        }
        return regularVerbBase(std::move(lemma));
    });
}

std::string WordNet::nounLemma(std::string_view word) {
    return remember(nounCache_, std::string(word), true, [&] { return morph(word, NOUN); });
}

NounCategory WordNet::nounCategory(std::string_view word, Sense sense) {
    auto& cache = categoryCache_[static_cast<int>(sense)];
    return remember(cache, std::string(word), ready_ && fits(word), [&] {
        NounCategory category = NounCategory::Unknown;
        std::string key = wordNetKey(word);
        IndexPtr index = index_lookup(key.data(), NOUN);
        if (index == nullptr)
            return category;
        for (int i = 0; i < index->off_cnt; ++i) {
            SynsetPtr synset = read_synset(NOUN, static_cast<long>(index->offset[i]), key.data());
            if (synset == nullptr)
                continue;
            // How the synset spells this very word: with a capital (a name) or without.
            bool capitalised = false;
            bool lower = false;
            for (int w = 0; w < synset->wcount; ++w) {
                if (wordNetKey(synset->words[w]) != key)
                    continue;
                if (std::isupper(static_cast<unsigned char>(synset->words[w][0])))
                    capitalised = true;
                else
                    lower = true;
            }
            const bool usable = sense == Sense::First || (sense == Sense::Proper && capitalised) ||
                                (sense == Sense::Common && lower);
            if (usable && synset->fnum >= 0 && synset->fnum < 45)
                category = categoryOfFile(lexfiles[synset->fnum]);
            free_synset(synset);
            if (usable)
                break;
        }
        free_index(index);
        return category;
    });
}

namespace {

// What the senses of a verb are about, from WordNet's lexicographer files, as bits.
constexpr unsigned kFirstSaysOrThinks = 1;     // first sense: verb.communication, verb.cognition
constexpr unsigned kFirstIsAnAttitude = 2;     // first sense: verb.cognition, .emotion, .perception
constexpr unsigned kSomeSenseSaysOrThinks = 4; // any sense: verb.communication, verb.cognition
constexpr unsigned kFirstMoves = 8;            // first sense: verb.motion

} // namespace

unsigned WordNet::verbKinds(std::string_view lemma) {
    return remember(verbKindCache_, std::string(lemma), ready_ && fits(lemma), [&] {
        unsigned kinds = 0;
        std::string key = wordNetKey(lemma);
        IndexPtr index = index_lookup(key.data(), VERB);
        if (index == nullptr)
            return kinds;
        for (int i = 0; i < index->off_cnt; ++i) {
            SynsetHandle sense(VERB, static_cast<long>(index->offset[i]));
            const int fnum = sense.ptr == nullptr ? -1 : sense.ptr->fnum;
            const std::string_view file = fnum >= 0 && fnum < 45 ? lexfiles[fnum] : "";
            const bool says = file == "verb.communication" || file == "verb.cognition";
            const bool attitude =
                file == "verb.cognition" || file == "verb.emotion" || file == "verb.perception";
            if (says)
                kinds |= kSomeSenseSaysOrThinks | (i == 0 ? kFirstSaysOrThinks : 0);
            if (attitude && i == 0)
                kinds |= kFirstIsAnAttitude;
            if (file == "verb.motion" && i == 0)
                kinds |= kFirstMoves;
        }
        free_index(index);
        return kinds;
    });
}

bool WordNet::isReportingVerb(std::string_view lemma) {
    return (verbKinds(lemma) & kFirstSaysOrThinks) != 0;
}

bool WordNet::canReport(std::string_view lemma) {
    return (verbKinds(lemma) & kSomeSenseSaysOrThinks) != 0;
}

bool WordNet::isAttitudeVerb(std::string_view lemma) {
    return (verbKinds(lemma) & kFirstIsAnAttitude) != 0;
}

bool WordNet::isMotionVerb(std::string_view lemma) {
    return (verbKinds(lemma) & kFirstMoves) != 0;
}

std::vector<std::string> WordNet::firstVerbSynset(std::string_view lemma) {
    return remember(verbSynsetCache_, std::string(lemma), ready_ && fits(lemma), [&] {
        std::vector<std::string> words;
        std::string key = wordNetKey(lemma);
        IndexPtr index = index_lookup(key.data(), VERB);
        if (index == nullptr)
            return words;
        if (index->off_cnt > 0) {
            SynsetHandle synset(VERB, static_cast<long>(index->offset[0]));
            for (int i = 0; synset.ptr != nullptr && i < synset.ptr->wcount; ++i)
                words.push_back(spaced(synset.ptr->words[i]));
        }
        free_index(index);
        return words;
    });
}

std::vector<std::string> WordNet::synonyms(std::string_view word) {
    return remember(synonymCache_, std::string(word), ready_ && fits(word), [&] {
        std::vector<std::string> words;
        std::string key = wordNetKey(word);
        if (SynsetPtr synset = firstNounSynset(key)) {
            for (int i = 0; i < synset->wcount; ++i)
                words.push_back(spaced(synset->words[i]));
            free_synset(synset);
        }
        return words;
    });
}

std::pair<std::vector<std::string>, NounCategory> WordNet::namedSynonyms(std::string_view name) {
    return remember(namedSynonymCache_, std::string(name), ready_ && fits(name), [&] {
        std::pair<std::vector<std::string>, NounCategory> found{{}, NounCategory::Unknown};
        std::string key = wordNetKey(name);
        std::string exact(name);
        std::replace(exact.begin(), exact.end(), ' ', '_');
        IndexPtr index = index_lookup(key.data(), NOUN);
        if (index == nullptr)
            return found;
        for (int i = 0; i < index->off_cnt && found.first.empty(); ++i) {
            SynsetHandle sense(NOUN, static_cast<long>(index->offset[i]));
            if (sense.ptr == nullptr || sense.ptr->fnum < 0 || sense.ptr->fnum >= 45)
                continue;
            // A continent or an island is filed under noun.object: a place all the same.
            const std::string_view file = lexfiles[sense.ptr->fnum];
            const NounCategory category =
                file == "noun.object" ? NounCategory::Location : categoryOfFile(file);
            if (category != NounCategory::Group && category != NounCategory::Location)
                continue;
            bool spelled = false;
            for (int w = 0; w < sense.ptr->wcount; ++w)
                spelled = spelled || exact == sense.ptr->words[w];
            if (!spelled)
                continue;
            for (int w = 0; w < sense.ptr->wcount; ++w)
                found.first.push_back(spaced(sense.ptr->words[w]));
            found.second = category;
        }
        free_index(index);
        return found;
    });
}

bool WordNet::isActNoun(std::string_view noun) {
    return remember(actCache_, std::string(noun), ready_ && fits(noun), [&] {
        std::string key = wordNetKey(morph(noun, NOUN));
        SynsetHandle first(firstNounSynset(key));
        if (first.ptr == nullptr || first.ptr->fnum < 0 || first.ptr->fnum >= 45)
            return false;
        const std::string_view file = lexfiles[first.ptr->fnum];
        if (file != "noun.act" && file != "noun.communication" && file != "noun.cognition")
            return false;
        // Something someone does: a sense of the noun is derived from a verb ("proposal" from
        // "propose"), unlike "responsibility" or "history".
        IndexPtr index = index_lookup(key.data(), NOUN);
        if (index == nullptr)
            return false;
        bool derived = false;
        for (int i = 0; i < index->off_cnt && !derived; ++i) {
            SynsetHandle sense(NOUN, static_cast<long>(index->offset[i]));
            for (int p = 0; sense.ptr != nullptr && p < sense.ptr->ptrcount; ++p)
                derived =
                    derived || (sense.ptr->ptrtyp[p] == DERIVATION && sense.ptr->ppos[p] == VERB);
        }
        free_index(index);
        return derived;
    });
}

std::string WordNet::countryOfCapital(std::string_view name) {
    return remember(capitalCache_, std::string(name), ready_ && fits(name), [&] {
        std::string key = wordNetKey(name);
        SynsetHandle first(firstNounSynset(key));
        if (first.ptr != nullptr && isInstanceOfWord(first.ptr, "national_capital"))
            return countryHolonym(first.ptr);
        return std::string();
    });
}

bool WordNet::isKindOf(std::string_view name, std::string_view noun, int depth) {
    std::string cacheKey = std::string(name) + '\n' + std::string(noun) + std::to_string(depth);
    return remember(kindCache_, std::move(cacheKey), ready_ && fits(name) && !noun.empty(), [&] {
        bool kind = false;
        std::string key = wordNetKey(name);
        SynsetHandle first(firstNounSynset(key));
        // The synset itself does not count: "alliance" is not a kind of alliance of its own.
        if (first.ptr != nullptr)
            for (int i = 0; i < first.ptr->ptrcount && !kind; ++i) {
                if (first.ptr->ptrtyp[i] != HYPERPTR && first.ptr->ptrtyp[i] != INSTANCE)
                    continue;
                SynsetHandle up(NOUN, first.ptr->ptroff[i]);
                kind = up.ptr != nullptr && reachesWord(up.ptr, wordNetKey(noun), depth - 1);
            }
        return kind;
    });
}

bool WordNet::isKindBeside(std::string_view name, std::string_view noun) {
    std::string cacheKey = std::string(name) + '\n' + std::string(noun);
    return remember(besideCache_, std::move(cacheKey), ready_ && fits(name) && fits(noun), [&] {
        std::string nounKey = wordNetKey(noun);
        std::string nameKey = wordNetKey(name);
        SynsetHandle sense(firstNounSynset(nounKey));
        SynsetHandle named(firstNounSynset(nameKey));
        if (sense.ptr == nullptr || named.ptr == nullptr)
            return false;
        for (int i = 0; i < sense.ptr->ptrcount; ++i) {
            if (sense.ptr->ptrtyp[i] != HYPERPTR)
                continue;
            SynsetHandle above(NOUN, sense.ptr->ptroff[i]);
            if (above.ptr == nullptr || hasWord(above.ptr, "organization") ||
                !reachesWord(above.ptr, "organization", 3))
                continue;
            // The name's own synset and those above it, as isKindOf walks them.
            for (int j = 0; j < named.ptr->ptrcount; ++j) {
                if (named.ptr->ptrtyp[j] != HYPERPTR && named.ptr->ptrtyp[j] != INSTANCE)
                    continue;
                SynsetHandle up(NOUN, named.ptr->ptroff[j]);
                if (up.ptr != nullptr && reachesSynset(up.ptr, above.ptr->hereiam, 2))
                    return true;
            }
        }
        return false;
    });
}

bool WordNet::nominalizes(std::string_view noun, std::string_view verb) {
    std::string cacheKey = std::string(noun) + '\n' + std::string(verb);
    return remember(nominalCache_, std::move(cacheKey), ready_ && fits(noun) && fits(verb), [&] {
        bool nominal = false;
        const std::string nounKey = wordNetKey(noun);
        std::string verbKey = wordNetKey(verb);
        IndexPtr index = index_lookup(verbKey.data(), VERB);
        if (index == nullptr)
            return nominal;
        for (int s = 0; s < index->off_cnt && !nominal; ++s) {
            SynsetHandle sense(VERB, static_cast<long>(index->offset[s]));
            if (sense.ptr == nullptr)
                continue;
            // A derivation joins two words, not two synsets: "return" derives the noun "return"
            // (income), whose synset also holds "issue", but "this issue" names no returning.
            // So the link may leave from any synonym of the verb ("say" is "state", which derives
            // "statement"), but must arrive at the noun itself, or at a word whose synset is a
            // kind of the noun ("suggest" → "suggestion", a kind of proposal).
            for (int i = 0; i < sense.ptr->ptrcount && !nominal; ++i) {
                if (sense.ptr->ptrtyp[i] != DERIVATION || sense.ptr->ppos[i] != NOUN)
                    continue;
                SynsetHandle derived(NOUN, sense.ptr->ptroff[i]);
                if (derived.ptr == nullptr)
                    continue;
                const int at = wordIndex(derived.ptr, nounKey);
                nominal = at != 0 ? at == sense.ptr->pto[i] : reachesWord(derived.ptr, nounKey, 1);
            }
        }
        free_index(index);
        return nominal;
    });
}

bool WordNet::isInflectedVerb(std::string_view word) {
    return remember(inflectedCache_, std::string(word), ready_ && fits(word), [&] {
        std::string key = wordNetKey(word);
        // morphstr returns null for a base form or an unknown word.
        const char* base = morphstr(key.data(), VERB);
        return base != nullptr && key != base;
    });
}

bool WordNet::isNoun(std::string_view word) {
    return remember(knownNounCache_, std::string(word), ready_ && fits(word), [&] {
        std::string key = wordNetKey(word);
        if (IndexPtr index = index_lookup(key.data(), NOUN)) {
            free_index(index);
            return true;
        }
        return morphstr(key.data(), NOUN) != nullptr;
    });
}

bool WordNet::canBeAgent(std::string_view noun) {
    return remember(agentCache_, std::string(noun), ready_ && fits(noun), [&] {
        const auto hasAgentSense = [](std::string key) {
            IndexPtr index = index_lookup(key.data(), NOUN);
            if (index == nullptr)
                return false;
            bool agent = false;
            for (int i = 0; i < index->off_cnt && !agent; ++i) {
                SynsetHandle sense(NOUN, static_cast<long>(index->offset[i]));
                if (sense.ptr == nullptr || sense.ptr->fnum < 0 || sense.ptr->fnum >= 45)
                    continue;
                const NounCategory category = categoryOfFile(lexfiles[sense.ptr->fnum]);
                agent = category == NounCategory::Person || category == NounCategory::Group;
            }
            free_index(index);
            return agent;
        };
        std::string key = wordNetKey(noun);
        if (hasAgentSense(key))
            return true;
        // A plural with an entry of its own ("judges", the book) has its singular's senses too.
        const char* base = morphstr(key.data(), NOUN);
        return base != nullptr && key != base && hasAgentSense(base);
    });
}

bool WordNet::placesName(std::string_view modifier, std::string_view name) {
    std::string cacheKey = std::string(modifier) + '\n' + std::string(name);
    return remember(
        placesNameCache_, std::move(cacheKey), ready_ && fits(modifier) && fits(name), [&] {
            // The synsets the modifier points at: its adjective senses' pertainyms, its first noun
            // sense.
            std::vector<long> targets;
            std::string key = wordNetKey(modifier);
            if (IndexPtr index = index_lookup(key.data(), ADJ); index != nullptr) {
                for (int i = 0; i < index->off_cnt; ++i) {
                    SynsetHandle sense(ADJ, static_cast<long>(index->offset[i]));
                    if (sense.ptr != nullptr)
                        for (int j = 0; j < sense.ptr->ptrcount; ++j)
                            if (sense.ptr->ptrtyp[j] == PERTPTR && sense.ptr->ppos[j] == NOUN)
                                targets.push_back(sense.ptr->ptroff[j]);
                }
                free_index(index);
            }
            if (SynsetHandle noun(firstNounSynset(key)); noun.ptr != nullptr)
                targets.push_back(noun.ptr->hereiam);
            std::string nameKey = wordNetKey(name);
            SynsetHandle named(firstNounSynset(nameKey));
            if (targets.empty() || named.ptr == nullptr)
                return false;
            std::vector<long> level{named.ptr->hereiam};
            for (int depth = 0; depth <= 2 && !level.empty(); ++depth) {
                std::vector<long> next;
                for (long offset : level) {
                    if (std::find(targets.begin(), targets.end(), offset) != targets.end())
                        return true;
                    SynsetHandle whole(NOUN, offset);
                    if (whole.ptr != nullptr)
                        for (int i = 0; i < whole.ptr->ptrcount; ++i)
                            if ((whole.ptr->ptrtyp[i] == ISMEMBERPTR ||
                                 whole.ptr->ptrtyp[i] == ISPARTPTR) &&
                                whole.ptr->ppos[i] == NOUN)
                                next.push_back(whole.ptr->ptroff[i]);
                }
                level = std::move(next);
            }
            return false;
        });
}

bool WordNet::namesPlace(std::string_view name) {
    return remember(placeCache_, std::string(name), ready_ && fits(name), [&] {
        bool place = false;
        std::string key = wordNetKey(name);
        IndexPtr index = index_lookup(key.data(), NOUN);
        if (index == nullptr)
            return place;
        for (int i = 0; i < index->off_cnt; ++i) {
            SynsetHandle sense(NOUN, static_cast<long>(index->offset[i]));
            if (sense.ptr == nullptr)
                continue;
            bool capitalised = false;
            for (int w = 0; w < sense.ptr->wcount; ++w)
                if (wordNetKey(sense.ptr->words[w]) == key &&
                    std::isupper(static_cast<unsigned char>(sense.ptr->words[w][0])))
                    capitalised = true;
            if (!capitalised)
                continue;
            bool instance = false;
            for (int p = 0; p < sense.ptr->ptrcount; ++p)
                instance = instance || sense.ptr->ptrtyp[p] == INSTANCE;
            if (instance && sense.ptr->fnum >= 0 && sense.ptr->fnum < 45) {
                std::string_view file = lexfiles[sense.ptr->fnum];
                place = file == "noun.location" || file == "noun.object";
            }
            break;
        }
        free_index(index);
        return place;
    });
}

} // namespace kg::extract
