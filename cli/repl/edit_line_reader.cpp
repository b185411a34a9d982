#include "cli/repl/edit_line_reader.h"

#include "base/text_width.h"
#include "cli/repl/interrupt.h"
#include "cli/repl/terminal.h"

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <fmt/core.h>
#include <histedit.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <unistd.h>

namespace kg::cli::repl {
namespace {

constexpr int kHistorySize = 1000;
constexpr std::size_t kMaxListed = 200; // candidates listed on one Tab; the rest are counted

/// One character for libedit, read from the terminal. SIGINT is blocked while el_gets runs and
/// unblocked only inside ppoll, so a Ctrl-C interrupts the wait whether it arrives during it or
/// just before it: with libedit's own read(), a Ctrl-C that landed while libedit was drawing
/// the line set the flag and then waited for the next key.
int readCharacter(editline*, wchar_t* out) {
    std::mbstate_t state{};
    for (;;) {
        if (InterruptScope::raised()) {
            errno = EINTR;
            return -1; // libedit gives up the line: read() below reports the interruption
        }
        sigset_t waiting;
        pthread_sigmask(SIG_SETMASK, nullptr, &waiting);
        sigdelset(&waiting, SIGINT);
        pollfd input{STDIN_FILENO, POLLIN, 0};
        if (ppoll(&input, 1, nullptr, &waiting) < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        char byte = 0;
        const ssize_t n = ::read(STDIN_FILENO, &byte, 1);
        if (n == 0)
            return 0; // end of input
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        wchar_t character = 0;
        const std::size_t used = std::mbrtowc(&character, &byte, 1, &state);
        if (used == static_cast<std::size_t>(-2))
            continue; // a byte of a longer character
        if (used == static_cast<std::size_t>(-1)) {
            state = {};
            character = static_cast<unsigned char>(byte); // not UTF-8: the byte as it is
        }
        *out = character;
        return 1;
    }
}

/// libedit decodes input with the C library's multibyte functions: without a UTF-8 locale every
/// non-ASCII character of a news text would be mangled.
void useUtf8Locale() {
    const char* set = std::setlocale(LC_CTYPE, "");
    if (set == nullptr || MB_CUR_MAX == 1)
        std::setlocale(LC_CTYPE, "C.UTF-8");
}

std::size_t codePoints(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string commonPrefix(const std::vector<Candidate>& candidates) {
    std::string prefix = candidates.front().text;
    for (const Candidate& c : candidates) {
        std::size_t n = 0;
        while (n < prefix.size() && n < c.text.size() && prefix[n] == c.text[n])
            ++n;
        prefix.resize(n);
    }
    // Never stop inside a UTF-8 sequence.
    while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0x80)
        prefix.pop_back();
    if (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0xC0)
        prefix.pop_back();
    return prefix;
}

} // namespace

std::filesystem::path defaultHistoryFile() {
    if (const char* explicitPath = std::getenv("KG_HISTORY"))
        return explicitPath;
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home == '\0') {
        const passwd* user = getpwuid(getuid());
        home = user != nullptr ? user->pw_dir : nullptr;
    }
    if (home == nullptr)
        return {};
    return std::filesystem::path(home) / ".kg_history";
}

EditLineReader::EditLineReader(std::filesystem::path historyFile, CompletionCallback complete)
    : historyFile_(std::move(historyFile)), complete_(std::move(complete)) {
    useUtf8Locale();
    el_ = el_init("kg", stdin, stdout, stderr);
    history_ = history_init();
    HistEvent event;
    history(history_, &event, H_SETSIZE, kHistorySize);
    history(history_, &event, H_SETUNIQUE, 1);
    if (!historyFile_.empty())
        history(history_, &event, H_LOAD, historyFile_.c_str()); // a missing file is fine

    el_set(el_, EL_CLIENTDATA, this);
    el_set(el_, EL_EDITOR, "emacs");
    el_set(el_, EL_PROMPT, &EditLineReader::promptText);
    el_set(el_, EL_HIST, history, history_);
    el_wset(el_, EL_GETCFN, &readCharacter);
    // The wide form keeps pointers to these literals; the narrow el_set copies the name and
    // help text and never frees the copies (a libedit leak LeakSanitizer reports).
    el_wset(el_, EL_ADDFN, L"kg-complete", L"complete the word before the cursor",
            &EditLineReader::completeWord);
    el_set(el_, EL_BIND, "^I", "kg-complete", nullptr);
    el_set(el_, EL_BIND, "^R", "ed-search-prev-history", nullptr);
    el_source(el_, nullptr); // the user's ~/.editrc may rebind keys
}

EditLineReader::~EditLineReader() {
    history_end(history_);
    el_end(el_);
}

char* EditLineReader::promptText(editline* el) {
    void* self = nullptr;
    el_get(el, EL_CLIENTDATA, &self);
    return static_cast<EditLineReader*>(self)->prompt_.data();
}

ReadResult EditLineReader::read(std::string_view prompt) {
    prompt_ = prompt;
    int count = 0;
    InterruptScope::clear();
    sigset_t interrupt;
    sigset_t previous;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_BLOCK, &interrupt, &previous); // delivered only inside readCharacter
    const char* line = el_gets(el_, &count);
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (line == nullptr) {
        if (count < 0 && InterruptScope::raised()) {
            std::fputs("^C\n", stdout);
            std::fflush(stdout);
            return {ReadResult::Status::Interrupted, {}};
        }
        std::fputc('\n', stdout); // Ctrl-D: end the prompt's line before the REPL says goodbye
        return {ReadResult::Status::End, {}};
    }
    std::string text(line, static_cast<std::size_t>(count));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return {ReadResult::Status::Line, std::move(text)};
}

