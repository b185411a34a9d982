#include "extract/layout.h"

#include <algorithm>
#include <cctype>

namespace kg::extract {
namespace {

struct Line {
    std::uint32_t begin = 0; ///< offset of the first non-space byte
    std::string_view text;   ///< trimmed
    std::size_t words = 0;
    bool terminal = false;  ///< ends like a sentence
    bool titleCase = false; ///< most words capitalised, as in headline menus
    bool timestamp = false; ///< "2 hours ago", "Updated 10:32"
    bool drop = false;
};

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

std::string_view trim(std::string_view s, std::uint32_t& offset) {
    std::size_t b = 0;
    while (b < s.size() && isSpace(static_cast<unsigned char>(s[b])))
        ++b;
    std::size_t e = s.size();
    while (e > b && isSpace(static_cast<unsigned char>(s[e - 1])))
        --e;
    offset += static_cast<std::uint32_t>(b);
    return s.substr(b, e - b);
}

bool endsLikeSentence(std::string_view s) {
    // Closing quotes and brackets may follow the full stop.
    static constexpr std::string_view kClosers[] = {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99"};
    bool stripped = true;
    while (stripped && !s.empty()) {
        stripped = false;
        for (std::string_view c : kClosers)
            if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
                s.remove_suffix(c.size());
                stripped = true;
            }
    }
    if (s.empty())
        return false;
    char last = s.back();
    return last == '.' || last == '!' || last == '?' ||
           (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

std::vector<std::string_view> wordsOf(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(static_cast<unsigned char>(s[i])))
            ++i;
        std::size_t b = i;
        while (i < s.size() && !isSpace(static_cast<unsigned char>(s[i])))
            ++i;
        if (i > b)
            out.push_back(s.substr(b, i - b));
    }
    return out;
}

bool isTimeUnit(std::string_view w) {
    static constexpr std::string_view kUnits[] = {
        "second", "seconds", "minute", "minutes", "min",   "mins",   "hour", "hours",
        "day",    "days",    "week",   "weeks",   "month", "months", "year", "years"};
    return std::find(std::begin(kUnits), std::end(kUnits), w) != std::end(kUnits);
}

bool allDigitsOrPunct(std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](unsigned char c) {
        return std::isdigit(c) || c == ':' || c == '/' || c == '.' || c == '-' || c == ',';
    });
}

// "2 hours ago", "5 min ago", "10:32", "23/06/2025".
bool looksLikeTimestamp(const std::vector<std::string_view>& words) {
    if (words.size() == 3 && allDigitsOrPunct(words[0]) && isTimeUnit(words[1]) &&
        words[2] == "ago")
        return true;
    return !words.empty() && words.size() <= 3 &&
           std::all_of(words.begin(), words.end(), [](std::string_view w) {
               return allDigitsOrPunct(w) || w == "AM" || w == "PM" || w == "am" || w == "pm";
           });
}

bool isCapitalised(std::string_view w) {
    for (unsigned char c : w) {
        if (std::isalpha(c))
            return std::isupper(c) != 0;
        if (c >= 0x80)
            return false;
    }
    return false;
}

bool hasLetter(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c); });
}

Line describe(std::string_view raw, std::uint32_t offset) {
    Line line;
    line.text = trim(raw, offset);
    line.begin = offset;
    auto words = wordsOf(line.text);
    line.words = words.size();
    line.terminal = endsLikeSentence(line.text);
    line.timestamp = looksLikeTimestamp(words);
    std::size_t lettered = 0;
    std::size_t capitalised = 0;
    for (std::string_view w : words) {
        if (!hasLetter(w))
            continue;
        ++lettered;
        if (isCapitalised(w))
            ++capitalised;
    }
    line.titleCase = lettered >= 4 && capitalised * 10 >= lettered * 6;
    return line;
}

bool startsLowercase(std::string_view s) {
    return !s.empty() && std::islower(static_cast<unsigned char>(s.front()));
}

bool whollyParenthesised(std::string_view s) {
    return s.size() >= 2 && s.front() == '(' && s.back() == ')';
}

