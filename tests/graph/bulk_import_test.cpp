// The bulk TSV import into a binary file writes, byte for byte, what the editable import saves,
// and steps aside (writing nothing) for lines with qualifier columns.
#include "graph/io/bulk_import.h"
#include "graph/io/kg_file.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::graph {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;

// Names reused as predicates, a repeated fact, a self-loop, a malformed line, spaces to trim
// and a name first seen as a predicate.
constexpr const char* kTriples = "Oslo\tcapital of\tNorway\n"
                                 "Norway\tborders\tSweden\n"
                                 "\n"
                                 "Oslo\tcapital of\tNorway\n"
                                 "just one column\n"
                                 "Sweden\tNorway\tOslo\n"
                                 " borders \tborders\tborders\n"
                                 "Bergen\tcapital of\tNorway\n";

TEST(BulkImport, WritesTheFileTheEditableImportSaves) {
    TempDir dir;
    writeFile(dir / "a.tsv", kTriples);
    writeFile(dir / "b.tsv", "Sweden\tborders\tNorway\nOslo\tcapital of\tNorway\n");
    std::vector<std::string> inputs = {(dir / "a.tsv").string(), (dir / "b.tsv").string()};
    std::vector<std::string> reported;
    ImportOptions options;
    options.onMalformed = [&](const std::string& m) { reported.push_back(m); };
    std::optional<ImportCounts> bulk = importTsvToBinary(inputs, dir / "bulk.kgb", options);
    ASSERT_TRUE(bulk.has_value());
    EXPECT_EQ(bulk->facts, 8u);
    EXPECT_EQ(bulk->added, 6u);
    EXPECT_EQ(bulk->merged, 2u);
    EXPECT_EQ(bulk->malformed, 1u);
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported[0].rfind((dir / "a.tsv").string() + ":5: ", 0), 0u) << reported[0];

    KnowledgeGraph editable;
    ImportOptions quiet;
    for (const std::string& input : inputs)
        importFile(editable, input, ImportFormat::Tsv, quiet);
    saveGraph(editable, dir / "editable.kgb");
    EXPECT_EQ(readFile(dir / "bulk.kgb"), readFile(dir / "editable.kgb"));
    KnowledgeGraph loaded = loadGraph(dir / "bulk.kgb"); // every section and rule checked
    EXPECT_EQ(loaded.relationCount(), 6u);
}

TEST(BulkImport, LeavesQualifiedLinesToTheEditableImport) {
    TempDir dir;
    writeFile(dir / "q.tsv", "Oslo\tcapital of\tNorway\nOslo\tgrow\tfast\ttime=2020\n");
    std::vector<std::string> reported;
    ImportOptions options;
    options.onMalformed = [&](const std::string& m) { reported.push_back(m); };
    EXPECT_FALSE(importTsvToBinary({(dir / "q.tsv").string()}, dir / "q.kgb", options));
    EXPECT_FALSE(std::filesystem::exists(dir / "q.kgb"));
    EXPECT_TRUE(reported.empty());
}

TEST(BulkImport, StrictModeStopsAtTheFirstMalformedLineAndWritesNothing) {
    TempDir dir;
    writeFile(dir / "s.tsv", "Oslo\tcapital of\tNorway\nbroken\n");
    ImportOptions options;
    options.strict = true;
    EXPECT_THROW(importTsvToBinary({(dir / "s.tsv").string()}, dir / "s.kgb", options),
                 ImportError);
    EXPECT_FALSE(std::filesystem::exists(dir / "s.kgb"));
}

} // namespace
} // namespace kg::graph
