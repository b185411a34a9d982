#pragma once
// Options `kg extract` and `kg build` share.
#include "extract/extractor.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

namespace kg::cli {

/// --min-confidence P: facts below P are left out (docs/extraction.md, "Confidence").
inline void addMinConfidenceOption(CLI::App& cmd, double& minimum) {
    cmd.add_option("--min-confidence", minimum,
                   fmt::format("Leave out facts whose confidence is below P, 0 to 1 (default {})",
                               extract::kDefaultMinConfidence))
        ->option_text("P")
        ->check(CLI::Range(0.0, 1.0));
}

} // namespace kg::cli
