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
#include <type_traits>
#include <vector>

namespace kg::extract {

/// What a worker reports for one sentence.
struct SentenceOutcome {
    std::vector<Claim> claims;
    ExtractStats stats;
    double budgetSpent = 0; ///< CPU seconds charged to the document's parsing budget
};

/// A message that ends early (a bug or a corrupted socket, never user input).
class WireError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Appends fields to a message.
class WireWriter {
public:
    explicit WireWriter(std::string& out) : out_(out) {}
    template <typename T>
    requires std::is_trivially_copyable_v<T>
    void value(const T& v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void str(std::string_view s) {
        value(static_cast<std::uint32_t>(s.size()));
        out_.append(s);
    }

private:
    std::string& out_;
};

/// Reads the fields of a message in the order they were written; throws WireError past its end.
class WireReader {
public:
    explicit WireReader(std::string_view in) : in_(in) {}
    template <typename T>
    requires std::is_trivially_copyable_v<T> T value() {
        T v;
        std::memcpy(&v, take(sizeof v).data(), sizeof v);
        return v;
    }
    std::string str() { return std::string(take(value<std::uint32_t>())); }
    bool atEnd() const { return in_.empty(); }
    std::size_t remaining() const { return in_.size(); }

private:
    std::string_view take(std::size_t n);
    std::string_view in_;
};

void writeOutcome(WireWriter& out, const SentenceOutcome& outcome);
SentenceOutcome readOutcome(WireReader& in);

} // namespace kg::extract
