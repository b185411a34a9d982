#pragma once
// Every string of a graph (names, predicates, sentences, document ids) is stored once here and
// referred to by a Sym. Strings live in large chunks so interning costs no allocation per string.
#include "graph/id_hash_table.h"
#include "graph/ids.h"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace kg::graph {

std::uint64_t hashString(std::string_view s);

class StringPool {
public:
    StringPool();
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;
    StringPool(StringPool&&) noexcept = default;
    StringPool& operator=(StringPool&&) noexcept = default;

    Sym intern(std::string_view s);
    std::optional<Sym> find(std::string_view s) const;
    std::string_view view(Sym s) const { return views_[s]; }
    /// Number of symbols, including the empty string (symbol 0).
    std::size_t size() const { return views_.size(); }
    void reserve(std::size_t symbols);
    std::size_t memoryBytes() const;

private:
    std::string_view store(std::string_view s);

    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t chunkUsed_ = 0;
    std::size_t chunkSize_ = 0;
    std::size_t charBytes_ = 0;
    std::vector<std::string_view> views_;
    IdHashTable index_;
};

} // namespace kg::graph
