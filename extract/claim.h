#pragma once
// A claim read off one sentence's linkage, before entities are resolved across the document.
// Arguments keep their surface spans (for CaRB and provenance) and their entity reading (name,
// title, kind hints) for the resolver.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// What the words of a noun phrase say about the entity behind it.
enum class MentionKind {
    Name,    ///< a proper name: "Mark Rutte", "NATO"
    Common,  ///< a description: "defence spending", "the proposal"
    Pronoun, ///< he, she, it, they, ...: resolved by the document stage
    Quantity ///< "5% of GDP", "100,000 soldiers"
};

struct Argument {
    int head = -1;           ///< word index of the head noun
    std::uint16_t first = 0; ///< word span, inclusive
    std::uint16_t last = 0;
    /// Last word of `text`: past `last` when the text carries a relative or participle clause
    /// ("the languages which have had effects"), which belongs to the argument as written but
    /// not to the phrase that names the entity.
    std::uint16_t textLast = 0;
    std::string text;  ///< surface text of the span
    std::string name;  ///< entity reading: the name, or the description without article
    std::string title; ///< title words before a name ("NATO Secretary General")
    MentionKind kind = MentionKind::Common;
    std::string typeHint; ///< "Person", "Place", ... from the parse and WordNet; may be empty
    bool plural = false;
    /// 'm' or 'f' when the words show a person's gender (a given name the dictionary marks, an
    /// honorific such as "Mr" or "Ms"), else 0.
    char gender = 0;
    /// False for phrases that are arguments but name no entity ("these", "more", "leader of"):
    /// CaRB output keeps them, the graph does not.
    bool entity = true;
    bool valid() const { return head >= 0 && !name.empty(); }
};

/// A prepositional or adverbial modifier of the predicate, kept as a qualifier or CaRB argument.
struct Modifier {
    std::string preposition; ///< "by", "in", "as early as"
    Argument argument;
    enum class Role { Time, Place, Quantity, Other } role = Role::Other;
    /// Word span of the preposition ("out of" is two words), -1 when it is not in the sentence.
    int prepositionFirst = -1;
    int prepositionLast = -1;
    /// The conjunction word shared by the conjuncts of one coordinated object ("against the
    /// manager and the vice president"), -1 for a single object.
    int coordination = -1;
    /// Opens the sentence ("On Monday, the council ..."): a qualifier, never the object.
    bool opener = false;
    std::string text() const;
};

/// Relations that the sentence states without a verb ("the album, released in 2000", "Peter
/// Holm, the director") are written with "be", which CaRB matches against any form of it.
inline constexpr std::string_view kCarbBe = "be";

/// Whether `relation` is one of those: "be", or "be " and more ("be released in").
inline bool isStatedWithoutAVerb(std::string_view relation) {
    return relation == kCarbBe ||
           (relation.starts_with(kCarbBe) && relation.size() > kCarbBe.size() &&
            relation[kCarbBe.size()] == ' ');
}

/// Nominal: a relation inside a noun phrase ("the abbey's properties" → abbey has properties,
/// "attacks on the building" → attacks are on building): CaRB writes them, the graph does not.
enum class ClaimKind { Action, Title, Apposition, Copula, Nominal };

struct Claim {
    ClaimKind kind = ClaimKind::Action;
    Argument subject;      ///< as it stands in the sentence (the agent for active voice)
    Argument object;       ///< direct, prepositional or by-agent object
    std::string relation;  ///< surface relation words: "does not plan to withdraw" (CaRB's
                           ///< relation; the rival reading measures claims by it)
    std::string predicate; ///< lemma for the graph: "withdraw", "disagree with"
    std::string surface;   ///< verb as written with its preposition: "disagreed with"
    bool passive = false;  ///< object is the agent ("was rejected by the council")
    bool negated = false;
    std::string modality;     ///< "will", "could", "plan to"
    Argument speakerArgument; ///< who said it, when the sentence names an attribution
    bool reporting = false;   ///< a quotation verb ('"...," Rutte said'): its subject speaks
    /// The object is a clause ("said that ..."): CaRB writes it, the graph has the clause's own
    /// claims instead.
    bool clausalObject = false;
    /// False for a clause the sentence mentions without asserting it ("did not say if C",
    /// "denied claims that C"): CaRB keeps it, the graph does not.
    bool asserted = true;
    /// The claim's verb stands inside a direct quotation ('"He will win," Berg said'): its
    /// speaker would call themselves "I", so a "he" or "she" in it is someone else.
    bool quoted = false;
    std::vector<Modifier> modifiers;
    float confidence = 0.5f;
};

} // namespace kg::extract
