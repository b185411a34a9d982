// The builders of the writing clauses: CREATE, MERGE, SET, REMOVE, DELETE and DETACH DELETE.
// What each may change is checked when the statement runs (query/write/), where the graph's
// schema is known; here only their shape is recorded.
#include "grammar/parse_context.h"

#include <memory>

namespace kg::grammar {

using namespace ast;

namespace {

Clause* writingClause(ClauseKind kind, const Span& keyword) {
    auto c = new Clause;
    c->kind = kind;
    c->span = keyword;
    return c;
}

} // namespace

Clause* ParseContext::create(Tok keyword, std::vector<PatternPart>* patterns) {
    std::unique_ptr<std::vector<PatternPart>> p(patterns);
    Clause* c = writingClause(ClauseKind::Create, span(keyword));
    c->patterns = std::move(*p);
    return c;
}

Clause* ParseContext::merge(Tok keyword, PatternPart* pattern) {
    std::unique_ptr<PatternPart> p(pattern);
    Clause* c = writingClause(ClauseKind::Merge, span(keyword));
    c->patterns.push_back(std::move(*p));
    return c;
}

Clause* ParseContext::setClause(Tok keyword, std::vector<SetItem>* items) {
    std::unique_ptr<std::vector<SetItem>> i(items);
    Clause* c = writingClause(ClauseKind::Set, span(keyword));
    c->changes = std::move(*i);
    return c;
}

Clause* ParseContext::removeClause(Tok keyword, std::vector<SetItem>* items) {
    std::unique_ptr<std::vector<SetItem>> i(items);
    Clause* c = writingClause(ClauseKind::Remove, span(keyword));
    c->changes = std::move(*i);
    return c;
}

Clause* ParseContext::deleteClause(Tok keyword, bool detach, std::vector<ExprPtr>* targets) {
    std::unique_ptr<std::vector<ExprPtr>> t(targets);
    Clause* c = writingClause(ClauseKind::Delete, span(keyword));
    c->detach = detach;
    c->deleted = std::move(*t);
    return c;
}

std::vector<SetItem>* ParseContext::setItems(std::vector<SetItem>* list, SetItem* item) {
    std::unique_ptr<SetItem> i(item);
    if (list == nullptr)
        list = new std::vector<SetItem>;
    list->push_back(std::move(*i));
    return list;
}

SetItem* ParseContext::setProperty(Tok variable, Tok key, Expr* value) {
    auto item = new SetItem;
    item->variable = nameOf(variable);
    item->variableSpan = span(variable);
    item->key = nameOf(key);
    item->keySpan = span(key);
    item->value = ExprPtr(value);
    return item;
}

SetItem* ParseContext::setLabels(Tok variable, std::vector<Tok>* labels) {
    std::unique_ptr<std::vector<Tok>> l(labels);
    auto item = new SetItem;
    item->variable = nameOf(variable);
    item->variableSpan = span(variable);
    for (const Tok& t : *l) {
        item->labels.push_back(nameOf(t));
        item->labelSpans.push_back(span(t));
    }
    return item;
}

} // namespace kg::grammar
