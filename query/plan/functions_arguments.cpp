#include "query/plan/functions_arguments.h"

#include "base/utf8.h"

#include <algorithm>
#include <new>
#include <string>

namespace kg::query::plan::bodies {
namespace {

using Result = std::optional<Value>;

// Byte offset of the character `count` characters into s (s.size() when past its end).
std::size_t byteOffsetOf(std::string_view s, std::int64_t count) {
    std::size_t i = 0;
    for (std::int64_t n = 0; n < count && i < s.size(); ++n)
        i += base::utf8SequenceLength(s, i);
    return std::min(i, s.size());
}

bool isCount(const Value& v) {
    return v.isInt() && v.asInt() >= 0;
}

// The character boundaries of s: 0, the start of each later character, s.size().
std::vector<std::size_t> boundaries(std::string_view s) {
    std::vector<std::size_t> out{0};
    for (std::size_t i = 0; i < s.size();) {
        i += base::utf8SequenceLength(s, i);
        out.push_back(std::min(i, s.size()));
    }
    return out;
}

} // namespace

Result substring(std::span<const Value> args, exec::ExecContext&) {
    if (!args[0].isString() || !isCount(args[1]) || (args.size() > 2 && !isCount(args[2])))
        return std::nullopt;
    const std::string& s = args[0].asString();
    std::size_t begin = byteOffsetOf(s, args[1].asInt());
    if (args.size() == 2)
        return Value(s.substr(begin));
    std::size_t end = begin + byteOffsetOf(std::string_view(s).substr(begin), args[2].asInt());
    return Value(s.substr(begin, end - begin));
}

Result replace(std::span<const Value> args, exec::ExecContext& cx) {
    if (!args[0].isString() || !args[1].isString() || !args[2].isString())
        return std::nullopt;
    const std::string& s = args[0].asString();
    const std::string& search = args[1].asString();
    const std::string& with = args[2].asString();
    std::string out;
    if (search.empty()) {
        // As Java's String.replace: the replacement goes between every two characters.
        std::vector<std::size_t> cuts = boundaries(s);
        cx.charge(static_cast<std::int64_t>(cuts.size() * with.size()));
        for (std::size_t i = 0; i < cuts.size(); ++i) {
            out += with;
            if (i + 1 < cuts.size())
                out.append(s, cuts[i], cuts[i + 1] - cuts[i]);
        }
        cx.charge(-static_cast<std::int64_t>(cuts.size() * with.size()));
        return Value(std::move(out));
    }
    std::size_t from = 0;
    for (std::size_t at = s.find(search); at != std::string::npos; at = s.find(search, from)) {
        out.append(s, from, at - from);
        out += with;
        from = at + search.size();
    }
    out.append(s, from);
    return Value(std::move(out));
}

Result split(std::span<const Value> args, exec::ExecContext&) {
    if (!args[0].isString() || !args[1].isString())
        return std::nullopt;
    const std::string& s = args[0].asString();
    const std::string& delimiter = args[1].asString();
    ValueList out;
    if (delimiter.empty()) {
        std::vector<std::size_t> cuts = boundaries(s);
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
            out.emplace_back(s.substr(cuts[i], cuts[i + 1] - cuts[i]));
        return Value(std::move(out));
    }
    std::size_t from = 0;
    for (std::size_t at = s.find(delimiter); at != std::string::npos;
         at = s.find(delimiter, from)) {
        out.emplace_back(s.substr(from, at - from));
        from = at + delimiter.size();
    }
    out.emplace_back(s.substr(from));
    return Value(std::move(out));
}

Result left(std::span<const Value> args, exec::ExecContext&) {
    if (!args[0].isString() || !isCount(args[1]))
        return std::nullopt;
    const std::string& s = args[0].asString();
    return Value(s.substr(0, byteOffsetOf(s, args[1].asInt())));
}

Result right(std::span<const Value> args, exec::ExecContext&) {
    if (!args[0].isString() || !isCount(args[1]))
        return std::nullopt;
    const std::string& s = args[0].asString();
    std::int64_t length = static_cast<std::int64_t>(base::utf8Length(s));
    std::int64_t skip = std::max<std::int64_t>(0, length - args[1].asInt());
    return Value(s.substr(byteOffsetOf(s, skip)));
}

Result range(std::span<const Value> args, exec::ExecContext& cx) {
    for (const Value& a : args)
        if (!a.isInt())
            return std::nullopt;
    std::int64_t start = args[0].asInt();
    std::int64_t end = args[1].asInt();
    std::int64_t step = args.size() > 2 ? args[2].asInt() : 1;
    if (step == 0)
        return std::nullopt;
    // Counted in unsigned 64-bit arithmetic: the bounds may be anywhere in the signed range.
    const bool up = step > 0;
    if (up ? end < start : end > start)
        return Value(ValueList{});
    std::uint64_t distance =
        up ? static_cast<std::uint64_t>(end) - static_cast<std::uint64_t>(start)
           : static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(end);
    std::uint64_t stride =
        up ? static_cast<std::uint64_t>(step) : std::uint64_t{0} - static_cast<std::uint64_t>(step);
    std::uint64_t steps = distance / stride; // the list has steps + 1 items
    constexpr std::uint64_t kMostItems = std::uint64_t{1} << 56;
    std::uint64_t items = std::min(steps, kMostItems) + 1;
    auto charged = static_cast<std::int64_t>(items * sizeof(Value));
    cx.charge(charged);
    if (steps >= kMostItems) // no memory budget set, and more than any machine holds
        throw std::bad_alloc();
    ValueList out;
    out.reserve(items);
    std::uint64_t value = static_cast<std::uint64_t>(start);
    for (std::uint64_t i = 0; i < items; ++i, value += static_cast<std::uint64_t>(step)) {
        cx.tick();
        out.emplace_back(static_cast<std::int64_t>(value));
    }
    cx.charge(-charged);
    return Value(std::move(out));
}

} // namespace kg::query::plan::bodies
