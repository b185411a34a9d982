#pragma once
// The parsed form of a statement, as the Lemon grammar (grammar/query.y) builds it. Nodes are
// move-only and own their children; every node keeps the Span of its text so that later stages
// (the binder) can point their errors at the right place.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kg::grammar::ast {

/// A slice of the query text: byte offset and length, plus the 1-based line and column of its
/// first byte.
struct Span {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;

    std::uint32_t end() const { return offset + length; }
    /// The smallest span covering both (a must start first).
    static Span cover(const Span& a, const Span& b) {
        Span s = a;
        s.length = b.end() > a.offset ? b.end() - a.offset : a.length;
        return s;
    }
};

enum class ExprKind : std::uint8_t {
    Literal,   ///< value
    Parameter, ///< $name
    Variable,  ///< name
    Property,  ///< children[0].name
    Index,     ///< children[0][children[1]]
    List,      ///< [children...]
    Map,       ///< {keys[i]: children[i]}
    Function,  ///< name(children...), `distinct` for count(DISTINCT x); `star` for count(*)
    Unary,     ///< op children[0]
    Binary,    ///< children[0] op children[1]
    IsNull,    ///< children[0] IS NULL (negated: IS NOT NULL)
};

enum class Op : std::uint8_t {
    None,
    Or,
    Xor,
    And,
    Not,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Regex,
    In,
    StartsWith,
    EndsWith,
    Contains,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Neg,
    Plus,
};

/// A literal as written: null, true/false, an integer, a float or a string. The binder turns it
/// into a query value; the front end needs nothing from the query engine.
using Literal = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
    ExprKind kind = ExprKind::Literal;
    Op op = Op::None;
    bool distinct = false;         ///< Function: count(DISTINCT x)
    bool star = false;             ///< Function: count(*)
    bool negated = false;          ///< IsNull: IS NOT NULL
    std::string name;              ///< Variable, Parameter, Property key, Function name
    Literal value;                 ///< Literal
    std::vector<std::string> keys; ///< Map keys, parallel to children
    std::vector<ExprPtr> children;
    std::uint32_t depth = 1; ///< height of the tree below, bounded by the parser
    Span span;               ///< the whole expression
    Span nameSpan;           ///< Property key / Function name, for "unknown ..." errors
};

enum class Direction : std::uint8_t { Out, In, Both };

/// A property map in a pattern: {name: "Mark Rutte", mentions: 3}.
struct PropertyEntry {
    std::string key;
    Span keySpan;
    ExprPtr value;
};

struct NodePattern {
    std::string variable; ///< empty: anonymous
    std::vector<std::string> labels;
    std::vector<Span> labelSpans;
    std::vector<PropertyEntry> properties;
    Span span;
};

inline constexpr std::uint32_t kUnboundedHops = UINT32_MAX;

struct RelPattern {
    std::string variable;
    std::vector<std::string> types; ///< alternatives; empty = any
    Direction direction = Direction::Both;
    bool variableLength = false;
    std::uint32_t minHops = 1;
    std::uint32_t maxHops = 1; ///< kUnboundedHops for `*` and `*2..`
    std::vector<PropertyEntry> properties;
    Span span;
};

enum class PatternKind : std::uint8_t { Plain, ShortestPath, AllShortestPaths };

/// node (rel node)*, optionally named `p = ...` and wrapped in shortestPath(...).
struct PatternPart {
    std::string pathVariable;
    Span pathVariableSpan;
    PatternKind kind = PatternKind::Plain;
    std::vector<NodePattern> nodes; ///< nodes.size() == rels.size() + 1
    std::vector<RelPattern> rels;
    Span span;
};

struct ProjectionItem {
    ExprPtr expr;
    std::string alias; ///< as written after AS; empty when absent
    std::string text;  ///< the expression's source text: the column name without AS
    Span span;
};

struct SortItem {
    ExprPtr expr;
    bool descending = false;
};

enum class ClauseKind : std::uint8_t { Match, With, Return, Unwind };

struct Clause {
    ClauseKind kind = ClauseKind::Match;
    Span span; ///< the keyword
    // MATCH
    bool optional = false;
    std::vector<PatternPart> patterns;
    ExprPtr where; ///< MATCH ... WHERE, WITH ... WHERE
    // WITH / RETURN
    bool distinct = false;
    bool star = false; ///< RETURN *, WITH *
    std::vector<ProjectionItem> items;
    std::vector<SortItem> orderBy;
    ExprPtr skip;
    ExprPtr limit;
    // UNWIND expr AS alias
    ExprPtr unwind;
    std::string unwindAlias;
};

struct Statement {
    bool explain = false;
    std::vector<Clause> clauses;
    Span span;
};

} // namespace kg::grammar::ast
