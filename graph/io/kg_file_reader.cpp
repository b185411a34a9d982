// loadGraph: a RapidJSON SAX handler that validates the .kg layout event by event and builds the
// graph as it goes, so a file is read in one pass without a DOM. Every rule of
// docs/file-format.md is checked here; the first violation stops the parse and becomes a
// GraphFileError naming the file and byte offset.
#include "base/huge_pages.h"
#include "graph/curation.h"
#include "graph/io/curation_log_json.h"
#include "graph/io/json_config.h"
#include "graph/io/kg_file.h"
#include "graph/io/kg_file_format.h"
#include "graph/mapped_graph.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <rapidjson/filereadstream.h>
#include <sys/stat.h>
#include <vector>

namespace kg::graph {

namespace {

namespace fmtk = file_format;
namespace rj = rapidjson;

constexpr std::size_t kStreamBuffer = 1 << 16;
// The fewest bytes one element of each array can take ("",  [0],  [0,0,0],), used to reject
// counts that the file cannot possibly hold before anything is reserved for them.
constexpr std::uint64_t kMinStringBytes = 3;
constexpr std::uint64_t kMinEntityBytes = 4;
constexpr std::uint64_t kMinRelationBytes = 8;

constexpr std::array<std::string_view, 7> kTopKeys = {
    fmtk::kKeyFormat,   fmtk::kKeyVersion,   fmtk::kKeyCounts, fmtk::kKeyStrings,
    fmtk::kKeyEntities, fmtk::kKeyRelations, fmtk::kKeyLog};
constexpr std::array<std::string_view, 3> kCountKeys = {fmtk::kKeyStrings, fmtk::kKeyEntities,
                                                        fmtk::kKeyRelations};

/// One JSON scalar as the handler sees it, whatever RapidJSON event carried it.
struct Scalar {
    enum class Kind { Null, Bool, Unsigned, Negative, Real, String } kind;
    std::uint64_t u = 0;
    double d = 0;
    bool b = false;
    std::string_view s;

    std::string_view describe() const {
        switch (kind) {
        case Kind::Null:
            return "null";
        case Kind::Bool:
            return "a boolean";
        case Kind::Unsigned:
        case Kind::Negative:
            return "an integer";
        case Kind::Real:
            return "a number";
        case Kind::String:
            return "a string";
        }
        return "a value";
    }
};

class GraphHandler : public rj::BaseReaderHandler<rj::UTF8<>, GraphHandler> {
public:
    GraphHandler(KnowledgeGraph& graph, std::uint64_t fileSize)
        : graph_(graph), fileSize_(fileSize) {}

    // ---- RapidJSON events ------------------------------------------------------------------
    bool Null() { return scalar({Scalar::Kind::Null, 0, 0, false, {}}); }
    bool Bool(bool b) { return scalar({Scalar::Kind::Bool, 0, 0, b, {}}); }
    bool Int(int i) { return Int64(i); }
    bool Uint(unsigned u) { return Uint64(u); }
    bool Int64(std::int64_t i) {
        if (i >= 0)
            return Uint64(static_cast<std::uint64_t>(i));
        return scalar({Scalar::Kind::Negative, 0, static_cast<double>(i), false, {}});
    }
    bool Uint64(std::uint64_t u) {
        return scalar({Scalar::Kind::Unsigned, u, static_cast<double>(u), false, {}});
    }
    bool Double(double d) { return scalar({Scalar::Kind::Real, 0, d, false, {}}); }
    bool String(const char* s, rj::SizeType n, bool) {
        return scalar({Scalar::Kind::String, 0, 0, false, std::string_view(s, n)});
    }
    bool Key(const char* s, rj::SizeType n, bool);
    bool StartObject();
    bool EndObject(rj::SizeType);
    bool StartArray();
    bool EndArray(rj::SizeType);

    /// Set when a rule was broken (the parse then stops with kParseErrorTermination).
    const std::string& error() const { return error_; }
    /// True until the top-level object has opened: a parse error then means "not our file".
    bool beforeStart() const { return state_ == State::Begin; }

private:
    enum class State {
        Begin,
        TopKey,
        FormatValue,
        VersionValue,
        CountsBegin,
        CountsKey,
        CountsValue,
        StringsBegin,
        Strings,
        EntitiesBegin,
        EntityList,
        Entity,
        RelationsBegin,
        RelationList,
        Relation,
        Surfaces,
        MentionList,
        Mention,
        LogBegin,
        Log,
        End
    };