// Drops a run of two or more title-case lines without final punctuation (blank lines and
// timestamps between them do not break the run): that is a menu of other articles.
void dropHeadlineMenus(std::vector<Line>& lines) {
    std::size_t i = 0;
    while (i < lines.size()) {
        if (lines[i].text.empty() || lines[i].terminal || !lines[i].titleCase) {
            ++i;
            continue;
        }
        std::vector<std::size_t> run;
        std::size_t j = i;
        for (; j < lines.size(); ++j) {
            const Line& l = lines[j];
            if (l.text.empty() || l.timestamp)
                continue;
            if (l.terminal || !l.titleCase)
                break;
            run.push_back(j);
        }
        if (run.size() >= 2)
            for (std::size_t k : run)
                lines[k].drop = true;
        i = std::max(j, i + 1);
    }
}

// Drops a run of three or more adjacent lines without final punctuation, whatever their case:
// a list of headlines ("Mayor opens new bridge" / "Council rejects budget" / ...).
void dropHeadlineLists(std::vector<Line>& lines) {
    std::size_t i = 0;
    while (i < lines.size()) {
        std::size_t j = i;
        while (j < lines.size() && !lines[j].text.empty() && !lines[j].terminal)
            ++j;
        if (j - i >= 3)
            for (std::size_t k = i; k < j; ++k)
                lines[k].drop = true;
        i = std::max(j, i + 1);
    }
}

// "Read more: ...", "Next Article: ...": a label of at most three words and a colon opening a
// line without final punctuation is a link to another page.
bool isLinkLabel(const Line& l) {
    if (l.terminal)
        return false;
    const std::size_t colon = l.text.find(':');
    return colon != std::string_view::npos && wordsOf(l.text.substr(0, colon)).size() <= 3;
}

// A cookie notice: the one piece of page furniture that is written as prose.
bool mentionsCookies(std::string_view text) {
    for (std::string_view w : wordsOf(text)) {
        std::string lower;
        for (unsigned char c : w)
            if (std::isalpha(c))
                lower.push_back(static_cast<char>(std::tolower(c)));
        if (lower == "cookie" || lower == "cookies")
            return true;
    }
    return false;
}

} // namespace

LayoutResult keepProse(std::string_view document) {
    std::vector<Line> lines;
    std::size_t pos = 0;
    while (pos <= document.size()) {
        std::size_t nl = document.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = document.size();
        lines.push_back(describe(document.substr(pos, nl - pos), static_cast<std::uint32_t>(pos)));
        pos = nl + 1;
    }
    for (Line& l : lines) {
        if (l.text.empty())
            continue;
        if (l.timestamp || (l.words < 3 && !l.terminal) || whollyParenthesised(l.text) ||
            (!l.terminal && l.text.back() == ':') || isLinkLabel(l) || mentionsCookies(l.text))
            l.drop = true;
    }
    dropHeadlineMenus(lines);
    dropHeadlineLists(lines);
    // A line that repeats the start of an earlier kept line's text is a caption or a repeat.
    std::vector<std::string_view> kept;
    for (Line& l : lines) {
        if (l.drop || l.text.empty())
            continue;
        for (std::string_view k : kept)
            if (l.text.size() >= k.size() && l.text.substr(0, k.size()) == k && !l.terminal) {
                l.drop = true;
                break;
            }
        if (!l.drop)
            kept.push_back(l.text);
    }

    LayoutResult result;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& l = lines[i];
        if (l.text.empty())
            continue;
        if (l.drop) {
            ++result.droppedLines;
            continue;
        }
        std::uint32_t begin = l.begin;
        std::uint32_t end = begin + static_cast<std::uint32_t>(l.text.size());
        // A sentence wrapped onto the next line continues there in lower case.
        while (!lines[i].terminal && i + 1 < lines.size() && !lines[i + 1].drop &&
               startsLowercase(lines[i + 1].text)) {
            ++i;
            end = lines[i].begin + static_cast<std::uint32_t>(lines[i].text.size());
        }
        // Bullets mark list items, not words.
        while (begin < end && (document[begin] == '-' || document[begin] == '*') &&
               begin + 1 < end && document[begin + 1] == ' ')
            begin += 2;
        std::string_view bullet = "\xE2\x80\xA2 ";
        if (document.substr(begin, bullet.size()) == bullet)
            begin += static_cast<std::uint32_t>(bullet.size());
        TextBlock block;
        block.begin = begin;
        block.text.assign(document.substr(begin, end - begin));
        std::replace(block.text.begin(), block.text.end(), '\n', ' ');
        std::replace(block.text.begin(), block.text.end(), '\t', ' ');
        result.blocks.push_back(std::move(block));
    }
    return result;
}

} // namespace kg::extract
