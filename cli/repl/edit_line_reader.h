#pragma once
// LineReader over libedit for a person at a terminal: emacs-style editing, history kept in a
// file between runs, Ctrl-R reverse search, and Tab completion through a callback.
#include "cli/repl/completion.h"
#include "cli/repl/line_reader.h"

#include <filesystem>
#include <functional>
#include <string>

struct editline;
struct history;

namespace kg::cli::repl {

/// Returns the completion for the current line up to the cursor.
using CompletionCallback = std::function<Completion(std::string_view beforeCursor)>;

class EditLineReader : public LineReader {
public:
    /// `historyFile` empty: no history file. The file is read now and rewritten after every
    /// remembered entry, so history survives a closed terminal.
    EditLineReader(std::filesystem::path historyFile, CompletionCallback complete);
    EditLineReader(const EditLineReader&) = delete;
    EditLineReader& operator=(const EditLineReader&) = delete;
    ~EditLineReader() override;

    ReadResult read(std::string_view prompt) override;
    void remember(std::string_view entry) override;
    std::vector<std::string> entries() const override;

private:
    static char* promptText(editline* el);
    static unsigned char completeWord(editline* el, int key);
    unsigned char showCompletion(const Completion& completion, std::string_view beforeCursor);
    void saveHistory();

    editline* el_ = nullptr;
    history* history_ = nullptr;
    std::filesystem::path historyFile_;
    CompletionCallback complete_;
    std::string prompt_;
    bool historyWarned_ = false;
};

/// $KG_HISTORY if set (empty: no history file), else ~/.kg_history.
std::filesystem::path defaultHistoryFile();

} // namespace kg::cli::repl
