#include "cli/repl/statement_buffer.h"

#include "query/engine.h"

namespace kg::cli::repl {

void StatementBuffer::append(std::string_view line) {
    if (!pending_.empty())
        pending_ += '\n';
    pending_ += line;
}

std::vector<std::string> StatementBuffer::takeComplete() {
    query::ScriptSplit split = query::splitStatements(pending_);
    std::vector<std::string> done;
    for (const query::StatementText& s : split.statements)
        if (!s.text.empty())
            done.emplace_back(s.text);

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
    pending_.erase(0, keepFrom);
    if (!split.openQuote && split.rest.text.empty())
        pending_.clear();
    return done;
}

std::string StatementBuffer::takeRest() {
    query::ScriptSplit split = query::splitStatements(pending_);
    std::string rest =
        split.rest.text.empty() && split.openQuote ? pending_ : std::string(split.rest.text);
    pending_.clear();
    return rest;
}

} // namespace kg::cli::repl
