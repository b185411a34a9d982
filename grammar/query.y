// The grammar of kg's query language: a subset of Cypher (docs/query-language.md).
// Compiled by Debian's `lemon` at build time; nothing generated is committed. Actions stay one
// line: they hand their pieces to the ParseContext builders (grammar/parse_context.h), which
// adopt the raw pointers Lemon's value union can hold. Every pointer nonterminal has a
// %destructor, so a syntax error in the middle of a statement frees what was built.

%name kgParse
%token_prefix TK_
%token_type {kg::grammar::Tok}
%extra_context {kg::grammar::ParseContext* cx}
%stack_size 400
%start_symbol statement

%include {
#include "grammar/parse_context.h"
#include <cassert>
// Stop at the first error: the driver feeds no more tokens once cx->failed().
#define YYNOERRORRECOVERY 1
using namespace kg::grammar::ast;
using kg::grammar::Hops;
using kg::grammar::Tok;
}

// The driver asks kgParseWouldShift before feeding each token, so a bad token is reported
// before Lemon's default reductions move the parser away from the state that knew what was
// expected. This handler is the backstop and names no alternatives.
%syntax_error { cx->syntaxError(yymajor, TOKEN, {}); }
%stack_overflow { cx->tooDeep(); }

// Keywords may be used as names where a keyword cannot stand: [:contains], n.limit, (in).
// The keywords come from grammar/keywords.txt, filled in by CMake.
%fallback ID @KG_KEYWORD_TOKENS@.

// A pattern inside an expression ends where no relationship can continue it: `(a)-->(b) - 1`
// keeps the '-' in the pattern. PATTERN is the lowest precedence, given to `path ::= chain`.
%nonassoc PATTERN.
%left OR.
%left XOR.
%left AND.
%right NOT.
%nonassoc EQ NE LT LE GT GE REGEX IN STARTS ENDS CONTAINS IS.
%left PLUS MINUS.
%left STAR SLASH PERCENT.
%right CARET.
%right UNARY.
%left DOT LBRACKET.

%token_class name ID|QUOTED_ID.

// ---- statement -------------------------------------------------------------------------------

statement ::= explain(E) query(Q) semi. { cx->finish(E, Q); }

%type query {Statement*}
%destructor query { delete $$; }
query(A) ::= clauses(C). { A = cx->query(C); }
query(A) ::= query(Q) UNION(K) union_all(L) clauses(C). { A = cx->unite(Q, K, L, C); }

%type union_all {bool}
union_all(A) ::= . { A = false; }
union_all(A) ::= ALL. { A = true; }

%type explain {bool}
explain(A) ::= . { A = false; }
explain(A) ::= EXPLAIN. { A = true; }

semi ::= .
semi ::= SEMI.

%type clauses {std::vector<Clause>*}
%destructor clauses { delete $$; }
clauses(A) ::= clause(C). { A = cx->clauses(nullptr, C); }
clauses(A) ::= clauses(L) clause(C). { A = cx->clauses(L, C); }

%type clause {Clause*}
%destructor clause { delete $$; }
clause(A) ::= MATCH(K) patterns(P) where(W). { A = cx->match(K, false, P, W); }
clause(A) ::= OPTIONAL(K) MATCH patterns(P) where(W). { A = cx->match(K, true, P, W); }
clause(A) ::= WITH(K) projection(P) where(W). { A = cx->with(K, P, W); }
clause(A) ::= RETURN(K) projection(P). { A = cx->ret(K, P); }
clause(A) ::= UNWIND(K) expr(E) AS name(N). { A = cx->unwind(K, E, N); }
clause(A) ::= CREATE(K) patterns(P). { A = cx->create(K, P); }
clause(A) ::= MERGE(K) pattern(P). { A = cx->merge(K, P); }
clause(A) ::= SET(K) set_items(S). { A = cx->setClause(K, S); }
clause(A) ::= REMOVE(K) remove_items(R). { A = cx->removeClause(K, R); }
clause(A) ::= DELETE(K) exprs(L). { A = cx->deleteClause(K, false, L); }
clause(A) ::= DETACH(K) DELETE exprs(L). { A = cx->deleteClause(K, true, L); }

