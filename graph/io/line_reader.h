#pragma once
// Reads a stream line by line into one reusable buffer: no allocation per line, and a line
// of any length up to kMaxLineBytes (longer ones are skipped and flagged, so a binary file
// without newlines cannot exhaust memory).
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

class LineReader {
public:
    static constexpr std::size_t kMaxLineBytes = std::size_t{64} << 20;

    /// `name` is used in error messages only.
    LineReader(std::FILE* in, std::string name);

    /// Next line without its "\n" or "\r\n"; false at the end. The view stays valid until the
    /// next call. Throws ImportError (importer.h) if reading fails.
    bool next(std::string_view& line);
    /// 1-based number of the line last returned.
    std::uint64_t lineNumber() const { return lineNumber_; }
    /// The line last returned was longer than kMaxLineBytes and is returned empty.
    bool lineTooLong() const { return tooLong_; }

private:
    bool fill();

    std::FILE* in_;
    std::string name_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    bool eof_ = false;
    bool tooLong_ = false;
    std::uint64_t lineNumber_ = 0;
};

} // namespace kg::graph
