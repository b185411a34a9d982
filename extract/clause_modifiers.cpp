// Prepositional phrases of a verb: which ones it has, what role each plays (time, place,
// quantity), and which verb a phrase after a noun's infinitive belongs to.
#include "base/case_fold.h"
#include "extract/clause_reader_parts.h"
#include "extract/wordnet.h"

namespace kg::extract::reading {

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

// Whether a phrase starts with a number, or with "some", "about" … and a number.
bool Reader::countsFrom(WordIndex first) const {
    return isNumberWord(p_.words[first]) ||
           (isApproximator(lower(first)) && first + 1u < p_.words.size() &&
            isNumberWord(p_.words[first + 1]));
}

Modifier::Role Reader::roleOf(const Modifier& m, WordIndex object) const {
    if (isTimeHead(p_, object) || (m.argument.typeHint == "Date" && introducesTime(m.preposition)))
        return Modifier::Role::Time;
    // "raised the rate to a range of 2.25 to 2.5 percent": a range of numbers is how much.
    if (m.argument.valid() &&
        base::equalsIgnoreCase(p_.words[static_cast<WordIndex>(m.argument.head)].text, "range"))
        for (WordIndex of : p_.partners(static_cast<WordIndex>(m.argument.head), "M", true))
            if (const int counted = right(of, "J");
                lower(of) == "of" && counted >= 0 && countsFrom(readArgument(p_, counted).first))
                return Modifier::Role::Quantity;
    // "cut its staff by 2,000 workers": what "by" counts is how much, not a thing.
    if (m.argument.kind == MentionKind::Quantity ||
        (m.preposition == "by" && m.argument.valid() && countsFrom(m.argument.first)))
        return Modifier::Role::Quantity;
    if (m.argument.typeHint == "Place" &&
        (m.preposition == "in" || m.preposition == "at" || m.preposition == "from" ||
         m.preposition == "near" || m.preposition == "across" || m.preposition == "throughout" ||
         m.preposition == "outside"))
        return Modifier::Role::Place;
    return Modifier::Role::Other;
}

// "rose from $ 2 to $ 2.50", "renovated from 2006 to 2008": the parse joins the two ends with
// a range conjunction, reached from "from" or from the verb itself. False when `conjunction`
// joins no range.
bool Reader::addRange(WordIndex from, WordIndex conjunction, std::vector<Modifier>& mods) const {
    WordIndex low = 0;
    WordIndex high = 0;
    if (!rangeEnds(conjunction, low, high))
        return false;
    Modifier m;
    m.preposition = lower(from);
    m.prepositionFirst = m.prepositionLast = from;
    m.argument = readArgument(p_, low);
    if (!m.argument.valid())
        return false;
    m.argument.first = low;
    m.argument.last = m.argument.textLast = high;
    m.argument.text = m.argument.name = std::string(p_.span(low, high));
    m.role = roleOf(m, low);
    mods.push_back(std::move(m));
    return true;
}

// The phrase a preposition heads, one modifier per conjunct of its object.
// "on June 25", "in May 2024": the day or year the parse links to a month (TM, TY) is part of
// the date.
void Reader::keepDay(Argument& date) const {
    int last = date.textLast;
    for (std::string_view t : {"TM", "TY"})
        if (const int day = right(static_cast<WordIndex>(date.head), t); day > last)
            last = day;
    if (last == date.textLast)
        return;
    date.last = date.textLast = static_cast<WordIndex>(last);
    date.text = std::string(p_.span(date.first, date.textLast));
    date.name = date.text;
}

void Reader::addPrepositional(WordIndex prep, std::vector<Modifier>& mods) const {
    int obj = -1;
    for (std::string_view t : {"J", "JT", "IN", "ON", "JQ", "TY"}) {
        obj = right(prep, t);
        if (obj >= 0)
            break;
    }
    if (obj >= 0 && addRange(prep, static_cast<WordIndex>(obj), mods))
        return;
    if (obj < 0) {
        for (std::uint16_t li : p_.linksOfWord[prep]) {
            const Link& link = p_.links[li]; // from -NIr- to
            if (link.type == "NI" && link.sub.starts_with('r') && link.right == prep) {
                addRange(link.left, prep, mods);
                return;
            }
        }
        return;
    }
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
        keepDay(m.argument);
        if (objects.size() > 1)
            m.coordination = obj;
        m.role = roleOf(m, o);
        mods.push_back(std::move(m));
    }
}

