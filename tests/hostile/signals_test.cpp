// Signals during a save: the temporary file goes with the process, which still dies of the
// signal; a temporary file left by kill -9 is swept by the next save; ulimit -f is an error.
#include "tests/hostile/hostile.h"

#include <chrono>
#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace kg::hostile {
namespace {

class Signals : public Hostile {
protected:
    void SetUp() override {
        std::string big;
        for (int i = 0; i < 300000; ++i)
            big +=
                "entity " + std::to_string(i) + "\tlinks\tentity " + std::to_string(i + 1) + "\n";
        write("big.tsv", big);
    }

    bool savePending() {
        for (const std::string& name : dir_.files()) {
            std::error_code ec;
            if (name.find(".tmp.") != std::string::npos &&
                std::filesystem::file_size(dir_ / name, ec) > 0)
                return true;
        }
        return false;
    }

    /// Starts `kg import big.tsv -o g.kg`, sends `signal` once its temporary file exists, and
    /// returns the wait status.
    int signalDuringSave(int signal) {
        pid_t pid = ::fork();
        if (pid == 0) {
            // A shell may start tests with SIGINT ignored; kg must see the default.
            for (int s : {SIGINT, SIGTERM, SIGHUP})
                std::signal(s, SIG_DFL);
            if (::chdir(dir_.path().c_str()) == 0 && std::freopen("/dev/null", "w", stdout)) {
                std::string bin = kg::testing::kgBinary();
                ::execl(bin.c_str(), bin.c_str(), "import", "big.tsv", "-o", "g.kg", nullptr);
            }
            ::_exit(127);
        }
        // The save has begun once a temporary file has content (the writability probe
        // before the work is empty).
        for (int i = 0; i < 60000 && !savePending(); ++i) {
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == pid)
                return status; // finished before a temporary file was seen
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        }
        ::kill(pid, signal);
        int status = 0;
        ::waitpid(pid, &status, 0);
        return status;
    }
};

TEST_F(Signals, TermDuringASaveRemovesTheTemporaryFile) {
    int status = signalDuringSave(SIGTERM);
    ASSERT_TRUE(WIFSIGNALED(status)) << "kg finished before the signal; status " << status;
    EXPECT_EQ(WTERMSIG(status), SIGTERM);
    EXPECT_EQ(tempFiles(), 0u);
    EXPECT_FALSE(exists("g.kg"));
}

TEST_F(Signals, IntDuringASaveRemovesTheTemporaryFile) {
    int status = signalDuringSave(SIGINT);
    ASSERT_TRUE(WIFSIGNALED(status)) << "kg finished before the signal; status " << status;
    EXPECT_EQ(WTERMSIG(status), SIGINT);
    EXPECT_EQ(tempFiles(), 0u);
}

TEST_F(Signals, HupDuringASaveRemovesTheTemporaryFile) {
    int status = signalDuringSave(SIGHUP);
    ASSERT_TRUE(WIFSIGNALED(status)) << "kg finished before the signal; status " << status;
    EXPECT_EQ(WTERMSIG(status), SIGHUP);
    EXPECT_EQ(tempFiles(), 0u);
}

TEST_F(Signals, ATemporaryFileOfADeadWriterIsSweptByTheNextSave) {
    pid_t dead = ::fork();
    if (dead == 0)
        ::_exit(0);
    ::waitpid(dead, nullptr, 0);
    write("g.kg.tmp." + std::to_string(dead) + ".0", "half a graph");
    write("other.kg.tmp." + std::to_string(dead) + ".0", "not ours to remove");
    write("t.tsv", kTriples);
    ASSERT_EQ(kg("import t.tsv -o g.kg").exitCode, 0);
    EXPECT_FALSE(exists("g.kg.tmp." + std::to_string(dead) + ".0"));
    EXPECT_TRUE(exists("other.kg.tmp." + std::to_string(dead) + ".0"));
}

TEST_F(Signals, TheFileSizeLimitIsAOneLineError) {
    write("t.tsv", kTriples);
    ASSERT_EQ(kg("import t.tsv -o g.kg").exitCode, 0);
    std::string before = read("g.kg");
    KgResult r = kg("import big.tsv -o g.kg", "", "ulimit -f 64; ");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: cannot write g.kg: file too large (over the file size limit, ulimit "
                     "-f)\n");
    EXPECT_EQ(read("g.kg"), before);
    EXPECT_EQ(tempFiles(), 0u);
}

} // namespace
} // namespace kg::hostile
