#pragma once
// Runs a program on a pseudo-terminal, as a person at a terminal would: what it writes is
// collected, keys are sent as bytes ("\t", "\x03" for Ctrl-C, "\x04" for Ctrl-D).
#include <chrono>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace kg::test {

class PtySession {
public:
    /// Starts `argv` with exactly `env` as its environment, on a terminal `columns` wide.
    PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env,
               unsigned short columns = 100);
    PtySession(const PtySession&) = delete;
    PtySession& operator=(const PtySession&) = delete;
    /// Kills the program if it is still running.
    ~PtySession();

    /// Writes `bytes` at once, whatever the program is doing (Ctrl-C during a query).
    void send(std::string_view bytes);
    /// Writes `bytes` once the program is reading with line editing on (the terminal is out
    /// of canonical mode), as keys typed at its prompt. Tab and the editing keys only mean
    /// something to the line editor; typed earlier, the terminal would take them as text.
    /// After a line is submitted, expect the next prompt before typing again: until the editor
    /// hands the line over, the terminal is still out of canonical mode from that line, and a
    /// Ctrl-D that lands in the moment it is back in canonical mode is taken by the terminal
    /// as end-of-file and never reaches the editor.
    void type(std::string_view bytes);
    /// Waits until the line editor has handed a line over (the terminal is back in canonical
    /// mode): the program is now running what was typed.
    bool waitUntilLineAccepted(std::chrono::milliseconds deadline = std::chrono::seconds(20));
    /// Reads until `text` appears in what the program wrote since the previous expect (or the
    /// start). The deadline only keeps a broken program from hanging the test suite.
    bool expect(std::string_view text,
                std::chrono::milliseconds deadline = std::chrono::seconds(20));
    /// Everything written since the previous expect matched, up to the end of the match.
    const std::string& lastChunk() const { return lastChunk_; }
    /// Everything the program wrote so far.
    const std::string& output() const { return output_; }
    /// Waits for the program to end; its exit code, or -1 if it had to be killed.
    int wait(std::chrono::milliseconds deadline = std::chrono::seconds(20));

private:
    /// Waits until the terminal is (editing = true) or is not (false) in non-canonical mode.
    bool waitForLineEditing(bool editing, std::chrono::milliseconds deadline);
    bool readSome(std::chrono::milliseconds timeout);

    pid_t child_ = -1;
    int master_ = -1;
    std::string output_;
    std::size_t consumed_ = 0; ///< output_ before this offset was matched already
    std::string lastChunk_;
};

} // namespace kg::test
