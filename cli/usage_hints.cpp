#include "cli/usage_hints.h"

#include "base/edit_distance.h"

#include <algorithm>
#include <cctype>
#include <fmt/core.h>
#include <vector>

namespace kg::cli {
namespace {

std::vector<std::string> subcommandNames(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(sub->get_name());
    return names;
}

// "--format" and "-f" forms of every option `cmd` (and kg itself) accepts.
std::vector<std::string> optionNames(const CLI::App& cmd) {
    std::vector<std::string> names;
    for (const CLI::App* app = &cmd; app != nullptr; app = app->get_parent())
        for (const CLI::Option* option : app->get_options()) {
            for (const std::string& name : option->get_lnames())
                names.push_back("--" + name);
            for (const std::string& name : option->get_snames())
                names.push_back("-" + name);
        }
    return names;
}

// The first word of `args` that names an option `cmd` does not have, without its "=value".
std::optional<std::string> unknownOption(const CLI::App& cmd, std::span<const std::string> args) {
    std::vector<std::string> known = optionNames(cmd);
    for (const std::string& arg : args) {
        if (arg == "--")
            break;
        if (arg.size() < 2 || arg[0] != '-' || std::isdigit(static_cast<unsigned char>(arg[1])))
            continue;
        std::string name = arg.substr(0, arg.find('='));
        if (std::find(known.begin(), known.end(), name) == known.end())
            return name;
    }
    return std::nullopt;
}

// `--param who=Mark Rutte` reaches kg as two words; the second is then an unexpected argument.
std::optional<std::string> unquotedParam(std::span<const std::string> args) {
    for (std::size_t i = 0; i + 2 < args.size(); ++i)
        if (args[i] == "--param" && args[i + 1].find('=') != std::string::npos &&
            !args[i + 2].empty() && args[i + 2][0] != '-')
            return fmt::format("--param '{} {}'", args[i + 1], args[i + 2]);
    return std::nullopt;
}

} // namespace

std::optional<std::string> closestWord(std::string_view typed,
                                       std::span<const std::string> candidates) {
    // Most typos are one or two keys; a long word may have a third.
    std::size_t best = std::max<std::size_t>(2, typed.size() / 4) + 1;
    std::optional<std::string> found;
    for (const std::string& candidate : candidates) {
        std::size_t d = base::editDistanceIgnoreCase(typed, candidate, best - 1);
        if (d < best) {
            best = d;
            found = candidate;
        }
    }
    return found;
}

std::string unknownSubcommand(const CLI::App& app, std::string_view typed) {
    std::vector<std::string> names = subcommandNames(app);
    std::erase(names, "help");
    if (auto near = closestWord(typed, names))
        return fmt::format("unknown subcommand '{}' (did you mean '{}'?)", typed, *near);
    return fmt::format("unknown subcommand '{}'", typed);
}

std::string usageMessage(const CLI::App& app, std::span<const std::string> args,
                         const std::string& what) {
    if (args.empty())
        return "no subcommand given";
    const std::string& first = args.front();
    if (first[0] != '-' && app.get_subcommands().empty())
        return unknownSubcommand(app, first);
    bool inSubcommand = !app.get_subcommands().empty();
    const CLI::App* cmd = inSubcommand ? app.get_subcommands().front() : &app;
    if (auto option = unknownOption(*cmd, inSubcommand ? args.subspan(1) : args)) {
        std::vector<std::string> names = optionNames(*cmd);
        if (auto near = closestWord(*option, names))
            return fmt::format("unknown option '{}' (did you mean '{}'?)", *option, *near);
        return fmt::format("unknown option '{}'", *option);
    }
    if (auto quoted = unquotedParam(args))
        return fmt::format("{} (a value with spaces needs quotes: {})", what, *quoted);
    return what;
}

} // namespace kg::cli
