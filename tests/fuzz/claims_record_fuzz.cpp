// libFuzzer target over claim records (`kg build --from-records`): bytes in as one line, read as
// a record and, when it is one, resolved and added to a graph. Records come from other machines,
// so no field value, however odd, may crash resolution.
#include "extract/claims_json.h"
#include "extract/document.h"
#include "extract/pipeline.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    try {
        kg::extract::DocumentClaims document = kg::extract::parseClaimsRecord(line, "fuzz");
        kg::graph::KnowledgeGraph graph;
        std::vector<kg::extract::DocumentClaims> documents;
        documents.push_back(std::move(document));
        kg::extract::addDocumentsToGraph(graph, std::move(documents), 0);
    } catch (const kg::extract::InputError&) {
        // not a record: refused with its place, as kg build reports it
    } catch (const std::invalid_argument&) {
        // a record whose claim has an empty predicate: addFactRecord refuses the fact
    }
    return 0;
}
