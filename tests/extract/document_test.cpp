#include "extract/document.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

TEST(DocumentJson, ReadsAllFields) {
    Document d = parseDocumentJson(
        R"({"id":"n1","text":"Hello.","date":"2025-06-01","source":"https://example.org/a"})",
        "stdin:1", "fallback");
    EXPECT_EQ(d.id, "n1");
    EXPECT_EQ(d.text, "Hello.");
    EXPECT_EQ(d.date, "2025-06-01");
    EXPECT_EQ(d.source, "https://example.org/a");
}

TEST(DocumentJson, MissingIdTakesTheFallback) {
    EXPECT_EQ(parseDocumentJson(R"({"text":"Hi."})", "stdin:2", "stdin:2").id, "stdin:2");
}

TEST(DocumentJson, ErrorsNameThePlace) {
    EXPECT_THROW(
        {
            try {
                parseDocumentJson(R"({"text": )", "stdin:7", "x");
            } catch (const InputError& e) {
                EXPECT_EQ(std::string(e.what()), "stdin:7:10: Invalid value.");
                throw;
            }
        },
        InputError);
    EXPECT_THROW(parseDocumentJson(R"({"id":"a"})", "stdin:1", "x"), InputError);
    EXPECT_THROW(parseDocumentJson(R"({"text":5})", "stdin:1", "x"), InputError);
    EXPECT_THROW(parseDocumentJson(R"([1,2])", "stdin:1", "x"), InputError);
}

TEST(InputFiles, FoldersGiveTheirTextFilesSortedWithoutHiddenOnes) {
    const fs::path dir =
        fs::temp_directory_path() / ("kg_extract_input_files_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "sub");
    fs::create_directories(dir / ".hidden");
    for (const fs::path& p : {dir / "b.txt", dir / "a.txt", dir / "sub" / "c.txt",
                              dir / ".hidden" / "d.txt", dir / ".e.txt", dir / "a.facts"})
        std::ofstream(p) << "x";
    auto files = listInputFiles({dir});
    std::vector<std::string> names;
    for (const fs::path& f : files)
        names.push_back(fs::relative(f, dir).string());
    EXPECT_EQ(names, (std::vector<std::string>{"a.txt", "b.txt", "sub/c.txt"}));
    fs::remove_all(dir);
}

TEST(InputFiles, MissingPathIsAnError) {
    EXPECT_THROW(listInputFiles({"/nonexistent/kg/input"}), InputError);
}

} // namespace
} // namespace kg::extract
