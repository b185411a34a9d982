#pragma once
// WordNet lookups for the extractor: lemmas (morphy) and the lexicographer category of a noun.
// The WordNet C library keeps global state and is not thread-safe, so every call goes through
// one mutex, and answers are cached so each distinct word costs one library call per process.
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
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
    /// Whether the first sense of the verb lemma is one of saying or thinking (WordNet's
    /// verb.communication and verb.cognition files): "say", "warn", "stress", "believe".
    bool isReportingVerb(std::string_view lemma);

private:
    WordNet();
    std::string morph(std::string_view word, int pos);

    std::mutex mutex_;
    bool ready_ = false;
    std::unordered_map<std::string, std::string> verbCache_;
    std::unordered_map<std::string, std::string> nounCache_;
    std::unordered_map<std::string, NounCategory> categoryCache_[3];
    std::unordered_map<std::string, std::vector<std::string>> synonymCache_;
    std::unordered_map<std::string, bool> reportingCache_;
};

} // namespace kg::extract
