#include "graph/io/fact_record_json.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

FactRecord fullRecord() {
    FactRecord r;
    r.subject = {"Mark Rutte", EntityType::Person, {"Rutte", "NATO chief"}};
    r.predicate = "disagree with";
    r.surface = "disagreed with";
    r.object = {"Manfred Weber", EntityType::Person, {}};
    r.negated = true;
    r.modality = "could";
    r.attributedTo = "Marco Rubio";
    r.attributedType = EntityType::Person;
    r.time = "by 2029";
    r.quantity = "5% of GDP";
    r.place = "Brussels";
    r.confidence = 0.8f;
    r.doc = "news/1.txt";
    r.sentence = 4;
    r.begin = 100;
    r.end = 160;
    r.text = "He said \"no\"\tthen left.";
    r.date = "2025-06-01";
    r.source = "Example News";
    return r;
}

void expectSameRecord(const FactRecord& a, const FactRecord& b) {
    EXPECT_EQ(a.subject.name, b.subject.name);
    EXPECT_EQ(a.subject.type, b.subject.type);
    EXPECT_EQ(a.subject.aliases, b.subject.aliases);
    EXPECT_EQ(a.predicate, b.predicate);
    EXPECT_EQ(a.surface, b.surface);
    EXPECT_EQ(a.object.name, b.object.name);
    EXPECT_EQ(a.object.type, b.object.type);
    EXPECT_EQ(a.object.aliases, b.object.aliases);
    EXPECT_EQ(a.negated, b.negated);
    EXPECT_EQ(a.modality, b.modality);
    EXPECT_EQ(a.attributedTo, b.attributedTo);
    EXPECT_EQ(a.attributedType, b.attributedType);
    EXPECT_EQ(a.time, b.time);
    EXPECT_EQ(a.quantity, b.quantity);
    EXPECT_EQ(a.place, b.place);
    EXPECT_EQ(a.confidence, b.confidence);
    EXPECT_EQ(a.doc, b.doc);
    EXPECT_EQ(a.sentence, b.sentence);
    EXPECT_EQ(a.begin, b.begin);
    EXPECT_EQ(a.end, b.end);
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.source, b.source);
}

TEST(FactRecordJson, WritesEveryKeyInSchemaOrder) {
    EXPECT_EQ(factRecordToJson(fullRecord()),
              R"({"subject":"Mark Rutte","subject_type":"Person","subject_aliases":["Rutte",)"
              R"("NATO chief"],"predicate":"disagree with","surface":"disagreed with",)"
              R"("object":"Manfred Weber","object_type":"Person","negated":true,)"
              R"("modality":"could","attributed_to":"Marco Rubio","attributed_type":"Person",)"
              R"("time":"by 2029",)"
              R"("quantity":"5% of GDP","place":"Brussels","confidence":0.8,)"
              R"("doc":"news/1.txt","sentence":4,"span":[100,160],)"
              R"("text":"He said \"no\"\tthen left.","date":"2025-06-01",)"
              R"("source":"Example News"})");
}

TEST(FactRecordJson, LeavesDefaultsOut) {
    FactRecord r;
    r.subject = FactEntity{"A", EntityType::Other, {}};
    r.predicate = std::string("p");
    r.object = FactEntity{"B", EntityType::Other, {}};
    EXPECT_EQ(factRecordToJson(r), R"({"subject":"A","predicate":"p","object":"B"})");
}

TEST(FactRecordJson, RoundTripsExactly) {
    FactRecord r = fullRecord();
    expectSameRecord(parseFactRecord(factRecordToJson(r)), r);
    r.confidence = 0.123456789f;
    expectSameRecord(parseFactRecord(factRecordToJson(r)), r);
}

TEST(FactRecordJson, AppendsToExistingText) {
    std::string out = "x";
    appendFactRecordJson(fullRecord(), out);
    EXPECT_EQ(out.substr(0, 12), R"(x{"subject":)");
}

TEST(FactRecordJson, RejectsInvalidUtf8OnWrite) {
    FactRecord r = fullRecord();
    r.text = "bad \xff byte";
    EXPECT_THROW(factRecordToJson(r), std::invalid_argument);
}

TEST(FactRecordJson, NullMeansAbsent) {
    FactRecord r = parseFactRecord(R"({"subject":"A","predicate":"p","object":"B","time":null})");
    EXPECT_EQ(r.time, "");
}

std::string parseError(std::string_view json) {
    try {
        parseFactRecord(json);
    } catch (const RecordError& e) {
        std::string message = e.what();
        if (e.column() > 0)
            message.insert(0, "column " + std::to_string(e.column()) + ": ");
        return message;
    }
    return "parsed";
}

TEST(FactRecordJson, ExactErrors) {
    EXPECT_EQ(parseError(R"({"subject":"A","predicate":"p"})"), R"("object" is missing or empty)");
    EXPECT_EQ(parseError(R"({"subject":"","predicate":"p","object":"B"})"),
              R"("subject" is missing or empty)");
    EXPECT_EQ(parseError(R"({"subject":"A","predicate":"p","object":"B","colour":"red"})"),
              R"(unknown key "colour")");
    EXPECT_EQ(parseError(R"({"subject":"A","predicate":"p","object":"B","sentence":-1})"),
              R"("sentence" must be an integer from 0 to 4294967295)");
    EXPECT_EQ(parseError(R"({"subject":"A","predicate":"p","object":"B","confidence":2})"),
              R"("confidence" must be a number from 0 to 1)");
    EXPECT_EQ(parseError(R"({"subject":"A","predicate":"p","object":"B","span":[5,2]})"),
              R"("span" must be [begin, end] with begin <= end)");
    EXPECT_EQ(parseError(R"({"subject":"A","predicate":"p","object":"B","subject_type":"Cat"})"),
              R"("subject_type" must be one of Person, Organization, Place, Group, Quantity, )"
              R"(Date, Event, Document, Proposal, Other)");
    EXPECT_EQ(parseError(R"({"subject":"A","predicate":"p","object":"B","negated":"yes"})"),
              R"("negated" must be true or false)");
    EXPECT_EQ(parseError(R"(["subject"])"), "column 1: a record must be a JSON object");
    EXPECT_EQ(parseError(R"({"subject":"A",)"),
              "column 16: invalid JSON: Missing a name for object member.");
    EXPECT_EQ(parseError(""), "column 1: invalid JSON: The document is empty.");
    EXPECT_EQ(parseError(std::string(1 << 20, '[')),
              "column 1048577: invalid JSON: Invalid value.");
}

} // namespace
} // namespace kg::graph