// "On Monday, the council approved the plan": a phrase opening the sentence, linked to the
// clause's subject (CO), qualifies the clause.
void Reader::addOpeners(const Argument& subject, std::vector<Modifier>& mods) const {
    for (std::uint16_t li : p_.linksOfWord[subject.head]) {
        const Link& link = p_.links[li];
        if (link.type != "CO" || link.right != subject.head)
            continue;
        const std::size_t before = mods.size();
        addPrepositional(link.left, mods);
        if (mods.size() == before && link.sub.find('n') != std::string::npos &&
            WordNet::instance().nounCategory(lower(link.left)) == NounCategory::Time) {
            // "Last year, the company sold ...": a noun phrase opening the sentence (CO*n)
            // whose noun WordNet files under time; the phrase is the words up to it.
            Modifier m;
            m.argument = wordArgument(link.left);
            WordIndex first = 1;
            while (first < link.left && isPunctuation(p_.words[first].text))
                ++first;
            m.argument.first = first;
            m.argument.text = std::string(p_.span(first, link.left));
            m.role = Modifier::Role::Time;
            mods.push_back(std::move(m));
        }
        for (std::size_t i = before; i < mods.size(); ++i)
            mods[i].opener = true;
    }
}

std::vector<Modifier> Reader::modifiersOf(WordIndex verb, const Argument* object,
                                          const Argument* subject) {
    std::vector<Modifier> mods;
    for (std::uint16_t li : p_.linksOfWord[verb]) {
        const Link& link = p_.links[li];
        if (link.left != verb)
            continue;
        // MVp: a prepositional phrase; OF: the "of" some verbs take ("consists of"); MVa to a
        // word with an object: a particle the parse took for an adverb yet gave the verb's
        // object ("ruled out a partnership": out -J- partnership), a preposition as it is used.
        const bool prepositional =
            (link.type == "MV" && !link.sub.empty() && link.sub[0] == 'p') || link.type == "OF" ||
            (link.type == "MV" && link.sub.starts_with('a') && right(link.right, "J") >= 0);
        if (prepositional && modifierOwner(link) == verb)
            addPrepositional(link.right, mods);
    }
    for (const auto& [prep, owner] : lateModifiers_)
        if (owner == verb)
            addPrepositional(prep, mods);
    // "cut rates three times": a count the parse hangs on the verb like a preposition.
    for (WordIndex times : p_.partners(verb, "MV", true))
        if (lower(times) == "times")
            if (const int count = left(times, "ND"); count >= 0) {
                Modifier m;
                m.argument = readArgument(p_, times);
                if (!m.argument.valid())
                    continue;
                m.argument.first = static_cast<WordIndex>(count);
                m.argument.text = m.argument.name =
                    std::string(p_.span(m.argument.first, m.argument.textLast));
                m.role = Modifier::Role::Quantity;
                mods.push_back(std::move(m));
            }
    // "Prices rose 5 %", "shares fell 3 percent": the measure a verb takes (OD).
    if (const int measure = right(verb, "OD"); measure >= 0) {
        Modifier m;
        m.argument = readArgument(p_, static_cast<WordIndex>(measure));
        m.role = Modifier::Role::Quantity;
        if (m.argument.valid())
            mods.push_back(std::move(m));
    }
    if (subject != nullptr && subject->valid())
        addOpeners(*subject, mods);
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

// The two ends of a range conjunction ("$ 2 -NIf- to -NIt- $ 2.50"), the high end taken with
// the number it carries ("$ 2.50"). False when `conjunction` joins no range.
bool Reader::rangeEnds(WordIndex conjunction, WordIndex& low, WordIndex& high) const {
    int first = -1;
    int last = -1;
    for (std::uint16_t li : p_.linksOfWord[conjunction]) {
        const Link& link = p_.links[li];
        if (link.type != "NI" || link.sub.empty())
            continue;
        if (link.sub[0] == 'f' && link.right == conjunction)
            first = link.left;
        if (link.sub[0] == 't' && link.left == conjunction)
            last = link.right;
    }
    if (first < 0 || last < 0)
        return false;
    for (int number = right(static_cast<WordIndex>(last), "NM"); number > last;
         number = right(static_cast<WordIndex>(last), "NM"))
        last = number;
    low = static_cast<WordIndex>(first);
    high = static_cast<WordIndex>(last);
    return true;
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

// "ruled out a coalition with the greens", "departed from practice on the facts", "described the
// moves as hostile": the graph's object, direct or after a preposition, keeps the complement a
// reader needs (a phrase the parse links to the object noun as well as to the verb, and the
// verb's "as" predicate). "to", "from", "without" ... are left to the verb
// ("lent money to the city"), and so is a bare noun, most often an idiom of the clause ("finish the
// tunnel on time", "banned for doping"). CaRB keeps them as separate arguments.
void Reader::keepObjectComplements(Claim& c, WordIndex verb,
                                   const std::vector<Modifier>& rest) const {
    if (!c.object.valid())
        return;
    // A name is complete as written: "met Erik Holm in the town hall" met Erik Holm. A phrase
    // whose noun the parse found past a verb ("said a deal with the party would turn [the
    // country into a] state") is no complement.
    auto reachesPastAVerb = [&](const Modifier& m) {
        for (int w = m.prepositionLast + 1; w < m.argument.first; ++w)
            if (p_.words[w].subscript.starts_with('v'))
                return true;
        return false;
    };
    // "provided assistance to Ukraine", "voiced opposition to the bid": a noun of an act takes
    // "to" and "from" as its own complement, where "lent money to the city" leaves them to the
    // verb, as does a verb of moving ("moved the market to the quay").
    auto completes = [&](const Modifier& m) {
        if (!isClausePreposition(m.preposition))
            return true;
        return (m.preposition == "to" || m.preposition == "from") &&
               c.object.kind == MentionKind::Common &&
               wn_.isActNoun(lower(static_cast<WordIndex>(c.object.head))) &&
               !wn_.isMotionVerb(lemmaOf(verb));
    };
    for (const Modifier& m : rest)
        if (c.object.kind != MentionKind::Name && m.role == Modifier::Role::Other && !m.opener &&
            m.prepositionFirst >= 0 &&
            left(static_cast<WordIndex>(m.prepositionFirst), "M") == c.object.head &&
            !isBareNoun(m.argument) && !reachesPastAVerb(m) && completes(m))
            c.object.name.append(" ").append(m.text());
    // "rejected the notion of Europe pursuing autonomy", "welcomed the prospect of Finland
    // joining": the gerund on the "of" phrase's noun is what the notion or prospect is about.
    for (WordIndex w = c.object.first; w <= c.object.last; ++w)
        if (lower(w) == "of")
            if (const int noun = right(w, "J"); noun >= 0)
                if (const Link* gerund = p_.linkTo(static_cast<WordIndex>(noun), "M", true);
                    gerund != nullptr && gerund->sub.starts_with('g') &&
                    gerund->right > c.object.last && c.object.textLast > c.object.last) {
                    c.object.name.append(" ").append(
                        p_.span(static_cast<WordIndex>(c.object.last + 1), c.object.textLast));
                    break;
                }
    // "denied plans to withdraw troops": what is denied is the plan to do it, and the plan alone
    // says nothing.
    const auto head = static_cast<WordIndex>(c.object.head);
    if (const Link* to = p_.linkTo(head, "TO", true);
        to != nullptr && to->sub.starts_with('n') && isRejection(c.predicate))
        if (const int inf = right(to->right, "I"); inf >= 0)
            extendToClauseEnd(c.object, static_cast<WordIndex>(inf));
    // "shares the view that troops should stay", "rejected suggestions that Europe should go it
    // alone": the noun's clause says what the view or suggestion is.
    if (const int that = right(head, "TH"); that >= 0)
        if (const int clauseVerb = right(static_cast<WordIndex>(that), "CV"); clauseVerb >= 0)
            extendToClauseEnd(c.object, static_cast<WordIndex>(clauseVerb), verb);
    if (const int as = right(verb, "AZ"); as >= 0 && as > c.object.textLast) {
        const auto from = static_cast<WordIndex>(as);
        c.object.name.append(" ").append(p_.span(from, static_cast<WordIndex>(phraseEnd(from))));
    }
}

} // namespace kg::extract::reading
