// -j N's parsing processes: a sentence's claims come back through the socket whole and in order,
// and a worker that dies ends the run with one line, never a hang.
#include "extract/claims_json.h"
#include "extract/claims_wire.h"
#include "extract/extractor.h"
#include "tests/extract/test_support.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <regex>

namespace kg::extract {
namespace {

Argument argument(std::string name, std::uint16_t first) {
    Argument a;
    a.head = first + 1;
    a.first = first;
    a.last = static_cast<std::uint16_t>(first + 2);
    a.textLast = static_cast<std::uint16_t>(first + 4);
    a.text = "the " + name + " which grew";
    a.name = std::move(name);
    a.title = "Chief Engineer";
    a.kind = MentionKind::Name;
    a.typeHint = "Person";
    a.plural = true;
    a.gender = 'f';
    a.entity = false;
    return a;
}

// A claim whose every field differs from its default.
SentenceOutcome fullOutcome() {
    Claim c;
    c.kind = ClaimKind::Apposition;
    c.subject = argument("Ines Ferreira", 1);
    c.object = argument("harbour authority", 6);
    c.relation = "did not plan to leave";
    c.predicate = "leave";
    c.surface = "leave";
    c.passive = true;
    c.negated = true;
    c.modality = "plan to";
    c.speakerArgument = argument("spokesman", 12);
    c.reporting = true;
    c.clausalObject = true;
    c.asserted = false;
    c.quoted = true;
    Modifier m;
    m.preposition = "as early as";
    m.argument = argument("March", 9);
    m.role = Modifier::Role::Time;
    m.prepositionFirst = 7;
    m.prepositionLast = 8;
    m.coordination = 11;
    m.opener = true;
    c.modifiers = {m, m};
    c.confidence = 0.4375f;
    SentenceOutcome outcome;
    outcome.claims = {c, Claim{}};
    outcome.stats.sentences = 1;
    outcome.stats.parsed = 1;
    outcome.stats.overBudget = 2;
    outcome.stats.parserCpuSeconds = 0.125;
    outcome.budgetSpent = 0.25;
    return outcome;
}

std::string bytesOf(const SentenceOutcome& outcome) {
    std::string bytes;
    WireWriter out(bytes);
    writeOutcome(out, outcome);
    return bytes;
}

// The claims as the claim record writes them, every field by name.
std::string recordOf(const std::vector<Claim>& claims) {
    DocumentClaims document;
    document.id = "wire";
    document.sentences.resize(1);
    document.sentences[0].claims = claims;
    std::string out;
    appendClaimsRecord(document, out);
    return out;
}

TEST(ClaimsWire, EveryFieldOfAClaimSurvivesTheTrip) {
    const std::string bytes = bytesOf(fullOutcome());
    WireReader in(bytes);
    const SentenceOutcome back = readOutcome(in);
    EXPECT_TRUE(in.atEnd());
    // Encoding what was decoded gives the same bytes, and the claim record, which names every
    // field, reads the same: a field the encoding left out would be lost here.
    EXPECT_EQ(bytesOf(back), bytes);
    EXPECT_EQ(recordOf(back.claims), recordOf(fullOutcome().claims));
    ASSERT_EQ(back.claims.size(), 2u);
    EXPECT_EQ(back.claims[0].subject.name, "Ines Ferreira");
    EXPECT_EQ(back.claims[0].modifiers[1].preposition, "as early as");
    EXPECT_EQ(back.claims[0].speakerArgument.gender, 'f');
    EXPECT_TRUE(back.claims[0].quoted);
    EXPECT_EQ(back.stats.overBudget, 2u);
    EXPECT_EQ(back.budgetSpent, 0.25);
}

TEST(ClaimsWire, AMessageCutShortIsAnError) {
    std::string bytes = bytesOf(fullOutcome());
    bytes.pop_back();
    WireReader in(bytes);
    EXPECT_THROW(readOutcome(in), WireError);
    // A count of claims larger than the message is not trusted either.
    const std::string huge("\xff\xff\xff\x7f", 4);
    WireReader count(huge);
    EXPECT_THROW(readOutcome(count), WireError);
}

std::vector<Document> corpus() {
    return {test::doc("d1", "The mayor of Lindenfeld opened a new library on Tuesday. She said the "
                            "city would build two more schools. The council approved the plan."),
            test::doc("d2", ""),
            test::doc("d3", "Acme Robotics hired three hundred engineers in Porto. The company "
                            "expects its sales to double.")};
}

std::string claimRecords(Extractor& extractor) {
    const std::vector<Document> documents = corpus();
    std::string out;
    for (const DocumentClaims& document :
         extractor.readAll(documents.size(), [&](std::size_t i) { return documents[i]; })) {
        appendClaimsRecord(document, out);
        out += '\n';
    }
    return out;
}

Extractor& oneProcess() {
    static Extractor extractor(ExtractOptions{});
    return extractor;
}

ExtractOptions twoJobs() {
    ExtractOptions options;
    options.jobs = 2;
    return options;
}

// What follows parsing (resolution, output) gets each document complete, in input order.
TEST(ParseWorkers, EachDocumentIsPassedOnCompleteAndInInputOrder) {
    const std::string expected = claimRecords(oneProcess());
    Extractor two(twoJobs());
    const std::vector<Document> documents = corpus();
    std::string passedOn;
    two.readAll(
        documents.size(), [&](std::size_t i) { return documents[i]; }, {},
        [&](const DocumentClaims& document) {
            appendClaimsRecord(document, passedOn);
            passedOn += '\n';
        });
    EXPECT_EQ(passedOn, expected);
}

TEST(ParseWorkers, TwoWorkersGiveTheClaimsOfOneProcess) {
    const std::string expected = claimRecords(oneProcess());
    ASSERT_NE(expected.find("Lindenfeld"), std::string::npos) << expected;
    Extractor two(twoJobs());
    EXPECT_EQ(claimRecords(two), expected);
    EXPECT_EQ(claimRecords(two), expected) << "the same workers, a second run";
}

TEST(ParseWorkers, AWorkerKilledMidRunEndsItWithOneLine) {
    Extractor two(twoJobs());
    ::setenv(kDieAfterSentencesVariable, "1", 1);
    try {
        claimRecords(two);
        ADD_FAILURE() << "the run went on without its worker";
    } catch (const ParseWorkerError& e) {
        EXPECT_TRUE(std::regex_match(e.what(),
                                     std::regex("a parsing worker \\(process [0-9]+\\) was killed "
                                                "by signal 9 \\(Killed\\) while parsing sentence "
                                                "[1-3] of d[13]")))
            << e.what();
    }
    ::unsetenv(kDieAfterSentencesVariable);
    // The next run forks new workers.
    EXPECT_EQ(claimRecords(two), claimRecords(oneProcess()));
}

} // namespace
} // namespace kg::extract
