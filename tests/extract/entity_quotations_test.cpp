// Pronouns inside quotations: the speaker of a direct quotation calls themselves "I" and "we",
// so a quoted "he" is someone else, and a quoted "we" is the speaker or, when the speaker's title
// names one body, that body. On sentences written for these tests.
#include "extract/clause_reader.h"
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Facts = std::vector<std::string>;

TEST(Quotations, AQuotedHeIsNotTheSpeaker) {
    EXPECT_EQ(factsOf({doc("a", "Mr Holm has led the farmers' party since 2019.\n\n\"He supports "
                                "the treaty,\" Mr Berg told reporters.")}),
              (Facts{"Holm | lead | farmers' party [time=since 2019]",
                     "Holm | support | treaty [attr=Berg]", "Berg | tell | reporters"}));
    // With no one else to be, it stays unresolved: no fact rather than the speaker's.
    EXPECT_EQ(factsOf({doc("a", "\"He supports the treaty,\" Mr Berg told reporters.")}),
              (Facts{"Berg | tell | reporters"}));
}

TEST(Quotations, AReportedHeMayBeTheSpeaker) {
    // Indirect speech turns the speaker's "I" into "he": "Berg said he would sign" is Berg's own.
    EXPECT_EQ(factsOf({doc("a", "Mr Holm has led the farmers' party since 2019.\n\nMr Berg said he "
                                "would sign the treaty.")}),
              (Facts{"Holm | lead | farmers' party [time=since 2019]",
                     "Berg | sign | treaty [mod=would]"}));
}

TEST(Quotations, TheClaimRecordsWhetherItsVerbIsQuoted) {
    const auto quoted = [](const std::string& sentence) {
        std::vector<std::string> out;
        ParseResult result = sharedParser().parse(sentence);
        if (result.parse)
            for (const Claim& c : readClaims(*result.parse))
                out.push_back(c.predicate + (c.quoted ? " quoted" : ""));
        return out;
    };
    EXPECT_EQ(quoted("\"The ferry will run again,\" the mayor said."),
              (Facts{"run quoted", "say"}));
    // The end of a quotation opened in an earlier sentence.
    EXPECT_EQ(quoted("The ferry will run again,\" the mayor said."), (Facts{"run quoted", "say"}));
    EXPECT_EQ(quoted("The mayor said the ferry will run again."), (Facts{"say", "run"}));
}

TEST(Quotations, AQuotedWeIsTheBodyTheSpeakersTitleNames) {
    EXPECT_EQ(factsOf({doc("a", "NATO Secretary General Anna Berg visited Oslo on Monday.\n\n\"We "
                                "will open a new office,\" Berg told reporters.")}),
              (Facts{"Anna Berg | visit | Oslo [time=on Monday]",
                     "Anna Berg | has title | NATO Secretary General",
                     "NATO | open | new office [mod=will] [attr=Anna Berg]",
                     "Anna Berg | tell | reporters"}));
    // A title that names no body leaves "we" the speaker's own.
    EXPECT_EQ(factsOf({doc("a", "Mayor Anna Berg visited Oslo on Monday.\n\n\"We will open a new "
                                "office,\" Berg told reporters.")}),
              (Facts{"Anna Berg | visit | Oslo [time=on Monday]", "Anna Berg | has title | Mayor",
                     "Anna Berg | open | new office [mod=will]", "Anna Berg | tell | reporters"}));
}

} // namespace
} // namespace kg::extract::test
