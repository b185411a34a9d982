// Every output format, exactly.
#include "query/result_format.h"
#include "tests/query/fixture.h"

#include <cmath>
#include <gtest/gtest.h>

namespace kg::query {
namespace {

const graph::KnowledgeGraph& fixture() {
    static const graph::KnowledgeGraph g = testing::makeFixtureGraph();
    return g;
}

QueryResult sample() {
    QueryResult r;
    r.columns = {"name", "n", "tags"};
    r.rows.push_back({Value("Mark Rutte"), Value(3), Value(ValueList{Value("a"), Value(1.5)})});
    r.rows.push_back({Value("a,b \"q\"\tx"), Value(), Value(true)});
    return r;
}

TEST(ResultFormat, TableAlignsNumbersRightAndSpellsOutNull) {
    EXPECT_EQ(formatResult(fixture(), sample(), OutputFormat::Table),
              " name       | n    | tags\n"
              "------------+------+------------\n"
              " Mark Rutte |    3 | [\"a\", 1.5]\n"
              " a,b \"q\" x  | null | true\n"
              "(2 rows)\n");
    QueryResult empty;
    empty.columns = {"s"};
    empty.rows.push_back({Value("")});
    empty.rows.push_back({Value()});
    EXPECT_EQ(formatResult(fixture(), empty, OutputFormat::Table),
              " s\n------\n \n null\n(2 rows)\n");
}

TEST(ResultFormat, TableFitsTheGivenWidth) {
    QueryResult r;
    r.columns = {"s"};
    r.rows.push_back({Value("abcdefghij")});
    FormatOptions o;
    o.maxWidth = 7;
    o.rowCount = false;
    EXPECT_EQ(formatResult(fixture(), r, OutputFormat::Table, o),
              " s\n-------\n abcd\xe2\x80\xa6\n");
}

TEST(ResultFormat, Markdown) {
    EXPECT_EQ(formatResult(fixture(), sample(), OutputFormat::Markdown),
              "| name | n | tags |\n"
              "| --- | ---: | --- |\n"
              "| Mark Rutte | 3 | [\"a\", 1.5] |\n"
              "| a,b \"q\" x | null | true |\n");
    QueryResult pipes;
    pipes.columns = {"a|b"};
    pipes.rows.push_back({Value("x|y\\z")});
    EXPECT_EQ(formatResult(fixture(), pipes, OutputFormat::Markdown),
              "| a\\|b |\n| --- |\n| x\\|y\\\\z |\n");
}

TEST(ResultFormat, LineModeGivesOneLinePerCell) {
    EXPECT_EQ(formatResult(fixture(), sample(), OutputFormat::Line), "name = Mark Rutte\n"
                                                                     "   n = 3\n"
                                                                     "tags = [\"a\", 1.5]\n"
                                                                     "\n"
                                                                     "name = a,b \"q\" x\n"
                                                                     "   n = null\n"
                                                                     "tags = true\n"
                                                                     "(2 rows)\n");
}

TEST(ResultFormat, Json) {
    EXPECT_EQ(formatResult(fixture(), sample(), OutputFormat::Json),
              "[\n{\"name\":\"Mark Rutte\",\"n\":3,\"tags\":[\"a\",1.5]},\n"
              "{\"name\":\"a,b \\\"q\\\"\\tx\",\"n\":null,\"tags\":true}\n]\n");
    QueryResult empty;
    empty.columns = {"x"};
    EXPECT_EQ(formatResult(fixture(), empty, OutputFormat::Json), "[]\n");
}

TEST(ResultFormat, Jsonl) {
    EXPECT_EQ(formatResult(fixture(), sample(), OutputFormat::Jsonl),
              "{\"name\":\"Mark Rutte\",\"n\":3,\"tags\":[\"a\",1.5]}\n"
              "{\"name\":\"a,b \\\"q\\\"\\tx\",\"n\":null,\"tags\":true}\n");
}

TEST(ResultFormat, Csv) {
    EXPECT_EQ(formatResult(fixture(), sample(), OutputFormat::Csv),
              "name,n,tags\nMark Rutte,3,\"[\"\"a\"\", 1.5]\"\n\"a,b \"\"q\"\"\tx\",,true\n");
}

TEST(ResultFormat, Tsv) {
    EXPECT_EQ(formatResult(fixture(), sample(), OutputFormat::Tsv),
              "name\tn\ttags\nMark Rutte\t3\t[\"a\", 1.5]\na,b \"q\"\\tx\t\ttrue\n");
}

TEST(ResultFormat, JsonIsValidForAnyString) {
    std::string bad = "a\x01\xff\xc3(b\xe2\x82";
    EXPECT_EQ(jsonValue(fixture(), Value(bad)),
              "\"a\\u0001\xEF\xBF\xBD\xEF\xBF\xBD(b\xEF\xBF\xBD\xEF\xBF\xBD\"");
    EXPECT_EQ(jsonValue(fixture(), Value(std::nan(""))), "null");
    EXPECT_EQ(jsonValue(fixture(), Value("é€😀")), "\"é€😀\"");
}

TEST(ResultFormat, GraphValuesInJson) {
    EXPECT_EQ(jsonValue(fixture(), Value(NodeRef{0})),
              "{\"kind\":\"node\",\"id\":0,\"name\":\"Mark Rutte\",\"type\":\"Person\"}");
    EXPECT_EQ(jsonValue(fixture(), Value(RelationshipRef{3})),
              "{\"kind\":\"relationship\",\"id\":3,\"predicate\":\"leave\",\"source\":{\"kind\":"
              "\"node\",\"id\":6,\"name\":\"United States\",\"type\":\"Place\"},\"target\":{"
              "\"kind\":\"node\",\"id\":2,\"name\":\"NATO\",\"type\":\"Organization\"},"
              "\"negated\":true,\"modality\":\"plan to\",\"attributed_to\":\"Marco Rubio\","
              "\"confidence\":1,\"support\":1}");
}

TEST(ResultFormat, FormatNames) {
    EXPECT_EQ(parseOutputFormat("JSONL"), OutputFormat::Jsonl);
    EXPECT_EQ(parseOutputFormat("xml"), std::nullopt);
    EXPECT_EQ(outputFormatName(OutputFormat::Tsv), "tsv");
}

} // namespace
} // namespace kg::query
