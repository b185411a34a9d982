#pragma once
// The parser driver: query text in, AST out, or a QueryError naming line:column and what the
// grammar expected there.
#include "grammar/ast.h"
#include "grammar/query_error.h"

#include <memory>
#include <string_view>

namespace kg::grammar {

/// Parses one statement (an optional trailing ';' allowed). Throws QueryError.
std::unique_ptr<ast::Statement> parseStatement(std::string_view text);

/// Human name of a terminal for messages: "')'", "MATCH", "a name", "end of input".
std::string_view tokenDescription(int tokenType);

} // namespace kg::grammar
