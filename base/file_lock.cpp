#include "base/file_lock.h"

#include "base/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::base {

std::filesystem::path FileLock::lockPath(const std::filesystem::path& target) {
    std::error_code ec;
    std::filesystem::path resolved = std::filesystem::weakly_canonical(target, ec);
    std::filesystem::path lock = ec ? target : resolved;
    lock += ".lock";
    return lock;
}

FileLock::FileLock(const std::filesystem::path& target, const std::function<void()>& onWait) {
    std::filesystem::path lock = lockPath(target);
    fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd_ < 0)
        throw FileWriteError(fmt::format("cannot write {}: cannot create its lock file {} ({})",
                                         target.string(), lock.string(), std::strerror(errno)));
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0)
        return;
    if (errno == EWOULDBLOCK && onWait)
        onWait();
    while (::flock(fd_, LOCK_EX) != 0) {
        if (errno == EINTR)
            continue;
        int error = errno;
        ::close(fd_);
        throw FileWriteError(fmt::format("cannot write {}: cannot lock {} ({})", target.string(),
                                         lock.string(), std::strerror(error)));
    }
}

FileLock::~FileLock() {
    ::close(fd_); // releases the lock
}

std::optional<FileIdentity> fileIdentity(const std::filesystem::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return FileIdentity{
        static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
        static_cast<std::uint64_t>(st.st_size),
        static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b) {
    struct stat sa {};
    struct stat sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

} // namespace kg::base
