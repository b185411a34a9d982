#include "base/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::base {

namespace {

constexpr std::size_t kBufferBytes = 1 << 18;

// Distinguishes temporary files of several writers in one process (threads of `kg export
// --batch`); the pid distinguishes processes.
std::atomic<unsigned> tempCounter{0};

std::filesystem::path folderOf(const std::filesystem::path& target) {
    std::filesystem::path folder = target.parent_path();
    return folder.empty() ? std::filesystem::path(".") : folder;
}

// The rename is only durable once the folder entry itself reaches the disk.
int syncFolder(const std::filesystem::path& folder) {
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    // Some file systems cannot fsync a folder; the data itself is already synced.
    return error == EINVAL ? 0 : error;
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
    if (target_.empty())
        throw FileWriteError("cannot write a file with an empty name");
    if (std::error_code ec; std::filesystem::is_directory(target_, ec))
        fail("is a folder", 0);
    // A symbolic link is written through: the rename replaces the file it points to and the
    // link stays a link.
    renameTarget_ = target_;
    if (std::error_code ec; std::filesystem::is_symlink(target_, ec))
        if (auto resolved = std::filesystem::weakly_canonical(target_, ec); !ec)
            renameTarget_ = resolved;
    // "-o /dev/null", a named pipe, a terminal: there is no file to replace, and renaming over
    // the device would turn it into a regular file. Such targets are written directly.
    if (std::error_code ec; std::filesystem::exists(renameTarget_, ec) &&
                            !std::filesystem::is_regular_file(renameTarget_, ec)) {
        openDirectly();
        return;
    }
    for (;;) {
        temp_ = renameTarget_;
        temp_ += fmt::format(".tmp.{}.{}", ::getpid(), tempCounter++);
        // O_EXCL: never reuse a file someone else is writing. Mode 0666 lets the umask decide,
        // as for any file a program creates.
        int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            file_ = ::fdopen(fd, "wb");
            if (file_ == nullptr) {
                int error = errno;
                ::close(fd);
                fail("cannot open", error); // discard() removes the temporary file
            }
            break;
        }
        if (errno != EEXIST) {
            int error = errno;
            temp_.clear(); // nothing was created, so there is nothing to remove
            fail("cannot create a file in its folder", error);
        }
    }
    std::setvbuf(file_, nullptr, _IOFBF, kBufferBytes);
}

void AtomicFile::openDirectly() {
    direct_ = true;
    int fd = ::open(renameTarget_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        fail("cannot open", errno);
    file_ = ::fdopen(fd, "wb");
    if (file_ == nullptr) {
        int error = errno;
        ::close(fd);
        fail("cannot open", error);
    }
}

AtomicFile::~AtomicFile() {
    discard();
}

void AtomicFile::discard() noexcept {
    if (file_ != nullptr) {
        std::fclose(file_);
        file_ = nullptr;
    }
    if (!committed_ && !direct_ && !temp_.empty())
        ::unlink(temp_.c_str());
}

void AtomicFile::fail(std::string_view what, int error) {
    discard();
    std::string message = fmt::format("cannot write {}: {}", target_.string(), what);
    if (error != 0)
        message += fmt::format(" ({})", std::strerror(error));
    throw FileWriteError(message);
}

void AtomicFile::write(std::string_view bytes) {
    if (file_ == nullptr)
        fail("already committed or failed", 0);
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
        fail("write failed", errno);
}

void AtomicFile::commit() {
    if (file_ == nullptr)
        fail("already committed or failed", 0);
    // A failure inside an earlier fwrite (full disk, file size limit) sticks in the error flag;
    // its errno may have been overwritten since, so it is reported without one.
    if (std::ferror(file_))
        fail("a write failed (disk full or I/O error)", 0);
    if (std::fflush(file_) != 0)
        fail("write failed", errno);
    if (direct_) { // a device or pipe: nothing to sync or rename
        int closed = std::fclose(file_);
        file_ = nullptr;
        if (closed != 0)
            fail("close failed", errno);
        committed_ = true;
        return;
    }
    if (::fsync(::fileno(file_)) != 0)
        fail("fsync failed", errno);
    int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0)
        fail("close failed", errno);
    if (std::rename(temp_.c_str(), renameTarget_.c_str()) != 0)
        fail("cannot replace the file", errno);
    committed_ = true;
    if (int error = syncFolder(folderOf(renameTarget_)); error != 0)
        fail("fsync of its folder failed", error);
}

void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(std::FILE*)>& writer) {
    AtomicFile file(target);
    writer(file.file());
    file.commit();
}

} // namespace kg::base
