#include "extract/quotation_runs.h"

#include "base/case_fold.h"
#include "extract/quote_marks.h"

#include <algorithm>
#include <string_view>

namespace kg::extract {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The double marks of a sentence, in order: +1 a mark that opens, -1 one that closes. A mark
// with space on both sides, or against words on both sides, says nothing.
std::vector<int> markDirections(std::string_view text) {
    std::vector<int> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const QuoteMark mark = quoteMarkAt(text.substr(i));
        if (!mark.isDouble)
            continue;
        const std::size_t length = mark.length;
        const bool againstPrevious = i > 0 && !isSpace(text[i - 1]);
        const bool againstNext = i + length < text.size() && !isSpace(text[i + length]);
        if (againstNext != againstPrevious)
            out.push_back(againstNext ? 1 : -1);
        i += length - 1;
    }
    return out;
}

} // namespace

DocumentQuotations findQuotations(const std::vector<SentenceClaims>& sentences) {
    DocumentQuotations out;
    out.sentences.resize(sentences.size());
    bool open = false;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const bool continues =
            i > 0 && open && sentences[i].paragraph == sentences[i - 1].paragraph;
        const std::vector<int> marks = markDirections(sentences[i].text);
        out.sentences[i].quotedThroughout = continues && marks.empty();
        if (continues) {
            if (out.sentences[i - 1].run < 0) {
                out.runs.push_back(QuotationRun{i - 1, i});
                out.sentences[i - 1].run = static_cast<int>(out.runs.size() - 1);
            }
            out.runs.back().last = i;
            out.sentences[i].run = static_cast<int>(out.runs.size() - 1);
        }
        open = continues;
        for (int d : marks)
            open = d > 0;
    }
    return out;
}

const Argument* speakerOfRun(const std::vector<SentenceClaims>& sentences,
                             const QuotationRun& run) {
    // 'Berg said: "We will build it.': the verb before the opening mark is no quotation verb,
    // but its subject is the speaker the claim reader gave the quoted claims after it.
    auto introduces = [](const Claim& c, const SentenceClaims& sentence) {
        return !c.quoted && c.clausalObject && c.subject.valid() &&
               std::any_of(sentence.claims.begin(), sentence.claims.end(), [&](const Claim& q) {
                   return q.quoted && q.speakerArgument.head == c.subject.head;
               });
    };
    const Argument* speaker = nullptr;
    for (std::size_t s = run.first; s <= run.last; ++s)
        for (const Claim& c : sentences[s].claims) {
            if (!(c.reporting && c.subject.valid()) &&
                !(s == run.first && introduces(c, sentences[s])))
                continue;
            if (speaker != nullptr &&
                base::lowerAscii(speaker->text) != base::lowerAscii(c.subject.text))
                return nullptr;
            speaker = &c.subject;
        }
    return speaker;
}

} // namespace kg::extract