%type where {Expr*}
%destructor where { delete $$; }
where(A) ::= . { A = nullptr; }
where(A) ::= WHERE expr(E). { A = E; }

// ---- writing clauses: what SET and REMOVE change -----------------------------------------------

%type set_items {std::vector<SetItem>*}
%destructor set_items { delete $$; }
set_items(A) ::= set_item(I). { A = cx->setItems(nullptr, I); }
set_items(A) ::= set_items(L) COMMA set_item(I). { A = cx->setItems(L, I); }

%type set_item {SetItem*}
%destructor set_item { delete $$; }
set_item(A) ::= name(V) DOT name(K) EQ expr(E). { A = cx->setProperty(V, K, E); }
set_item(A) ::= name(V) label_list(L). { A = cx->setLabels(V, L); }

%type remove_items {std::vector<SetItem>*}
%destructor remove_items { delete $$; }
remove_items(A) ::= remove_item(I). { A = cx->setItems(nullptr, I); }
remove_items(A) ::= remove_items(L) COMMA remove_item(I). { A = cx->setItems(L, I); }

%type remove_item {SetItem*}
%destructor remove_item { delete $$; }
remove_item(A) ::= name(V) DOT name(K). { A = cx->setProperty(V, K, nullptr); }
remove_item(A) ::= name(V) label_list(L). { A = cx->setLabels(V, L); }

%type label_list {std::vector<Tok>*}
%destructor label_list { delete $$; }
label_list(A) ::= COLON name(N). { A = cx->names(nullptr, N); }
label_list(A) ::= label_list(L) COLON name(N). { A = cx->names(L, N); }

// ---- projections ------------------------------------------------------------------------------

%type projection {Clause*}
%destructor projection { delete $$; }
projection(A) ::= distinct(D) items(I) order(O) skip(S) limit(L). { A = cx->projection(D, I, O, S, L); }

%type distinct {bool}
distinct(A) ::= . { A = false; }
distinct(A) ::= DISTINCT. { A = true; }

%type items {Clause*}
%destructor items { delete $$; }
items(A) ::= STAR. { A = cx->items(nullptr, true, nullptr); }
items(A) ::= item(I). { A = cx->items(nullptr, false, I); }
items(A) ::= items(L) COMMA item(I). { A = cx->items(L, false, I); }

%type item {ProjectionItem*}
%destructor item { delete $$; }
item(A) ::= expr(E). { A = cx->item(E, nullptr); }
item(A) ::= expr(E) AS name(N). { A = cx->item(E, &N); }

%type order {std::vector<SortItem>*}
%destructor order { delete $$; }
order(A) ::= . { A = nullptr; }
order(A) ::= ORDER BY sort_items(S). { A = S; }

%type sort_items {std::vector<SortItem>*}
%destructor sort_items { delete $$; }
sort_items(A) ::= sort_item(S). { A = cx->sortItems(nullptr, S); }
sort_items(A) ::= sort_items(L) COMMA sort_item(S). { A = cx->sortItems(L, S); }

%type sort_item {SortItem*}
%destructor sort_item { delete $$; }
sort_item(A) ::= expr(E). { A = cx->sortItem(E, false); }
sort_item(A) ::= expr(E) ASC. { A = cx->sortItem(E, false); }
sort_item(A) ::= expr(E) DESC. { A = cx->sortItem(E, true); }

%type skip {Expr*}
%destructor skip { delete $$; }
skip(A) ::= . { A = nullptr; }
skip(A) ::= SKIP expr(E). { A = E; }

