// Claims read inside noun phrases: possession, "X of Y", adjectives, appositions, titles,
// nouns of intent with an infinitive ("its plan to raise ..."), and coordinations the parse
// split too early.
#include "extract/clause_reader_parts.h"
#include "extract/stance.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::extract::reading {

// One word as an argument that names no entity: an adjective ("gaping", "longer").
Argument Reader::wordArgument(WordIndex w) const {
    Argument a;
    a.head = w;
    a.first = a.last = a.textLast = w;
    a.text = a.name = p_.words[w].text;
    a.entity = false;
    return a;
}

// The words [first, last] as written, for a qualifier ("about 100,000 troops").
Argument Reader::wordsArgument(WordIndex first, WordIndex last) const {
    Argument a = wordArgument(last);
    a.first = first;
    a.text = a.name = std::string(p_.span(first, last));
    return a;
}

// "The athletes from Norway, Chile and Kenya will not compete": the parse may coordinate
// "athletes from Norway" with "Chile" and "Kenya", but names of the same type as the first
// conjunct's prepositional object (places here) continue that object. With `anyConjunct`, any
// conjuncts may continue it. Returns the whole phrase as one argument, or an invalid one when the
// conjuncts are what they seem.
Argument Reader::coordinationInObject(const std::vector<WordIndex>& conjuncts,
                                      bool anyConjunct) const {
    if (conjuncts.size() < 2)
        return {};
    Argument first = readArgument(p_, conjuncts.front());
    if (!first.valid() || first.kind != MentionKind::Common)
        return {};
    int object = -1;
    for (WordIndex m : p_.partners(conjuncts.front(), "M", true))
        if (int j = right(m, "J"); j >= 0)
            object = j;
    if (object < 0)
        return {};
    const Argument named = readArgument(p_, object);
    if (!anyConjunct && (named.kind != MentionKind::Name || named.typeHint.empty()))
        return {};
    for (std::size_t i = 1; i < conjuncts.size(); ++i) {
        const Argument other = readArgument(p_, conjuncts[i]);
        if (!other.valid() || (anyConjunct && isNotANounPhrase(other, Role::Object)))
            return {};
        if (!anyConjunct && (other.kind != MentionKind::Name || other.typeHint != named.typeHint))
            return {};
        first.last = std::max<WordIndex>(first.last, other.last);
        first.textLast = std::max<WordIndex>(first.textLast, other.textLast);
    }
    first.text = std::string(p_.span(first.first, first.textLast));
    // The name, like any description's, leaves out the article.
    WordIndex nameFirst = first.first;
    while (nameFirst < first.last && isArticle(lower(nameFirst)))
        ++nameFirst;
    first.name = std::string(p_.span(nameFirst, first.last));
    first.plural = true;
    return first;
}

