#pragma once
#include "graph/ids.h"
#include "graph/stance.h"

#include <vector>

namespace kg::graph {

/// Where a fact was read: one sentence of one document.
struct Mention {
    Sym doc = kNoSym;           ///< document id
    std::uint32_t sentence = 0; ///< sentence index within the document (0-based)
    std::uint32_t begin = 0;    ///< character span of the sentence in the document, [begin, end)
    std::uint32_t end = 0;
    Sym text = kNoSym;   ///< the sentence text
    Sym date = kNoSym;   ///< document date when known
    Sym source = kNoSym; ///< document source (publisher, URL) when known

    friend bool operator==(const Mention&, const Mention&) = default;
};

/// Circumstances that make a fact a different fact: "by 2029" is not "by 2035".
struct Qualifiers {
    Sym time = kNoSym;
    Sym quantity = kNoSym;
    Sym place = kNoSym;

    friend bool operator==(const Qualifiers&, const Qualifiers&) = default;
};

/// An edge of the graph: one distinct fact, with every mention that supports it.
/// Two facts are the same fact when source, target, predicate, negation, modality, speaker and
/// qualifiers all agree (see KnowledgeGraph::addRelation); then their evidence is merged.
struct Relation {
    EntityId source = kNoId;
    EntityId target = kNoId;
    Sym predicate = kNoSym; ///< lemma, e.g. "disagree with"
    Sym modality = kNoSym;  ///< "" for a plain assertion, else "could", "will", "plan to", ...
    EntityId attributedTo = kNoId; ///< speaker entity for reported facts ("X said that ...")
    Qualifiers qualifiers;
    float confidence = 1.0f;   ///< in [0, 1]; merged mentions combine as a noisy-or
    std::uint32_t support = 1; ///< how many times the fact was added
    bool negated = false;
    /// For or against the target; not part of the fact's identity, since predicate and polarity
    /// decide it.
    Stance stance = Stance::Neutral;
    bool removed = false;      ///< tombstone
    std::vector<Sym> surfaces; ///< surface forms of the predicate as written ("has rejected")
    std::vector<Mention> mentions;
};

} // namespace kg::graph
