#pragma once
// Escaping of graph text for each output format. Graph strings come from news text and user
// files, so any of them may hold quotes, backslashes, control characters or invalid UTF-8: every
// writer passes its text through one of these, never raw.
#include <string>
#include <string_view>

namespace kg::base {

/// Appends `in` as a JSON string literal, quotes included. Bytes that are not well-formed UTF-8
/// become U+FFFD, so whatever a graph holds, the output is valid JSON.
void appendJsonString(std::string& out, std::string_view in);

/// Text for a Graphviz escString attribute (label, tooltip): valid UTF-8, backslashes doubled
/// so "\N" or "\l" in a name stays literal, control characters as spaces.
std::string graphvizText(std::string_view in);

/// Text for a Graphviz tooltip. Graphviz 2.42 expands "\N", "\G", ... in tooltips even after a
/// doubled backslash, so a backslash cannot be escaped there: it is shown as U+FF3C "＼".
std::string graphvizTooltipText(std::string_view in);

/// Appends XML character data or attribute text: markup characters as entities, characters
/// XML 1.0 forbids (most C0 controls) and invalid UTF-8 as U+FFFD.
void appendXmlText(std::string& out, std::string_view in);

/// Appends an N-Triples string literal body (without the quotes), per RDF 1.1 N-Triples.
void appendNTriplesLiteral(std::string& out, std::string_view in);

/// Appends `in` percent-encoded for use inside an IRI: every byte except ASCII letters, digits
/// and "-._~" becomes %XX, so the IRI is valid whatever the name.
void appendIriComponent(std::string& out, std::string_view in);

enum class CsvQuoting {
    /// RFC 4180 as spreadsheets read it: a field is quoted only when it holds a comma, a quote
    /// or a line break; bytes are kept as they are.
    WhenNeeded,
    /// Every field quoted and line breaks as spaces, so every record is one line (neo4j-admin
    /// import then needs no --multiline-fields); invalid UTF-8 as U+FFFD.
    AlwaysOneLine,
};

/// Appends a CSV field, quotes doubled.
void appendCsvField(std::string& out, std::string_view in, CsvQuoting quoting);

/// Appends a TSV field: tab, line breaks and backslash as \t, \n, \r and \\, so each record is
/// one line and a reader can restore the text.
void appendTsvField(std::string& out, std::string_view in);

/// Cuts `in` to at most `maxBytes` bytes at a UTF-8 character boundary, adding "…" if cut.
std::string shorten(std::string_view in, std::size_t maxBytes);

} // namespace kg::base
