// :contradictions, :timeline NAME and :as-of DAY — the reports and the time window of
// docs/positions.md on the open graph, in the session's output mode.
#include "cli/repl/meta_commands.h"
#include "export/entity_lookup.h"
#include "export/export_error.h"
#include "export/fact_reports.h"
#include "extract/document_date.h"

#include <cstdio>
#include <fmt/core.h>

namespace kg::cli::repl {

namespace {

template <class Report> void printReport(Session& session, Report&& report) {
    query::ResultWriter writer(session.queryGraph(), session.mode, session.out());
    report(static_cast<query::RowSink&>(writer));
    writer.finish();
    std::fflush(session.out());
}

} // namespace

void metaContradictions(Session& session, const MetaArgs& args) {
    args.expect(0, 0);
    printReport(session, [&](query::RowSink& sink) {
        exporter::writeContradictions(session.queryGraph(), sink);
    });
}

void metaTimeline(Session& session, const MetaArgs& args) {
    const std::string_view name = args.textAfter(0);
    if (name.empty())
        throw MetaUsageError();
    graph::EntityId entity = graph::kNoId;
    try {
        entity = exporter::resolveEntity(session.graph(), name);
    } catch (const exporter::ExportError& e) {
        throw MetaError(e.what());
    }
    printReport(session, [&](query::RowSink& sink) {
        exporter::writeTimeline(session.queryGraph(), entity, sink);
    });
}

void metaAsOf(Session& session, const MetaArgs& args) {
    args.expect(0, 1);
    if (args.size() == 1) {
        if (args[0] == "none") {
            session.asOf.clear();
        } else {
            std::string day = extract::parseWrittenDate(args[0]);
            if (day.empty())
                throw MetaError(
                    fmt::format("'{}' is not a date (write YYYY-MM-DD, or none)", args[0]));
            session.asOf = std::move(day);
        }
    }
    fmt::print(session.out(), "as-of: {}\n",
               session.asOf.empty() ? "none (every fact)" : session.asOf);
}

} // namespace kg::cli::repl