void Reader::nominals() {
    auto add = [&](Argument subject, std::string relation, Argument object, float base) {
        if (!subject.valid() || !object.valid() || subject.last < subject.first ||
            subject.name == object.name)
            return;
        Claim c;
        c.kind = ClaimKind::Nominal;
        c.subject = std::move(subject);
        c.object = std::move(object);
        c.relation = std::move(relation);
        c.predicate = c.relation;
        c.confidence = confidence(c, base);
        claims_.push_back(std::move(c));
        claimVerbs_.emplace_back();
    };
    for (const Link& link : p_.links) {
        if (link.type == "YS" || link.type == "YP") {
            // possessor -Y- 's -D- possessed
            const int possessed = right(link.right, "D");
            if (possessed < 0)
                continue;
            Argument owned = readArgument(p_, possessed);
            if (owned.valid() && owned.first <= link.right) {
                owned.first = static_cast<WordIndex>(link.right + 1);
                owned.text = std::string(p_.span(owned.first, owned.textLast));
            }
            add(readArgument(p_, link.left), "has", owned, 0.15f);
        } else if (link.type == "A" &&
                   std::isalpha(static_cast<unsigned char>(p_.words[link.left].text.front())) &&
                   !isDeterminingAdjective(lower(link.left))) {
            // "a gaping loophole": the loophole is gaping.
            Argument noun = readArgument(p_, link.right);
            if (!noun.valid() || link.left < noun.first || link.left > noun.last)
                continue;
            const Argument quality = wordArgument(link.left);
            // The noun's phrase as written, without the adjective.
            noun.text.clear();
            if (link.left > noun.first)
                noun.text = std::string(p_.span(noun.first, link.left - 1));
            if (link.left < noun.textLast) {
                if (!noun.text.empty())
                    noun.text += ' ';
                noun.text += p_.span(link.left + 1, noun.textLast);
            }
            add(noun, std::string(kCarbBe), quality, 0.04f);
        } else if (link.type == "M" && !link.sub.empty() &&
                   (link.sub[0] == 'p' || link.sub[0] == 'f') && left(link.right, "MV") < 0 &&
                   !isConjunction(p_.words[link.right])) {
            int obj = right(link.right, "J");
            if (obj < 0)
                continue;
            Argument noun = readArgument(p_, link.left);
            if (!noun.valid() || link.right == 0)
                continue;
            noun.last = static_cast<WordIndex>(link.right - 1);
            while (noun.last > noun.first && isPunctuation(p_.words[noun.last].text))
                --noun.last;
            noun.textLast = noun.last;
            noun.text = std::string(p_.span(noun.first, noun.last));
            add(noun, std::string(kCarbBe) + " " + lower(link.right), readArgument(p_, obj), 0.12f);
        }
    }
}

// Who owns a noun: "its plan" (the pronoun, resolved later), "Germany's plan" (Germany), or -1.
int Reader::possessorOf(WordIndex noun) const {
    int d = left(noun, "D");
    if (d < 0)
        return -1;
    if (isPersonalPronoun(lower(static_cast<WordIndex>(d))))
        return d;
    for (std::string_view t : {"YS", "YP"})
        if (int owner = left(static_cast<WordIndex>(d), t); owner >= 0)
            return owner;
    return -1;
}

// "its plan to raise spending", "the ministry's decision to close hospitals": a noun of intent
// with an infinitive says its owner will do it, with the noun as the modality ("plan to"). The
// owner is the possessor, or else the subject of the verb the noun is the object of ("the
// ministry announced a plan to close ...", not "welcomed" or "condemned" it). Without an owner
// there is no claim: "a plan to close hospitals" alone says nobody will.
void Reader::nounInfinitives() {
    const std::size_t mainClaims = claims_.size();
    for (const Link& link : p_.links) {
        if (link.type != "TO" || link.sub.empty() || link.sub[0] != 'n')
            continue;
        const WordIndex noun = link.left;
        int inf = right(noun, "IV");
        if (inf < 0)
            inf = right(link.right, "I");
        if (inf < 0)
            continue;
        Argument owner;
        // "the need for Europe to assume responsibility": "for" names who is to do it.
        for (WordIndex m : p_.partners(noun, "M", true))
            if (lower(m) == "for" && m < link.right)
                if (int who = right(m, "J"); who >= 0 && who < link.right)
                    owner = readArgument(p_, static_cast<WordIndex>(who));
        if (int who = possessorOf(noun); who >= 0 && !owner.valid())
            owner = readArgument(p_, who);
        // "have no plans to reduce", "did not announce a plan to": no plan is stated.
        bool denied = false;
        for (std::size_t i = 0; i < mainClaims && !owner.valid(); ++i)
            if (claims_[i].object.head == noun && !claims_[i].passive &&
                claims_[i].kind == ClaimKind::Action) {
                owner = claims_[i].subject;
                denied = claims_[i].negated;
                // "rejected a plan to build": the rejection is the claim, and it is read
                // with the verb. "condemned the move to close", "welcomed the plan to cut": a
                // stance on the plan says it is someone else's; "proposed a plan" authors it.
                if (isRejection(claims_[i].predicate) ||
                    (claims_[i].predicate != "propose" &&
                     stanceOf(claims_[i].predicate, false) != graph::Stance::Neutral))
                    owner = Argument{};
            }
        if (!owner.valid())
            continue;
        // Only a noun of intent is a modality ("plan to", "decision to"); "effort to" is trying,
        // "refusal to" and "failure to" deny; "the alliance to" or "a call to" say nothing of the
        // owner's own act.
        std::string intent = wn_.nounLemma(lower(noun));
        bool refused = false;
        if (!intentOfNoun(intent, refused))
            continue;
        denied = denied || refused;
        Chain chain = follow(static_cast<WordIndex>(inf));
        if (const int d = left(noun, "D"); d >= 0 && lower(static_cast<WordIndex>(d)) == "no") {
            denied = true;
            chain.words.push_back(static_cast<WordIndex>(d));
        }
        chain.negated = chain.negated || denied;
        intent += " to";
        prependWord(chain.modality, intent);
        chain.words.push_back(noun);
        chain.words.push_back(link.right);
        clauseClaims(owner, chain, 1);
    }
}

