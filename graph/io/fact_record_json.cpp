#include "graph/io/fact_record_json.h"

#include "graph/io/json_config.h"

#include <charconv>
#include <fmt/format.h>
#include <stdexcept>

namespace kg::graph {

namespace {

namespace rj = rapidjson;

/// RapidJSON output stream that appends to a std::string.
struct StringAppendStream {
    using Ch = char;
    std::string& out;
    void Put(char c) { out.push_back(c); }
    void Flush() {}
};

using RecordWriter = rj::Writer<StringAppendStream, rj::UTF8<>, rj::UTF8<>, rj::CrtAllocator,
                                rj::kWriteValidateEncodingFlag>;

void putString(RecordWriter& w, std::string_view s) {
    if (!w.String(s.data(), static_cast<rj::SizeType>(s.size())))
        throw std::invalid_argument(fmt::format("not valid UTF-8: \"{}\"", s));
}

void putKey(RecordWriter& w, std::string_view key) {
    w.Key(key.data(), static_cast<rj::SizeType>(key.size()));
}

void putOptional(RecordWriter& w, std::string_view key, std::string_view value) {
    if (value.empty())
        return;
    putKey(w, key);
    putString(w, value);
}

void putEntity(RecordWriter& w, std::string_view prefix, const FactEntity& e) {
    putKey(w, prefix);
    putString(w, e.name);
    if (e.type != EntityType::Other) {
        putKey(w, fmt::format("{}_type", prefix));
        putString(w, entityTypeName(e.type));
    }
    if (!e.aliases.empty()) {
        putKey(w, fmt::format("{}_aliases", prefix));
        w.StartArray();
        for (const std::string& alias : e.aliases)
            putString(w, alias);
        w.EndArray();
    }
}

} // namespace

void appendFactRecordJson(const FactRecord& r, std::string& out) {
    StringAppendStream stream{out};
    RecordWriter w(stream);
    w.StartObject();
    putEntity(w, "subject", r.subject);
    putKey(w, "predicate");
    putString(w, r.predicate);
    putOptional(w, "surface", r.surface);
    putEntity(w, "object", r.object);
    if (r.negated) {
        putKey(w, "negated");
        w.Bool(true);
    }
    if (r.stance != Stance::Neutral) {
        putKey(w, "stance");
        putString(w, stanceName(r.stance));
    }
    putOptional(w, "modality", r.modality);
    putOptional(w, "attributed_to", r.attributedTo);
    if (!r.attributedTo.empty() && r.attributedType != EntityType::Other) {
        putKey(w, "attributed_type");
        putString(w, entityTypeName(r.attributedType));
    }
    putOptional(w, "time", r.time);
    putOptional(w, "quantity", r.quantity);
    putOptional(w, "place", r.place);
    if (r.confidence != 1.0f) {
        // Shortest decimal that reads back as the same float.
        char text[32];
        auto end = std::to_chars(text, text + sizeof text, r.confidence).ptr;
        putKey(w, "confidence");
        w.RawValue(text, static_cast<std::size_t>(end - text), rj::kNumberType);
    }
    if (!r.doc.empty()) {
        putKey(w, "doc");
        putString(w, r.doc);
        putKey(w, "sentence");
        w.Uint(r.sentence);
        putKey(w, "span");
        w.StartArray();
        w.Uint(r.begin);
        w.Uint(r.end);
        w.EndArray();
    }
    putOptional(w, "text", r.text);
    putOptional(w, "date", r.date);
    putOptional(w, "source", r.source);
    w.EndObject();
}

std::string factRecordToJson(const FactRecord& record) {
    std::string out;
    appendFactRecordJson(record, out);
    return out;
}

namespace {

[[noreturn]] void bad(std::string_view key, std::string_view what) {
    throw RecordError(fmt::format("\"{}\" must be {}", key, what), 0);
}

std::string stringOf(const rj::Value& v, std::string_view key) {
    if (!v.IsString())
        bad(key, "a string");
    return {v.GetString(), v.GetStringLength()};
}

std::uint32_t uint32Of(const rj::Value& v, std::string_view key) {
    if (!v.IsUint())
        bad(key, "an integer from 0 to 4294967295");
    return v.GetUint();
}

EntityType typeOf(const rj::Value& v, std::string_view key) {
    auto type = parseEntityType(stringOf(v, key));
    if (!type)
        bad(key, "one of " + entityTypeList());
    return *type;
}

std::vector<std::string> aliasesOf(const rj::Value& v, std::string_view key) {
    if (!v.IsArray())
        bad(key, "an array of strings");
    std::vector<std::string> out;
    for (const rj::Value& alias : v.GetArray())
        out.push_back(stringOf(alias, key));
    return out;
}

void setSpan(const rj::Value& v, FactRecord& r) {
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsUint() || !v[1].IsUint())
        bad("span", "[begin, end] with two non-negative integers");
    r.begin = v[0].GetUint();
    r.end = v[1].GetUint();
    if (r.begin > r.end)
        bad("span", "[begin, end] with begin <= end");
}

// One setter per key; the table keeps the set of keys and their types in one place.
using V = rj::Value;
using K = std::string_view;
using R = FactRecord;
struct KeySetter {
    K key;
    void (*set)(const V& value, K key, R& record);
};

const KeySetter kKeys[] = {
    {"subject", [](const V& v, K k, R& r) { r.subject.name = stringOf(v, k); }},
    {"subject_type", [](const V& v, K k, R& r) { r.subject.type = typeOf(v, k); }},
    {"subject_aliases", [](const V& v, K k, R& r) { r.subject.aliases = aliasesOf(v, k); }},
    {"predicate", [](const V& v, K k, R& r) { r.predicate = stringOf(v, k); }},
    {"surface", [](const V& v, K k, R& r) { r.surface = stringOf(v, k); }},
    {"object", [](const V& v, K k, R& r) { r.object.name = stringOf(v, k); }},
    {"object_type", [](const V& v, K k, R& r) { r.object.type = typeOf(v, k); }},
    {"object_aliases", [](const V& v, K k, R& r) { r.object.aliases = aliasesOf(v, k); }},
    {"negated",
     [](const V& v, K k, R& r) {
         if (!v.IsBool())
             bad(k, "true or false");
         r.negated = v.GetBool();
     }},
    {"stance",
     [](const V& v, K k, R& r) {
         auto stance = parseStance(stringOf(v, k));
         if (!stance)
             bad(k, "one of support, oppose, neutral");
         r.stance = *stance;
     }},
    {"modality", [](const V& v, K k, R& r) { r.modality = stringOf(v, k); }},
    {"attributed_to", [](const V& v, K k, R& r) { r.attributedTo = stringOf(v, k); }},
    {"attributed_type", [](const V& v, K k, R& r) { r.attributedType = typeOf(v, k); }},
    {"time", [](const V& v, K k, R& r) { r.time = stringOf(v, k); }},
    {"quantity", [](const V& v, K k, R& r) { r.quantity = stringOf(v, k); }},
    {"place", [](const V& v, K k, R& r) { r.place = stringOf(v, k); }},
    {"confidence",
     [](const V& v, K k, R& r) {
         if (!v.IsNumber() || v.GetDouble() < 0 || v.GetDouble() > 1)
             bad(k, "a number from 0 to 1");
         r.confidence = static_cast<float>(v.GetDouble());
     }},
    {"doc", [](const V& v, K k, R& r) { r.doc = stringOf(v, k); }},
    {"sentence", [](const V& v, K k, R& r) { r.sentence = uint32Of(v, k); }},
    {"span", [](const V& v, K, R& r) { setSpan(v, r); }},
    {"text", [](const V& v, K k, R& r) { r.text = stringOf(v, k); }},
    {"date", [](const V& v, K k, R& r) { r.date = stringOf(v, k); }},
    {"source", [](const V& v, K k, R& r) { r.source = stringOf(v, k); }},
};

} // namespace

