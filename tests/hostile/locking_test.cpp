// Concurrent writers of one graph: no update is lost.
#include "tests/hostile/hostile.h"

#include <thread>
#include <vector>

namespace kg::hostile {
namespace {

TEST_F(Hostile, TwentyConcurrentAppendsKeepEveryFact) {
    std::string facts;
    for (int i = 0; i < 20; ++i) {
        std::string part;
        for (int j = 0; j < 500; ++j)
            part += "writer " + std::to_string(i) + "\tadds\titem " + std::to_string(j) + "\n";
        write("part" + std::to_string(i) + ".tsv", part);
    }
    // Twenty processes at once, each with its own output files (runKg's are shared).
    std::vector<std::thread> writers;
    std::vector<int> codes(20, -1);
    for (int i = 0; i < 20; ++i)
        writers.emplace_back([&, i] {
            std::string n = std::to_string(i);
            int status = std::system(("cd '" + dir_.path().string() + "' && '" +
                                      kg::testing::kgBinary() + "' import --append part" + n +
                                      ".tsv -o g.kg >/dev/null 2>err" + n + ".txt")
                                         .c_str());
            codes[static_cast<std::size_t>(i)] = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        });
    for (auto& t : writers)
        t.join();
    EXPECT_EQ(codes, std::vector<int>(20, 0));
    KgResult r = kg("query g.kg 'MATCH ()-[r]->() RETURN count(r) AS n' --format csv");
    EXPECT_EQ(r.out, "n\n10000\n");
    EXPECT_EQ(tempFiles(), 0u);
}

TEST_F(Hostile, ReplRefusesToSaveOverAFileChangedSinceItWasOpened) {
    write("t.tsv", kTriples);
    ASSERT_EQ(kg("import t.tsv -o g.kg").exitCode, 0);
    write("other.tsv", "Fay Lund\tmeets\tGil Oster\n");
    // The REPL has opened g.kg once its first answer is out; then another kg appends to the
    // file, and only then does the REPL get its :save.
    const std::string bin = "'" + kg::testing::kgBinary() + "'";
    write("session.sh",
          "{ printf 'RETURN 1 AS opened;\\n'; "
          "until grep -q opened out.txt 2>/dev/null; do sleep 0.01; done; " +
              bin +
              " import --append other.tsv -o g.kg >/dev/null; printf ':save\\n:save!\\n'; } | " +
              bin + " repl g.kg >out.txt 2>err.txt\n");
    int status = std::system(("cd '" + dir_.path().string() + "' && sh session.sh").c_str());
    EXPECT_EQ(WEXITSTATUS(status), 1) << "a failed command in a script";
    EXPECT_EQ(read("err.txt"), "stdin:2: error: g.kg changed on disk since it was opened; "
                               ":save! overwrites those changes, :save OTHER.kg keeps both\n");
    EXPECT_NE(read("out.txt").find("saved g.kg: 3 entities, 3 relations"), std::string::npos)
        << read("out.txt");
    KgResult after = kg("query g.kg 'MATCH (a) RETURN count(a) AS n' --format csv");
    EXPECT_EQ(after.out, "n\n3\n") << ":save! wrote the REPL's graph";
}

} // namespace
} // namespace kg::hostile