// "intensified its resistance to the bid", "voiced support for the plan": a noun of stance with
// its target says that its holder resists or supports the target. The holder is a named
// possessor ("Berlin's opposition to"), else the subject of the verb whose object the noun is.
// Only a verb that states or sharpens the stance counts: "overcame the resistance to the bid"
// says nothing of the subject's own position.
void Reader::nounStances() {
    struct StanceNoun {
        std::string_view noun, preposition, predicate;
    };
    static constexpr std::array<StanceNoun, 9> kNouns = {{{"opposition", "to", "oppose"},
                                                          {"resistance", "to", "resist"},
                                                          {"objection", "to", "object to"},
                                                          {"hostility", "to", "oppose"},
                                                          {"support", "for", "support"},
                                                          {"backing", "for", "back"},
                                                          {"criticism", "of", "criticise"},
                                                          {"rejection", "of", "reject"},
                                                          {"endorsement", "of", "endorse"}}};
    static constexpr std::array<std::string_view, 18> kStating = {
        "express", "voice",    "signal",    "show",       "reiterate", "repeat",
        "restate", "maintain", "declare",   "announce",   "pledge",    "offer",
        "lend",    "confirm",  "intensify", "strengthen", "step up",   "harden"};
    const std::size_t mainClaims = claims_.size();
    for (std::size_t i = 0; i < mainClaims; ++i) {
        const Claim& stated = claims_[i];
        if (stated.kind != ClaimKind::Action || stated.passive || stated.clausalObject ||
            !stated.object.valid() ||
            std::find(kStating.begin(), kStating.end(), stated.predicate) == kStating.end())
            continue;
        const WordIndex noun = static_cast<WordIndex>(stated.object.head);
        const std::string lemma = wn_.nounLemma(lower(noun));
        const auto kind = std::find_if(kNouns.begin(), kNouns.end(),
                                       [&](const StanceNoun& n) { return n.noun == lemma; });
        if (kind == kNouns.end())
            continue;
        int target = -1;
        for (WordIndex m : p_.partners(noun, "M", true))
            if (lower(m) == kind->preposition && target < 0)
                target = right(m, "J");
        if (target < 0)
            continue;
        Claim c;
        c.subject = stated.subject;
        if (const int owner = possessorOf(noun);
            owner >= 0 && !isPersonalPronoun(lower(static_cast<WordIndex>(owner))))
            c.subject = readArgument(p_, static_cast<WordIndex>(owner));
        c.object = readArgument(p_, static_cast<WordIndex>(target));
        if (!c.subject.valid() || !c.object.valid())
            continue;
        c.predicate = c.relation = c.surface = std::string(kind->predicate);
        c.negated = stated.negated;
        c.modality = stated.modality;
        c.asserted = stated.asserted;
        c.confidence = stated.confidence;
        std::vector<WordIndex> verbs = claimVerbs_[i];
        claims_.push_back(std::move(c));
        claimVerbs_.push_back(std::move(verbs));
    }
}

