#pragma once
// A FactRecord as one line of JSON (JSON Lines), the format `kg extract` writes and
// `kg import` reads. Schema: docs/records.md.
#include "graph/io/fact_record.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::graph {

/// A line that is not a valid record. what() says what is wrong; column() is the 1-based byte
/// column of the problem in the line, or 0 when it concerns the record as a whole.
class RecordError : public std::runtime_error {
public:
    RecordError(const std::string& message, std::size_t column)
        : std::runtime_error(message), column_(column) {}
    std::size_t column() const { return column_; }

private:
    std::size_t column_;
};

/// Appends the record as one compact JSON object (no newline) to `out`. Keys holding their
/// default (empty string, type Other, not negated, confidence 1, no document) are left out.
/// Throws std::invalid_argument if a string is not valid UTF-8.
void appendFactRecordJson(const FactRecord& record, std::string& out);
std::string factRecordToJson(const FactRecord& record);

/// Parses one JSON object. Unknown keys, wrong types, empty subject/predicate/object, a type
/// name that is not an EntityType, a span with begin > end: RecordError.
FactRecord parseFactRecord(std::string_view json);

} // namespace kg::graph
