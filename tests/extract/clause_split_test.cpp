// Clauses read apart when the whole sentence parses badly (extract/clause_split.h).
#include "extract/clause_split.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

using Pieces = std::vector<std::string>;

TEST(ClauseSplit, AtACommaBeforeALinkingWordAndASubject) {
    EXPECT_EQ(splitClauses("The bank kept its rate, even as its governors warned of inflation."),
              (Pieces{"The bank kept its rate.", "its governors warned of inflation."}));
    EXPECT_EQ(splitClauses("The club sold its striker, but together they won the cup."),
              (Pieces{"The club sold its striker.", "together they won the cup."}));
    EXPECT_EQ(splitClauses("The port closed; he's sure it will open again, while Berg is not."),
              (Pieces{"The port closed.", "he's sure it will open again.", "Berg is not."}));
}

TEST(ClauseSplit, NeverWhereTheClauseSharesItsSubjectOrHasACondition) {
    // "but would step down": no subject of its own.
    EXPECT_EQ(splitClauses("Berg will not resign, but would step down if the board asked."),
              Pieces{});
    // "if" is no linking word: its clause would lose its condition.
    EXPECT_EQ(splitClauses("The bank will cut rates, if inflation falls."), Pieces{});
    EXPECT_EQ(splitClauses("The bank cut rates."), Pieces{});
    EXPECT_EQ(splitClauses(""), Pieces{});
}

} // namespace
} // namespace kg::extract