%type limit {Expr*}
%destructor limit { delete $$; }
limit(A) ::= . { A = nullptr; }
limit(A) ::= LIMIT expr(E). { A = E; }

// ---- patterns ---------------------------------------------------------------------------------

%type patterns {std::vector<PatternPart>*}
%destructor patterns { delete $$; }
patterns(A) ::= pattern(P). { A = cx->patterns(nullptr, P); }
patterns(A) ::= patterns(L) COMMA pattern(P). { A = cx->patterns(L, P); }

%type pattern {PatternPart*}
%destructor pattern { delete $$; }
pattern(A) ::= name(V) EQ path(P). { A = cx->namePath(V, P); }
pattern(A) ::= path(P). { A = P; }

%type path {PatternPart*}
%destructor path { delete $$; }
path(A) ::= chain(C). [PATTERN] { A = C; }
path(A) ::= name(F) LPAREN chain(C) RPAREN(E). { A = cx->shortest(F, C, E); }

%type chain {PatternPart*}
%destructor chain { delete $$; }
chain(A) ::= node(N). { A = cx->chain(nullptr, nullptr, N); }
chain(A) ::= chain(C) rel(R) node(N). { A = cx->chain(C, R, N); }

%type node {NodePattern*}
%destructor node { delete $$; }
node(A) ::= LPAREN(B) variable(V) labels(L) props(P) RPAREN(E). { A = cx->node(B, V, L, P, E); }

%type variable {Tok*}
%destructor variable { delete $$; }
variable(A) ::= . { A = nullptr; }
variable(A) ::= name(N). { A = new Tok(N); }

%type labels {std::vector<Tok>*}
%destructor labels { delete $$; }
labels(A) ::= . { A = nullptr; }
labels(A) ::= labels(L) COLON name(N). { A = cx->names(L, N); }

%type props {std::vector<PropertyEntry>*}
%destructor props { delete $$; }
props(A) ::= . { A = nullptr; }
props(A) ::= LBRACE RBRACE. { A = nullptr; }
props(A) ::= LBRACE prop_list(L) RBRACE. { A = L; }

%type prop_list {std::vector<PropertyEntry>*}
%destructor prop_list { delete $$; }
prop_list(A) ::= name(K) COLON expr(E). { A = cx->propList(nullptr, K, E); }
prop_list(A) ::= prop_list(L) COMMA name(K) COLON expr(E). { A = cx->propList(L, K, E); }

%type rel {RelPattern*}
%destructor rel { delete $$; }
rel(A) ::= MINUS(B) rel_detail(D) MINUS GT(E). { A = cx->rel(B, D, Direction::Out, E); }
rel(A) ::= LT(B) MINUS rel_detail(D) MINUS(E). { A = cx->rel(B, D, Direction::In, E); }
rel(A) ::= MINUS(B) rel_detail(D) MINUS(E). { A = cx->rel(B, D, Direction::Both, E); }
rel(A) ::= LT(B) MINUS rel_detail(D) MINUS GT(E). { A = cx->rel(B, D, Direction::Both, E); }

%type rel_detail {RelPattern*}
%destructor rel_detail { delete $$; }
rel_detail(A) ::= . { A = nullptr; }
rel_detail(A) ::= LBRACKET variable(V) rel_types(T) hops(H) props(P) RBRACKET. { A = cx->relDetail(V, T, H, P); }

%type rel_types {std::vector<Tok>*}
%destructor rel_types { delete $$; }
rel_types(A) ::= . { A = nullptr; }
rel_types(A) ::= COLON name(N). { A = cx->names(nullptr, N); }
rel_types(A) ::= rel_types(L) PIPE name(N). { A = cx->names(L, N); }
rel_types(A) ::= rel_types(L) PIPE COLON name(N). { A = cx->names(L, N); }

