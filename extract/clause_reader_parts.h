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

// "won't", "isn't", "cannot": a verb with its negation inside the word.
inline bool isContractedNegation(std::string_view lower) {
    return lower == "cannot" || (lower.size() > 3 && lower.ends_with("n't"));
}

// The verb a contraction stands for: "won't" → "will", "can't" → "can", "isn't" → "is", and the
// clitics with one reading: "'m" → "am", "'re" → "are", "'ll" → "will", "'ve" → "have" ("'s" and
// "'d" have two).
inline std::string uncontracted(std::string_view lower) {
    if (lower == "'m")
        return "am";
    if (lower == "'re")
        return "are";
    if (lower == "'ll")
        return "will";
    if (lower == "'ve")
        return "have";
    if (!isContractedNegation(lower))
        return std::string(lower);
    if (lower == "won't")
        return "will";
    if (lower == "can't" || lower == "cannot")
        return "can";
    if (lower == "shan't")
        return "shall";
    return std::string(lower.substr(0, lower.size() - 3));
}

inline bool isConjunction(const Word& w) {
    return isCoordinator(w.text);
}

// claim_scope.cpp: verbs that reject what they take ("reject", "deny", "rule out"), and adverbs
// that hedge a verb ("reportedly").
bool isRejection(std::string_view predicate);
bool isHedge(std::string_view adverb);
// "demand", "urge", "propose": verbs whose clause says what someone wants done ("demanded that
// the firm raise wages"), not what is so.
bool isMandative(std::string_view verb);
// "fail to", "refuse to": control verbs that say the event did not happen.
bool isNegativeImplicative(std::string_view verb);
// "denied polluting", "avoided paying", "stopped lending": verbs whose gerund did not happen (or
// no longer does).
bool deniesItsGerund(std::string_view verb);

// A noun of intent and the modality it gives its infinitive: "plan" (plan to), "effort" and
// "move" (try to: a step taken toward the act, which may not have come about yet), "refusal"
// (refuse to, which also denies: `refused` is set). False for other nouns.
inline bool intentOfNoun(std::string& noun, bool& refused) {
    static constexpr std::array<std::string_view, 23> kIntent = {
        "plan",   "decision",   "intention", "intent",      "aim",   "goal", "ambition", "promise",
        "pledge", "commitment", "threat",    "proposal",    "offer", "hope", "wish",     "desire",
        "bid",    "attempt",    "readiness", "willingness", "vow",   "need", "necessity"};
    refused = false;
    if (noun == "effort" || noun == "push" || noun == "drive" || noun == "campaign" ||
        noun == "move") {
        noun = "try";
        return true;
    }
    if (noun == "refusal" || noun == "failure") {
        noun = noun == "refusal" ? "refuse" : "fail";
        refused = true;
        return true;
    }
    return std::find(kIntent.begin(), kIntent.end(), noun) != kIntent.end();
}

// Participles that work only as prepositions: "criticised the party regarding its policy" says
// nothing the party does.
inline bool isTopicParticiple(std::string_view word) {
    return word == "regarding" || word == "concerning" || word == "considering" ||
           word == "according" || word == "barring" || word == "pending";
}

// Participles used as prepositions after a verb: "..., including the rabies vaccine" says nothing
// the subject did ("Merrill is lobbying for controls, including margins": Merrill includes
// nothing). On a noun "including" and "following" still relate it ("members including Norway").
inline bool isPrepositionalParticiple(std::string_view word) {
    return isTopicParticiple(word) || word == "including" || word == "excluding" ||
           word == "following";
}

// "managed to win", "went on to win": verbs whose infinitive happened, so no modality.
inline bool isPositiveImplicative(std::string_view verb) {
    return verb == "manage" || verb == "go on" || verb == "begin" || verb == "start" ||
           verb == "proceed" || verb == "continue";
}

// Prepositions whose phrase belongs to the clause rather than to a noun before it: "lent money
// to the city", "cannot secure its borders without help".
inline bool isClausePreposition(std::string_view p) {
    return p == "to" || p == "from" || p == "without" || p == "despite" || p == "after" ||
           p == "before" || p == "during" || p == "since" || p == "until" || p == "because of";
}

// A single common noun without a determiner: "time" in "on time", "doping".
inline bool isBareNoun(const Argument& a) {
    return a.kind == MentionKind::Common && a.first == a.last && !a.plural;
}

