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
    Case,      ///< op Eq: CASE children[0] WHEN c[1] THEN c[2] ... ELSE c.back() END;
               ///< op None: CASE WHEN c[0] THEN c[1] ... ELSE c.back() END (ELSE null if absent)
    Slice,     ///< children[0][children[1]..children[2]]; an unwritten bound is a null literal
               ///< with hasLow / hasHigh false
    ListComprehension, ///< [variable IN children[0] WHERE children[1] | children[2]]
    Quantifier,        ///< name(variable IN children[0] WHERE children[1]): any, all, none, single
    Reduce,            ///< reduce(keys[0] = children[0], variable IN children[1] | children[2])
    MapProjection,     ///< children[0] {keys[i]: children[i + 1]}; `star`: .* comes first
    Pattern,           ///< `subquery` run per row; op Exists, Count or Collect
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
    Exists,  ///< Pattern: does the pattern match?
    Count,   ///< Pattern: how many times
    Collect, ///< Pattern: the list of children[0] per match (a pattern comprehension)
};

/// A literal as written: null, true/false, an integer, a float or a string. The binder turns it
/// into a query value; the front end needs nothing from the query engine.
using Literal = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
struct Clause;

struct Expr {
    ExprKind kind = ExprKind::Literal;
    Op op = Op::None;
    bool distinct = false; ///< Function: count(DISTINCT x)
    bool star = false;     ///< Function: count(*)
    bool negated = false;  ///< IsNull: IS NOT NULL
    bool hasLow = false;   ///< Slice: a lower bound was written
    bool hasHigh = false;  ///< Slice: an upper bound was written
    std::string name;      ///< Variable, Parameter, Property key, Function name
    std::string variable;  ///< ListComprehension, Quantifier, Reduce: the name bound per item
    Literal value;         ///< Literal
    std::vector<std::string> keys; ///< Map keys, parallel to children
    std::vector<ExprPtr> children;
    std::shared_ptr<Clause> subquery; ///< Pattern: a MATCH (pattern and WHERE) run per row
    std::uint32_t depth = 1;          ///< height of the tree below, bounded by the parser
    Span span;                        ///< the whole expression
    Span nameSpan;                    ///< Property key / Function name, for "unknown ..." errors
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

enum class ClauseKind : std::uint8_t {
    Match,
    With,
    Return,
    Unwind,
    // Writing clauses (docs/curation.md): only `kg query --write` and the REPL run them.
    Create,
    Merge,
    Set,
    Remove,
    Delete
};

/// One change of SET or REMOVE: `n.key = value`, `n:Label` (SET), `n.key`, `n:Label` (REMOVE).
struct SetItem {
    std::string variable;
    Span variableSpan;
    std::string key; ///< empty for labels
    Span keySpan;
    std::vector<std::string> labels;
    std::vector<Span> labelSpans;
    ExprPtr value; ///< SET n.key = value; null in REMOVE
};

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
    // CREATE and MERGE take `patterns`; SET and REMOVE `changes`; DELETE `deleted`
    std::vector<SetItem> changes;
    std::vector<ExprPtr> deleted;
    bool detach = false; ///< DETACH DELETE
};

/// The keyword of a writing clause as users write it: "CREATE", "DETACH DELETE", ...
inline const char* writingClauseKeyword(const Clause& c) {
    switch (c.kind) {
    case ClauseKind::Create:
        return "CREATE";
    case ClauseKind::Merge:
        return "MERGE";
    case ClauseKind::Set:
        return "SET";
    case ClauseKind::Remove:
        return "REMOVE";
    case ClauseKind::Delete:
        return c.detach ? "DETACH DELETE" : "DELETE";
    default:
        return "";
    }
}

inline bool isWritingClause(ClauseKind kind) {
    return kind == ClauseKind::Create || kind == ClauseKind::Merge || kind == ClauseKind::Set ||
           kind == ClauseKind::Remove || kind == ClauseKind::Delete;
}

/// A query after UNION or UNION ALL.
struct UnionBranch {
    bool all = false; ///< UNION ALL keeps duplicate rows
    Span span;        ///< the UNION keyword
    std::vector<Clause> clauses;
};

struct Statement {
    bool explain = false;
    std::vector<Clause> clauses;     ///< the first query
    std::vector<UnionBranch> unions; ///< the queries joined to it, in order
    Span span;
};

} // namespace kg::grammar::ast
