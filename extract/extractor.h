#pragma once
// The extraction driver: documents in, claims per sentence out. At -j 1 this process parses every
// sentence in order; at -j N, N forked worker processes parse them (parse_workers.h) and the
// claims are put back in input order, so what follows (entity resolution, extract/pipeline.h)
// sees the same input whatever N is.
#include "extract/document.h"
#include "extract/entity_resolver.h"
#include "extract/parse_workers.h"
#include "extract/sentence_reader.h"

#include <functional>
#include <memory>
#include <vector>

namespace kg::extract {

/// Facts below this confidence are left out of `kg build`, the REPL's `:build` and `kg extract`
/// unless `--min-confidence` says otherwise: the reliability curve in bench/RESULTS.md puts the
/// facts under it at a precision well below the rest.
inline constexpr double kDefaultMinConfidence = 0.15;

struct ExtractOptions {
    unsigned jobs = 1; ///< parsing processes (-j); 1 parses in this process
    ReadOptions read;
    double minConfidence = kDefaultMinConfidence; ///< facts below it are left out (pipeline.h)
};

/// Called after each document is parsed (in this process, in completion order).
using ProgressCallback = std::function<void(const ExtractStats& soFar)>;
/// Called with each document as soon as it and every document before it are parsed: in input
/// order, in this process, while the workers parse the documents after it. What follows parsing
/// (entity resolution, output) runs here instead of after the last sentence.
using DocumentCallback = std::function<void(const DocumentClaims& document)>;

class Extractor {
public:
    explicit Extractor(ExtractOptions options);
    ~Extractor();
    Extractor(const Extractor&) = delete;
    Extractor& operator=(const Extractor&) = delete;

    /// Parses the documents; results in input order. `load(i)` supplies document i, in order, in
    /// this process; exceptions from it, the callbacks or the pipeline, and ParseWorkerError,
    /// are thrown here.
    std::vector<DocumentClaims> readAll(std::size_t count,
                                        const std::function<Document(std::size_t)>& load,
                                        const ProgressCallback& progress = {},
                                        const DocumentCallback& onDocument = {});

    const ExtractOptions& options() const { return options_; }

private:
    ExtractOptions options_;
    std::unique_ptr<LinkDictionary> dictionary_;
    std::unique_ptr<ParseWorkers> workers_; ///< forked at the first readAll with jobs > 1
};

} // namespace kg::extract
