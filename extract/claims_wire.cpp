#include "extract/claims_wire.h"

namespace kg::extract {

std::string_view WireReader::take(std::size_t n) {
    if (n > in_.size())
        throw WireError("a parsing worker's message ends early");
    std::string_view bytes = in_.substr(0, n);
    in_.remove_prefix(n);
    return bytes;
}

namespace {

// Each struct's fields are listed once, for both directions: `field` is called on every one.
template <typename A, typename F> void argumentFields(A& a, F&& field) {
    field(a.head);
    field(a.first);
    field(a.last);
    field(a.textLast);
    field(a.text);
    field(a.name);
    field(a.title);
    field(a.kind);
    field(a.typeHint);
    field(a.plural);
    field(a.gender);
    field(a.entity);
}

template <typename M, typename F> void modifierFields(M& m, F&& field) {
    field(m.preposition);
    field(m.argument);
    field(m.role);
    field(m.prepositionFirst);
    field(m.prepositionLast);
    field(m.coordination);
    field(m.opener);
}

template <typename C, typename F> void claimFields(C& c, F&& field) {
    field(c.kind);
    field(c.subject);
    field(c.object);
    field(c.relation);
    field(c.predicate);
    field(c.surface);
    field(c.passive);
    field(c.negated);
    field(c.modality);
    field(c.speakerArgument);
    field(c.reporting);
    field(c.clausalObject);
    field(c.asserted);
    field(c.quoted);
    field(c.modifiers);
    field(c.confidence);
}

// ExtractStats holds only counts and times: it travels as its bytes.
static_assert(std::is_trivially_copyable_v<ExtractStats>);

struct Put {
    WireWriter& out;
    template <typename T> void operator()(const T& v) { out.value(v); }
    void operator()(const std::string& s) { out.str(s); }
    void operator()(const Argument& a) { argumentFields(a, *this); }
    void operator()(const Modifier& m) { modifierFields(m, *this); }
    void operator()(const Claim& c) { claimFields(c, *this); }
    template <typename T> void operator()(const std::vector<T>& items) {
        out.value(static_cast<std::uint32_t>(items.size()));
        for (const T& item : items)
            (*this)(item);
    }
};

struct Get {
    WireReader& in;
    template <typename T> void operator()(T& v) { v = in.value<T>(); }
    void operator()(std::string& s) { s = in.str(); }
    void operator()(Argument& a) { argumentFields(a, *this); }
    void operator()(Modifier& m) { modifierFields(m, *this); }
    void operator()(Claim& c) { claimFields(c, *this); }
    template <typename T> void operator()(std::vector<T>& items) {
        const std::uint32_t count = in.value<std::uint32_t>();
        if (count > in.remaining()) // every item takes a byte at least
            throw WireError("a parsing worker's message ends early");
        items.resize(count);
        for (T& item : items)
            (*this)(item);
    }
};

} // namespace

void writeOutcome(WireWriter& out, const SentenceOutcome& outcome) {
    Put put{out};
    put(outcome.claims);
    put(outcome.stats);
    put(outcome.budgetSpent);
}

SentenceOutcome readOutcome(WireReader& in) {
    SentenceOutcome outcome;
    Get get{in};
    get(outcome.claims);
    get(outcome.stats);
    get(outcome.budgetSpent);
    return outcome;
}

} // namespace kg::extract
