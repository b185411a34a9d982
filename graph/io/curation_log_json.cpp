// The log is small next to the graph and read whole, so it goes through a RapidJSON document;
// every field is checked, and a broken log is one error line naming the entry and field.
#include "graph/io/curation_log_json.h"

#include "graph/curation.h"
#include "graph/io/json_config.h"

#include <charconv>
#include <cinttypes>
#include <fmt/format.h>

namespace kg::graph {
namespace {

namespace rj = rapidjson;
using JsonWriter = rj::Writer<rj::StringBuffer, rj::UTF8<>, rj::UTF8<>, rj::CrtAllocator,
                              rj::kWriteValidateEncodingFlag>;

// ---- writing ------------------------------------------------------------------------------

class LogWriter {
public:
    explicit LogWriter(JsonWriter& w) : w_(w) {}

    void log(const CurationLog& log) {
        w_.StartArray();
        for (const CurationEntry& e : log)
            entry(e);
        w_.EndArray();
    }

private:
    void str(std::string_view s) {
        if (!w_.String(s.data(), static_cast<rj::SizeType>(s.size())))
            throw CurationError("the curation log holds text that is not valid UTF-8");
    }
    void key(std::string_view k) { w_.Key(k.data(), static_cast<rj::SizeType>(k.size())); }
    void strings(const std::vector<std::string>& list) {
        w_.StartArray();
        for (const std::string& s : list)
            str(s);
        w_.EndArray();
    }

    void entry(const CurationEntry& e) {
        w_.StartObject();
        key("what");
        str(e.what);
        key("when");
        str(e.when);
        key("note");
        str(e.note);
        key("fingerprint");
        str(fmt::format("{:016x}", e.fingerprint));
        key("entities");
        objects(e.entities, [&](const EntityImage& i) { entity(i); });
        key("relations");
        objects(e.relations, [&](const FactImage& i) { fact(i); });
        key("replay");
        replay(e.replay);
        w_.EndObject();
    }

    template <class Image, class F> void objects(const ObjectsBefore<Image>& o, F image) {
        w_.StartObject();
        key("count");
        w_.Uint64(o.count);
        key("added");
        w_.Uint64(o.added);
        for (auto [name, list] : {std::pair{"removed", &o.removed}, {"changed", &o.changed}}) {
            key(name);
            w_.StartArray();
            for (const auto& placed : *list) {
                w_.StartArray();
                w_.Uint64(placed.position);
                image(placed.image);
                w_.EndArray();
            }
            w_.EndArray();
        }
        w_.EndObject();
    }

    void entity(const EntityImage& e) {
        w_.StartArray();
        str(e.name);
        w_.Uint(static_cast<unsigned>(e.type));
        w_.Uint(e.mentions);
        strings(e.aliases);
        w_.EndArray();
    }

    void fact(const FactImage& f) {
        w_.StartArray();
        str(f.source);
        str(f.target);
        str(f.predicate);
        w_.Bool(f.negated);
        str(f.modality);
        str(f.speaker);
        str(f.time);
        str(f.quantity);
        str(f.place);
        w_.Uint(f.support);
        // The shortest decimal that reads back as the same float, as in the graph itself.
        char text[32];
        auto end = std::to_chars(text, text + sizeof text, f.confidence).ptr;
        w_.RawValue(text, static_cast<std::size_t>(end - text), rj::kNumberType);
        strings(f.surfaces);
        w_.StartArray();
        for (const MentionImage& m : f.mentions) {
            w_.StartArray();
            str(m.doc);
            w_.Uint(m.sentence);
            w_.Uint(m.begin);
            w_.Uint(m.end);
            str(m.text);
            str(m.date);
            str(m.source);
            w_.EndArray();
        }
        w_.EndArray();
        w_.Uint(static_cast<unsigned>(f.stance));
        w_.EndArray();
    }

    void replay(const ReplaySteps& r) {
        w_.StartObject();
        key("merged");
        w_.StartArray();
        for (const EntityMerge& m : r.merged) {
            w_.StartObject();
            key("names");
            strings(m.names);
            key("into");
            str(m.into);
            w_.EndObject();
        }
        w_.EndArray();
        key("renamed");
        w_.StartArray();
        for (const EntityRename& m : r.renamed) {
            w_.StartObject();
            key("from");
            str(m.from);
            key("to");
            str(m.to);
            w_.EndObject();
        }
        w_.EndArray();
        for (auto [name, list] : {std::pair{"deleted", &r.deleted}, {"added", &r.added}}) {
            key(name);
            w_.StartArray();
            for (const FactImage& f : *list)
                fact(f);
            w_.EndArray();
        }
        w_.EndObject();
    }

