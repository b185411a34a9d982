#pragma once
// Input documents: files and folders on disk, or JSON Lines {"id","text","date","source"}.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct Document {
    std::string id;
    std::string text;
    std::string date;
    std::string source;
};

/// Input that cannot be read; what() names the place ("docs.jsonl:3: ...", "x.txt: ...").
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The files to read for FILE|DIR arguments: a file is read whatever its name; a folder gives
/// its `.txt` files (recursively, hidden entries skipped, so notes and expected-output files
/// beside the articles stay out) in sorted order, so the document order never depends on the
/// file system. A symbolic link in a folder that leads out of it is skipped and named to `warn`
/// (a corpus folder must not pull in /etc/passwd).
std::vector<std::filesystem::path>
listInputFiles(const std::vector<std::filesystem::path>& args,
               const std::function<void(const std::string&)>& warn = {});

/// Reads one file as a document whose id is the path as given. Its date is `date` (the --date
/// option) when given, else the date line of its text, else the file's modification day
/// (extract/document_date.h).
Document readDocumentFile(const std::filesystem::path& path, const std::string& date = {});

/// Parses one JSON Lines document; `where` ("stdin:3") prefixes errors. Only "text" is required;
/// a missing "id" becomes `fallbackId`. Its date is its own "date", else `date` (the --date
/// option), else the date line of its text, else its "modified" day (the day its file was last
/// modified, as readDocumentFile would read it: "2025-06-24 (file modified)").
Document parseDocumentJson(std::string_view line, const std::string& where,
                           const std::string& fallbackId, const std::string& date = {});

} // namespace kg::extract
