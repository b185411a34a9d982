#include "extract/claims_wire.h"

namespace kg::extract {

void WireWriter::str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    raw(s.data(), s.size());
}

std::string_view WireReader::take(std::size_t n) {
    if (n > in_.size())
        throw WireError("a parsing worker's message ends early");
    std::string_view bytes = in_.substr(0, n);
    in_.remove_prefix(n);
    return bytes;
}

std::string WireReader::str() {
    const std::uint32_t n = u32();
    return std::string(take(n));
}

namespace {

void writeArgument(WireWriter& out, const Argument& a) {
    out.i32(a.head);
    out.u32(a.first);
    out.u32(a.last);
    out.u32(a.textLast);
    out.str(a.text);
    out.str(a.name);
    out.str(a.title);
    out.u8(static_cast<std::uint8_t>(a.kind));
    out.str(a.typeHint);
    out.u8(a.plural);
    out.u8(static_cast<std::uint8_t>(a.gender));
    out.u8(a.entity);
}

Argument readArgument(WireReader& in) {
    Argument a;
    a.head = in.i32();
    a.first = static_cast<std::uint16_t>(in.u32());
    a.last = static_cast<std::uint16_t>(in.u32());
    a.textLast = static_cast<std::uint16_t>(in.u32());
    a.text = in.str();
    a.name = in.str();
    a.title = in.str();
    const std::uint8_t kind = in.u8();
    if (kind > static_cast<std::uint8_t>(MentionKind::Quantity))
        throw WireError("a parsing worker sent an unknown mention kind");
    a.kind = static_cast<MentionKind>(kind);
    a.typeHint = in.str();
    a.plural = in.u8() != 0;
    a.gender = static_cast<char>(in.u8());
    a.entity = in.u8() != 0;
    return a;
}

void writeModifier(WireWriter& out, const Modifier& m) {
    out.str(m.preposition);
    writeArgument(out, m.argument);
    out.u8(static_cast<std::uint8_t>(m.role));
    out.i32(m.prepositionFirst);
    out.i32(m.prepositionLast);
    out.i32(m.coordination);
    out.u8(m.opener);
}

Modifier readModifier(WireReader& in) {
    Modifier m;
    m.preposition = in.str();
    m.argument = readArgument(in);
    const std::uint8_t role = in.u8();
    if (role > static_cast<std::uint8_t>(Modifier::Role::Other))
        throw WireError("a parsing worker sent an unknown modifier role");
    m.role = static_cast<Modifier::Role>(role);
    m.prepositionFirst = in.i32();
    m.prepositionLast = in.i32();
    m.coordination = in.i32();
    m.opener = in.u8() != 0;
    return m;
}

void writeClaim(WireWriter& out, const Claim& c) {
    out.u8(static_cast<std::uint8_t>(c.kind));
    writeArgument(out, c.subject);
    writeArgument(out, c.object);
    out.str(c.relation);
    out.str(c.predicate);
    out.str(c.surface);
    out.u8(c.passive);
    out.u8(c.negated);
    out.str(c.modality);
    writeArgument(out, c.speakerArgument);
    out.u8(c.reporting);
    out.u8(c.clausalObject);
    out.u8(c.asserted);
    out.u32(static_cast<std::uint32_t>(c.modifiers.size()));
    for (const Modifier& m : c.modifiers)
        writeModifier(out, m);
    out.f32(c.confidence);
}

Claim readClaim(WireReader& in) {
    Claim c;
    const std::uint8_t kind = in.u8();
    if (kind > static_cast<std::uint8_t>(ClaimKind::Nominal))
        throw WireError("a parsing worker sent an unknown claim kind");
    c.kind = static_cast<ClaimKind>(kind);
    c.subject = readArgument(in);
    c.object = readArgument(in);
    c.relation = in.str();
    c.predicate = in.str();
    c.surface = in.str();
    c.passive = in.u8() != 0;
    c.negated = in.u8() != 0;
    c.modality = in.str();
    c.speakerArgument = readArgument(in);
    c.reporting = in.u8() != 0;
    c.clausalObject = in.u8() != 0;
    c.asserted = in.u8() != 0;
    const std::uint32_t modifiers = in.u32();
    for (std::uint32_t i = 0; i < modifiers; ++i)
        c.modifiers.push_back(readModifier(in));
    c.confidence = in.f32();
    return c;
}

// ExtractStats as a list of counts and times, in one order for both directions.
template <typename Counts, typename Times, typename Stats>
void eachStat(Stats& s, Counts count, Times time) {
    count(s.documents);
    count(s.sentences);
    count(s.parsed);
    count(s.tooLong);
    count(s.overBudget);
    count(s.unparsed);
    count(s.droppedLines);
    count(s.invalidBytes);
    count(s.facts);
    time(s.parserSeconds);
    time(s.parserCpuSeconds);
    time(s.totalSeconds);
}

} // namespace

void writeOutcome(WireWriter& out, const SentenceOutcome& outcome) {
    out.u32(static_cast<std::uint32_t>(outcome.claims.size()));
    for (const Claim& c : outcome.claims)
        writeClaim(out, c);
    eachStat(
        outcome.stats, [&](std::size_t n) { out.u64(n); }, [&](double t) { out.f64(t); });
    out.f64(outcome.budgetSpent);
}

SentenceOutcome readOutcome(WireReader& in) {
    SentenceOutcome outcome;
    const std::uint32_t claims = in.u32();
    for (std::uint32_t i = 0; i < claims; ++i)
        outcome.claims.push_back(readClaim(in));
    eachStat(
        outcome.stats, [&](std::size_t& n) { n = in.u64(); }, [&](double& t) { t = in.f64(); });
    outcome.budgetSpent = in.f64();
    return outcome;
}

} // namespace kg::extract
