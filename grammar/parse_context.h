#pragma once
// ParseContext: the state the Lemon parser carries (%extra_context) and the builders its
// one-line actions call. Builders take ownership of the raw pointers Lemon's value union holds
// and return new raw pointers that the next action adopts in turn. Nothing here throws through
// the generated C code: errors are recorded, and the driver (parser.cpp) stops feeding tokens
// and turns the first one into a QueryError.
#include "grammar/token.h"
#include "query/ast/ast.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::grammar {

/// `*`, `*2`, `*1..3`, `*..3`, `*2..` of a variable-length relationship.
struct Hops {
    std::uint32_t min = 1;
    std::uint32_t max = query::ast::kUnboundedHops;
    Tok at{};
};

/// The first error found while parsing, with the token it was found at.
struct ParseFailure {
    std::string message;
    Tok at{};
};

class ParseContext {
public:
    explicit ParseContext(std::string_view text) : text_(text) {}

    bool failed() const { return failure_.has_value(); }
    /// The token being fed, for errors raised inside the parser engine (stack overflow).
    void setCurrent(Tok t) { current_ = t; }
    const std::optional<ParseFailure>& failure() const { return failure_; }
    /// The parsed statement; null until the grammar's start rule has been reduced.
    std::unique_ptr<query::ast::Statement> takeStatement() { return std::move(statement_); }

    // ---- called by the generated parser --------------------------------------------------------
    void syntaxError(int tokenType, Tok at, const std::vector<int>& expected);
    void tooDeep();
    void finish(bool explain, std::vector<query::ast::Clause>* clauses);

    std::vector<query::ast::Clause>* clauses(std::vector<query::ast::Clause>* list,
                                             query::ast::Clause* clause);
    query::ast::Clause* match(Tok keyword, bool optional,
                              std::vector<query::ast::PatternPart>* patterns,
                              query::ast::Expr* where);
    query::ast::Clause* with(Tok keyword, query::ast::Clause* projection, query::ast::Expr* where);
    query::ast::Clause* ret(Tok keyword, query::ast::Clause* projection);
    query::ast::Clause* unwind(Tok keyword, query::ast::Expr* list, Tok alias);
    query::ast::Clause* projection(bool distinct, query::ast::Clause* items,
                                   std::vector<query::ast::SortItem>* order, query::ast::Expr* skip,
                                   query::ast::Expr* limit);
    query::ast::Clause* items(query::ast::Clause* list, bool star,
                              query::ast::ProjectionItem* item);
    query::ast::ProjectionItem* item(query::ast::Expr* expr, const Tok* alias);
    std::vector<query::ast::SortItem>* sortItems(std::vector<query::ast::SortItem>* list,
                                                 query::ast::SortItem* item);
    query::ast::SortItem* sortItem(query::ast::Expr* expr, bool descending);

    std::vector<query::ast::PatternPart>* patterns(std::vector<query::ast::PatternPart>* list,
                                                   query::ast::PatternPart* part);
    query::ast::PatternPart* namePath(Tok name, query::ast::PatternPart* part);
    query::ast::PatternPart* shortest(Tok function, query::ast::PatternPart* part, Tok close);
    query::ast::PatternPart* chain(query::ast::PatternPart* chain, query::ast::RelPattern* rel,
                                   query::ast::NodePattern* node);
    query::ast::NodePattern* node(Tok open, Tok* variable, std::vector<Tok>* labels,
                                  std::vector<query::ast::PropertyEntry>* props, Tok close);
    std::vector<Tok>* names(std::vector<Tok>* list, Tok name);
    std::vector<query::ast::PropertyEntry>* propList(std::vector<query::ast::PropertyEntry>* list,
                                                     Tok key, query::ast::Expr* value);
    query::ast::RelPattern* rel(Tok begin, query::ast::RelPattern* detail,
                                query::ast::Direction direction, Tok end);
    query::ast::RelPattern* relDetail(Tok* variable, std::vector<Tok>* types, Hops* hops,
                                      std::vector<query::ast::PropertyEntry>* props);
    Hops* hops(Tok star, const Tok* low, bool range, const Tok* high);

    query::ast::Expr* binary(query::ast::Op op, query::ast::Expr* left, query::ast::Expr* right);
    query::ast::Expr* unary(Tok op, query::ast::Op kind, query::ast::Expr* operand);
    query::ast::Expr* isNull(query::ast::Expr* operand, bool negated, Tok end);
    query::ast::Expr* property(query::ast::Expr* object, Tok key);
    query::ast::Expr* index(query::ast::Expr* object, query::ast::Expr* index, Tok close);
    query::ast::Expr* integer(Tok t);
    query::ast::Expr* floating(Tok t);
    query::ast::Expr* string(Tok t);
    query::ast::Expr* literal(Tok t, query::Value value);
    query::ast::Expr* parameter(Tok t);
    query::ast::Expr* variable(Tok t);
    query::ast::Expr* parenthesized(Tok open, query::ast::Expr* inner, Tok close);
    query::ast::Expr* list(Tok open, std::vector<query::ast::ExprPtr>* items, Tok close);
    query::ast::Expr* map(Tok open, std::vector<query::ast::PropertyEntry>* entries, Tok close);
    query::ast::Expr* call(Tok name, bool distinct, bool star,
                           std::vector<query::ast::ExprPtr>* args, Tok close);
    std::vector<query::ast::ExprPtr>* exprs(std::vector<query::ast::ExprPtr>* list,
                                            query::ast::Expr* expr);

private:
    void fail(std::string message, Tok at);
    /// Sets e's depth from its children; deeper than kMaxDepth is an error, so that checking
    /// and evaluation, which recurse, stay within the stack whatever the input.
    query::ast::Expr* deepen(query::ast::Expr* e);
    static query::ast::Span span(Tok t) { return {t.offset, t.n, t.line, t.column}; }
    /// The name a `name` token stands for: backticks removed.
    static std::string nameOf(Tok t);

    std::string_view text_;
    std::optional<ParseFailure> failure_;
    Tok current_{};
    std::unique_ptr<query::ast::Statement> statement_;
};

} // namespace kg::grammar
