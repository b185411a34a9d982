// The output formats other than JSON Lines: TSV for `kg import`, CaRB's tabbed format.
#include "extract/record_format.h"
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

TEST(RecordFormat, TsvHasTheImportKeysAndNoStrayTabs) {
    graph::FactRecord r;
    r.subject = {"Anna Berg", graph::EntityType::Person, {"Berg"}};
    r.predicate = "open";
    r.surface = "opened";
    r.object = {"bridge", graph::EntityType::Other, {}};
    r.negated = true;
    r.modality = "will";
    r.attributedTo = "city";
    r.time = "on\tMonday";
    r.confidence = 0.5f;
    r.doc = "a.txt";
    r.sentence = 3;
    EXPECT_EQ(factRecordToTsv(r),
              "Anna Berg\topen\tbridge\tsubject_type=Person\tobject_type=Other\tsurface=opened"
              "\tnegated=true\tmodality=will\tattributed_to=city\ttime=on Monday"
              "\tconfidence=0.500\tdoc=a.txt\tsentence=3");
}

TEST(RecordFormat, CarbLinesForVerbalNominalAdjectivalAndClausalClaims) {
    EXPECT_EQ(carbOf("The mayor said that the city would sell the old stadium."),
              "The mayor said that the city would sell the old stadium.\t0.6304\tsaid that\t"
              "The mayor\tthe city would sell the old stadium\n"
              "The mayor said that the city would sell the old stadium.\t0.7274\twould sell\t"
              "the city\tthe old stadium\n"
              "The mayor said that the city would sell the old stadium.\t0.0388\tbe\t"
              "the stadium\told\n");
    EXPECT_EQ(carbOf("The museum's director sold a painting."),
              "The museum's director sold a painting.\t0.7095\tsold\tThe museum's director\t"
              "a painting\n"
              "The museum's director sold a painting.\t0.1419\thas\tThe museum\tdirector\n");
}

} // namespace
} // namespace kg::extract::test
