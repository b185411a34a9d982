#pragma once
// The temporary files of atomic writes in progress, known to the SIGINT, SIGTERM and SIGHUP
// handlers, which remove them and then die of the signal as they would have without kg's
// handler. The handlers are installed on first use, only for signals nobody else handles (the
// REPL's own SIGINT handler, which cancels a query, stays).
#include <filesystem>

namespace kg::base {

/// Records `path` as pending; returns the slot to release, or -1 if every slot is taken (the
/// file is then not removed on a signal, only on unwinding as before).
int registerPendingFile(const std::filesystem::path& path);

/// The file of `slot` is no longer pending (renamed or removed).
void releasePendingFile(int slot);

} // namespace kg::base
