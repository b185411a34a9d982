#pragma once
// The terminal a stream writes to: its size, and a pager for output longer than one screen
// (`kg query` and the REPL's tables), as psql and git do.
#include <cstddef>
#include <cstdio>
#include <string_view>

namespace kg::cli::repl {

/// Columns of the terminal `out` writes to; 0 when it is not a terminal.
std::size_t terminalColumns(std::FILE* out);

/// Lines of the terminal `out` writes to; 0 when it is not a terminal.
std::size_t terminalRows(std::FILE* out);

/// The pager command for `text` written to `out`, or empty when none applies: `out` is not a
/// terminal, the text fits on the screen, or $PAGER is set but empty. $PAGER unset means
/// "less -FRX" (quit at the end of a short text, keep colours, leave the text on screen).
std::string pagerFor(std::string_view text, std::FILE* out);

/// Writes `text` to `out`, through pagerFor's pager when there is one. A pager that cannot be
/// started, or is left before the end, is no error: the rest is simply not shown.
void writePaged(std::string_view text, std::FILE* out);

} // namespace kg::cli::repl
