#include "extract/claims_json.h"

#include "extract/claim_fields.h"
#include "extract/document.h"
#include "graph/io/importer.h"
#include "graph/io/json_config.h"
#include "graph/io/line_reader.h"

#include <array>
#include <concepts>
#include <cstdio>
#include <fmt/format.h>
#include <limits>
#include <memory>

namespace kg::extract {
namespace {

namespace rj = rapidjson;

using Writer = rj::Writer<rj::StringBuffer, rj::UTF8<>, rj::UTF8<>, rj::CrtAllocator,
                          rj::kWriteValidateEncodingFlag>;

constexpr std::array kMentionKinds = {"name", "common", "pronoun", "quantity"};
constexpr std::array kClaimKinds = {"action", "title", "apposition", "copula", "nominal"};
constexpr std::array kModifierRoles = {"time", "place", "quantity", "other"};

// Writing: every field, in a fixed order, so a record is a function of the claims alone.
class RecordWriter {
public:
    RecordWriter() : w_(buffer_) {}
    std::string_view text() const { return {buffer_.GetString(), buffer_.GetSize()}; }

    void key(std::string_view k) { w_.Key(k.data(), static_cast<rj::SizeType>(k.size())); }
    void string(std::string_view k, std::string_view v) {
        key(k);
        if (!w_.String(v.data(), static_cast<rj::SizeType>(v.size())))
            throw InputError(fmt::format("claim record: \"{}\" is not valid UTF-8", k));
    }
    void integer(std::string_view k, std::int64_t v) {
        key(k);
        w_.Int64(v);
    }
    void boolean(std::string_view k, bool v) {
        key(k);
        w_.Bool(v);
    }
    void claim(const Claim& c) {
        w_.StartObject();
        claimFields(c, Put{*this});
        w_.EndObject();
    }
    void document(const DocumentClaims& d) {
        w_.StartObject();
        integer("kg_claims", kClaimsRecordVersion);
        string("id", d.id);
        string("date", d.date);
        string("source", d.source);
        key("stats");
        w_.StartObject();
        integer("sentences", static_cast<std::int64_t>(d.stats.sentences));
        integer("parsed", static_cast<std::int64_t>(d.stats.parsed));
        integer("too_long", static_cast<std::int64_t>(d.stats.tooLong));
        integer("over_budget", static_cast<std::int64_t>(d.stats.overBudget));
        integer("unparsed", static_cast<std::int64_t>(d.stats.unparsed));
        integer("dropped_lines", static_cast<std::int64_t>(d.stats.droppedLines));
        integer("invalid_bytes", static_cast<std::int64_t>(d.stats.invalidBytes));
        w_.EndObject();
        key("sentences");
        w_.StartArray();
        for (const SentenceClaims& s : d.sentences) {
            w_.StartObject();
            integer("index", s.index);
            integer("begin", s.begin);
            integer("end", s.end);
            string("text", s.text);
            integer("paragraph", s.paragraph);
            boolean("opens_with_quote", s.opensWithQuote);
            key("claims");
            w_.StartArray();
            for (const Claim& c : s.claims)
                claim(c);
            w_.EndArray();
            w_.EndObject();
        }
        w_.EndArray();
        w_.EndObject();
    }

private:
    // Writes one named field of extract/claim_fields.h.
    struct Put {
        RecordWriter& out;
        void operator()(const char* k, const std::string& v) const { out.string(k, v); }
        void operator()(const char* k, bool v) const { out.boolean(k, v); }
        void operator()(const char* k, std::integral auto v) const { out.integer(k, v); }
        void operator()(const char* k, char gender) const {
            out.string(k, gender == 0 ? std::string_view() : std::string_view(&gender, 1));
        }
        void operator()(const char* k, MentionKind v) const {
            out.string(k, name(kMentionKinds, v));
        }
        void operator()(const char* k, ClaimKind v) const { out.string(k, name(kClaimKinds, v)); }
        void operator()(const char* k, Modifier::Role v) const {
            out.string(k, name(kModifierRoles, v));
        }
        void operator()(const char* k, float confidence) const {
            // The shortest decimal that reads back as the same float.
            out.key(k);
            const std::string text = fmt::format("{}", confidence);
            out.w_.RawValue(text.data(), text.size(), rj::kNumberType);
        }
        void operator()(const char* k, const Argument& a) const {
            out.key(k);
            out.w_.StartObject();
            argumentFields(a, *this);
            out.w_.EndObject();
        }
        void operator()(const char* k, const std::vector<Modifier>& modifiers) const {
            out.key(k);
            out.w_.StartArray();
            for (const Modifier& m : modifiers) {
                out.w_.StartObject();
                modifierFields(m, *this);
                out.w_.EndObject();
            }
            out.w_.EndArray();
        }
        template <typename Enum, std::size_t N>
        static const char* name(const std::array<const char*, N>& names, Enum v) {
            return names[static_cast<std::size_t>(v)];
        }
    };

