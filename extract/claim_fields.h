#pragma once
// Every field of a claim, its arguments and its modifiers, listed once with its name in claim
// records: the JSON records (extract/claims_json.cpp) and the parsing workers' binary messages
// (extract/claims_wire.cpp) both walk these lists, in both directions, so a field added to a
// claim is added to every encoding at once. `field(name, member)` is called on each in order;
// the order is the records' key order.
#include "extract/claim.h"

namespace kg::extract {

template <typename A, typename F> void argumentFields(A& a, F&& field) {
    field("head", a.head);
    field("first", a.first);
    field("last", a.last);
    field("text_last", a.textLast);
    field("text", a.text);
    field("name", a.name);
    field("title", a.title);
    field("kind", a.kind);
    field("type", a.typeHint);
    field("plural", a.plural);
    field("gender", a.gender);
    field("entity", a.entity);
}

template <typename M, typename F> void modifierFields(M& m, F&& field) {
    field("preposition", m.preposition);
    field("argument", m.argument);
    field("role", m.role);
    field("preposition_first", m.prepositionFirst);
    field("preposition_last", m.prepositionLast);
    field("coordination", m.coordination);
    field("opener", m.opener);
}

template <typename C, typename F> void claimFields(C& c, F&& field) {
    field("kind", c.kind);
    field("subject", c.subject);
    field("object", c.object);
    field("relation", c.relation);
    field("predicate", c.predicate);
    field("surface", c.surface);
    field("passive", c.passive);
    field("negated", c.negated);
    field("modality", c.modality);
    field("speaker", c.speakerArgument);
    field("reporting", c.reporting);
    field("clausal_object", c.clausalObject);
    field("asserted", c.asserted);
    field("quoted", c.quoted);
    field("modifiers", c.modifiers);
    field("confidence", c.confidence);
}

} // namespace kg::extract
