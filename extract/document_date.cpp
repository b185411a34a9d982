#include "extract/document_date.h"

#include "graph/fact_date.h"

#include <array>
#include <ctime>
#include <fmt/format.h>
#include <optional>
#include <regex>
#include <sys/stat.h>

namespace kg::extract {

namespace {

// "Jan", "January", "Sept." all name a month; the first three letters decide which.
constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

const char* const kMonthPattern =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

int monthNumber(std::string_view name) {
    std::string key;
    for (char c : name.substr(0, 3))
        key.push_back(static_cast<char>(c | 0x20));
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == key)
            return static_cast<int>(i) + 1;
    return 0;
}

std::string isoIfReal(int year, int month, int day) {
    const std::string iso = fmt::format("{:04}-{:02}-{:02}", year, month, day);
    return graph::isoDay(iso).empty() ? std::string() : iso;
}

// The three ways a full date is written, each as one regex with its groups.
struct DateForms {
    std::regex iso{"(\\d{4})-(\\d{2})-(\\d{2})"};
    std::regex monthFirst{std::string(kMonthPattern) + " (\\d{1,2}),? (\\d{4})"};
    std::regex dayFirst{"(\\d{1,2}) " + std::string(kMonthPattern) + ",? (\\d{4})"};
};

const DateForms& forms() {
    static const DateForms f;
    return f;
}

// The first full date written anywhere in `text`, with where it starts and ends.
struct Found {
    std::string iso;
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::optional<Found> findDate(const std::string& text) {
    std::optional<Found> best;
    auto consider = [&](const std::regex& form, auto toIso) {
        std::smatch m;
        if (!std::regex_search(text, m, form))
            return;
        const auto begin = static_cast<std::size_t>(m.position(0));
        if (best && best->begin <= begin)
            return;
        std::string iso = toIso(m);
        if (!iso.empty())
            best = Found{iso, begin, begin + static_cast<std::size_t>(m.length(0))};
    };
    consider(forms().iso, [](const std::smatch& m) {
        return isoIfReal(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    });
    consider(forms().monthFirst, [](const std::smatch& m) {
        return isoIfReal(std::stoi(m[3]), monthNumber(m[1].str()), std::stoi(m[2]));
    });
    consider(forms().dayFirst, [](const std::smatch& m) {
        return isoIfReal(std::stoi(m[3]), monthNumber(m[2].str()), std::stoi(m[1]));
    });
    return best;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// What may stand beside the date on a line that is only a date: a weekday before it, a time
// and a zone after it ("Tuesday, June 24, 2025, 10:32 GMT").
const std::regex& weekdayPrefix() {
    static const std::regex r("^((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|"
                              "Sun)\\.?,? ");
    return r;
}
const std::regex& timeSuffix() {
    static const std::regex r("^(,? (at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [A-Z]{2,4})?)?$",
                              std::regex::icase);
    return r;
}

// How each kind of date line is told: a label ("Published", "Updated"), a dateline (a place in
// capitals and a comma before the date, a dash after it), a line that is only a date, a photo
// caption (a credit in brackets at its end).
enum class LineKind { Published, Dateline, OnlyDate, Updated, Caption, None };

LineKind kindOf(const std::string& line, const Found& date) {
    static const std::regex published("^(Published|Posted|First published|Date)\\b",
                                      std::regex::icase);
    static const std::regex updated("^(Updated|Last updated|Modified)\\b", std::regex::icase);
    static const std::regex dateline("^[A-Z][A-Z .'-]+(, [A-Za-z .]+)?, $");
    static const std::regex credit("\\([^()]*(/|Photo|photo|Reuters|AP|AFP|Getty)[^()]*\\)$");
    const std::string before = line.substr(0, date.begin);
    const std::string after = line.substr(date.end);
    if (std::regex_search(line, published))
        return LineKind::Published;
    if (std::regex_search(line, updated))
        return LineKind::Updated;
    if (std::regex_match(before, dateline))
        return LineKind::Dateline;
    const std::string head = std::regex_replace(before, weekdayPrefix(), "");
    if (head.empty() && std::regex_match(after, timeSuffix()))
        return LineKind::OnlyDate;
    if (std::regex_search(line, credit))
        return LineKind::Caption;
    return LineKind::None;
}

// Date lines stand at the top of an article: its first lines, within its first characters.
constexpr std::size_t kTopLines = 25;
constexpr std::size_t kTopBytes = 4000;

} // namespace

std::string parseWrittenDate(std::string_view text) {
    const std::string line(trim(text));
    if (line.size() > 64)
        return {};
    const std::optional<Found> date = findDate(line);
    if (!date)
        return {};
    const std::string head = std::regex_replace(line.substr(0, date->begin), weekdayPrefix(), "");
    if (!head.empty() || !std::regex_match(line.substr(date->end), timeSuffix()))
        return {};
    return date->iso;
}

std::string dateInText(std::string_view text) {
    text = text.substr(0, kTopBytes);
    std::string best;
    auto bestKind = LineKind::None;
    std::size_t lines = 0;
    while (!text.empty() && lines < kTopLines) {
        const std::size_t eol = text.find('\n');
        const std::string line(trim(text.substr(0, eol)));
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        if (line.empty())
            continue;
        ++lines;
        const std::optional<Found> date = findDate(line);
        if (!date)
            continue;
        const LineKind kind = kindOf(line, *date);
        if (kind < bestKind) {
            best = date->iso;
            bestKind = kind;
        }
    }
    return best;
}

std::string fileModifiedDate(const std::filesystem::path& path) {
    struct stat info {};
    std::tm day{};
    if (::stat(path.c_str(), &info) != 0 || ::gmtime_r(&info.st_mtime, &day) == nullptr)
        return {};
    return isoIfReal(day.tm_year + 1900, day.tm_mon + 1, day.tm_mday) + " (file modified)";
}

std::string normalizedDate(std::string_view given) {
    std::string iso = parseWrittenDate(given);
    return iso.empty() ? std::string(given) : iso;
}

} // namespace kg::extract