FactRecord parseFactRecord(std::string_view json) {
    rj::Document doc;
    // Iterative: a hostile line of a million '[' must not recurse a million deep.
    constexpr unsigned kFlags =
        rj::kParseIterativeFlag | rj::kParseFullPrecisionFlag | rj::kParseValidateEncodingFlag;
    doc.Parse<kFlags>(json.data(), json.size());
    if (doc.HasParseError())
        throw RecordError(
            fmt::format("invalid JSON: {}", rj::GetParseError_En(doc.GetParseError())),
            doc.GetErrorOffset() + 1);
    if (!doc.IsObject())
        throw RecordError("a record must be a JSON object", 1);

    FactRecord record;
    // Indexed, not a range-for: RapidJSON 1.1's member iterators trip C++20's reversed
    // operator rules (-Wambiguous-reversed-operator).
    for (rj::SizeType i = 0; i < doc.MemberCount(); ++i) {
        const auto& member = doc.MemberBegin()[i];
        std::string_view key(member.name.GetString(), member.name.GetStringLength());
        if (member.value.IsNull())
            continue; // null means "not given", as leaving the key out does
        const KeySetter* setter = nullptr;
        for (const KeySetter& k : kKeys)
            if (k.key == key)
                setter = &k;
        if (setter == nullptr)
            throw RecordError(fmt::format("unknown key \"{}\"", key), 0);
        setter->set(member.value, setter->key, record);
    }
    if (record.subject.name.empty())
        throw RecordError("\"subject\" is missing or empty", 0);
    if (record.predicate.empty())
        throw RecordError("\"predicate\" is missing or empty", 0);
    if (record.object.name.empty())
        throw RecordError("\"object\" is missing or empty", 0);
    return record;
}

} // namespace kg::graph