%type hops {Hops*}
%destructor hops { delete $$; }
hops(A) ::= . { A = nullptr; }
hops(A) ::= STAR(S). { A = cx->hops(S, nullptr, false, nullptr); }
hops(A) ::= STAR(S) INTEGER(L). { A = cx->hops(S, &L, false, &L); }
hops(A) ::= STAR(S) DOTDOT. { A = cx->hops(S, nullptr, true, nullptr); }
hops(A) ::= STAR(S) INTEGER(L) DOTDOT. { A = cx->hops(S, &L, true, nullptr); }
hops(A) ::= STAR(S) DOTDOT INTEGER(H). { A = cx->hops(S, nullptr, true, &H); }
hops(A) ::= STAR(S) INTEGER(L) DOTDOT INTEGER(H). { A = cx->hops(S, &L, true, &H); }

// ---- expressions ------------------------------------------------------------------------------

%type expr {Expr*}
%destructor expr { delete $$; }
expr(A) ::= expr(L) OR expr(R). { A = cx->binary(Op::Or, L, R); }
expr(A) ::= expr(L) XOR expr(R). { A = cx->binary(Op::Xor, L, R); }
expr(A) ::= expr(L) AND expr(R). { A = cx->binary(Op::And, L, R); }
expr(A) ::= NOT(K) expr(E). { A = cx->unary(K, Op::Not, E); }
expr(A) ::= expr(L) EQ expr(R). { A = cx->binary(Op::Eq, L, R); }
expr(A) ::= expr(L) NE expr(R). { A = cx->binary(Op::Ne, L, R); }
expr(A) ::= expr(L) LT expr(R). { A = cx->binary(Op::Lt, L, R); }
expr(A) ::= expr(L) LE expr(R). { A = cx->binary(Op::Le, L, R); }
expr(A) ::= expr(L) GT expr(R). { A = cx->binary(Op::Gt, L, R); }
expr(A) ::= expr(L) GE expr(R). { A = cx->binary(Op::Ge, L, R); }
expr(A) ::= expr(L) REGEX expr(R). { A = cx->binary(Op::Regex, L, R); }
expr(A) ::= expr(L) IN expr(R). { A = cx->binary(Op::In, L, R); }
expr(A) ::= expr(L) STARTS WITH expr(R). [STARTS] { A = cx->binary(Op::StartsWith, L, R); }
expr(A) ::= expr(L) ENDS WITH expr(R). [ENDS] { A = cx->binary(Op::EndsWith, L, R); }
expr(A) ::= expr(L) CONTAINS expr(R). { A = cx->binary(Op::Contains, L, R); }
expr(A) ::= expr(E) IS NULL(K). { A = cx->isNull(E, false, K); }
expr(A) ::= expr(E) IS NOT NULL(K). { A = cx->isNull(E, true, K); }
expr(A) ::= expr(L) PLUS expr(R). { A = cx->binary(Op::Add, L, R); }
expr(A) ::= expr(L) MINUS expr(R). { A = cx->binary(Op::Sub, L, R); }
expr(A) ::= expr(L) STAR expr(R). { A = cx->binary(Op::Mul, L, R); }
expr(A) ::= expr(L) SLASH expr(R). { A = cx->binary(Op::Div, L, R); }
expr(A) ::= expr(L) PERCENT expr(R). { A = cx->binary(Op::Mod, L, R); }
expr(A) ::= expr(L) CARET expr(R). { A = cx->binary(Op::Pow, L, R); }
expr(A) ::= MINUS(K) expr(E). [UNARY] { A = cx->unary(K, Op::Neg, E); }
expr(A) ::= PLUS(K) expr(E). [UNARY] { A = cx->unary(K, Op::Plus, E); }
expr(A) ::= expr(E) DOT name(N). { A = cx->property(E, N); }
expr(A) ::= expr(E) LBRACKET expr(I) RBRACKET(K). { A = cx->index(E, I, K); }
expr(A) ::= expr(E) LBRACKET slice_bound(L) DOTDOT slice_bound(H) RBRACKET(K). { A = cx->slice(E, L, H, K); }
expr(A) ::= atom(E). { A = E; }

