#include "extract/mention_rules.h"

#include "extract/entity_resolver.h"
#include "extract/entity_types.h"
#include "extract/gazetteer.h"
#include "extract/noun_phrase.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace kg::extract {
namespace {

// Closed-class words that end a noun's own words: what follows them modifies the noun. These are
// English grammar, not names.
constexpr std::array<std::string_view, 37> kPhraseBreaks = {
    "of",      "to",     "for",     "from",    "in",      "on",      "at",    "by",
    "with",    "under",  "over",    "about",   "against", "between", "among", "into",
    "through", "toward", "towards", "without", "within",  "across",  "after", "before",
    "during",  "as",     "than",    "like",    "that",    "which",   "who",   "whom",
    "whose",   "where",  "when",    "while",   "because"};
constexpr std::array<std::string_view, 4> kRelatives = {"which", "who", "whom", "whose"};
constexpr std::array<std::string_view, 15> kDeterminers = {
    "the", "a",   "an",  "this", "these", "those", "their",  "its",
    "our", "his", "her", "my",   "your",  "each",  "another"};

bool contains(const auto& set, std::string_view word) {
    return std::find(set.begin(), set.end(), word) != set.end();
}

std::vector<std::string> lowerTokens(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : lowerAscii(s) + " ") {
        if (c != ' ') {
            word.push_back(c);
        } else if (!word.empty()) {
            out.push_back(word);
            word.clear();
        }
    }
    return out;
}

} // namespace

bool breaksAPhrase(std::string_view word) {
    return contains(kPhraseBreaks, word);
}

std::string headNoun(std::string_view name) {
    const std::vector<std::string> tokens = lowerTokens(name);
    std::string head;
    for (const std::string& t : tokens) {
        if (!head.empty() && breaksAPhrase(t))
            break;
        head = t;
    }
    return head;
}

bool isPossessivePronoun(std::string_view word) {
    const std::string lower = lowerAscii(word);
    return lower == "his" || lower == "her" || lower == "their" || lower == "its" ||
           lower == "my" || lower == "our" || lower == "your";
}

Determiner determinerOf(const Argument& a) {
    const std::vector<std::string> tokens = lowerTokens(a.text);
    if (tokens.empty() || tokens.size() == 1)
        return Determiner::None; // a lone "this" is a pronoun, not a determiner
    const std::string& first = tokens.front();
    if (first == "the")
        return Determiner::Definite;
    if (first == "this" || first == "that" || first == "these" || first == "those")
        return Determiner::Demonstrative;
    if (first == "a" || first == "an" || first == "another" || first == "some" || first == "any" ||
        first == "one")
        return Determiner::Indefinite;
    if (first.ends_with("'s") || first.ends_with("'") || isPossessivePronoun(first) ||
        first == "such" || first == "no" || first == "every")
        return Determiner::Other;
    return Determiner::None;
}

bool namesNothing(const Argument& a, bool predicative) {
    if (!a.valid() || !a.entity)
        return true;
    // "European NATO members" read as "European" and "NATO members": a singular demonym with no
    // determiner is an adjective the parse cut from its noun (as a noun it needs one: "a
    // European"). WordNet's demonyms are kinds of inhabitant ("Hungarian" -> European ->
    // inhabitant); "White" or "English" as a surname is not.
    if (a.kind == MentionKind::Name && !a.plural && a.title.empty() && tokenCount(a.text) == 1 &&
        tokenCount(a.name) == 1 && WordNet::instance().isKindOf(a.name, "inhabitant", 3))
        return true;
    if (a.kind != MentionKind::Common && a.kind != MentionKind::Quantity)
        return false;
    const std::vector<std::string> tokens = lowerTokens(a.name);
    if (tokens.empty())
        return true;
    // "the growing importance of", "an increase from the [current 2%]", "President Trump's": a
    // phrase cut before its noun (a quantity too, whose number the cut left behind).
    const std::string& last = tokens.back();
    if (contains(kPhraseBreaks, last) || contains(kDeterminers, last) ||
        (tokens.size() > 1 && (last.ends_with("'s") || last.ends_with("'"))))
        return true;
    if (a.kind == MentionKind::Quantity)
        return false;
    // "Six measles [outbreaks]": a number above one before a noun in -s that is not a plural is
    // a modifier the parse cut from the noun it modifies, which a plural would be.
    if (tokens.size() == 2 && !a.plural && tokens[0] != "one" && tokens[0] != "1" &&
        isNumeral(tokens[0]) && tokens[1].ends_with('s'))
        return true;
    // "under which", "as Belgium": a clause or comparison the parse took for a noun phrase;
    // "no plans": a quantifier that denies there is anything to refer to.
    if (contains(kPhraseBreaks, tokens.front()) || tokens.front() == "no")
        return true;
    if (std::any_of(tokens.begin(), tokens.end(),
                    [](const std::string& t) { return contains(kRelatives, t); }))
        return true;
    // After "be" or "remain", a bare verb form that is no noun ("is assessing", "will be
    // lasting") is a progressive or an adjective the parse put in a noun's place; elsewhere a
    // gerund is a noun ("does not tolerate doping").
    WordNet& wordnet = WordNet::instance();
    const std::string head = headNoun(a.name);
    if (predicative && tokens.size() == 1 && wordnet.isInflectedVerb(head) && !wordnet.isNoun(head))
        return true;
    // A bare word in -s that the parse did not read as a plural noun is a verb ("remains
    // committed" split after "remains"): a noun in -s without a determiner would be plural.
    return tokens.size() == 1 && determinerOf(a) == Determiner::None && !a.plural &&
           head.ends_with('s') && wordnet.isInflectedVerb(head);
}

