#include "cli/repl/statement_buffer.h"

#include "query/engine.h"

#include <algorithm>

namespace kg::cli::repl {
namespace {

// Line `n` (1-based) of `text`, without its newline.
std::string_view lineOf(std::string_view text, std::uint32_t n) {
    std::size_t begin = 0;
    for (std::uint32_t i = 1; i < n && begin < text.size(); ++i) {
        std::size_t nl = text.find('\n', begin);
        begin = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    std::size_t end = text.find('\n', begin);
    return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

} // namespace

void StatementBuffer::append(std::string_view line, std::uint32_t lineNumber) {
    if (pending_.empty()) {
        startLine_ = lineNumber;
        startColumn_ = 1;
        startLineText_ = line;
    } else {
        pending_ += '\n';
    }
    pending_ += line;
}

BufferedStatement StatementBuffer::located(std::string_view text, std::uint32_t line,
                                           std::uint32_t column) const {
    BufferedStatement s;
    s.text = text;
    s.line = startLine_ + line - 1;
    s.column = line == 1 ? startColumn_ + column - 1 : column;
    s.firstLine = line == 1 ? startLineText_ : std::string(lineOf(pending_, line));
    return s;
}

void StatementBuffer::dropFront(std::size_t count) {
    std::string_view dropped = std::string_view(pending_).substr(0, count);
    auto newlines = static_cast<std::uint32_t>(std::count(dropped.begin(), dropped.end(), '\n'));
    if (newlines == 0) {
        startColumn_ += static_cast<std::uint32_t>(count);
    } else {
        startLine_ += newlines;
        std::size_t lineBegin = dropped.rfind('\n') + 1;
        startColumn_ = static_cast<std::uint32_t>(count - lineBegin) + 1;
        startLineText_ = lineOf(std::string_view(pending_).substr(lineBegin), 1);
    }
    pending_.erase(0, count);
}

std::vector<BufferedStatement> StatementBuffer::takeComplete() {
    query::ScriptSplit split = query::splitStatements(pending_);
    std::vector<BufferedStatement> done;
    for (const query::StatementText& s : split.statements)
        if (!s.text.empty())
            done.push_back(located(s.text, s.line, s.column));

    // Keep what follows the last ';' verbatim: an unfinished statement, or an open string or
    // comment that a later line will close. Only blanks and finished comments are dropped.
    std::size_t keepFrom = pending_.size();
    if (!split.rest.text.empty())
        keepFrom = static_cast<std::size_t>(split.rest.text.data() - pending_.data());
    if (split.openQuote) {
        keepFrom = 0;
        if (!split.statements.empty()) {
            const query::StatementText& last = split.statements.back();
            std::size_t end =
                static_cast<std::size_t>(last.text.data() - pending_.data()) + last.text.size();
            std::size_t semicolon = pending_.find(';', end);
            keepFrom = semicolon == std::string::npos ? end : semicolon + 1;
        }
    }
    dropFront(keepFrom);
    if (!split.openQuote && split.rest.text.empty())
        pending_.clear();
    return done;
}

BufferedStatement StatementBuffer::takeRest() {
    query::ScriptSplit split = query::splitStatements(pending_);
    BufferedStatement rest = split.rest.text.empty() && split.openQuote
                                 ? located(pending_, 1, 1)
                                 : located(split.rest.text, split.rest.line, split.rest.column);
    pending_.clear();
    return rest;
}

} // namespace kg::cli::repl