    JsonWriter& w_;
};

// ---- reading ------------------------------------------------------------------------------

class LogReader {
public:
    CurationLog log(const rj::Value& v) {
        if (!v.IsArray())
            fail("the log must be an array");
        CurationLog log;
        for (const rj::Value& e : v.GetArray()) {
            where_ = fmt::format("log entry {}", log.size() + 1);
            log.push_back(entry(e));
        }
        return log;
    }

private:
    [[noreturn]] void fail(std::string_view what) const {
        throw CurationError(where_.empty() ? std::string(what)
                                           : fmt::format("{}: {}", where_, what));
    }

    const rj::Value& member(const rj::Value& object, const char* name) const {
        if (!object.IsObject())
            fail(fmt::format("expected an object holding \"{}\"", name));
        auto it = object.FindMember(name);
        if (it == object.MemberEnd())
            fail(fmt::format("\"{}\" is missing", name));
        return it->value;
    }
    std::string str(const rj::Value& v, std::string_view what) const {
        if (!v.IsString())
            fail(fmt::format("{} must be a string", what));
        return std::string(v.GetString(), v.GetStringLength());
    }
    std::uint32_t u32(const rj::Value& v, std::string_view what) const {
        if (!v.IsUint())
            fail(fmt::format("{} must be an integer from 0 to {}", what, UINT32_MAX));
        return v.GetUint();
    }
    std::uint64_t u64(const rj::Value& v, std::string_view what) const {
        if (!v.IsUint64())
            fail(fmt::format("{} must be a non-negative integer", what));
        return v.GetUint64();
    }
    const rj::Value::ConstArray array(const rj::Value& v, std::string_view what,
                                      std::size_t size = 0) const {
        if (!v.IsArray() || (size != 0 && v.Size() != size))
            fail(size == 0 ? fmt::format("{} must be an array", what)
                           : fmt::format("{} must be an array of {} elements", what, size));
        return v.GetArray();
    }
    std::vector<std::string> strings(const rj::Value& v, std::string_view what) const {
        std::vector<std::string> list;
        for (const rj::Value& s : array(v, what))
            list.push_back(str(s, what));
        return list;
    }

    CurationEntry entry(const rj::Value& v) const {
        CurationEntry e;
        e.what = str(member(v, "what"), "what");
        e.when = str(member(v, "when"), "when");
        e.note = str(member(v, "note"), "note");
        std::string hex = str(member(v, "fingerprint"), "fingerprint");
        auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), e.fingerprint, 16);
        if (ec != std::errc() || end != hex.data() + hex.size() || hex.size() != 16)
            fail("fingerprint must be 16 hexadecimal digits");
        e.entities = objects<EntityImage>(member(v, "entities"), "entities",
                                          [&](const rj::Value& i) { return entity(i); });
        e.relations = objects<FactImage>(member(v, "relations"), "relations",
                                         [&](const rj::Value& i) { return fact(i); });
        e.replay = replay(member(v, "replay"));
        if (v.MemberCount() != 7)
            fail("an entry has exactly the keys what, when, note, fingerprint, entities, "
                 "relations, replay");
        return e;
    }

    template <class Image, class F>
    ObjectsBefore<Image> objects(const rj::Value& v, std::string_view what, F image) const {
        ObjectsBefore<Image> o;
        o.count = u64(member(v, "count"), fmt::format("{}.count", what));
        o.added = u64(member(v, "added"), fmt::format("{}.added", what));
        for (auto [name, list] : {std::pair{"removed", &o.removed}, {"changed", &o.changed}}) {
            std::string field = fmt::format("{}.{}", what, name);
            std::uint64_t next = 0;
            for (const rj::Value& p : array(member(v, name), field)) {
                auto pair = array(p, field, 2);
                std::uint64_t position = u64(pair[0], field + " position");
                if (position < next || position >= o.count)
                    fail(
                        fmt::format("{}: positions must ascend and stay below {}", field, o.count));
                next = position + 1;
                list->push_back({position, image(pair[1])});
            }
        }
        return o;
    }

