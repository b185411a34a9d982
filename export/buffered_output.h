#pragma once
// A 256 KiB buffer in front of a FILE*: the writers append many short pieces, and a write error
// (full disk) stops a 10M-fact export at the next flush instead of running to the end. It also
// models RapidJSON's output stream concept (Ch, Put, Flush), so the JSON writer streams through
// it without a DOM or another buffer.
#include <cstdio>
#include <string>
#include <string_view>

namespace kg::exporter {

class BufferedOutput {
public:
    using Ch = char;

    explicit BufferedOutput(std::FILE* out);
    BufferedOutput(const BufferedOutput&) = delete;
    BufferedOutput& operator=(const BufferedOutput&) = delete;

    /// The buffer to append to directly; call flushIfFull() now and then.
    std::string& text() { return buffer_; }
    void append(std::string_view s) {
        buffer_ += s;
        flushIfFull();
    }
    void flushIfFull() {
        if (buffer_.size() >= kCapacity)
            flush();
    }
    /// Writes the buffer to the file; throws ExportError with the system's reason on failure.
    void flush();

    // RapidJSON output stream.
    void Put(char c) {
        buffer_.push_back(c);
        if (buffer_.size() >= kCapacity)
            flush();
    }
    void Flush() { flush(); }

private:
    static constexpr std::size_t kCapacity = 1 << 18;
    std::FILE* out_;
    std::string buffer_;
};

} // namespace kg::exporter