    rj::StringBuffer buffer_;
    Writer w_;
};

// Reading: every key required and of its type, so a record from another version or a damaged
// shard is refused with the place and the key rather than resolved into different facts.
class RecordReader {
public:
    explicit RecordReader(const std::string& where) : where_(where) {}

    [[noreturn]] void fail(const std::string& what) const {
        throw InputError(fmt::format("{}: {}", where_, what));
    }
    const rj::Value& member(const rj::Value& object, const char* key) const {
        auto it = object.FindMember(key);
        if (it == object.MemberEnd())
            fail(fmt::format("missing \"{}\"", key));
        return it->value;
    }
    const rj::Value& object(const rj::Value& parent, const char* key) const {
        const rj::Value& v = member(parent, key);
        if (!v.IsObject())
            fail(fmt::format("\"{}\" must be an object", key));
        return v;
    }
    rj::Value::ConstArray array(const rj::Value& parent, const char* key) const {
        const rj::Value& v = member(parent, key);
        if (!v.IsArray())
            fail(fmt::format("\"{}\" must be an array", key));
        return v.GetArray();
    }
    std::string string(const rj::Value& parent, const char* key) const {
        const rj::Value& v = member(parent, key);
        if (!v.IsString())
            fail(fmt::format("\"{}\" must be a string", key));
        return {v.GetString(), v.GetStringLength()};
    }
    bool boolean(const rj::Value& parent, const char* key) const {
        const rj::Value& v = member(parent, key);
        if (!v.IsBool())
            fail(fmt::format("\"{}\" must be true or false", key));
        return v.GetBool();
    }
    template <typename Int> Int integer(const rj::Value& parent, const char* key) const {
        const rj::Value& v = member(parent, key);
        if (!v.IsInt64() || v.GetInt64() < std::numeric_limits<Int>::min() ||
            v.GetInt64() > static_cast<std::int64_t>(std::numeric_limits<Int>::max()))
            fail(fmt::format("\"{}\" must be an integer from {} to {}", key,
                             std::numeric_limits<Int>::min(), std::numeric_limits<Int>::max()));
        return static_cast<Int>(v.GetInt64());
    }
    template <typename Enum, std::size_t N>
    Enum choice(const rj::Value& parent, const char* key,
                const std::array<const char*, N>& names) const {
        const std::string value = string(parent, key);
        for (std::size_t i = 0; i < N; ++i)
            if (value == names[i])
                return static_cast<Enum>(i);
        fail(fmt::format("\"{}\" has an unknown value \"{}\"", key, value));
    }
    Claim claim(const rj::Value& v) const {
        if (!v.IsObject())
            fail("a claim must be an object");
        Claim c;
        claimFields(c, Get{*this, v});
        return c;
    }
    DocumentClaims document(const rj::Value& v) const {
        if (!v.IsObject())
            fail("a claim record must be a JSON object");
        if (integer<int>(v, "kg_claims") != kClaimsRecordVersion)
            fail(fmt::format("claim record version {} is not the one this kg reads ({})",
                             integer<int>(v, "kg_claims"), kClaimsRecordVersion));
        DocumentClaims d;
        d.id = string(v, "id");
        if (d.id.empty())
            fail("\"id\" must not be empty: documents are merged and deduplicated by id");
        d.date = string(v, "date");
        d.source = string(v, "source");
        const rj::Value& stats = object(v, "stats");
        d.stats.documents = 1;
        d.stats.sentences = integer<std::uint32_t>(stats, "sentences");
        d.stats.parsed = integer<std::uint32_t>(stats, "parsed");
        d.stats.tooLong = integer<std::uint32_t>(stats, "too_long");
        d.stats.overBudget = integer<std::uint32_t>(stats, "over_budget");
        d.stats.unparsed = integer<std::uint32_t>(stats, "unparsed");
        d.stats.droppedLines = integer<std::uint32_t>(stats, "dropped_lines");
        d.stats.invalidBytes = integer<std::uint32_t>(stats, "invalid_bytes");
        for (const rj::Value& s : array(v, "sentences")) {
            if (!s.IsObject())
                fail("a sentence must be an object");
            SentenceClaims& sentence = d.sentences.emplace_back();
            sentence.index = integer<std::uint32_t>(s, "index");
            sentence.begin = integer<std::uint32_t>(s, "begin");
            sentence.end = integer<std::uint32_t>(s, "end");
            if (sentence.end < sentence.begin)
                fail("a sentence's \"end\" must not be before its \"begin\"");
            sentence.text = string(s, "text");
            sentence.paragraph = integer<std::uint32_t>(s, "paragraph");
            sentence.opensWithQuote = boolean(s, "opens_with_quote");
            for (const rj::Value& c : array(s, "claims"))
                sentence.claims.push_back(claim(c));
        }
        return d;
    }

private:
    // Reads one named field of extract/claim_fields.h from the JSON object `from`.
    struct Get {
        const RecordReader& in;
        const rj::Value& from;
        void operator()(const char* k, std::string& v) const { v = in.string(from, k); }
        void operator()(const char* k, bool& v) const { v = in.boolean(from, k); }
        template <std::integral Int> void operator()(const char* k, Int& v) const {
            v = in.integer<Int>(from, k);
        }
        void operator()(const char* k, char& gender) const {
            const std::string text = in.string(from, k);
            if (text.size() > 1)
                in.fail(fmt::format("\"{}\" must be \"\", \"m\" or \"f\"", k));
            gender = text.empty() ? 0 : text[0];
        }
        void operator()(const char* k, MentionKind& v) const {
            v = in.choice<MentionKind>(from, k, kMentionKinds);
        }
        void operator()(const char* k, ClaimKind& v) const {
            v = in.choice<ClaimKind>(from, k, kClaimKinds);
        }
        void operator()(const char* k, Modifier::Role& v) const {
            v = in.choice<Modifier::Role>(from, k, kModifierRoles);
        }
        void operator()(const char* k, float& confidence) const {
            const rj::Value& v = in.member(from, k);
            if (!v.IsNumber() || v.GetDouble() < 0 || v.GetDouble() > 1)
                in.fail(fmt::format("\"{}\" must be a number from 0 to 1", k));
            confidence = static_cast<float>(v.GetDouble());
        }
        void operator()(const char* k, Argument& a) const {
            argumentFields(a, Get{in, in.object(from, k)});
        }
        void operator()(const char* k, std::vector<Modifier>& modifiers) const {
            for (const rj::Value& m : in.array(from, k)) {
                if (!m.IsObject())
                    in.fail("a modifier must be an object");
                modifierFields(modifiers.emplace_back(), Get{in, m});
            }
        }
    };

