#include "cli/repl/repl.h"

#include "cli/repl/edit_line_reader.h"
#include "cli/repl/interrupt.h"
#include "cli/repl/meta_commands.h"
#include "cli/repl/session.h"
#include "cli/repl/statement_buffer.h"
#include "graph/io/kg_file.h"

#include <algorithm>
#include <cctype>
#include <fmt/core.h>
#include <memory>
#include <unistd.h>

namespace kg::cli::repl {
namespace {

constexpr const char* kPrompt = "kg> ";
constexpr const char* kContinuationPrompt = "...> ";

bool isMetaLine(std::string_view line) {
    auto first = std::find_if_not(line.begin(), line.end(), [](char c) {
        return std::isspace(static_cast<unsigned char>(c));
    });
    return first != line.end() && *first == ':';
}

bool isBlankLine(std::string_view line) {
    return std::all_of(line.begin(), line.end(),
                       [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

std::string historyEntry(std::string_view statement) {
    std::string entry(statement);
    std::replace(entry.begin(), entry.end(), '\n', ' '); // one statement, one history line
    return entry + ";";
}

std::vector<std::string> metaCommandNames() {
    std::vector<std::string> names;
    for (const MetaCommand& c : metaCommands())
        names.emplace_back(c.name);
    return names;
}

class Repl {
public:
    Repl(const ReplOptions& options, bool interactive)
        : options_(options), session_(stdout, stderr, interactive), completer_(metaCommandNames()) {
        if (interactive)
            reader_ = std::make_unique<EditLineReader>(
                defaultHistoryFile(), [this](std::string_view before) {
                    return completer_.complete(session_.graph(), session_.parameterNames(),
                                               buffer_.pending(), before);
                });
        else
            reader_ = std::make_unique<StreamLineReader>(stdin);
    }

    int run() {
        session_.limits = options_.limits;
        openFirstGraph();
        if (session_.interactive())
            fmt::print("kg interactive shell: statements end with ';', :help lists commands\n");
        while (!finished_) {
            ReadResult input = reader_->read(buffer_.empty() ? kPrompt : kContinuationPrompt);
            session_.beginInput();
            switch (input.status) {
            case ReadResult::Status::Line:
                handleLine(input.text);
                break;
            case ReadResult::Status::Interrupted:
                buffer_.clear(); // Ctrl-C drops the statement being typed
                if (!session_.interactive())
                    stopOnInterrupt();
                break;
            case ReadResult::Status::End:
                handleEnd();
                break;
            }
        }
        return failed_ && (options_.bail || !session_.interactive()) ? 1 : 0;
    }

private:
    void openFirstGraph() {
        const auto& file = options_.graphFile;
        if (file.empty())
            return;
        std::error_code ec;
        if (std::filesystem::exists(file, ec)) {
            session_.replaceGraph(graph::loadGraph(file), file);
        } else {
            session_.replaceGraph(graph::KnowledgeGraph{}, file);
            if (session_.interactive())
                fmt::print("new graph; :save writes it to {}\n", file.string());
        }
    }

    void handleLine(const std::string& line) {
        if (buffer_.empty() && isMetaLine(line)) {
            reader_->remember(line);
            MetaOutcome outcome = runMetaCommand(session_, line);
            if (outcome == MetaOutcome::Failed)
                fail();
            else if (outcome == MetaOutcome::Quit && session_.confirmDiscard(":quit"))
                finished_ = true;
            if (!session_.interactive() && InterruptScope::raised())
                stopOnInterrupt(); // a script's :build was cancelled
            return;
        }
        if (buffer_.empty() && isBlankLine(line))
            return;
        buffer_.append(line);
        for (const std::string& statement : buffer_.takeComplete()) {
            reader_->remember(historyEntry(statement));
            runStatement(statement);
            if (finished_)
                return;
        }
    }

    void handleEnd() {
        if (!session_.interactive()) {
            // A script's last statement may lack its ';'.
            if (std::string rest = buffer_.takeRest(); !rest.empty())
                runStatement(rest);
            if (!finished_)
                session_.confirmDiscard("end of input"); // warns, never refuses
            finished_ = true;
            return;
        }
        buffer_.clear();
        if (session_.confirmDiscard("Ctrl-D"))
            finished_ = true;
    }

    void runStatement(const std::string& statement) {
        if (!session_.runStatement(statement))
            fail();
        if (!session_.interactive() && InterruptScope::raised())
            stopOnInterrupt();
    }

    void fail() {
        failed_ = true;
        if (options_.bail)
            finished_ = true;
    }

    void stopOnInterrupt() {
        fmt::print(stderr, "kg: interrupted\n");
        failed_ = true;
        finished_ = true;
    }

    const ReplOptions& options_;
    Session session_;
    Completer completer_;
    StatementBuffer buffer_;
    std::unique_ptr<LineReader> reader_;
    bool failed_ = false;
    bool finished_ = false;
};

} // namespace

int runRepl(const ReplOptions& options) {
    InterruptScope interrupts;
    Repl repl(options, isatty(STDIN_FILENO) != 0);
    return repl.run();
}

} // namespace kg::cli::repl
