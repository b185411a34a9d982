#include "extract/claims_wire.h"

#include "extract/claim_fields.h"

namespace kg::extract {

std::string_view WireReader::take(std::size_t n) {
    if (n > in_.size())
        throw WireError("a parsing worker's message ends early");
    std::string_view bytes = in_.substr(0, n);
    in_.remove_prefix(n);
    return bytes;
}

namespace {

// ExtractStats holds only counts and times: it travels as its bytes.
static_assert(std::is_trivially_copyable_v<ExtractStats>);

// A message carries the fields without their names, in the order of extract/claim_fields.h.
struct Put {
    WireWriter& out;
    template <typename T> void operator()(const char*, const T& v) { (*this)(v); }
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
    template <typename T> void operator()(const char*, T& v) { (*this)(v); }
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
