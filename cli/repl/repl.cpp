#include "cli/repl/repl.h"

#include "cli/repl/edit_line_reader.h"
#include "cli/repl/interrupt.h"
#include "cli/repl/meta_commands.h"
#include "cli/repl/session.h"
#include "cli/repl/statement_buffer.h"
#include "graph/io/kg_file.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/core.h>
#include <memory>
#include <stdexcept>
#include <unistd.h>
#include <utility>

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

// :source files may source others, but not without end.
constexpr int kMaxSourceDepth = 16;

class Repl {
public:
    Repl(const ReplOptions& options, bool interactive)
        : options_(options), session_(stdout, stderr, interactive), completer_(metaCommandNames()) {
        session_.historyEntries = [this] { return reader_->entries(); };
        session_.sourceFile = [this](const std::filesystem::path& file) { source(file); };
        if (!interactive)
            session_.inputName = "stdin";
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
                session_.inputLine = ++lineNumber_;
                handleLine(input.text, buffer_, true);
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

    /// One line of input into `buffer`; `typed`: it came from the shell's own input (and so
    /// goes into the history), not from a :source file.
    void handleLine(const std::string& line, StatementBuffer& buffer, bool typed) {
        if (buffer.empty() && isMetaLine(line)) {
            if (typed)
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
        if (buffer.empty() && isBlankLine(line))
            return;
        buffer.append(line, session_.inputLine);
        for (const BufferedStatement& statement : buffer.takeComplete()) {
            if (typed)
                reader_->remember(historyEntry(statement.text));
            runStatement(statement);
            if (finished_)
                return;
        }
    }

    // :source FILE: its lines run as if typed, its errors named FILE:LINE.
    void source(const std::filesystem::path& file) {
        if (sourceDepth_ >= kMaxSourceDepth)
            throw std::runtime_error(fmt::format("{}: :source nested more than {} deep",
                                                 file.string(), kMaxSourceDepth));
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(file.c_str(), "r"),
                                                           std::fclose);
        if (!in)
            throw std::runtime_error(
                fmt::format("cannot read {}: {}", file.string(), std::strerror(errno)));
        std::string outerName = std::exchange(session_.inputName, file.string());
        std::uint32_t outerLine = std::exchange(session_.inputLine, 0);
        ++sourceDepth_;
        StreamLineReader reader(in.get());
        StatementBuffer buffer;
        while (!finished_) {
            ReadResult input = reader.read("");
            if (input.status != ReadResult::Status::Line)
                break;
            ++session_.inputLine;
            handleLine(input.text, buffer, false);
        }
        if (BufferedStatement rest = buffer.takeRest(); !finished_ && !rest.text.empty())
            runStatement(rest);
        --sourceDepth_;
        session_.inputName = std::move(outerName);
        session_.inputLine = outerLine;
    }

    void handleEnd() {
        if (!session_.interactive()) {
            // A script's last statement may lack its ';'.
            if (BufferedStatement rest = buffer_.takeRest(); !rest.text.empty())
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

    void runStatement(const BufferedStatement& statement) {
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
    std::uint32_t lineNumber_ = 0;
    int sourceDepth_ = 0;
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