    template <class... Args> bool fail(fmt::format_string<Args...> f, Args&&... args) {
        error_ = fmt::format(f, std::forward<Args>(args)...);
        return false;
    }
    bool unexpected(std::string_view what);
    bool scalar(const Scalar& v);
    bool topValueExpected(State next);
    bool countValue(const Scalar& v);
    bool entityField(const Scalar& v);
    bool relationField(const Scalar& v);
    bool mentionField(const Scalar& v);
    bool finishEntity();
    bool finishRelation();
    bool addRelations();
    bool topKeysDone() const;
    // The log is copied verbatim as the parser sees it and read as a whole at its end.
    template <class F> bool logEvent(F&& write, int depthChange);
    bool finishLog();

    // Reads a string index; `what` names the field for the message.
    bool stringIndex(const Scalar& v, std::string_view what, Sym& out);
    bool entityIndex(const Scalar& v, std::string_view what, EntityId& out);
    bool uint32Value(const Scalar& v, std::string_view what, std::uint32_t& out);
    std::string where() const;

    KnowledgeGraph& graph_;
    std::uint64_t fileSize_;
    State state_ = State::Begin;
    std::size_t topKey_ = 0;   // index into kTopKeys of the next key expected
    std::size_t countKey_ = 0; // index into kCountKeys of the next key expected
    std::array<std::uint64_t, 3> counts_{};
    std::string error_;

