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
#include <cctype>
#include <map>

namespace kg::extract {
namespace {

// How far back (in sentences) a description or an act can be named by a shorter description: far
// enough for "this proposal" a few sentences on, near enough that "this system" does not reach a
// different system mentioned paragraphs before.
constexpr std::uint32_t kWindow = 4;

// "Corp", "Inc", "plc": the legal form of a business, which says no more than that it is a body.
bool isCompanySuffix(std::string_view word) {
    for (std::string_view suffix :
         {"corp", "corporation", "inc", "ltd", "plc", "co", "llc", "ag", "sa", "gmbh", "nv"})
        if (word == suffix)
            return true;
    return false;
}

// The capitalised words before a description's head ("Nordic" in "the Nordic country"): each
// says where or whose the thing is, which its antecedent must be known to be.
std::vector<std::string> properModifiers(std::string_view description) {
    std::vector<std::string> words;
    std::string word;
    for (char c : std::string(description) + ' ') {
        if (c != ' ') {
            word.push_back(c);
            continue;
        }
        // "the US-led alliance" says who leads it, not where or whose it is.
        if (isCapitalised(word) && word.find('-') == std::string::npos)
            words.push_back(word);
        word.clear();
    }
    if (!words.empty() && nameKey(words.back()) == nameKey(lastToken(description)))
        words.pop_back(); // the head itself ("the Alliance")
    return words;
}

bool hasWord(std::string_view text, std::string_view word) {
    const std::vector<std::string> words = lowerWords(text);
    return std::find(words.begin(), words.end(), lowerAscii(word)) != words.end();
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
        if (int named = resolveByKind(a, head, state); named >= 0)
            return named;
    if (tokenCount(a.name) != 1)
        return -1; // "the Western military alliance" adds words an earlier mention may lack
    if (int earlier = resolveSameHead(head, a.plural, state); earlier >= 0)
        return earlier;
    // Only a demonstrative points at an act: "the view that ..." is explained by its own clause.
    return a.plural || determiner != Determiner::Demonstrative ? -1 : resolveAct(head, state);
}

// How a named entity fits "the <head>": WordNet says it is one (NATO is an alliance, Germany a
// country), or one beside it (the EU is an alliance, as a bloc is), or it is a body WordNet does
// not know as one (a company's name) and the head is a word for a body other than a government
// or a country ("the company", "the club"). The last is the weakest: a second candidate nearby
// makes it moot.
EntityResolver::Fit EntityResolver::fitOf(int root, const std::string& head) const {
    const EntityInfo& info = entities_[root];
    const graph::EntityType type = typeOf(root);
    if (info.plural || info.names.empty() ||
        (type != graph::EntityType::Organization && type != graph::EntityType::Place &&
         type != graph::EntityType::Group))
        return Fit::None;
    WordNet& wordnet = WordNet::instance();
    bool knownBody = false;
    for (const auto& [name, count] : info.names) {
        if (wordnet.isKindOf(name, head))
            return Fit::Kind;
        if (wordnet.isKindBeside(name, head))
            return Fit::Beside;
        const NounCategory known = wordnet.namedSynonyms(name).second;
        knownBody = knownBody || known == NounCategory::Group || known == NounCategory::Location;
    }
    // The text must have typed it a body: a bare name typed only because it spoke may be a
    // person's surname ("Rutte said").
    if (knownBody || type != graph::EntityType::Organization ||
        info.typeVotes.count("Organization") == 0 || !wordnet.isKindOf(head, "organization", 6) ||
        wordnet.isKindOf(head, "polity", 6) || wordnet.isKindOf(head, "political unit", 6))
        return Fit::None;
    // "the company" is not the European Commission: a name ending in a common noun is that
    // noun's kind of body.
    for (const auto& [name, count] : info.names) {
        std::string last = lowerAscii(lastToken(name));
        if (last.ends_with('.'))
            last.pop_back();
        if (isCompanySuffix(last))
            continue;
        if (last != head && !wordnet.isKindOf(last, head) &&
            wordnet.nounCategory(last, WordNet::Sense::Common) != NounCategory::Unknown)
            return Fit::None;
    }
    return Fit::Loose;
}

bool EntityResolver::isKnownAs(int root, const std::vector<std::string>& modifiers) const {
    const EntityInfo& info = entities_[root];
    return std::all_of(modifiers.begin(), modifiers.end(), [&](const std::string& modifier) {
        for (const auto* pool : {&info.names, &info.descriptions})
            for (const auto& [name, count] : *pool)
                if (hasWord(name, modifier) || WordNet::instance().placesName(modifier, name))
                    return true;
        return false;
    });
}

// The named organisation, group or place of the document nearest before "the <head>" that fits
// it: one mentioned earlier in this sentence, then a name written earlier in the sentence
// without being an argument of a claim ("US Secretary of State ... the country", "anti-NATO ...
// the alliance"), then one of the earlier sentences. A loose fit with another candidate in
// the same or the sentence before stays unresolved.
int EntityResolver::resolveByKind(const Argument& a, const std::string& head,
                                  DocumentState& state) {
    const bool bare = tokenCount(a.name) == 1;
    // "the Nordic country" is no country the story has not shown to be Nordic.
    const std::vector<std::string> modifiers = properModifiers(a.name);
    const auto fits = [&](int root) {
        // The fit first: it rejects most roots without splitting their names.
        const Fit fit = fitOf(root, head);
        return fit != Fit::None && isKnownAs(root, modifiers) ? fit : Fit::None;
    };
    int found = -1;
    std::uint32_t foundSentence = 0;
    bool scanned = false;
    for (std::size_t i = state.recent.size(); i-- > 0;) {
        const Recent r = state.recent[i];
        if (found >= 0 && r.sentence + 1 < foundSentence)
            break;
        if (!scanned && found < 0 && r.sentence != state.sentence) {
            scanned = true;
            if (int named = nameWrittenBefore(a, head, modifiers, state); named >= 0)
                return named;
        }
        const int root = find(r.entity);
        if (found >= 0) {
            if (root != found && fits(root) != Fit::None)
                return -1; // two bodies could be meant
            continue;
        }
        const Fit fit = fits(root);
        if (fit == Fit::Kind)
            return root;
        // A loose fit only for the bare noun, and never in the same sentence: in "NORDSTAT said
        // that the company will close the mine" the company is someone else.
        if (fit == Fit::Beside || (fit == Fit::Loose && bare && r.sentence != state.sentence)) {
            found = root;
            foundSentence = r.sentence;
        }
    }
    if (found < 0 && !scanned)
        found = nameWrittenBefore(a, head, modifiers, state);
    return found < 0 ? nameWrittenEarlier(a, head, modifiers, state) : found;
}

// The capitalised words of `text` that WordNet knows as a body or place of kind `head` (or one
// beside it) and that each modifier places, nearest the end first.
std::vector<std::string> EntityResolver::bodiesWritten(std::string_view text,
                                                       const std::string& head,
                                                       const std::vector<std::string>& modifiers) {
    WordNet& wordnet = WordNet::instance();
    std::vector<std::string> words;
    std::string word;
    for (char c : std::string(text) + ' ') {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
            word.push_back(c);
            continue;
        }
        // A full stop ends the word unless the word is dotted ("U.S.").
        if (!word.empty() && word.find('.') == word.size() - 1)
            word.pop_back();
        if (!word.empty())
            words.push_back(word);
        word.clear();
    }
    std::vector<std::string> bodies;
    for (auto w = words.rbegin(); w != words.rend(); ++w) {
        if (!isCapitalised(*w))
            continue;
        const auto [synonyms, category] = wordnet.namedSynonyms(*w);
        if (synonyms.empty() ||
            (category != NounCategory::Group && category != NounCategory::Location))
            continue;
        if ((!wordnet.isKindOf(*w, head) && !wordnet.isKindBeside(*w, head)) ||
            !std::all_of(modifiers.begin(), modifiers.end(), [&](const std::string& modifier) {
                return nameKey(modifier) == nameKey(*w) || wordnet.placesName(modifier, *w);
            }))
            continue;
        bodies.push_back(*w);
    }
    return bodies;
}

// `word`, a name WordNet knows as a body or place, resolved as a mention of its own.
int EntityResolver::resolveWrittenBody(const Argument& a, const std::string& word,
                                       DocumentState& state) {
    Argument name;
    name.kind = MentionKind::Name;
    name.head = a.head;
    name.name = word;
    name.text = word;
    name.typeHint = WordNet::instance().namedSynonyms(word).second == NounCategory::Location
                        ? "Place"
                        : "Organization";
    return resolve(name, state, {});
}

// A name WordNet knows as a body or place, written before `a` in its sentence, that is a kind of
// `head` (or one beside it): the nearest such, resolved as a mention of its own.
int EntityResolver::nameWrittenBefore(const Argument& a, const std::string& head,
                                      const std::vector<std::string>& modifiers,
                                      DocumentState& state) {
    const std::string& text = state.current->text;
    const std::size_t at = text.find(a.text);
    if (at == std::string::npos)
        return -1;
    const std::vector<std::string> bodies =
        bodiesWritten(std::string_view(text).substr(0, at), head, modifiers);
    return bodies.empty() ? -1 : resolveWrittenBody(a, bodies.front(), state);
}

// "This country has been without a majority" two sentences after "... a government in Germany":
// with no mention of the story fitting the description, the one such name written in the
// sentences just before it, though no claim took it as an argument. Two different names ("in
// Germany ... to France") could each be meant, so neither is.
int EntityResolver::nameWrittenEarlier(const Argument& a, const std::string& head,
                                       const std::vector<std::string>& modifiers,
                                       DocumentState& state) {
    // The document's sentences are in order: only the window before this one is read.
    const std::vector<SentenceClaims>& sentences = state.document->sentences;
    const std::uint32_t first = state.sentence > kWindow ? state.sentence - kWindow : 0;
    auto sentence = std::lower_bound(
        sentences.begin(), sentences.end(), first,
        [](const SentenceClaims& s, std::uint32_t index) { return s.index < index; });
    std::string found;
    for (; sentence != sentences.end() && sentence->index < state.sentence; ++sentence) {
        for (const std::string& body : bodiesWritten(sentence->text, head, modifiers)) {
            if (!found.empty() && nameKey(body) != nameKey(found))
                return -1;
            found = body;
        }
    }
    return found.empty() ? -1 : resolveWrittenBody(a, found, state);
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
            act->entity = resolve(*act->subject, state, {}, Role::Agent);
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
            agent = resolvePronoun(claim.subject, state, Voice{state.lastSpeaker, claim.quoted});
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

// A body described and named side by side is one body ("the General Court, the EU's second-
// highest court, ruled"), as "the bank's chief executive, Andrea Orcel" is one person. Only a
// definite or possessive singular description that names nothing else: "Acme, a Swedish
// company" classifies Acme (a fact), and "Germany, the Netherlands" are two names.
bool EntityResolver::joinDescribedBody(const Claim& c, int subject, int object) {
    if (c.kind != ClaimKind::Apposition)
        return false;
    const bool nameFirst = c.subject.kind == MentionKind::Name;
    const Argument& name = nameFirst ? c.subject : c.object;
    const Argument& description = nameFirst ? c.object : c.subject;
    const int body = find(nameFirst ? subject : object);
    const int described = find(nameFirst ? object : subject);
    if (name.kind != MentionKind::Name || description.kind != MentionKind::Common || name.plural ||
        description.plural || body == described || !entities_[described].names.empty())
        return false;
    const std::string first = lowerAscii(firstToken(description.text));
    if (first != "the" && !first.ends_with("'s") && first != "its")
        return false;
    const graph::EntityType type = typeOf(body);
    if (type != graph::EntityType::Organization && type != graph::EntityType::Place &&
        type != graph::EntityType::Group)
        return false;
    // The name's own words type it: "the country's biggest lender" is no person.
    entities_[described].typeVotes.clear();
    unite(body, described);
    return true;
}

// "UniCredit's Commerzbank bid" (a headline) and "UniCredit's bid for Commerzbank": the same
// possessor and head noun, the longer with capitalised words naming the object. With one such
// longer description in the story, the shorter ones are it; with two ("X's NATO bid", "X's EU
// bid") the short one could be either and stays apart.
void EntityResolver::joinPossessiveVariants(const DocumentState& state) {
    struct Variants {
        std::vector<int> full;
        std::vector<int> bare;
    };
    std::map<std::string, Variants> byOwnerAndHead;
    for (const Description& d : state.descriptions) {
        const int root = find(d.entity);
        for (const auto& [name, count] : entities_[root].descriptions) {
            const std::size_t mark = name.find("'s ");
            if (mark == std::string::npos || !isCapitalised(name))
                continue;
            const std::vector<std::string> words = lowerWords(name.substr(mark + 3));
            const std::string rest = name.substr(mark + 3);
            if (words.empty() || rest.find_first_of(",;'") != std::string::npos)
                continue;
            const std::string key = nameKey(name.substr(0, mark)) + '\x1f' + words.back();
            Variants& v = byOwnerAndHead[key];
            auto& group = words.size() == 1 ? v.bare : v.full;
            // The longer form's extra words must all be names: "Commerzbank bid", not "recent
            // move".
            if (words.size() > 1) {
                bool named = true;
                std::size_t at = 0;
                for (std::size_t w = 0; w + 1 < words.size(); ++w) {
                    const std::size_t end = rest.find(' ', at);
                    named = named && isCapitalised(rest.substr(at, end - at));
                    at = end + 1;
                }
                if (!named)
                    continue;
            }
            if (std::find(group.begin(), group.end(), root) == group.end())
                group.push_back(root);
        }
    }
    for (auto& [key, v] : byOwnerAndHead) {
        if (v.full.size() != 1)
            continue;
        for (int bare : v.bare)
            unite(v.full.front(), bare);
    }
}

} // namespace kg::extract
