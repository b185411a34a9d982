#include "export/graphviz.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kg::exporter {
namespace {

// Graphviz formats its error messages itself and hands them to one global callback; we keep the
// last one so the exception can say what went wrong instead of Graphviz printing it.
std::string& lastGraphvizMessage() {
    static std::string message;
    return message;
}

int captureGraphvizMessage(char* text) {
    std::string& message = lastGraphvizMessage();
    message = text == nullptr ? "" : text;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return 0;
}

void captureGraphvizErrors() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Warnings ("node too wide", ...) are not failures: only errors reach the callback.
        agseterr(AGERR);
        agseterrf(captureGraphvizMessage);
    });
}

[[noreturn]] void fail(std::string what) {
    std::string& message = lastGraphvizMessage();
    if (!message.empty())
        what += ": " + std::exchange(message, {});
    throw GraphvizError(what);
}

// sfdp and fdp draw from the C library's rand() and drand48() without always reseeding them, so
// a layout would continue whatever sequence the process used before. Restoring the states a
// process starts with (rand: srand(1); drand48: glibc's zero X, with the standard multiplier and
// addend that seed48 also sets) makes a layout equal to the first one of a fresh process, and so
// to the `dot` command's output: nop2's edge routing draws from drand48 (checked against the dot
// command). (Other Graphviz globals are why layouts also run in a child process: see
// isolated_render.h.)
void resetGraphvizRandomness() {
    std::srand(1);
    unsigned short initial[3] = {0, 0, 0};
    seed48(initial);
}

char* mutableText(const std::string& text) {
    return const_cast<char*>(text.c_str());
}

// cgraph's default ids for named objects are the addresses of their interned names, and it keeps
// subgraphs in id order: agwrite, and the layouts that walk the subgraphs, would follow the heap
// (seen: the legend cluster first in one call and last in the next, in one process). These ids
// count up in the order names are first seen instead, so subgraphs stay in creation (or reading)
// order. Names are still interned with agstrdup: agwrite reads an HTML-label flag stored beside
// each interned string. Anonymous objects (edges) keep odd ids, as in cgraph's own discipline.
struct SequentialIds {
    Agraph_t* root;
    std::unordered_map<std::string, IDTYPE> ids;
    std::vector<char*> names; // the interned name of id 2(k+1) at k, freed with the graph
    IDTYPE nextAnonymous = 1;
};

void* openIds(Agraph_t* root, Agdisc_t*) {
    return new SequentialIds{root, {}, {}};
}

long mapId(void* state, int, char* name, IDTYPE* id, int create) {
    auto& ids = *static_cast<SequentialIds*>(state);
    if (name == nullptr) {
        *id = ids.nextAnonymous;
        ids.nextAnonymous += 2;
        return 1;
    }
    auto it = ids.ids.find(name);
    if (it == ids.ids.end()) {
        if (create == 0)
            return 0;
        ids.names.push_back(agstrdup(ids.root, name));
        it = ids.ids.emplace(name, 2 * ids.names.size()).first;
    }
    *id = it->second;
    return 1;
}

long allocId(void*, int, IDTYPE) {
    return 0; // no caller-chosen ids, as in cgraph's discipline
}

void freeId(void*, int, IDTYPE) {}

char* printId(void* state, int, IDTYPE id) {
    auto& ids = *static_cast<SequentialIds*>(state);
    return id % 2 == 0 ? ids.names[id / 2 - 1] : nullptr;
}

void closeIds(void* state) {
    delete static_cast<SequentialIds*>(state);
}

void registerId(void*, int, void*) {}

Agiddisc_t sequentialIdDisc = {openIds, mapId, allocId, freeId, printId, closeIds, registerId};

// agmemread's reader: hands cgraph's lexer the text one line at a time.
struct TextReader {
    const std::string& text;
    std::size_t at = 0;
};

int readLine(void* channel, char* buffer, int size) {
    auto& reader = *static_cast<TextReader*>(channel);
    int n = 0;
    while (n < size && reader.at < reader.text.size()) {
        char c = reader.text[reader.at++];
        buffer[n++] = c;
        if (c == '\n')
            break;
    }
    return n;
}

Agiodisc_t textReaderDisc = {readLine, nullptr, nullptr};

Agdisc_t* kgDiscipline() {
    static Agdisc_t disc = [] {
        textReaderDisc.putstr = AgIoDisc.putstr;
        textReaderDisc.flush = AgIoDisc.flush;
        return Agdisc_t{&AgMemDisc, &sequentialIdDisc, &textReaderDisc};
    }();
    return &disc;
}

} // namespace

DotGraph::DotGraph(std::string_view name) {
    captureGraphvizErrors();
    std::string owned(name);
    g_ = agopen(mutableText(owned), Agdirected, kgDiscipline());
    if (g_ == nullptr)
        fail("cannot create a Graphviz graph");
}

