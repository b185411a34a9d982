#include "graph/io/kgb_format.h"

#include <cstring>

namespace kg::graph::kgb {

std::uint64_t stringHash(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t checksum(const void* data, std::size_t bytes) {
    // Eight bytes per step with a multiply and a rotate: fast enough to check a whole file at
    // memory speed, and every bit of the input reaches the result.
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t h = 0x9e3779b97f4a7c15ull ^ bytes;
    std::size_t i = 0;
    for (; i + 8 <= bytes; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        h = (h ^ word) * 0xff51afd7ed558ccdull;
        h = (h << 31) | (h >> 33);
    }
    std::uint64_t tail = 0;
    if (i < bytes)
        std::memcpy(&tail, p + i, bytes - i);
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 29);
}

} // namespace kg::graph::kgb
