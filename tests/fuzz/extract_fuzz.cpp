// libFuzzer target over the whole sentence pipeline: bytes in as a document (its date line,
// UTF-8 repair, layout rules, segmentation, link-grammar, claim reading, entity resolution). The
// parser is known to abort on some inputs; this proves kg's guards keep every input away from
// those paths.
#include "extract/document_date.h"
#include "extract/entity_resolver.h"
#include "extract/sentence_reader.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Parsing costs milliseconds per sentence: small documents keep the fuzzer exploring.
    if (size > 4096)
        return 0;
    static const kg::extract::LinkDictionary dictionary;
    static kg::extract::SentenceReader prose(dictionary, kg::extract::ReadOptions{});
    static kg::extract::SentenceReader lines = [] {
        kg::extract::ReadOptions options;
        options.linePerSentence = true;
        return kg::extract::SentenceReader(dictionary, options);
    }();
    kg::extract::Document document;
    document.id = "fuzz";
    document.text.assign(reinterpret_cast<const char*>(data), size);
    document.date = kg::extract::dateInText(document.text);
    // The first byte picks the reading mode, so both get explored.
    kg::extract::SentenceReader& reader = size > 0 && (data[0] & 1) ? lines : prose;
    kg::extract::EntityResolver resolver;
    resolver.addDocument(reader.read(document));
    resolver.takeRecords();
    return 0;
}
