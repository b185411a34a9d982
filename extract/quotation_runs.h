#pragma once
// Direct quotations that run over several sentences of a paragraph ('"We will build it. It will
// take years," Berg said.', 'Berg said: "We will build it. It will take years."'), found from the
// quotation marks of the sentences' texts. The entity resolver gives every sentence of such a
// quotation its speaker.
#include "extract/claim.h"
#include "extract/sentence_reader.h"

#include <cstddef>
#include <vector>

namespace kg::extract {

/// Sentences `first`..`last` of one paragraph, through which one direct quotation runs.
struct QuotationRun {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// What the quotation marks say about one sentence.
struct SentenceQuotation {
    int run = -1; ///< index into DocumentQuotations::runs, -1 outside any run
    /// The sentence stands inside a quotation opened in an earlier sentence and has no mark of
    /// its own ("We hired engineers." between a quotation's first and last sentences), so all
    /// its claims are quoted, though their verbs have no mark to tell.
    bool quotedThroughout = false;
};

struct DocumentQuotations {
    std::vector<QuotationRun> runs;
    std::vector<SentenceQuotation> sentences; ///< one per sentence, in order
};

/// Double quotation marks only, as for a claim's `quoted`: a mark written against the word after
/// it opens a quotation, one written against the word before it closes one. A quotation still
/// open at the end of a sentence runs into the next sentence of its paragraph; a paragraph's end
/// closes it.
DocumentQuotations findQuotations(const std::vector<SentenceClaims>& sentences);

/// Who speaks a run: the subject of its quotation verb ('…," Berg said'), or of the verb that
/// introduces it in its first sentence ('Berg said: "…'), when all of these are the same words;
/// null when the run names none or two. A speaker named inside the quotation ('"You will see
/// that C"') speaks only for their own clause.
const Argument* speakerOfRun(const std::vector<SentenceClaims>& sentences, const QuotationRun& run);

} // namespace kg::extract