void EditLineReader::remember(std::string_view entry) {
    HistEvent event;
    std::string copy(entry);
    history(history_, &event, H_ENTER, copy.c_str());
    saveHistory();
}

std::vector<std::string> EditLineReader::entries() const {
    // libedit walks from the newest entry; :history lists oldest first, as shells do.
    std::vector<std::string> out;
    HistEvent event;
    for (int found = history(history_, &event, H_FIRST); found != -1;
         found = history(history_, &event, H_NEXT))
        out.emplace_back(event.str);
    std::reverse(out.begin(), out.end());
    return out;
}

void EditLineReader::saveHistory() {
    if (historyFile_.empty())
        return;
    // Written beside the file and renamed over it, so a kill never leaves half a history.
    std::filesystem::path temp = historyFile_;
    temp += ".tmp";
    HistEvent event;
    std::error_code ec;
    if (history(history_, &event, H_SAVE, temp.c_str()) == -1 ||
        (std::filesystem::rename(temp, historyFile_, ec), ec)) {
        std::filesystem::remove(temp, ec);
        if (!historyWarned_)
            fmt::print(stderr, "kg: cannot save history to {}\n", historyFile_.string());
        historyWarned_ = true;
    }
}

unsigned char EditLineReader::completeWord(editline* el, int) {
    void* self = nullptr;
    el_get(el, EL_CLIENTDATA, &self);
    auto* reader = static_cast<EditLineReader*>(self);
    const LineInfo* line = el_line(el);
    std::string_view before(line->buffer, static_cast<std::size_t>(line->cursor - line->buffer));
    try {
        return reader->showCompletion(reader->complete_(before), before);
    } catch (const std::exception&) {
        return CC_REFRESH_BEEP; // a completion problem must never end the session
    }
}

unsigned char EditLineReader::showCompletion(const Completion& completion,
                                             std::string_view beforeCursor) {
    const auto& candidates = completion.candidates;
    if (candidates.empty())
        return CC_REFRESH_BEEP;
    std::string_view typed =
        beforeCursor.substr(std::min(completion.wordStart, beforeCursor.size()));
    auto replaceTyped = [&](const std::string& text) {
        el_deletestr(el_, static_cast<int>(codePoints(typed)));
        el_insertstr(el_, text.c_str());
    };
    if (candidates.size() == 1) {
        replaceTyped(candidates.front().text + candidates.front().suffix);
        return CC_REFRESH;
    }
    std::string prefix = commonPrefix(candidates);
    if (codePoints(prefix) > codePoints(typed)) {
        replaceTyped(prefix);
        return CC_REFRESH;
    }
    // Nothing more to insert: list the choices in columns under the line.
    std::size_t widest = 0;
    for (const Candidate& c : candidates)
        widest = std::max(widest, base::displayWidth(c.text));
    std::size_t columnWidth = widest + 2;
    std::size_t perLine = std::max<std::size_t>(
        1, (terminalColumns(stdout) > 0 ? terminalColumns(stdout) : 80) / columnWidth);
    std::string listing = "\n";
    std::size_t shown = std::min(candidates.size(), kMaxListed);
    for (std::size_t i = 0; i < shown; ++i) {
        listing += candidates[i].text;
        bool endOfLine = (i + 1) % perLine == 0 || i + 1 == shown;
        if (endOfLine)
            listing += '\n';
        else
            listing.append(columnWidth - base::displayWidth(candidates[i].text), ' ');
    }
    if (shown < candidates.size())
        listing += fmt::format("... and {} more\n", candidates.size() - shown);
    std::fputs(listing.c_str(), stdout);
    std::fflush(stdout);
    return CC_REDISPLAY;
}

} // namespace kg::cli::repl
