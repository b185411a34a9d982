// What a sentence mentions without asserting: a clause under "if" or "whether", a clause or
// request the subject denies or rejects ("denied that ...", "rejected calls to ..."), a clause
// under a negated reporting verb ("did not say that ..."), a hedged verb ("reportedly"); and the
// arguments that deny ("nobody in the council", "no plans").
#include "extract/clause_reader_parts.h"

namespace kg::extract::reading {

bool isRejection(std::string_view predicate) {
    static constexpr std::array<std::string_view, 11> kRejecting = {
        "reject", "deny",   "dismiss", "rule out", "refuse", "rebuff",
        "veto",   "oppose", "resist",  "block",    "deflect"};
    return std::find(kRejecting.begin(), kRejecting.end(), predicate) != kRejecting.end();
}

bool isHedge(std::string_view adverb) {
    return adverb == "reportedly" || adverb == "allegedly" || adverb == "purportedly" ||
           adverb == "supposedly";
}

bool isMandative(std::string_view verb) {
    static constexpr std::array<std::string_view, 12> kMandative = {
        "demand",  "insist",    "urge",   "ask",   "request", "require",
        "propose", "recommend", "advise", "order", "command", "call for"};
    return std::find(kMandative.begin(), kMandative.end(), verb) != kMandative.end();
}

bool isNegativeImplicative(std::string_view verb) {
    return verb == "fail" || verb == "refuse" || verb == "decline" || verb == "neglect";
}

bool deniesItsGerund(std::string_view verb) {
    static constexpr std::array<std::string_view, 8> kDenying = {
        "avoid", "stop", "quit", "cease", "postpone", "delay", "defer", "escape"};
    return isRejection(verb) || isNegativeImplicative(verb) ||
           std::find(kDenying.begin(), kDenying.end(), verb) != kDenying.end();
}

// "did not say if it would appeal", "will decide whether to sell", "a debate about how far ...":
// an indirect question asserts nothing.
bool Reader::isQuestion(WordIndex introducer) const {
    if (lower(introducer) == "whether")
        return true;
    // "a debate about how far the city should go": a wh-word, or "how" and its adverb, that a
    // question link (QI) reaches.
    if (left(introducer, "QI") >= 0)
        return true;
    for (std::uint16_t li : p_.linksOfWord[introducer])
        if (const Link& l = p_.links[li];
            l.right == introducer && lower(l.left).starts_with("how") && left(l.left, "QI") >= 0)
            return true;
    if (lower(introducer) != "if")
        return false;
    for (std::uint16_t li : p_.linksOfWord[introducer]) {
        const Link& l = p_.links[li];
        if (l.right == introducer && l.type != "CO" && !p_.words[l.left].isWall &&
            wn_.isReportingVerb(lemmaOf(l.left)))
            return true;
    }
    return false;
}

// The "if" or "unless" on which claim `claim`'s clause holds, or -1: the parse hangs the
// condition on the clause's verb or auxiliary ("would sign the deal if the council agreed") or,
// placed first, on its subject ("If the council agrees, the mayor will sign"). "even if" and
// "as if" do not make the clause conditional; "asked if" is a question (isQuestion).
int Reader::conditionOn(std::size_t claim) const {
    const auto conditionWord = [&](int x) {
        if (x < 0 || !isCondition(lower(static_cast<WordIndex>(x))) ||
            isQuestion(static_cast<WordIndex>(x)))
            return false;
        const std::string before = x > 1 ? lower(static_cast<WordIndex>(x - 1)) : "";
        return before != "even" && before != "as";
    };
    for (WordIndex w : claimVerbs_[claim]) {
        for (WordIndex x : p_.partners(w, "MV", true))
            if (conditionWord(x))
                return x;
        if (const int s = left(w, "S"); s >= 0)
            if (const int x = left(static_cast<WordIndex>(s), "CO"); conditionWord(x))
                return x;
    }
    return -1;
}

// "no plans", "nobody in the council", "none of the banks", "no one": an argument the sentence
// denies. Returns whether `a` is one, and leaves in it what is denied of: the group after "in"
// or "of" ("council", "banks"), or nothing ("nobody" alone
// names no one). The words as written stay, for CaRB and provenance.
bool Reader::deniesArgument(Argument& a) const {
    if (!a.valid() || a.kind == MentionKind::Pronoun)
        return false;
    // "nobody in NATO was naive": the words before the phrase deny it even when the parse hangs
    // "nobody in" elsewhere.
    if (a.first >= 2) {
        const std::string before = lower(static_cast<WordIndex>(a.first - 1));
        const std::string quantifier = lower(static_cast<WordIndex>(a.first - 2));
        if ((before == "in" || before == "of" || before == "among") &&
            (quantifier == "nobody" || quantifier == "none" || quantifier == "neither" ||
             (quantifier == "one" && a.first >= 3 &&
              lower(static_cast<WordIndex>(a.first - 3)) == "no")))
            return true;
    }
    const auto head = static_cast<WordIndex>(a.head);
    const std::string h = lower(head);
    const bool noOne = h == "one" && head > 1 && lower(head - 1) == "no";
    if (h == "nobody" || h == "none" || h == "nothing" || h == "neither" || noOne) {
        Argument group;
        for (WordIndex m : p_.partners(head, "M", true))
            if (const int j = right(m, "J"); j >= 0 && !group.valid())
                group = readArgument(p_, j);
        if (const int of = right(head, "OF"); of >= 0 && !group.valid())
            if (const int j = right(static_cast<WordIndex>(of), "J"); j >= 0)
                group = readArgument(p_, j);
        if (!group.valid()) {
            a.name.clear();
            return true;
        }
        group.first = a.first;
        group.last = a.last;
        group.textLast = a.textLast;
        group.text = a.text;
        a = std::move(group);
        return true;
    }
    // "None of the banks lent": the parse makes "banks" the subject, "none of" hangs on it.
    if (const int of = left(head, "J"); of >= 0 && lower(static_cast<WordIndex>(of)) == "of")
        if (const int q = left(static_cast<WordIndex>(of), "OF"); q >= 0) {
            const std::string l = lower(static_cast<WordIndex>(q));
            if (l == "none" || l == "neither")
                return true;
        }
    // "have no plans": the phrase keeps its "no", so it names nothing the graph or a later
    // pronoun could take for a thing.
    if (const int d = left(head, "D"); d >= 0 && lower(static_cast<WordIndex>(d)) == "no")
        return true;
    return false;
}

// The claim `wanted` is what `governing`'s subject asks for: its modality is the asking verb,
// and the asker says it.
void Reader::wantedBy(const Claim& governing, Claim& wanted) const {
    prependWord(wanted.modality, governing.predicate);
    if (!wanted.speakerArgument.valid())
        wanted.speakerArgument = governing.subject;
}

void Reader::scopeClauses() {
    std::map<WordIndex, std::size_t> ownerOfVerb;
    for (std::size_t i = 0; i < claims_.size(); ++i)
        for (WordIndex w : claimVerbs_[i])
            ownerOfVerb.emplace(w, i);
    std::vector<bool> unasserted(claims_.size(), false);
    std::vector<bool> conditional(claims_.size(), false);
    std::vector<std::pair<std::size_t, std::size_t>> reportedBy; // a clause, its governing claim
    for (std::size_t i = 0; i < claims_.size(); ++i) {
        Claim& c = claims_[i];
        for (WordIndex w : claimVerbs_[i]) {
            // "demanded that the firm raise wages": a subjunctive clause (the parse links its
            // "that" by TS) says what the governing verb's subject wants done.
            if (const int ts = left(w, "TS"); ts >= 0) {
                if (auto owner = ownerOfVerb.find(static_cast<WordIndex>(ts));
                    owner != ownerOfVerb.end() && owner->second != i)
                    wantedBy(claims_[owner->second], c);
                break;
            }
            int intro = left(w, "CV");
            if (intro < 0)
                intro = left(w, "C");
            if (intro < 0)
                continue;
            const auto x = static_cast<WordIndex>(intro);
            const std::string word = lower(x);
            if (isQuestion(x)) {
                unasserted[i] = true;
                break;
            }
            // "when we have common ground", "once the bill passes": a clause of time in the
            // present is a condition, as "if" is; in the past ("when he arrived") it happened.
            const auto pastTense = [&] {
                return std::any_of(claimVerbs_[i].begin(), claimVerbs_[i].end(), [&](WordIndex v) {
                    return p_.words[v].subscript.find("-d") != std::string::npos;
                });
            };
            if (isCondition(word) ||
                ((word == "when" || word == "whenever" || word == "once") && !pastTense())) {
                prependWord(c.modality, word);
                conditional[i] = true;
                break;
            }
            // The claim governing the clause: "denied that C", or the one whose object is the
            // noun the clause explains ("denied claims that C").
            const int gov = left(x, "TH") >= 0 ? left(x, "TH") : intro;
            std::size_t governing = claims_.size();
            bool throughNoun = false;
            if (auto owner = ownerOfVerb.find(static_cast<WordIndex>(gov));
                owner != ownerOfVerb.end())
                governing = owner->second;
            for (std::size_t j = 0; j < claims_.size() && governing == claims_.size(); ++j)
                if (j != i && claims_[j].object.head == gov && !claims_[j].clausalObject) {
                    governing = j;
                    throughNoun = true;
                }
            if (governing == claims_.size() || governing == i)
                break;
            const Claim& g = claims_[governing];
            if (g.negated)
                unasserted[i] = true; // "did not say that C": C is not asserted either way
            else if (isRejection(g.predicate) && throughNoun)
                unasserted[i] = true; // "denied claims that C", "rejected reports that C"
            else if (isRejection(g.predicate))
                c.negated = true; // "denied that C": the speaker says C is false
            else if (isMandative(g.predicate) && !throughNoun)
                wantedBy(g, c); // "urged that the firm should raise wages"
            reportedBy.emplace_back(i, governing);
            break;
        }
    }
    // The main clause of a condition holds only under it: its modality ends in the condition
    // word ("would if", "if"), where the condition's own claims begin with it ("if would").
    for (std::size_t i = 0; i < claims_.size(); ++i)
        if (const int x = conditional[i] ? -1 : conditionOn(i); x >= 0)
            appendWord(claims_[i].modality, lower(static_cast<WordIndex>(x)));
    // "if the board feels the coach is not right, he will go": what is felt or said under a
    // condition nobody asserts.
    for (const auto& [clause, governing] : reportedBy)
        if (conditional[governing])
            unasserted[clause] = true;
    // "he is neither seeking a role nor does he want to take part": a negation the parse skipped
    // leaves the claims after it with a polarity nobody read.
    for (WordIndex w = 1; w < p_.words.size(); ++w) {
        const std::string l = lower(w);
        if (!p_.words[w].unlinked ||
            (l != "not" && l != "never" && l != "nor" && l != "neither" && l != "no"))
            continue;
        for (std::size_t i = 0; i < claims_.size(); ++i)
            if (!claimVerbs_[i].empty() &&
                *std::max_element(claimVerbs_[i].begin(), claimVerbs_[i].end()) > w)
                unasserted[i] = true;
    }
    for (std::size_t i = 0; i < claims_.size(); ++i)
        claims_[i].asserted = claims_[i].asserted && !unasserted[i];
}

// The last word reached from `w` by links to the right, before the final punctuation: where the
// phrase or clause `w` opens ends.
int Reader::phraseEnd(WordIndex w) const {
    int last = w;
    std::vector<WordIndex> todo{w};
    while (!todo.empty()) {
        const WordIndex x = todo.back();
        todo.pop_back();
        for (std::uint16_t li : p_.linksOfWord[x]) {
            const Link& l = p_.links[li];
            if (l.left != x || p_.words[l.right].isWall || isPunctuation(p_.words[l.right].text))
                continue;
            last = std::max<int>(last, l.right);
            todo.push_back(l.right);
        }
    }
    return last;
}

// Extends `a`'s name and text over the clause of `verb` after it ("calls" → "calls to build a
// new airport"). The phrase itself (`last`) stays the noun's: the clause is what the noun says,
// not words of the noun phrase. Phrases right after the clause that the parse hung on `outer`,
// the verb taking `a` ("rejected suggestions that Europe should move | away from US support"),
// belong to the clause: English attaches a phrase to the nearest verb that can take it.
void Reader::extendToClauseEnd(Argument& a, WordIndex verb, int outer) const {
    int last = phraseEnd(verb);
    for (bool more = outer >= 0; more;) {
        more = false;
        for (WordIndex m : p_.partners(static_cast<WordIndex>(outer), "MV", true))
            if (m == last + 1) {
                last = std::max(last, phraseEnd(m));
                more = true;
            }
    }
    if (last <= a.textLast)
        return;
    a.name.append(" ").append(
        p_.span(static_cast<WordIndex>(a.textLast + 1), static_cast<WordIndex>(last)));
    a.textLast = static_cast<WordIndex>(last);
    a.text = std::string(p_.span(a.first, a.textLast));
}

} // namespace kg::extract::reading
