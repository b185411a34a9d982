#pragma once
// ParseContext: the state the Lemon parser carries (%extra_context) and the builders its
// one-line actions call. Builders take ownership of the raw pointers Lemon's value union holds
// and return new raw pointers that the next action adopts in turn. Nothing here throws through
// the generated C code: errors are recorded, and the driver (parser.cpp) stops feeding tokens
// and turns the first one into a QueryError.
#include "grammar/ast.h"
#include "grammar/token.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::grammar {

/// `*`, `*2`, `*1..3`, `*..3`, `*2..` of a variable-length relationship.
struct Hops {
    std::uint32_t min = 1;
    std::uint32_t max = ast::kUnboundedHops;
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
    std::unique_ptr<ast::Statement> takeStatement() { return std::move(statement_); }

    // ---- called by the generated parser --------------------------------------------------------
    void syntaxError(int tokenType, Tok at, const std::vector<int>& expected);
    void tooDeep();
    void finish(bool explain, ast::Statement* statement);
    ast::Statement* query(std::vector<ast::Clause>* clauses);
    ast::Statement* unite(ast::Statement* statement, Tok keyword, bool all,
                          std::vector<ast::Clause>* clauses);

    std::vector<ast::Clause>* clauses(std::vector<ast::Clause>* list, ast::Clause* clause);
    ast::Clause* match(Tok keyword, bool optional, std::vector<ast::PatternPart>* patterns,
                       ast::Expr* where);
    ast::Clause* with(Tok keyword, ast::Clause* projection, ast::Expr* where);
    ast::Clause* ret(Tok keyword, ast::Clause* projection);
    ast::Clause* unwind(Tok keyword, ast::Expr* list, Tok alias);
    ast::Clause* create(Tok keyword, std::vector<ast::PatternPart>* patterns);
    ast::Clause* merge(Tok keyword, ast::PatternPart* pattern);
    ast::Clause* setClause(Tok keyword, std::vector<ast::SetItem>* items);
    ast::Clause* removeClause(Tok keyword, std::vector<ast::SetItem>* items);
    ast::Clause* deleteClause(Tok keyword, bool detach, std::vector<ast::ExprPtr>* targets);
    std::vector<ast::SetItem>* setItems(std::vector<ast::SetItem>* list, ast::SetItem* item);
    /// `value` null: the item of a REMOVE.
    ast::SetItem* setProperty(Tok variable, Tok key, ast::Expr* value);
    ast::SetItem* setLabels(Tok variable, std::vector<Tok>* labels);
    ast::Clause* projection(bool distinct, ast::Clause* items, std::vector<ast::SortItem>* order,
                            ast::Expr* skip, ast::Expr* limit);
    ast::Clause* items(ast::Clause* list, bool star, ast::ProjectionItem* item);
    ast::ProjectionItem* item(ast::Expr* expr, const Tok* alias);
    std::vector<ast::SortItem>* sortItems(std::vector<ast::SortItem>* list, ast::SortItem* item);
    ast::SortItem* sortItem(ast::Expr* expr, bool descending);

    std::vector<ast::PatternPart>* patterns(std::vector<ast::PatternPart>* list,
                                            ast::PatternPart* part);
    ast::PatternPart* namePath(Tok name, ast::PatternPart* part);
    ast::PatternPart* shortest(Tok function, ast::PatternPart* part, Tok close);
    ast::PatternPart* chain(ast::PatternPart* chain, ast::RelPattern* rel, ast::NodePattern* node);
    ast::NodePattern* node(Tok open, Tok* variable, std::vector<Tok>* labels,
                           std::vector<ast::PropertyEntry>* props, Tok close);
    std::vector<Tok>* names(std::vector<Tok>* list, Tok name);
    std::vector<ast::PropertyEntry>* propList(std::vector<ast::PropertyEntry>* list, Tok key,
                                              ast::Expr* value);
    ast::RelPattern* rel(Tok begin, ast::RelPattern* detail, ast::Direction direction, Tok end);
    ast::RelPattern* relDetail(Tok* variable, std::vector<Tok>* types, Hops* hops,
                               std::vector<ast::PropertyEntry>* props);
    Hops* hops(Tok star, const Tok* low, bool range, const Tok* high);

