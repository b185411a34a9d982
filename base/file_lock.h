#pragma once
// Several kg processes writing one graph file: an advisory lock serialises the writers that
// read the file, change it and write it back (`--append`, the REPL's :save), so no writer
// replaces the file with a version that misses another writer's facts. FileIdentity tells
// whether a file was replaced since it was read.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>

namespace kg::base {

/// An exclusive flock on "<target>.lock", beside the file a symbolic link `target` points to
/// (so two names of one file share a lock), held until destruction. The lock file stays: removing
/// it would let a third writer lock a fresh file while the second still holds the old one.
class FileLock {
public:
    /// Blocks while another process holds the lock, calling `onWait` once first. Throws
    /// FileWriteError if the lock file cannot be created.
    explicit FileLock(const std::filesystem::path& target,
                      const std::function<void()>& onWait = {});
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    /// "<target>.lock" (resolved): for messages.
    static std::filesystem::path lockPath(const std::filesystem::path& target);

private:
    int fd_ = -1;
};

/// What identifies one version of a file: a replacement (rename) changes the inode, an edit in
/// place the size or the modification time.
struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t size = 0;
    std::int64_t modifiedNs = 0;
    friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

/// The identity of the file `path` names (through links); nullopt if there is none.
std::optional<FileIdentity> fileIdentity(const std::filesystem::path& path);

/// True when `a` and `b` name the same file (same device and inode, links resolved).
bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b);

} // namespace kg::base