// Verbs that ask, tell, allow or make their object do what the infinitive says ("urged the
// government to raise wages", "called on the allies to spend more"). General English verbs.
inline bool isObjectControl(std::string_view verb) {
    static constexpr std::array<std::string_view, 38> kControl = {
        "urge",      "ask",       "call on",   "call",     "tell",      "order",   "force",
        "allow",     "permit",    "encourage", "persuade", "invite",    "require", "help",
        "enable",    "advise",    "warn",      "instruct", "press",     "push",    "pressure",
        "prompt",    "lead",      "cause",     "get",      "compel",    "oblige",  "authorize",
        "authorise", "direct",    "request",   "beg",      "challenge", "remind",  "make",
        "let",       "appeal to", "mandate"};
    return std::find(kControl.begin(), kControl.end(), verb) != kControl.end();
}

// "allowed farmers to sell", "led the bank to cut": object-control verbs that only let or bring
// about the act; "the law allowed farmers" alone says nothing true.
inline bool isEnablingControl(std::string_view verb) {
    static constexpr std::array<std::string_view, 13> kEnabling = {
        "allow", "permit", "enable",    "require",   "lead",   "prompt", "cause",
        "get",   "oblige", "authorize", "authorise", "direct", "mandate"};
    return std::find(kEnabling.begin(), kEnabling.end(), verb) != kEnabling.end();
}

// "made the fishermen leave", "forced the firm to sell", "helped them clean", "led the bank to
// cut": object-control verbs whose infinitive happened.
inline bool isCausative(std::string_view verb) {
    return verb == "make" || verb == "let" || verb == "help" || verb == "force" ||
           verb == "cause" || verb == "compel" || verb == "lead" || verb == "prompt";
}

// A modality grows a word at a time as the chain is read: "would" then "plan to" gives "would
// plan to" (appendWord), and a clause's own "plan to" under a governing "would", "would plan to"
// (prependWord).
inline void appendWord(std::string& words, std::string_view word) {
    words = words.empty() ? std::string(word) : words + " " + std::string(word);
}
inline void prependWord(std::string& words, std::string_view word) {
    words = words.empty() ? std::string(word) : std::string(word) + " " + words;
}

// "about 100,000 troops", "around 300 cars": words the parse may read as a preposition before a
// number.
inline bool isApproximator(std::string_view word) {
    return word == "about" || word == "around" || word == "some" || word == "roughly";
}

// Verbs of saying whose object is what was said, never a phrase after a preposition.
inline bool isSpeechVerb(std::string_view lemma) {
    return lemma == "say" || lemma == "tell" || lemma == "state" || lemma == "add" ||
           lemma == "note" || lemma == "stress" || lemma == "write" || lemma == "explain" ||
           lemma == "declare";
}