%type atom {Expr*}
%destructor atom { delete $$; }
atom(A) ::= INTEGER(T). { A = cx->integer(T); }
atom(A) ::= FLOAT(T). { A = cx->floating(T); }
atom(A) ::= STRING(T). { A = cx->string(T); }
atom(A) ::= TRUE(T). { A = cx->literal(T, kg::grammar::ast::Literal(true)); }
atom(A) ::= FALSE(T). { A = cx->literal(T, kg::grammar::ast::Literal(false)); }
atom(A) ::= NULL(T). { A = cx->literal(T, kg::grammar::ast::Literal()); }
atom(A) ::= PARAM(T). { A = cx->parameter(T); }
atom(A) ::= name(T). { A = cx->variable(T); }
atom(A) ::= LPAREN(B) expr(E) RPAREN(K). { A = cx->parenthesized(B, E, K); }
atom(A) ::= LBRACKET(B) RBRACKET(K). { A = cx->list(B, nullptr, K); }
atom(A) ::= LBRACKET(B) exprs(L) RBRACKET(K). { A = cx->list(B, L, K); }
atom(A) ::= LBRACE(B) RBRACE(K). { A = cx->map(B, nullptr, K); }
atom(A) ::= LBRACE(B) prop_list(L) RBRACE(K). { A = cx->map(B, L, K); }
atom(A) ::= name(F) LPAREN RPAREN(K). { A = cx->call(F, false, false, nullptr, K); }
atom(A) ::= name(F) LPAREN STAR RPAREN(K). { A = cx->call(F, false, true, nullptr, K); }
atom(A) ::= name(F) LPAREN exprs(L) RPAREN(K). { A = cx->call(F, false, false, L, K); }
atom(A) ::= name(F) LPAREN DISTINCT exprs(L) RPAREN(K). { A = cx->call(F, true, false, L, K); }

atom(A) ::= CASE(B) case_alternatives(W) case_else(E) END(K). { A = cx->caseOf(B, nullptr, W, E, K); }
atom(A) ::= CASE(B) expr(S) case_alternatives(W) case_else(E) END(K). { A = cx->caseOf(B, S, W, E, K); }
atom(A) ::= LBRACKET(B) expr(E) WHERE expr(W) RBRACKET(K). { A = cx->comprehension(B, E, W, nullptr, K); }
atom(A) ::= LBRACKET(B) expr(E) PIPE expr(M) RBRACKET(K). { A = cx->comprehension(B, E, nullptr, M, K); }
atom(A) ::= LBRACKET(B) expr(E) WHERE expr(W) PIPE expr(M) RBRACKET(K). { A = cx->comprehension(B, E, W, M, K); }
atom(A) ::= name(F) LPAREN expr(E) WHERE expr(W) RPAREN(K). { A = cx->quantifier(F, E, W, K); }
atom(A) ::= name(F) LPAREN exprs(L) PIPE expr(E) RPAREN(K). { A = cx->reduce(F, L, E, K); }
atom(A) ::= PATTERN(K) pattern(P). { A = cx->patternPredicate(K, P); }
atom(A) ::= name(F) LBRACE subquery(S) RBRACE(K). { A = cx->subquery(F, S, K); }
atom(A) ::= name(V) LBRACE projection_entries(L) RBRACE(K). { A = cx->mapProjection(V, L, K); }

// An unwritten bound of a slice is a null literal marked as absent.
%type slice_bound {Expr*}
%destructor slice_bound { delete $$; }
slice_bound(A) ::= . { A = nullptr; }
slice_bound(A) ::= expr(E). { A = E; }

