#pragma once
// Tok: the value Lemon carries for every terminal. A slice of the query text (never a copy)
// with its position, so the parser can point at it in an error message.
#include <cstdint>
#include <string_view>

namespace kg::grammar {

struct Tok {
    const char* z;        ///< first byte in the query text
    std::uint32_t n;      ///< length in bytes
    std::uint32_t offset; ///< byte offset of z in the query text
    std::uint32_t line;   ///< 1-based
    std::uint32_t column; ///< 1-based, in bytes

    std::string_view text() const { return {z, n}; }
};

} // namespace kg::grammar
