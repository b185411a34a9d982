#include "query/limits.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <unistd.h>

namespace kg::query {
namespace {

std::uint64_t physicalMemoryBytes() {
    long pages = ::sysconf(_SC_PHYS_PAGES);
    long pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return 0;
    return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
}

// "1.5" of "1.5GiB" and the unit after it, lower-cased and without blanks.
bool splitNumber(std::string_view text, double& number, std::string& unit) {
    std::size_t end = 0;
    while (end < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.'))
        ++end;
    if (end == 0)
        return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + end, number);
    if (ec != std::errc() || ptr != text.data() + end || !std::isfinite(number))
        return false;
    unit.clear();
    for (char c : text.substr(end))
        if (c != ' ')
            unit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return true;
}

} // namespace

std::uint64_t defaultMaxMemoryBytes() {
    std::uint64_t total = physicalMemoryBytes();
    return total == 0 ? std::uint64_t{1} << 30 : total / 4;
}

QueryLimits defaultQueryLimits() {
    QueryLimits limits;
    limits.maxMemoryBytes = defaultMaxMemoryBytes();
    return limits;
}

std::uint64_t parseMemorySize(std::string_view text) {
    if (text == "none")
        return 0;
    double number = 0;
    std::string unit;
    if (!splitNumber(text, number, unit))
        throw std::invalid_argument(fmt::format("'{}' is not a size (e.g. 512M, 2G, 25%)", text));
    double scale = 0;
    if (unit.empty() || unit == "b")
        scale = 1;
    else if (unit == "k" || unit == "kb" || unit == "kib")
        scale = 1024.0;
    else if (unit == "m" || unit == "mb" || unit == "mib")
        scale = 1024.0 * 1024;
    else if (unit == "g" || unit == "gb" || unit == "gib")
        scale = 1024.0 * 1024 * 1024;
    else if (unit == "t" || unit == "tb" || unit == "tib")
        scale = 1024.0 * 1024 * 1024 * 1024;
    else if (unit == "%" && number <= 100)
        scale = static_cast<double>(physicalMemoryBytes()) / 100;
    if (scale == 0)
        throw std::invalid_argument(fmt::format("'{}' is not a size (e.g. 512M, 2G, 25%)", text));
    double bytes = number * scale;
    if (bytes >= 1.8e19)
        throw std::invalid_argument(fmt::format("size '{}' is too large", text));
    return static_cast<std::uint64_t>(bytes);
}

std::chrono::milliseconds parseDuration(std::string_view text) {
    if (text == "none")
        return std::chrono::milliseconds(0);
    double number = 0;
    std::string unit;
    if (!splitNumber(text, number, unit))
        throw std::invalid_argument(
            fmt::format("'{}' is not a duration (e.g. 30s, 500ms, 2m)", text));
    double scale = 0;
    if (unit.empty() || unit == "s")
        scale = 1000;
    else if (unit == "ms")
        scale = 1;
    else if (unit == "m" || unit == "min")
        scale = 60 * 1000;
    else if (unit == "h")
        scale = 3600 * 1000;
    if (scale == 0 || number * scale >= 1e15)
        throw std::invalid_argument(
            fmt::format("'{}' is not a duration (e.g. 30s, 500ms, 2m)", text));
    double ms = std::ceil(number * scale);
    return std::chrono::milliseconds(static_cast<std::int64_t>(ms));
}

std::string formatBytes(std::uint64_t bytes) {
    constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return fmt::format("{} bytes", bytes);
    double value = static_cast<double>(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    return value >= 100 || value == std::floor(value)
               ? fmt::format("{:.0f} {}", value, kUnits[unit])
               : fmt::format("{:.1f} {}", value, kUnits[unit]);
}

} // namespace kg::query
