#include "extract/entity_resolver.h"

#include "extract/noun_phrase.h"
#include "extract/wordnet.h"

#include <algorithm>

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
    if (!a.typeHint.empty())
        ++info.typeVotes[a.typeHint];
    if (a.typeHint == "Person" && a.kind == MentionKind::Name)
        info.person = true;
    info.plural = a.plural;
}

int EntityResolver::resolveName(const Argument& a, DocumentState& state) {
    const std::string key = nameKey(a.name);
    // "the agency" after "the European Space Agency" in the same document.
    if (a.kind == MentionKind::Common && tokenCount(a.name) == 1 && !a.plural &&
        lowerAscii(a.text).starts_with("the "))
        if (auto it = state.nameHeads.find(key); it != state.nameHeads.end() && it->second >= 0)
            return find(it->second);
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
        else if (a.typeHint == "Person" && !a.plural)
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
        if (person && type == graph::EntityType::Person)
            return root;
        if (it && !info.plural &&
            (type == graph::EntityType::Organization || type == graph::EntityType::Place))
            return root;
        if (they && (info.plural || type == graph::EntityType::Group))
            return root;
    }
    return -1;
}

int EntityResolver::resolve(const Argument& a, DocumentState& state, int speaker) {
    if (!a.valid())
        return -1;
    int entity =
        a.kind == MentionKind::Pronoun ? resolvePronoun(a, state, speaker) : resolveName(a, state);
    if (entity < 0)
        return -1;
    if ((a.kind == MentionKind::Name || a.kind == MentionKind::Common) && tokenCount(a.name) > 1 &&
        !a.plural && (a.typeHint == "Organization" || a.typeHint == "Group")) {
        // Two organisations with the same head noun make "the <noun>" ambiguous: -1.
        auto [it, inserted] = state.nameHeads.emplace(nameKey(lastToken(a.name)), entity);
        if (!inserted && it->second >= 0 && find(it->second) != find(entity))
            it->second = -1;
    }
    note(entity, a);
    if (a.kind != MentionKind::Quantity)
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
            for (std::size_t other : {si + 1, si - 1})
                if (other < doc.sentences.size())
                    for (const Claim& c : doc.sentences[other].claims)
                        if (c.reporting && nearby == nullptr)
                            nearby = &c.subject;
        if (nearby != nullptr)
            quoteSpeaker = resolve(*nearby, state, -1);
        for (const Claim& claim : sentence.claims) {
            int speaker = claim.speakerArgument.valid() ? resolve(claim.speakerArgument, state, -1)
                                                        : quoteSpeaker;
            if (claim.reporting)
                state.lastSpeaker = resolve(claim.subject, state, -1);
            if (!claim.object.valid() || claim.clausalObject || claim.kind == ClaimKind::Nominal ||
                !claim.subject.entity || !claim.object.entity ||
                claim.subject.kind == MentionKind::Quantity || claim.subject.typeHint == "Date")
                continue;
            int subject = resolve(claim.subject, state, speaker);
            int object = claim.kind == ClaimKind::Title ? resolveTitle(claim.object)
                                                        : resolve(claim.object, state, speaker);
            if (subject < 0 || object < 0 || find(subject) == find(object))
                continue;
            Pending pending;
            graph::FactRecord& r = pending.record;
            if (claim.passive && !claim.predicate.starts_with("be ")) {
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
        out.push_back(std::move(r));
    }
    *this = EntityResolver();
    return out;
}

} // namespace kg::extract