    std::vector<Sym> syms_; // file string index -> Sym in the graph
    std::uint64_t entities_ = 0;
    std::uint64_t relations_ = 0;
    std::size_t field_ = 0; // position inside the current entity, relation or mention
    std::uint32_t version_ = 0;
    EntityId entity_ = kNoId;
    graph::Relation relation_;
    std::vector<graph::Relation> records_; // every relation read, added at the list's end
    Mention mention_;
    rj::StringBuffer logText_;
    rj::Writer<rj::StringBuffer> logWriter_{logText_};
    unsigned logDepth_ = 0;
};

bool GraphHandler::topKeysDone() const {
    // Files before the log's version end after the relations.
    return topKey_ == kTopKeys.size() ||
           (topKey_ == kTopKeys.size() - 1 && version_ < fmtk::kFirstVersionWithLog);
}

template <class F> bool GraphHandler::logEvent(F&& write, int depthChange) {
    if (depthChange > 0 && logDepth_ == kCurationLogDepth)
        return fail("log: nested deeper than a curation log can be");
    logDepth_ = static_cast<unsigned>(static_cast<int>(logDepth_) + depthChange);
    write(logWriter_);
    if (logDepth_ == 0)
        return finishLog();
    return true;
}

bool GraphHandler::finishLog() {
    try {
        graph_.curationLog() =
            curationLogFromJson(std::string_view(logText_.GetString(), logText_.GetSize()));
    } catch (const CurationError& e) {
        return fail("{}", e.what());
    }
    state_ = State::TopKey;
    return true;
}

// Confidences keep their digits: the double read at full precision is written back at full
// precision, so the float parsed again is the same.
void writeScalar(rj::Writer<rj::StringBuffer>& w, const Scalar& v) {
    switch (v.kind) {
    case Scalar::Kind::Null:
        w.Null();
        break;
    case Scalar::Kind::Bool:
        w.Bool(v.b);
        break;
    case Scalar::Kind::Unsigned:
        w.Uint64(v.u);
        break;
    case Scalar::Kind::Negative:
    case Scalar::Kind::Real:
        w.Double(v.d);
        break;
    case Scalar::Kind::String:
        w.String(v.s.data(), static_cast<rj::SizeType>(v.s.size()));
        break;
    }
}

std::string GraphHandler::where() const {
    switch (state_) {
    case State::Entity:
        return fmt::format("entity {}: ", entities_);
    case State::Relation:
    case State::Surfaces:
    case State::MentionList:
    case State::Mention:
        return fmt::format("relation {}: ", relations_);
    default:
        return {};
    }
}

bool GraphHandler::unexpected(std::string_view what) {
    switch (state_) {
    case State::Begin:
        return fail("not a kg graph file (it does not start with a JSON object)");
    case State::FormatValue:
        return fail("not a kg graph file (\"format\" is {}, not \"{}\")", what, fmtk::kFormatName);
    case State::TopKey:
    case State::CountsKey:
        return fail("unexpected {} where a key was expected", what);
    case State::End:
        return fail("unexpected {} after the end of the graph", what);
    case State::LogBegin:
        return fail("log: must be an array, not {}", what);
    default:
        return fail("{}unexpected {}", where(), what);
    }
}

bool GraphHandler::Key(const char* s, rj::SizeType n, bool) {
    std::string_view key(s, n);
    if (state_ == State::Log)
        return logEvent([&](auto& w) { w.Key(s, n); }, 0);
    if (state_ == State::TopKey) {
        if (topKeysDone())
            return fail("unexpected key \"{}\" after \"{}\"", key, kTopKeys[topKey_ - 1]);
        if (key != kTopKeys[topKey_]) {
            if (topKey_ == 0)
                return fail("not a kg graph file (its first key is \"{}\", not \"{}\")", key,
                            fmtk::kKeyFormat);
            return fail("expected key \"{}\", found \"{}\"", kTopKeys[topKey_], key);
        }
        static constexpr std::array<State, 7> kNext = {
            State::FormatValue,   State::VersionValue,   State::CountsBegin, State::StringsBegin,
            State::EntitiesBegin, State::RelationsBegin, State::LogBegin};
        state_ = kNext[topKey_++];
        return true;
    }
    if (state_ == State::CountsKey) {
        if (countKey_ == kCountKeys.size() || key != kCountKeys[countKey_])
            return fail("counts: unexpected key \"{}\"", key);
        state_ = State::CountsValue;
        return true;
    }
    return unexpected(fmt::format("key \"{}\"", key));
}

bool GraphHandler::StartObject() {
    if (state_ == State::Log)
        return logEvent([](auto& w) { w.StartObject(); }, 1);
    if (state_ == State::Begin) {
        state_ = State::TopKey;
        return true;
    }
    if (state_ == State::CountsBegin) {
        state_ = State::CountsKey;
        return true;
    }
    return unexpected("object");
}

bool GraphHandler::EndObject(rj::SizeType n) {
    if (state_ == State::Log)
        return logEvent([&](auto& w) { w.EndObject(n); }, -1);
    if (state_ == State::CountsKey) {
        if (countKey_ != kCountKeys.size())
            return fail("counts: missing key \"{}\"", kCountKeys[countKey_]);
        // Reject counts the file is too small to hold before reserving memory for them.
        static constexpr std::array<std::uint64_t, 3> kMinBytes = {kMinStringBytes, kMinEntityBytes,
                                                                   kMinRelationBytes};
        for (std::size_t i = 0; i < counts_.size(); ++i)
            if (counts_[i] > fileSize_ / kMinBytes[i] + 1)
                return fail("counts: {} = {} is more than a file of {} bytes can hold "
                            "(truncated or corrupt)",
                            kCountKeys[i], counts_[i], fileSize_);
        // The relations are collected here and handed to the graph as a whole, which reserves
        // its own fact index.
        graph_.reserve(counts_[1], 0, counts_[0]);
        syms_.reserve(counts_[0]);
        records_.reserve(counts_[2]);
        base::adviseHugePages(records_.data(), counts_[2] * sizeof(Relation));
        state_ = State::TopKey;
        return true;
    }
    if (state_ == State::TopKey) {
        if (!topKeysDone())
            return fail("missing key \"{}\"", kTopKeys[topKey_]);
        state_ = State::End;
        return true;
    }
    return unexpected("end of object");
}

bool GraphHandler::StartArray() {
    switch (state_) {
    case State::LogBegin:
        state_ = State::Log;
        return logEvent([](auto& w) { w.StartArray(); }, 1);
    case State::Log:
        return logEvent([](auto& w) { w.StartArray(); }, 1);
    case State::StringsBegin:
        state_ = State::Strings;
        return true;
    case State::EntitiesBegin:
        state_ = State::EntityList;
        return true;
    case State::EntityList:
        if (entities_ == counts_[1])
            return fail("more entities than counts.entities = {}", counts_[1]);
        state_ = State::Entity;
        field_ = 0;
        entity_ = kNoId;
        return true;
    case State::RelationsBegin:
        state_ = State::RelationList;
        return true;
    case State::RelationList:
        if (relations_ == counts_[2])
            return fail("more relations than counts.relations = {}", counts_[2]);
        state_ = State::Relation;
        field_ = 0;
        relation_ = graph::Relation{};
        return true;
    case State::Relation:
        if (field_ == fmtk::kRelSurfaces) {
            state_ = State::Surfaces;
            return true;
        }
        if (field_ == fmtk::kRelMentions) {
            state_ = State::MentionList;
            return true;
        }
        return fail("relation {}: field {} must not be an array", relations_, field_);
    case State::MentionList:
        state_ = State::Mention;
        field_ = 0;
        mention_ = Mention{};
        return true;
    default:
        return unexpected("array");
    }
}

bool GraphHandler::EndArray(rj::SizeType n) {
    switch (state_) {
    case State::Log:
        return logEvent([&](auto& w) { w.EndArray(n); }, -1);
    case State::Strings:
        if (syms_.size() != counts_[0])
            return fail("strings has {} elements, but counts.strings = {}", syms_.size(),
                        counts_[0]);
        state_ = State::TopKey;
        return true;
    case State::EntityList:
        if (entities_ != counts_[1])
            return fail("entities has {} elements, but counts.entities = {}", entities_,
                        counts_[1]);
        state_ = State::TopKey;
        return true;
    case State::Entity:
        return finishEntity();
    case State::RelationList:
        if (relations_ != counts_[2])
            return fail("relations has {} elements, but counts.relations = {}", relations_,
                        counts_[2]);
        return addRelations();
    case State::Relation:
        return finishRelation();
    case State::Surfaces:
        state_ = State::Relation;
        field_ = fmtk::kRelSurfaces + 1;
        return true;
    case State::MentionList:
        state_ = State::Relation;
        field_ = fmtk::kRelMentions + 1;
        return true;
    case State::Mention:
        if (field_ != fmtk::kMentionFieldCount)
            return fail("relation {}: a mention has {} fields instead of {}", relations_, field_,
                        fmtk::kMentionFieldCount);
        relation_.mentions.push_back(mention_);
        state_ = State::MentionList;
        return true;
    default:
        return unexpected("end of array");
    }
}

bool GraphHandler::scalar(const Scalar& v) {
    switch (state_) {
    case State::Log:
        return logEvent([&](auto& w) { writeScalar(w, v); }, 0);
    case State::FormatValue:
        if (v.kind != Scalar::Kind::String)
            return unexpected(v.describe());
        if (v.s != fmtk::kFormatName)
            return unexpected(fmt::format("\"{}\"", v.s));
        state_ = State::TopKey;
        return true;
    case State::VersionValue:
        if (v.kind != Scalar::Kind::Unsigned || v.u == 0)
            return fail("\"version\" must be a positive integer");
        if (v.u > fmtk::kVersion)
            return fail("format version {} is newer than this kg reads (version {}); "
                        "upgrade kg to read it",
                        v.u, fmtk::kVersion);
        version_ = static_cast<std::uint32_t>(v.u);
        state_ = State::TopKey;
        return true;
    case State::CountsValue:
        return countValue(v);
    case State::Strings:
        if (v.kind != Scalar::Kind::String)
            return fail("string {} is {}, not a string", syms_.size(), v.describe());
        if (syms_.size() == counts_[0])
            return fail("more strings than counts.strings = {}", counts_[0]);
        if (syms_.empty() && !v.s.empty())
            return fail("string 0 must be the empty string");
        syms_.push_back(graph_.intern(v.s));
        return true;
    case State::Entity:
        return entityField(v);
    case State::Relation:
        return relationField(v);
    case State::Surfaces: {
        Sym s = kNoSym;
        if (!stringIndex(v, "surface", s))
            return false;
        relation_.surfaces.push_back(s);
        return true;
    }
    case State::Mention:
        return mentionField(v);
    default:
        return unexpected(v.describe());
    }
}

bool GraphHandler::countValue(const Scalar& v) {
    if (v.kind != Scalar::Kind::Unsigned)
        return fail("counts.{} must be a non-negative integer", kCountKeys[countKey_]);
    counts_[countKey_++] = v.u;
    state_ = State::CountsKey;
    return true;
}

bool GraphHandler::stringIndex(const Scalar& v, std::string_view what, Sym& out) {
    if (v.kind != Scalar::Kind::Unsigned || v.u >= syms_.size())
        return fail("{}{} must be a string index below {}, not {}", where(), what, syms_.size(),
                    v.kind == Scalar::Kind::Unsigned ? fmt::to_string(v.u)
                                                     : std::string(v.describe()));
    out = syms_[v.u];
    return true;
}

bool GraphHandler::entityIndex(const Scalar& v, std::string_view what, EntityId& out) {
    if (v.kind != Scalar::Kind::Unsigned || v.u >= entities_)
        return fail("{}{} must be an entity index below {}, not {}", where(), what, entities_,
                    v.kind == Scalar::Kind::Unsigned ? fmt::to_string(v.u)
                                                     : std::string(v.describe()));
    out = static_cast<EntityId>(v.u);
    return true;
}

bool GraphHandler::uint32Value(const Scalar& v, std::string_view what, std::uint32_t& out) {
    if (v.kind != Scalar::Kind::Unsigned || v.u > UINT32_MAX)
        return fail("{}{} must be an integer from 0 to {}", where(), what, UINT32_MAX);
    out = static_cast<std::uint32_t>(v.u);
    return true;
}

bool GraphHandler::entityField(const Scalar& v) {
    std::size_t field = field_++;
    if (field == fmtk::kEntityName) {
        Sym name = kNoSym;
        if (!stringIndex(v, "name", name))
            return false;
        if (name == kNoSym)
            return fail("entity {}: the name is empty", entities_);
        entity_ = graph_.addEntity(graph_.str(name));
        if (entity_ != entities_)
            return fail("entity {}: the name \"{}\" already names entity {}", entities_,
                        graph_.str(name), entity_);
        return true;
    }
    if (field == fmtk::kEntityType) {
        if (v.kind != Scalar::Kind::Unsigned || v.u >= kAllEntityTypes.size())
            return fail("entity {}: type must be an integer from 0 to {}", entities_,
                        kAllEntityTypes.size() - 1);
        if (kAllEntityTypes[v.u] != EntityType::Other)
            graph_.setType(entity_, kAllEntityTypes[v.u]);
        return true;
    }
    if (field == fmtk::kEntityMentions) {
        std::uint32_t mentions = 0;
        if (!uint32Value(v, "mentions", mentions))
            return false;
        if (mentions != 0)
            graph_.addMentions(entity_, mentions);
        return true;
    }
    Sym alias = kNoSym;
    if (!stringIndex(v, "alias", alias))
        return false;
    if (alias == kNoSym)
        return fail("entity {}: an alias is empty", entities_);
    if (!graph_.addAlias(entity_, graph_.str(alias)))
        return fail("entity {}: the alias \"{}\" already names entity {}", entities_,
                    graph_.str(alias), *graph_.findEntity(graph_.str(alias)));
    return true;
}

bool GraphHandler::finishEntity() {
    if (field_ == 0)
        return fail("entity {}: an entity needs at least a name", entities_);
    ++entities_;
    state_ = State::EntityList;
    return true;
}

bool GraphHandler::relationField(const Scalar& v) {
    using namespace fmtk;
    std::size_t field = field_++;
    graph::Relation& r = relation_;
    switch (field) {
    case kRelSource:
        return entityIndex(v, "source", r.source);
    case kRelTarget:
        return entityIndex(v, "target", r.target);
    case kRelPredicate:
        if (!stringIndex(v, "predicate", r.predicate))
            return false;
        if (r.predicate == kNoSym)
            return fail("relation {}: the predicate is empty", relations_);
        return true;
    case kRelNegated:
        if (v.kind != Scalar::Kind::Bool)
            return fail("relation {}: negated must be true or false", relations_);
        r.negated = v.b;
        return true;
    case kRelModality:
        return stringIndex(v, "modality", r.modality);
    case kRelAttributedTo:
        if (v.kind == Scalar::Kind::Null)
            return true;
        return entityIndex(v, "attributed_to", r.attributedTo);
    case kRelTime:
        return stringIndex(v, "time", r.qualifiers.time);
    case kRelQuantity:
        return stringIndex(v, "quantity", r.qualifiers.quantity);
    case kRelPlace:
        return stringIndex(v, "place", r.qualifiers.place);
    case kRelSupport:
        if (!uint32Value(v, "support", r.support))
            return false;
        if (r.support == 0)
            return fail("relation {}: support must be at least 1", relations_);
        return true;
    case kRelConfidence:
        if ((v.kind != Scalar::Kind::Unsigned && v.kind != Scalar::Kind::Real) || v.d < 0 ||
            v.d > 1)
            return fail("relation {}: confidence must be a number from 0 to 1", relations_);
        r.confidence = static_cast<float>(v.d);
        return true;
    case kRelSurfaces:
    case kRelMentions:
        return fail("relation {}: field {} must be an array, not {}", relations_, field,
                    v.describe());
    case kRelStance:
        if (version_ >= 2) {
            if (v.kind != Scalar::Kind::Unsigned || v.u > 2)
                return fail("relation {}: stance must be 0 (neutral), 1 (support) or 2 (oppose)",
                            relations_);
            r.stance = static_cast<Stance>(v.u);
            return true;
        }
        return fail("relation {}: too many fields (at most {} in version 1)", relations_,
                    kRelStance);
    default:
        return fail("relation {}: too many fields (at most {})", relations_, kRelFieldCount);
    }
}

bool GraphHandler::mentionField(const Scalar& v) {
    switch (field_++) {
    case 0:
        return stringIndex(v, "mention doc", mention_.doc);
    case 1:
        return uint32Value(v, "mention sentence", mention_.sentence);
    case 2:
        return uint32Value(v, "mention begin", mention_.begin);
    case 3:
        return uint32Value(v, "mention end", mention_.end);
    case 4:
        return stringIndex(v, "mention text", mention_.text);
    case 5:
        return stringIndex(v, "mention date", mention_.date);
    case 6:
        return stringIndex(v, "mention source", mention_.source);
    default:
        return fail("relation {}: a mention has more than {} fields", relations_,
                    fmtk::kMentionFieldCount);
    }
}

bool GraphHandler::finishRelation() {
    if (field_ <= fmtk::kRelPredicate)
        return fail("relation {}: needs at least source, target and predicate", relations_);
    records_.push_back(std::move(relation_));
    ++relations_;
    state_ = State::RelationList;
    return true;
}

bool GraphHandler::addRelations() {
    // Every end and speaker was checked against the entities read, all of them live.
    if (auto repeat = graph_.addNewRelations(std::move(records_)))
        return fail("relation {}: the same fact as relation {}", repeat->index, repeat->earlier);
    state_ = State::TopKey;
    return true;
}

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

} // namespace

KnowledgeGraph loadGraph(const std::filesystem::path& path) {
    if (MappedGraph::looksBinary(path))
        return loadBinaryGraph(path);
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        throw GraphFileError(
            fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)));
    struct stat info {};
    if (::fstat(::fileno(file.get()), &info) != 0 || S_ISDIR(info.st_mode))
        throw GraphFileError(fmt::format("cannot read {}: it is a folder", path.string()));
    auto fileSize = static_cast<std::uint64_t>(info.st_size);
    if (fileSize == 0)
        throw GraphFileError(fmt::format("{}: the file is empty, not a kg graph", path.string()));

    KnowledgeGraph graph;
    GraphHandler handler(graph, fileSize);
    std::vector<char> buffer(kStreamBuffer);
    rj::FileReadStream stream(file.get(), buffer.data(), buffer.size());
    rj::Reader reader;
    // Full precision: confidences were written as the shortest decimal of a float and must
    // read back as exactly that float. Encoding validation: a graph's strings are UTF-8.
    // Recursion is safe without the iterative parser because the handler refuses any nesting
    // deeper than the format's own (4 levels).
    constexpr unsigned kFlags = rj::kParseFullPrecisionFlag | rj::kParseValidateEncodingFlag;
    rj::ParseResult ok = reader.Parse<kFlags>(stream, handler);
    if (ok)
        return graph;

    std::size_t offset = ok.Offset();
    if (ok.Code() == rj::kParseErrorTermination)
        throw GraphFileError(
            fmt::format("{}: byte {}: {}", path.string(), offset, handler.error()));
    if (handler.beforeStart())
        throw GraphFileError(fmt::format("{}: byte {}: not a kg graph file (not JSON: {})",
                                         path.string(), offset, rj::GetParseError_En(ok.Code())));
    // A cut inside a multi-byte UTF-8 character shows up as a bad encoding in the last bytes.
    bool cutCharacter = ok.Code() == rj::kParseErrorStringInvalidEncoding && offset + 4 > fileSize;
    if (offset >= fileSize || cutCharacter)
        throw GraphFileError(fmt::format("{}: byte {}: the file ends too early (truncated?)",
                                         path.string(), fileSize));
    throw GraphFileError(fmt::format("{}: byte {}: corrupt: {}", path.string(), offset,
                                     rj::GetParseError_En(ok.Code())));
}

} // namespace kg::graph
