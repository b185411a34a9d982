// kg: one binary, git-style subcommands. This file only wires the subcommands together and maps
// errors to exit codes; each command's work lives in its cmd_<name>.cpp.
#include "cli/command.h"
#include "cli/usage_hints.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fmt/core.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace kg::cli {
namespace {

constexpr const char* kVersion = "0.1.0";

// `kg help SUBCOMMAND` is what users of git-style tools type; it prints that command's --help.
void addHelpCommand(CLI::App& app) {
    auto* help = app.add_subcommand("help", "Show help for kg or for one subcommand");
    auto topic = std::make_shared<std::string>(); // owned by the callback, freed with the app
    help->add_option("subcommand", *topic, "Subcommand to describe");
    help->callback([&app, topic] {
        if (topic->empty()) {
            fmt::print("{}", app.help());
            return;
        }
        CLI::App* sub = nullptr;
        try {
            sub = app.get_subcommand(*topic);
        } catch (const CLI::OptionNotFound&) {
        }
        if (sub == nullptr || *topic == "help")
            throw CliError(fmt::format("{} (see 'kg --help')", unknownSubcommand(app, *topic)),
                           kExitUsage);
        fmt::print("{}", sub->help("kg"));
    });
}

int run(int argc, char** argv) {
    CLI::App app{"kg: build knowledge graphs from news text, query them and draw them", "kg"};
    app.set_version_flag("--version", fmt::format("kg {}", kVersion));
    app.require_subcommand(1);
    app.fallthrough(false);
    CommandStatus status;
    addImportCommand(app, status);
    addStatsCommand(app, status);
    addExtractCommand(app, status);
    addBuildCommand(app, status);
    addReplCommand(app, status);
    addExportCommand(app, status);
    addRenderCommand(app, status);
    addQueryCommand(app, status);
    addContradictionsCommand(app, status);
    addDiffCommand(app, status);
    addConvertCommand(app, status);
    addMergeEntitiesCommand(app, status);
    addRenameEntityCommand(app, status);
    addLogCommand(app, status);
    addUndoCommand(app, status);
    addHelpCommand(app);

    try {
        // `kg` alone on a terminal starts the REPL; without a terminal it stays a usage error.
        std::vector<const char*> args(argv, argv + argc);
        if (argc < 2 && isatty(STDIN_FILENO))
            args.push_back("repl");
        app.parse(static_cast<int>(args.size()), args.data());
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // One line, git-style: what was wrong, the likely fix, and where to look.
        std::vector<std::string> words(argv + 1, argv + argc);
        fmt::print(stderr, "kg: {} (see 'kg --help')\n", usageMessage(app, words, e.what()));
        return kExitUsage;
    } catch (const CliError& e) {
        fmt::print(stderr, "kg: {}\n", e.what());
        return e.exitCode();
    } catch (const std::bad_alloc&) {
        fmt::print(stderr, "kg: out of memory\n");
        return kExitFailure;
    } catch (const std::exception& e) {
        fmt::print(stderr, "kg: {}\n", e.what());
        return kExitFailure;
    }
    // A full disk or a closed pipe on stdout (kg stats g.kg > /dev/full) is a failure too.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        fmt::print(stderr, "kg: cannot write to standard output: {}\n",
                   errno != 0 ? std::strerror(errno) : "I/O error");
        return kExitFailure;
    }
    return status.exitCode;
}

} // namespace
} // namespace kg::cli

int main(int argc, char** argv) {
    // Past the file size limit (ulimit -f) a write then fails with EFBIG, which kg reports as
    // "file too large", instead of the process dying of SIGXFSZ without a word.
    std::signal(SIGXFSZ, SIG_IGN);
    return kg::cli::run(argc, argv);
}
