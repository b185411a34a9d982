#pragma once
// Where the REPL's input lines come from: an editing terminal (EditLineReader, libedit) or a
// plain stream such as a piped script (StreamLineReader, no prompts).
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli::repl {

struct ReadResult {
    enum class Status { Line, Interrupted, End };
    Status status = Status::End;
    std::string text; ///< the line without its newline, when status is Line
};

class LineReader {
public:
    virtual ~LineReader() = default;
    /// Reads one line, showing `prompt` if the reader is interactive.
    virtual ReadResult read(std::string_view prompt) = 0;
    /// Records a complete statement or meta command for history recall.
    virtual void remember(std::string_view entry) = 0;
    /// The remembered entries, oldest first (empty for a reader without history).
    virtual std::vector<std::string> entries() const = 0;
};

/// Reads lines from a FILE* (a script on stdin). No prompts, no history.
class StreamLineReader : public LineReader {
public:
    explicit StreamLineReader(std::FILE* in) : in_(in) {}
    ReadResult read(std::string_view prompt) override;
    void remember(std::string_view) override {}
    std::vector<std::string> entries() const override { return {}; }

private:
    std::FILE* in_;
};

} // namespace kg::cli::repl
