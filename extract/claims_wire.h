#pragma once
// A parsed sentence's outcome as bytes, for the parsing worker processes (parse_workers.h) to
// send back to the process that forked them. Both ends are the same binary, so the encoding is
// plain native-endian fields with no versioning; it carries every field of a Claim, so a claim
// decoded is equal to the one encoded and the output does not depend on where it was parsed.
#include "extract/claim.h"
#include "extract/sentence_reader.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// What a worker reports for one sentence.
struct SentenceOutcome {
    std::vector<Claim> claims;
    ExtractStats stats;
    double budgetSpent = 0; ///< CPU seconds charged to the document's parsing budget
};

/// A message that ends early or holds a bad value (a bug or a corrupted pipe, never user input).
class WireError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Appends fields to a message.
class WireWriter {
public:
    explicit WireWriter(std::string& out) : out_(out) {}
    void u8(std::uint8_t v) { raw(&v, sizeof v); }
    void u32(std::uint32_t v) { raw(&v, sizeof v); }
    void u64(std::uint64_t v) { raw(&v, sizeof v); }
    void i32(std::int32_t v) { raw(&v, sizeof v); }
    void f32(float v) { raw(&v, sizeof v); }
    void f64(double v) { raw(&v, sizeof v); }
    void str(std::string_view s);

private:
    void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
    std::string& out_;
};

/// Reads the fields of a message in the order they were written; throws WireError past its end.
class WireReader {
public:
    explicit WireReader(std::string_view in) : in_(in) {}
    std::uint8_t u8() { return raw<std::uint8_t>(); }
    std::uint32_t u32() { return raw<std::uint32_t>(); }
    std::uint64_t u64() { return raw<std::uint64_t>(); }
    std::int32_t i32() { return raw<std::int32_t>(); }
    float f32() { return raw<float>(); }
    double f64() { return raw<double>(); }
    std::string str();
    bool atEnd() const { return in_.empty(); }

private:
    template <typename T> T raw() {
        T v;
        std::memcpy(&v, take(sizeof v).data(), sizeof v);
        return v;
    }
    std::string_view take(std::size_t n);
    std::string_view in_;
};

void writeOutcome(WireWriter& out, const SentenceOutcome& outcome);
SentenceOutcome readOutcome(WireReader& in);

} // namespace kg::extract
