#pragma once
// WordNet lookups for the extractor: lemmas (morphy) and the lexicographer category of a noun.
// The WordNet C library keeps global state and is not thread-safe, so every call goes through
// one mutex, and answers are cached so each distinct word costs one library call per process.
// The library reads its database from memory (extract/wordnet_memory.h).
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kg::extract {

/// Coarse meaning of a noun, from WordNet's lexicographer file of its first sense.
enum class NounCategory { Unknown, Person, Group, Location, Quantity, Time, Artifact, Other };

class WordNet {
public:
    /// The process-wide instance; initialises the library on first use.
    static WordNet& instance();

    /// "rejected" -> "reject", "has" -> "have"; unknown words come back lower-cased.
    std::string verbLemma(std::string_view word);
    /// "countries" -> "country".
    std::string nounLemma(std::string_view word);
    /// Which senses of a noun count: the first of all, the first spelled with a capital (so the
    /// name "Trump" is not read as a playing card), or the first spelled in lower case (so
    /// "President" is read as the common noun).
    enum class Sense { First, Proper, Common };
    /// Category of the chosen noun sense of `word` (a phrase may use spaces).
    NounCategory nounCategory(std::string_view word, Sense sense = Sense::First);
    /// The words of the first noun synset of `word` ("US" -> "United States", "America", ...),
    /// empty when WordNet does not know it.
    std::vector<std::string> synonyms(std::string_view word);
    /// A name's other spellings as one organisation or place: the words of the first noun synset
    /// that spells `name` exactly as written (case included) and files it under noun.group,
    /// noun.location or noun.object ("EU" -> "European Union", not europium's "Eu"; "Fed" ->
    /// "Federal Reserve System", not a federal agent), with that synset's category; empty when
    /// there is none.
    std::pair<std::vector<std::string>, NounCategory> namedSynonyms(std::string_view name);
    /// The words of the first verb synset of `lemma` ("back" -> "back", "endorse", "indorse",
    /// ...), spaced ("plump for"); empty when WordNet has no such verb.
    std::vector<std::string> firstVerbSynset(std::string_view lemma);
    /// Whether the first sense of the verb lemma is one of saying or thinking (WordNet's
    /// verb.communication and verb.cognition files): "say", "warn", "stress", "believe".
    bool isReportingVerb(std::string_view lemma);
    /// Whether the first sense of the verb lemma is one of thinking, feeling or perceiving
    /// (verb.cognition, verb.emotion, verb.perception): "expect", "want", "see". With an object
    /// and an infinitive ("expects regulators to approve") the object is the infinitive's
    /// subject, not something the verb acts on.
    bool isAttitudeVerb(std::string_view lemma);
    /// Whether any sense of the verb lemma is one of saying or thinking: with a that-clause
    /// such a verb reports it even when its first sense is another ("maintained that C",
    /// whose first sense is keeping).
    bool canReport(std::string_view lemma);
    /// Whether the first sense of the verb lemma is one of moving (verb.motion): "move", "send",
    /// whose "to" and "from" phrases say where, whatever the object.
    bool isMotionVerb(std::string_view lemma);

    /// The country whose national capital the first noun sense of `name` is ("Washington" ->
    /// "United States", "Berlin" -> "Germany"): the sense must be an instance of "national
    /// capital", and the country is the nearest part holonym that is a kind of "country". Empty
    /// otherwise.
    std::string countryOfCapital(std::string_view name);
    /// Whether the first noun sense of `name` is an instance or kind of `noun` within `depth`
    /// hypernym steps ("NATO" is an alliance, "Germany" a country, "Europe" a continent).
    bool isKindOf(std::string_view name, std::string_view noun, int depth = 3);
    /// Whether the first noun sense of `name` is a kind of the body directly above the first
    /// sense of `noun`, when that is a kind of organisation narrower than "organization" itself:
    /// the EU is no bloc in WordNet, but an alliance, as a bloc is; NATO is no company, and not
    /// the institution a company is either.
    bool isKindBeside(std::string_view name, std::string_view noun);
    /// Whether `noun` names the act or content of the verb lemma: a noun that WordNet derives
    /// from one of the verb's senses, or the direct hypernym of one ("state" -> "statement",
    /// "suggest" -> "suggestion", a kind of "proposal").
    bool nominalizes(std::string_view noun, std::string_view verb);
    /// Whether the first sense of the common noun (or its morphy base) is something done, said
    /// or thought (noun.act, noun.communication, noun.cognition) that WordNet derives from a verb:
    /// "proposal", "decision", "plan", not "responsibility"; such a noun's possessor is its
    /// author ("Weber's proposal").
    bool isActNoun(std::string_view noun);
    /// An inflected verb form ("remains", "assessing", "committed"): morphy finds a different
    /// verb lemma for it.
    bool isInflectedVerb(std::string_view word);
    /// Whether WordNet knows the word, or its morphy base, as a noun.
    bool isNoun(std::string_view word);
    /// Whether the first sense of `name` spelled with a capital is one named place or landform
    /// (an instance in WordNet's noun.location or noun.object files: "Asia", a continent).
    bool namesPlace(std::string_view name);
    /// Whether `modifier` (a capitalised word before a noun: "German", "Scandinavian", "EU") says
    /// where or whose `name` is: a sense of it as an adjective pertains to, or its first noun
    /// sense is, the first noun sense of `name` or a whole that one is a member or part of within
    /// two steps ("German": Germany; "Scandinavian": Sweden, a member of Scandinavia; "EU":
    /// Sweden, a member of the European Union). False where WordNet does not say so ("Nordic"
    /// pertains to a language only).
    bool placesName(std::string_view modifier, std::string_view name);
    /// Whether some sense of the common noun (or its morphy base) is a person or a group
    /// ("partner", "administration"), so that it can speak or act.
    bool canBeAgent(std::string_view noun);

private:
    WordNet();
    std::string morph(std::string_view word, int pos);

    /// The cached answer for `key`, computing it on the first ask only. The WordNet library
    /// is not thread-safe (static buffers, shared streams), so the lock covers the lookup and the
    /// computation (which must not call a public member: the mutex is not recursive). When the
    /// question is not `askable` (WordNet missing, word empty or too long) the answer is a
    /// value-initialised `Value` (false, NounCategory::Unknown, empty), cached like any other.
    template <class Value, class Compute>
    Value remember(std::unordered_map<std::string, Value>& cache, std::string key, bool askable,
                   Compute compute) {
        std::lock_guard lock(mutex_);
        auto [it, inserted] = cache.try_emplace(std::move(key));
        if (inserted && askable)
            it->second = compute();
        return it->second;
    }

    /// What the verb's senses are about, as the bits in wordnet.cpp: one lookup of all senses
    /// answers isReportingVerb, canReport, isAttitudeVerb and isMotionVerb.
    unsigned verbKinds(std::string_view lemma);
    std::mutex mutex_;
    bool ready_ = false;
    std::unordered_map<std::string, std::string> verbCache_;
    std::unordered_map<std::string, std::string> nounCache_;
    std::unordered_map<std::string, NounCategory> categoryCache_[3];
    std::unordered_map<std::string, std::vector<std::string>> synonymCache_;
    std::unordered_map<std::string, std::vector<std::string>> verbSynsetCache_;
    std::unordered_map<std::string, std::pair<std::vector<std::string>, NounCategory>>
        namedSynonymCache_;
    std::unordered_map<std::string, unsigned> verbKindCache_;
    std::unordered_map<std::string, std::string> capitalCache_;
    std::unordered_map<std::string, bool> kindCache_;
    std::unordered_map<std::string, bool> besideCache_;
    std::unordered_map<std::string, bool> nominalCache_;
    std::unordered_map<std::string, bool> inflectedCache_;
    std::unordered_map<std::string, bool> knownNounCache_;
    std::unordered_map<std::string, bool> agentCache_;
    std::unordered_map<std::string, bool> actCache_;
    std::unordered_map<std::string, bool> placeCache_;
    std::unordered_map<std::string, bool> placesNameCache_;
};

} // namespace kg::extract
