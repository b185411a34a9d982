#pragma once
#include <stdexcept>

namespace kg::exporter {

/// An export that cannot be done as asked: unknown entity, bad option, bad batch file. what() is
/// one line naming the place (entity, job number, file:line:column).
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace kg::exporter
