#include "extract/wordnet.h"

#include <algorithm>
#include <cctype>
#include <wn.h>

namespace kg::extract {
namespace {

std::string lowerUnderscored(std::string_view word) {
    std::string key;
    key.reserve(word.size());
    for (unsigned char c : word)
        key.push_back(c == ' ' ? '_' : static_cast<char>(std::tolower(c)));
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

} // namespace

WordNet& WordNet::instance() {
    static WordNet wordnet;
    return wordnet;
}

WordNet::WordNet() {
    ready_ = wninit() == 0;
}

std::string WordNet::morph(std::string_view word, int pos) {
    std::string key = lowerUnderscored(word);
    if (!ready_ || key.empty() || key.size() > 64)
        return key;
    // morphstr returns the base form, or null when the word is already one (or unknown).
    const char* base = morphstr(key.data(), pos);
    std::string lemma = base != nullptr ? spaced(base) : spaced(key.c_str());
    return lemma;
}

std::string WordNet::verbLemma(std::string_view word) {
    std::lock_guard lock(mutex_);
    auto [it, inserted] = verbCache_.try_emplace(std::string(word));
    if (inserted)
        it->second = morph(word, VERB);
    return it->second;
}

std::string WordNet::nounLemma(std::string_view word) {
    std::lock_guard lock(mutex_);
    auto [it, inserted] = nounCache_.try_emplace(std::string(word));
    if (inserted)
        it->second = morph(word, NOUN);
    return it->second;
}

NounCategory WordNet::nounCategory(std::string_view word, Sense sense) {
    std::lock_guard lock(mutex_);
    auto& cache = categoryCache_[static_cast<int>(sense)];
    auto [it, inserted] = cache.try_emplace(std::string(word), NounCategory::Unknown);
    if (!inserted || !ready_ || word.empty() || word.size() > 64)
        return it->second;
    std::string key = lowerUnderscored(word);
    IndexPtr index = index_lookup(key.data(), NOUN);
    if (index == nullptr)
        return it->second;
    for (int i = 0; i < index->off_cnt; ++i) {
        SynsetPtr synset = read_synset(NOUN, static_cast<long>(index->offset[i]), key.data());
        if (synset == nullptr)
            continue;
        // How the synset spells this very word: with a capital (a name) or without.
        bool capitalised = false;
        bool lower = false;
        for (int w = 0; w < synset->wcount; ++w) {
            if (lowerUnderscored(synset->words[w]) != key)
                continue;
            if (std::isupper(static_cast<unsigned char>(synset->words[w][0])))
                capitalised = true;
            else
                lower = true;
        }
        const bool usable = sense == Sense::First || (sense == Sense::Proper && capitalised) ||
                            (sense == Sense::Common && lower);
        if (usable && synset->fnum >= 0 && synset->fnum < 45)
            it->second = categoryOfFile(lexfiles[synset->fnum]);
        free_synset(synset);
        if (usable)
            break;
    }
    free_index(index);
    return it->second;
}

bool WordNet::isReportingVerb(std::string_view lemma) {
    std::lock_guard lock(mutex_);
    auto [it, inserted] = reportingCache_.try_emplace(std::string(lemma), false);
    if (!inserted || !ready_ || lemma.empty() || lemma.size() > 64)
        return it->second;
    std::string key = lowerUnderscored(lemma);
    IndexPtr index = index_lookup(key.data(), VERB);
    if (index == nullptr)
        return it->second;
    if (index->off_cnt > 0)
        if (SynsetPtr synset = read_synset(VERB, static_cast<long>(index->offset[0]), key.data())) {
            if (synset->fnum >= 0 && synset->fnum < 45) {
                std::string_view file = lexfiles[synset->fnum];
                it->second = file == "verb.communication" || file == "verb.cognition";
            }
            free_synset(synset);
        }
    free_index(index);
    return it->second;
}

std::vector<std::string> WordNet::synonyms(std::string_view word) {
    std::lock_guard lock(mutex_);
    auto [it, inserted] = synonymCache_.try_emplace(std::string(word));
    if (!inserted || !ready_ || word.empty() || word.size() > 64)
        return it->second;
    std::string key = lowerUnderscored(word);
    if (SynsetPtr synset = firstNounSynset(key)) {
        for (int i = 0; i < synset->wcount; ++i)
            it->second.push_back(spaced(synset->words[i]));
        free_synset(synset);
    }
    return it->second;
}

} // namespace kg::extract
