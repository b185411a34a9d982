// Who said it: the speaker of a reporting verb governing a clause, or of a quotation verb.
#include "extract/clause_reader_parts.h"

namespace kg::extract::reading {

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

} // namespace kg::extract::reading
