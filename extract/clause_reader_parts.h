#pragma once
// The parts of the claim reader (clause_reader.h) shared by the files that implement it; not for
// use elsewhere.
#include "extract/claim.h"
#include "extract/noun_phrase.h"
#include "extract/parsed_sentence.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::reading {

using WordIndex = std::uint16_t;

inline constexpr std::array<std::string_view, 9> kModals = {
    "will", "would", "can", "could", "may", "might", "must", "shall", "should"};

// Adjectives that pick out which thing is meant rather than say what it is like ("the second
// session", "a single rehearsal", "its own label"): "the session is second" says nothing.
inline bool isDeterminingAdjective(std::string_view lower) {
    static constexpr std::array<std::string_view, 22> kDetermining = {
        "first", "second",  "third",   "fourth",  "fifth",    "last", "next",    "other",
        "same",  "single",  "own",     "former",  "latter",   "such", "certain", "only",
        "main",  "several", "various", "further", "previous", "whole"};
    return std::find(kDetermining.begin(), kDetermining.end(), lower) != kDetermining.end();
}

inline bool isModal(std::string_view lower) {
    return std::find(kModals.begin(), kModals.end(), lower) != kModals.end();
}

inline bool isConjunction(const Word& w) {
    return isCoordinator(w.text);
}

// Prepositions that put a time noun ("the week", "the summit year") in the role of a time.
inline bool introducesTime(std::string_view prep) {
    static constexpr std::array<std::string_view, 11> kTime = {
        "in", "on", "by", "since", "until", "before", "after", "during", "at", "through", "from"};
    return std::find(kTime.begin(), kTime.end(), prep) != kTime.end();
}

// The verb chain of a clause: the finite verb and the auxiliaries, modals and participles that
// lead to the content verb.
struct Chain {
    std::vector<WordIndex> words; ///< every word of the relation phrase, unordered
    WordIndex content = 0;
    int adjective = -1; ///< "is committed", "remains essential"
    bool passive = false;
    bool negated = false;
    std::string modality;
};

// Reads the claims of one linkage. Its members are defined in clause_reader.cpp (verb
// clauses), clause_modifiers.cpp (prepositional phrases), noun_claims.cpp (relations inside noun
// phrases) and claim_attribution.cpp (who said it).
class Reader {
public:
    explicit Reader(const ParsedSentence& p) : p_(p), wn_(WordNet::instance()) {
        findLateModifiers();
    }

    std::vector<Claim> run();

private:
    std::string lemmaOf(WordIndex w) const { return wn_.verbLemma(lowerAscii(p_.words[w].text)); }
    std::string lower(WordIndex w) const { return lowerAscii(p_.words[w].text); }
    int right(WordIndex w, std::string_view type) const { return p_.partner(w, type, true); }
    int left(WordIndex w, std::string_view type) const { return p_.partner(w, type, false); }

    // clause_reader.cpp: verb clauses, their subjects, objects and clausal complements.
    std::vector<WordIndex> conjuncts(WordIndex w, std::string_view type) const;
    void markNegation(WordIndex w, Chain& chain) const;
    bool isBeContraction(WordIndex w) const {
        const std::string l = lower(w);
        return l == "'s" || l == "'re" || l == "'m";
    }
    Chain follow(WordIndex finite);
    int infinitiveOf(WordIndex verb, int& toWord) const;
    int bareInfinitiveAfterObject(WordIndex verb) const;
    int antecedentOf(WordIndex pronoun) const;
    int subjectOf(WordIndex finite) const;
    int relativeObjectOf(const Chain& chain) const;
    std::string relationText(std::vector<WordIndex> words) const;
    Argument outsideClause(Argument a, const std::vector<WordIndex>& verbWords) const;
    float confidence(const Claim& c, float base) const;
    void buildClaim(const Argument& subject, const Chain& chain, std::vector<WordIndex> relWords);
    void clauseClaims(const Argument& subject, Chain chain, int depth);
    void clausalComplement(WordIndex verb, Claim& claim) const;
    void setClausalObject(Claim& claim, WordIndex first, WordIndex last) const;
    void quotedComplement(WordIndex verb, Claim& claim) const;
    void adverbialParticiples();

    // clause_modifiers.cpp: a verb's prepositional phrases.
    void mergeCoordinations(std::vector<Modifier>& mods) const;
    Modifier::Role roleOf(const Modifier& m, WordIndex object) const;
    std::vector<Modifier> modifiersOf(WordIndex verb, const Argument* object,
                                      const Argument* subject = nullptr);
    WordIndex idiomStart(WordIndex w) const;
    bool rangeEnds(WordIndex conjunction, WordIndex& low, WordIndex& high) const;
    bool addRange(WordIndex from, WordIndex conjunction, std::vector<Modifier>& mods) const;
    void addPrepositional(WordIndex prep, std::vector<Modifier>& mods) const;
    void addOpeners(const Argument& subject, std::vector<Modifier>& mods) const;
    void findLateModifiers();
    WordIndex modifierOwner(const Link& mv) const;

    // noun_claims.cpp: relations inside noun phrases.
    Argument wordArgument(WordIndex w) const;
    Argument coordinationInObject(const std::vector<WordIndex>& conjuncts) const;
    void nominals();
    int possessorOf(WordIndex noun) const;
    void nounInfinitives();
    void appositions();
    void titles();

    // claim_attribution.cpp: who said it.
    void attribute();

    const ParsedSentence& p_;
    WordNet& wn_;
    std::vector<Claim> claims_;
    std::vector<std::vector<WordIndex>> claimVerbs_; ///< chain words of each claim
    /// Prepositions the parse hung on a verb but that belong to a noun's infinitive after it.
    std::map<WordIndex, WordIndex> lateModifiers_;
};

} // namespace kg::extract::reading
