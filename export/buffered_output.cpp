#include "export/buffered_output.h"

#include "export/export_error.h"

#include <cerrno>
#include <cstring>

namespace kg::exporter {

BufferedOutput::BufferedOutput(std::FILE* out) : out_(out) {
    buffer_.reserve(kCapacity + 4096);
}

void BufferedOutput::flush() {
    if (buffer_.empty())
        return;
    errno = 0;
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size())
        throw ExportError(std::string("write failed: ") +
                          (errno != 0 ? std::strerror(errno) : "I/O error"));
    buffer_.clear();
}

} // namespace kg::exporter
