#include "extract/sentence_reader.h"

#include "base/utf8.h"
#include "extract/clause_split.h"
#include "extract/layout.h"
#include "extract/quote_marks.h"
#include "extract/reading_choice.h"
#include "extract/sentence_splitter.h"

#include <chrono>
#include <ctime>

namespace kg::extract {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The parser's budget is CPU time, as link-grammar's own limit is: other processes on the
// machine do not eat into it.
double threadCpuSeconds() {
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

bool startsWithQuote(std::string_view s) {
    const QuoteMark mark = quoteMarkAt(s);
    return mark.length != 0 && !mark.onlyCloses;
}

} // namespace

void ExtractStats::add(const ExtractStats& o) {
    documents += o.documents;
    sentences += o.sentences;
    parsed += o.parsed;
    tooLong += o.tooLong;
    overBudget += o.overBudget;
    unparsed += o.unparsed;
    droppedLines += o.droppedLines;
    invalidBytes += o.invalidBytes;
    facts += o.facts;
    parserSeconds += o.parserSeconds;
    parserCpuSeconds += o.parserCpuSeconds;
    totalSeconds += o.totalSeconds;
}

std::string describeSkipped(const ExtractStats& s) {
    const std::size_t skipped = s.tooLong + s.overBudget + s.unparsed;
    if (skipped == 0)
        return {};
    return std::to_string(skipped) + " of " + std::to_string(s.sentences) +
           " sentences gave no parse (" + std::to_string(s.tooLong) + " over the length limit, " +
           std::to_string(s.overBudget) + " over the parsing budget, " +
           std::to_string(s.unparsed) + " not parsable as English)";
}

// A costly linkage of a sentence that joins clauses after a comma: when its clauses parse more
// cheaply apart, their claims replace the whole's.
void SentenceReader::readClausesApart(SentenceClaims& sentence, float wholeCost,
                                      DocumentBudget& budget) {
    const std::vector<std::string> pieces = splitClauses(sentence.text);
    if (pieces.empty())
        return;
    std::vector<Claim> claims;
    float cost = 0.0f;
    for (const std::string& piece : pieces) {
        const double cpuStart = threadCpuSeconds();
        ParseResult result = parser_.parse(piece, 0);
        budget.spend(threadCpuSeconds() - cpuStart);
        if (!result.parse)
            return;
        cost += result.parse->chargedCost;
        for (Claim& c : readBestOf(*result.parse, result.rivals))
            claims.push_back(std::move(c));
    }
    if (cost < wholeCost)
        sentence.claims = std::move(claims);
}

SentenceReader::SentenceReader(const LinkDictionary& dictionary, ReadOptions options)
    : options_(options), parser_(dictionary, options.limits) {}

ExtractStats SentenceReader::parse(SentenceClaims& sentence, DocumentBudget& budget) {
    ExtractStats stats;
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    // The allowance grows with each sentence read, so it is the same whichever thread parses.
    const double allowance =
        options_.documentBaseSeconds + options_.documentSecondsPerSentence * (sentence.index + 1.0);
    ParseResult result = parser_.parse(sentence.text, allowance - budget.usedSeconds());
    stats.parserCpuSeconds = threadCpuSeconds() - cpuStart;
    budget.spend(stats.parserCpuSeconds);
    stats.parserSeconds = secondsSince(start);
    if (result.parse) {
        ++stats.parsed;
        sentence.claims = readBestOf(*result.parse, result.rivals);
        if (result.parse->chargedCost >= kSplitCost)
            readClausesApart(sentence, result.parse->chargedCost, budget);
    } else if (result.refusal == ParseRefusal::TooLong) {
        ++stats.tooLong;
    } else if (result.refusal == ParseRefusal::OverBudget) {
        ++stats.overBudget;
    } else if (result.refusal != ParseRefusal::Empty) {
        ++stats.unparsed;
    }
    stats.totalSeconds = secondsSince(start);
    return stats;
}

namespace {

void addSentence(std::string_view text, std::uint32_t begin, std::uint32_t paragraph,
                 DocumentClaims& out) {
    SentenceClaims sentence;
    sentence.index = static_cast<std::uint32_t>(out.sentences.size());
    sentence.paragraph = paragraph;
    sentence.begin = begin;
    sentence.end = begin + static_cast<std::uint32_t>(text.size());
    sentence.text.assign(text);
    sentence.opensWithQuote = startsWithQuote(text);
    out.sentences.push_back(std::move(sentence));
}

} // namespace

DocumentClaims segmentDocument(const Document& document, const ReadOptions& options) {
    const auto start = Clock::now();
    DocumentClaims out;
    out.id = document.id;
    out.date = document.date;
    out.source = document.source;
    out.stats.documents = 1;
    base::RepairedText repaired = base::repairUtf8(document.text);
    out.stats.invalidBytes = repaired.invalidBytes;
    const std::string& text = repaired.text;
    if (options.linePerSentence) {
        std::size_t pos = 0;
        while (pos < text.size()) {
            std::size_t nl = text.find('\n', pos);
            if (nl == std::string::npos)
                nl = text.size();
            std::string_view line = std::string_view(text).substr(pos, nl - pos);
            while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
                line.remove_suffix(1);
            if (!line.empty())
                addSentence(line, static_cast<std::uint32_t>(pos),
                            static_cast<std::uint32_t>(out.sentences.size()), out);
            pos = nl + 1;
        }
    } else {
        LayoutResult layout = keepProse(text);
        out.stats.droppedLines = layout.droppedLines;
        for (std::size_t b = 0; b < layout.blocks.size(); ++b) {
            const TextBlock& block = layout.blocks[b];
            for (const SentenceSpan& span : splitSentences(block.text))
                addSentence(std::string_view(block.text).substr(span.begin, span.end - span.begin),
                            block.begin + span.begin, static_cast<std::uint32_t>(b), out);
        }
    }
    out.stats.sentences = out.sentences.size();
    out.stats.totalSeconds = secondsSince(start);
    return out;
}

DocumentClaims SentenceReader::read(const Document& document) {
    DocumentClaims out = segmentDocument(document, options_);
    DocumentBudget budget;
    for (SentenceClaims& sentence : out.sentences)
        out.stats.add(parse(sentence, budget));
    return out;
}

} // namespace kg::extract
