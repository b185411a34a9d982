#include "cli/repl/interrupt.h"
#include "cli/repl/line_reader.h"

#include <cerrno>

namespace kg::cli::repl {

ReadResult StreamLineReader::read(std::string_view) {
    ReadResult result;
    for (;;) {
        int c = std::getc(in_);
        if (c == EOF) {
            if (std::ferror(in_) && errno == EINTR && InterruptScope::raised()) {
                std::clearerr(in_);
                return {ReadResult::Status::Interrupted, {}};
            }
            // A last line without its newline still counts.
            if (!result.text.empty())
                result.status = ReadResult::Status::Line;
            return result;
        }
        if (c == '\n') {
            if (!result.text.empty() && result.text.back() == '\r')
                result.text.pop_back(); // scripts written on Windows
            result.status = ReadResult::Status::Line;
            return result;
        }
        result.text.push_back(static_cast<char>(c));
    }
}

} // namespace kg::cli::repl