// Words that open an adverbial clause ("as the chief stated …", "while prices rose …").
inline bool isSubordinator(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kWords = {
        "as",     "while",   "because", "since",  "when", "although",
        "though", "whereas", "after",   "before", "once", "until"};
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Words that open a condition ("if the bill passes", "unless prices fall").
inline bool isCondition(std::string_view word) {
    return word == "if" || word == "unless";
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
    std::string lemmaOf(WordIndex w) const { return wn_.verbLemma(uncontracted(lower(w))); }
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
    bool isParticular(WordIndex noun) const;
    int bareInfinitiveAfterObject(WordIndex verb) const;
    int antecedentOf(WordIndex pronoun) const;
    int describedBeforeComma(WordIndex pronoun) const;
    int personBehindOf(int noun) const;
    int headAbovePrepositions(int noun) const;
    bool isAtAPlace(WordIndex verb) const;
    int subjectOf(WordIndex finite) const;
    int mainVerb() const;
    bool countsFrom(WordIndex first) const;
    char numberOfConjunct(WordIndex conjunction, WordIndex verb) const;
    int relativeObjectOf(const Chain& chain) const;
    bool isQuotedDescription(const Argument& a) const;
    std::string relationText(std::vector<WordIndex> words) const;
    Argument outsideClause(Argument a, const std::vector<WordIndex>& verbWords) const;
    bool predicateAdjective(const Argument& subject, const Chain& chain) const;
    float confidence(const Claim& c, float base) const;
    bool isIdiomNounOf(WordIndex verb, const std::string& verbLemma, WordIndex noun) const;
    bool isIdiomPart(WordIndex part, WordIndex head) const;
    bool hasComparator(const Argument& a) const;
    void buildClaim(const Argument& subject, const Chain& chain, std::vector<WordIndex> relWords);
    void clauseClaims(const Argument& subject, Chain chain, int depth);
    /// Returns the word index of the clause's "that", which CaRB writes in the relation, or -1.
    int clausalComplement(WordIndex verb, Claim& claim) const;
    void setClausalObject(Claim& claim, WordIndex first, WordIndex last) const;
    void quotedComplement(WordIndex verb, Claim& claim) const;
    std::string attitudeTo(const Claim& governing, WordIndex verb, WordIndex to) const;
    /// Returns each claim read from a participle with the claim of the verb it hangs on.
    std::vector<std::pair<std::size_t, std::size_t>> adverbialParticiples();
    int claimOfVerbOf(WordIndex noun) const;

    // clause_modifiers.cpp: a verb's prepositional phrases.
    void mergeCoordinations(std::vector<Modifier>& mods) const;
    Modifier::Role roleOf(const Modifier& m, WordIndex object) const;
    std::vector<Modifier> modifiersOf(WordIndex verb, const Argument* object,
                                      const Argument* subject = nullptr);
    WordIndex idiomStart(WordIndex w) const;
    bool rangeEnds(WordIndex conjunction, WordIndex& low, WordIndex& high) const;
    bool addRange(WordIndex from, WordIndex conjunction, std::vector<Modifier>& mods) const;
    void addPrepositional(WordIndex prep, std::vector<Modifier>& mods) const;
    void keepDay(Argument& date) const;
    void keepObjectComplements(Claim& c, WordIndex verb, const std::vector<Modifier>& rest) const;
    void addOpeners(const Argument& subject, std::vector<Modifier>& mods) const;
    void findLateModifiers();
    WordIndex modifierOwner(const Link& mv) const;

    // noun_claims.cpp: relations inside noun phrases.
    Argument wordArgument(WordIndex w) const;
    Argument wordsArgument(WordIndex first, WordIndex last) const;
    Argument coordinationInObject(const std::vector<WordIndex>& conjuncts,
                                  bool anyConjunct = false) const;
    void nominals();
    int possessorOf(WordIndex noun) const;
    void nounInfinitives();
    void nounStances();
    void appositions();
    bool isTitleCase() const;
    void titles();

    // claim_trust.cpp: readings the graph must not state.
    enum class Role { Subject, Object };
    bool isNotANounPhrase(const Argument& a, Role role) const;
    bool opensWithGerund(const Argument& a) const;
    bool subjectOfLaterVerb(const Argument& a) const;
    bool isTimeBeforeOrAfter(const Argument& a) const;
    bool isListItem(const Argument& a) const;
    bool endsALostList(const Argument& a) const;
    bool isVerbReadAsNoun(WordIndex verb) const;
    bool readsAPassiveAsActive(const Claim& c, const std::vector<WordIndex>& verbs) const;
    bool followsAnEmptyPreposition(const Argument& a) const;
    bool skipsAPreposition(const Argument& a) const;
    bool opensALostClause(const Claim& c) const;
    bool saysALostClause(const Claim& c) const;
    bool isMisread(const Claim& c) const;
    void distrustMisreadings();

    // claim_attribution.cpp: who said it.
    void attribute();
    void accordingTo();
    /// Marks the claims whose verb stands inside a direct quotation (Claim::quoted).
    void quotations();

    // claim_scope.cpp: what is mentioned without being asserted.
    void wantedBy(const Claim& governing, Claim& wanted) const;
    void scopeClauses();
    bool deniesArgument(Argument& a) const;
    bool isQuestion(WordIndex introducer) const;
    int conditionOn(std::size_t claim) const;
    int phraseEnd(WordIndex w) const;
    void extendToClauseEnd(Argument& a, WordIndex verb, int outer = -1) const;

    const ParsedSentence& p_;
    WordNet& wn_;
    std::vector<Claim> claims_;
    std::vector<std::vector<WordIndex>> claimVerbs_; ///< chain words of each claim
    /// Prepositions the parse hung on a verb but that belong to a noun's infinitive after it.
    std::map<WordIndex, WordIndex> lateModifiers_;
};

} // namespace kg::extract::reading
