#include "cli/date_options.h"

#include "extract/document_date.h"
#include "graph/fact_date.h"

#include <fmt/core.h>

namespace kg::cli {

CLI::Option* addDayOption(CLI::App& cmd, const std::string& name, std::string& day,
                          const std::string& description) {
    return cmd.add_option(name, day, description)
        ->option_text("DAY")
        ->transform(CLI::Validator(
            [](std::string& given) {
                std::string iso = extract::parseWrittenDate(given);
                if (iso.empty())
                    return fmt::format("\"{}\" is not a date (write YYYY-MM-DD)", given);
                given = iso;
                return std::string();
            },
            "DAY", "date"));
}

void addDateOption(CLI::App& cmd, std::string& date) {
    addDayOption(cmd, "--date", date,
                 "Date of the documents that give none of their own, YYYY-MM-DD (default: "
                 "each article's date line, else its file's modification day)");
}

void addAsOfOption(CLI::App& cmd, std::string& asOf) {
    addDayOption(cmd, "--as-of", asOf,
                 "See only facts stated by documents dated up to DAY (YYYY-MM-DD)");
}

void applyAsOf(graph::KnowledgeGraph& graph, const std::string& asOf) {
    if (!asOf.empty())
        graph::restrictToWindow(graph, graph::DayWindow{"", asOf});
}

} // namespace kg::cli
