#pragma once
// A fact's confidence once its entities are resolved. The claim's confidence judges the parse;
// what the resolver learns about the arguments says more about whether the fact is right: facts
// judged by hand (bench/RESULTS.md, "Confidence recalibrated") are right about twice as often
// when the subject is a named entity as when it is only a description, and more often when the
// object is a phrase of three or more words (a one-word object has usually lost its complement)
// and when nothing hedges the fact.
#include <string_view>

namespace kg::extract {

struct ResolvedArguments {
    bool namedSubject = false; ///< the subject resolved to a named entity
    std::string_view objectName;
    bool hedged = false; ///< the fact carries a modality
};

/// The claim's confidence scaled by what the resolved arguments show, in [0.01, 0.99].
float resolvedConfidence(float claimConfidence, const ResolvedArguments& arguments);

} // namespace kg::extract
