#pragma once
// One document through the sentence pipeline: UTF-8 repair, page furniture removal, sentence
// segmentation, parsing and claim reading. One SentenceReader per parsing process (it owns a
// parser).
#include "extract/claim.h"
#include "extract/document.h"
#include "extract/link_parser.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kg::extract {

struct ExtractStats {
    std::size_t documents = 0;
    std::size_t sentences = 0;
    std::size_t parsed = 0;
    std::size_t tooLong = 0;    ///< refused before parsing: over the length limits
    std::size_t overBudget = 0; ///< the parser ran out of its time (sentence or document)
    std::size_t unparsed = 0;   ///< no usable parse (other languages, lists, noise)
    std::size_t droppedLines = 0;
    std::size_t invalidBytes = 0;
    std::size_t facts = 0;
    double parserSeconds = 0;    ///< time inside link-grammar
    double parserCpuSeconds = 0; ///< the same in CPU time, which the parsing budget counts
    double totalSeconds = 0;     ///< time in the whole sentence pipeline
    void add(const ExtractStats& other);
};

/// "3 of 40 sentences gave no parse (0 over the length limit, 3 over the parsing budget, 0 not
/// parsable as English)"; empty when none was skipped. For the warning of kg build and extract.
std::string describeSkipped(const ExtractStats& stats);

struct SentenceClaims {
    std::uint32_t index = 0; ///< sentence number in the document, from 0
    std::uint32_t begin = 0; ///< byte span in the (repaired) document text
    std::uint32_t end = 0;
    std::string text;
    /// The paragraph the sentence stands in, counted from 0: a block of the layout (a line, or the
    /// lines one sentence wraps over), or a line of line-per-sentence input. A quotation left
    /// open ends with its paragraph.
    std::uint32_t paragraph = 0;
    bool opensWithQuote = false;
    std::vector<Claim> claims;
};

struct DocumentClaims {
    std::string id;
    std::string date;
    std::string source;
    std::vector<SentenceClaims> sentences;
    ExtractStats stats;
};

struct ReadOptions {
    /// Every non-empty line is one sentence (CaRB input): no furniture rules, no segmentation.
    bool linePerSentence = false;
    ParserLimits limits;
    /// A document's parsing budget in CPU seconds: a base, and more for each sentence read. Once
    /// a document has used it, its sentences without a full parse get no search with skipped
    /// words, so a document of N sentences costs at most a fixed multiple of N however hostile
    /// its text. Ordinary news takes 0.01-0.05 s a sentence, far below the allowance.
    double documentBaseSeconds = 5;
    double documentSecondsPerSentence = 0.1;
};

/// The CPU time a document's sentences have used in the parser (ReadOptions: the parsing budget
/// is per document). A parsing worker starts from what the document's finished sentences used.
class DocumentBudget {
public:
    double usedSeconds() const { return seconds_; }
    void spend(double seconds) { seconds_ += seconds; }

private:
    double seconds_ = 0;
};

/// What a document is before parsing: its sentences with text and spans but no claims yet, and
/// the stats of everything that needs the whole text (UTF-8 repair, page furniture, segmentation).
/// Its sentences can then be parsed anywhere, in any order.
DocumentClaims segmentDocument(const Document& document, const ReadOptions& options);

class SentenceReader {
public:
    SentenceReader(const LinkDictionary& dictionary, ReadOptions options);
    /// segmentDocument, then every sentence parsed in order.
    DocumentClaims read(const Document& document);
    /// Parses one sentence of a segmented document into its claims; returns the sentence's
    /// stats (parsed or why not, parser and pipeline time) for the document's total.
    ExtractStats parse(SentenceClaims& sentence, DocumentBudget& budget);

private:
    void readClausesApart(SentenceClaims& sentence, float wholeCost, DocumentBudget& budget);

    ReadOptions options_;
    LinkParser parser_;
};

} // namespace kg::extract
