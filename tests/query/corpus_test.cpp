// The query corpus: tests/queries/*.cypher hold cases, each its own gtest, run against the
// fixture graph in both store forms (editable and mapped binary). A case is
//
//   === name
//   %param who='Mark Rutte'        (optional, repeatable)
//   MATCH ... RETURN ...
//   --- result                     (the result as `--format tsv` prints it)
//   col	col
//   value	value
//
// or, for a query that must fail, `--- error` followed by QueryError::formatted() exactly.
#include "query/engine.h"
#include "query/result_format.h"
#include "tests/query/fixture.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

namespace kg::query {
namespace {

struct Case {
    std::string file;
    std::size_t line = 0;
    std::string name;
    std::vector<std::string> params;
    std::string query;
    bool expectError = false;
    std::string expected;
};

std::vector<Case> readCorpus(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<Case> cases;
    std::string line;
    std::size_t number = 0;
    enum { None, Query, Expected } section = None;
    while (std::getline(in, line)) {
        ++number;
        if (line.rfind("=== ", 0) == 0) {
            cases.push_back({path.filename().string(), number, line.substr(4), {}, {}, false, {}});
            section = Query;
        } else if (section == None || (section == Query && line.rfind("#", 0) == 0)) {
            continue;
        } else if (line == "--- result" || line == "--- error") {
            cases.back().expectError = line == "--- error";
            section = Expected;
        } else if (section == Query && line.rfind("%param ", 0) == 0) {
            cases.back().params.push_back(line.substr(7));
        } else if (section == Query) {
            cases.back().query += line + "\n";
        } else {
            cases.back().expected += line + "\n";
        }
    }
    for (Case& c : cases) {
        while (!c.query.empty() && c.query.back() == '\n')
            c.query.pop_back();
        // The blank line that separates cases is not part of the expectation (but a null
        // in the last row prints as an empty line, so strip only one).
        if (c.expected.ends_with("\n\n"))
            c.expected.pop_back();
    }
    return cases;
}

std::string runCase(const Case& c, testing::StoreForm form) {
    const graph::GraphView graph = testing::fixtureGraph(form);
    QueryParams params;
    for (const std::string& p : c.params) {
        std::size_t eq = p.find('=');
        params.set(p.substr(0, eq), parseParamValue(p.substr(eq + 1)));
    }
    try {
        QueryResult result = runQuery(graph, c.query, params);
        return (c.expectError ? "unexpected success:\n" : "") +
               formatResult(graph, result, OutputFormat::Tsv);
    } catch (const QueryError& e) {
        return (c.expectError ? "" : "unexpected error:\n") + e.formatted() + "\n";
    }
}

class CorpusCase : public ::testing::Test {
public:
    CorpusCase(Case c, testing::StoreForm form) : case_(std::move(c)), form_(form) {}
    void TestBody() override {
        EXPECT_EQ(runCase(case_, form_), case_.expected)
            << case_.file << ":" << case_.line << ": " << case_.name << "\n"
            << case_.query;
    }

private:
    Case case_;
    testing::StoreForm form_;
};

std::string testName(const Case& c) {
    std::string name = c.file.substr(0, c.file.find('.')) + "_" + c.name;
    for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch)))
            ch = '_';
    return name;
}

// KG_CORPUS_UPDATE=1 rewrites the expectations of every case with what the engine produces now;
// review the diff before keeping it.
void updateCorpus(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::string header;
    std::string line;
    while (std::getline(in, line) && line.rfind("=== ", 0) != 0)
        header += line + "\n";
    std::ostringstream out;
    out << header;
    for (const Case& c : readCorpus(file)) {
        out << "=== " << c.name << "\n";
        for (const std::string& p : c.params)
            out << "%param " << p << "\n";
        out << c.query << "\n" << (c.expectError ? "--- error\n" : "--- result\n");
        out << runCase(c, testing::StoreForm::Editable) << "\n";
    }
    std::ofstream(file) << out.str();
}

int registerCorpus() {
    std::filesystem::path dir = std::filesystem::path(KG_SOURCE_DIR) / "tests" / "queries";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".cypher")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (std::getenv("KG_CORPUS_UPDATE") != nullptr)
        for (const auto& file : files)
            updateCorpus(file);
    for (const auto& file : files) {
        for (Case& c : readCorpus(file)) {
            std::string name = testName(c);
            std::string where = file.string();
            int line = static_cast<int>(c.line);
            // Every case runs on both store forms and must give the same result on each.
            for (testing::StoreForm form : testing::kStoreForms) {
                std::string suite = std::string("QueryCorpus") + testing::storeFormName(form);
                ::testing::RegisterTest(
                    suite.c_str(), name.c_str(), nullptr, nullptr, where.c_str(), line,
                    [c, form]() -> ::testing::Test* { return new CorpusCase(c, form); });
            }
        }
    }
    return 0;
}

const int kRegistered = registerCorpus();

} // namespace
} // namespace kg::query
