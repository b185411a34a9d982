#include "query/regex.h"

#include <fmt/format.h>
#include <re2/re2.h>

namespace kg::query {
namespace {

// RE2's own budget for the compiled program and its match caches; a pattern that needs more
// (huge counted repetitions such as "(a{1000}){1000}") fails to compile instead.
constexpr std::int64_t kMaxRegexMemory = 8 << 20;

std::string humanSize(std::size_t bytes) {
    return bytes >= (1 << 20) ? fmt::format("{} MiB", bytes >> 20)
                              : fmt::format("{} KiB", bytes >> 10);
}

} // namespace

Regex::Regex(std::string_view pattern) {
    if (pattern.size() > kMaxRegexPatternBytes)
        throw RegexError(fmt::format("regular expression is {} bytes, over the {} limit",
                                     pattern.size(), humanSize(kMaxRegexPatternBytes)));
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(kMaxRegexMemory);
    // Cypher writes Java patterns; "(?i)" is RE2 syntax too, so it needs no translation.
    re_ = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
    if (!re_->ok())
        throw RegexError("invalid regular expression: " + re_->error());
}

Regex::~Regex() = default;

bool Regex::fullMatch(std::string_view subject) const {
    if (subject.size() > kMaxRegexSubjectBytes)
        throw RegexError(fmt::format("=~ on a string of {} bytes, over the {} limit",
                                     subject.size(), humanSize(kMaxRegexSubjectBytes)));
    return RE2::FullMatch(re2::StringPiece(subject.data(), subject.size()), *re_);
}

const Regex& RegexCache::get(std::string_view pattern) {
    auto it = compiled_.find(std::string(pattern));
    if (it != compiled_.end())
        return *it->second;
    auto regex = std::make_unique<Regex>(pattern);
    if (compiled_.size() >= kCapacity)
        compiled_.clear();
    return *compiled_.emplace(std::string(pattern), std::move(regex)).first->second;
}

} // namespace kg::query
