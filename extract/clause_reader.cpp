#include "extract/clause_reader.h"

#include "extract/clause_reader_parts.h"
#include "extract/mention_rules.h"
#include "extract/quote_marks.h"

#include <cctype>
#include <cmath>

namespace kg::extract::reading {

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
    if (isContractedNegation(lower(w)))
        chain.negated = true;
    int n = right(w, "N");
    if (n >= 0) {
        chain.negated = true;
        chain.words.push_back(static_cast<WordIndex>(n));
    }
    // "was not a member": the copula's own "not".
    for (WordIndex e : p_.partners(w, "EB", true))
        if (const std::string l = lower(e); l == "not" || l == "never") {
            chain.negated = true;
            chain.words.push_back(e);
        }
    for (bool toRight : {false, true})
        for (WordIndex e : p_.partners(w, "E", toRight)) {
            std::string l = lower(e);
            // "does not cause" read with "not" on the content verb; "not only" adds, not denies.
            const bool denyingNot = l == "not" && (e + 1u >= p_.words.size() ||
                                                   lower(static_cast<WordIndex>(e + 1)) != "only");
            // "no longer" is one adverb the dictionary links through "longer".
            const bool noLonger = l == "longer" && e > 0 && lower(e - 1) == "no";
            if (noLonger)
                chain.words.push_back(static_cast<WordIndex>(e - 1));
            // "is neither seeking a seat nor does she want …": the parse may hang "neither" on
            // the first verb alone, "nor" and its clause skipped.
            if (l == "never" || l == "no longer" || l == "neither" || noLonger || denyingNot) {
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
        // Adverbs before the verb belong to the relation as written ("is also known"); a hedge
        // ("reportedly sold") is its modality.
        for (WordIndex e : p_.partners(cur, "E", false)) {
            if (p_.words[e].subscript.starts_with('q'))
                continue; // "the bank, the governor said, will cut": the speaker's verb
            chain.words.push_back(e);
            if (const std::string adverb = lower(e); isHedge(adverb))
                appendWord(chain.modality, adverb);
        }
        std::string l = uncontracted(lower(cur));
        // "we'd sell": before a bare infinitive "'d" is "would" (before a participle, "had").
        if (l == "'d" && right(cur, "I") >= 0)
            l = "would";
        if (isModal(l))
            appendWord(chain.modality, l);
        int next = right(cur, "I");
        if (next >= 0 && next == bareInfinitiveAfterObject(cur))
            next = -1; // "made prices rise": prices rise, not the maker
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
                if (const std::string verb = lemmaOf(cur); verb != "be" && !isBeContraction(cur)) {
                    appendWord(chain.modality, verb);
                    // "denied polluting the river", "stopped lending": it did not happen.
                    chain.negated = chain.negated || deniesItsGerund(verb);
                }
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
    if (inf < 0 && toWord < 0) {
        inf = bareInfinitiveAfterObject(verb);
        toWord = inf; // the object comes before it, as before a "to"
    }
    // "want the alliance to be stronger": the parse hangs the infinitive on the object; after a
    // verb of wanting it is the object's act all the same when the object is a particular thing
    // ("wants more time to be sure" keeps the infinitive for the wanter).
    if (const int obj = right(verb, "O"); inf < 0 && obj >= 0 &&
                                          wn_.isAttitudeVerb(lemmaOf(verb)) &&
                                          isParticular(static_cast<WordIndex>(obj)))
        if (const int to = right(static_cast<WordIndex>(obj), "TO"); to >= 0) {
            toWord = to;
            inf = right(static_cast<WordIndex>(to), "I");
        }
    return inf;
}

// A noun that names one particular thing: a name, or a noun after a definite determiner.
bool Reader::isParticular(WordIndex noun) const {
    if (isCapitalised(p_.words[noun].text))
        return true;
    const int d = left(noun, "D");
    if (d < 0)
        return false;
    const std::string det = lower(static_cast<WordIndex>(d));
    return det == "the" || det == "this" || det == "that" || isPossessivePronoun(det);
}

// The bare infinitive after a verb's object ("made prices rise", "saw them leave", and a
// reporting verb's clause read that way: "saying such steps strengthen NATO"), or -1.
int Reader::bareInfinitiveAfterObject(WordIndex verb) const {
    const int inf = right(verb, "I");
    const int obj = right(verb, "O");
    return obj >= 0 && inf > obj ? inf : -1;
}

// The noun a relative pronoun stands for ("the minister, who visited ..."), or -1.
int Reader::antecedentOf(WordIndex pronoun) const {
    for (std::string_view t : {"MX", "M", "R"}) {
        int noun = left(pronoun, t);
        if (noun >= 0 && !p_.words[noun].isWall)
            return lower(pronoun).starts_with("who") ? personBehindOf(noun) : noun;
    }
    return describedBeforeComma(pronoun);
}

// "the package of sanctions, which includes ...": the parse may read a relative after a comma as
// a clause of its own (the comma's Ws link). "which" then stands for the noun phrase before the
// comma, but only when its clause describes a thing: it has, holds or includes something, or is
// somewhere ("which is at 4.3%"). After an act "which" as often stands for the whole clause
// ("raised taxes, which angered voters"; "which is unusual").
int Reader::describedBeforeComma(WordIndex pronoun) const {
    const Link* opening = p_.linkTo(pronoun, "W", false);
    const int comma = opening != nullptr && opening->sub.starts_with('s') ? opening->left : -1;
    if (lower(pronoun) != "which" || comma < 2 || lower(static_cast<WordIndex>(comma)) != ",")
        return -1;
    const int verb = right(pronoun, "S");
    if (verb < 0)
        return -1;
    const std::string lemma = lemmaOf(static_cast<WordIndex>(verb));
    const bool describes = lemma == "have" || lemma == "hold" || lemma == "include" ||
                           lemma == "contain" || lemma == "comprise" || lemma == "own" ||
                           isAtAPlace(static_cast<WordIndex>(verb));
    const auto before = static_cast<WordIndex>(comma - 1);
    const std::string& subscript = p_.words[before].subscript;
    if (!describes || p_.words[before].unlinked ||
        !(subscript.starts_with('n') ||
          (subscript.empty() && isCapitalised(p_.words[before].text))))
        return -1;
    // "the 18th package of sanctions": the phrase's head, above its prepositional phrases.
    return headAbovePrepositions(before);
}

// "is at 4.3%", "is in Brussels": a form of "be" with a prepositional phrase as its complement.
bool Reader::isAtAPlace(WordIndex verb) const {
    const Link* complement = p_.linkTo(verb, "P", true);
    return lemmaOf(verb) == "be" && complement != nullptr && complement->sub.starts_with('p');
}

// The noun whose prepositional phrases end in `noun` ("leader" for "leader of the Farmers' Union
// in Norway"), or `noun` itself.
int Reader::headAbovePrepositions(int noun) const {
    for (int depth = 0; depth < 4; ++depth) {
        const int preposition = left(static_cast<WordIndex>(noun), "J");
        const int owner = preposition >= 0 ? left(static_cast<WordIndex>(preposition), "M") : -1;
        if (owner < 0)
            break;
        noun = owner;
    }
    return noun;
}

// "Weber, leader of the Farmers' Union in Norway, who voiced ...": "who" speaks of a person, so a
// noun it follows inside prepositional phrases gives way to the noun they belong to, and a
// description set beside a name gives way to the name.
int Reader::personBehindOf(int noun) const {
    noun = headAbovePrepositions(noun);
    const int named = left(static_cast<WordIndex>(noun), "MX");
    return named >= 0 && !p_.words[named].isWall ? named : noun;
}

int Reader::subjectOf(WordIndex finite) const {
    int s = left(finite, "S");
    if (s < 0)
        s = right(finite, "SI"); // inverted: "said Rutte"
    if (s < 0)
        s = left(finite, "RS"); // subject relative: "the members who remained"
    if (s < 0)
        return -1;
    if (isRelativeWord(p_.words[s].text))
        return antecedentOf(static_cast<WordIndex>(s));
    return s;
}

// 's' or 'p': the number a verb coordinated by `conjunction` agrees with ("VJrs"), or 0.
char Reader::numberOfConjunct(WordIndex conjunction, WordIndex verb) const {
    for (std::uint16_t li : p_.linksOfWord[verb]) {
        const Link& l = p_.links[li];
        if (l.type == "VJ" && (l.left == conjunction || l.right == conjunction) &&
            l.sub.size() >= 2 && (l.sub[1] == 's' || l.sub[1] == 'p'))
            return l.sub[1];
    }
    return 0;
}

// The finite verb of the sentence's own clause: the wall's WV link, or, when the wall links the
// subject instead ("He praised …" is Wd then S), that subject's verb. -1 when neither is there.
int Reader::mainVerb() const {
    if (const int v = right(0, "WV"); v >= 0)
        return v;
    const int subject = right(0, "Wd");
    return subject >= 0 ? right(static_cast<WordIndex>(subject), "S") : -1;
}

// A description between quotation marks: "'an unfriendly attack,'".
bool Reader::isQuotedDescription(const Argument& a) const {
    if (!a.valid() || a.kind != MentionKind::Common || a.first == 0 ||
        !isQuoteMark(p_.words[a.first - 1].text))
        return false;
    for (std::size_t w = a.textLast + 1u; w <= a.textLast + 2u && w < p_.words.size(); ++w)
        if (isQuoteMark(p_.words[w].text))
            return true;
    return false;
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
        if (isRelativeWord(p_.words[b].text))
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
    while (last > a.head &&
           (isPunctuation(p_.words[last].text) || isRelativeWord(p_.words[last].text)))
        --last;
    a.textLast = static_cast<WordIndex>(last);
    a.last = std::min(a.last, a.textLast);
    a.text = std::string(p_.span(a.first, a.textLast));
    return a;
}

// Whether "SUBJECT be ADJECTIVE" states a property of the subject worth a fact: the copula has
// the subject as its own (a subject reached through an infinitive or a coordination, "want to
// see more data to be sure", is a guess), the subject names something ("it is clear", "this is
// important" point at nothing), and the dictionary reads the word as a plain adjective, not a
// comparison that has lost what it compares with ("prices are higher"), nor one that picks out
// rather than describes ("is first").
bool Reader::predicateAdjective(const Argument& subject, const Chain& chain) const {
    if (!subject.valid() || !subject.entity || subject.kind == MentionKind::Quantity ||
        chain.words.empty() || subjectOf(chain.words.front()) != subject.head)
        return false;
    const std::string s = lowerAscii(subject.text);
    if (s == "it" || s == "this" || s == "that" || s == "there" || s == "these" || s == "those" ||
        s == "what" || s == "which")
        return false;
    const auto adjective = static_cast<WordIndex>(chain.adjective);
    const std::string& sub = p_.words[adjective].subscript;
    const std::string word = lower(adjective);
    if (!sub.starts_with('a') || sub.starts_with("a-c") || sub.starts_with("a-s") ||
        isDeterminingAdjective(word))
        return false;
    if (word.empty() || !std::isalpha(static_cast<unsigned char>(word.front())))
        return false;
    // A verb between subject and copula ("NATO remains committed to ensuring any deal is
    // durable" linked NATO -S- is), or a phrase after the adjective that the parse left out of
    // it ("they are still not part of the talks"), shows the parse did not read the clause.
    for (int w = subject.textLast + 1; w < chain.words.front(); ++w)
        if (const char form = p_.words[w].subscript.empty() ? 0 : p_.words[w].subscript[0];
            form == 'v' || form == 'g' || form == 'q')
            return false;
    if (adjective + 1u >= p_.words.size())
        return true;
    const Word& next = p_.words[adjective + 1];
    return next.isWall || isPunctuation(next.text) || isCoordinator(next.text) ||
           next.subscript.starts_with('p');
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

// "about 300 teachers", "more than 300 teachers": a comparator the parse links to the phrase's
// number (EN) opens it.
bool Reader::hasComparator(const Argument& a) const {
    for (int w = a.first; w < a.head; ++w)
        if (p_.partner(static_cast<WordIndex>(w), "EN", true) >= 0)
            return true;
    return false;
}

// "out of", "because of": the dictionary reads such a pair as one word and joins its parts by
// an idiom link, whose label has no type of its own ("_IBHE").
bool Reader::isIdiomPart(WordIndex part, WordIndex head) const {
    return std::any_of(
        p_.linksOfWord[part].begin(), p_.linksOfWord[part].end(), [&](std::uint16_t li) {
            const Link& l = p_.links[li];
            return l.left == part && l.right == head && l.type.empty() && l.sub.starts_with("_I");
        });
}

// "took place in Portland": the verb's object is one noun right after it, with no determiner
// or modifier of its own, that the lexicon lists with the verb as one verb, and a phrase other
// than a time follows to be the fact's object. Without one ("took effect on May 20") the noun
// stays the object: a fact needs one.
bool Reader::isIdiomNounOf(WordIndex verb, const std::string& verbLemma, WordIndex noun) const {
    if (noun != verb + 1u || !p_.words[noun].subscript.starts_with('n'))
        return false;
    for (std::uint16_t li : p_.linksOfWord[noun])
        if (const Link& l = p_.links[li]; l.right == noun && l.left != verb)
            return false;
    if (wn_.firstVerbSynset(verbLemma + " " + lower(noun)).empty())
        return false;
    for (WordIndex prep : p_.partners(verb, "MV", true))
        if (const int object = right(prep, "J");
            object >= 0 && prep > noun && readArgument(p_, object).typeHint != "Date")
            return true;
    return false;
}

void Reader::buildClaim(const Argument& subject, const Chain& chain,
                        std::vector<WordIndex> relWords) {
    const WordIndex verb = chain.content;
    const std::string& verbText = p_.words[verb].text;
    // The parse took a symbol for a verb; "'m" and "'re" are verbs.
    if (const std::string spelled = uncontracted(lower(verb));
        spelled.empty() || !std::isalpha(static_cast<unsigned char>(spelled.front())))
        return;
    // "take over": the dictionary joins some phrasal verbs as an idiom whose last word carries
    // the links; the verb is the whole idiom.
    int idiom = -1;
    for (std::uint16_t li : p_.linksOfWord[verb])
        if (const Link& l = p_.links[li];
            l.right == verb && l.left < verb && (l.type + l.sub).starts_with("_I"))
            idiom = l.left;
    const std::string verbLemma =
        idiom >= 0 ? lemmaOf(static_cast<WordIndex>(idiom)) + " " + lower(verb) : lemmaOf(verb);
    const std::string written =
        idiom >= 0 ? std::string(p_.span(static_cast<WordIndex>(idiom), verb)) : verbText;
    if (idiom >= 0)
        relWords.push_back(static_cast<WordIndex>(idiom));
    std::string particle;
    int k = right(verb, "K");
    if (k < 0 && verb + 1u < p_.words.size() && isParticleReadAsAdjective(p_, verb + 1))
        k = verb + 1;
    if (k >= 0) {
        particle = lower(static_cast<WordIndex>(k));
        relWords.push_back(static_cast<WordIndex>(k));
    }
    int objWord = right(verb, "O");
    const std::string objectWord = objWord >= 0 ? lower(static_cast<WordIndex>(objWord)) : "";
    if (objectWord == "that")
        objWord = -1;
    // "spent not more than 5 million euros": the parse takes "not" for the object and hangs
    // "more than" on the verb. The object is what "than" takes, counted from "not" on.
    int comparatorFirst = -1;
    if (objectWord == "not")
        for (WordIndex than : p_.partners(verb, "MV", true))
            if (lower(than) == "than")
                for (std::string_view t : {"O", "J"})
                    if (const int measured = right(than, t); measured >= 0 && comparatorFirst < 0) {
                        comparatorFirst = objWord;
                        objWord = measured;
                    }
    // "took place in Portland", "took part in the final": the verb and its noun are the
    // predicate.
    if (objWord >= 0 && particle.empty() &&
        isIdiomNounOf(verb, verbLemma, static_cast<WordIndex>(objWord))) {
        particle = lower(static_cast<WordIndex>(objWord));
        relWords.push_back(static_cast<WordIndex>(objWord));
        objWord = -1;
    }
    std::string predicate = particle.empty() ? verbLemma : verbLemma + " " + particle;
    std::string surface = particle.empty() ? written : written + " " + particle;
    if (objWord < 0 && !chain.passive)
        objWord = relativeObjectOf(chain);
    if (objWord < 0) // "refunds money and loses revenue and prestige": and -O- and
        for (bool toRight : {false, true})
            for (WordIndex c : p_.partners(verb, "VJ", toRight))
                if (objWord < 0 && isConjunction(p_.words[c]))
                    objWord = right(c, "O");
    std::vector<WordIndex> objects;
    // "met neither the mayor nor the governor"
    const bool objectsDenied = objWord >= 0 && lower(static_cast<WordIndex>(objWord)) == "nor";
    if (objWord >= 0)
        objects = conjuncts(static_cast<WordIndex>(objWord), "SJ");
    // "places importance on readiness, unity and support": whether the list goes on with the
    // verb's object or with its preposition's is the parse's guess; the list as one object is
    // true either way.
    const Argument wholeObject = coordinationInObject(objects, true);
    if (wholeObject.valid())
        objects.resize(1);
    if (objects.empty())
        objects.push_back(0); // no object: one claim without it
    const Argument firstObject = objWord >= 0 ? readArgument(p_, objects.front()) : Argument{};
    std::vector<Modifier> mods = modifiersOf(verb, objWord >= 0 ? &firstObject : nullptr, &subject);
    // "gave the club a grant", "called the plan a disaster": the verb's other object.
    bool objectsInDoubt = false;
    for (WordIndex other : p_.partners(verb, "O", true))
        if (objWord >= 0 && other != objWord) {
            if (Modifier m{"", readArgument(p_, other)}; m.argument.valid())
                mods.insert(mods.begin(), std::move(m));
            // "sent a signal of support to the city, its mayor and the region" read as "sent [a
            // signal ...] [the region]": whom a thing goes to rarely takes a phrase of its own,
            // so a first object that does shows the parse split one object in two.
            const auto nearer = std::min<WordIndex>(other, static_cast<WordIndex>(objWord));
            for (WordIndex conjunct : conjuncts(nearer, "SJ"))
                objectsInDoubt = objectsInDoubt || right(conjunct, "M") >= 0;
        }
    const bool reportsAClause =
        wn_.isReportingVerb(verbLemma) &&
        (right(verb, "TH") >= 0 || right(verb, "C") >= 0 || right(verb, "CV") >= 0);

    for (WordIndex objIndex : objects) {
        Claim c;
        c.subject = outsideClause(subject, relWords);
        c.negated = chain.negated || deniesArgument(c.subject) || objectsDenied;
        c.asserted = !objectsInDoubt;
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
            return !m.opener &&
                   (m.role == Modifier::Role::Other || m.role == Modifier::Role::Place);
        };
        if (chain.passive) {
            const bool agent = takeModifier(
                [](const Modifier& m) {
                    return m.preposition == "by" && m.role != Modifier::Role::Time && !m.opener;
                },
                false);
            const int complement = objWord >= 0 ? objWord : right(verb, "TI");
            if (agent) {
                base = 0.7f;
            } else if (complement >= 0) {
                // "was elected mayor", "was named chief executive": what the subject was made.
                c.object = readArgument(p_, static_cast<WordIndex>(complement));
                predicate = "be " + lowerAscii(p_.words[verb].text);
                base = 0.55f;
            } else if (takeModifier(isObjectLike)) {
                predicate = "be " + lowerAscii(p_.words[verb].text) + " " + takenPreposition;
                base = 0.55f;
            }
        } else if (objWord >= 0) {
            c.object = outsideClause(wholeObject.valid() ? wholeObject : readArgument(p_, objIndex),
                                     relWords);
            if (comparatorFirst >= 0 && c.object.valid()) {
                c.object.first = static_cast<WordIndex>(comparatorFirst);
                c.object.text = std::string(p_.span(c.object.first, c.object.textLast));
                if (c.object.kind == MentionKind::Quantity) // a measure keeps its comparator
                    c.object.name = std::string(p_.span(c.object.first, c.object.last));
            }
            // "has opposed sanctions" read as "has" and the noun phrase "opposed sanctions": a
            // perfect the parse took for a possession.
            if (verbLemma == "have" && c.object.valid() && c.object.first < c.object.head &&
                p_.words[c.object.first].subscript.starts_with('v') &&
                lowerAscii(c.object.name).starts_with(lower(c.object.first) + " ")) {
                const WordIndex participle = c.object.first;
                predicate = lemmaOf(participle);
                surface = p_.words[verb].text + " " + p_.words[participle].text;
                words.push_back(participle);
                c.object.name.erase(0, p_.words[participle].text.size() + 1);
                c.object.first = static_cast<WordIndex>(participle + 1);
                c.object.text = std::string(p_.span(c.object.first, c.object.textLast));
            }
            // "will not resign [following] the loss": an object reached across a word the
            // parse skipped is a guess, not a reading.
            for (int w = verb + 1; w < c.object.first; ++w)
                if (p_.words[w].unlinked)
                    c.asserted = false;
            if (c.object.kind == MentionKind::Quantity) {
                Argument quantity = c.object;
                if (takeModifier(isObjectLike)) {
                    c.modifiers.push_back(Modifier{"", quantity, Modifier::Role::Quantity});
                    base = 0.6f;
                }
            } else if (c.object.text.size() > c.object.name.size() &&
                       (hasComparator(c.object) || comparatorFirst >= 0)) {
                // "hired about 300 teachers": the teachers, counted.
                c.modifiers.push_back(Modifier{"", c.object, Modifier::Role::Quantity});
            }
            if (chain.adjective >= 0 && c.object.valid())
                base = 0.6f;
        } else if (chain.adjective >= 0) {
            predicate = verbLemma + " " + lower(static_cast<WordIndex>(chain.adjective));
            surface = written + " " + p_.words[chain.adjective].text;
            std::vector<Modifier> adjMods =
                modifiersOf(static_cast<WordIndex>(chain.adjective), nullptr);
            rest.insert(rest.end(), adjMods.begin(), adjMods.end());
            base = 0.6f;
            // "the skirts became longer": for CaRB the adjective is the second argument. In the
            // graph "the coach is confident" is the coach *be* confident, a state the text
            // gives its subject, when the adjective describes (see predicateAdjective).
            if (!takeModifier(isObjectLike)) {
                c.object = wordArgument(static_cast<WordIndex>(chain.adjective));
                if (predicateAdjective(subject, chain)) {
                    c.object.entity = true;
                    c.object.name = lower(static_cast<WordIndex>(chain.adjective));
                    predicate = verbLemma;
                }
                words.erase(std::remove(words.begin(), words.end(), chain.adjective), words.end());
            }
        } else {
            base = 0.65f;
            auto approximate = std::find_if(rest.begin(), rest.end(), [&](const Modifier& m) {
                return isApproximator(m.preposition) && m.prepositionLast >= 0 &&
                       m.prepositionLast + 1u < p_.words.size() &&
                       isNumberWord(p_.words[m.prepositionLast + 1]);
            });
            auto measure = std::find_if(rest.begin(), rest.end(), [](const Modifier& m) {
                return m.role == Modifier::Role::Quantity && m.preposition.empty();
            });
            const Link* onPreposition = p_.linkTo(verb, "P", true);
            const int prepositionObject =
                onPreposition != nullptr && onPreposition->sub.starts_with('p')
                    ? right(onPreposition->right, "J")
                    : -1;
            if (prepositionObject >= 0 && !reportsAClause) {
                // "is against the deal", "remains in talks with": a copula whose predicate is a
                // prepositional phrase.
                const WordIndex prep = onPreposition->right;
                c.object = readArgument(p_, static_cast<WordIndex>(prepositionObject));
                // "is out of the question": the dictionary joins "out of" into one preposition
                // by an idiom link (untyped, "_I..."), and without "out" the predicate says
                // another thing.
                if (prep > 0 && isIdiomPart(static_cast<WordIndex>(prep - 1), prep)) {
                    const auto part = static_cast<WordIndex>(prep - 1);
                    predicate += " " + lower(part);
                    surface += " " + p_.words[part].text;
                    words.push_back(part);
                }
                predicate += " " + lower(prep);
                surface += " " + p_.words[prep].text;
                words.push_back(prep);
            } else if (approximate != rest.end()) {
                // "sent about 100,000 troops": the parse took "about" for a preposition.
                c.object = approximate->argument;
                c.modifiers.push_back(
                    Modifier{"",
                             wordsArgument(static_cast<WordIndex>(approximate->prepositionFirst),
                                           static_cast<WordIndex>(approximate->argument.last)),
                             Modifier::Role::Quantity});
                rest.erase(approximate);
            } else if (measure != rest.end()) {
                // "shares fell 17 percent": the measure is all the verb has; the graph needs an
                // object, and the measure stays the quantity.
                c.object = measure->argument;
            } else if (isSpeechVerb(verbLemma) && !reportsAClause) {
                // "said at a news conference": a place or time of speaking, not what was said.
                if (takeModifier(isObjectLike))
                    c.asserted = false;
            } else if (!reportsAClause) {
                // "said without US support, Europe cannot ...": what a reporting verb says is
                // its clause, not a phrase the parse hung on it.
                takeModifier(isObjectLike);
            }
        }
        if (!c.clausalObject && deniesArgument(c.object)) {
            c.negated = true;
            // "found no link": what is denied is the finding, of a link. After "have" and "be"
            // ("has no plans", "is no partner") "no" denies that the thing exists at all, so the
            // phrase keeps it and names nothing.
            if (verbLemma != "have" && verbLemma != "be" &&
                lowerAscii(c.object.name).starts_with("no ") &&
                lowerAscii(c.object.text).starts_with("no "))
                c.object.name.erase(0, 3);
        }
        if (!c.object.valid() && (rest.empty() || reportsAClause))
            if (int complementiser = clausalComplement(verb, c); complementiser >= 0)
                words.push_back(static_cast<WordIndex>(complementiser));
        c.kind = verbLemma == "be" && !chain.passive ? ClaimKind::Copula : ClaimKind::Action;
        if (c.kind == ClaimKind::Copula)
            base = std::min(base, 0.6f);
        c.predicate = predicate;
        // The negation and modality in their scope as written: "does not plan to leave".
        c.surface = c.negated || !c.modality.empty() ? relationText(words) : surface;
        mergeCoordinations(rest);
        if ((objWord >= 0 || !takenPreposition.empty()) && !chain.passive)
            keepObjectComplements(c, verb, rest);
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
        surface = particle.empty() ? written : written + " " + particle;
    }
}

void Reader::clauseClaims(const Argument& subject, Chain chain, int depth) {
    // Verb coordination: "bought and sold shares" is one claim per verb.
    if (isConjunction(p_.words[chain.content]) && depth < 4) {
        // "which investors have long wanted but has been blocked by …": a conjunct agreeing
        // with a singular subject where the subject is plural has another subject the parse
        // lost. (The other way round is normal: after "will" or "to" the verbs are plural forms.)
        bool pluralSubject = false;
        for (WordIndex w : chain.words)
            if (const Link* s = p_.linkTo(w, "S", false); s != nullptr && !s->sub.empty())
                pluralSubject = pluralSubject || s->sub[0] == 'p';
        for (WordIndex v : conjuncts(chain.content, "VJ")) {
            if (v == chain.content)
                continue;
            if (pluralSubject && numberOfConjunct(chain.content, v) == 's')
                continue;
            Chain sub = follow(v);
            // "will not buy or sell" share the auxiliaries; "can appeal but did not say" has
            // its own. "neither bought nor sold" denies both.
            const bool sharesAuxiliaries = sub.content == v;
            sub.negated = sub.negated || (sharesAuxiliaries && chain.negated) ||
                          lower(chain.content) == "nor";
            if (sub.modality.empty() && sharesAuxiliaries)
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
        // "called on the parliament to approve", "appealed to voters to stay": the controlled
        // object follows a preposition that belongs to the verb.
        if (obj < 0 && particle.empty())
            for (WordIndex prep : p_.partners(chain.content, "MV", true))
                if (const int j = right(prep, "J"); obj < 0 && j >= 0 && j < toWord &&
                                                    isObjectControl(control + " " + lower(prep))) {
                    obj = j;
                    particle = " " + lower(prep);
                }
        Chain sub = follow(static_cast<WordIndex>(inf));
        sub.negated = sub.negated || chain.negated;
        if (obj >= 0 && obj < toWord) {
            // Object control: "called on European countries to increase spending" is a claim
            // about the caller and one about what the countries should do, said by the caller.
            // "expects regulators to approve" says nothing about the regulators themselves.
            // A reporting verb before a bare infinitive reports a clause whose subject the
            // parse took for its object: the clause is said, not asked for.
            const bool reportsASplitClause =
                toWord == inf && wn_.isReportingVerb(control) && chain.modality.empty();
            // "rejected calls to build an airport": the calls are rejected, nothing is built.
            if (isRejection(control + particle)) {
                const std::size_t before = claims_.size();
                buildClaim(subject, chain, chain.words);
                for (std::size_t i = before; i < claims_.size(); ++i)
                    if (claims_[i].object.head == obj)
                        extendToClauseEnd(claims_[i].object, static_cast<WordIndex>(inf));
                return;
            }
            // "Europe cannot secure its borders ... to build a navy": a verb that does not ask
            // or make its object do anything has an infinitive from elsewhere (a purpose, or a
            // misreading), which says nothing about the object.
            if (!reportsASplitClause && !isObjectControl(control + particle) &&
                !wn_.isAttitudeVerb(control)) {
                buildClaim(subject, chain, chain.words);
                return;
            }
            // "made the fishermen leave", "forced the firm to sell": the event happened, and
            // "made the fishermen" alone says nothing.
            const bool causes = isCausative(control);
            if (!wn_.isAttitudeVerb(control) && !reportsASplitClause &&
                !isEnablingControl(control + particle) &&
                (!causes || control == "force" || control == "help"))
                buildClaim(subject, chain, chain.words);
            Argument controlled = readArgument(p_, obj);
            if (!controlled.valid())
                return;
            // "would lead the bank to raise its fees": a caused act is as hedged as its cause.
            if (!reportsASplitClause && !causes)
                sub.modality = control + particle;
            else if (causes && !chain.modality.empty())
                prependWord(sub.modality, chain.modality);
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
        appendWord(modality, control + particle + " to");
        // "has yet to pay the fine": it has not been paid.
        const int yet = toWord >= 0 ? left(static_cast<WordIndex>(toWord), "E") : -1;
        const bool notYet =
            control == "have" && yet >= 0 && lower(static_cast<WordIndex>(yet)) == "yet";
        sub.negated = sub.negated || notYet;
        if (!isPositiveImplicative(control + particle) && !notYet)
            prependWord(sub.modality, modality);
        else if (!chain.modality.empty())
            prependWord(sub.modality, chain.modality);
        // "failed to adopt", "refused to sign": the event did not happen.
        sub.negated = sub.negated || isNegativeImplicative(control);
        sub.words.insert(sub.words.end(), chain.words.begin(), chain.words.end());
        if (toWord >= 0)
            sub.words.push_back(static_cast<WordIndex>(toWord));
        const std::size_t before = claims_.size();
        clauseClaims(subject, sub, depth + 1);
        // "Rutte said Europe cannot ... and rejected calls to build": a verb of saying does not
        // control an infinitive; the parse hung one on it from elsewhere.
        if (isSpeechVerb(control) && !chain.passive)
            for (std::size_t i = before; i < claims_.size(); ++i)
                claims_[i].asserted = false;
        return;
    }
    buildClaim(subject, chain, chain.words);
}

// The index of the claim whose verb takes `noun` as its object, or -1.
int Reader::claimOfVerbOf(WordIndex noun) const {
    const int verb = left(noun, "O");
    for (std::size_t i = 0; verb >= 0 && i < claims_.size(); ++i)
        if (std::find(claimVerbs_[i].begin(), claimVerbs_[i].end(), verb) != claimVerbs_[i].end())
            return static_cast<int>(i);
    return -1;
}

std::vector<Claim> Reader::run() {
    for (WordIndex w = 1; w < p_.words.size(); ++w) {
        if (p_.words[w].isWall || p_.words[w].unlinked)
            continue;
        int s = subjectOf(w);
        if (s < 0)
            continue;
        Chain chain = follow(w);
        // "Neither the mayor nor the governor attended"
        chain.negated = chain.negated || lower(static_cast<WordIndex>(s)) == "nor";
        const std::vector<WordIndex> subjects = conjuncts(static_cast<WordIndex>(s), "SJ");
        if (Argument whole = coordinationInObject(subjects); whole.valid()) {
            clauseClaims(whole, chain, 0);
            continue;
        }
        for (WordIndex subj : subjects) {
            Argument subject = readArgument(p_, subj);
            if (subject.head < 0)
                continue;
            const std::size_t before = claims_.size();
            clauseClaims(subject, chain, 0);
            // "condemned the move as 'an unfriendly attack,' and the minister warned ...": a
            // quoted description coordinated with other subjects is what the earlier verb called
            // something, which the parse lost. Its claims stay in the reading, so that the
            // reading is judged by what it covers, but state nothing.
            if (subjects.size() > 1 && isQuotedDescription(subject))
                for (std::size_t i = before; i < claims_.size(); ++i)
                    claims_[i].asserted = false;
        }
    }
    // Participle claims that take the modality of the verb whose object they describe, with
    // that claim; they take its speaker too, once attribute() has found it.
    std::vector<std::pair<std::size_t, int>> wishedBy;
    // Participle claims with the claim their noun takes part in, whose speaker they share.
    std::vector<std::pair<std::size_t, std::size_t>> saidWith;
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
        if ((participle != 'v' && participle != 'g') || isTopicParticiple(lower(link.right)))
            continue;
        if (link.sub.starts_with("gp"))
            continue; // "after losing the vote": a preposition's gerund, adverbialParticiples()
        // "voted on Sweden joining the alliance": a named subject's gerund under a preposition
        // is what the phrase is about, not something that happened.
        if (participle == 'g' && left(link.left, "J") >= 0 &&
            isCapitalised(p_.words[link.left].text))
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
        // "rejected the notion of the city selling its port", "the risk of prices rising": a
        // gerund on the object of "of" after a noun is that noun's content, which may never
        // happen.
        const int of = left(link.left, "J");
        const bool content = participle == 'g' && of >= 0 &&
                             lower(static_cast<WordIndex>(of)) == "of" &&
                             left(static_cast<WordIndex>(of), "M") >= 0;
        // The relation as a reader states it: "the album, released in 2000" → be released in.
        // "would like to see soldiers carrying the flag": a participle on the object of a verb
        // with a modality is as wished or possible as that verb.
        const int governing = claimOfVerbOf(link.left);
        // "warned that the threats facing the union are linked": said by whoever says the
        // claim the participle's noun takes part in.
        int sharing = -1;
        for (std::size_t k = 0; k < before && sharing < 0; ++k)
            if (claims_[k].subject.head == link.left ||
                (claims_[k].object.head == link.left && !claims_[k].clausalObject))
                sharing = static_cast<int>(k);
        for (std::size_t i = before; i < claims_.size(); ++i) {
            if (sharing >= 0)
                saidWith.emplace_back(i, static_cast<std::size_t>(sharing));
            claims_[i].asserted = claims_[i].asserted && !content;
            claims_[i].relation = std::string(kCarbBe) + " " + claims_[i].relation;
            if (governing >= 0 && !claims_[governing].modality.empty() &&
                claims_[i].modality.empty()) {
                claims_[i].modality = claims_[governing].modality;
                wishedBy.emplace_back(i, governing);
            }
        }
    }
    nounInfinitives();
    nounStances();
    // "said Europe should focus on sharing costs": a participle's claim is said by whoever says
    // the claim of the verb it hangs on.
    const std::vector<std::pair<std::size_t, std::size_t>> participleOf = adverbialParticiples();
    appositions();
    nominals();
    scopeClauses();
    attribute();
    accordingTo();
    quotations();
    for (const auto& [claim, governing] : wishedBy)
        if (!claims_[claim].speakerArgument.valid())
            claims_[claim].speakerArgument = claims_[governing].speakerArgument;
    for (const auto& pairs : {participleOf, saidWith})
        for (const auto& [claim, governing] : pairs)
            if (!claims_[claim].speakerArgument.valid())
                claims_[claim].speakerArgument = claims_[governing].speakerArgument;
    titles();
    distrustMisreadings();
    return std::move(claims_);
}

} // namespace kg::extract::reading

namespace kg::extract {

std::string Modifier::text() const {
    if (preposition.empty())
        return argument.text;
    return preposition + " " + argument.text;
}

std::vector<Claim> readClaims(const ParsedSentence& parse) {
    return reading::Reader(parse).run();
}

} // namespace kg::extract
