// A fact's confidence after resolution: the factors for what the resolved arguments show.
#include "extract/fact_confidence.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

TEST(FactConfidence, ANamedSubjectAndAFullObjectKeepTheClaimsConfidence) {
    EXPECT_FLOAT_EQ(
        resolvedConfidence(
            0.5f, {.namedSubject = true, .objectName = "new housing plan", .hedged = false}),
        0.5f);
}

TEST(FactConfidence, ADescribedSubjectAShortObjectAndAHedgeEachLowerIt) {
    const float full = 0.5f;
    EXPECT_FLOAT_EQ(
        resolvedConfidence(
            full, {.namedSubject = false, .objectName = "new housing plan", .hedged = false}),
        full * 0.6f);
    EXPECT_FLOAT_EQ(
        resolvedConfidence(full, {.namedSubject = true, .objectName = "plan", .hedged = false}),
        full * 0.75f);
    EXPECT_FLOAT_EQ(
        resolvedConfidence(full,
                           {.namedSubject = true, .objectName = "housing plan", .hedged = false}),
        full * 0.85f);
    EXPECT_FLOAT_EQ(
        resolvedConfidence(
            full, {.namedSubject = true, .objectName = "new housing plan", .hedged = true}),
        full * 0.85f);
}

TEST(FactConfidence, ATitleIsNoObjectThatLostItsComplement) {
    EXPECT_FLOAT_EQ(
        resolvedConfidence(
            0.5f,
            {.namedSubject = true, .objectName = "Mayor", .objectIsTitle = true, .hedged = false}),
        0.5f);
}

TEST(FactConfidence, QuotedWordsWithoutASpeakerLowerIt) {
    EXPECT_FLOAT_EQ(resolvedConfidence(0.5f, {.namedSubject = true,
                                              .objectName = "new housing plan",
                                              .hedged = false,
                                              .unattributedQuote = true}),
                    0.5f * 0.8f);
}

TEST(FactConfidence, AStorysNumberIsNoWordOfTheName) {
    EXPECT_FLOAT_EQ(
        resolvedConfidence(0.5f, {.namedSubject = true, .objectName = "deal (2)", .hedged = false}),
        0.5f * 0.75f);
}

TEST(FactConfidence, StaysWithinItsBounds) {
    EXPECT_FLOAT_EQ(
        resolvedConfidence(0.02f, {.namedSubject = false, .objectName = "it", .hedged = true}),
        0.01f);
    EXPECT_FLOAT_EQ(
        resolvedConfidence(
            1.5f, {.namedSubject = true, .objectName = "new housing plan", .hedged = false}),
        0.99f);
}

} // namespace
} // namespace kg::extract::test
