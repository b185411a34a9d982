#pragma once
// The budgets every query runs under (docs/limits.md): memory held by the operators that keep
// rows, wall-clock time, and the longest variable-length pattern. Going over one stops the
// query with QueryLimitExceeded, whose message names the limit and the flag that raises it.
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::query {

/// A query went over one of its budgets. what(): "query stopped: it needs more than 2.0 GiB
/// of memory (raise the limit with --max-memory)".
class QueryLimitExceeded : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Kùzu's default for an unbounded `*`; Neo4j has none. A bound written in the query may not
/// exceed it either.
inline constexpr std::uint32_t kDefaultMaxHops = 30;

struct QueryLimits {
    /// Bytes the rows held by sort, aggregation, collect, DISTINCT, path expansion and a
    /// result kept whole (a table) may take together. 0 = no limit.
    std::uint64_t maxMemoryBytes = 0;
    /// Wall-clock time a statement may run; zero = no limit.
    std::chrono::milliseconds timeout{0};
    /// Upper bound of `*` and `*n..`, and the largest upper bound a query may write.
    std::uint32_t maxHops = kDefaultMaxHops;
};

/// 25 % of the machine's physical memory (1 GiB if that cannot be read).
std::uint64_t defaultMaxMemoryBytes();

/// The limits the CLI and the REPL start from: defaultMaxMemoryBytes(), no timeout,
/// kDefaultMaxHops.
QueryLimits defaultQueryLimits();

/// Reads a size such as "512M", "2G", "1.5GiB", "25%" (of physical memory) or a plain number of
/// bytes; "0" or "none" = no limit. Throws std::invalid_argument with a one-line message.
std::uint64_t parseMemorySize(std::string_view text);

/// Reads a duration such as "30s", "500ms", "2m", or a plain number of seconds; "0" or "none" =
/// no limit. Throws std::invalid_argument with a one-line message.
std::chrono::milliseconds parseDuration(std::string_view text);

/// "1.5 GiB", "512 MiB", "900 KiB", "12 bytes": for messages.
std::string formatBytes(std::uint64_t bytes);

} // namespace kg::query
