#pragma once
// Atomic file replacement: the new content goes to a temporary file in the target's folder, is
// flushed and fsynced, then renamed over the target and the folder is fsynced. A crash, a full
// disk, a kill or an exception at any point leaves either the old file or the new one, never a
// mix, and never a stray temporary file when the process survives to unwind. A symbolic link is
// written through (the file it points to is replaced); a target that is no regular file (a
// device such as /dev/null, a named pipe) is written directly, as there is nothing to replace.
// The new file keeps the mode (and, where allowed, the owner) of the file it replaces. SIGINT,
// SIGTERM and SIGHUP remove pending temporary files before the process dies of them; the
// temporary files of writers that died otherwise (kill -9) are removed by the next writer of the
// same target.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::base {

/// Writing a file failed; what() names the file and the reason ("cannot write x.kg: No space
/// left on device").
class FileWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Owns one pending replacement of `target`. Write through write() or file(), then commit().
/// Destroying an uncommitted AtomicFile deletes the temporary file and leaves `target` as it was.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    /// The temporary file, for writers that need a FILE* (RapidJSON's FileWriteStream, fmt).
    std::FILE* file() { return file_; }
    void write(std::string_view bytes);
    /// Flushes, fsyncs, renames over the target and fsyncs the folder. Throws FileWriteError if
    /// any write so far failed or any of these steps fails; the target is then untouched.
    void commit();

    const std::filesystem::path& target() const { return target_; }

private:
    [[noreturn]] void fail(std::string_view what, int error);
    [[noreturn]] void failWrite(int error);
    void discard() noexcept;
    void openDirectly();
    void keepModeOf(int fd);

    std::filesystem::path target_;       ///< as given, for messages
    std::filesystem::path renameTarget_; ///< the file replaced: target_ with a link resolved
    std::filesystem::path temp_;
    std::FILE* file_ = nullptr;
    bool committed_ = false;
    bool direct_ = false;  ///< writing straight into a device or pipe
    int pendingSlot_ = -1; ///< where the signal handlers find temp_
};

/// Throws FileWriteError, before any work is done, if `target` could not be replaced: its folder
/// is missing, is not writable or is on a read-only file system, or `target` is a folder.
void checkCanReplace(const std::filesystem::path& target);

/// Replaces `target` with what `writer` writes to the FILE*, atomically. If `writer` throws, the
/// exception propagates and `target` is untouched.
void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(std::FILE*)>& writer);

} // namespace kg::base
