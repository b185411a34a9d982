#include "extract/wordnet_memory.h"

#include <cstdio>
#include <sys/mman.h>
#include <sys/stat.h>
#include <wn.h>

namespace kg::extract {
namespace {

// The library reads a few lines after each seek; a small buffer copies less per seek than
// stdio's default.
constexpr std::size_t kStreamBuffer = 1024;

// A read-only stream over a mapping of the file behind `file`, or nullptr (then the caller keeps
// `file`). The mapping is never unmapped: the library uses the stream until the process ends.
FILE* mappedCopy(FILE* file) {
    if (file == nullptr)
        return nullptr;
    struct stat st {};
    if (::fstat(::fileno(file), &st) != 0 || st.st_size <= 0)
        return nullptr;
    const auto size = static_cast<std::size_t>(st.st_size);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, ::fileno(file), 0);
    if (map == MAP_FAILED)
        return nullptr;
    // A stream opened "r" only reads its buffer, so the read-only mapping is safe to hand over.
    FILE* stream = ::fmemopen(map, size, "r");
    if (stream == nullptr) {
        ::munmap(map, size);
        return nullptr;
    }
    ::setvbuf(stream, nullptr, _IOFBF, kStreamBuffer);
    return stream;
}

void replace(FILE*& stream) {
    if (FILE* copy = mappedCopy(stream)) {
        std::fclose(stream);
        stream = copy;
    }
}

} // namespace

void serveWordNetFromMemory() {
    for (int pos = 1; pos <= NUMPARTS; ++pos) {
        replace(indexfps[pos]);
        replace(datafps[pos]);
    }
}

} // namespace kg::extract