    const std::string& where_;
};

} // namespace

void appendClaimsRecord(const DocumentClaims& document, std::string& out) {
    RecordWriter writer;
    writer.document(document);
    out += writer.text();
}

DocumentClaims parseClaimsRecord(std::string_view line, const std::string& where) {
    rj::Document json;
    json.Parse<rj::kParseIterativeFlag | rj::kParseValidateEncodingFlag>(line.data(), line.size());
    if (json.HasParseError())
        throw InputError(fmt::format("{}:{}: {}", where, json.GetErrorOffset() + 1,
                                     rj::GetParseError_En(json.GetParseError())));
    return RecordReader(where).document(json);
}

std::vector<DocumentClaims> readClaimsFile(const std::filesystem::path& path) {
    const bool fromStdin = path == "-";
    const std::string name = fromStdin ? "stdin" : path.string();
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
        fromStdin ? stdin : std::fopen(path.c_str(), "rb"),
        fromStdin ? [](std::FILE*) { return 0; } : &std::fclose);
    if (!file)
        throw InputError(name + ": cannot open for reading");
    std::vector<DocumentClaims> documents;
    try {
        graph::LineReader reader(file.get(), name);
        std::string_view line;
        while (reader.next(line)) {
            const std::string where = fmt::format("{}:{}", name, reader.lineNumber());
            if (reader.lineTooLong())
                throw InputError(where + ": line too long for a claim record");
            if (line.find_first_not_of(" \t\r") == std::string_view::npos)
                continue;
            documents.push_back(parseClaimsRecord(line, where));
        }
    } catch (const graph::ImportError& e) {
        throw InputError(e.what());
    }
    return documents;
}

} // namespace kg::extract
