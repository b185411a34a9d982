#include "extract/clause_reader.h"

#include "extract/noun_phrase.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>

namespace kg::extract {
namespace {

using WordIndex = std::uint16_t;

constexpr std::array<std::string_view, 9> kModals = {"will",  "would", "can",   "could", "may",
                                                     "might", "must",  "shall", "should"};

// Relations that the sentence states without a verb ("the album, released in 2000", "Peter
// Holm, the director") are written with "be", which CaRB matches against any form of it.
constexpr std::string_view kCarbBe = "be";

// Adjectives that pick out which thing is meant rather than say what it is like ("the second
// session", "a single rehearsal", "its own label"): "the session is second" says nothing.
bool isDeterminingAdjective(std::string_view lower) {
    static constexpr std::array<std::string_view, 22> kDetermining = {
        "first", "second",  "third",   "fourth",  "fifth",    "last", "next",    "other",
        "same",  "single",  "own",     "former",  "latter",   "such", "certain", "only",
        "main",  "several", "various", "further", "previous", "whole"};
    return std::find(kDetermining.begin(), kDetermining.end(), lower) != kDetermining.end();
}

bool isModal(std::string_view lower) {
    return std::find(kModals.begin(), kModals.end(), lower) != kModals.end();
}

bool isConjunction(const Word& w) {
    std::string lower = lowerAscii(w.text);
    return lower == "and" || lower == "or" || lower == "but" || lower == "nor" || lower == ",";
}

// Prepositions that put a time noun ("the week", "the summit year") in the role of a time.
bool introducesTime(std::string_view prep) {
    static constexpr std::array<std::string_view, 11> kTime = {
        "in", "on", "by", "since", "until", "before", "after", "during", "at", "through", "from"};
    return std::find(kTime.begin(), kTime.end(), prep) != kTime.end();
}

bool isPunctuationWord(std::string_view w) {
    return std::none_of(w.begin(), w.end(),
                        [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

bool isRelativePronoun(std::string_view lower) {
    return lower == "who" || lower == "which" || lower == "that";
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
    int controller = -1; ///< subject-less complement: the object-control verb's object
    std::string controlVerb;
};

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

    std::vector<WordIndex> conjuncts(WordIndex w, std::string_view type) const;
    void markNegation(WordIndex w, Chain& chain) const;
    Chain follow(WordIndex finite);
    int infinitiveOf(WordIndex verb, int& toWord) const;
    Modifier::Role roleOf(const Modifier& m, WordIndex object) const;
    void mergeCoordinations(std::vector<Modifier>& mods) const;
    std::vector<Modifier> modifiersOf(WordIndex verb, const Argument* object);
    int antecedentOf(WordIndex pronoun) const;
    WordIndex idiomStart(WordIndex w) const;
    Argument coordinationInObject(const std::vector<WordIndex>& conjuncts) const;
    Argument wordArgument(WordIndex w) const;
    bool isBeContraction(WordIndex w) const {
        const std::string l = lower(w);
        return l == "'s" || l == "'re" || l == "'m";
    }
    int subjectOf(WordIndex finite) const;
    int relativeObjectOf(const Chain& chain) const;
    void clauseClaims(const Argument& subject, Chain chain, int depth);
    void buildClaim(const Argument& subject, const Chain& chain, std::vector<WordIndex> relWords);
    void clausalComplement(WordIndex verb, Claim& claim) const;
    void quotedComplement(WordIndex verb, Claim& claim) const;
    void setClausalObject(Claim& claim, WordIndex first, WordIndex last) const;
    void appositions();
    void nominals();
    void titles();
    int possessorOf(WordIndex noun) const;
    void findLateModifiers();
    WordIndex modifierOwner(const Link& mv) const;
    void nounInfinitives();
    void adverbialParticiples();
    void attribute();
    float confidence(const Claim& c, float base) const;
    std::string relationText(std::vector<WordIndex> words) const;
    Argument outsideClause(Argument a, const std::vector<WordIndex>& verbWords) const;

    const ParsedSentence& p_;
    WordNet& wn_;
    std::vector<Claim> claims_;
    std::vector<std::vector<WordIndex>> claimVerbs_; ///< chain words of each claim
    std::vector<WordIndex> reportingVerbs_;
    /// Prepositions the parse hung on a verb but that belong to a noun's infinitive after it.
    std::map<WordIndex, WordIndex> lateModifiers_;
};

std::vector<WordIndex> Reader::conjuncts(WordIndex w, std::string_view type) const {
    if (!isConjunction(p_.words[w]))
        return {w};
    // Walk the coordination tree ("Belgium , Italy and Spain"); conjunctions link to each other,
    // so remember what was visited.
    std::vector<WordIndex> out;
    std::vector<bool> seen(p_.words.size(), false);
    std::vector<WordIndex> todo{w};
    seen[w] = true;
    while (!todo.empty()) {
        WordIndex c = todo.back();
        todo.pop_back();
        if (!isConjunction(p_.words[c])) {
            out.push_back(c);
            continue;
        }
        for (bool toRight : {false, true})
            for (WordIndex next : p_.partners(c, type, toRight))
                if (!seen[next]) {
                    seen[next] = true;
                    todo.push_back(next);
                }
    }
    std::sort(out.begin(), out.end());
    if (out.empty())
        out.push_back(w);
    return out;
}

void Reader::markNegation(WordIndex w, Chain& chain) const {
    int n = right(w, "N");
    if (n >= 0) {
        chain.negated = true;
        chain.words.push_back(static_cast<WordIndex>(n));
    }
    for (bool toRight : {false, true})
        for (WordIndex e : p_.partners(w, "E", toRight)) {
            std::string l = lower(e);
            if (l == "never" || l == "no longer") {
                chain.negated = true;
                chain.words.push_back(e);
            }
        }
}

Chain Reader::follow(WordIndex finite) {
    Chain chain;
    WordIndex cur = finite;
    for (int guard = 0; guard < 12; ++guard) {
        chain.words.push_back(cur);
        markNegation(cur, chain);
        // Adverbs before the verb belong to the relation as written ("is also known").
        for (WordIndex e : p_.partners(cur, "E", false))
            chain.words.push_back(e);
        std::string l = lower(cur);
        if (isModal(l))
            chain.modality = chain.modality.empty() ? l : chain.modality + " " + l;
        int next = right(cur, "I");
        if (next < 0)
            next = right(cur, "PP");
        if (next < 0)
            if (int n = right(cur, "N"); n >= 0)
                next = right(static_cast<WordIndex>(n), "E"); // "will not sell": not -En- sell
        if (next >= 0) {
            cur = static_cast<WordIndex>(next);
            continue;
        }
        if (const Link* pl = p_.linkTo(cur, "P", true)) {
            const WordIndex target = pl->right;
            const std::string& sub = pl->sub;
            const bool participle =
                !p_.words[target].subscript.empty() && p_.words[target].subscript[0] == 'v';
            if (!sub.empty() && (sub[0] == 'v' || (sub[0] == 'a' && participle))) {
                // "had -Pv- bought": the parse sometimes takes a perfect for a passive.
                chain.passive = lemmaOf(cur) != "have";
                cur = target;
                continue;
            }
            if (!sub.empty() && sub[0] == 'g') {
                // "proposed building a bridge", "kept raising rates": a verb taking a gerund is a
                // modality of it, like "plans to"; only "be" makes a progressive.
                if (const std::string verb = lemmaOf(cur); verb != "be" && !isBeContraction(cur))
                    chain.modality = chain.modality.empty() ? verb : chain.modality + " " + verb;
                cur = target;
                continue;
            }
            if (!sub.empty() && sub[0] == 'a') {
                chain.adjective = target;
                chain.words.push_back(target);
            }
        }
        break;
    }
    chain.content = cur;
    return chain;
}

// The infinitive a verb controls ("plans to raise", "called on X to increase"), or -1.
int Reader::infinitiveOf(WordIndex verb, int& toWord) const {
    toWord = right(verb, "TO");
    if (toWord < 0)
        for (WordIndex m : p_.partners(verb, "MV", true))
            if (lower(m) == "to" && right(m, "I") >= 0)
                toWord = m;
    int inf = right(verb, "IV");
    if (inf < 0 && toWord >= 0)
        inf = right(static_cast<WordIndex>(toWord), "I");
    return inf;
}

// Conjuncts of a coordinated phrase that stay qualifiers ("sells cars in Germany, France and
// Italy") are one qualifier spanning the coordination, as written.
void Reader::mergeCoordinations(std::vector<Modifier>& mods) const {
    for (std::size_t i = 0; i < mods.size(); ++i) {
        if (mods[i].coordination < 0)
            continue;
        Argument& a = mods[i].argument;
        for (std::size_t j = i + 1; j < mods.size();)
            if (mods[j].coordination == mods[i].coordination) {
                a.first = std::min(a.first, mods[j].argument.first);
                a.last = std::max(a.last, mods[j].argument.last);
                a.textLast = std::max(a.textLast, mods[j].argument.textLast);
                mods.erase(mods.begin() + static_cast<std::ptrdiff_t>(j));
            } else {
                ++j;
            }
        a.text = std::string(p_.span(a.first, a.textLast));
        mods[i].coordination = -1;
    }
}

Modifier::Role Reader::roleOf(const Modifier& m, WordIndex object) const {
    if (isTimeHead(p_, object) || (m.argument.typeHint == "Date" && introducesTime(m.preposition)))
        return Modifier::Role::Time;
    if (m.argument.kind == MentionKind::Quantity)
        return Modifier::Role::Quantity;
    if (m.argument.typeHint == "Place" &&
        (m.preposition == "in" || m.preposition == "at" || m.preposition == "from" ||
         m.preposition == "near" || m.preposition == "across" || m.preposition == "throughout" ||
         m.preposition == "outside"))
        return Modifier::Role::Place;
    return Modifier::Role::Other;
}

std::vector<Modifier> Reader::modifiersOf(WordIndex verb, const Argument* object) {
    std::vector<Modifier> mods;
    auto add = [&](WordIndex prep) {
        int obj = -1;
        for (std::string_view t : {"J", "JT", "IN", "ON", "JQ", "TY"}) {
            obj = right(prep, t);
            if (obj >= 0)
                break;
        }
        if (obj < 0)
            return;
        const std::vector<WordIndex> objects = conjuncts(static_cast<WordIndex>(obj), "SJ");
        const WordIndex start = idiomStart(prep);
        for (WordIndex o : objects) {
            Modifier m;
            m.preposition = lowerAscii(p_.span(start, prep));
            m.prepositionFirst = start;
            m.prepositionLast = prep;
            m.argument = readArgument(p_, o);
            if (!m.argument.valid())
                continue;
            if (objects.size() > 1)
                m.coordination = obj;
            m.role = roleOf(m, o);
            mods.push_back(std::move(m));
        }
    };
    for (std::uint16_t li : p_.linksOfWord[verb]) {
        const Link& link = p_.links[li];
        if (link.left != verb)
            continue;
        // MVp: a prepositional phrase; OF: the "of" some verbs take ("consists of").
        const bool prepositional =
            (link.type == "MV" && !link.sub.empty() && link.sub[0] == 'p') || link.type == "OF";
        if (prepositional && modifierOwner(link) == verb)
            add(link.right);
    }
    for (const auto& [prep, owner] : lateModifiers_)
        if (owner == verb)
            add(prep);
    // Time phrases that the parse hung on the object ("spending to 3.5 percent by 2029").
    if (object != nullptr && object->valid())
        for (WordIndex w = object->first; w <= object->last && w < p_.words.size(); ++w) {
            if (p_.partner(w, "M", false) < 0)
                continue;
            for (std::string_view t : {"JT", "IN", "ON"}) {
                int obj = right(w, t);
                if (obj >= 0) {
                    Modifier m;
                    m.preposition = lower(w);
                    m.prepositionFirst = m.prepositionLast = w;
                    m.argument = readArgument(p_, obj);
                    m.role = Modifier::Role::Time;
                    if (m.argument.valid())
                        mods.push_back(std::move(m));
                }
            }
        }
    std::sort(mods.begin(), mods.end(), [](const Modifier& a, const Modifier& b) {
        return a.argument.first < b.argument.first;
    });
    mods.erase(std::unique(mods.begin(), mods.end(),
                           [](const Modifier& a, const Modifier& b) {
                               return a.argument.head == b.argument.head;
                           }),
               mods.end());
    return mods;
}

// One word as an argument that names no entity: an adjective ("gaping", "longer").
Argument Reader::wordArgument(WordIndex w) const {
    Argument a;
    a.head = w;
    a.first = a.last = a.textLast = w;
    a.text = a.name = p_.words[w].text;
    a.entity = false;
    return a;
}

// The noun a relative pronoun stands for ("the minister, who visited ..."), or -1.
// "The athletes from Norway, Chile and Kenya will not compete": the parse may coordinate
// "athletes from Norway" with "Chile" and "Kenya", but names of the same type as the first
// conjunct's prepositional object (places here) continue that object. Returns the whole phrase
// as one argument, or an invalid one when the conjuncts are what they seem.
Argument Reader::coordinationInObject(const std::vector<WordIndex>& conjuncts) const {
    if (conjuncts.size() < 2)
        return {};
    Argument first = readArgument(p_, conjuncts.front());
    if (!first.valid() || first.kind != MentionKind::Common)
        return {};
    int object = -1;
    for (WordIndex m : p_.partners(conjuncts.front(), "M", true))
        if (int j = right(m, "J"); j >= 0)
            object = j;
    if (object < 0)
        return {};
    const Argument named = readArgument(p_, object);
    if (named.kind != MentionKind::Name || named.typeHint.empty())
        return {};
    for (std::size_t i = 1; i < conjuncts.size(); ++i) {
        const Argument other = readArgument(p_, conjuncts[i]);
        if (other.kind != MentionKind::Name || other.typeHint != named.typeHint)
            return {};
        first.last = std::max<WordIndex>(first.last, other.last);
        first.textLast = std::max<WordIndex>(first.textLast, other.textLast);
    }
    first.text = std::string(p_.span(first.first, first.textLast));
    // The name, like any description's, leaves out the article.
    WordIndex nameFirst = first.first;
    while (nameFirst < first.last && isArticle(lower(nameFirst)))
        ++nameFirst;
    first.name = std::string(p_.span(nameFirst, first.last));
    first.plural = true;
    return first;
}

// First word of the idiom that ends at `w` ("out of", "according to", "because of"), which the
// dictionary joins with links of no type; `w` itself for a single word.
WordIndex Reader::idiomStart(WordIndex w) const {
    for (std::uint16_t li : p_.linksOfWord[w]) {
        const Link& link = p_.links[li];
        if (link.right == w && link.type.empty() && !link.sub.empty() && link.sub[0] == '_')
            return idiomStart(link.left);
    }
    return w;
}

int Reader::antecedentOf(WordIndex pronoun) const {
    for (std::string_view t : {"MX", "M", "R"}) {
        int noun = left(pronoun, t);
        if (noun >= 0 && !p_.words[noun].isWall)
            return noun;
    }
    return -1;
}

int Reader::subjectOf(WordIndex finite) const {
    int s = left(finite, "S");
    if (s < 0)
        s = right(finite, "SI"); // inverted: "said Rutte"
    if (s < 0)
        s = left(finite, "RS"); // subject relative: "the members who remained"
    if (s < 0)
        return -1;
    if (isRelativePronoun(lower(static_cast<WordIndex>(s))))
        return antecedentOf(static_cast<WordIndex>(s));
    return s;
}

// The object a relative clause leaves out ("the match, which Keibler lost" and "the book she
// wrote": the noun -B- verb), or -1 when the clause's gap is its subject ("who remained").
int Reader::relativeObjectOf(const Chain& chain) const {
    // The B link reaches the finite verb of the chain ("which the collector had bought").
    for (WordIndex verb : chain.words) {
        int b = left(verb, "B");
        const int subject = left(verb, "S");
        if (b < 0 || subject < 0 || b > subject)
            continue; // a relative clause has its own subject after the noun it leaves out
        if (isRelativePronoun(lower(static_cast<WordIndex>(b))))
            b = antecedentOf(static_cast<WordIndex>(b));
        return b;
    }
    return -1;
}

std::string Reader::relationText(std::vector<WordIndex> words) const {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string out;
    for (WordIndex w : words) {
        if (!out.empty())
            out.push_back(' ');
        out += p_.words[w].text;
    }
    return out;
}

// An argument read with its relative clause ("the volunteers who cleaned the river") is cut
// before the clause when the claim is the clause's own: the relation is not part of an argument.
Argument Reader::outsideClause(Argument a, const std::vector<WordIndex>& verbWords) const {
    if (!a.valid())
        return a;
    int cut = -1;
    for (WordIndex w : verbWords)
        if (w > a.head && w <= a.textLast && (cut < 0 || w < cut))
            cut = w;
    if (cut < 0)
        return a;
    int last = cut - 1;
    while (last > a.head && (isPunctuationWord(p_.words[last].text) ||
                             isRelativePronoun(lower(static_cast<WordIndex>(last)))))
        --last;
    a.textLast = static_cast<WordIndex>(last);
    a.last = std::min(a.last, a.textLast);
    a.text = std::string(p_.span(a.first, a.textLast));
    return a;
}

float Reader::confidence(const Claim& c, float base) const {
    float score = base;
    score *= std::pow(0.8f, static_cast<float>(p_.nullCount));
    score /= 1.0f + 0.12f * std::max(0.0f, p_.disjunctCost);
    // A long subject is more often a misparse; a long object is not (it is most often a
    // complete phrase with its modifiers).
    const int subjectWords = c.subject.valid() ? c.subject.textLast - c.subject.first + 1 : 0;
    score *= std::pow(0.95f, static_cast<float>(std::max(0, subjectWords - 4)));
    if (c.subject.kind == MentionKind::Pronoun || c.object.kind == MentionKind::Pronoun)
        score *= 0.9f;
    // A prepositional phrase the parse hung on the verb is evidence the clause was read whole.
    if (!c.modifiers.empty())
        score *= 1.15f;
    if (p_.linkageCount > 1)
        score *= 1.0f - 0.05f * std::min(2.0f, std::log10(static_cast<float>(p_.linkageCount)));
    const std::size_t words = p_.words.size();
    if (words > 30)
        score *= 0.9f;
    return std::clamp(score, 0.01f, 0.99f);
}

void Reader::buildClaim(const Argument& subject, const Chain& chain,
                        std::vector<WordIndex> relWords) {
    const WordIndex verb = chain.content;
    const std::string& verbText = p_.words[verb].text;
    if (verbText.empty() || !std::isalpha(static_cast<unsigned char>(verbText.front())))
        return; // the parse took a symbol for a verb
    const std::string verbLemma = lemmaOf(verb);
    std::string particle;
    int k = right(verb, "K");
    if (k >= 0) {
        particle = lower(static_cast<WordIndex>(k));
        relWords.push_back(static_cast<WordIndex>(k));
    }
    std::string predicate = particle.empty() ? verbLemma : verbLemma + " " + particle;
    std::string surface =
        particle.empty() ? p_.words[verb].text : p_.words[verb].text + " " + particle;

    int objWord = right(verb, "O");
    if (objWord >= 0 && lower(static_cast<WordIndex>(objWord)) == "that")
        objWord = -1;
    if (objWord < 0 && !chain.passive)
        objWord = relativeObjectOf(chain);
    if (objWord < 0) // "refunds money and loses revenue and prestige": and -O- and
        for (bool toRight : {false, true})
            for (WordIndex c : p_.partners(verb, "VJ", toRight))
                if (objWord < 0 && isConjunction(p_.words[c]))
                    objWord = right(c, "O");
    std::vector<WordIndex> objects;
    if (objWord >= 0)
        objects = conjuncts(static_cast<WordIndex>(objWord), "SJ");
    if (objects.empty())
        objects.push_back(0); // no object: one claim without it
    const Argument firstObject = objWord >= 0 ? readArgument(p_, objects.front()) : Argument{};
    std::vector<Modifier> mods = modifiersOf(verb, objWord >= 0 ? &firstObject : nullptr);
    const bool reportsAClause =
        wn_.isReportingVerb(verbLemma) &&
        (right(verb, "TH") >= 0 || right(verb, "C") >= 0 || right(verb, "CV") >= 0);

    for (WordIndex objIndex : objects) {
        Claim c;
        c.subject = outsideClause(subject, relWords);
        c.negated = chain.negated;
        c.modality = chain.modality;
        c.passive = chain.passive;
        std::vector<WordIndex> words = relWords;
        float base = 0.75f;
        std::vector<Modifier> rest = mods;
        std::vector<Argument> otherObjects;
        // Moves the first modifier that `pred` accepts into the object slot; its preposition
        // joins the predicate ("disagree with") unless it only marks the agent of a passive.
        std::string takenPreposition;
        auto takeModifier = [&](auto pred, bool prepositionInPredicate = true) -> bool {
            for (auto it = rest.begin(); it != rest.end(); ++it)
                if (pred(*it)) {
                    c.object = it->argument;
                    std::string prep = it->preposition;
                    takenPreposition = prep;
                    const int coordination = it->coordination;
                    if (prepositionInPredicate)
                        predicate += " " + prep;
                    surface += " " + prep;
                    for (int w = it->prepositionFirst; w >= 0 && w <= it->prepositionLast; ++w)
                        words.push_back(static_cast<WordIndex>(w));
                    rest.erase(it);
                    // "filed charges against the manager and the vice president": one claim
                    // per conjunct of the object.
                    for (auto sib = rest.begin(); coordination >= 0 && sib != rest.end();) {
                        if (sib->coordination == coordination) {
                            otherObjects.push_back(sib->argument);
                            sib = rest.erase(sib);
                        } else {
                            ++sib;
                        }
                    }
                    return true;
                }
            return false;
        };
        auto isObjectLike = [](const Modifier& m) {
            return m.role == Modifier::Role::Other || m.role == Modifier::Role::Place;
        };
        if (chain.passive) {
            const bool agent = takeModifier(
                [](const Modifier& m) {
                    return m.preposition == "by" && m.role != Modifier::Role::Time;
                },
                false);
            if (agent) {
                base = 0.7f;
            } else if (takeModifier(isObjectLike)) {
                predicate = "be " + lowerAscii(p_.words[verb].text) + " " + takenPreposition;
                base = 0.55f;
            }
        } else if (objWord >= 0) {
            c.object = outsideClause(readArgument(p_, objIndex), relWords);
            if (c.object.kind == MentionKind::Quantity) {
                Argument quantity = c.object;
                if (takeModifier(isObjectLike)) {
                    c.modifiers.push_back(Modifier{"", quantity, Modifier::Role::Quantity});
                    base = 0.6f;
                }
            }
            if (chain.adjective >= 0 && c.object.valid())
                base = 0.6f;
        } else if (chain.adjective >= 0) {
            predicate = verbLemma + " " + lower(static_cast<WordIndex>(chain.adjective));
            surface = p_.words[verb].text + " " + p_.words[chain.adjective].text;
            std::vector<Modifier> adjMods =
                modifiersOf(static_cast<WordIndex>(chain.adjective), nullptr);
            rest.insert(rest.end(), adjMods.begin(), adjMods.end());
            base = 0.6f;
            // "the skirts became longer": for CaRB the adjective is the second argument; it
            // names no entity, so the graph does not take it.
            if (!takeModifier(isObjectLike)) {
                c.object = wordArgument(static_cast<WordIndex>(chain.adjective));
                words.erase(std::remove(words.begin(), words.end(), chain.adjective), words.end());
            }
        } else {
            base = 0.65f;
            // "said without US support, Europe cannot ...": what a reporting verb says is its
            // clause, not a phrase the parse hung on it.
            if (!reportsAClause)
                takeModifier(isObjectLike);
        }
        if (!c.object.valid() && (rest.empty() || reportsAClause))
            clausalComplement(verb, c);
        if (c.complementiser >= 0)
            words.push_back(static_cast<WordIndex>(c.complementiser));
        c.kind = verbLemma == "be" && !chain.passive ? ClaimKind::Copula : ClaimKind::Action;
        if (c.kind == ClaimKind::Copula)
            base = std::min(base, 0.6f);
        c.predicate = predicate;
        c.surface = surface;
        mergeCoordinations(rest);
        c.modifiers.insert(c.modifiers.end(), rest.begin(), rest.end());
        c.relation = relationText(words);
        if (!c.object.valid())
            base *= 0.6f;
        c.confidence = confidence(c, base);
        std::vector<Claim> siblings(otherObjects.size(), c);
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            siblings[i].object = std::move(otherObjects[i]);
            siblings[i].confidence = confidence(siblings[i], base);
        }
        claims_.push_back(std::move(c));
        claimVerbs_.push_back(words);
        for (Claim& sibling : siblings) {
            claims_.push_back(std::move(sibling));
            claimVerbs_.push_back(words);
        }
        // Restore the shared pieces for the next conjunct of the object.
        predicate = particle.empty() ? verbLemma : verbLemma + " " + particle;
        surface = particle.empty() ? p_.words[verb].text : p_.words[verb].text + " " + particle;
    }
}

void Reader::clauseClaims(const Argument& subject, Chain chain, int depth) {
    // Verb coordination: "bought and sold shares" is one claim per verb.
    if (isConjunction(p_.words[chain.content]) && depth < 4) {
        for (WordIndex v : conjuncts(chain.content, "VJ")) {
            if (v == chain.content)
                continue;
            Chain sub = follow(v);
            sub.negated = sub.negated || chain.negated;
            if (sub.modality.empty())
                sub.modality = chain.modality;
            sub.words.insert(sub.words.end(), chain.words.begin(), chain.words.end() - 1);
            clauseClaims(subject, sub, depth + 1);
        }
        return;
    }
    int toWord = -1;
    int inf = depth < 4 ? infinitiveOf(chain.content, toWord) : -1;
    // "were able to reinforce": the adjective controls the infinitive.
    std::string control = lemmaOf(chain.content);
    if (inf < 0 && chain.adjective >= 0 && depth < 4) {
        inf = infinitiveOf(static_cast<WordIndex>(chain.adjective), toWord);
        control += " " + lower(static_cast<WordIndex>(chain.adjective));
    }
    if (inf >= 0 && inf != chain.content) {
        int obj = right(chain.content, "O");
        std::string particle;
        if (int k = right(chain.content, "K"); k >= 0)
            particle = " " + lower(static_cast<WordIndex>(k));
        Chain sub = follow(static_cast<WordIndex>(inf));
        sub.negated = sub.negated || chain.negated;
        if (obj >= 0 && obj < toWord) {
            // Object control: "called on European countries to increase spending" is a claim
            // about the caller and one about what the countries should do, said by the caller.
            // "expects regulators to approve" says nothing about the regulators themselves.
            if (!wn_.isAttitudeVerb(control))
                buildClaim(subject, chain, chain.words);
            Argument controlled = readArgument(p_, obj);
            if (!controlled.valid())
                return;
            sub.modality = control + particle;
            const std::size_t before = claims_.size();
            clauseClaims(controlled, sub, depth + 1);
            if (wn_.isReportingVerb(control))
                for (std::size_t i = before; i < claims_.size(); ++i)
                    if (!claims_[i].speakerArgument.valid())
                        claims_[i].speakerArgument = subject;
            return;
        }
        // A purpose clause after a verb with its own complements ("relocated to Florida to
        // become a consultant"): the verb's claim stands on its own too.
        const bool hasOwnComplement =
            std::any_of(p_.linksOfWord[chain.content].begin(), p_.linksOfWord[chain.content].end(),
                        [&](std::uint16_t li) {
                            const Link& l = p_.links[li];
                            return l.left == chain.content && l.type == "MV" && !l.sub.empty() &&
                                   l.sub[0] == 'p' && l.right < toWord;
                        });
        if (hasOwnComplement)
            buildClaim(subject, chain, chain.words);
        // Subject control: "plans to raise" is a raise claim with modality "plan to".
        std::string modality = chain.modality;
        if (!modality.empty())
            modality += " ";
        modality += control + particle + " to";
        sub.modality = sub.modality.empty() ? modality : modality + " " + sub.modality;
        sub.words.insert(sub.words.end(), chain.words.begin(), chain.words.end());
        if (toWord >= 0)
            sub.words.push_back(static_cast<WordIndex>(toWord));
        clauseClaims(subject, sub, depth + 1);
        return;
    }
    buildClaim(subject, chain, chain.words);
}

// "said that the city would sell the stadium": for CaRB the clause is the object (from "that",
// or the clause's first word, to the end of the sentence); the graph has the clause's own claims.
void Reader::clausalComplement(WordIndex verb, Claim& claim) const {
    int start = right(verb, "TH");
    if (start < 0) {
        for (std::string_view t : {"C", "CV"}) {
            int x = right(verb, t);
            if (x >= 0 && (start < 0 || x < start))
                start = x;
        }
        // The clause starts at its subject's phrase, not at the verb the C link reaches.
        if (start >= 0)
            for (WordIndex w = verb + 1; w < start; ++w)
                if (!p_.words[w].isWall && left(static_cast<WordIndex>(start), "S") == w)
                    start = w;
    }
    if (start < 0) {
        quotedComplement(verb, claim);
        return;
    }
    if (start <= verb)
        return;
    int last = static_cast<int>(p_.words.size()) - 1;
    while (last > start && (p_.words[last].isWall || isPunctuationWord(p_.words[last].text)))
        --last;
    if (last <= start)
        return;
    // "said that C": CaRB's annotators mostly put the complementiser in the relation.
    if (lower(static_cast<WordIndex>(start)) == "that" && start + 1 < last) {
        claim.complementiser = start;
        ++start;
    }
    setClausalObject(claim, static_cast<WordIndex>(start), static_cast<WordIndex>(last));
}

void Reader::setClausalObject(Claim& claim, WordIndex first, WordIndex last) const {
    Argument& o = claim.object;
    o.head = first;
    o.first = first;
    o.last = last;
    o.textLast = last;
    o.text = std::string(p_.span(o.first, o.last));
    o.name = o.text;
    claim.clausalObject = true;
}

// '"Everyone will catch up," says the analyst' and "A bomb exploded, authorities said": a
// reporting verb that ends the sentence reports what came before it.
void Reader::quotedComplement(WordIndex verb, Claim& claim) const {
    if (!wn_.isReportingVerb(lemmaOf(verb)) || !claim.subject.valid())
        return;
    const Argument& speaker = claim.subject;
    for (WordIndex w = verb + 1; w < p_.words.size(); ++w)
        if (!p_.words[w].isWall && !isPunctuationWord(p_.words[w].text) &&
            (w < speaker.first || w > speaker.last))
            return;
    int first = 1;
    int last = std::min<int>(verb, speaker.first) - 1;
    while (first < last && isPunctuationWord(p_.words[first].text))
        ++first;
    while (last > first && isPunctuationWord(p_.words[last].text))
        --last;
    if (last - first < 2)
        return;
    setClausalObject(claim, static_cast<WordIndex>(first), static_cast<WordIndex>(last));
}

void Reader::nominals() {
    auto add = [&](Argument subject, std::string relation, Argument object, float base) {
        if (!subject.valid() || !object.valid() || subject.last < subject.first ||
            subject.name == object.name)
            return;
        Claim c;
        c.kind = ClaimKind::Nominal;
        c.subject = std::move(subject);
        c.object = std::move(object);
        c.relation = std::move(relation);
        c.predicate = c.relation;
        c.confidence = confidence(c, base);
        claims_.push_back(std::move(c));
        claimVerbs_.emplace_back();
    };
    for (const Link& link : p_.links) {
        if (link.type == "YS" || link.type == "YP") {
            // possessor -Y- 's -D- possessed
            const int possessed = right(link.right, "D");
            if (possessed < 0)
                continue;
            Argument owned = readArgument(p_, possessed);
            if (owned.valid() && owned.first <= link.right) {
                owned.first = static_cast<WordIndex>(link.right + 1);
                owned.text = std::string(p_.span(owned.first, owned.textLast));
            }
            add(readArgument(p_, link.left), "has", owned, 0.15f);
        } else if (link.type == "A" &&
                   std::isalpha(static_cast<unsigned char>(p_.words[link.left].text.front())) &&
                   !isDeterminingAdjective(lower(link.left))) {
            // "a gaping loophole": the loophole is gaping.
            Argument noun = readArgument(p_, link.right);
            if (!noun.valid() || link.left < noun.first || link.left > noun.last)
                continue;
            const Argument quality = wordArgument(link.left);
            // The noun's phrase as written, without the adjective.
            noun.text.clear();
            if (link.left > noun.first)
                noun.text = std::string(p_.span(noun.first, link.left - 1));
            if (link.left < noun.textLast)
                noun.text += (noun.text.empty() ? "" : " ") +
                             std::string(p_.span(link.left + 1, noun.textLast));
            add(noun, std::string(kCarbBe), quality, 0.04f);
        } else if (link.type == "M" && !link.sub.empty() &&
                   (link.sub[0] == 'p' || link.sub[0] == 'f') && left(link.right, "MV") < 0 &&
                   !isConjunction(p_.words[link.right])) {
            int obj = right(link.right, "J");
            if (obj < 0)
                continue;
            Argument noun = readArgument(p_, link.left);
            if (!noun.valid() || link.right == 0)
                continue;
            noun.last = static_cast<WordIndex>(link.right - 1);
            while (noun.last > noun.first && isPunctuationWord(p_.words[noun.last].text))
                --noun.last;
            noun.textLast = noun.last;
            noun.text = std::string(p_.span(noun.first, noun.last));
            add(noun, std::string(kCarbBe) + " " + lower(link.right), readArgument(p_, obj), 0.12f);
        }
    }
}

// "praised Germany for its plan to raise spending to 3.5 percent by 2029": the parse often hangs
// "to 3.5 percent" and "by 2029" on "praised", across the infinitive. English attaches a phrase
// to the nearest verb that can take it (late closure), so a preposition after a noun's
// infinitive goes to that infinitive.
void Reader::findLateModifiers() {
    std::vector<WordIndex> infinitives;
    for (const Link& link : p_.links)
        if (link.type == "TO" && !link.sub.empty() && link.sub[0] == 'n')
            if (int inf = right(link.right, "I"); inf >= 0)
                infinitives.push_back(static_cast<WordIndex>(inf));
    for (const Link& link : p_.links) {
        if (link.type != "MV" || link.sub.empty() || link.sub[0] != 'p')
            continue;
        for (WordIndex inf : infinitives)
            if (link.left < inf && inf < link.right)
                lateModifiers_[link.right] = inf; // the nearest: later infinitives overwrite
    }
}

WordIndex Reader::modifierOwner(const Link& mv) const {
    auto it = lateModifiers_.find(mv.right);
    return it == lateModifiers_.end() ? mv.left : it->second;
}

// Who owns a noun: "its plan" (the pronoun, resolved later), "Germany's plan" (Germany), or -1.
int Reader::possessorOf(WordIndex noun) const {
    int d = left(noun, "D");
    if (d < 0)
        return -1;
    if (isPersonalPronoun(lower(static_cast<WordIndex>(d))))
        return d;
    for (std::string_view t : {"YS", "YP"})
        if (int owner = left(static_cast<WordIndex>(d), t); owner >= 0)
            return owner;
    return -1;
}

// "its plan to raise spending", "the ministry's decision to close hospitals": a noun of intent
// with an infinitive says its owner will do it, with the noun as the modality ("plan to"). The
// owner is the possessor, or else the subject of the verb the noun is the object of ("the
// ministry announced a plan to close ..."). Without an owner there is no claim: "a plan to
// close hospitals" alone says nobody will.
void Reader::nounInfinitives() {
    const std::size_t mainClaims = claims_.size();
    for (const Link& link : p_.links) {
        if (link.type != "TO" || link.sub.empty() || link.sub[0] != 'n')
            continue;
        const WordIndex noun = link.left;
        int inf = right(noun, "IV");
        if (inf < 0)
            inf = right(link.right, "I");
        if (inf < 0)
            continue;
        Argument owner;
        if (int who = possessorOf(noun); who >= 0)
            owner = readArgument(p_, who);
        for (std::size_t i = 0; i < mainClaims && !owner.valid(); ++i)
            if (claims_[i].object.head == noun && !claims_[i].passive &&
                claims_[i].kind == ClaimKind::Action)
                owner = claims_[i].subject;
        if (!owner.valid())
            continue;
        Chain chain = follow(static_cast<WordIndex>(inf));
        const std::string intent = wn_.nounLemma(lower(noun)) + " to";
        chain.modality = chain.modality.empty() ? intent : intent + " " + chain.modality;
        chain.words.push_back(noun);
        chain.words.push_back(link.right);
        clauseClaims(owner, chain, 1);
    }
}

// "A bomb exploded at the hall, killing eight people": a participle clause hung on a verb
// (MVg) has that verb's subject.
void Reader::adverbialParticiples() {
    const std::size_t mainClaims = claims_.size();
    for (const Link& link : p_.links) {
        if (link.type != "MV" || link.sub.empty() || link.sub[0] != 'g')
            continue;
        for (std::size_t i = 0; i < mainClaims; ++i) {
            const auto& verbs = claimVerbs_[i];
            if (std::find(verbs.begin(), verbs.end(), link.left) == verbs.end() ||
                !claims_[i].subject.valid())
                continue;
            const Argument subject = claims_[i].subject;
            clauseClaims(subject, follow(link.right), 1);
            break;
        }
    }
}

void Reader::appositions() {
    for (const Link& link : p_.links) {
        if (link.type != "MX" || link.sub.find('r') != std::string::npos)
            continue;
        Argument subject = readArgument(p_, link.left);
        Argument object = readArgument(p_, link.right);
        const std::string& sub = p_.words[link.right].subscript;
        if (!subject.valid() || !object.valid() || object.kind == MentionKind::Pronoun ||
            subject.kind == MentionKind::Quantity ||
            (!sub.empty() && (sub[0] == 'g' || sub[0] == 'v')))
            continue;
        Claim c;
        c.kind = ClaimKind::Apposition;
        c.subject = subject;
        c.object = object;
        c.predicate = "be";
        c.relation = kCarbBe;
        c.confidence = confidence(c, 0.6f);
        claims_.push_back(std::move(c));
        claimVerbs_.emplace_back();
    }
}

void Reader::titles() {
    std::vector<int> seen;
    // New claims go to their own vector: appending to claims_ while holding pointers into it
    // would leave them dangling when it grows.
    std::vector<Claim> found;
    for (std::size_t i = 0; i < claims_.size(); ++i)
        for (const Argument* a : {&claims_[i].subject, &claims_[i].object}) {
            if (claims_[i].kind == ClaimKind::Nominal)
                break;
            if (a->title.empty() || !a->valid() ||
                std::find(seen.begin(), seen.end(), a->head) != seen.end())
                continue;
            seen.push_back(a->head);
            Claim c;
            c.kind = ClaimKind::Title;
            c.subject = *a;
            c.subject.text = a->name; // the title claim is about the person, not the phrase
            c.object.head = a->head;
            c.object.name = a->title;
            c.object.text = a->title;
            c.object.kind = MentionKind::Common;
            c.object.first = a->first;
            c.object.last = a->first;
            c.object.textLast = a->first;
            c.predicate = "has title";
            c.relation = kCarbBe;
            c.confidence = confidence(c, 0.85f);
            found.push_back(std::move(c));
        }
    for (Claim& c : found) {
        claims_.push_back(std::move(c));
        claimVerbs_.emplace_back();
    }
}

// "X said that C" and '"C," X said': the claims of C carry X as their speaker.
void Reader::attribute() {
    // Which claim owns each verb word, to find the speaker of a governing verb.
    std::map<WordIndex, std::size_t> ownerOfVerb;
    for (std::size_t i = 0; i < claims_.size(); ++i)
        for (WordIndex w : claimVerbs_[i])
            ownerOfVerb.emplace(w, i);
    auto speakerOfVerb = [&](WordIndex verb) -> const Argument* {
        auto it = ownerOfVerb.find(verb);
        if (it != ownerOfVerb.end() && claims_[it->second].subject.valid())
            return &claims_[it->second].subject;
        return nullptr;
    };
    for (std::size_t i = 0; i < claims_.size(); ++i) {
        Claim& c = claims_[i];
        if (c.speakerArgument.valid())
            continue;
        for (WordIndex w : claimVerbs_[i]) {
            int gov = -1;
            for (std::string_view t : {"CV", "C"}) {
                int x = left(w, t);
                if (x < 0)
                    continue;
                gov = left(static_cast<WordIndex>(x), "TH");
                if (gov < 0)
                    gov = x;
                break;
            }
            if (gov >= 0 && ownerOfVerb.count(static_cast<WordIndex>(gov)) &&
                ownerOfVerb[static_cast<WordIndex>(gov)] != i &&
                wn_.isReportingVerb(lemmaOf(static_cast<WordIndex>(gov))))
                if (const Argument* s = speakerOfVerb(static_cast<WordIndex>(gov))) {
                    c.speakerArgument = *s;
                    break;
                }
        }
    }
    // Quotation verbs ("said.q"): every other claim of the sentence is the speaker's.
    for (std::size_t q = 0; q < claims_.size(); ++q) {
        bool quoting = false;
        for (WordIndex w : claimVerbs_[q])
            quoting =
                quoting || (!p_.words[w].subscript.empty() && p_.words[w].subscript[0] == 'q');
        if (!quoting || !claims_[q].subject.valid())
            continue;
        claims_[q].reporting = true;
        for (std::size_t i = 0; i < claims_.size(); ++i)
            if (i != q && !claims_[i].speakerArgument.valid() &&
                claims_[i].subject.head != claims_[q].subject.head)
                claims_[i].speakerArgument = claims_[q].subject;
    }
}

std::vector<Claim> Reader::run() {
    for (WordIndex w = 1; w < p_.words.size(); ++w) {
        if (p_.words[w].isWall || p_.words[w].unlinked)
            continue;
        int s = subjectOf(w);
        if (s < 0)
            continue;
        Chain chain = follow(w);
        const std::vector<WordIndex> subjects = conjuncts(static_cast<WordIndex>(s), "SJ");
        if (Argument whole = coordinationInObject(subjects); whole.valid()) {
            clauseClaims(whole, chain, 0);
            continue;
        }
        for (WordIndex subj : subjects) {
            Argument subject = readArgument(p_, subj);
            if (subject.head < 0)
                continue;
            clauseClaims(subject, chain, 0);
        }
    }
    // Participle modifiers: "troops stationed in Germany" says the troops are stationed there.
    // Present participles likewise: "companies making cars" make cars.
    // Set off by commas the parse links them with MX ("the album, released in 2000").
    for (const Link& link : p_.links) {
        const std::string& form = p_.words[link.right].subscript;
        char participle = 0;
        if (link.type == "M" && !link.sub.empty())
            participle = link.sub[0];
        else if (link.type == "MX" && !form.empty())
            participle = form[0];
        if (participle != 'v' && participle != 'g')
            continue;
        Chain chain;
        chain.content = link.right;
        chain.words.push_back(link.right);
        chain.passive = participle == 'v';
        const std::size_t before = claims_.size();
        // "Boyer and Swanson, headed for Wall Street": each conjunct.
        const std::vector<WordIndex> nouns = conjuncts(link.left, "SJ");
        if (Argument whole = coordinationInObject(nouns); whole.valid())
            buildClaim(whole, chain, chain.words);
        else
            for (WordIndex noun : nouns)
                if (Argument subject = readArgument(p_, noun); subject.valid())
                    buildClaim(subject, chain, chain.words);
        // The relation as a reader states it: "the album, released in 2000" → be released in.
        for (std::size_t i = before; i < claims_.size(); ++i)
            claims_[i].relation = std::string(kCarbBe) + " " + claims_[i].relation;
    }
    nounInfinitives();
    adverbialParticiples();
    appositions();
    nominals();
    attribute();
    titles();
    return std::move(claims_);
}

} // namespace

std::string Modifier::text() const {
    if (preposition.empty())
        return argument.text;
    return preposition + " " + argument.text;
}

std::vector<Claim> readClaims(const ParsedSentence& parse) {
    return Reader(parse).run();
}

} // namespace kg::extract
