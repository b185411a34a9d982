#include "graph/io/tsv_record.h"

#include "graph/io/fact_record_json.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace kg::graph {

namespace {

std::string_view trimSpaces(std::string_view s) {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

bool parseBool(std::string_view v, bool& out) {
    if (v == "true" || v == "1") {
        out = true;
        return true;
    }
    if (v == "false" || v == "0") {
        out = false;
        return true;
    }
    return false;
}

template <class T> bool parseNumber(std::string_view v, T& out) {
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    return ec == std::errc() && end == v.data() + v.size();
}

// Applies one key=value column; throws RecordError naming the column on a bad key or value.
void applyColumn(std::string_view column, std::size_t index, FactRecord& r) {
    auto eq = column.find('=');
    if (eq == std::string_view::npos || eq == 0)
        throw RecordError(
            fmt::format("column {}: expected key=value after the third column", index), 0);
    std::string_view key = column.substr(0, eq);
    std::string_view value = column.substr(eq + 1);
    auto badValue = [&](std::string_view what) {
        throw RecordError(fmt::format("column {}: {} must be {}", index, key, what), 0);
    };
    if (key == "subject_type" || key == "object_type" || key == "attributed_type") {
        auto type = parseEntityType(value);
        if (!type)
            badValue("one of " + entityTypeList());
        (key == "subject_type"  ? r.subject.type
         : key == "object_type" ? r.object.type
                                : r.attributedType) = *type;
    } else if (key == "surface") {
        r.surface = value;
    } else if (key == "negated") {
        if (!parseBool(value, r.negated))
            badValue("true or false");
    } else if (key == "stance") {
        auto stance = parseStance(value);
        if (!stance)
            badValue("one of support, oppose, neutral");
        r.stance = *stance;
    } else if (key == "modality") {
        r.modality = value;
    } else if (key == "attributed_to") {
        r.attributedTo = value;
    } else if (key == "time") {
        r.time = value;
    } else if (key == "quantity") {
        r.quantity = value;
    } else if (key == "place") {
        r.place = value;
    } else if (key == "confidence") {
        if (!parseNumber(value, r.confidence) || !(r.confidence >= 0 && r.confidence <= 1))
            badValue("a number from 0 to 1");
    } else if (key == "doc") {
        r.doc = value;
    } else if (key == "sentence") {
        if (!parseNumber(value, r.sentence))
            badValue("a non-negative integer");
    } else if (key == "date") {
        r.date = value;
    } else if (key == "source") {
        r.source = value;
    } else {
        throw RecordError(
            fmt::format("column {}: unknown key \"{}\" (see docs/import.md)", index, key), 0);
    }
}

void resetRecord(FactRecord& r) {
    // assign/clear keep the strings' capacity, so a reused record allocates nothing per line.
    r.subject.type = r.object.type = r.attributedType = EntityType::Other;
    r.subject.aliases.clear();
    r.object.aliases.clear();
    r.surface.clear();
    r.negated = false;
    r.stance = Stance::Neutral;
    r.modality.clear();
    r.attributedTo.clear();
    r.time.clear();
    r.quantity.clear();
    r.place.clear();
    r.confidence = 1.0f;
    r.doc.clear();
    r.sentence = r.begin = r.end = 0;
    r.text.clear();
    r.date.clear();
    r.source.clear();
}

} // namespace

bool splitTsvLine(std::string_view line, TsvLine& out) {
    if (trimSpaces(line).empty())
        return false;
    static constexpr const char* kColumnNames[] = {"subject", "predicate", "object"};
    std::string_view* names[] = {&out.subject, &out.predicate, &out.object};
    std::size_t start = 0;
    for (std::size_t column = 0; column < 3; ++column) {
        if (start > line.size())
            throw RecordError(fmt::format("expected 3 tab-separated columns (subject, predicate, "
                                          "object), found {}",
                                          column),
                              0);
        std::size_t tab = std::min(line.find('\t', start), line.size());
        *names[column] = trimSpaces(line.substr(start, tab - start));
        if (names[column]->empty())
            throw RecordError(
                fmt::format("column {}: the {} is empty", column + 1, kColumnNames[column]), 0);
        start = tab + 1;
    }
    out.extra = start <= line.size() ? line.substr(start) : std::string_view();
    return true;
}

void tsvLineToRecord(const TsvLine& line, FactRecord& out) {
    resetRecord(out);
    out.subject.name.assign(line.subject);
    out.predicate.assign(line.predicate);
    out.object.name.assign(line.object);
    std::string_view rest = line.extra;
    for (std::size_t column = 4; !rest.empty(); ++column) {
        std::size_t tab = std::min(rest.find('\t'), rest.size());
        std::string_view field = trimSpaces(rest.substr(0, tab));
        if (!field.empty())
            applyColumn(field, column, out);
        rest.remove_prefix(std::min(tab + 1, rest.size()));
    }
}

} // namespace kg::graph