bool namesOnlyInItsStory(const Argument& a) {
    if (a.kind != MentionKind::Name || tokenCount(a.name) != 1)
        return false;
    const std::string word = lowerAscii(a.name);
    WordNet& wordnet = WordNet::instance();
    return !wordnet.isNoun(word) && wordnet.isInflectedVerb(word);
}

bool canSpeak(const Argument& a) {
    if (!a.valid() || !a.entity || a.kind == MentionKind::Quantity || a.typeHint == "Date")
        return false;
    if (a.kind != MentionKind::Common)
        return true;
    return WordNet::instance().canBeAgent(headNoun(a.name));
}

std::size_t tokenCount(std::string_view s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

std::string firstToken(std::string_view s) {
    return std::string(s.substr(0, s.find(' ')));
}

std::string lastToken(std::string_view s) {
    std::size_t space = s.rfind(' ');
    return std::string(space == std::string_view::npos ? s : s.substr(space + 1));
}

// The surname of a person's name: its last word, or from its first particle on ("Ursula von der
// Leyen" -> "von der Leyen"); a name that is a surname alone comes back whole.
std::string_view surnameOf(std::string_view name) {
    std::size_t begin = 0;
    std::size_t last = 0;
    bool particle = false;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        if (i < name.size() && name[i] != ' ')
            continue;
        const std::string word = lowerAscii(name.substr(begin, i - begin));
        if (begin == 0 && isNameParticle(word))
            return name; // "Von der Leyen" opening a sentence
        if (begin > 0 && !particle && isNameParticle(word) && i < name.size()) {
            particle = true;
            last = begin;
        }
        if (!particle)
            last = begin;
        begin = i + 1;
    }
    return name.substr(last);
}

// Honorifics are how journalists address a person, not a title the person holds: "Mr Morrison"
// is Morrison (a man), and "the Mr" names nobody.
bool isHonorific(std::string_view title) {
    std::string t;
    for (char c : title)
        if (c != '.')
            t.push_back(c);
    t = lowerAscii(t);
    for (std::string_view h :
         {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "madam", "prof"})
        if (t == h)
            return true;
    return false;
}

namespace {

// "Manchester United manager": the institution's name runs on through the capitalised words
// after it that are no noun, up to the post ("NATO Secretary General" is NATO's).
std::string nameRunsOn(std::string name, std::string_view rest) {
    std::size_t from = 0;
    while (from < rest.size()) {
        while (from < rest.size() && rest[from] == ' ')
            ++from;
        const std::size_t end = std::min(rest.find(' ', from), rest.size());
        std::string_view next = rest.substr(from, end - from);
        const bool possessive = next.ends_with("'s");
        if (possessive)
            next.remove_suffix(2);
        if (next.empty() || !isCapitalised(next) || WordNet::instance().isNoun(lowerAscii(next)))
            break;
        name += " ";
        name += next;
        if (possessive)
            break;
        from = end;
    }
    return name;
}

} // namespace

// A title or description with the name of its institution or country in it ("NATO Secretary
// General", "US president"): it names one holder across the corpus, unlike "the prime minister".
std::string institutionNamedIn(std::string_view text) {
    std::string word;
    for (std::size_t at = 0; at <= text.size(); ++at) {
        if (const char c = at < text.size() ? text[at] : ' '; c != ' ' && c != '-') {
            word.push_back(c);
            continue;
        }
        if (word.ends_with("'s"))
            word.resize(word.size() - 2); // "NATO's"
        std::string bare;
        for (char w : word)
            if (w != '.')
                bare.push_back(w);
        const bool acronym = bare.size() >= 2 && std::all_of(bare.begin(), bare.end(), [](char x) {
                                 return std::isupper(static_cast<unsigned char>(x));
                             });
        if (acronym ||
            (isCapitalised(bare) &&
             (isCountryName(bare) || !WordNet::instance().namedSynonyms(bare).first.empty())))
            return nameRunsOn(word, text.substr(at));
        word.clear();
    }
    return {};
}

bool namesItsInstitution(std::string_view text) {
    return !institutionNamedIn(text).empty();
}

void readWeAsSpeaker(Argument& subject, const Argument& speaker) {
    if (subject.kind != MentionKind::Pronoun || lowerAscii(subject.text) != "we" ||
        !speaker.valid() || lowerAscii(speaker.text) == "we")
        return;
    const Argument written = subject;
    subject = speaker;
    subject.first = written.first;
    subject.last = written.last;
    subject.textLast = written.textLast;
    subject.text = written.text;
}

// Acronyms common in news that WordNet 3.0 lacks (it has NATO, UN, IMF, WHO, CDC, OPEC, WTO):
// written for this project, one pair per body, full names as the bodies spell them in English.
std::vector<std::string> lowerWords(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : lowerAscii(text) + ' ')
        if (c == ' ' || c == '-') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word.push_back(c);
        }
    return words;
}

std::string_view newsAcronymPartner(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kAcronyms = {{
        {"ECB", "European Central Bank"},
        {"ECJ", "European Court of Justice"},
        {"BoE", "Bank of England"},
        {"BoJ", "Bank of Japan"},
        {"IEA", "International Energy Agency"},
        {"OECD", "Organisation for Economic Co-operation and Development"},
        {"OSCE", "Organization for Security and Co-operation in Europe"},
        {"UNHCR", "United Nations High Commissioner for Refugees"},
    }};
    const std::string key = nameKey(name);
    for (const auto& [acronym, full] : kAcronyms) {
        if (key == nameKey(acronym))
            return full;
        if (key == nameKey(full))
            return acronym;
    }
    return {};
}

std::string governmentOf(const Argument& a) {
    if (a.kind != MentionKind::Name || !a.valid())
        return {};
    return WordNet::instance().countryOfCapital(a.name);
}

} // namespace kg::extract
