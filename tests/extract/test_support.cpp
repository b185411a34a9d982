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

ParsedSentence linkage(float cost, const std::vector<std::string>& words,
                       const std::vector<Link>& links) {
    ParsedSentence parse;
    parse.disjunctCost = cost;
    for (const std::string& w : words) {
        Word word;
        const auto dot = w.find('.');
        word.text = w.substr(0, dot);
        if (dot != std::string::npos)
            word.subscript = w.substr(dot + 1);
        word.begin = static_cast<std::uint32_t>(parse.text.size());
        parse.text += word.text + ' ';
        word.end = word.begin + static_cast<std::uint32_t>(word.text.size());
        word.isWall = word.text == "LEFT-WALL" || word.text == "RIGHT-WALL";
        parse.words.push_back(word);
    }
    parse.links = links;
    parse.indexLinks();
    return parse;
}

namespace {

// The claims of one parse the graph can hold; nominal and clausal ones, and the ones the
// sentence does not assert, are for CaRB only.
std::vector<Claim> graphClaimsOf(const ParsedSentence& parse) {
    std::vector<Claim> out;
    for (Claim& c : readClaims(parse))
        if (c.object.valid() && c.kind != ClaimKind::Nominal && !c.clausalObject && c.asserted)
            out.push_back(std::move(c));
    return out;
}

std::vector<Claim> graphClaimsOf(const std::string& sentence) {
    ParseResult result = sharedParser().parse(sentence);
    return result.parse ? graphClaimsOf(*result.parse) : std::vector<Claim>{};
}

std::vector<std::string> rendered(const std::vector<Claim>& claims) {
    std::vector<std::string> out;
    for (const Claim& c : claims) {
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

} // namespace

std::vector<std::string> surfacesOf(const std::string& sentence) {
    std::vector<std::string> out;
    for (const Claim& c : graphClaimsOf(sentence))
        out.push_back(c.surface);
    return out;
}

std::vector<std::string> claimsOf(const std::string& sentence) {
    return rendered(graphClaimsOf(sentence));
}

std::vector<std::string> claimsOf(const ParsedSentence& parse) {
    return rendered(graphClaimsOf(parse));
}

Document doc(std::string id, std::string text) {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    return d;
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

std::vector<std::string> factsOf(const std::vector<Document>& documents, unsigned jobs) {
    ExtractOptions options;
    options.jobs = jobs;
    options.minConfidence = 0; // every fact: the tests pin what is extracted, not what is kept
    Extractor extractor(options);
    std::vector<std::string> out;
    for (const graph::FactRecord& r : extractFacts(extractor, documents).facts)
        out.push_back(describe(r));
    return out;
}

namespace {

std::string entityOf(const graph::FactEntity& e) {
    std::string out = e.name + " (" + std::string(graph::entityTypeName(e.type)) + ")";
    if (!e.aliases.empty()) {
        out += " [";
        for (std::size_t i = 0; i < e.aliases.size(); ++i)
            out += (i == 0 ? "" : ", ") + e.aliases[i];
        out += "]";
    }
    return out;
}

} // namespace

std::vector<std::string> entitiesOf(const std::vector<Document>& documents) {
    ExtractOptions options;
    Extractor extractor(options);
    std::vector<std::string> out;
    for (const graph::FactRecord& r : extractFacts(extractor, documents).facts)
        out.push_back(entityOf(r.subject) + " | " + r.predicate + " | " + entityOf(r.object));
    return out;
}

} // namespace kg::extract::test