    EntityImage entity(const rj::Value& v) const {
        auto a = array(v, "an entity", 4);
        EntityImage e;
        e.name = str(a[0], "an entity's name");
        std::uint32_t type = u32(a[1], "an entity's type");
        if (type >= kAllEntityTypes.size())
            fail(fmt::format("an entity's type must be below {}", kAllEntityTypes.size()));
        e.type = kAllEntityTypes[type];
        e.mentions = u32(a[2], "an entity's mentions");
        e.aliases = strings(a[3], "an entity's aliases");
        if (e.name.empty())
            fail("an entity's name is empty");
        return e;
    }

    FactImage fact(const rj::Value& v) const {
        auto a = array(v, "a fact", 14);
        FactImage f;
        f.source = str(a[0], "a fact's source");
        f.target = str(a[1], "a fact's target");
        f.predicate = str(a[2], "a fact's predicate");
        if (!a[3].IsBool())
            fail("a fact's negated must be true or false");
        f.negated = a[3].GetBool();
        f.modality = str(a[4], "a fact's modality");
        f.speaker = str(a[5], "a fact's speaker");
        f.time = str(a[6], "a fact's time");
        f.quantity = str(a[7], "a fact's quantity");
        f.place = str(a[8], "a fact's place");
        f.support = u32(a[9], "a fact's support");
        if (!a[10].IsNumber() || a[10].GetDouble() < 0 || a[10].GetDouble() > 1)
            fail("a fact's confidence must be a number from 0 to 1");
        f.confidence = static_cast<float>(a[10].GetDouble());
        f.surfaces = strings(a[11], "a fact's surfaces");
        for (const rj::Value& m : array(a[12], "a fact's mentions")) {
            auto ma = array(m, "a mention", 7);
            f.mentions.push_back({str(ma[0], "a mention's doc"), u32(ma[1], "a mention's sentence"),
                                  u32(ma[2], "a mention's begin"), u32(ma[3], "a mention's end"),
                                  str(ma[4], "a mention's text"), str(ma[5], "a mention's date"),
                                  str(ma[6], "a mention's source")});
        }
        std::uint32_t stance = u32(a[13], "a fact's stance");
        if (stance > 2)
            fail("a fact's stance must be 0, 1 or 2");
        f.stance = static_cast<Stance>(stance);
        if (f.source.empty() || f.target.empty() || f.predicate.empty() || f.support == 0)
            fail("a fact needs a source, a target, a predicate and a support of at least 1");
        return f;
    }

    ReplaySteps replay(const rj::Value& v) const {
        ReplaySteps r;
        for (const rj::Value& m : array(member(v, "merged"), "replay.merged"))
            r.merged.push_back({strings(member(m, "names"), "replay.merged names"),
                                str(member(m, "into"), "replay.merged into")});
        for (const rj::Value& m : array(member(v, "renamed"), "replay.renamed"))
            r.renamed.push_back({str(member(m, "from"), "replay.renamed from"),
                                 str(member(m, "to"), "replay.renamed to")});
        for (const rj::Value& f : array(member(v, "deleted"), "replay.deleted"))
            r.deleted.push_back(fact(f));
        for (const rj::Value& f : array(member(v, "added"), "replay.added"))
            r.added.push_back(fact(f));
        return r;
    }

    std::string where_;
};

} // namespace

std::string curationLogToJson(const CurationLog& log) {
    rj::StringBuffer buffer;
    JsonWriter writer(buffer);
    LogWriter(writer).log(log);
    return std::string(buffer.GetString(), buffer.GetSize());
}

CurationLog curationLogFromJson(std::string_view json) {
    rj::Document doc;
    // Iterative: the binary form's log section is parsed as it is, however deeply it nests.
    constexpr unsigned kFlags =
        rj::kParseFullPrecisionFlag | rj::kParseValidateEncodingFlag | rj::kParseIterativeFlag;
    doc.Parse<kFlags>(json.data(), json.size());
    if (doc.HasParseError())
        throw CurationError(fmt::format("the log is not valid JSON: {}",
                                        rj::GetParseError_En(doc.GetParseError())));
    return LogReader().log(doc);
}

} // namespace kg::graph