// WHEN and THEN expressions in pairs.
%type case_alternatives {std::vector<ExprPtr>*}
%destructor case_alternatives { delete $$; }
case_alternatives(A) ::= WHEN expr(W) THEN expr(T). { A = cx->caseAlternative(nullptr, W, T); }
case_alternatives(A) ::= case_alternatives(L) WHEN expr(W) THEN expr(T). { A = cx->caseAlternative(L, W, T); }

%type case_else {Expr*}
%destructor case_else { delete $$; }
case_else(A) ::= . { A = nullptr; }
case_else(A) ::= ELSE expr(E). { A = E; }

// The body of EXISTS { ... } and COUNT { ... }. The parser driver puts a PATTERN token before a
// pattern that stands where an expression could (grammar/parser.cpp), so `(a)-->(b)` is told
// from a parenthesized expression before Lemon has to choose.
%type subquery {Clause*}
%destructor subquery { delete $$; }
subquery(A) ::= PATTERN(K) patterns(P) where(W). { A = cx->match(K, false, P, W); }
subquery(A) ::= MATCH(K) patterns(P) where(W). { A = cx->match(K, false, P, W); }

// a {.name, .*, degree: a.degree * 2}: each entry is a key and the expression of its value.
%type projection_entries {Expr*}
%destructor projection_entries { delete $$; }
projection_entries(A) ::= projection_entry(E). { A = cx->projectionEntries(nullptr, E); }
projection_entries(A) ::= projection_entries(L) COMMA projection_entry(E). { A = cx->projectionEntries(L, E); }

%type projection_entry {PropertyEntry*}
%destructor projection_entry { delete $$; }
projection_entry(A) ::= DOT name(K). { A = cx->projectionProperty(K); }
projection_entry(A) ::= DOT STAR(K). { A = cx->projectionAll(K); }
projection_entry(A) ::= name(K) COLON expr(E). { A = cx->projectionValue(K, E); }
projection_entry(A) ::= name(K). { A = cx->projectionVariable(K); }

%type exprs {std::vector<ExprPtr>*}
%destructor exprs { delete $$; }
exprs(A) ::= expr(E). { A = cx->exprs(nullptr, E); }
exprs(A) ::= exprs(L) COMMA expr(E). { A = cx->exprs(L, E); }

%code {
// True if `token` would be shifted (or would accept) after the reductions it triggers,
// simulated on a copy of the state stack: the LR parser's own notion of "acceptable here".
static bool kgSimulate(const yyParser* p, YYCODETYPE token, std::vector<int>& states) {
    states.clear();
    for (const yyStackEntry* e = p->yystack; e <= p->yytos; ++e)
        states.push_back(e->stateno);
    YYACTIONTYPE act = static_cast<YYACTIONTYPE>(states.back());
    for (int guard = 0; guard < 100000; ++guard) {
        act = yy_find_shift_action(token, act);
        if (act >= YY_MIN_REDUCE && act < YY_MIN_REDUCE + YYNRULE) {
            unsigned rule = act - YY_MIN_REDUCE;
            long top = static_cast<long>(states.size()) - 1 + yyRuleInfoNRhs[rule];
            if (top < 0)
                return false;
            act = yy_find_reduce_action(static_cast<YYACTIONTYPE>(states[top]),
                                        yyRuleInfoLhs[rule]);
            states.resize(static_cast<std::size_t>(top) + 2);
            states.back() = act;
            continue;
        }
        return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
    }
    return false;
}

bool kgParseWouldShift(void* parser, int token, std::vector<int>* expected) {
    const yyParser* p = static_cast<const yyParser*>(parser);
    std::vector<int> states;
    if (kgSimulate(p, static_cast<YYCODETYPE>(token), states))
        return true;
    if (expected != nullptr) {
        expected->clear();
        for (int t = 0; t < YYNTOKEN; ++t)
            if (t != TK_UNARY && t != TK_PATTERN && kgSimulate(p, static_cast<YYCODETYPE>(t), states))
                expected->push_back(t);
    }
    return false;
}
}
