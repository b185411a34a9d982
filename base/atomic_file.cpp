#include "base/atomic_file.h"

#include "base/pending_files.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <optional>
#include <sys/resource.h>
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

constexpr std::string_view kTempMark = ".tmp.";

// "<name>.tmp.<pid>.<n>": the pid of the writer, if `entry` is a temporary file of `name`.
std::optional<pid_t> tempFileOwner(const std::string& entry, const std::string& name) {
    if (!entry.starts_with(name) || entry.compare(name.size(), kTempMark.size(), kTempMark) != 0)
        return std::nullopt;
    std::size_t begin = name.size() + kTempMark.size();
    std::size_t dot = entry.find('.', begin);
    if (dot == std::string::npos || dot == begin)
        return std::nullopt;
    pid_t pid = 0;
    for (std::size_t i = begin; i < dot; ++i) {
        if (entry[i] < '0' || entry[i] > '9' || pid > 1000000000)
            return std::nullopt;
        pid = pid * 10 + (entry[i] - '0');
    }
    return pid;
}

// Temporary files of writers that died without unwinding (kill -9, power loss) would stay
// forever; the next writer of the same target removes those whose process is gone.
void sweepStaleTempFiles(const std::filesystem::path& target) {
    std::error_code ec;
    std::string name = target.filename().string();
    for (const auto& entry : std::filesystem::directory_iterator(folderOf(target), ec)) {
        auto owner = tempFileOwner(entry.path().filename().string(), name);
        if (owner && *owner != ::getpid() && ::kill(*owner, 0) != 0 && errno == ESRCH)
            std::filesystem::remove(entry.path(), ec);
    }
}

class SignalsHeld {
public:
    SignalsHeld() {
        sigset_t set;
        sigemptyset(&set);
        for (int s : {SIGINT, SIGTERM, SIGHUP})
            sigaddset(&set, s);
        ::pthread_sigmask(SIG_BLOCK, &set, &previous_);
    }
    ~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;

private:
    sigset_t previous_;
};

// True when the file behind `fd` reached the file size limit (ulimit -f); kg ignores SIGXFSZ
// so that the write fails with an error instead of killing the process.
bool atFileSizeLimit(int fd) {
    struct rlimit limit {};
    struct stat st {};
    return ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
           ::fstat(fd, &st) == 0 && static_cast<rlim_t>(st.st_size) >= limit.rlim_cur;
}

} // namespace

void checkCanReplace(const std::filesystem::path& target) {
    std::error_code ec;
    std::filesystem::path resolved = target;
    if (std::filesystem::is_symlink(target, ec))
        if (auto r = std::filesystem::weakly_canonical(target, ec); !ec)
            resolved = r;
    if (std::filesystem::exists(resolved, ec) && !std::filesystem::is_regular_file(resolved, ec)) {
        if (std::filesystem::is_directory(resolved, ec))
            throw FileWriteError(fmt::format("cannot write {}: is a folder", target.string()));
        return; // a device or a pipe is opened when the output is written
    }
    // Creating a file in the folder is what the write will do; trying it is the only test that
    // sees a read-only file system, a missing folder and the permissions alike.
    std::filesystem::path probe = resolved;
    probe += fmt::format("{}{}.{}", kTempMark, ::getpid(), tempCounter++);
    SignalsHeld held; // a signal waits until the probe is gone again
    int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw FileWriteError(fmt::format("cannot write {}: cannot create a file in its folder ({})",
                                         target.string(), std::strerror(errno)));
    ::close(fd);
    ::unlink(probe.c_str());
}

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
    sweepStaleTempFiles(renameTarget_);
    // INT, TERM and HUP wait while the file is created and registered, so that no signal
    // finds it created but not yet known to the handler.
    SignalsHeld held;
    for (;;) {
        temp_ = renameTarget_;
        temp_ += fmt::format("{}{}.{}", kTempMark, ::getpid(), tempCounter++);
        // O_EXCL: never reuse a file someone else is writing. Mode 0666 lets the umask decide,
        // as for any file a program creates.
        int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            pendingSlot_ = registerPendingFile(temp_);
            keepModeOf(fd);
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

// A graph kept private (0600) must stay private after a save, and a shared one shared.
void AtomicFile::keepModeOf(int fd) {
    struct stat st {};
    if (::stat(renameTarget_.c_str(), &st) != 0)
        return; // a new file: the umask decides, as for any file a program creates
    // The owner first: fchown may clear set-id bits, which fchmod then restores. Only root may
    // give a file away; anyone else keeps their own ownership, which is no widening.
    if (::fchown(fd, st.st_uid, st.st_gid) != 0)
        (void)!::fchown(fd, static_cast<uid_t>(-1), st.st_gid);
    if (::fchmod(fd, st.st_mode & 07777) != 0)
        fail("cannot give the new file the mode of the old one", errno);
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
    releasePendingFile(pendingSlot_);
    pendingSlot_ = -1;
}

void AtomicFile::fail(std::string_view what, int error) {
    discard();
    std::string message = fmt::format("cannot write {}: {}", target_.string(), what);
    if (error != 0)
        message += fmt::format(" ({})", std::strerror(error));
    throw FileWriteError(message);
}

void AtomicFile::failWrite(int error) {
    if (error == EFBIG)
        fail("file too large (over the file size limit, ulimit -f)", 0);
    fail("write failed", error);
}

void AtomicFile::write(std::string_view bytes) {
    if (file_ == nullptr)
        fail("already committed or failed", 0);
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
        failWrite(errno);
}

void AtomicFile::commit() {
    if (file_ == nullptr)
        fail("already committed or failed", 0);
    // A failure inside an earlier fwrite (full disk, file size limit) sticks in the error flag;
    // its errno may have been overwritten since, so it is reported without one.
    if (std::ferror(file_)) {
        if (atFileSizeLimit(::fileno(file_)))
            fail("file too large (over the file size limit, ulimit -f)", 0);
        fail("a write failed (disk full or I/O error)", 0);
    }
    if (std::fflush(file_) != 0)
        failWrite(errno);
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
    releasePendingFile(pendingSlot_);
    pendingSlot_ = -1;
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
