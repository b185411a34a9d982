#include "extract/sentence_splitter.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <stdexcept>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace kg::extract {
namespace {

std::unique_ptr<icu::BreakIterator> makeIterator() {
    UErrorCode status = U_ZERO_ERROR;
    // Plain English rules: ICU's "ss=standard" suppression list also swallows breaks after
    // all-capital words ("... leave NATO. However ..."), and the repairs below cover the
    // abbreviations news text needs.
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !it)
        throw std::runtime_error("ICU sentence break iterator unavailable");
    return it;
}

icu::BreakIterator& threadIterator() {
    static const std::unique_ptr<icu::BreakIterator> prototype = makeIterator();
    thread_local std::unique_ptr<icu::BreakIterator> local(prototype->clone());
    return *local;
}

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

// The last word before `end` is an abbreviation or initial: "U.S.", "Gen.", "J.".
bool endsWithAbbreviation(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::uint32_t e = end;
    while (e > begin && isSpace(static_cast<unsigned char>(text[e - 1])))
        --e;
    if (e == begin || text[e - 1] != '.')
        return false;
    std::uint32_t b = e - 1;
    while (b > begin && !isSpace(static_cast<unsigned char>(text[b - 1])))
        --b;
    std::string_view word = text.substr(b, e - b); // includes the final '.'
    if (word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0])))
        return true; // an initial
    // Dotted abbreviation "U.S." / "a.m.": a letter before every dot.
    int dots = 0;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (word[i] == '.') {
            ++dots;
            if (i == 0 || !std::isalpha(static_cast<unsigned char>(word[i - 1])))
                return false;
        }
    return dots >= 2 && word.size() <= 6;
}

// Abbreviations that precede a name ("Gen. Smith", "Dr. Lee") or a number ("No. 5"), which
// ICU's English suppressions lack. General English, not names from any text.
bool isTitleAbbreviation(std::string_view word) {
    static constexpr std::string_view kTitles[] = {
        "Mr.",  "Mrs.", "Ms.",   "Dr.",   "Prof.", "Gen.", "Lt.",  "Col.", "Maj.",  "Capt.", "Sgt.",
        "Sen.", "Rep.", "Gov.",  "Pres.", "St.",   "Rev.", "Hon.", "Adm.", "Cmdr.", "No.",   "Jan.",
        "Feb.", "Aug.", "Sept.", "Sep.",  "Oct.",  "Nov.", "Dec.", "Mt.",  "Supt.", "Insp."};
    return std::find(std::begin(kTitles), std::end(kTitles), word) != std::end(kTitles);
}

std::string_view lastWord(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::uint32_t e = end;
    while (e > begin && isSpace(static_cast<unsigned char>(text[e - 1])))
        --e;
    std::uint32_t b = e;
    while (b > begin && !isSpace(static_cast<unsigned char>(text[b - 1])))
        --b;
    return text.substr(b, e - b);
}

std::string_view firstWord(std::string_view text, std::uint32_t pos) {
    while (pos < text.size() && isSpace(static_cast<unsigned char>(text[pos])))
        ++pos;
    std::uint32_t e = pos;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e])))
        ++e;
    return text.substr(pos, e - pos);
}

// Words that open sentences: after "U.S." one of these starts a new sentence ("... in the
// U.S. The president ..."), any other capitalised word continues a name or title ("U.S.
// President", "R.J. Reynolds"). Function words of English, not names.
bool opensSentence(std::string_view word) {
    static constexpr std::string_view kOpeners[] = {
        "The",    "A",     "An",    "In",   "On",   "At",      "It",        "He",
        "She",    "They",  "We",    "I",    "This", "That",    "These",     "Those",
        "But",    "And",   "Or",    "So",   "If",   "When",    "As",        "After",
        "Before", "While", "There", "Its",  "His",  "Her",     "Their",     "Our",
        "For",    "With",  "By",    "From", "Yet",  "However", "Meanwhile", "Still"};
    return std::find(std::begin(kOpeners), std::end(kOpeners), word) != std::end(kOpeners);
}

bool startsLowercase(std::string_view text, std::uint32_t pos) {
    while (pos < text.size() && isSpace(static_cast<unsigned char>(text[pos])))
        ++pos;
    return pos < text.size() && std::islower(static_cast<unsigned char>(text[pos]));
}

} // namespace

std::vector<SentenceSpan> splitSentences(std::string_view text) {
    std::vector<SentenceSpan> spans;
    if (text.empty())
        return spans;
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status))
        return {SentenceSpan{0, static_cast<std::uint32_t>(text.size())}};
    icu::BreakIterator& it = threadIterator();
    it.setText(ut, status);
    std::vector<std::uint32_t> bounds;
    for (int32_t p = it.first(); p != icu::BreakIterator::DONE; p = it.next())
        bounds.push_back(static_cast<std::uint32_t>(p));
    // Leave no pointer to `text` behind in the thread's iterator.
    it.setText(icu::UnicodeString());
    utext_close(ut);

    std::uint32_t start = 0;
    for (std::size_t i = 1; i < bounds.size(); ++i) {
        std::uint32_t end = bounds[i];
        bool last = i + 1 == bounds.size();
        if (!last) {
            const std::string_view word = lastWord(text, start, end);
            const bool initial = word.size() == 2 &&
                                 std::isupper(static_cast<unsigned char>(word[0])) &&
                                 word[1] == '.';
            if ((endsWithAbbreviation(text, start, end) &&
                 (startsLowercase(text, end) || !opensSentence(firstWord(text, end)))) ||
                initial || isTitleAbbreviation(word))
                continue;
        }
        SentenceSpan span{start, end};
        while (span.begin < span.end && isSpace(static_cast<unsigned char>(text[span.begin])))
            ++span.begin;
        while (span.end > span.begin && isSpace(static_cast<unsigned char>(text[span.end - 1])))
            --span.end;
        if (span.end > span.begin)
            spans.push_back(span);
        start = end;
    }
    return spans;
}

} // namespace kg::extract
