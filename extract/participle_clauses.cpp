// Participle clauses hung on a verb ("..., killing eight people") and a preposition's gerund
// ("resigned after losing the vote"): their subject is the verb's.
#include "extract/clause_reader_parts.h"

#include <algorithm>

namespace kg::extract::reading {

namespace {

// Participles used as prepositions: "..., including the rabies vaccine" says nothing the
// subject did ("Merrill is lobbying for controls, including margins": Merrill includes nothing).
bool isPrepositionalParticiple(std::string_view word) {
    return word == "including" || word == "excluding" || word == "regarding" ||
           word == "concerning" || word == "following" || word == "according" ||
           word == "considering" || word == "barring" || word == "pending";
}

} // namespace

// "A bomb exploded at the hall, killing eight people" and "The minister resigned after losing
// the vote": a participle clause hung on a verb (MVg), or a preposition's gerund (MVp, then
// Mgp), has that verb's subject.
void Reader::adverbialParticiples() {
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
            const Argument subject = claims_[i].subject;
            Chain gerund = follow(static_cast<WordIndex>(participle));
            if (gerund.modality.empty())
                gerund.modality = claims_[i].modality;
            const std::size_t before = claims_.size();
            clauseClaims(subject, gerund, 1);
            // "warned against selling the harbour": the subject opposes the event, which did
            // not happen.
            if (lower(link.right) == "against")
                for (std::size_t k = before; k < claims_.size(); ++k)
                    claims_[k].asserted = false;
            break;
        }
    }
}

} // namespace kg::extract::reading
