#pragma once
// One line of N-Triples (W3C RDF 1.1 N-Triples) parsed into its three terms, escapes decoded.
#include <string>
#include <string_view>

namespace kg::graph {

struct RdfTerm {
    enum class Kind { Iri, BlankNode, Literal } kind = Kind::Iri;
    std::string value;    ///< IRI without <>, blank node label with its "_:", literal's text
    std::string datatype; ///< literal datatype IRI, empty if none given
    std::string language; ///< literal language tag without '@', empty if none
};

struct RdfTriple {
    RdfTerm subject, predicate, object;
};

/// Parses one line. Returns false for a blank or comment-only line. Throws RecordError
/// (fact_record_json.h) with the column for anything that is not a valid triple.
bool parseNTriplesLine(std::string_view line, RdfTriple& out);

} // namespace kg::graph