DotGraph DotGraph::parse(const std::string& text) {
    captureGraphvizErrors();
    DotGraph graph;
    TextReader reader{text};
    graph.g_ = agconcat(nullptr, &reader, kgDiscipline());
    if (graph.g_ == nullptr)
        fail("cannot read DOT");
    return graph;
}

DotGraph::DotGraph(DotGraph&& other) noexcept : g_(std::exchange(other.g_, nullptr)) {}

DotGraph& DotGraph::operator=(DotGraph&& other) noexcept {
    if (this != &other) {
        if (g_ != nullptr)
            agclose(g_);
        g_ = std::exchange(other.g_, nullptr);
    }
    return *this;
}

DotGraph::~DotGraph() {
    if (g_ != nullptr)
        agclose(g_);
}

AttrSym DotGraph::declare(int kind, std::string_view name, std::string_view defaultValue) {
    std::string ownedName(name);
    std::string ownedValue(defaultValue);
    Agsym_t* sym = agattr(g_, kind, mutableText(ownedName), mutableText(ownedValue));
    if (sym == nullptr)
        fail("cannot declare Graphviz attribute '" + ownedName + "'");
    return AttrSym(sym);
}

void DotGraph::setGraphAttr(std::string_view name, std::string_view value) {
    std::string ownedName(name);
    std::string ownedValue(value);
    std::string none;
    agsafeset(g_, mutableText(ownedName), mutableText(ownedValue), mutableText(none));
}

Agraph_t* DotGraph::subgraph(std::string_view name) {
    std::string owned(name);
    Agraph_t* sub = agsubg(g_, mutableText(owned), 1);
    if (sub == nullptr)
        fail("cannot create Graphviz subgraph '" + owned + "'");
    return sub;
}

Agnode_t* DotGraph::node(Agraph_t* where, std::string_view name) {
    std::string owned(name);
    Agnode_t* n = agnode(where, mutableText(owned), 1);
    if (n == nullptr)
        fail("cannot create Graphviz node '" + owned + "'");
    return n;
}

Agedge_t* DotGraph::edge(Agnode_t* tail, Agnode_t* head) {
    // A null name makes cgraph create an anonymous edge instead of finding an existing one.
    Agedge_t* e = agedge(g_, tail, head, nullptr, 1);
    if (e == nullptr)
        fail("cannot create Graphviz edge");
    return e;
}

void DotGraph::set(void* object, const AttrSym& attr, std::string_view value) {
    std::string owned(value);
    agxset(object, attr.c_struct(), mutableText(owned));
}

std::string DotGraph::dot() const {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* memory = open_memstream(&buffer, &size);
    if (memory == nullptr)
        throw GraphvizError("out of memory writing DOT");
    int status = agwrite(g_, memory);
    std::fclose(memory);
    std::string text(buffer, size);
    std::free(buffer);
    if (status != 0)
        fail("cannot write DOT");
    return text;
}

GvContext::GvContext() {
    captureGraphvizErrors();
    gvc_ = gvContext();
    if (gvc_ == nullptr)
        fail("cannot start Graphviz");
}

GvContext::GvContext(GvContext&& other) noexcept : gvc_(std::exchange(other.gvc_, nullptr)) {}

GvContext& GvContext::operator=(GvContext&& other) noexcept {
    if (this != &other) {
        if (gvc_ != nullptr)
            gvFreeContext(gvc_);
        gvc_ = std::exchange(other.gvc_, nullptr);
    }
    return *this;
}

GvContext::~GvContext() {
    if (gvc_ != nullptr)
        gvFreeContext(gvc_);
}

Rendered::Rendered(Rendered&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), length_(std::exchange(other.length_, 0)) {}

Rendered& Rendered::operator=(Rendered&& other) noexcept {
    if (this != &other) {
        if (data_ != nullptr)
            gvFreeRenderData(data_);
        data_ = std::exchange(other.data_, nullptr);
        length_ = std::exchange(other.length_, 0);
    }
    return *this;
}

Rendered::~Rendered() {
    if (data_ != nullptr)
        gvFreeRenderData(data_);
}

GvLayout::GvLayout(const GvContext& context, const DotGraph& graph, std::string_view engine)
    : context_(context), graph_(graph) {
    std::string owned(engine);
    resetGraphvizRandomness();
    if (gvLayout(context_.c_struct(), graph_.c_struct(), owned.c_str()) != 0)
        fail("Graphviz layout '" + owned + "' failed");
}

GvLayout::~GvLayout() {
    gvFreeLayout(context_.c_struct(), graph_.c_struct());
}

Rendered GvLayout::render(std::string_view format) const {
    std::string owned(format);
    char* data = nullptr;
    unsigned length = 0;
    int status =
        gvRenderData(context_.c_struct(), graph_.c_struct(), owned.c_str(), &data, &length);
    Rendered result(data, length); // owns the buffer on the error path too
    if (status != 0 || data == nullptr)
        fail("Graphviz cannot render '" + owned + "'");
    return result;
}

} // namespace kg::exporter
