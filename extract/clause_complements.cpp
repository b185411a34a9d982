// What a reporting verb reports, as one object: "said that C" (the clause from "that" to the
// end of the sentence) and a quotation before a sentence-final "said". CaRB writes that object;
// the graph keeps the clause's own claims instead.
#include "extract/clause_reader_parts.h"

namespace kg::extract::reading {

// "said that the city would sell the stadium": for CaRB the clause is the object (from "that",
// or the clause's first word, to the end of the sentence); the graph has the clause's own claims.
int Reader::clausalComplement(WordIndex verb, Claim& claim) const {
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
        return -1;
    }
    if (start <= verb)
        return -1;
    int last = static_cast<int>(p_.words.size()) - 1;
    while (last > start && (p_.words[last].isWall || isPunctuation(p_.words[last].text)))
        --last;
    if (last <= start)
        return -1;
    // "said that C": CaRB's annotators mostly put the complementiser in the relation.
    int complementiser = -1;
    if (lower(static_cast<WordIndex>(start)) == "that" && start + 1 < last)
        complementiser = start++;
    setClausalObject(claim, static_cast<WordIndex>(start), static_cast<WordIndex>(last));
    return complementiser;
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
        if (!p_.words[w].isWall && !isPunctuation(p_.words[w].text) &&
            (w < speaker.first || w > speaker.last))
            return;
    int first = 1;
    int last = std::min<int>(verb, speaker.first) - 1;
    while (first < last && isPunctuation(p_.words[first].text))
        ++first;
    while (last > first && isPunctuation(p_.words[last].text))
        --last;
    if (last - first < 2)
        return;
    setClausalObject(claim, static_cast<WordIndex>(first), static_cast<WordIndex>(last));
}

} // namespace kg::extract::reading
