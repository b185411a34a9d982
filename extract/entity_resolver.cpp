#include "extract/entity_resolver.h"

#include "base/edit_distance.h"
#include "extract/entity_types.h"
#include "extract/fact_confidence.h"
#include "extract/gazetteer.h"
#include "extract/mention_rules.h"
#include "extract/noun_phrase.h"
#include "extract/quotation_runs.h"
#include "extract/stance.h"
#include "extract/wordnet.h"

#include <algorithm>
#include <unordered_set>

namespace kg::extract {
namespace {

bool isSpeakerPronoun(std::string_view p) {
    return p == "i" || p == "me";
}
// A "we" the claim reader gave its speaker's reading ('"We agree," he added': the subject is
// written "we" and read as "he"), as it does only where the claim names its speaker.
bool isSpeakersWe(const Argument& a) {
    return lowerAscii(a.text) == "we" && lowerAscii(a.name) != "we";
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

// "the Italian bank's chief executive, Andrea Orcel": a person described and named side by side
// is one person, as a title before the name would make them.
bool describesANamedPerson(const Claim& c) {
    if (c.kind != ClaimKind::Apposition || c.subject.typeHint != "Person" || c.subject.plural ||
        c.object.kind != MentionKind::Name || c.object.plural)
        return false;
    // "CEO" is read as a name, but it is a common noun for a person all the same.
    return c.subject.kind == MentionKind::Common ||
           (c.subject.kind == MentionKind::Name && tokenCount(c.subject.name) == 1 &&
            WordNet::instance().nounCategory(lowerAscii(c.subject.name), WordNet::Sense::First) ==
                NounCategory::Person);
}

std::string joinTexts(const std::vector<Modifier>& mods, Modifier::Role role,
                      bool withPreposition) {
    std::string out;
    for (const Modifier& m : mods) {
        if (m.role != role)
            continue;
        if (!out.empty())
            out += "; ";
        // "between 2.25 and 2.5 percent": without its preposition a range reads as two values.
        out += withPreposition || m.preposition == "between" ? m.text() : m.argument.text;
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
    // Story-only as long as every name joined is ("United" and "the team" stay in their story).
    k.storyName = (k.storyName || k.names.empty()) && (o.storyName || o.names.empty()) &&
                  (k.storyName || o.storyName);
    for (auto& [n, c] : o.names)
        k.names[n] += c;
    for (auto& [n, c] : o.descriptions)
        k.descriptions[n] += c;
    for (auto& [n, c] : o.typeVotes)
        k.typeVotes[n] += c;
    k.person = k.person || o.person;
    k.spoke = k.spoke || o.spoke;
    for (const std::string& institution : o.institutions)
        if (std::find(k.institutions.begin(), k.institutions.end(), institution) ==
            k.institutions.end())
            k.institutions.push_back(institution);
    if (k.gender == 0)
        k.gender = o.gender;
    if (!o.scope.empty() && k.names.empty() && k.scope.empty())
        k.scope = o.scope;
}

bool EntityResolver::compatiblePerson(int root, char gender) const {
    const char known = entities_[root].gender;
    return gender == 0 || known == 0 || known == gender;
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
    std::string type = entityTypeOf(a);
    // A one-word name the dictionary lists as a given name ("Asia") but whose first proper
    // sense in WordNet is a named place or landform is a place, unless a title or an honorific
    // makes it a person ("Ms Lund").
    if (type == "Person" && a.kind == MentionKind::Name && a.title.empty() &&
        !isHonorific(firstToken(a.text)) && tokenCount(a.name) == 1 &&
        WordNet::instance().namesPlace(a.name))
        type = "Place";
    if (!type.empty())
        ++info.typeVotes[type];
    if (type == "Person" && a.kind == MentionKind::Name)
        info.person = true;
    if (info.gender == 0)
        info.gender = a.gender;
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
    const bool common = a.kind == MentionKind::Common;
    const bool storyName = namesOnlyInItsStory(a);
    // "Rutte", "von der Leyen": a surname alone.
    const bool single = surnameOf(a.name).size() == a.name.size();
    // A description belongs to its document: "the deal" of one story is not another's.
    const std::string ownKey = common || storyName ? inDocument(state, key) : key;
    // "Rutte" after "Mark Rutte" in this document: the nearest person of that surname, before
    // any bare "Rutte" of other documents.
    if (a.kind == MentionKind::Name && single)
        if (auto it = state.surnames.find(key);
            it != state.surnames.end() && compatiblePerson(find(it->second), a.gender))
            return find(it->second);
    if (auto it = byKey_.find(ownKey); it != byKey_.end()) {
        // "Mark Rutte", named in an earlier story too: in this one as well, a bare "Rutte"
        // after it is that person.
        if (a.kind == MentionKind::Name && a.typeHint == "Person" && !single)
            notePerson(find(it->second), a, state);
        return find(it->second);
    }
    int entity = -1;
    if (a.kind == MentionKind::Name) {
        if (!single && a.typeHint == "Person") {
            // "Mark Rutte" after "Rutte" in this document: the earlier entity takes the full name.
            const std::string surname = nameKey(surnameOf(a.name));
            if (auto it = state.bareNames.find(surname);
                it != state.bareNames.end() && typeOf(find(it->second)) != graph::EntityType::Place)
                entity = find(it->second);
            // "Viktor Orban" after "Victor Orban" in this document: one spelling's slip.
            else if (auto same = state.surnames.find(surname); same != state.surnames.end())
                for (const auto& [name, count] : entities_[find(same->second)].names)
                    if (tokenCount(name) == tokenCount(a.name) && name.size() >= 8 &&
                        base::editDistanceIgnoreCase(name, a.name, 1) <= 1) {
                        entity = find(same->second);
                        break;
                    }
        }
        // "Fed" = "Federal Reserve", "EU" = "European Union", "US" = "United States".
        if (entity < 0) {
            std::vector<std::string> synonyms = WordNet::instance().namedSynonyms(a.name).first;
            if (synonyms.empty() && (a.typeHint == "Place" || a.typeHint == "Organization"))
                synonyms = WordNet::instance().synonyms(a.name);
            for (const std::string& synonym : synonyms)
                // "Europe" is in the EU's synset, but first of all a continent: the synonym must
                // mean this synset first of all too.
                if (auto it = byKey_.find(nameKey(synonym));
                    it != byKey_.end() &&
                    WordNet::instance().namedSynonyms(synonym).first == synonyms) {
                    entity = find(it->second);
                    break;
                }
        }
        // "ECB" = "European Central Bank": news acronyms WordNet lacks.
        if (std::string_view partner = newsAcronymPartner(a.name); entity < 0 && !partner.empty())
            if (auto it = byKey_.find(nameKey(partner)); it != byKey_.end())
                entity = find(it->second);
    } else if (common) {
        // "the prime minister" stands for the person who holds that title in this document;
        // "the NATO Secretary General" (a title with a name in it) for its holder anywhere.
        if (auto it = byTitle_.find(inDocument(state, key)); it != byTitle_.end())
            entity = find(it->second);
        else if (auto g = byTitle_.find(key); g != byTitle_.end())
            entity = find(g->second);
        else if (a.typeHint == "Person" && !a.plural && determinerOf(a) != Determiner::Indefinite)
            // "a senior NATO diplomat" introduces someone new, whatever its words.
            entity = resolveByTitleWords(a, state);
    }
    if (entity < 0) {
        entity = newEntity();
        if (common || storyName)
            entities_[entity].scope = state.document->id;
        entities_[entity].storyName = storyName;
    }
    byKey_.emplace(ownKey, entity);
    if (storyName)
        completeStoryName(entity, a, state);
    if (a.kind == MentionKind::Name && single)
        state.bareNames[key] = entity;
    if (a.kind == MentionKind::Name && a.typeHint == "Person" && !single)
        notePerson(entity, a, state);
    noteTitle(entity, a, state);
    return entity;
}

void EntityResolver::completeStoryName(int entity, const Argument& a, const DocumentState& state) {
    std::string full;
    bool body = false;
    for (const SentenceClaims& sentence : state.document->sentences) {
        std::vector<std::string> words;
        std::string word;
        for (char c : sentence.text + ' ') {
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'') {
                word.push_back(c);
                continue;
            }
            words.push_back(std::move(word));
            word.clear();
            if (c != ' ')
                words.emplace_back(); // punctuation ends a run of name words
        }
        for (std::size_t w = 1; w < words.size(); ++w) {
            if (nameKey(words[w]) != nameKey(a.name))
                continue;
            std::size_t from = w;
            while (from > 0 && isCapitalised(words[from - 1]) &&
                   !isArticle(lowerAscii(words[from - 1])))
                --from;
            if (from == w || (from == 0 && w - from == 1))
                continue; // no name before it, or only a sentence's capitalised first word
            std::string name = words[from];
            for (std::size_t i = from + 1; i <= w; ++i)
                name += ' ' + words[i];
            if (!full.empty() && nameKey(full) != nameKey(name))
                return; // two teams could be meant
            full = name;
            // "Manchester United manager": the name of a body a person holds a post at.
            body = body ||
                   (w + 1 < words.size() && !words[w + 1].empty() && !isCapitalised(words[w + 1]) &&
                    WordNet::instance().nounCategory(words[w + 1]) == NounCategory::Person);
        }
    }
    if (full.empty())
        return;
    const int root = find(entity);
    // The full name is the corpus's, as any name is: another story's "Manchester United" is the
    // same club.
    if (auto [it, inserted] = byKey_.try_emplace(nameKey(full), root); !inserted)
        unite(it->second, root);
    EntityInfo& info = entities_[find(root)];
    info.names.try_emplace(full, 0);
    info.storyName = false;
    info.scope.clear();
    if (body)
        ++info.typeVotes["Organization"];
}

void EntityResolver::notePerson(int entity, const Argument& a, DocumentState& state) {
    if (surnameOf(a.name).size() == a.name.size())
        return;
    // "Haugen" after "Tor Haugen" in this document, or the one Haugen of the corpus.
    const std::string surname = nameKey(surnameOf(a.name));
    state.surnames[surname] = entity;
    auto& holders = surnameHolders_[surname];
    if (std::find(holders.begin(), holders.end(), entity) == holders.end())
        holders.push_back(entity);
}

void EntityResolver::noteTitle(int entity, const Argument& a, const DocumentState& state) {
    if (a.title.empty() || isHonorific(a.title))
        return;
    if (std::string institution = institutionNamedIn(a.title); !institution.empty()) {
        std::vector<std::string>& known = entities_[find(entity)].institutions;
        if (std::find(known.begin(), known.end(), institution) == known.end())
            known.push_back(std::move(institution));
    }
    // A bare title ("Prime Minister") names its holder within the document only; one with a
    // name in it ("NATO Secretary General", "US president") names the holder for the corpus.
    const std::string key = nameKey(a.title);
    byTitle_.emplace(inDocument(state, key), entity);
    if (namesItsInstitution(a.title))
        byTitle_.emplace(key, entity);
    titleHolders_.push_back(TitleHolder{lowerWords(a.title), entity, state.document->id});
}

int EntityResolver::resolveByTitleWords(const Argument& description, const DocumentState& state) {
    const bool anywhere = namesItsInstitution(description.name);
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
        // "the Prime Minister" of another story is someone else, unless this story names that
        // very person too.
        if (!anywhere && holder.document != state.document->id &&
            std::none_of(state.recent.begin(), state.recent.end(),
                         [&](const Recent& r) { return find(r.entity) == find(holder.entity); }))
            continue;
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

int EntityResolver::resolvePronoun(const Argument& a, DocumentState& state, Voice voice) {
    const std::string& p = a.name;
    if (isSpeakerPronoun(p))
        return voice.speaker >= 0 ? voice.speaker : state.lastSpeaker;
    if (isSpeakersWe(a))
        return voice.speaker;
    const bool person = isPersonPronoun(p);
    const bool it = p == "it" || p == "its";
    const bool they = p == "they" || p == "them";
    if (!person && !it && !they)
        return -1;
    if (p == "his" || p == "her")
        if (const int owner = possessorBefore(a, p == "her" ? 'f' : 'm', state); owner >= 0) {
            entities_[owner].gender = p == "her" ? 'f' : 'm';
            return owner;
        }
    const std::uint32_t window = person ? 3 : 1;
    for (auto r = state.recent.rbegin(); r != state.recent.rend(); ++r) {
        if (state.sentence - r->sentence > window)
            break;
        const int root = find(r->entity);
        // '"He supports the treaty," Berg said': Berg would have said "I".
        if (voice.quoted && voice.speaker >= 0 && root == find(voice.speaker))
            continue;
        const graph::EntityType type = typeOf(root);
        const EntityInfo& info = entities_[root];
        if (person && type == graph::EntityType::Person && !info.plural) {
            // "she" is not the man named last: an honorific, given name or earlier pronoun says.
            const char gender = p == "she" || p == "her" ? 'f' : 'm';
            if (!compatiblePerson(root, gender))
                continue;
            entities_[root].gender = gender;
            return root;
        }
        // A name no lexicon types ("Bluegate") is most often a company: "it" in the same sentence
        // may refer to it ("praised Bluegate for its promise"). Across sentences "it" is more
        // often an earlier subject that is no name ("The satellite was built by Airbus. It will
        // ..."), which this resolver does not track, so it stays unresolved. A named event or
        // document is a thing in the same way ("the Lisbon Treaty and its annex").
        const bool thingName = type == graph::EntityType::Other ||
                               type == graph::EntityType::Event ||
                               type == graph::EntityType::Document;
        const bool untypedName = thingName && !info.names.empty() && r->sentence == state.sentence;
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

int EntityResolver::possessorBefore(const Argument& pronoun, char gender, DocumentState& state) {
    int found = -1;
    for (const Claim& c : state.current->claims) {
        // The parse writes "Ola Lind's softer stance" as Ola Lind | has | Ola Lind's stance.
        const Argument& owner = c.subject;
        const bool possessive = c.kind == ClaimKind::Nominal && owner.kind == MentionKind::Name &&
                                c.object.name.starts_with(owner.text + "'s ");
        if (!possessive || owner.last >= pronoun.first)
            continue;
        // Looked up like linkPossessor's possessor: no new mention for a later "he".
        const auto mentioned = state.recent.size();
        const int entity = resolve(owner, state, {}, Role::Other);
        state.recent.resize(mentioned);
        if (entity < 0 || typeOf(find(entity)) != graph::EntityType::Person ||
            !compatiblePerson(find(entity), gender))
            continue;
        if (found >= 0 && find(found) != find(entity))
            return -1;
        found = find(entity);
    }
    if (found < 0)
        return -1;
    // Anyone else the sentence names or points to before the pronoun could be its antecedent.
    const auto someoneElse = [&](const Argument& a) {
        if (!a.valid() || a.last >= pronoun.first)
            return false;
        if (a.kind == MentionKind::Pronoun)
            return a.first != pronoun.first && isPersonPronoun(a.name);
        if (a.kind != MentionKind::Name)
            return false;
        const auto mentioned = state.recent.size();
        const int entity = resolve(a, state, {}, Role::Other);
        state.recent.resize(mentioned);
        // A name nothing types ("Per Holm") may be a person's.
        return entity >= 0 && find(entity) != found &&
               (typeOf(find(entity)) == graph::EntityType::Person ||
                typeOf(find(entity)) == graph::EntityType::Other);
    };
    for (const Claim& c : state.current->claims) {
        if (someoneElse(c.subject) || someoneElse(c.object))
            return -1;
        for (const Modifier& m : c.modifiers)
            if (someoneElse(m.argument))
                return -1;
    }
    return found;
}

int EntityResolver::speakersInstitution(const Argument& we, DocumentState& state, Voice voice) {
    if (!voice.quoted || voice.speaker < 0 || !isSpeakersWe(we))
        return -1;
    const EntityInfo& speaker = entities_[find(voice.speaker)];
    // A speaker with titles at two bodies ("EU and NATO envoy") could speak for either.
    if (!speaker.person || speaker.institutions.size() != 1)
        return -1;
    Argument body = we;
    body.kind = MentionKind::Name;
    body.name = speaker.institutions.front();
    body.text = body.name;
    body.title.clear();
    body.gender = 0;
    body.plural = false;
    body.typeHint = isCountryName(body.name) || WordNet::instance().namesPlace(body.name)
                        ? "Place"
                        : "Organization";
    return resolve(body, state, {}, Role::Other);
}

int EntityResolver::resolve(const Argument& given, DocumentState& state, Voice voice, Role role) {
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
    if (const int body = speakersInstitution(a, state, voice); body >= 0)
        return body;
    bool anaphoric = false;
    int entity = a.kind == MentionKind::Pronoun ? resolvePronoun(a, state, voice)
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
        linkPossessor(entity, a, state);
    }
    if (a.kind != MentionKind::Quantity && role != Role::Predicative)
        state.recent.push_back(Recent{entity, state.sentence});
    return entity;
}

void EntityResolver::addDocument(const DocumentClaims& doc) {
    DocumentState state;
    state.document = &doc;
    const DocumentQuotations quotations = findQuotations(doc.sentences);
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
        const SentenceClaims& sentence = doc.sentences[si];
        state.sentence = sentence.index;
        state.current = &sentence;
        const std::vector<Acronym> acronyms = noteAcronyms(sentence, state);
        const std::vector<int> titleOf = coordinatedTitles(sentence);
        // A quotation whose speaker is named in another sentence: the one a quotation over
        // several sentences names, or else the next or previous sentence's.
        const SentenceQuotation& quotation = quotations.sentences[si];
        int quoteSpeaker = -1;
        const Argument* nearby = nullptr;
        if (quotation.run >= 0)
            nearby = speakerOfRun(doc.sentences,
                                  quotations.runs[static_cast<std::size_t>(quotation.run)]);
        else if (sentence.opensWithQuote)
            // '"...," Rubio told reporters': the sentence's own reporting verb first.
            for (std::size_t other : {si, si + 1, si - 1})
                if (other < doc.sentences.size())
                    for (const Claim& c : doc.sentences[other].claims)
                        if (c.reporting && nearby == nullptr)
                            nearby = &c.subject;
        if (nearby != nullptr && canSpeak(*nearby))
            quoteSpeaker = speak(resolve(*nearby, state, {}, Role::Agent));
        for (std::size_t ci = 0; ci < sentence.claims.size(); ++ci) {
            Claim claim = sentence.claims[ci];
            // "Conservative leader and Chancellor-designate Friedrich Merz": the first conjunct
            // is a title of the second, not someone else.
            if (titleOf[ci] == kIsATitle)
                continue;
            // "Mr" is how a person is addressed, not a title they hold.
            if (claim.kind == ClaimKind::Title && isHonorific(claim.object.name))
                continue;
            // "Alternative for Germany (AfD)": the parenthesis defines a name, it states nothing,
            // and a name the parse cut before "for Germany" is the whole name.
            if (isDefinition(claim, acronyms))
                continue;
            completeDefinedName(claim.subject, acronyms);
            completeDefinedName(claim.object, acronyms);
            // A claim reported by something that cannot speak ("this", "military efforts") comes
            // from a misread sentence: neither it nor its attribution can be trusted.
            if (claim.speakerArgument.valid() && !canSpeak(claim.speakerArgument))
                continue;
            // A sentence inside a quotation over several sentences has no mark of its own.
            claim.quoted = claim.quoted || quotation.quotedThroughout;
            const bool quoted = claim.quoted;
            // In a quotation over several sentences only the quoted claims are the speaker's.
            const bool bySpeaker = quotation.run < 0 || quoted;
            // '"I believe the city backs the plan," Berg said': an "I" who reports is the
            // quotation's speaker. The voice is not marked quoted, so that a reporting "he" may
            // still be that speaker ('"...," he added').
            const Voice quoteVoice{bySpeaker ? quoteSpeaker : -1, false};
            int speaker =
                claim.speakerArgument.valid()
                    ? speak(resolve(claim.speakerArgument, state, quoteVoice, Role::Agent))
                    : quoteVoice.speaker;
            if (!claim.speakerArgument.valid() && quoted && speaker >= 0)
                readWeAsSpeaker(claim.subject, *nearby);
            if (claim.reporting && canSpeak(claim.subject))
                state.lastSpeaker = speak(resolve(claim.subject, state, {}, Role::Agent));
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
            const Voice voice{speaker, quoted};
            int subject = resolve(claim.subject, state, voice, subjectRole);
            int object = claim.kind == ClaimKind::Title
                             ? resolveTitle(claim.object)
                             : resolve(claim.object, state, voice, objectRole);
            // A name nothing else typed is the person the description says it is.
            if (subject >= 0 && object >= 0 && describesANamedPerson(claim))
                if (const graph::EntityType named = typeOf(find(object));
                    named == graph::EntityType::Person || named == graph::EntityType::Other) {
                    unite(object, subject);
                    entities_[find(object)].person = true;
                    notePerson(find(object), claim.object, state);
                    continue;
                }
            if (subject >= 0 && object >= 0 && joinDescribedBody(claim, subject, object))
                continue;
            if (subject < 0 || object < 0 || find(subject) == find(object))
                continue;
            if (titleOf[ci] >= 0) {
                Argument title = sentence.claims[static_cast<std::size_t>(titleOf[ci])].subject;
                Argument holder = claim.subject;
                holder.title = title.name;
                noteTitle(subject, holder, state);
                addFact(subject, std::string(kTitlePredicate), resolveTitle(title), -1, state,
                        nullptr);
            }
            if (agentObject)
                std::swap(subject, object); // "was rejected by the council": the council rejects
            addFact(subject, claim.predicate, object, speaker, state, &claim);
        }
        noteActs(sentence, state);
    }
    joinPossessiveVariants(state);
}

void EntityResolver::addFact(int subject, std::string predicate, int object, int speaker,
                             const DocumentState& state, const Claim* claim) {
    Pending pending;
    graph::FactRecord& r = pending.record;
    pending.subject = subject;
    pending.object = object;
    pending.speaker = speaker;
    r.predicate = std::move(predicate);
    r.confidence = 0.5f;
    if (claim != nullptr) {
        if (lowerAscii(claim->surface) != claim->predicate)
            r.surface = claim->surface;
        r.negated = claim->negated;
        r.modality = claim->modality;
        r.time = joinTexts(claim->modifiers, Modifier::Role::Time, true);
        r.quantity = joinTexts(claim->modifiers, Modifier::Role::Quantity, false);
        r.place = joinTexts(claim->modifiers, Modifier::Role::Place, true);
        r.confidence = claim->confidence;
        pending.quoted = claim->quoted;
    }
    r.stance = stanceOf(r.predicate, r.negated, r.modality);
    const DocumentClaims& doc = *state.document;
    const SentenceClaims& sentence = *state.current;
    r.doc = doc.id;
    r.sentence = sentence.index;
    r.begin = sentence.begin;
    r.end = sentence.end;
    r.text = sentence.text;
    r.date = doc.date;
    r.source = doc.source;
    pending_.push_back(std::move(pending));
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
    // A name nothing else types that speaks is a body ("Reuters reported"); a person would have
    // a given name, a title or a pronoun.
    if (best.empty() && info.spoke && !info.names.empty())
        best = "Organization";
    return graph::parseEntityType(best).value_or(graph::EntityType::Other);
}

std::vector<graph::FactRecord> EntityResolver::takeRecords() {
    joinBareSurnames();
    joinTitleNames();
    std::vector<std::string> names(entities_.size());
    std::vector<std::vector<std::string>> aliases(entities_.size());
    std::vector<graph::EntityType> types(entities_.size());
    std::unordered_map<std::string, int> nameUses;
    for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
        if (find(e) != e)
            continue;
        names[e] = canonicalName(e);
        types[e] = typeOf(e);
        ++nameUses[names[e]];
        for (const auto& pool : {entities_[e].names, entities_[e].descriptions})
            for (const auto& [name, count] : pool)
                if (name != names[e] &&
                    std::find(aliases[e].begin(), aliases[e].end(), name) == aliases[e].end())
                    aliases[e].push_back(name);
    }
    // A title its holder was also called by ("Secretary General Anna Berg ... the Secretary
    // General said") stays the title's own node: as an alias of the holder, the graph would
    // find the holder as the title's name and store "Anna Berg has title Anna Berg".
    for (const Pending& p : pending_)
        if (p.record.predicate == kTitlePredicate)
            std::erase(aliases[find(p.subject)], names[find(p.object)]);
    // A description of one document that shares its words with another entity ("deal" in two
    // stories) is numbered, since the graph joins entities by name: the first keeps the name
    // unless something else has it, the next are "deal (2)", "deal (3)".
    // The graph finds an entity by name or alias: a description must not take a name or alias
    // of a named entity either ("prime minister" for the one holder of a story), nor one the
    // graph being appended to already has (its own stories' "deal").
    // Nor an alias of a description of another story ("Bluegate's bid", an alias of that story's
    // "Bluegate's Northwind bid"), which the graph would find first.
    std::unordered_set<std::string> taken;
    for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
        if (find(e) != e)
            continue;
        if (!entities_[e].names.empty() && !entities_[e].storyName)
            taken.insert(names[e]);
        taken.insert(aliases[e].begin(), aliases[e].end());
    }
    const auto isTaken = [&](const std::string& name) {
        return taken.contains(name) || (namesInUse_ && namesInUse_(name));
    };
    // Names only ever become taken, so the numbers below the last one given to a name are
    // still taken: the search resumes there (a description in every story of a large corpus
    // would otherwise cost the square of the stories).
    std::unordered_map<std::string, int> nextNumber;
    for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
        if (find(e) != e || entities_[e].scope.empty() ||
            (!entities_[e].names.empty() && !entities_[e].storyName) ||
            (nameUses[names[e]] < 2 && !isTaken(names[e])))
            continue;
        std::string name = names[e];
        int& n = nextNumber.try_emplace(names[e], 2).first->second;
        for (; isTaken(name); ++n)
            name = names[e] + " (" + std::to_string(n) + ")";
        taken.insert(name);
        names[e] = std::move(name);
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
        r.confidence = resolvedConfidence(
            r.confidence, {.namedSubject = !entities_[s].names.empty() && !entities_[s].storyName,
                           .objectName = names[o],
                           .objectIsTitle = r.predicate == kTitlePredicate,
                           .hedged = !r.modality.empty(),
                           .unattributedQuote = p.quoted && p.speaker < 0});
        if (p.speaker >= 0 && find(p.speaker) != s) {
            r.attributedTo = names[find(p.speaker)];
            r.attributedType = types[find(p.speaker)];
        }
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
