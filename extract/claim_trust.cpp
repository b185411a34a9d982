// Readings the parse produced that the graph must not state: a claim whose arguments show the
// sentence was misread keeps its place in CaRB output (which scores spans, not truth) but is not
// asserted, so no fact is made of it. Each test looks at the shape of one argument against the
// parse, never at particular words of a particular text.
#include "extract/clause_reader_parts.h"
#include "extract/mention_rules.h"

namespace kg::extract::reading {

// A verb's object that is no noun phrase but a piece of another clause: one whose head the
// dictionary reads as a verb or an adjective, one that begins with a verb ("make sacrifices and
// raise spending" read as make → "raise spending") or with the complementiser of a clause
// ("stressed that European members have ..." read as stress → "European"), and one cut before
// its noun ("navigate the evolving | threats").
bool Reader::isNotANounPhrase(const Argument& a, Role role) const {
    if (!a.valid() || a.head <= 0 || left(static_cast<WordIndex>(a.head), "P") >= 0)
        return false; // "remains essential": the adjective is the predicate, not an object
    const auto head = static_cast<WordIndex>(a.head);
    const std::string& sub = p_.words[head].subscript;
    // "the latter", "the poor": an adjective with a determiner is a noun.
    if (sub.starts_with('v') || (sub.starts_with('a') && a.first == head))
        return true;
    if (a.first < head && p_.words[a.first].subscript == "v")
        return true;
    if (role == Role::Object && (left(a.first, "TH") >= 0 || left(a.first, "C") >= 0))
        return true;
    // "[even] Donald Trump's import duties will push inflation": a finite verb inside the
    // phrase's own words (a relative clause lies past `last`).
    for (WordIndex w = a.first; w <= a.last; ++w)
        if (w != head && (left(w, "S") >= 0 || isModal(lower(w))))
            return true;
    if (sub.starts_with('g') && a.last + 1u < p_.words.size()) {
        const std::string& next = p_.words[a.last + 1].subscript;
        return next.starts_with('n') || next.starts_with('p') || next.starts_with('s');
    }
    return false;
}

// "believes the United States remains committed", "against the invasion, Rutte told Reuters": an
// object with a word that is the subject of a verb after it runs into another clause; the verb
// before it says that clause, or the parse joined two phrases across a comma.
// The parse need not link that verb to the phrase at all ("believes the United States remains
// committed" read with "remains" in a coordination of its own): a verb with a tense of its own
// right after the phrase shows it as well, as no reduced relative ("the troops stationed") has.
bool Reader::subjectOfLaterVerb(const Argument& a) const {
    if (!a.valid() || a.head <= 0)
        return false;
    for (WordIndex w = a.first; w <= a.last; ++w)
        if (right(w, "S") >= 0)
            return true;
    const std::size_t next = a.last + 1u;
    return next < p_.words.size() && p_.words[next].subscript.starts_with('v') &&
           p_.words[next].subscript.find('d') == std::string::npos &&
           lower(static_cast<WordIndex>(next)).ends_with('s');
}

// "pending approval, the bank used ...", "elevated costs are slowing sales": a phrase that opens
// with a gerund taking its own words is a clause, not a thing that acts or that something is.
bool Reader::opensWithGerund(const Argument& a) const {
    return a.valid() && a.head > a.first && p_.words[a.first].subscript.starts_with('g') &&
           right(a.first, "O") >= 0; // "banking executives": a gerund that only modifies
}

namespace {

// English cardinals as words, which the dictionary gives no number class.
bool isSpelledCardinal(std::string_view lower) {
    static constexpr std::array<std::string_view, 20> kCardinals = {
        "one",   "two",   "three",   "four",     "five",    "six",    "seven",
        "eight", "nine",  "ten",     "eleven",   "twelve",  "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "million", "billion"};
    return std::find(kCardinals.begin(), kCardinals.end(), lower) != kCardinals.end();
}

} // namespace

// "three days before the vote", "two weeks earlier": a span of time that places the act, not
// what the act is done to.
bool Reader::isTimeBeforeOrAfter(const Argument& a) const {
    if (!a.valid() || a.last + 1u >= p_.words.size())
        return false;
    const std::string next = lower(static_cast<WordIndex>(a.last + 1));
    return a.typeHint == "Date" && (next == "before" || next == "after" || next == "ago" ||
                                    next == "earlier" || next == "later");
}

// "because of its deep water, cranes, and long experience" read as the apposition "deep water,
// cranes,": a bare noun that a list goes on after is the list's next item, not another name
// for the noun before it ("Berg, a local teacher, ..." has its determiner).
bool Reader::isListItem(const Argument& a) const {
    if (!a.valid() || a.kind != MentionKind::Common || determinerOf(a) != Determiner::None)
        return false;
    std::size_t next = a.textLast + 1u;
    if (next < p_.words.size() && p_.words[next].text == ",")
        ++next;
    return next < p_.words.size() && (lower(static_cast<WordIndex>(next)) == "and" ||
                                      lower(static_cast<WordIndex>(next)) == "or");
}

// "is central to this system because of its power, resources, and long experience" read as
// "is ... experience": an object opening right after a coordinator the parse did not take as
// one (no SJ link on the object) is the last item of a list the parse lost.
bool Reader::endsALostList(const Argument& a) const {
    if (!a.valid() || a.first < 2 || !isConjunction(p_.words[a.first - 1]))
        return false;
    const auto coordinator = static_cast<WordIndex>(a.first - 1);
    return p_.partner(coordinator, "SJ", true) < 0 && p_.partner(coordinator, "SJ", false) < 0;
}

// "stated before the ministers' meeting" read with "meeting" as the object and "before" left
// without one: a preposition right before the argument that the parse hangs on the verb but
// gives no object of its own, or one only past the argument ("said a deal with the party would
// turn [the country into a] state"), lost it to the argument.
bool Reader::followsAnEmptyPreposition(const Argument& a) const {
    if (!a.valid() || a.first < 2)
        return false;
    const auto before = static_cast<WordIndex>(a.first - 1);
    const Link* mv = p_.linkTo(before, "MV", false);
    const Link* gerund = p_.linkTo(before, "M", true); // "after losing the vote"
    if (mv == nullptr || !mv->sub.starts_with('p') ||
        (gerund != nullptr && gerund->sub.starts_with('g')))
        return false;
    const int object = right(before, "J");
    for (int w = a.last + 1; w < object; ++w)
        if (p_.words[w].subscript.starts_with('v'))
            return true;
    return object < 0;
}

// "they project that President Lee's duties will ...", "found that Google's fees hurt rivals":
// "that" before a name opens a clause, whatever the parse made of it (a determiner, with the
// object's phrase starting there or right after it), after a verb of saying, and after any verb
// when the name owns what follows, since no demonstrative takes a possessor. "cite that concern"
// and "closed that Siemens plant" keep their determiner.
bool Reader::opensALostClause(const Claim& c) const {
    const Argument& object = c.object;
    if (!object.valid())
        return false;
    int that = -1;
    if (lower(object.first) == "that")
        that = object.first;
    else if (object.first > 1 && lower(static_cast<WordIndex>(object.first - 1)) == "that" &&
             right(static_cast<WordIndex>(object.first - 1), "D") >= 0)
        that = object.first - 1;
    if (that < 0 || that >= object.last || !isCapitalised(p_.words[that + 1].text))
        return false;
    if (wn_.isReportingVerb(c.predicate))
        return true;
    for (int w = that + 1; w <= object.last; ++w)
        if (left(static_cast<WordIndex>(w), "YS") >= 0)
            return true;
    return false;
}

// "said a deal with the party would turn the country ...", read as said → "a deal": a verb of
// saying whose object goes on with a prepositional phrase that runs, before any punctuation,
// into a modal or a verb with a subject said a clause the reading lost.
bool Reader::saysALostClause(const Claim& c) const {
    if (!c.object.valid() || c.object.head < 0 || !wn_.isReportingVerb(c.predicate))
        return false;
    const auto preposition = static_cast<WordIndex>(c.object.textLast + 1);
    if (preposition >= p_.words.size() || left(preposition, "M") != c.object.head)
        return false;
    for (auto w = static_cast<WordIndex>(preposition + 1); w < p_.words.size(); ++w) {
        // "retracted by the journal after discovery that the data was false": a clause of the
        // phrase's own.
        if (isPunctuation(p_.words[w].text) || right(w, "C") >= 0 || left(w, "TH") >= 0 ||
            left(w, "R") >= 0)
            return false;
        if (isModal(lower(w)) || (p_.words[w].subscript.starts_with('v') && left(w, "S") >= 0))
            return true;
        if (p_.words[w].subscript.starts_with('v'))
            return false;
    }
    return false;
}

// "the US secretary of state has not addressed" parsed with "of" skipped, "secretary" then
// modifying "state", which became the subject: a preposition the parse left out before the
// phrase's head joined two phrases into one the text did not write. As a subject the parse's
// head is the wrong agent; as an object ("rules out coalition [with] far-right AfD") it is
// still what the act is about, and stays.
bool Reader::skipsAPreposition(const Argument& a) const {
    if (!a.valid() || a.head < 0)
        return false;
    for (int w = a.first + 1; w < a.head; ++w)
        if (p_.words[w].unlinked && breaksAPhrase(lower(static_cast<WordIndex>(w))))
            return true;
    return false;
}

bool Reader::isMisread(const Claim& c) const {
    const Argument& subject = c.subject;
    const Argument& object = c.object;
    // "[cut their rate] three [times] ... have been on hold": a number alone does nothing.
    if (subject.valid() && subject.first == subject.last &&
        (isNumberWord(p_.words[subject.first]) || isSpelledCardinal(lower(subject.first))))
        return true;
    if (c.kind == ClaimKind::Action && isTimeBeforeOrAfter(object))
        return true;
    // "the cuts influence costs for mortgages, auto [loans]" read with "loans" as a verb: a
    // subject running into a list that never ends ("athletes from Norway, Chile and Kenya" does)
    // is a piece of one.
    if (subject.name.find(", ") != std::string::npos &&
        subject.name.find(" and ") == std::string::npos &&
        subject.name.find(" or ") == std::string::npos)
        return true;
    // "[the ruling swept] away the company's argument" read as the relation "and away".
    if (const std::size_t space = c.predicate.find(' ');
        isCoordinator(c.predicate.substr(0, space)))
        return true;
    if (opensWithGerund(subject) || isNotANounPhrase(subject, Role::Subject))
        return true;
    if (skipsAPreposition(subject))
        return true;
    if (c.kind == ClaimKind::Copula) {
        // "the world is not waiting for us": a progressive, not what the subject is.
        // "costs are slowing sales" read as are → "slowing sales": a bare object opening with
        // an -ing word is the progressive's verb and its object ("a leading firm" has its
        // determiner first).
        const bool progressive =
            object.valid() &&
            ((object.first == object.head && p_.words[object.first].subscript.starts_with('g')) ||
             (object.first < object.head && lower(object.first).ends_with("ing") &&
              !p_.words[object.first].subscript.starts_with('n')));
        if (progressive || opensWithGerund(object))
            return true;
    }
    if (c.kind == ClaimKind::Apposition && isListItem(object))
        return true;
    if ((c.kind == ClaimKind::Action || c.kind == ClaimKind::Copula) && endsALostList(object))
        return true;
    if (c.kind == ClaimKind::Action &&
        (followsAnEmptyPreposition(object) ||
         (subject.head >= 0 && right(static_cast<WordIndex>(subject.head), "S") >= 0 &&
          followsAnEmptyPreposition(subject))))
        return true;
    if (c.kind == ClaimKind::Action && isNotANounPhrase(object, Role::Object))
        return true;
    if (opensALostClause(c) || saysALostClause(c))
        return true;
    const bool adjectiveState =
        c.kind == ClaimKind::Copula && object.head >= 0 && object.first == object.last;
    return !adjectiveState && c.kind != ClaimKind::Apposition && subjectOfLaterVerb(object);
}

// "the link dates back two decades" read as "the link dates | back": the noun before the verb
// and the verb make one verb the lexicon lists, so that noun was the verb.
bool Reader::isVerbReadAsNoun(WordIndex verb) const {
    if (verb < 2)
        return false;
    const auto before = static_cast<WordIndex>(verb - 1);
    return p_.words[before].subscript.starts_with('n') && lower(before).ends_with('s') &&
           !wn_.firstVerbSynset(lemmaOf(before) + " " + lemmaOf(verb)).empty();
}

// "the threats posed by rising tensions" read as a clause, threats -S- posed -MV- by: a past
// form with no auxiliary and no object, right before "by", is a passive participle on its noun,
// and the reading "threats pose by tensions" turns the agent around. A verb of moving keeps its
// "by" ("the ship sailed by the island").
bool Reader::readsAPassiveAsActive(const Claim& c, const std::vector<WordIndex>& verbs) const {
    if (c.kind != ClaimKind::Action || c.passive || !c.predicate.ends_with(" by"))
        return false;
    int past = -1;
    for (WordIndex w : verbs) {
        if (!p_.words[w].subscript.starts_with('v'))
            continue;
        if (past >= 0 || !p_.words[w].subscript.starts_with("v-d"))
            return false; // an auxiliary, or a form that is no past participle
        past = w;
    }
    return past >= 0 && static_cast<std::size_t>(past) + 1 < p_.words.size() &&
           lower(static_cast<WordIndex>(past + 1)) == "by" &&
           !wn_.isMotionVerb(lemmaOf(static_cast<WordIndex>(past)));
}

void Reader::distrustMisreadings() {
    for (std::size_t i = 0; i < claims_.size(); ++i) {
        Claim& c = claims_[i];
        if (!c.asserted || c.kind == ClaimKind::Title || c.kind == ClaimKind::Nominal)
            continue;
        if (isMisread(c) || readsAPassiveAsActive(c, claimVerbs_[i]) ||
            std::any_of(claimVerbs_[i].begin(), claimVerbs_[i].end(),
                        [&](WordIndex v) { return isVerbReadAsNoun(v); }))
            c.asserted = false;
    }
}

} // namespace kg::extract::reading
