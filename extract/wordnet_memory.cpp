#include "extract/wordnet_memory.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <wn.h>

// The library's, set by its bin_search and read by index_lookup; wn.h does not declare it.
extern "C" long last_bin_search_offset;

namespace kg::extract {
namespace {

// The library reads a few lines after each seek; a small buffer copies less per seek than
// stdio's default.
constexpr std::size_t kStreamBuffer = 1024;

// The library's line buffer: bin_search answers with a line of at most this many bytes less one
// (fgets), which the caller may cut up (parse_index runs strtok over it).
constexpr std::size_t kLineBuffer = 1024 * 25;

struct MappedFile {
    FILE* stream = nullptr;
    std::string_view bytes;
};

// The index files served from memory, so bin_search can find the bytes behind a stream.
std::array<MappedFile, NUMPARTS + 1> mappedIndexes;

// A read-only stream over a mapping of the file behind `file`; a null stream when it cannot be
// mapped (then the caller keeps `file`). The mapping is never unmapped: the library uses the
// stream until the process ends.
MappedFile mappedCopy(FILE* file) {
    if (file == nullptr)
        return {};
    struct stat st {};
    if (::fstat(::fileno(file), &st) != 0 || st.st_size <= 0)
        return {};
    const auto size = static_cast<std::size_t>(st.st_size);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, ::fileno(file), 0);
    if (map == MAP_FAILED)
        return {};
    // A stream opened "r" only reads its buffer, so the read-only mapping is safe to hand over.
    FILE* stream = ::fmemopen(map, size, "r");
    if (stream == nullptr) {
        ::munmap(map, size);
        return {};
    }
    ::setvbuf(stream, nullptr, _IOFBF, kStreamBuffer);
    return {stream, std::string_view(static_cast<const char*>(map), size)};
}

MappedFile replace(FILE*& stream) {
    const MappedFile copy = mappedCopy(stream);
    if (copy.stream != nullptr) {
        std::fclose(stream);
        stream = copy.stream;
    }
    return copy;
}

using BinSearch = char* (*)(char*, FILE*);

// The library's own bin_search, behind kg's definition of the same name.
BinSearch libraryBinSearch() {
    static const auto search = reinterpret_cast<BinSearch>(::dlsym(RTLD_NEXT, "bin_search"));
    return search;
}

} // namespace

void serveWordNetFromMemory() {
    for (int pos = 1; pos <= NUMPARTS; ++pos) {
        mappedIndexes[pos] = replace(indexfps[pos]);
        replace(datafps[pos]);
    }
}

std::string_view wordNetSearch(std::string_view file, std::string_view key, long& lineStart) {
    // The library's steps: seek to mid - 1, skip to the start of the next line (unless mid is 1),
    // read that line (a read at the end of the file leaves the last line read), compare its
    // first word, halve the range; stop on the key or when the range can shrink no more.
    const long size = static_cast<long>(file.size());
    long top = 0;
    long bottom = size;
    long mid = (bottom - top) / 2;
    long diff = 0;
    std::string_view line;
    std::string_view word;
    do {
        long at = mid - 1;
        if (mid != 1) {
            const std::size_t newline = file.find('\n', static_cast<std::size_t>(at));
            at = newline == std::string_view::npos ? size : static_cast<long>(newline) + 1;
        }
        lineStart = at;
        if (at < size) {
            const std::string_view rest = file.substr(static_cast<std::size_t>(at));
            const std::size_t end = rest.find('\n');
            line = rest.substr(0, std::min(end == std::string_view::npos ? rest.size() : end + 1,
                                           kLineBuffer - 1));
            word = line.substr(0, line.find(' '));
        }
        const int order = word.compare(key);
        if (order < 0)
            top = mid;
        else if (order > 0)
            bottom = mid;
        else
            return line;
        diff = (bottom - top) / 2;
        mid = top + diff;
    } while (diff != 0);
    return {};
}

} // namespace kg::extract

// The library calls this instead of its own (the executable's definition comes first in symbol
// lookup); see wordnet_memory.h. Same contract: the line in a buffer the caller may write to, or
// null, and last_bin_search_offset set.
extern "C" char* bin_search(char* searchkey, FILE* fp) {
    using kg::extract::mappedIndexes;
    const auto mapped = std::find_if(mappedIndexes.begin(), mappedIndexes.end(),
                                     [&](const auto& m) { return m.stream == fp; });
    if (fp == nullptr || mapped == mappedIndexes.end())
        return kg::extract::libraryBinSearch()(searchkey, fp);
    static char line[kg::extract::kLineBuffer];
    const std::string_view found =
        kg::extract::wordNetSearch(mapped->bytes, searchkey, last_bin_search_offset);
    if (found.empty())
        return nullptr;
    std::memcpy(line, found.data(), found.size());
    line[found.size()] = '\0';
    return line;
}
