// Definite and demonstrative descriptions that point back to something the document already
// named: "the alliance" to the organisation WordNet calls an alliance, "this proposal" to the
// last more specific proposal ("Weber's proposal", "a proposal to deploy troops"), or to the
// act of proposing ("Weber suggested ..." -> "Manfred Weber's proposal"). Part of EntityResolver;
// split off because it is one job with its own state (DocumentState::descriptions and ::acts).
#include "extract/entity_resolver.h"
#include "extract/mention_rules.h"
#include "extract/noun_phrase.h"
#include "extract/wordnet.h"

#include <algorithm>

namespace kg::extract {
namespace {

// How far back (in sentences) a description or an act can be named by a shorter description: far
// enough for "this proposal" a few sentences on, near enough that "this system" does not reach a
// different system mentioned paragraphs before.
constexpr std::uint32_t kWindow = 4;

std::string firstToken(std::string_view s) {
    return std::string(s.substr(0, s.find(' ')));
}

} // namespace

int EntityResolver::resolveDescription(const Argument& a, DocumentState& state) {
    const Determiner determiner = determinerOf(a);
    if (determiner != Determiner::Definite && determiner != Determiner::Demonstrative)
        return -1;
    // A name only when it is a lone common noun written with a capital ("the Alliance"); "the
    // European Union" is a name in its own right.
    if (a.kind == MentionKind::Name &&
        (tokenCount(a.name) != 1 || !WordNet::instance().isNoun(lowerAscii(a.name))))
        return -1;
    if (a.kind != MentionKind::Common && a.kind != MentionKind::Name)
        return -1;
    // The determiner must be the phrase's own: in "the US secretary of state" read as "State" it
    // belongs to other words.
    if (tokenCount(a.text) != tokenCount(a.name) + 1)
        return -1;
    const std::string head = headNoun(a.name);
    if (head.empty() || nameKey(head) != nameKey(lastToken(a.name)))
        return -1; // "the backbone of Europe's security" says more than its head
    if (!a.plural && tokenCount(a.name) == 1 && a.kind == MentionKind::Common)
        if (int holder = resolveTitleHead(head, state); holder >= 0)
            return holder;
    if (!a.plural)
        if (int named = resolveByKind(head, state); named >= 0)
            return named;
    if (tokenCount(a.name) != 1)
        return -1; // "the Western military alliance" adds words an earlier mention may lack
    if (int earlier = resolveSameHead(head, a.plural, state); earlier >= 0)
        return earlier;
    // Only a demonstrative points at an act: "the view that ..." is explained by its own clause.
    return a.plural || determiner != Determiner::Demonstrative ? -1 : resolveAct(head, state);
}

// The most recent named organisation, group or place in the document that WordNet says is a
// kind of `head` ("the alliance" -> NATO, "the country" -> Germany, "the continent" -> Europe).
int EntityResolver::resolveByKind(const std::string& head, const DocumentState& state) {
    WordNet& wordnet = WordNet::instance();
    for (auto r = state.recent.rbegin(); r != state.recent.rend(); ++r) {
        const int root = find(r->entity);
        const EntityInfo& info = entities_[root];
        const graph::EntityType type = typeOf(root);
        if (info.plural || info.names.empty() ||
            (type != graph::EntityType::Organization && type != graph::EntityType::Place &&
             type != graph::EntityType::Group))
            continue;
        for (const auto& [name, count] : info.names)
            if (wordnet.isKindOf(name, head))
                return root;
    }
    return -1;
}

// "the minister" after "Transport Minister Ingrid Dahl": the one person in the document whose
// title ends in that noun.
int EntityResolver::resolveTitleHead(const std::string& head, const DocumentState& state) {
    int found = -1;
    for (const TitleHolder& holder : titleHolders_) {
        if (holder.words.empty() || holder.words.back() != head)
            continue;
        const int root = find(holder.entity);
        const bool here = std::any_of(state.recent.begin(), state.recent.end(),
                                      [&](const Recent& r) { return find(r.entity) == root; });
        if (!here)
            continue;
        if (found >= 0 && found != root)
            return -1; // two ministers: leave it
        found = root;
    }
    return found;
}

// "this proposal" after "Weber's proposal" or "a proposal to deploy troops": the most recent
// longer description with the same head noun and number in the document.
int EntityResolver::resolveSameHead(const std::string& head, bool plural, DocumentState& state) {
    for (auto d = state.descriptions.rbegin(); d != state.descriptions.rend(); ++d) {
        if (state.sentence - d->sentence > kWindow)
            break;
        if (d->head == head && d->plural == plural && d->tokens > 1) {
            // Mentioned again: the description stays in reach for the next "the tunnel".
            Description again = *d;
            again.sentence = state.sentence;
            state.descriptions.push_back(again);
            return find(again.entity);
        }
    }
    return -1;
}

// "this proposal" after "Weber suggested ...", "the statement" after "Rutte stated ...": the
// noun names a recent act (WordNet derives it from the verb), so the description is that
// agent's act, one entity per agent and noun, named "<agent>'s <noun>".
int EntityResolver::resolveAct(const std::string& head, DocumentState& state) {
    WordNet& wordnet = WordNet::instance();
    for (auto act = state.acts.rbegin(); act != state.acts.rend(); ++act) {
        if (state.sentence - act->sentence > kWindow)
            break;
        if (!wordnet.nominalizes(head, act->verb))
            continue;
        if (act->entity < 0) {
            // Resolving the agent may meet a description again ("the council"); it must not
            // look for acts in turn.
            if (resolvingAct_)
                return -1;
            resolvingAct_ = true;
            // The agent is looked up here, not mentioned: in "Rutte disagreed with this proposal.
            // He ...", "he" is still Rutte, not the proposal's author.
            const auto mentioned = state.recent.size();
            act->entity = resolve(*act->subject, state, -1, Role::Agent);
            state.recent.erase(state.recent.begin() + mentioned, state.recent.end());
            resolvingAct_ = false;
        }
        if (act->entity < 0)
            return -1;
        const int agent = find(act->entity);
        const std::string key = std::to_string(agent) + ':' + head;
        auto [it, inserted] = byAct_.try_emplace(key, -1);
        if (inserted) {
            it->second = newEntity();
            Argument name;
            name.kind = MentionKind::Common;
            name.name = canonicalName(agent) + "'s " + head;
            name.text = name.name;
            note(it->second, name);
            // The act is its agent's: whoever answers "this proposal" is one step from its author.
            linkAuthor(it->second, name.name, agent, state);
        }
        return find(it->second);
    }
    return -1;
}

void EntityResolver::noteDescription(int entity, const Argument& a, DocumentState& state) {
    if (a.kind != MentionKind::Common || tokenCount(a.name) < 2)
        return;
    state.descriptions.push_back(
        Description{entity, headNoun(a.name), tokenCount(a.name), a.plural, state.sentence});
}

// The acts of a sentence: each active claim's verb, and its control verb ("plans to raise":
// plan), with the agent that did it. Pronoun agents are resolved now, while their antecedent is
// recent; names wait until a description needs them.
void EntityResolver::noteActs(const SentenceClaims& sentence, DocumentState& state) {
    for (const Claim& claim : sentence.claims) {
        if (claim.kind != ClaimKind::Action || claim.passive || !claim.subject.valid() ||
            !canSpeak(claim.subject) || claim.predicate.empty())
            continue;
        int agent = -1;
        if (claim.subject.kind == MentionKind::Pronoun) {
            agent = resolvePronoun(claim.subject, state, state.lastSpeaker);
            if (agent < 0)
                continue;
        }
        state.acts.push_back(
            Act{&claim.subject, agent, firstToken(claim.predicate), state.sentence});
        if (!claim.modality.empty())
            state.acts.push_back(
                Act{&claim.subject, agent, firstToken(claim.modality), state.sentence});
    }
}

} // namespace kg::extract
