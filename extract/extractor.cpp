#include "extract/extractor.h"

#include <algorithm>

namespace kg::extract {

Extractor::Extractor(ExtractOptions options)
    : options_(options), dictionary_(std::make_unique<LinkDictionary>()) {
    options_.jobs = std::max(1u, options_.jobs);
}

Extractor::~Extractor() = default;

std::vector<DocumentClaims> Extractor::readAll(std::size_t count,
                                               const std::function<Document(std::size_t)>& load,
                                               const ProgressCallback& progress,
                                               const DocumentCallback& onDocument) {
    if (options_.jobs > 1) {
        if (!workers_ || !workers_->usable())
            workers_ = std::make_unique<ParseWorkers>(*dictionary_, options_.read, options_.jobs);
        return workers_->readAll(count, load, progress, onDocument);
    }
    SentenceReader reader(*dictionary_, options_.read);
    std::vector<DocumentClaims> documents;
    documents.reserve(count);
    ExtractStats soFar;
    for (std::size_t i = 0; i < count; ++i) {
        documents.push_back(reader.read(load(i)));
        soFar.add(documents.back().stats);
        if (progress)
            progress(soFar);
        if (onDocument)
            onDocument(documents.back());
    }
    return documents;
}

} // namespace kg::extract
