#include "extract/entity_resolver.h"

#include "extract/mention_rules.h"
#include "extract/noun_phrase.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <unordered_set>

namespace kg::extract {
namespace {

std::size_t tokenCount(std::string_view s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

std::string lastToken(std::string_view s) {
    std::size_t space = s.rfind(' ');
    return std::string(space == std::string_view::npos ? s : s.substr(space + 1));
}

bool isSpeakerPronoun(std::string_view p) {
    return p == "i" || p == "me";
}
bool isPersonPronoun(std::string_view p) {
    return p == "he" || p == "she" || p == "him" || p == "her" || p == "his";
}

// A claim whose object describes its subject rather than naming a second entity.
bool isCopular(const Claim& c) {
    return c.kind == ClaimKind::Copula || c.kind == ClaimKind::Apposition || c.predicate == "be" ||
           c.predicate == "remain" || c.predicate == "become" || c.predicate == "stay" ||
           c.predicate == "seem";
}

// "non-EU allies, particularly the United States", "countries such as Belgium": a plural
// description next to a name gives an example of the group, not another name for it.
bool isExampleApposition(const Claim& c) {
    return c.kind == ClaimKind::Apposition && c.subject.kind == MentionKind::Common &&
           c.subject.plural && c.object.kind == MentionKind::Name;
}

std::string joinTexts(const std::vector<Modifier>& mods, Modifier::Role role,
                      bool withPreposition) {
    std::string out;
    for (const Modifier& m : mods) {
        if (m.role != role)
            continue;
        if (!out.empty())
            out += "; ";
        out += withPreposition ? m.text() : m.argument.text;
    }
    return out;
}

} // namespace

std::string nameKey(std::string_view name) {
    std::string key;
    key.reserve(name.size());
    for (char c : name)
        if (c != '.')
            key.push_back(c);
    key = lowerAscii(key);
    if (key.starts_with("the "))
        key.erase(0, 4);
    return key;
}

int EntityResolver::find(int e) {
    while (parent_[e] != e) {
        parent_[e] = parent_[parent_[e]];
        e = parent_[e];
    }
    return e;
}

void EntityResolver::unite(int keep, int other) {
    keep = find(keep);
    other = find(other);
    if (keep == other)
        return;
    parent_[other] = keep;
    EntityInfo& k = entities_[keep];
    EntityInfo& o = entities_[other];
    for (auto& [n, c] : o.names)
        k.names[n] += c;
    for (auto& [n, c] : o.descriptions)
        k.descriptions[n] += c;
    for (auto& [n, c] : o.typeVotes)
        k.typeVotes[n] += c;
    k.person = k.person || o.person;
}

int EntityResolver::newEntity() {
    entities_.emplace_back();
    parent_.push_back(static_cast<int>(parent_.size()));
    return static_cast<int>(entities_.size()) - 1;
}

void EntityResolver::note(int entity, const Argument& a) {
    EntityInfo& info = entities_[find(entity)];
    if (a.kind == MentionKind::Name)
        ++info.names[a.name];
    else if (a.kind != MentionKind::Pronoun)
        ++info.descriptions[a.name];
    std::string type = a.typeHint;
    // A one-word name the dictionary lists as a given name ("Asia") but whose first proper
    // sense in WordNet is a named place or landform is a place, unless a title makes it a person.
    if (type == "Person" && a.kind == MentionKind::Name && a.title.empty() &&
        tokenCount(a.name) == 1 && WordNet::instance().namesPlace(a.name))
        type = "Place";
    if (!type.empty())
        ++info.typeVotes[type];
    if (type == "Person" && a.kind == MentionKind::Name)
        info.person = true;
    // "the United States", "the Netherlands": a place or organisation name in a plural form is
    // still one entity ("it", not "they").
    info.plural = a.plural && !(a.kind == MentionKind::Name &&
                                (a.typeHint == "Place" || a.typeHint == "Organization"));
}

int EntityResolver::resolveName(const Argument& a, DocumentState& state, bool& anaphoric) {
    const std::string key = nameKey(a.name);
    // "the agency" after "the European Space Agency" in the same document.
    if (a.kind == MentionKind::Common && tokenCount(a.name) == 1 && !a.plural &&
        lowerAscii(a.text).starts_with("the "))
        if (auto it = state.nameHeads.find(key); it != state.nameHeads.end() && it->second >= 0)
            return find(it->second);
    if (int earlier = resolveDescription(a, state); earlier >= 0) {
        anaphoric = true;
        return earlier;
    }
    if (auto it = byKey_.find(key); it != byKey_.end())
        return find(it->second);
    int entity = -1;
    if (a.kind == MentionKind::Name) {
        const bool single = tokenCount(a.name) == 1;
        if (single) {
            // "Rutte" after "Mark Rutte".
            if (auto it = bySurname_.find(key); it != bySurname_.end() && it->second >= 0)
                entity = find(it->second);
        } else if (a.typeHint == "Person") {
            // "Mark Rutte" after "Rutte": the earlier entity takes the full name.
            const std::string surname = nameKey(lastToken(a.name));
            if (auto it = byKey_.find(surname); it != byKey_.end())
                entity = find(it->second);
        }
        if (entity < 0 && (a.typeHint == "Place" || a.typeHint == "Organization"))
            for (const std::string& synonym : WordNet::instance().synonyms(a.name))
                if (auto it = byKey_.find(nameKey(synonym)); it != byKey_.end()) {
                    entity = find(it->second);
                    break;
                }
    } else if (a.kind == MentionKind::Common) {
        // "the NATO Secretary General" stands for the person who holds that title, and "the
        // NATO chief" for the one person whose title has the description's capitalised words.
        if (auto it = byTitle_.find(key); it != byTitle_.end())
            entity = find(it->second);
        else if (a.typeHint == "Person" && !a.plural && determinerOf(a) != Determiner::Indefinite)
            // "a senior NATO diplomat" introduces someone new, whatever its words.
            entity = resolveByTitleWords(a);
    }
    if (entity < 0)
        entity = newEntity();
    byKey_.emplace(key, entity);
    if (a.kind == MentionKind::Name && a.typeHint == "Person" && tokenCount(a.name) > 1) {
        const std::string surname = nameKey(lastToken(a.name));
        auto [it, inserted] = bySurname_.emplace(surname, entity);
        if (!inserted && it->second >= 0 && find(it->second) != find(entity))
            it->second = -2;
    }
    if (!a.title.empty()) {
        byTitle_.emplace(nameKey(a.title), entity);
        TitleHolder holder{{}, entity};
        std::string word;
        for (char c : lowerAscii(a.title) + " ")
            if (c == ' ' || c == '-') {
                if (!word.empty())
                    holder.words.push_back(word);
                word.clear();
            } else {
                word.push_back(c);
            }
        titleHolders_.push_back(std::move(holder));
    }
    return entity;
}

int EntityResolver::resolveByTitleWords(const Argument& description) {
    std::vector<std::string> capitalised;
    std::string word;
    for (char c : description.name + " ") {
        if (c != ' ') {
            word.push_back(c);
            continue;
        }
        if (isCapitalised(word))
            capitalised.push_back(lowerAscii(word));
        word.clear();
    }
    if (capitalised.empty())
        return -1;
    int found = -1;
    for (const TitleHolder& holder : titleHolders_) {
        const bool all =
            std::all_of(capitalised.begin(), capitalised.end(), [&](const std::string& w) {
                return std::find(holder.words.begin(), holder.words.end(), w) != holder.words.end();
            });
        if (!all)
            continue;
        if (found >= 0 && find(found) != find(holder.entity))
            return -1; // two people fit: leave it
        found = holder.entity;
    }
    return found < 0 ? -1 : find(found);
}

int EntityResolver::resolveTitle(const Argument& title) {
    // Titles live in their own key space: "NATO Secretary General" as a description of a person
    // must still find the person (through byTitle_), not the title node.
    const std::string key = "title:" + nameKey(title.name);
    auto [it, inserted] = byKey_.try_emplace(key, -1);
    if (inserted)
        it->second = newEntity();
    note(it->second, title);
    return find(it->second);
}

int EntityResolver::resolvePronoun(const Argument& a, DocumentState& state, int speaker) {
    const std::string& p = a.name;
    if (isSpeakerPronoun(p))
        return speaker >= 0 ? speaker : state.lastSpeaker;
    const bool person = isPersonPronoun(p);
    const bool it = p == "it" || p == "its";
    const bool they = p == "they" || p == "them";
    if (!person && !it && !they)
        return -1;
    const std::uint32_t window = person ? 3 : 1;
    for (auto r = state.recent.rbegin(); r != state.recent.rend(); ++r) {
        if (state.sentence - r->sentence > window)
            break;
        const int root = find(r->entity);
        const graph::EntityType type = typeOf(root);
        const EntityInfo& info = entities_[root];
        if (person && type == graph::EntityType::Person && !info.plural)
            return root;
        // A name no lexicon types ("Bluegate") is most often a company: "it" in the same sentence
        // may refer to it ("praised Bluegate for its promise"). Across sentences "it" is more
        // often an earlier subject that is no name ("The satellite was built by Airbus. It will
        // ..."), which this resolver does not track, so it stays unresolved.
        const bool untypedName = type == graph::EntityType::Other && !info.names.empty() &&
                                 r->sentence == state.sentence;
        // A group named in the singular is an "it" too: "the council ... its decision".
        if (it && !info.plural &&
            (type == graph::EntityType::Organization || type == graph::EntityType::Place ||
             type == graph::EntityType::Group || untypedName))
            return root;
        if (they && (info.plural || type == graph::EntityType::Group))
            return root;
    }
    return -1;
}

int EntityResolver::resolve(const Argument& given, DocumentState& state, int speaker, Role role) {
    if (!given.valid())
        return -1;
    Argument a = given;
    bool metonym = false;
    if (role == Role::Agent)
        if (std::string country = governmentOf(given); !country.empty()) {
            metonym = true;
            // "Washington told ...": the capital acting is the country's government; "talks in
            // Washington" (no agent) keeps the place.
            a.name = std::move(country);
            a.title.clear();
            a.typeHint = "Place";
            a.plural = false;
        }
    bool anaphoric = false;
    int entity = a.kind == MentionKind::Pronoun ? resolvePronoun(a, state, speaker)
                                                : resolveName(a, state, anaphoric);
    if (entity < 0)
        return -1;
    if ((a.kind == MentionKind::Name || a.kind == MentionKind::Common) && tokenCount(a.name) > 1 &&
        !a.plural && (a.typeHint == "Organization" || a.typeHint == "Group")) {
        // Two organisations with the same head noun make "the <noun>" ambiguous: -1.
        auto [it, inserted] = state.nameHeads.emplace(nameKey(lastToken(a.name)), entity);
        if (!inserted && it->second >= 0 && find(it->second) != find(entity))
            it->second = -1;
    }
    // A description that points back adds no name of its own ("this proposal" is not a better
    // name for "Manfred Weber's proposal"), nor does a capital standing for a country that
    // already has a name: the country keeps the names written for it.
    const bool addsName = !anaphoric && !(metonym && !entities_[find(entity)].names.empty());
    if (addsName) {
        note(entity, a);
        noteDescription(entity, a, state);
    }
    if (a.kind != MentionKind::Quantity && role != Role::Predicative)
        state.recent.push_back(Recent{entity, state.sentence});
    return entity;
}

void EntityResolver::addDocument(const DocumentClaims& doc) {
    DocumentState state;
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
        const SentenceClaims& sentence = doc.sentences[si];
        state.sentence = sentence.index;
        // A quotation whose speaker is named in the next or previous sentence.
        int quoteSpeaker = -1;
        const Argument* nearby = nullptr;
        if (sentence.opensWithQuote)
            // '"...," Rubio told reporters': the sentence's own reporting verb first.
            for (std::size_t other : {si, si + 1, si - 1})
                if (other < doc.sentences.size())
                    for (const Claim& c : doc.sentences[other].claims)
                        if (c.reporting && nearby == nullptr)
                            nearby = &c.subject;
        if (nearby != nullptr && canSpeak(*nearby))
            quoteSpeaker = resolve(*nearby, state, -1, Role::Agent);
        for (const Claim& claim : sentence.claims) {
            // A claim reported by something that cannot speak ("this", "military efforts") comes
            // from a misread sentence: neither it nor its attribution can be trusted.
            if (claim.speakerArgument.valid() && !canSpeak(claim.speakerArgument))
                continue;
            int speaker = claim.speakerArgument.valid()
                              ? resolve(claim.speakerArgument, state, -1, Role::Agent)
                              : quoteSpeaker;
            if (claim.reporting && canSpeak(claim.subject))
                state.lastSpeaker = resolve(claim.subject, state, -1, Role::Agent);
            if (!claim.object.valid() || claim.clausalObject || !claim.asserted ||
                claim.kind == ClaimKind::Nominal || !claim.subject.entity || !claim.object.entity ||
                claim.subject.kind == MentionKind::Quantity || claim.subject.typeHint == "Date")
                continue;
            if (namesNothing(claim.subject) ||
                (claim.kind != ClaimKind::Title && namesNothing(claim.object, isCopular(claim))) ||
                isExampleApposition(claim))
                continue;
            const bool agentObject = claim.passive && !claim.predicate.starts_with("be ");
            const Role subjectRole =
                claim.kind == ClaimKind::Action && !claim.passive ? Role::Agent : Role::Other;
            const Role objectRole = isCopular(claim) ? Role::Predicative
                                    : agentObject    ? Role::Agent
                                                     : Role::Other;
            int subject = resolve(claim.subject, state, speaker, subjectRole);
            int object = claim.kind == ClaimKind::Title
                             ? resolveTitle(claim.object)
                             : resolve(claim.object, state, speaker, objectRole);
            if (subject < 0 || object < 0 || find(subject) == find(object))
                continue;
            Pending pending;
            graph::FactRecord& r = pending.record;
            if (agentObject) {
                std::swap(subject, object); // "was rejected by the council": the council rejects
            }
            pending.subject = subject;
            pending.object = object;
            pending.speaker = speaker;
            r.predicate = claim.predicate;
            if (lowerAscii(claim.surface) != claim.predicate)
                r.surface = claim.surface;
            r.negated = claim.negated;
            r.modality = claim.modality;
            r.time = joinTexts(claim.modifiers, Modifier::Role::Time, true);
            r.quantity = joinTexts(claim.modifiers, Modifier::Role::Quantity, false);
            r.place = joinTexts(claim.modifiers, Modifier::Role::Place, true);
            r.confidence = claim.confidence;
            r.doc = doc.id;
            r.sentence = sentence.index;
            r.begin = sentence.begin;
            r.end = sentence.end;
            r.text = sentence.text;
            r.date = doc.date;
            r.source = doc.source;
            pending_.push_back(std::move(pending));
        }
        noteActs(sentence, state);
    }
}

graph::EntityType EntityResolver::typeOf(int root) const {
    const EntityInfo& info = entities_[root];
    if (info.person)
        return graph::EntityType::Person;
    std::string best;
    int votes = 0;
    for (const auto& [type, count] : info.typeVotes)
        if (count > votes) {
            best = type;
            votes = count;
        }
    // An organisation is a named group: "the agency" (Group) describes "European Space Agency"
    // (Organization) however often it is used, so a group with an organisation's name is one.
    if (best == "Group" && info.typeVotes.count("Organization") > 0)
        best = "Organization";
    return graph::parseEntityType(best).value_or(graph::EntityType::Other);
}

std::string EntityResolver::canonicalName(int root) const {
    const EntityInfo& info = entities_[root];
    const auto& pool = info.names.empty() ? info.descriptions : info.names;
    const bool person = info.person;
    std::string best;
    int bestCount = -1;
    for (const auto& [name, count] : pool) {
        // People go by their fullest name; everything else by its most frequent one.
        const bool better =
            person ? (tokenCount(name) > tokenCount(best) ||
                      (tokenCount(name) == tokenCount(best) && count > bestCount))
                   : (count > bestCount || (count == bestCount && name.size() > best.size()));
        if (best.empty() || better) {
            best = name;
            bestCount = count;
        }
    }
    return best;
}

std::vector<graph::FactRecord> EntityResolver::takeRecords() {
    std::vector<std::string> names(entities_.size());
    std::vector<std::vector<std::string>> aliases(entities_.size());
    std::vector<graph::EntityType> types(entities_.size());
    for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
        if (find(e) != e)
            continue;
        names[e] = canonicalName(e);
        types[e] = typeOf(e);
        for (const auto& pool : {entities_[e].names, entities_[e].descriptions})
            for (const auto& [name, count] : pool)
                if (name != names[e] &&
                    std::find(aliases[e].begin(), aliases[e].end(), name) == aliases[e].end())
                    aliases[e].push_back(name);
    }
    std::vector<graph::FactRecord> out;
    out.reserve(pending_.size());
    std::unordered_set<std::string> seen;
    for (Pending& p : pending_) {
        const int s = find(p.subject);
        const int o = find(p.object);
        if (s == o)
            continue;
        graph::FactRecord& r = p.record;
        r.subject = graph::FactEntity{names[s], types[s], aliases[s]};
        r.object = graph::FactEntity{names[o], types[o], aliases[o]};
        if (p.speaker >= 0 && find(p.speaker) != s)
            r.attributedTo = names[find(p.speaker)];
        // Two claims of one sentence can become one fact once their mentions are resolved
        // ("Stockholm will pay, and the country will fund ..." read twice): keep it once.
        std::string key = r.doc + '\n' + std::to_string(r.sentence) + '\n' + r.subject.name + '\n' +
                          r.predicate + '\n' + r.object.name + '\n' + (r.negated ? "!" : "") +
                          r.modality + '\n' + r.attributedTo + '\n' + r.time + '\n' + r.quantity +
                          '\n' + r.place;
        if (!seen.insert(std::move(key)).second)
            continue;
        out.push_back(std::move(r));
    }
    *this = EntityResolver();
    return out;
}

} // namespace kg::extract
