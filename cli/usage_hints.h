#pragma once
// What `kg` adds to a command-line usage error to point at the fix: the subcommand or option
// closest to a mistyped one (`kg quer` → did you mean 'query'?), or the quotes a --param value
// with spaces needs.
#include <CLI/CLI.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kg::cli {

/// The candidate closest to `typed` within a small edit distance, if any.
std::optional<std::string> closestWord(std::string_view typed,
                                       std::span<const std::string> candidates);

/// "unknown subcommand 'quer' (did you mean 'query'?)".
std::string unknownSubcommand(const CLI::App& app, std::string_view typed);

/// The one-line message for a parse error of `app` on `args` (argv without the program name);
/// `what` is CLI11's own message, used when nothing better is known.
std::string usageMessage(const CLI::App& app, std::span<const std::string> args,
                         const std::string& what);

} // namespace kg::cli
