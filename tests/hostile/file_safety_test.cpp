// What a write leaves on disk: modes kept, inputs never destroyed, no work before a doomed write.
#include "tests/hostile/hostile.h"

namespace kg::hostile {
namespace {

mode_t modeOf(const std::filesystem::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 07777;
}

TEST_F(Hostile, APrivateGraphStaysPrivateAfterASave) {
    write("t.tsv", kTriples);
    ASSERT_EQ(kg("import t.tsv -o g.kg").exitCode, 0);
    ::chmod((dir_ / "g.kg").c_str(), 0600);
    write("more.tsv", "Dara Finch\tjoins\tEli Marsh\n");
    ASSERT_EQ(kg("import --append more.tsv -o g.kg").exitCode, 0);
    EXPECT_EQ(modeOf(dir_ / "g.kg"), 0600u);
    ::chmod((dir_ / "g.kg").c_str(), 0640);
    ASSERT_EQ(kg("repl g.kg", ":import t.tsv\n:save\n").exitCode, 0);
    EXPECT_EQ(modeOf(dir_ / "g.kg"), 0640u);
}

TEST_F(Hostile, ImportRefusesToWriteOverItsInput) {
    write("in.tsv", kTriples);
    KgResult r = kg("import in.tsv -o in.tsv");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              "kg: refusing to write in.tsv: it is the input in.tsv; write to another file\n");
    EXPECT_EQ(read("in.tsv"), kTriples);
}

TEST_F(Hostile, ExportRefusesToWriteOverItsGraphThroughALink) {
    write("t.tsv", kTriples);
    ASSERT_EQ(kg("import t.tsv -o g.kg").exitCode, 0);
    std::string graph = read("g.kg");
    std::filesystem::create_symlink("g.kg", dir_ / "link.json");
    KgResult r = kg("export g.kg --format json -o link.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: refusing to write link.json: it is the input g.kg; write to another "
                     "file\n");
    EXPECT_EQ(read("g.kg"), graph);
    KgResult same = kg("export g.kg --format json -o g.kg");
    EXPECT_EQ(same.exitCode, 1);
    EXPECT_EQ(read("g.kg"), graph);
}

TEST_F(Hostile, AMissingOutputFolderIsFoundBeforeAnyWork) {
    write("t.tsv", kTriples);
    KgResult r = kg("import t.tsv -o missing/g.kg");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: cannot write missing/g.kg: cannot create a file in its folder (No such "
                     "file or directory)\n");
    EXPECT_EQ(r.out, "") << "nothing was imported";
    KgResult build = kg("build t.tsv -o t.tsv/g.kg");
    EXPECT_EQ(build.exitCode, 1);
    EXPECT_EQ(lines(build.err), 1u) << build.err;
    EXPECT_EQ(read("t.tsv"), kTriples);
}

} // namespace
} // namespace kg::hostile
