// Who said it: the speaker of a reporting verb governing a clause, or of a quotation verb.
#include "extract/clause_reader_parts.h"
#include "extract/mention_rules.h"

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
    // A quotation verb whose speaker the parse lost ("a study that claimed C" read without its
    // antecedent): what follows it is someone's claim, not the narrator's.
    for (WordIndex w = 1; w < p_.words.size(); ++w) {
        if (!p_.words[w].subscript.starts_with('q') || p_.words[w].unlinked ||
            speakerOfVerb(w) != nullptr)
            continue;
        for (std::size_t i = 0; i < claims_.size(); ++i)
            if (!claims_[i].speakerArgument.valid() && !claimVerbs_[i].empty() &&
                *std::min_element(claimVerbs_[i].begin(), claimVerbs_[i].end()) > w)
                claims_[i].asserted = false;
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
    // '"We have reached an agreement," said Orban': a speaker's "we" includes the speaker, the
    // one member of it the sentence names.
    for (Claim& c : claims_)
        if (c.speakerArgument.valid() && c.subject.kind == MentionKind::Pronoun &&
            lowerAscii(c.subject.text) == "we" && lowerAscii(c.speakerArgument.text) != "we") {
            const Argument written = c.subject;
            c.subject = c.speakerArgument;
            c.subject.first = written.first;
            c.subject.last = written.last;
            c.subject.textLast = written.textLast;
            c.subject.text = written.text; // CaRB keeps the words as written
        }
}

// "According to the governor, the bank will cut rates" (or the phrase at the end): the other
// claims of the sentence are the governor's.
void Reader::accordingTo() {
    for (WordIndex w = 1; w + 1u < p_.words.size(); ++w) {
        if (lower(w) != "according" || lower(static_cast<WordIndex>(w + 1)) != "to")
            continue;
        const int source = right(static_cast<WordIndex>(w + 1), "J");
        if (source < 0)
            continue;
        // "according to the latest projections": a source that cannot speak is the narrator's
        // evidence, not a speaker.
        const Argument speaker = readArgument(p_, source);
        if (!canSpeak(speaker))
            continue;
        for (Claim& c : claims_)
            if (!c.speakerArgument.valid() && c.subject.head != source && c.object.head != source)
                c.speakerArgument = speaker;
    }
}

} // namespace kg::extract::reading
