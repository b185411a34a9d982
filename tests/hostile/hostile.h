#pragma once
// A temp folder and the kg binary, for the hostile-input cases.
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <string_view>
#include <sys/stat.h>

namespace kg::hostile {

using kg::testing::KgResult;

inline constexpr std::string_view kTriples = "Ada Quill\tknows\tBram Holt\n"
                                             "Bram Holt\tknows\tCora Vane\n"
                                             "Cora Vane\tadvises\tAda Quill\n";

class Hostile : public ::testing::Test {
protected:
    KgResult kg(const std::string& args, std::string_view stdinText = "",
                const std::string& shellPrefix = "") {
        return kg::testing::runKg(dir_.path(), args, stdinText, shellPrefix);
    }
    void write(std::string_view name, std::string_view content) {
        kg::testing::writeFile(dir_ / name, content);
    }
    std::string read(std::string_view name) { return kg::testing::readFile(dir_ / name); }
    bool exists(std::string_view name) { return std::filesystem::exists(dir_ / name); }
    /// Files whose name holds ".tmp.": temporary files of an atomic write.
    std::size_t tempFiles() {
        auto names = dir_.files();
        return static_cast<std::size_t>(
            std::count_if(names.begin(), names.end(),
                          [](const auto& n) { return n.find(".tmp.") != std::string::npos; }));
    }
    static std::size_t lines(const std::string& text) {
        return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    }

    kg::testing::TempDir dir_;
};

} // namespace kg::hostile
