#include "extract/entity_types.h"

#include "extract/gazetteer.h"
#include "extract/mention_rules.h"
#include "extract/noun_phrase.h"
#include "extract/proposals.h"
#include "extract/wordnet.h"
#include "graph/entity.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::extract {
namespace {

// WordNet nouns an event or a document is a kind of, with how many hypernym steps up they may
// be: "World Cup" -> tournament -> contest -> social event; "statute" -> act -> legal document
// -> document. Broader ancestors ("act", "communication") would take in "decision" and "speech".
// `itself`: whether the noun is one too ("the meeting" is an event; "many votes" are ballots).
struct Ancestor {
    std::string_view noun;
    int depth;
    bool itself;
};
constexpr std::array<Ancestor, 4> kEventAncestors = {{
    {"social event", 3, true},     // contests, tournaments, ceremonies, the Olympics
    {"meeting", 2, true},          // conference, convention, summit meeting
    {"military action", 2, false}, // war, battle
    {"vote", 2, false},            // election, referendum, primary
}};
constexpr std::array<Ancestor, 3> kDocumentAncestors = {{
    {"document", 4, true},          // report, charter, bill, act, statute, constitution
    {"written agreement", 1, true}, // treaty, pact
    {"declaration", 2, true},       // manifesto, directive
}};

// Words whose sense in news is not WordNet's first: "summit" is first a mountain top, "study" an
// investigation, "agreement" a statement. `namesOnly`: the sense holds as the head of a name
// ("World Cup", "Commonwealth Games", "Clean Air Act") but a common noun means something else
// ("a cup", "games", "an act of courage"), so a description headed by it is left as it is.
struct NewsSense {
    std::string_view word;
    std::string_view type;
    bool namesOnly;
};
constexpr std::array<NewsSense, 12> kNewsSenses = {{
    {"summit", "Event", false},
    {"talks", "Event", false},
    {"festival", "Event", false},
    {"cup", "Event", true},
    {"games", "Event", true},
    {"championships", "Event", true},
    {"open", "Event", true},
    {"agreement", "Document", false},
    {"accord", "Document", false},
    {"study", "Document", false},
    {"law", "Document", false},
    {"act", "Document", true},
}};

// The words that number a part of a text: "Article Five", "Section 230", "Chapter 11".
constexpr std::array<std::string_view, 6> kTextParts = {"article", "section", "chapter",
                                                        "clause",  "annex",   "paragraph"};

bool isKindOfAny(std::string_view noun, const auto& ancestors) {
    WordNet& wordnet = WordNet::instance();
    return std::any_of(ancestors.begin(), ancestors.end(), [&](const Ancestor& a) {
        return (a.itself && noun == a.noun) || wordnet.isKindOf(noun, a.noun, a.depth);
    });
}

// "Article Five", "Section 230": a capitalised part word and a number.
bool isNumberedPart(std::string_view name) {
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos || name.find(' ', space + 1) != std::string_view::npos ||
        !isCapitalised(name))
        return false;
    const std::string part = lowerAscii(name.substr(0, space));
    return std::find(kTextParts.begin(), kTextParts.end(), part) != kTextParts.end() &&
           isNumeral(name.substr(space + 1));
}

// "Event", "Document" or empty for a head noun, lower-cased; `inName` when it heads a name.
std::string_view typeOfHead(const std::string& head, bool inName) {
    WordNet& wordnet = WordNet::instance();
    const std::string lemma = wordnet.nounLemma(head);
    for (const NewsSense& sense : kNewsSenses)
        if (sense.word == head || sense.word == lemma)
            return sense.namesOnly && !inName ? std::string_view{} : sense.type;
    if (isKindOfAny(lemma, kEventAncestors))
        return "Event";
    if (isKindOfAny(lemma, kDocumentAncestors))
        return "Document";
    return {};
}

// "UniCredit", "PayPal", "OpenAI": a capital inside one word, after at least three letters, is how
// companies write their names; "McDonald", "DeSantis", "LeBron", "MacArthur" are people's.
bool isIntercapped(std::string_view name) {
    if (name.find(' ') != std::string_view::npos || !isCapitalised(name))
        return false;
    for (std::size_t i = 3; i < name.size(); ++i)
        if (std::isupper(static_cast<unsigned char>(name[i])) &&
            std::islower(static_cast<unsigned char>(name[i - 1])))
            return lowerAscii(name.substr(0, 3)) != "mac";
    return false;
}

// Whether the noun-phrase reader gave a name no type of its own.
bool untyped(const std::string& hint) {
    return hint.empty() || hint == "Other";
}

} // namespace

bool isNumeral(std::string_view word) {
    if (!word.empty() &&
        std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
        return true;
    return WordNet::instance().nounCategory(lowerAscii(word), WordNet::Sense::Common) ==
           NounCategory::Quantity; // "Five", "Twelve"
}

bool isOrganisationWord(std::string_view word) {
    static constexpr auto kWords = std::to_array<std::string_view>(
        {"party",       "bank",        "reserve",   "union",        "court",        "ministry",
         "corp",        "corporation", "inc",       "ltd",          "plc",          "agency",
         "council",     "commission",  "committee", "parliament",   "assembly",     "company",
         "association", "federation",  "fund",      "organization", "organisation", "institute",
         "university",  "authority",   "board",     "department",   "office",       "group",
         "alliance",    "congress",    "senate",    "club",         "bureau",       "foundation",
         "police",      "army",        "navy",      "airlines",     "coalition",    "tribunal"});
    std::string lower = lowerAscii(word);
    if (!lower.empty() && lower.back() == '.')
        lower.pop_back();
    return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

std::string entityTypeOf(const Argument& a) {
    const std::string& hint = a.typeHint;
    // "the proposal", "calls to raise spending": what people take positions on (docs/positions.md).
    if (hint.empty() && a.kind == MentionKind::Common && namesProposal(a.name))
        return std::string(graph::entityTypeName(graph::EntityType::Proposal));
    // A title makes a person, and a date stays a date, whatever the head noun.
    if (!a.valid() || a.kind == MentionKind::Pronoun || !a.title.empty() || hint == "Date")
        return hint;
    if (isNumberedPart(a.name))
        return "Document";
    if (a.kind == MentionKind::Quantity || hint == "Quantity")
        return hint;
    const bool name = a.kind == MentionKind::Name;
    const std::string head = name ? lowerAscii(lastToken(a.name)) : headNoun(a.name);
    if (head.empty() || isOrganisationWord(head) || isCountryName(a.name))
        return hint;
    if (name && tokenCount(a.name) == 1) {
        // A one-word name the reader typed is a name first ("Bill" is a person, not a law).
        if (!untyped(hint))
            return hint;
        if (isIntercapped(a.name))
            return "Organization";
        // "Europeans", "Democrats": people named by a plural are a group.
        WordNet& wordnet = WordNet::instance();
        if (a.plural && wordnet.nounCategory(wordnet.nounLemma(head)) == NounCategory::Person)
            return "Group";
        // One the reader could not type may still be an event's ("Olympics").
    }
    if (std::string_view type = typeOfHead(head, name); !type.empty())
        return std::string(type);
    return hint;
}

} // namespace kg::extract
