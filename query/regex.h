#pragma once
// Cypher's `=~` on RE2: matching takes time linear in the subject and uses no recursion, so no
// pattern or subject can overflow the stack or backtrack for minutes (docs/limits.md). As in
// openCypher the pattern must match the whole string; a leading "(?i)" ignores case. RE2 has
// no backreferences or lookaround: such a pattern is an error, never a silent mismatch.
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace re2 {
class RE2;
}

namespace kg::query {

/// Longest pattern accepted, in bytes.
inline constexpr std::size_t kMaxRegexPatternBytes = 16 * 1024;
/// Longest string a pattern is matched against, in bytes.
inline constexpr std::size_t kMaxRegexSubjectBytes = 16 * 1024 * 1024;

/// A pattern that does not compile or a subject over the limit; what() is the message without a
/// place ("invalid regular expression: missing ): (a").
class RegexError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Regex {
public:
    /// Throws RegexError for a pattern that is invalid, unsupported or over the size limits.
    explicit Regex(std::string_view pattern);
    ~Regex();
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;

    /// True when the whole of `subject` matches. Throws RegexError for a subject over
    /// kMaxRegexSubjectBytes.
    bool fullMatch(std::string_view subject) const;

private:
    std::unique_ptr<re2::RE2> re_;
};

/// Patterns computed at run time (`a.name =~ b.pattern`), each compiled once. Holds at most
/// kCapacity patterns; a query with more distinct ones starts the cache afresh.
class RegexCache {
public:
    static constexpr std::size_t kCapacity = 64;
    /// The compiled pattern; throws RegexError like Regex's constructor.
    const Regex& get(std::string_view pattern);

private:
    std::unordered_map<std::string, std::unique_ptr<Regex>> compiled_;
};

} // namespace kg::query
