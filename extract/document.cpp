#include "extract/document.h"

#include "extract/document_date.h"
#include "graph/io/json_config.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace kg::extract {
namespace fs = std::filesystem;

namespace {

bool isWithin(const fs::path& path, const fs::path& folder) {
    auto [end, _] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return end == folder.end();
}

} // namespace

std::vector<fs::path> listInputFiles(const std::vector<fs::path>& args,
                                     const std::function<void(const std::string&)>& warn) {
    std::vector<fs::path> files;
    for (const fs::path& arg : args) {
        std::error_code ec;
        const fs::file_status status = fs::status(arg, ec);
        if (ec || !fs::exists(status))
            throw InputError(arg.string() + ": no such file or folder");
        if (fs::is_regular_file(status)) {
            files.push_back(arg);
            continue;
        }
        if (!fs::is_directory(status))
            throw InputError(arg.string() + ": not a regular file or folder");
        std::vector<fs::path> found;
        const fs::path root = fs::canonical(arg, ec);
        fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
        if (ec)
            throw InputError(arg.string() + ": " + ec.message());
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec)
                throw InputError(arg.string() + ": " + ec.message());
            const std::string name = it->path().filename().string();
            if (!name.empty() && name.front() == '.') {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ec) || it->path().extension() != ".txt")
                continue;
            if (it->is_symlink(ec) && !isWithin(fs::canonical(it->path(), ec), root)) {
                if (warn)
                    warn(it->path().string() + ": skipped, a link to a file outside " +
                         arg.string());
                continue;
            }
            found.push_back(it->path());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

Document readDocumentFile(const fs::path& path, const std::string& date) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path.string() + ": cannot open for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw InputError(path.string() + ": read error");
    Document doc;
    doc.id = path.string();
    doc.text = std::move(buffer).str();
    doc.date = !date.empty() ? date : dateInText(doc.text);
    if (doc.date.empty())
        doc.date = fileModifiedDate(path);
    return doc;
}

Document parseDocumentJson(std::string_view line, const std::string& where,
                           const std::string& fallbackId, const std::string& date) {
    rapidjson::Document json;
    json.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (json.HasParseError())
        throw InputError(where + ":" + std::to_string(json.GetErrorOffset() + 1) + ": " +
                         rapidjson::GetParseError_En(json.GetParseError()));
    if (!json.IsObject())
        throw InputError(where + ": a document must be a JSON object");
    Document doc;
    auto field = [&](const char* key, std::string& out, bool required) {
        auto it = json.FindMember(key);
        if (it == json.MemberEnd() || it->value.IsNull()) {
            if (required)
                throw InputError(where + ": missing \"" + key + "\"");
            return;
        }
        if (it->value.IsString())
            out.assign(it->value.GetString(), it->value.GetStringLength());
        else if (it->value.IsInt64() && std::string_view(key) == "id")
            out = std::to_string(it->value.GetInt64());
        else
            throw InputError(where + ": \"" + key + "\" must be a string");
    };
    field("text", doc.text, true);
    field("id", doc.id, false);
    field("date", doc.date, false);
    field("source", doc.source, false);
    std::string modified;
    field("modified", modified, false);
    if (doc.id.empty())
        doc.id = fallbackId;
    doc.date = !doc.date.empty() ? normalizedDate(doc.date)
               : !date.empty()   ? date
                                 : dateInText(doc.text);
    // A file shipped as JSON (scripts/kg-dask) keeps the fallback readDocumentFile gives it.
    if (doc.date.empty() && !modified.empty())
        doc.date = modified + " (file modified)";
    return doc;
}

} // namespace kg::extract