void Reader::appositions() {
    for (const Link& link : p_.links) {
        if (link.type != "MX" || link.sub.find('r') != std::string::npos)
            continue;
        Argument subject = readArgument(p_, link.left);
        Argument object = readArgument(p_, link.right);
        const std::string& sub = p_.words[link.right].subscript;
        if (!subject.valid() || !object.valid() || object.kind == MentionKind::Pronoun ||
            subject.kind == MentionKind::Quantity ||
            (!sub.empty() && (sub[0] == 'g' || sub[0] == 'v')))
            continue;
        Claim c;
        c.kind = ClaimKind::Apposition;
        c.subject = subject;
        c.object = object;
        c.predicate = "be";
        c.relation = kCarbBe;
        c.confidence = confidence(c, 0.6f);
        claims_.push_back(std::move(c));
        claimVerbs_.emplace_back();
    }
}

// Most words capitalised, as in a headline: at least four words with letters, three in five of
// them capitalised.
bool Reader::isTitleCase() const {
    int lettered = 0;
    int capitalised = 0;
    for (const Word& w : p_.words)
        if (!w.isWall && std::any_of(w.text.begin(), w.text.end(),
                                     [](unsigned char c) { return std::isalpha(c) != 0; })) {
            ++lettered;
            capitalised += isCapitalised(w.text) ? 1 : 0;
        }
    return lettered >= 4 && capitalised * 5 >= lettered * 3;
}

void Reader::titles() {
    std::vector<int> seen;
    // New claims go to their own vector: appending to claims_ while holding pointers into it
    // would leave them dangling when it grows.
    std::vector<Claim> found;
    const auto addTitle = [&](const Argument& a) {
        seen.push_back(a.head);
        Claim c;
        c.kind = ClaimKind::Title;
        c.subject = a;
        c.subject.text = a.name; // the title claim is about the person, not the phrase
        c.object.head = a.head;
        c.object.name = a.title;
        c.object.text = a.title;
        c.object.kind = MentionKind::Common;
        c.object.first = a.first;
        c.object.last = a.first;
        c.object.textLast = a.first;
        c.predicate = "has title";
        c.relation = kCarbBe;
        c.confidence = confidence(c, 0.85f);
        found.push_back(std::move(c));
    };
    std::vector<bool> inArgument(p_.words.size(), false);
    for (std::size_t i = 0; i < claims_.size(); ++i)
        for (const Argument* a : {&claims_[i].subject, &claims_[i].object}) {
            if (claims_[i].kind == ClaimKind::Nominal)
                break;
            if (a->valid())
                for (std::size_t w = a->first; w <= a->textLast && w < inArgument.size(); ++w)
                    inArgument[w] = true;
            if (a->title.empty() || !a->valid() ||
                std::find(seen.begin(), seen.end(), a->head) != seen.end())
                continue;
            addTitle(*a);
        }
    // A titled name no claim took as its subject or object ("talks with Swedish Prime Minister
    // Ulf Kristersson"): the end of a name chain outside every argument. Its title is stated all
    // the same, and the person is named for the sentences after ("Kristersson said"). Not in a
    // headline, whose capitals make a name chain of any words ("US Will Be Involved").
    for (WordIndex w = 1; w < p_.words.size() && !isTitleCase(); ++w) {
        if (inArgument[w] || (left(w, "G") < 0 && left(w, "GN") < 0) || right(w, "G") >= 0)
            continue;
        const Argument a = readArgument(p_, w);
        if (a.kind == MentionKind::Name && a.typeHint == "Person" && !a.title.empty() &&
            a.valid() && a.entity && std::find(seen.begin(), seen.end(), a.head) == seen.end())
            addTitle(a);
    }
    for (Claim& c : found) {
        claims_.push_back(std::move(c));
        claimVerbs_.emplace_back();
    }
}

} // namespace kg::extract::reading
