#include "tests/extract/test_support.h"

#include "extract/clause_reader.h"
#include "extract/pipeline.h"
#include "extract/record_format.h"

namespace kg::extract::test {

LinkParser& sharedParser() {
    static LinkDictionary dictionary;
    static LinkParser parser(dictionary);
    return parser;
}

std::string carbOf(const std::string& sentence) {
    ParseResult result = sharedParser().parse(sentence);
    SentenceClaims claims;
    if (result.parse)
        claims.claims = readClaims(*result.parse);
    std::string out;
    appendCarbLines(sentence, claims, out);
    return out;
}

testing::AssertionResult carbHas(const std::string& sentence, const std::string& tuple) {
    const std::string lines = carbOf(sentence);
    if (lines.find(tuple) != std::string::npos)
        return testing::AssertionSuccess();
    return testing::AssertionFailure() << "no " << testing::PrintToString(tuple) << " in\n"
                                       << lines;
}

std::vector<std::string> claimsOf(const std::string& sentence) {
    ParseResult result = sharedParser().parse(sentence);
    std::vector<std::string> out;
    if (!result.parse)
        return out;
    for (const Claim& c : readClaims(*result.parse)) {
        // The claims the graph can hold; nominal and clausal ones are for CaRB only.
        if (!c.object.valid() || c.kind == ClaimKind::Nominal || c.clausalObject)
            continue;
        std::string line = c.subject.name + " | " + c.predicate + " | " + c.object.name;
        if (c.passive)
            line += " [passive]";
        if (c.negated)
            line += " [neg]";
        if (!c.modality.empty())
            line += " [mod=" + c.modality + "]";
        if (c.speakerArgument.valid())
            line += " [by=" + c.speakerArgument.name + "]";
        for (const Modifier& m : c.modifiers) {
            if (m.role == Modifier::Role::Time)
                line += " [time=" + m.text() + "]";
            else if (m.role == Modifier::Role::Quantity)
                line += " [qty=" + m.argument.text + "]";
            else if (m.role == Modifier::Role::Place)
                line += " [place=" + m.text() + "]";
        }
        out.push_back(line);
    }
    return out;
}

std::string describe(const graph::FactRecord& r) {
    std::string line = r.subject.name + " | " + r.predicate + " | " + r.object.name;
    if (r.negated)
        line += " [neg]";
    if (!r.modality.empty())
        line += " [mod=" + r.modality + "]";
    if (!r.attributedTo.empty())
        line += " [attr=" + r.attributedTo + "]";
    if (!r.time.empty())
        line += " [time=" + r.time + "]";
    if (!r.quantity.empty())
        line += " [qty=" + r.quantity + "]";
    if (!r.place.empty())
        line += " [place=" + r.place + "]";
    return line;
}

std::vector<std::string> factsOf(const std::vector<Document>& documents, unsigned threads) {
    ExtractOptions options;
    options.threads = threads;
    Extractor extractor(options);
    std::vector<std::string> out;
    for (const graph::FactRecord& r : extractFacts(extractor, documents).facts)
        out.push_back(describe(r));
    return out;
}

} // namespace kg::extract::test
