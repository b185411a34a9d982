#include "cli/output_guard.h"

#include "base/atomic_file.h"
#include "base/file_lock.h"
#include "cli/command.h"

#include <filesystem>
#include <fmt/core.h>
#include <unistd.h>

namespace kg::cli {

void refuseInputAsOutput(const std::string& output, const std::vector<std::string>& inputs) {
    for (const std::string& input : inputs)
        if (input != "-" && base::sameFile(output, input))
            throw CliError(fmt::format("refusing to write {}: it is the input {}; write to "
                                       "another file",
                                       output, input));
}

void checkOutput(const std::string& output, const std::vector<std::string>& inputs) {
    refuseInputAsOutput(output, inputs);
    try {
        base::checkCanReplace(output);
    } catch (const base::FileWriteError& e) {
        throw CliError(e.what());
    }
}

std::unique_ptr<base::FileLock> lockForUpdate(const std::string& output) {
    // A device or a pipe (-o /dev/null) is no graph another writer could be updating.
    if (std::error_code ec;
        std::filesystem::exists(output, ec) && !std::filesystem::is_regular_file(output, ec))
        return nullptr;
    try {
        return std::make_unique<base::FileLock>(output, [&output] {
            if (isatty(STDERR_FILENO))
                fmt::print(stderr, "kg: waiting for another kg process writing {}\n", output);
        });
    } catch (const base::FileWriteError& e) {
        throw CliError(e.what());
    }
}

} // namespace kg::cli
