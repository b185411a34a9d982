// Readings the parse produced that the graph must not state: a claim whose arguments show the
// sentence was misread keeps its place in CaRB output (which scores spans, not truth) but is not
// asserted, so no fact is made of it. Each test looks at the shape of one argument against the
// parse, never at particular words of a particular text.
#include "extract/clause_reader_parts.h"

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
bool Reader::subjectOfLaterVerb(const Argument& a) const {
    if (!a.valid() || a.head <= 0)
        return false;
    for (WordIndex w = a.first; w <= a.last; ++w)
        if (right(w, "S") >= 0)
            return true;
    return false;
}

// "pending approval, the bank used ...", "elevated costs are slowing sales": a phrase that opens
// with a gerund taking its own words is a clause, not a thing that acts or that something is.
bool Reader::opensWithGerund(const Argument& a) const {
    return a.valid() && a.head > a.first && p_.words[a.first].subscript.starts_with('g') &&
           right(a.first, "O") >= 0; // "banking executives": a gerund that only modifies
}

void Reader::distrustMisreadings() {
    for (Claim& c : claims_) {
        if (!c.asserted || c.kind == ClaimKind::Title || c.kind == ClaimKind::Nominal)
            continue;
        const bool adjectiveState =
            c.kind == ClaimKind::Copula && c.object.head >= 0 && c.object.first == c.object.last;
        if (opensWithGerund(c.subject) ||
            (c.kind == ClaimKind::Copula && opensWithGerund(c.object)))
            c.asserted = false;
        else if (isNotANounPhrase(c.subject, Role::Subject) ||
                 (c.kind == ClaimKind::Action && isNotANounPhrase(c.object, Role::Object)))
            c.asserted = false;
        else if (!adjectiveState && c.kind != ClaimKind::Apposition && subjectOfLaterVerb(c.object))
            c.asserted = false;
    }
}

} // namespace kg::extract::reading
