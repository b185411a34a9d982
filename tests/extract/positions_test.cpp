// Stances, proposals and document dates, on sentences written for these tests: the stance rules
// of extract/stance.h, proposals as nodes (extract/proposals.h) and each source of a
// document's date (extract/document_date.h).
#include "extract/document.h"
#include "extract/document_date.h"
#include "extract/pipeline.h"
#include "extract/stance.h"
#include "graph/fact_date.h"
#include "tests/extract/test_support.h"
#include "tests/support/temp_dir.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using graph::Stance;

TEST(Stance, ListedPredicatesTakeTheirListsStance) {
    EXPECT_EQ(stanceOf("back", false), Stance::Support);
    EXPECT_EQ(stanceOf("call for", false), Stance::Support);
    EXPECT_EQ(stanceOf("agree with", false), Stance::Support);
    EXPECT_EQ(stanceOf("reject", false), Stance::Oppose);
    EXPECT_EQ(stanceOf("rule out", false), Stance::Oppose);
    EXPECT_EQ(stanceOf("warn against", false), Stance::Oppose);
    EXPECT_EQ(stanceOf("disagree with", false), Stance::Oppose);
}

TEST(Stance, NegationTurnsTheStanceRound) {
    EXPECT_EQ(stanceOf("back", true), Stance::Oppose);
    EXPECT_EQ(stanceOf("reject", true), Stance::Support);
    EXPECT_EQ(stanceOf("back", true, "will"), Stance::Oppose);
    // Not trying to block says nothing of a position.
    EXPECT_EQ(stanceOf("block", true, "attempt to"), Stance::Neutral);
    EXPECT_EQ(stanceOf("block", false, "attempt to"), Stance::Oppose);
}

TEST(Stance, OtherPredicatesAreNeutral) {
    EXPECT_EQ(stanceOf("visit", false), Stance::Neutral);
    EXPECT_EQ(stanceOf("visit", true), Stance::Neutral);
    EXPECT_EQ(stanceOf("call", false), Stance::Neutral); // a call is not a call for
    EXPECT_EQ(stanceOf("", false), Stance::Neutral);
}

TEST(Stance, WordNetSynonymsWithTheSameFirstSenseJoin) {
    // "indorse" shares the first sense of the listed "endorse"; "knock" is a synonym of
    // "criticize" in one sense, but its first sense is striking.
    EXPECT_EQ(stanceOf("indorse", false), Stance::Support);
    EXPECT_EQ(stanceOf("knock", false), Stance::Neutral);
}

// Each fact of `text` as "subject | predicate | object {stance} ObjectType".
std::vector<std::string> positionsOf(const std::string& text) {
    ExtractOptions options;
    Extractor extractor(options);
    std::vector<std::string> lines;
    for (const graph::FactRecord& r : extractFacts(extractor, {doc("a", text)}).facts)
        lines.push_back(describe(r) + " {" + std::string(graph::stanceName(r.stance)) + "} " +
                        std::string(graph::entityTypeName(r.object.type)));
    return lines;
}

using Lines = std::vector<std::string>;

TEST(Stance, ExtractedFactsCarryIt) {
    EXPECT_EQ(positionsOf("The fishermen's union backed the harbour plan."),
              Lines{"fishermen's union | back | harbour plan {support} Proposal"});
    EXPECT_EQ(positionsOf("The fishermen's union did not back the harbour plan."),
              Lines{"fishermen's union | back | harbour plan [neg] {oppose} Proposal"});
    EXPECT_EQ(positionsOf("The mayor rejected the toll."),
              Lines{"mayor | reject | toll {oppose} Other"});
    EXPECT_EQ(positionsOf("The mayor visited the harbour."),
              Lines{"mayor | visit | harbour {neutral} Place"});
}

TEST(Stance, ANounOfStanceStatedByItsHolderGivesTheStance) {
    EXPECT_EQ(positionsOf("The ferry union strengthened its resistance to the harbour sale."),
              (Lines{"ferry union | strengthen | resistance to the harbour sale {neutral} Other",
                     "ferry union | resist | harbour sale {oppose} Other"}));
    EXPECT_EQ(positionsOf("The mayor voiced strong support for the rail plan."),
              (Lines{"mayor | voice | strong support for the rail plan {neutral} Other",
                     "mayor | support | rail plan {support} Proposal"}));
    // Overcoming a resistance says nothing of one's own position.
    EXPECT_EQ(positionsOf("The mayor overcame the resistance to the new bridge."),
              Lines{"mayor | overcome | resistance to the new bridge {neutral} Other"});
}

