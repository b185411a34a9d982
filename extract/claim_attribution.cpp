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
    // The verb whose clause a verb belongs to: "said that C" links C to "said" (CV, or TH then
    // CV through "that"). A verb coordinated inside C ("thought the club played well but lost")
    // hangs its link on the coordinator.
    auto governorOf = [&](WordIndex w) -> int {
        std::vector<WordIndex> heads{w};
        for (bool toRight : {false, true})
            for (WordIndex c : p_.partners(w, "VJ", toRight))
                if (isConjunction(p_.words[c]))
                    heads.push_back(c);
        for (WordIndex h : heads)
            for (std::string_view t : {"CV", "C"})
                if (int x = left(h, t); x >= 0) {
                    int that = left(static_cast<WordIndex>(x), "TH");
                    // "stressed that A and that B": the verb governs the coordinated clauses
                    // through their conjunction.
                    for (bool toRight : {false, true})
                        for (WordIndex c : p_.partners(static_cast<WordIndex>(x), "RJ", toRight))
                            if (that < 0 && isConjunction(p_.words[c]))
                                that = left(c, "TH");
                    return that >= 0 ? that : x;
                }
        return -1;
    };
    // Who speaks through a governing verb: its claim's subject ("X said that C"). A reporting
    // participle after a comma ("criticised the union, saying that C") speaks for the clause it
    // closes, whether the parse hangs it on the verb (MVg) or on the verb's object (MX): for that
    // clause's speaker when the clause is itself reported ("warned that boosting defences would
    // weaken NATO, adding that C"), else for its subject if that can speak, else for the
    // sentence's main clause.
    auto voiceOf = [&](int claim) -> const Argument* {
        if (claim < 0)
            return nullptr;
        const Claim& owner = claims_[claim];
        if (owner.speakerArgument.valid())
            return &owner.speakerArgument;
        return canSpeak(owner.subject) ? &owner.subject : nullptr;
    };
    auto speakerThrough = [&](WordIndex gov, std::size_t reported) -> const Argument* {
        // "reassured investors that C", "feared that C": a verb of feeling or perceiving that
        // takes a that-clause reports it too.
        if (const std::string lemma = lemmaOf(gov);
            !wn_.isReportingVerb(lemma) && !isSpeechVerb(lemma) &&
            !((wn_.isAttitudeVerb(lemma) || wn_.canReport(lemma)) && right(gov, "TH") >= 0))
            return nullptr;
        if (p_.words[gov].subscript.starts_with('g') && p_.words[gov - 1].text == ",") {
            const int main = mainVerb();
            // The clause the participle closes speaks only when it is the sentence's own or is
            // itself reported: "praised the city for its plan to build homes, saying C" is the
            // praiser's C, not the plan's.
            auto speaks = [&](std::size_t k) {
                return claims_[k].speakerArgument.valid() ||
                       std::find(claimVerbs_[k].begin(), claimVerbs_[k].end(), main) !=
                           claimVerbs_[k].end();
            };
            int closed = -1;
            if (const Link* mv = p_.linkTo(gov, "MV", false); mv != nullptr && mv->sub == "g")
                if (auto it = ownerOfVerb.find(mv->left);
                    it != ownerOfVerb.end() && speaks(it->second))
                    closed = static_cast<int>(it->second);
            if (const int noun = left(gov, "MX"); closed < 0 && noun >= 0)
                for (std::size_t k = 0; k < claims_.size(); ++k)
                    if (claims_[k].kind == ClaimKind::Action && claims_[k].object.head == noun &&
                        speaks(k))
                        closed = static_cast<int>(k);
            if (const Argument* voice = voiceOf(closed))
                return voice;
            if (auto it =
                    main >= 0 ? ownerOfVerb.find(static_cast<WordIndex>(main)) : ownerOfVerb.end();
                it != ownerOfVerb.end() && it->second != reported)
                return voiceOf(static_cast<int>(it->second));
            return nullptr;
        }
        if (auto it = ownerOfVerb.find(gov); it != ownerOfVerb.end() && it->second != reported)
            return speakerOfVerb(gov);
        return nullptr;
    };
    for (std::size_t i = 0; i < claims_.size(); ++i) {
        Claim& c = claims_[i];
        if (c.speakerArgument.valid())
            continue;
        for (WordIndex w : claimVerbs_[i]) {
            const int gov = governorOf(w);
            if (gov < 0)
                continue;
            if (const Argument* s = speakerThrough(static_cast<WordIndex>(gov), i)) {
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
    // Where a claim stands: its first verb word, or its subject when it has no verb.
    auto positionOf = [&](std::size_t i) -> std::size_t {
        return claimVerbs_[i].empty()
                   ? claims_[i].subject.first
                   : *std::min_element(claimVerbs_[i].begin(), claimVerbs_[i].end());
    };
    // Quotation verbs ("said.q"): every other claim of the sentence is the speaker's.
    for (std::size_t q = 0; q < claims_.size(); ++q) {
        bool quoting = false;
        for (WordIndex w : claimVerbs_[q])
            quoting =
                quoting || (!p_.words[w].subscript.empty() && p_.words[w].subscript[0] == 'q');
        if (!quoting || !claims_[q].subject.valid())
            continue;
        claims_[q].reporting = true;
        // A parenthetical quotation verb ("the chief, she stated, would proceed") speaks for the
        // clause it interrupts, from that clause's subject on, not for a clause before it
        // ("Berlin hardened its stance, as the chief, she stated, would …").
        // Likewise a quotation verb in a subordinate clause ("…, as the chief stated she would
        // proceed") speaks from that clause on.
        std::size_t from = 0;
        for (WordIndex w : claimVerbs_[q]) {
            if (const int verb = right(w, "E"); verb >= 0)
                if (const int subject = subjectOf(static_cast<WordIndex>(verb)); subject >= 0)
                    from = readArgument(p_, static_cast<WordIndex>(subject)).first;
            if (const int subordinator = left(w, "CV");
                subordinator >= 0 && isSubordinator(lower(static_cast<WordIndex>(subordinator))))
                from = std::max<std::size_t>(from, static_cast<std::size_t>(subordinator));
        }
        for (std::size_t i = 0; i < claims_.size(); ++i)
            if (i != q && !claims_[i].speakerArgument.valid() &&
                claims_[i].subject.head != claims_[q].subject.head && positionOf(i) >= from)
                claims_[i].speakerArgument = claims_[q].subject;
    }
    // "said the plan will fail if the council cuts the budget", "said that while NATO includes EU
    // members, the alliance is broader": a clause of "if", "while", "because" ... says what the
    // clause it hangs on says, with that clause's speaker. Its subordinator hangs on that
    // clause's verb (MV) or opens it before its subject (CO).
    auto hostOf = [&](WordIndex w) -> int {
        const int subordinator = left(w, "CV");
        if (subordinator < 0)
            return -1;
        const auto sub = static_cast<WordIndex>(subordinator);
        if (!isSubordinator(lower(sub)) && !isCondition(lower(sub)))
            return -1;
        if (const int verb = left(sub, "MV"); verb >= 0)
            return verb;
        if (const int subject = right(sub, "CO"); subject >= 0)
            return right(static_cast<WordIndex>(subject), "S");
        return -1;
    };
    for (bool found = true; found;) {
        found = false;
        for (std::size_t i = 0; i < claims_.size(); ++i) {
            Claim& c = claims_[i];
            for (WordIndex w : claimVerbs_[i]) {
                const int host = hostOf(w);
                if (c.speakerArgument.valid() || host < 0)
                    continue;
                auto it = ownerOfVerb.find(static_cast<WordIndex>(host));
                if (it != ownerOfVerb.end() && it->second != i &&
                    claims_[it->second].speakerArgument.valid()) {
                    c.speakerArgument = claims_[it->second].speakerArgument;
                    found = true;
                }
            }
        }
    }
    // '"We have reached an agreement," said Orban': a speaker's "we" includes the speaker, the
    // one member of it the sentence names.
    for (Claim& c : claims_)
        readWeAsSpeaker(c.subject, c.speakerArgument);
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

void Reader::quotations() {
    for (std::size_t i = 0; i < claims_.size(); ++i) {
        const std::vector<WordIndex>& verbs = claimVerbs_[i];
        const int at =
            verbs.empty() ? claims_[i].subject.head : *std::min_element(verbs.begin(), verbs.end());
        claims_[i].quoted = at >= 0 && insideQuotation(p_, at);
        // '"… we have agreed to move forward," Kristersson said at …' read as one verb group
        // "agreed to move said at": a quoted clause ends at its closing mark, so a claim whose
        // first verb is quoted and a later one not is a misreading. (A quotation may begin
        // inside a verb group: 'he hopes "for one partner"'.)
        if (claims_[i].quoted && std::any_of(verbs.begin(), verbs.end(),
                                             [&](WordIndex v) { return !insideQuotation(p_, v); }))
            claims_[i].asserted = false;
        // A quotation inside the quotation ('… and say \'I have these problems\'') is words the
        // speaker puts in someone's mouth, often to deny them: not the speaker's claim.
        if (claims_[i].quoted && afterOpeningSingleMark(p_, at))
            claims_[i].asserted = false;
    }
}

} // namespace kg::extract::reading
