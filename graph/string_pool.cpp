#include "graph/string_pool.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace kg::graph {

namespace {
constexpr std::size_t kChunkBytes = 1 << 20;
}

std::uint64_t hashString(std::string_view s) {
    return std::hash<std::string_view>{}(s);
}

StringPool::StringPool() {
    views_.emplace_back();
    index_.insert(hashString({}), 0);
}

std::optional<Sym> StringPool::find(std::string_view s) const {
    Sym id = index_.find(hashString(s), [&](Sym c) { return views_[c] == s; });
    if (id == kNoId)
        return std::nullopt;
    return id;
}

Sym StringPool::intern(std::string_view s) {
    std::uint64_t h = hashString(s);
    Sym id = index_.find(h, [&](Sym c) { return views_[c] == s; });
    if (id != kNoId)
        return id;
    id = static_cast<Sym>(views_.size());
    views_.push_back(store(s));
    index_.insert(h, id);
    return id;
}

std::string_view StringPool::store(std::string_view s) {
    if (s.size() > chunkSize_ - chunkUsed_) {
        // Oversized strings (long sentences) get a chunk of their own; the current chunk stays
        // open for the small strings that follow.
        std::size_t size = std::max(kChunkBytes, s.size());
        auto chunk = std::make_unique<char[]>(size);
        if (size > kChunkBytes) {
            std::memcpy(chunk.get(), s.data(), s.size());
            std::string_view v(chunk.get(), s.size());
            chunks_.insert(chunks_.end() - (chunks_.empty() ? 0 : 1), std::move(chunk));
            charBytes_ += size;
            return v;
        }
        chunks_.push_back(std::move(chunk));
        chunkUsed_ = 0;
        chunkSize_ = size;
        charBytes_ += size;
    }
    char* dst = chunks_.back().get() + chunkUsed_;
    if (!s.empty())
        std::memcpy(dst, s.data(), s.size());
    chunkUsed_ += s.size();
    return {dst, s.size()};
}

void StringPool::reserve(std::size_t symbols) {
    views_.reserve(symbols);
    index_.reserve(symbols);
}

std::size_t StringPool::memoryBytes() const {
    return charBytes_ + views_.capacity() * sizeof(std::string_view) + index_.memoryBytes();
}

} // namespace kg::graph
