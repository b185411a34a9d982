#pragma once
// A fact's confidence once its entities are resolved. The claim's confidence judges the parse;
// what the resolver learns about the arguments says more about whether the fact is right: facts
// judged by hand (bench/RESULTS.md, "Confidence recalibrated") are right about twice as often
// when the subject is a named entity as when it is only a description, and more often when the
// object is a phrase of three or more words (a one-word object has usually lost its complement)
// and when nothing hedges the fact. Words inside quotation marks with no speaker found are
// someone's claim read as the narrator's, and are right less often.
#include <string_view>

namespace kg::extract {

struct ResolvedArguments {
    bool namedSubject = false; ///< the subject resolved to a named entity
    std::string_view objectName;
    bool objectIsTitle = false;     ///< a title, whole as written, has no complement to lose
    bool hedged = false;            ///< the fact carries a modality
    bool unattributedQuote = false; ///< quoted words whose speaker was not found
};

/// The claim's confidence scaled by what the resolved arguments show, in [0.01, 0.99].
float resolvedConfidence(float claimConfidence, const ResolvedArguments& arguments);

} // namespace kg::extract
