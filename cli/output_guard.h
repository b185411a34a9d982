#pragma once
// Checks a command makes on its output file before doing any work, so that a long import or
// build does not end in an error it could have seen at the start, or destroy its own input.
#include "base/file_lock.h"

#include <memory>
#include <string>
#include <vector>

namespace kg::cli {

/// Throws CliError when `output` is the same file as one of `inputs` (same device and inode,
/// links resolved: `-o in.tsv`, `-o link-to-in.tsv`). Inputs named "-" are stdin.
void refuseInputAsOutput(const std::string& output, const std::vector<std::string>& inputs);

/// refuseInputAsOutput, and throws CliError when no file can be created in the output's folder
/// (missing, not writable, read-only file system).
void checkOutput(const std::string& output, const std::vector<std::string>& inputs);

/// The lock a writer of the graph `output` holds from loading it (--append) to replacing it
/// (base/file_lock.h), so that writers of one graph take turns and none replaces the file
/// with a graph that misses another's facts; waits for another writer, saying so when stderr is
/// a terminal. Null for a device or pipe. Throws CliError.
std::unique_ptr<base::FileLock> lockForUpdate(const std::string& output);

} // namespace kg::cli
