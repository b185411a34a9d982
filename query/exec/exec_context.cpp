// The run-time budgets of query/limits.h, as the executor checks them.
#include "query/exec/operator.h"

#include <fmt/format.h>

namespace kg::query::exec {

ExecContext::ExecContext(graph::GraphView graph, const std::atomic<bool>* cancel,
                         const QueryLimits& limits)
    : graph_(graph), cancel_(cancel), limits_(limits) {
    if (limits_.timeout.count() > 0)
        deadline_ = std::chrono::steady_clock::now() + limits_.timeout;
}

void ExecContext::checkpoint() {
    if (cancel_ != nullptr && cancel_->load(std::memory_order_relaxed))
        throw QueryCancelled();
    if (limits_.timeout.count() > 0 && std::chrono::steady_clock::now() >= deadline_)
        throw QueryLimitExceeded(
            fmt::format("query stopped: it ran longer than the {} ms timeout (raise it with "
                        "--timeout, or :timeout in the REPL)",
                        limits_.timeout.count()));
}

const graph::ContradictionIndex& ExecContext::contradictions() {
    if (!contradictions_)
        contradictions_ = std::make_unique<graph::ContradictionIndex>(graph_);
    return *contradictions_;
}

void ExecContext::charge(std::int64_t bytes) {
    if (bytes < 0) {
        held_ -= std::min<std::uint64_t>(held_, static_cast<std::uint64_t>(-bytes));
        return;
    }
    held_ += static_cast<std::uint64_t>(bytes);
    if (limits_.maxMemoryBytes > 0 && held_ > limits_.maxMemoryBytes)
        throw QueryLimitExceeded(
            fmt::format("query stopped: it needs more than {} of memory (raise the limit with "
                        "--max-memory, or :max-memory in the REPL)",
                        formatBytes(limits_.maxMemoryBytes)));
}

// A shared collection's control block and the allocator's own bookkeeping.
constexpr std::uint64_t kSharedBlockBytes = 48;
// The allocator's bookkeeping for one heap block.
constexpr std::uint64_t kAllocationBytes = 16;

std::uint64_t approxBytes(const Value& value) {
    std::uint64_t bytes = sizeof(Value);
    switch (value.kind()) {
    case Value::Kind::String:
        bytes += value.asString().capacity();
        break;
    case Value::Kind::List:
        bytes += kSharedBlockBytes + approxBytes(value.asList());
        break;
    case Value::Kind::Map:
        bytes += kSharedBlockBytes;
        for (const auto& [key, v] : value.asMap())
            bytes += sizeof(std::pair<std::string, Value>) + key.capacity() + approxBytes(v);
        break;
    case Value::Kind::Path: {
        const Path& p = value.asPath();
        bytes += kSharedBlockBytes + sizeof(Path) + p.nodes.capacity() * sizeof(graph::EntityId) +
                 p.relationships.capacity() * sizeof(graph::RelationId);
        break;
    }
    default:
        break;
    }
    return bytes;
}

std::uint64_t approxBytes(const std::vector<Value>& values) {
    std::uint64_t bytes = (values.capacity() - values.size()) * sizeof(Value);
    if (values.capacity() > 0)
        bytes += kAllocationBytes;
    for (const Value& v : values)
        bytes += approxBytes(v);
    return bytes;
}

} // namespace kg::query::exec
