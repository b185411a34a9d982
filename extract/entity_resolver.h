#pragma once
// From claims to facts about entities: one canonical entity per real-world referent across a
// corpus. Names are shared by the corpus, descriptions ("the deal") belong to their document.
// Names are matched exactly and case-insensitively with dots dropped ("U.S." = "US"), through
// WordNet synonyms for places and organisations ("US" = "United States", "Fed" = "Federal
// Reserve"), through acronyms the text defines ("Alternative for Germany (AfD)"), by surname for
// people ("Rutte" = the nearest Mark Rutte of the document, or the one person of that surname in
// the corpus), by title ("the NATO Secretary General" = the person holding it; a bare "the prime
// minister" only within its document), and pronouns go to the most recent compatible entity
// (he/she: a person of that gender, if the text showed one; it: a singular organisation or
// place; they: a group or plural). Definite and demonstrative
// descriptions point back ("the alliance" to NATO, "this proposal" to "Weber's proposal" or to
// the act of proposing); a capital acting stands for its country's government; phrases that
// name nothing, and claims reported by something that cannot speak, never become facts.
#include "extract/sentence_reader.h"
#include "graph/io/fact_record.h"

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg::extract {

/// The predicate of a title's fact: "Mark Rutte –has title→ NATO Secretary General".
inline constexpr std::string_view kTitlePredicate = "has title";

class EntityResolver {
public:
    /// Adds one document's claims as pending facts.
    void addDocument(const DocumentClaims& document);
    /// The facts of every document added so far, in order, with final entity names, types and
    /// aliases; the resolver then starts afresh.
    std::vector<graph::FactRecord> takeRecords();
    /// Whether a name is taken outside this corpus (by the graph a build appends to).
    using NameInUse = std::function<bool(std::string_view)>;
    /// Names a description of this corpus must not take: it is numbered past them, so the "deal"
    /// of a new story never joins the "deal" of a story already in the graph.
    void avoidNames(NameInUse inUse) { namesInUse_ = std::move(inUse); }

private:
    struct EntityInfo {
        std::map<std::string, int> names;        ///< surface name -> mentions
        std::map<std::string, int> descriptions; ///< common-noun readings -> mentions
        std::map<std::string, int> typeVotes;
        bool person = false;
        bool plural = false;
        bool spoke = false; ///< a speaker or an agent of a reporting verb: a person or a body
        char gender = 0;    ///< 'm' or 'f' once a title, given name or pronoun shows it
        /// The document a description belongs to ("the deal" in one story is not the deal of
        /// another); empty for names, which are shared by the corpus.
        std::string scope;
        /// A name only its own story explains ("United"): scoped and numbered like a
        /// description.
        bool storyName = false;
        /// Institutions the titles of a person name ("US" for "US Secretary of State"): a
        /// quoted "we" of theirs is that body when it is only one.
        std::vector<std::string> institutions;
    };
    struct Pending {
        graph::FactRecord record;
        int subject = -1;
        int object = -1;
        int speaker = -1;
        bool quoted = false; ///< the claim's verb stands inside quotation marks
    };
    struct Recent {
        int entity;
        std::uint32_t sentence;
    };
    /// A description more specific than its head noun ("Weber's proposal", "the EU plan").
    struct Description {
        int entity;
        std::string head;
        std::size_t tokens;
        bool plural;
        std::uint32_t sentence;
    };
    /// An act someone did ("Weber proposed ..."), which "this proposal" may name.
    struct Act {
        const Argument* subject;
        int entity; ///< resolved agent, or -1 until it is needed
        std::string verb;
        std::uint32_t sentence;
    };
    /// How a mention takes part in its claim: an agent (a capital acting is its country's
    /// government), a predicate noun ("remains a reliable partner": a description of the
    /// subject, never a pronoun's antecedent), or anything else.
    enum class Role { Agent, Predicative, Other };
    struct DocumentState {
        const DocumentClaims* document = nullptr;
        const SentenceClaims* current = nullptr;
        std::vector<Recent> recent;
        /// Surname -> the person of that surname named most recently in this document ("Rutte"
        /// after "Mark Rutte"), and bare one-word names -> their entity ("Mark Rutte" after
        /// "Rutte").
        std::unordered_map<std::string, int> surnames;
        std::unordered_map<std::string, int> bareNames;
        /// Head noun of each organisation-like name in the document ("agency" for "European
        /// Space Agency"), for definite descriptions ("the agency").
        std::unordered_map<std::string, int> nameHeads;
        std::vector<Description> descriptions;
        std::vector<Act> acts;
        int lastSpeaker = -1;
        std::uint32_t sentence = 0;
    };

    /// `key` as a description's key inside the document being read.
    static std::string inDocument(const DocumentState& state, const std::string& key) {
        return state.document->id + '\x1f' + key;
    }
    int find(int e);
    /// Marks a resolved speaker as one (a speaker is a person or a body); returns it.
    int speak(int entity) {
        if (entity >= 0)
            entities_[find(entity)].spoke = true;
        return entity;
    }
    void unite(int keep, int other);
    int newEntity();
    /// Who says the claim a mention is read from, and whether in their own words: inside a
    /// direct quotation the speaker says "I", so "he", "she", "it" or "they" is someone else.
    struct Voice {
        int speaker = -1;
        bool quoted = false;
    };
    int resolve(const Argument& argument, DocumentState& state, Voice voice,
                Role role = Role::Other);
    int resolvePronoun(const Argument& argument, DocumentState& state, Voice voice);
    /// '"We will stay," the US Secretary of State said': the one institution the speaker's
    /// titles name, resolved as a name, or -1.
    int speakersInstitution(const Argument& we, DocumentState& state, Voice voice);
    int resolveName(const Argument& argument, DocumentState& state, bool& anaphoric);
    // Definite and demonstrative descriptions (description_resolver.cpp).
    int resolveDescription(const Argument& argument, DocumentState& state);
    /// How well a named entity fits a description's head noun (description_resolver.cpp).
    enum class Fit { None, Kind, Beside, Loose };
    Fit fitOf(int root, const std::string& head) const;
    /// Whether each of a description's capitalised modifiers ("Nordic", "German") is known of
    /// the entity: one of its names or descriptions has the word, or WordNet places a name of
    /// it there (description_resolver.cpp).
    bool isKnownAs(int root, const std::vector<std::string>& modifiers) const;
    int resolveByKind(const Argument& a, const std::string& head, DocumentState& state);
    /// `modifiers`: the description's capitalised words before its head ("Nordic").
    int nameWrittenBefore(const Argument& a, const std::string& head,
                          const std::vector<std::string>& modifiers, DocumentState& state);
    int nameWrittenEarlier(const Argument& a, const std::string& head,
                           const std::vector<std::string>& modifiers, DocumentState& state);
    static std::vector<std::string> bodiesWritten(std::string_view text, const std::string& head,
                                                  const std::vector<std::string>& modifiers);
    int resolveWrittenBody(const Argument& a, const std::string& word, DocumentState& state);
    int resolveSameHead(const std::string& head, bool plural, DocumentState& state);
    int resolveTitleHead(const std::string& head, const DocumentState& state);
    int resolveAct(const std::string& head, DocumentState& state);
    void noteDescription(int entity, const Argument& argument, DocumentState& state);
    /// "the General Court, the EU's second-highest court": a body named and described side by
    /// side is one; true when the apposition joined them and states nothing more.
    bool joinDescribedBody(const Claim& apposition, int subject, int object);
    /// "UniCredit's Commerzbank bid" and "UniCredit's bid" in one story are one bid, when the
    /// story names only one such bid with its object.
    void joinPossessiveVariants(const DocumentState& state);
    void noteActs(const SentenceClaims& sentence, DocumentState& state);
    int resolveTitle(const Argument& title);
    int resolveByTitleWords(const Argument& description, const DocumentState& state);
    void noteTitle(int entity, const Argument& a, const DocumentState& state);
    /// "United" in a story that writes "Manchester United manager Ruben Amorim": a name only
    /// its story explains is the one longer name the story writes with it as its last word, and
    /// a body when a word for a person's post follows that name.
    void completeStoryName(int entity, const Argument& a, const DocumentState& state);
    /// A person's full name: its surname alone names them in the document (and, when no one
    /// else bears it, in the corpus).
    void notePerson(int entity, const Argument& a, DocumentState& state);
    /// An acronym the text defines: "Alternative for Germany (AfD)".
    struct Acronym {
        std::string full;
        std::string key; ///< nameKey of the acronym
    };
    std::vector<Acronym> noteAcronyms(const SentenceClaims& sentence, DocumentState& state);
    static bool isDefinition(const Claim& claim, const std::vector<Acronym>& acronyms);
    static void completeDefinedName(Argument& argument, const std::vector<Acronym>& acronyms);
    /// For each claim of the sentence: kIsATitle when its subject is a title coordinated before a
    /// titled name with the same predicate and object ("Conservative leader and Chancellor-
    /// designate Friedrich Merz rejected ..."), the index of that title's claim for the name's
    /// claim, kNoTitle otherwise.
    static constexpr int kNoTitle = -1;
    static constexpr int kIsATitle = -2;
    static std::vector<int> coordinatedTitles(const SentenceClaims& sentence);
    void linkPossessor(int entity, const Argument& a, DocumentState& state);
    /// "Premier Ola Lind's stance in his efforts to end the strike": the person whose name a
    /// possessive writes earlier in the pronoun's sentence, when they are the one person of the
    /// pronoun's gender that sentence names before it; -1 otherwise.
    int possessorBefore(const Argument& pronoun, char gender, DocumentState& state);
    /// The act `act`, described as `description`, is `author`'s: an author proposes a proposal
    /// (extract/proposals.h), so their position meets everyone else's at its node. Any other
    /// act's node is named for its author already ("Rutte's statement"), and an edge saying so
    /// would state nothing its name does not.
    void linkAuthor(int act, std::string_view description, int author, DocumentState& state);
    void addFact(int subject, std::string predicate, int object, int speaker,
                 const DocumentState& state, const Claim* claim);
    void joinBareSurnames();
    void joinTitleNames();
    bool compatiblePerson(int root, char gender) const;
    void note(int entity, const Argument& argument);
    /// The name an entity goes by (canonical_name.cpp).
    std::string canonicalName(int root) const;
    /// Whether a one-word name is a short form of a longer one: an acronym the text defined for
    /// it, a news acronym, its initials ("US", "United States"), or WordNet's ("Fed").
    bool abbreviates(const std::string& shortName, const std::string& full) const;
    graph::EntityType typeOf(int root) const;

    std::vector<EntityInfo> entities_;
    std::vector<int> parent_;
    std::unordered_map<std::string, int> byKey_;
    std::unordered_map<std::string, int> byTitle_;
    std::unordered_map<std::string, int> byAct_; ///< "agent entity:noun" -> the act's entity
    bool resolvingAct_ = false;
    struct TitleHolder {
        std::vector<std::string> words; ///< lower-cased words of the title
        int entity;
        std::string document;
    };
    /// Surname -> every person entity with a full name ending in it, across the corpus: a bare
    /// surname no document explains joins the one person who bears it, if there is one.
    std::unordered_map<std::string, std::vector<int>> surnameHolders_;
    std::vector<TitleHolder> titleHolders_;
    /// nameKey of each acronym the corpus defines -> nameKey of its full name.
    std::unordered_map<std::string, std::string> definedAcronyms_;
    std::vector<Pending> pending_;
    NameInUse namesInUse_;
};

/// Key under which names are compared: lower case, dots and a leading "the " dropped.
std::string nameKey(std::string_view name);

} // namespace kg::extract