    ast::Expr* binary(ast::Op op, ast::Expr* left, ast::Expr* right);
    ast::Expr* unary(Tok op, ast::Op kind, ast::Expr* operand);
    ast::Expr* isNull(ast::Expr* operand, bool negated, Tok end);
    ast::Expr* property(ast::Expr* object, Tok key);
    ast::Expr* index(ast::Expr* object, ast::Expr* index, Tok close);
    ast::Expr* integer(Tok t);
    ast::Expr* floating(Tok t);
    ast::Expr* string(Tok t);
    ast::Expr* literal(Tok t, ast::Literal value);
    ast::Expr* parameter(Tok t);
    ast::Expr* variable(Tok t);
    ast::Expr* parenthesized(Tok open, ast::Expr* inner, Tok close);
    ast::Expr* list(Tok open, std::vector<ast::ExprPtr>* items, Tok close);
    ast::Expr* map(Tok open, std::vector<ast::PropertyEntry>* entries, Tok close);
    ast::Expr* call(Tok name, bool distinct, bool star, std::vector<ast::ExprPtr>* args, Tok close);
    std::vector<ast::ExprPtr>* exprs(std::vector<ast::ExprPtr>* list, ast::Expr* expr);

    // ---- grammar/parse_context_compound.cpp: expressions that bind names or hold patterns ---
    ast::Expr* slice(ast::Expr* object, ast::Expr* low, ast::Expr* high, Tok close);
    ast::Expr* caseOf(Tok open, ast::Expr* subject, std::vector<ast::ExprPtr>* alternatives,
                      ast::Expr* otherwise, Tok close);
    std::vector<ast::ExprPtr>* caseAlternative(std::vector<ast::ExprPtr>* list, ast::Expr* when,
                                               ast::Expr* then);
    /// [x IN list WHERE p | e], or with a pattern instead of `x IN list` a pattern
    /// comprehension. `where` and `map` may be null.
    ast::Expr* comprehension(Tok open, ast::Expr* source, ast::Expr* where, ast::Expr* map,
                             Tok close);
    ast::Expr* quantifier(Tok function, ast::Expr* source, ast::Expr* where, Tok close);
    ast::Expr* reduce(Tok function, std::vector<ast::ExprPtr>* start, ast::Expr* step, Tok close);
    ast::Expr* patternPredicate(Tok at, ast::PatternPart* pattern);
    ast::Expr* subquery(Tok function, ast::Clause* match, Tok close);
    ast::Expr* mapProjection(Tok variable, ast::Expr* entries, Tok close);
    ast::Expr* projectionEntries(ast::Expr* list, ast::PropertyEntry* entry);
    ast::PropertyEntry* projectionProperty(Tok key);
    ast::PropertyEntry* projectionAll(Tok star);
    ast::PropertyEntry* projectionValue(Tok key, ast::Expr* value);
    ast::PropertyEntry* projectionVariable(Tok name);

private:
    void fail(std::string message, Tok at);
    void fail(std::string message, const ast::Span& at);
    /// `x IN list` of a comprehension or quantifier: the name and the list, taken out of
    /// `source`; null (after an error) when source is something else.
    std::pair<std::string, ast::ExprPtr> iteration(ast::Expr* source, const char* construct);
    ast::Expr* variableAt(const std::string& name, const ast::Span& at);
    /// Sets e's depth from its children; deeper than kMaxDepth is an error, so that checking
    /// and evaluation, which recurse, stay within the stack whatever the input.
    ast::Expr* deepen(ast::Expr* e);
    static ast::Span span(Tok t) { return {t.offset, t.n, t.line, t.column}; }
    /// The name a `name` token stands for: backticks removed.
    static std::string nameOf(Tok t);

    std::string_view text_;
    std::optional<ParseFailure> failure_;
    Tok current_{};
    std::unique_ptr<ast::Statement> statement_;
};

} // namespace kg::grammar
