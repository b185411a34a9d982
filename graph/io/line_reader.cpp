#include "graph/io/line_reader.h"

#include "graph/io/importer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>

namespace kg::graph {

namespace {
constexpr std::size_t kInitialBuffer = std::size_t{1} << 20;
}

LineReader::LineReader(std::FILE* in, std::string name)
    : in_(in), name_(std::move(name)), buffer_(kInitialBuffer) {}

bool LineReader::fill() {
    std::size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, in_);
    end_ += n;
    if (n == 0 && std::ferror(in_))
        throw ImportError(fmt::format("cannot read {}: {}", name_, std::strerror(errno)));
    if (std::feof(in_))
        eof_ = true;
    return n > 0;
}

bool LineReader::next(std::string_view& line) {
    tooLong_ = false;
    std::size_t scanFrom = begin_;
    for (;;) {
        const char* base = buffer_.data();
        const void* newline = std::memchr(base + scanFrom, '\n', end_ - scanFrom);
        if (newline != nullptr || eof_) {
            std::size_t stop =
                newline != nullptr
                    ? static_cast<std::size_t>(static_cast<const char*>(newline) - base)
                    : end_;
            if (newline == nullptr && begin_ == end_ && !tooLong_)
                return false;
            line = tooLong_ ? std::string_view() : std::string_view(base + begin_, stop - begin_);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            begin_ = newline != nullptr ? stop + 1 : end_;
            ++lineNumber_;
            // A byte order mark, which some Windows editors put first, is no part of the text.
            if (lineNumber_ == 1 && line.starts_with("\xEF\xBB\xBF"))
                line.remove_prefix(3);
            return true;
        }
        // No newline in the buffer: keep the partial line, make room, read more.
        if (begin_ > 0) {
            std::memmove(buffer_.data(), base + begin_, end_ - begin_);
            end_ -= begin_;
            begin_ = 0;
        }
        scanFrom = end_;
        if (end_ == buffer_.size()) {
            if (buffer_.size() >= kMaxLineBytes) {
                tooLong_ = true; // drop what we have and read on to the end of the line
                end_ = 0;
                scanFrom = 0;
            } else {
                buffer_.resize(std::min(buffer_.size() * 2, kMaxLineBytes));
            }
        }
        fill();
    }
}

} // namespace kg::graph
