// Participle clauses hung on a verb ("..., killing eight people") and a preposition's gerund
// ("resigned after losing the vote"): their subject is the verb's.
#include "extract/clause_reader_parts.h"
#include "extract/stance.h"

#include <algorithm>

namespace kg::extract::reading {

// The attitude a verb before "to" holds toward its gerund, as written: "is committed to" → "be
// committed to", "looks forward to" → "look forward to".
std::string Reader::attitudeTo(const Claim& governing, WordIndex verb, WordIndex to) const {
    std::string words = governing.passive ? "be " + lower(verb) : lemmaOf(verb);
    for (WordIndex w = verb + 1; w < to; ++w)
        if (p_.partner(w, "MV", false) == verb) { // "forward"
            words.push_back(' ');
            words.append(lower(w));
        }
    words.append(" to");
    return words;
}

// "A bomb exploded at the hall, killing eight people" and "The minister resigned after losing
// the vote": a participle clause hung on a verb (MVg), or a preposition's gerund (MVp, then
// Mgp), has that verb's subject; after "for", its object's.
std::vector<std::pair<std::size_t, std::size_t>> Reader::adverbialParticiples() {
    std::vector<std::pair<std::size_t, std::size_t>> governedBy;
    const std::size_t mainClaims = claims_.size();
    for (const Link& link : p_.links) {
        if (link.type != "MV" || link.sub.empty())
            continue;
        int participle = -1;
        // "prevented the plant from fertilizing itself", "talked them into selling": the gerund
        // is the object's, and "from" says it did not happen.
        const bool objectsGerund = lower(link.right) == "from" || lower(link.right) == "into";
        if (link.sub[0] == 'g')
            participle = link.right;
        else if (link.sub[0] == 'p' && !objectsGerund)
            if (const Link* gerund = p_.linkTo(link.right, "M", true);
                gerund != nullptr && gerund->sub.starts_with("gp"))
                participle = gerund->right;
        if (participle < 0 || isPrepositionalParticiple(lower(static_cast<WordIndex>(participle))))
            continue;
        // "highlights a debate about how far the EU should go in building": a phrase the parse
        // hangs on a verb across another clause's verb belongs to that clause.
        bool acrossAClause = false;
        for (WordIndex w = link.left + 1; w < link.right; ++w)
            acrossAClause = acrossAClause || subjectOf(w) >= 0;
        if (acrossAClause)
            continue;
        for (std::size_t i = 0; i < mainClaims; ++i) {
            const auto& verbs = claimVerbs_[i];
            // "by" after a passive names what its unnamed agent did: "can be clarified by
            // adding a potato" (but "is committed to keeping Ukraine" is the subject's).
            if (std::find(verbs.begin(), verbs.end(), link.left) == verbs.end() ||
                !claims_[i].subject.valid() ||
                (claims_[i].passive && link.sub[0] == 'p' && lower(link.right) == "by"))
                continue;
            // "should go in building its own port": the gerund is as hypothetical as its verb
            // (its negation is the verb's own: "did not resign after losing").
            const std::string preposition =
                link.sub[0] == 'p' ? lowerAscii(p_.span(idiomStart(link.right), link.right)) : "";
            Argument subject = claims_[i].subject;
            // "fined the bank for misleading savers", "thanked them for coming": after "for",
            // the one who did the gerund's act is the verb's object. A common noun there may be
            // either ("praised the council for building homes", "used the money for building
            // schools"), so nothing is read.
            if (const Argument& object = claims_[i].object;
                preposition == "for" && object.valid() && !claims_[i].clausalObject) {
                if (object.kind == MentionKind::Common)
                    break;
                subject = object;
            }
            Chain gerund = follow(static_cast<WordIndex>(participle));
            if (gerund.modality.empty())
                gerund.modality = claims_[i].modality;
            // "is committed to keeping", "looks forward to opening": the gerund is what the
            // subject holds an attitude to, which is its modality.
            const bool attitude = preposition == "to";
            bool opposes = false;
            if (attitude) {
                const std::string lemma = lemmaOf(link.left);
                opposes = stanceOf(lemma, false) == graph::Stance::Oppose ||
                          stanceOf(lemma + " to", false) == graph::Stance::Oppose;
                if (gerund.modality.empty())
                    gerund.modality = attitudeTo(claims_[i], link.left, link.right);
            }
            const std::size_t before = claims_.size();
            clauseClaims(subject, gerund, 1);
            // "warned against selling the harbour", "spent it instead of paying the debt", "is
            // opposed to raising taxes": the event did not happen, or the subject stands
            // against it. "left without paying": it did not happen.
            const bool denied = preposition == "against" || preposition == "instead of" ||
                                preposition == "rather than" || opposes;
            for (std::size_t k = before; k < claims_.size(); ++k) {
                claims_[k].asserted = claims_[k].asserted && !denied;
                claims_[k].negated = claims_[k].negated || preposition == "without";
                governedBy.emplace_back(k, i);
            }
            break;
        }
    }
    return governedBy;
}

} // namespace kg::extract::reading