TEST(Proposal, AProposalAndItsAuthorMeetTheirCriticAtOneNode) {
    EXPECT_EQ(positionsOf("Ingrid Sand proposed a night ferry on Friday. Tomas Berg rejected this "
                          "proposal."),
              (Lines{"Ingrid Sand | propose | night ferry [time=on Friday] {support} Other",
                     "Ingrid Sand | propose | Ingrid Sand's proposal {support} Proposal",
                     "Tomas Berg | reject | Ingrid Sand's proposal {oppose} Proposal"}));
}

TEST(DocumentDate, WrittenDates) {
    EXPECT_EQ(parseWrittenDate("2024-11-05"), "2024-11-05");
    EXPECT_EQ(parseWrittenDate("November 5, 2024"), "2024-11-05");
    EXPECT_EQ(parseWrittenDate("Nov. 5 2024"), "2024-11-05");
    EXPECT_EQ(parseWrittenDate("5 November 2024"), "2024-11-05");
    EXPECT_EQ(parseWrittenDate("Tuesday, 5 November 2024, 09:14 GMT"), "2024-11-05");
    EXPECT_EQ(parseWrittenDate("November 31, 2024"), "");
    EXPECT_EQ(parseWrittenDate("November 2024"), "");
    EXPECT_EQ(parseWrittenDate("next Tuesday"), "");
    EXPECT_EQ(parseWrittenDate("The vote on November 5, 2024 was close"), "");
}

TEST(DocumentDate, FromTheArticlesDateLine) {
    EXPECT_EQ(dateInText("Ferry strike ends\nPublished 3 March 2023\n\nThe strike ended."),
              "2023-03-03");
    EXPECT_EQ(dateInText("OSLO, March 3, 2023 - The ferry strike ended on Friday."), "2023-03-03");
    EXPECT_EQ(dateInText("Ferry strike ends\nFriday, March 3, 2023\nThe strike ended."),
              "2023-03-03");
    EXPECT_EQ(dateInText("Strikers leave the quay in Bergen, Norway March 2, 2023. "
                         "(Photo/Kari Dahl)\nThe strike ended."),
              "2023-03-02");
    // The publication line wins over an update line and over a caption.
    EXPECT_EQ(dateInText("Updated 4 March 2023\nPublished 3 March 2023\nThe strike ended."),
              "2023-03-03");
    // A date in running text is no date line.
    EXPECT_EQ(dateInText("The strike that began on March 1, 2023 ended after two days."), "");
    EXPECT_EQ(dateInText(""), "");
}

TEST(DocumentDate, EachSourceInItsOrder) {
    kg::testing::TempDir dir;
    const std::filesystem::path dated = dir / "dated.txt";
    const std::filesystem::path plain = dir / "plain.txt";
    kg::testing::writeFile(dated, "Published 3 March 2023\nThe strike ended.\n");
    kg::testing::writeFile(plain, "The strike ended.\n");
    EXPECT_EQ(readDocumentFile(dated).date, "2023-03-03");
    EXPECT_EQ(readDocumentFile(dated, "2023-05-01").date, "2023-05-01"); // --date wins
    EXPECT_EQ(readDocumentFile(plain).date, fileModifiedDate(plain));
    EXPECT_TRUE(fileModifiedDate(plain).ends_with(" (file modified)"));
    EXPECT_EQ(graph::isoDay(fileModifiedDate(plain)).size(), 10u);
    // A record's own date wins over --date and is written as an ISO day when it is a date.
    EXPECT_EQ(parseDocumentJson(R"({"text":"Published 3 March 2023\nIt ended.",)"
                                R"("date":"March 9, 2023"})",
                                "t", "t", "2023-05-01")
                  .date,
              "2023-03-09");
    EXPECT_EQ(
        parseDocumentJson(R"({"text":"Published 3 March 2023\nIt ended."})", "t", "t", "2023-05-01")
            .date,
        "2023-05-01");
    EXPECT_EQ(parseDocumentJson(R"({"text":"Published 3 March 2023\nIt ended."})", "t", "t").date,
              "2023-03-03");
    EXPECT_EQ(parseDocumentJson(R"({"text":"It ended.","date":"spring"})", "t", "t").date,
              "spring");
}

} // namespace
} // namespace kg::extract::test
