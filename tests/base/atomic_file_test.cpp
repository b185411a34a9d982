#include "base/atomic_file.h"
#include "tests/support/temp_dir.h"

#include <csignal>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace kg::base {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;

TEST(AtomicFile, WritesTheContentAndLeavesNoTemporaryFile) {
    TempDir dir;
    writeFileAtomically(dir / "out.txt", [](std::FILE* f) { std::fputs("hello\n", f); });
    EXPECT_EQ(readFile(dir / "out.txt"), "hello\n");
    EXPECT_EQ(dir.files(), std::vector<std::string>{"out.txt"});
}

TEST(AtomicFile, ReplacesAnExistingFile) {
    TempDir dir;
    writeFile(dir / "out.txt", "old content that is longer");
    AtomicFile file(dir / "out.txt");
    file.write("new");
    file.commit();
    EXPECT_EQ(readFile(dir / "out.txt"), "new");
    EXPECT_EQ(dir.files(), std::vector<std::string>{"out.txt"});
}

TEST(AtomicFile, AWriterThatThrowsLeavesTheOldFileIntact) {
    TempDir dir;
    writeFile(dir / "graph.kg", "previous graph");
    EXPECT_THROW(writeFileAtomically(dir / "graph.kg",
                                     [](std::FILE* f) {
                                         std::fputs("half of a new gra", f);
                                         throw std::runtime_error("interrupted");
                                     }),
                 std::runtime_error);
    EXPECT_EQ(readFile(dir / "graph.kg"), "previous graph");
    EXPECT_EQ(dir.files(), std::vector<std::string>{"graph.kg"});
}

TEST(AtomicFile, AnUncommittedFileIsDiscarded) {
    TempDir dir;
    {
        AtomicFile file(dir / "never.txt");
        file.write("lost");
    }
    EXPECT_TRUE(dir.files().empty());
}

// A file size limit makes writes fail midway exactly as a full disk does (EFBIG instead of
// ENOSPC), without needing a full file system.
TEST(AtomicFile, AWriteThatFailsMidwayLeavesTheOldFileIntact) {
    TempDir dir;
    writeFile(dir / "graph.kg", "previous graph");
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 1 << 16;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    std::string error;
    try {
        writeFileAtomically(dir / "graph.kg", [](std::FILE* f) {
            std::string block(4096, 'x');
            for (int i = 0; i < 64; ++i)
                std::fwrite(block.data(), 1, block.size(), f);
        });
    } catch (const FileWriteError& e) {
        error = e.what();
    }
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    EXPECT_EQ(error, "cannot write " + (dir / "graph.kg").string() +
                         ": file too large (over the file size limit, ulimit -f)");
    EXPECT_EQ(readFile(dir / "graph.kg"), "previous graph");
    EXPECT_EQ(dir.files(), std::vector<std::string>{"graph.kg"});
}

TEST(AtomicFile, AMissingFolderIsAClearError) {
    TempDir dir;
    auto target = dir / "no-such-folder" / "graph.kg";
    try {
        AtomicFile file(target);
        FAIL() << "expected FileWriteError";
    } catch (const FileWriteError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot write " + target.string() +
                                             ": cannot create a file in its folder (No such "
                                             "file or directory)");
    }
}

TEST(AtomicFile, AFolderAsTargetIsAClearError) {
    TempDir dir;
    try {
        AtomicFile file(dir.path());
        FAIL() << "expected FileWriteError";
    } catch (const FileWriteError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot write " + dir.path().string() + ": is a folder");
    }
}

TEST(AtomicFile, AFolderThatTakesNoNewFilesIsAClearError) {
    // /proc refuses new files even to root, so this runs under any user, unlike a chmod'ed folder.
    try {
        AtomicFile file("/proc/kg-atomic-file-test.kg");
        FAIL() << "expected FileWriteError";
    } catch (const FileWriteError& e) {
        std::string what = e.what();
        EXPECT_EQ(what.rfind("cannot write /proc/kg-atomic-file-test.kg: cannot create a file in "
                             "its folder (",
                             0),
                  0u)
            << what;
    }
}

TEST(AtomicFile, CommitTwiceIsAnError) {
    TempDir dir;
    AtomicFile file(dir / "a.txt");
    file.commit();
    EXPECT_THROW(file.commit(), FileWriteError);
    EXPECT_EQ(dir.files(), std::vector<std::string>{"a.txt"});
}

// Renaming over a device or pipe would replace it with a regular file ("-o /dev/null" once
// turned /dev/null into one): such a target is written directly.
TEST(AtomicFile, ANamedPipeIsWrittenDirectlyAndStaysAPipe) {
    TempDir dir;
    const std::filesystem::path pipe = dir / "pipe";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] {
        std::ifstream in(pipe, std::ios::binary);
        std::ostringstream all;
        all << in.rdbuf();
        received = all.str();
    });
    writeFileAtomically(pipe, [](std::FILE* f) { std::fputs("through the pipe\n", f); });
    reader.join();
    EXPECT_EQ(received, "through the pipe\n");
    EXPECT_TRUE(std::filesystem::is_fifo(pipe));
    EXPECT_EQ(dir.files(), std::vector<std::string>{"pipe"});
}

TEST(AtomicFile, ASymbolicLinkIsWrittenThrough) {
    TempDir dir;
    writeFile(dir / "real.txt", "old");
    std::filesystem::create_symlink("real.txt", dir / "link.txt");
    writeFileAtomically(dir / "link.txt", [](std::FILE* f) { std::fputs("new", f); });
    EXPECT_TRUE(std::filesystem::is_symlink(dir / "link.txt"));
    EXPECT_EQ(readFile(dir / "real.txt"), "new");
    EXPECT_EQ(dir.files(), (std::vector<std::string>{"link.txt", "real.txt"}));
}

} // namespace
} // namespace kg::base
