#include "extract/noun_phrase.h"

#include "extract/entity_types.h"
#include "extract/gazetteer.h"
#include "extract/mention_rules.h"
#include "extract/quote_marks.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::extract {
namespace {

// Link types that attach a word to a noun phrase from its left (determiners, adjectives, noun
// modifiers, name parts, possessors, numbers) and from its right (prepositional modifiers,
// their objects, number continuations, dates after prepositions).
constexpr std::array<std::string_view, 16> kLeftTypes = {
    "D", "DD", "DG", "DT", "A", "AN", "G", "GN", "YS", "YP", "ND", "NN", "NI", "EA", "L", "TA"};
constexpr std::array<std::string_view, 10> kRightTypes = {"M",  "J",  "JG", "MG", "NM",
                                                          "IN", "ON", "JT", "TY", "JQ"};

bool contains(const auto& set, std::string_view type) {
    return std::find(set.begin(), set.end(), type) != set.end();
}

constexpr std::array<std::string_view, 16> kArticles = {
    "the",   "a",   "an",  "this", "that", "these", "those", "its",
    "their", "his", "her", "our",  "my",   "your",  "such",  "some"};

// A preposition whose object is a time: "by 2029", "in June".
bool isTimePhrase(const ParsedSentence& p, std::uint16_t prep) {
    for (std::string_view t : {"J", "JT", "IN", "ON"}) {
        int obj = p.partner(prep, t, true);
        if (obj >= 0)
            return isTimeHead(p, obj);
    }
    return false;
}

// Collects the phrase of `head`. `forName` leaves out prepositional modifiers that say when, and
// participle or relative clauses, which describe the entity but are not part of what it is.
void collect(const ParsedSentence& p, std::uint16_t w, std::vector<bool>& in, bool forName) {
    in[w] = true;
    for (std::uint16_t li : p.linksOfWord[w]) {
        const Link& link = p.links[li];
        const bool partnerLeft = link.right == w;
        const std::uint16_t other = partnerLeft ? link.left : link.right;
        if (in[other] || p.words[other].isWall)
            continue;
        bool take = false;
        if (link.type == "SJ" && isCoordinator(p.words[w].text))
            take = true; // "of Arctic and North Atlantic security": every conjunct
        else if (partnerLeft)
            take = contains(kLeftTypes, link.type) && !isParticleReadAsAdjective(p, other);
        else if (link.type == "M")
            // Mp/Mf: prepositional; Mg/Mv/Mr: clauses, too long for a name.
            // A preposition the parse also hangs on the verb belongs to the verb.
            take = !link.sub.empty() && (link.sub[0] == 'p' || link.sub[0] == 'f') &&
                   p.partner(other, "MV", false) < 0 && !(forName && isTimePhrase(p, other));
        else
            take = contains(kRightTypes, link.type);
        if (take)
            collect(p, other, in, forName);
    }
}

std::vector<std::uint16_t> phraseWords(const ParsedSentence& p, int head, bool forName) {
    std::vector<bool> in(p.words.size(), false);
    collect(p, static_cast<std::uint16_t>(head), in, forName);
    std::vector<std::uint16_t> out;
    for (std::size_t i = 0; i < in.size(); ++i)
        if (in[i])
            out.push_back(static_cast<std::uint16_t>(i));
    return out;
}

// Text of the run of `words` that contains `head`, without leading articles when
// `dropArticles`. A phrase that the parse scattered is cut at its first gap longer than
// `maxGap` words: a gap of a word or two is a word the parse linked elsewhere ("one or more
// holds", "the evil Jillian Hall"); a longer one is a clause between the phrase's parts.
std::string joinRun(const ParsedSentence& p, const std::vector<std::uint16_t>& words, int head,
                    bool dropArticles, int maxGap, std::uint16_t* firstOut = nullptr,
                    std::uint16_t* lastOut = nullptr) {
    auto pos = std::find(words.begin(), words.end(), head);
    if (pos == words.end())
        return {};
    auto b = pos;
    while (b != words.begin() && *(b - 1) + 1 + maxGap >= *b)
        --b;
    auto e = pos;
    while (e + 1 != words.end() && *(e + 1) <= *e + 1 + maxGap)
        ++e;
    std::uint16_t first = *b;
    std::uint16_t last = *e;
    while (first < last && (isPunctuation(p.words[first].text) ||
                            (dropArticles && isArticle(lowerAscii(p.words[first].text)))))
        ++first;
    while (last > first && isPunctuation(p.words[last].text))
        --last;
    if (firstOut != nullptr)
        *firstOut = first;
    if (lastOut != nullptr)
        *lastOut = last;
    return std::string(p.span(first, last));
}

// The last word of a relative or participle clause on the phrase ("languages which have had
// effects", "the two having a match"): the clause describes the thing and belongs to the
// argument as written, though not to the entity's name. -1 without such a clause.
int clauseEnd(const ParsedSentence& p, const std::vector<std::uint16_t>& phrase) {
    int end = -1;
    std::vector<bool> seen; // sized on the first clause: most phrases have none
    for (std::uint16_t w : phrase)
        for (std::uint16_t li : p.linksOfWord[w]) {
            const Link& link = p.links[li];
            const bool participle =
                link.type == "M" && !link.sub.empty() && (link.sub[0] == 'g' || link.sub[0] == 'v');
            const bool relative = link.type == "R" && isRelativeWord(p.words[link.right].text);
            if (link.left != w || !(participle || relative))
                continue;
            // Everything the clause reaches rightwards of its noun.
            std::vector<std::uint16_t> todo{link.right};
            seen.assign(p.words.size(), false);
            seen[link.right] = true;
            while (!todo.empty()) {
                const std::uint16_t c = todo.back();
                todo.pop_back();
                end = std::max<int>(end, c);
                for (std::uint16_t lj : p.linksOfWord[c]) {
                    const Link& l = p.links[lj];
                    const std::uint16_t o = l.left == c ? l.right : l.left;
                    if (o > w && !seen[o] && !p.words[o].isWall && l.type != "X" &&
                        !isPunctuation(p.words[o].text)) {
                        seen[o] = true;
                        todo.push_back(o);
                    }
                }
            }
        }
    return end;
}

bool isGivenName(const Word& w) {
    return w.subscript == "b" || w.subscript == "m" || w.subscript == "f";
}

bool isAllUpper(std::string_view w) {
    bool letter = false;
    for (unsigned char c : w) {
        if (std::islower(c))
            return false;
        letter = letter || std::isupper(c);
    }
    return letter;
}

// "al-Jaber", "el-Sisi": a name behind an Arabic article written in lower case.
bool isPrefixedName(std::string_view word) {
    const std::size_t hyphen = word.find('-');
    return hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
           isNameParticle(word.substr(0, hyphen)) && isCapitalised(word.substr(hyphen + 1));
}

// Word `w` opens a quotation: a quotation mark written against the word after it (a closing
// one stands after its word: '," Trump said'). The word after it starts a sentence of its own.
bool isOpeningQuote(const ParsedSentence& p, int w) {
    const std::string& word = p.words[w].text;
    const QuoteMark mark = quoteMarkAt(word);
    return mark.length == word.size() && !mark.onlyCloses &&
           w + 1 < static_cast<int>(p.words.size()) && p.words[w].end == p.words[w + 1].begin;
}

// A capitalised word that is a name rather than a capitalised common word at the sentence start,
// or at the start of a quotation ("“Increases in tariffs are likely ...").
bool isProperWord(const ParsedSentence& p, int w) {
    const Word& word = p.words[w];
    if (isPrefixedName(word.text))
        return true;
    if (!isCapitalised(word.text) || isArticle(lowerAscii(word.text)))
        return false;
    if (w > 1 && !isOpeningQuote(p, w - 1))
        return true;
    // A capitalised first word is a name when the dictionary says so, or when WordNet spells a
    // body or country so ("Fed Chair Jerome Powell said", though "fed" is a verb too).
    return word.subscript.empty() || word.subscript == "l" || word.subscript == "o" ||
           isGivenName(word) || word.subscript == "b" || !word.guess.empty() ||
           namesItsInstitution(word.text);
}

std::string typeFromCategory(NounCategory c, bool proper, bool plural) {
    switch (c) {
    case NounCategory::Person:
        return proper ? "Person" : (plural ? "Group" : "Person");
    case NounCategory::Group:
        return proper ? "Organization" : "Group";
    case NounCategory::Location:
        return "Place";
    case NounCategory::Quantity:
        return "Quantity";
    case NounCategory::Time:
        return "Date";
    default:
        return {};
    }
}

bool isQuantityHead(const Word& w) {
    if (w.subscript == "c") // the dictionary's currencies: "dollars", "euros"
        return true;
    std::string lower = lowerAscii(w.text);
    return lower == "%" || lower == "percent" || lower == "per cent" || lower == "$" ||
           lower == "\xE2\x82\xAC" || lower == "\xC2\xA3" || lower == "million" ||
           lower == "billion" || lower == "trillion" || isNumberWord(w);
}

// A word naming a role a person holds ("President", "Councillor", "Chief"): WordNet's common
// noun for it is a person.
bool isTitleWord(const Word& w) {
    return !isGivenName(w) && w.text.size() > 2 &&
           WordNet::instance().nounCategory(w.text, WordNet::Sense::Common) == NounCategory::Person;
}

// "Ms" and "Dr" are too short for isTitleWord, but open a person's name all the same ("Ms Lund"
// is a woman, not the Swedish town).
bool isTitleOrHonorific(const Word& w) {
    return isTitleWord(w) || isHonorific(w.text);
}

// A common noun for a made thing or a place that WordNet never spells with a capital
// ("telescope", "bridge"): the head of a thing's name, not of a person's.
bool isThingNoun(std::string_view word) {
    WordNet& wn = WordNet::instance();
    const NounCategory common = wn.nounCategory(word, WordNet::Sense::Common);
    return (common == NounCategory::Artifact || common == NounCategory::Location) &&
           wn.nounCategory(word, WordNet::Sense::Proper) == NounCategory::Unknown;
}

// 'm' or 'f' from a given name the dictionary marks (".m", ".f") or an honorific opening the
// title ("Mr", "Mrs", "Ms", "Sir"); 0 when the words do not say.
char genderOf(const Word& first, std::string_view title) {
    const std::string lower = lowerAscii(firstToken(title));
    for (std::string_view male : {"mr", "mr.", "sir", "lord", "king", "prince"})
        if (lower == male)
            return 'm';
    for (std::string_view female :
         {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam", "queen", "princess"})
        if (lower == female)
            return 'f';
    if (first.subscript == "m" || first.subscript == "f")
        return first.subscript[0];
    return 0;
}

// The last word of a name headed by `head`: the head, or the word after it when the parse hung
// it off the head though it belongs to the name: a number ("Article 5", "Section 230": the NM
// link), or a name word read as the start of a relative clause ("the United States would ...":
// United -Rn- States).
int nameEnd(const ParsedSentence& p, int head) {
    const auto h = static_cast<std::uint16_t>(head);
    const int next = head + 1;
    if (next >= static_cast<int>(p.words.size()) || p.words[next].isWall)
        return head;
    if (p.partner(h, "NM", true) == next && isNumberWord(p.words[next]))
        return next;
    if (const Link* r = p.linkTo(h, "R", true);
        r != nullptr && r->right == next && r->sub.starts_with('n') && isProperWord(p, next))
        return next;
    return head;
}

// A title written in lower case that the parse links to a person's name (GN): "Manchester United
// manager Ruben Amorim", "lead researcher Anna Lund". Returns the title's first word (the nouns,
// adjectives and names modifying the title word), or -1. Only before a name of two words or more
// that is neither a body's nor a country's: after a noun for a person, a one-word name is as often
// a company ("the broadcaster ZDF", "the lender Nordbank"). A title word under a possessive
// pronoun names kin or company ("his brother Jonas Berg"), not a role.
int lowerCaseTitleStart(const ParsedSentence& p, int start, int head) {
    const int titleWord = p.partner(static_cast<std::uint16_t>(head), "GN", false);
    if (titleWord < 0 || titleWord != start - 1 || isCapitalised(p.words[titleWord].text) ||
        !isTitleWord(p.words[titleWord]) || start == head ||
        isOrganisationWord(p.words[head].text) ||
        isCountryName(p.span(static_cast<std::uint16_t>(start), static_cast<std::uint16_t>(head))))
        return -1;
    for (std::string_view determiner : {"D", "DD"})
        for (std::uint16_t d : p.partners(static_cast<std::uint16_t>(titleWord), determiner, false))
            if (isPossessivePronoun(p.words[d].text))
                return -1;
    // The modifiers of the title word, and theirs, as long as they run on without a gap: "CSU
    // party leader", "Manchester United manager"; not "the bloc's".
    int first = titleWord;
    const auto modifiesTitle = [&](int w) {
        for (std::uint16_t li : p.linksOfWord[static_cast<std::size_t>(w)]) {
            const Link& l = p.links[li];
            if (l.left == w && l.right > w && l.right <= titleWord &&
                (l.type == "AN" || l.type == "A" || l.type == "G"))
                return true;
        }
        return false;
    };
    while (first - 1 > 0 && modifiesTitle(first - 1))
        --first;
    return first;
}

// Name words: the capitalised run of the phrase that ends at the head. Leading words up to the
// last title word ("Northwind Chief Executive" in "Northwind Chief Executive Laura Chen"), or
// the words the parse links as a title (GN), are the title, the rest the name.
int readName(const ParsedSentence& p, int head, Argument& arg) {
    auto phrase = phraseWords(p, head, true);
    auto inPhrase = [&](int w) {
        return std::binary_search(phrase.begin(), phrase.end(), static_cast<std::uint16_t>(w));
    };
    int start = head;
    auto linked = [&](int a, int b) {
        for (std::uint16_t li : p.linksOfWord[a])
            if (p.links[li].left == b || p.links[li].right == b)
                return true;
        return false;
    };
    // The run may include a word the parse linked oddly ("the United States": United -Rn-
    // States) as long as it is linked to its neighbour, a particle inside a name ("Ursula von
    // der Leyen"), and a title WordNet knows as a compound opening the sentence ("Prime
    // Minister ...").
    while (
        start - 1 > 0 && (inPhrase(start - 1) || linked(start - 1, start)) &&
        (isProperWord(p, start - 1) ||
         (isCapitalised(p.words[start - 1].text) && isTitleOrHonorific(p.words[start - 1])) ||
         (isNameParticle(p.words[start - 1].text) && start - 2 > 0 && isProperWord(p, start - 2)) ||
         (isCapitalised(p.words[start - 1].text) && isTitleWord(p.words[start]) &&
          WordNet::instance().nounCategory(
              lowerAscii(p.words[start - 1].text + " " + p.words[start].text),
              WordNet::Sense::Common) == NounCategory::Person)))
        --start;
    if (int title = lowerCaseTitleStart(p, start, head); title >= 0)
        start = title;
    int nameStart = start;
    const NounCategory headCategory =
        WordNet::instance().nounCategory(p.words[head].text, WordNet::Sense::Common);
    // "the General Court": a body's name keeps its words, even one that can be a title.
    if (headCategory != NounCategory::Group && headCategory != NounCategory::Location &&
        !isOrganisationWord(p.words[head].text))
        for (int w = start; w < head; ++w)
            if (isTitleOrHonorific(p.words[w]))
                nameStart = w + 1;
    // A first name the dictionary knows starts the name ("... of State Marco Rubio").
    for (int w = nameStart; w < head; ++w)
        if (isGivenName(p.words[w])) {
            nameStart = w;
            break;
        }
    // The parse's title link counts when a title word is part of it ("Secretary General").
    if (int gn = p.partner(static_cast<std::uint16_t>(head), "GN", false);
        gn >= start && !isOrganisationWord(p.words[head].text)) {
        bool titled = false;
        for (int w = start; w <= gn; ++w)
            titled = titled || isTitleWord(p.words[w]);
        if (titled)
            nameStart = std::max(nameStart, gn + 1);
    }
    // "Secretary General" alone: a title ends the phrase, so there is no name to split off.
    if (isTitleWord(p.words[head]))
        nameStart = start;
    arg.name = std::string(p.span(static_cast<std::uint16_t>(nameStart),
                                  static_cast<std::uint16_t>(nameEnd(p, head))));
    if (nameStart > start)
        arg.title = std::string(
            p.span(static_cast<std::uint16_t>(start), static_cast<std::uint16_t>(nameStart - 1)));
    arg.gender = genderOf(p.words[nameStart], arg.title);
    // "Mr", "Dr" are how a person is addressed, not a title held (no "Lund be Ms" claim), but
    // they say the name is a person's.
    if (isHonorific(arg.title))
        arg.title.clear();
    if (nameStart > start) {
        arg.typeHint = "Person";
        return nameStart;
    }
    WordNet& wn = WordNet::instance();
    const Word& hw = p.words[head];
    // Strongest after a title: the name's own words ("Federal Reserve", "Labour Party", "the
    // Court", "Commerzbank"), a country of the generated gazetteer, then WordNet's organisation
    // or place spelled exactly so ("EU", "Fed").
    const std::string lowerHead = lowerAscii(hw.text);
    if (isOrganisationWord(hw.text) ||
        (nameStart == head && lowerHead.size() > 6 && lowerHead.ends_with("bank"))) {
        arg.typeHint = "Organization";
        return nameStart;
    }
    if (isCountryName(arg.name)) {
        arg.typeHint = "Place";
        return nameStart;
    }
    std::string hint = typeFromCategory(wn.namedSynonyms(arg.name).second, true, false);
    if (hint.empty())
        hint = typeFromCategory(wn.nounCategory(arg.name, WordNet::Sense::Proper), true, false);
    // "James Webb Space Telescope": a name ending in a thing's common noun that is no name of
    // its own names the thing, whatever its first name says.
    if (hint.empty() && nameStart + 1 < head && isThingNoun(hw.text)) {
        arg.typeHint = "Other";
        return nameStart;
    }
    // "Manfred Weber": WordNet does not know the full name but knows "Weber" as a person; a
    // first name the dictionary knows ("Anna") makes a person too.
    if (hint.empty() && nameStart < head)
        hint = typeFromCategory(wn.nounCategory(hw.text, WordNet::Sense::Proper), true, false);
    if (isGivenName(p.words[nameStart]) && (hint.empty() || nameStart < head))
        hint = "Person";
    if (hint.empty() && hw.subscript == "l")
        hint = "Place";
    if (hint.empty() && hw.subscript == "o")
        hint = "Organization";
    if (hint.empty() && isAllUpper(arg.name) && arg.name.size() >= 2)
        hint = "Organization";
    // "European Space Agency": a name headed by a common noun for a group is an organisation.
    if (hint.empty())
        hint = typeFromCategory(headCategory, true, false);
    arg.typeHint = hint;
    return nameStart;
}

// Function words, ordinals and participles used as prepositions: a phrase headed by one names
// nothing ("the first to", "resign following").
constexpr std::array<std::string_view, 54> kNotEntities = {
    "that",      "this",   "these",  "those", "which",   "what",      "where",     "when",
    "who",       "whom",   "whose",  "there", "here",    "more",      "most",      "much",
    "many",      "others", "other",  "some",  "any",     "each",      "both",      "either",
    "neither",   "none",   "one",    "all",   "such",    "including", "and",       "or",
    "but",       "than",   "before", "after", "against", "will",      "would",     "can",
    "could",     "may",    "might",  "must",  "should",  "following", "regarding", "concerning",
    "according", "first",  "second", "third", "last",    "so"};

constexpr std::array<std::string_view, 12> kPrepositions = {
    "of", "for", "to", "in", "on", "at", "with", "by", "from", "about", "between", "into"};

// Whether the phrase is an argument at all: a noun head, not a verb or adverb the parse left as a
// head, nor a gerund still taking its object, nor junk. namesEntity then asks whether it names
// something the graph can hold: not a pronoun-like function word ("these", "more") and not a
// span cut at a dangling preposition ("leader of").
bool isArgumentPhrase(const ParsedSentence& p, const Argument& arg) {
    const Word& head = p.words[arg.head];
    if (head.unlinked || isPunctuation(head.text) ||
        arg.name.find("\xEF\xBF\xBD") != std::string::npos)
        return false;
    if (contains(kPrepositions, lowerAscii(head.text)))
        return false; // "by changing the system": the parse hung the gerund on the preposition
    const char kind = head.subscript.empty() ? '\0' : head.subscript[0];
    // An adjective with its own determiner is used as a noun: "the latter", "the poor".
    const auto head16 = static_cast<std::uint16_t>(arg.head);
    const bool nominalAdjective =
        kind == 'a' && (p.partner(head16, "D", false) >= 0 || p.partner(head16, "DG", false) >= 0);
    if (kind == 'v' || kind == 'e' || (kind == 'a' && !nominalAdjective) || kind == 'j' ||
        kind == 'r' || kind == 'q' || kind == 'z')
        return false;
    return !(kind == 'g' && p.partner(static_cast<std::uint16_t>(arg.head), "O", true) >= 0);
}

bool namesEntity(const ParsedSentence& p, const Argument& arg) {
    const std::string& first = p.words[arg.first].text;
    if (!first.empty() && (first.front() == '"' || first.front() == '\''))
        return false; // a quoted word is a mention of the word, not of a thing
    return !contains(kNotEntities, lowerAscii(p.words[arg.head].text)) &&
           !contains(kPrepositions, lowerAscii(p.words[arg.last].text));
}

} // namespace

bool isNameParticle(std::string_view word) {
    static constexpr auto kParticles =
        std::to_array<std::string_view>({"al", "el", "bin", "ibn", "van", "von", "der", "den", "de",
                                         "da", "di", "du", "la", "le", "ter", "ten", "dos", "das"});
    return contains(kParticles, word);
}

bool isArticle(std::string_view lower) {
    return contains(kArticles, lower);
}

bool isPunctuation(std::string_view w) {
    // "%" and "$" are read as words ("percent", "dollars"): "from 8 % to 8.019 %".
    if (w == "%" || w == "$")
        return false;
    return std::none_of(w.begin(), w.end(),
                        [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

bool isCoordinator(std::string_view word) {
    const std::string lower = lowerAscii(word);
    return lower == "and" || lower == "or" || lower == "but" || lower == "nor" || lower == ",";
}

bool isRelativeWord(std::string_view word) {
    const std::string lower = lowerAscii(word);
    return lower == "who" || lower == "whom" || lower == "whose" || lower == "which" ||
           lower == "that";
}

bool isCapitalised(std::string_view word) {
    return !word.empty() && std::isupper(static_cast<unsigned char>(word.front()));
}

bool isPersonalPronoun(std::string_view w) {
    static constexpr std::array<std::string_view, 14> kPronouns = {
        "he", "she", "it", "they", "him", "her", "them",
        "we", "us",  "i",  "me",   "you", "his", "its"};
    return contains(kPronouns, w);
}

bool isNumberWord(const Word& w) {
    if (w.guess == "NUMBERS")
        return true;
    bool digit = false;
    for (unsigned char c : w.text) {
        if (std::isdigit(c))
            digit = true;
        else if (c != ',' && c != '.')
            return false;
    }
    return digit;
}

bool isParticleReadAsAdjective(const ParsedSentence& p, int word) {
    if (word < 1 || !p.words[static_cast<std::size_t>(word)].subscript.starts_with('a') ||
        !p.words[static_cast<std::size_t>(word) - 1].subscript.starts_with('v'))
        return false;
    const std::string lower = lowerAscii(p.words[static_cast<std::size_t>(word)].text);
    return lower == "up" || lower == "down" || lower == "off" || lower == "out";
}

bool isTimeHead(const ParsedSentence& p, int word) {
    const Word& w = p.words[word];
    if (w.guess == "YEAR-DATE" || w.guess == "DAY-ORDINALS")
        return true;
    for (std::string_view t : {"JT", "IN", "ON", "TY", "TM", "DT"})
        if (p.partner(static_cast<std::uint16_t>(word), t, false) >= 0)
            return true;
    // Months and weekdays: names WordNet files under noun.time. Common time nouns ("future",
    // "week") count only through the parse's date links above or their preposition.
    return isCapitalised(w.text) && w.text.size() >= 3 &&
           WordNet::instance().nounCategory(w.text, WordNet::Sense::Proper) == NounCategory::Time;
}

namespace {

Argument readPhrase(const ParsedSentence& p, int head) {
    Argument arg;
    if (head <= 0 || head >= static_cast<int>(p.words.size()) || p.words[head].isWall)
        return arg;
    arg.head = head;
    // "US Secretary of State Marco Rubio": the parse heads the phrase at "Secretary" and hangs
    // the name off "of"; the entity is the name, the rest is its title.
    int of = p.partner(static_cast<std::uint16_t>(head), "MG", true);
    int titled = of >= 0 ? p.partner(static_cast<std::uint16_t>(of), "JG", true) : -1;
    // The same with ordinary links: "Secretary -Mf- of -J- Rubio", when the head is a title
    // word and the name is a person's (it has a first name).
    if (titled < 0 && isTitleWord(p.words[head]))
        for (std::uint16_t m : p.partners(static_cast<std::uint16_t>(head), "M", true))
            if (lowerAscii(p.words[m].text) == "of")
                if (int j = p.partner(m, "J", true);
                    j >= 0 && isProperWord(p, j) &&
                    p.partner(static_cast<std::uint16_t>(j), "G", false) >= 0)
                    titled = j;

    auto all = phraseWords(p, head, false);
    arg.text = joinRun(p, all, head, false, 2, &arg.first, &arg.last);
    arg.textLast = arg.last;
    if (const int end = clauseEnd(p, all); end > arg.last) {
        arg.textLast = static_cast<std::uint16_t>(end);
        arg.text = std::string(p.span(arg.first, arg.textLast));
    }
    const Word& hw = p.words[head];
    const std::string lower = lowerAscii(hw.text);
    WordNet& wn = WordNet::instance();
    arg.plural = wn.nounLemma(lower) != lower && lower.back() == 's';

    if (all.size() == 1 && isPersonalPronoun(lower)) {
        arg.kind = MentionKind::Pronoun;
        arg.name = lower;
        arg.plural = lower == "they" || lower == "them" || lower == "we" || lower == "us";
        if (lower == "he" || lower == "she" || lower == "him" || lower == "her" || lower == "i" ||
            lower == "me")
            arg.typeHint = "Person";
        return arg;
    }
    if (titled >= 0 && isProperWord(p, titled)) {
        const int nameStart = readName(p, titled, arg);
        std::vector<std::uint16_t> tw;
        for (std::uint16_t w : phraseWords(p, head, true))
            if (w < nameStart)
                tw.push_back(w);
        arg.title = joinRun(p, tw, head, true, 0);
        arg.kind = MentionKind::Name;
        arg.typeHint = "Person";
        return arg;
    }
    if (isProperWord(p, head)) {
        readName(p, head, arg);
        arg.kind = MentionKind::Name;
        // "Secretary General" alone names a role, not a person: it describes the role's holder.
        if (isTitleWord(hw) && arg.title.empty()) {
            arg.kind = MentionKind::Common;
            arg.typeHint = "Person";
        }
        return arg;
    }
    auto named = phraseWords(p, head, true);
    arg.name = joinRun(p, named, head, true, 0);
    bool hasNumber = std::any_of(named.begin(), named.end(),
                                 [&](std::uint16_t w) { return isNumberWord(p.words[w]); });
    if (isQuantityHead(hw) || (hasNumber && wn.nounCategory(lower) == NounCategory::Quantity)) {
        arg.kind = MentionKind::Quantity;
        arg.typeHint = "Quantity";
        return arg;
    }
    arg.kind = MentionKind::Common;
    const std::string lemma = wn.nounLemma(lower);
    const NounCategory category = wn.nounCategory(lemma);
    arg.typeHint = typeFromCategory(category, false, arg.plural);
    // WordNet files a "package" of sanctions and a "collection" with groups of people; a group
    // that can act, or be "they", is people.
    if (category == NounCategory::Group && !wn.isKindOf(lemma, "social group", 6) &&
        !wn.isKindOf(lemma, "people", 6))
        arg.typeHint.clear();
    if (isTimeHead(p, head))
        arg.typeHint = "Date";
    return arg;
}

} // namespace

namespace {

// "more than 300 cars", "nearly 300", "up to 5 million dollars", "at least 20": the comparator
// the parse links to a number in the phrase (EN, and the idiom links that join "more than",
// "up to", "at least") belongs to the phrase.
void keepComparator(const ParsedSentence& p, Argument& arg) {
    int first = arg.first;
    for (int w = arg.first; w <= arg.last; ++w)
        if (const int en = p.partner(static_cast<std::uint16_t>(w), "EN", false);
            en >= 0 && en < first)
            first = en;
    if (first == arg.first)
        return;
    for (bool more = true; more;) {
        more = false;
        for (std::uint16_t li : p.linksOfWord[static_cast<std::size_t>(first)]) {
            const Link& l = p.links[li];
            if (l.right == first && l.left < first && (l.type + l.sub).starts_with("_I")) {
                first = l.left;
                more = true;
            }
        }
    }
    const std::string comparator(
        p.span(static_cast<std::uint16_t>(first), static_cast<std::uint16_t>(arg.first - 1)));
    arg.first = static_cast<std::uint16_t>(first);
    arg.text = comparator + " " + arg.text;
    // "about 300 teachers" names the teachers; the comparator is the quantity's (the claim
    // reader gives the phrase as written as the fact's quantity). A bare measure keeps it.
    if (arg.kind == MentionKind::Quantity)
        arg.name = comparator + " " + arg.name;
}

} // namespace

Argument readArgument(const ParsedSentence& p, int head) {
    Argument arg = readPhrase(p, head);
    if (arg.head < 0 || arg.kind == MentionKind::Pronoun)
        return arg;
    if (!isArgumentPhrase(p, arg))
        return Argument{};
    keepComparator(p, arg);
    arg.entity = namesEntity(p, arg);
    return arg;
}

namespace {

// +1 a quotation mark that opens, -1 one that closes, 0 a word that is no mark (of the kind
// asked for) or a mark that says nothing (spaces on both sides or none).
int markDirection(const ParsedSentence& p, int m, bool doubleOnly) {
    const int n = static_cast<int>(p.words.size());
    if (!isQuoteMark(p.words[m].text, doubleOnly))
        return 0;
    const bool againstNext =
        m + 1 < n && p.words[m].end == p.words[m + 1].begin && !p.words[m + 1].isWall;
    const bool againstPrevious =
        m > 0 && p.words[m - 1].end == p.words[m].begin && !p.words[m - 1].isWall;
    return againstNext == againstPrevious ? 0 : againstNext ? 1 : -1;
}

} // namespace

// Double marks only: a single one is as often an apostrophe ("the players' union").
bool insideQuotation(const ParsedSentence& p, int w) {
    const int n = static_cast<int>(p.words.size());
    const auto direction = [&](int m) { return markDirection(p, m, true); };
    for (int m = w - 1; m >= 0; --m)
        if (const int d = direction(m); d != 0)
            return d > 0;
    for (int m = w + 1; m < n; ++m)
        if (const int d = direction(m); d != 0)
            return d < 0;
    return false;
}

// An apostrophe is written against the word before it ("players' union"), so only a single mark
// written against the word after it, and not before, opens a quotation.
bool afterOpeningSingleMark(const ParsedSentence& p, int w) {
    for (int m = w - 1; m >= 0; --m)
        if (!isQuoteMark(p.words[m].text, true))
            if (const int d = markDirection(p, m, false); d != 0)
                return d > 0;
    return false;
}

} // namespace kg::extract
