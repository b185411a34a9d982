# Every error names line:column, shows the line with a caret, and says what was expected.

=== missing closing parenthesis of a node
MATCH (a:Person RETURN a
--- error
1:17: expected ')' after node pattern, found 'RETURN'
MATCH (a:Person RETURN a
                ^

=== missing closing bracket of a relationship
MATCH (a)-[r:lead RETURN a
--- error
1:19: expected ']' after relationship pattern, found 'RETURN'
MATCH (a)-[r:lead RETURN a
                  ^

=== misspelled keyword
MATCH (a)
RETRUN a
--- error
2:1: expected MATCH, OPTIONAL, WHERE, RETURN, WITH, UNWIND, UNION or ..., found 'RETRUN' (did you mean RETURN?)
RETRUN a
^

=== missing return items
MATCH (a) RETURN
--- error
1:17: expected an expression or '*', found end of input
MATCH (a) RETURN
                ^

=== unterminated string
MATCH (a {name: "Rutte}) RETURN a
--- error
1:17: unterminated string
MATCH (a {name: "Rutte}) RETURN a
                ^

=== bad escape
RETURN "a\qb"
--- error
1:10: unknown escape sequence in string
RETURN "a\qb"
         ^

=== unexpected character
MATCH (a) RETURN a # comment
--- error
1:20: unexpected character '#'
MATCH (a) RETURN a # comment
                   ^

=== unknown variable
MATCH (a) RETURN b
--- error
1:18: unknown variable 'b' (did you mean a?)
MATCH (a) RETURN b
                 ^

=== unknown variable with suggestion
MATCH (person) RETURN persn.name
--- error
1:23: unknown variable 'persn' (did you mean person?)
MATCH (person) RETURN persn.name
                      ^

=== variable out of scope after with
MATCH (a)-[r]->(b) WITH a RETURN b
--- error
1:34: unknown variable 'b' (did you mean a?)
MATCH (a)-[r]->(b) WITH a RETURN b
                                 ^

=== unknown node property
MATCH (a) RETURN a.nmae
--- error
1:20: unknown node property 'nmae' (did you mean name?)
MATCH (a) RETURN a.nmae
                   ^

=== unknown relationship property
MATCH (a)-[r]->(b) RETURN r.confidnce
--- error
1:29: unknown relationship property 'confidnce' (did you mean confidence?)
MATCH (a)-[r]->(b) RETURN r.confidnce
                            ^

=== unknown property in a pattern
MATCH (a {title: "x"}) RETURN a
--- error
1:11: unknown node property 'title'
MATCH (a {title: "x"}) RETURN a
          ^

=== unknown function
MATCH (a) RETURN toLowr(a.name)
--- error
1:18: unknown function 'toLowr' (did you mean toLower?)
MATCH (a) RETURN toLowr(a.name)
                 ^

=== wrong number of arguments
RETURN size(1, 2)
--- error
1:8: size takes 1 argument, got 2
RETURN size(1, 2)
       ^

=== unknown label
MATCH (a:Persn) RETURN a
--- error
1:10: unknown label 'Persn' (did you mean Person?)
MATCH (a:Persn) RETURN a
         ^

=== invalid regex
MATCH (a) WHERE a.name =~ "([a-z" RETURN a
--- error
1:27: invalid regular expression: missing ]: [a-z
MATCH (a) WHERE a.name =~ "([a-z" RETURN a
                          ^

=== aggregate in where
MATCH (a) WHERE count(a) > 1 RETURN a
--- error
1:17: aggregate function count is not allowed here
MATCH (a) WHERE count(a) > 1 RETURN a
                ^

=== nested aggregate
MATCH (a) RETURN count(count(a))
--- error
1:24: aggregate functions cannot be nested
MATCH (a) RETURN count(count(a))
                       ^

=== with needs aliases
MATCH (a) WITH a.name RETURN 1
--- error
1:16: expression in WITH must be aliased (use AS)
MATCH (a) WITH a.name RETURN 1
               ^

=== query must end with return
MATCH (a)
--- error
1:1: a query must end with RETURN
MATCH (a)
^

=== return must be last
MATCH (a) RETURN a MATCH (b) RETURN b
--- error
1:20: RETURN must be the last clause
MATCH (a) RETURN a MATCH (b) RETURN b
                   ^

=== missing parameter
MATCH (a {name: $who}) RETURN a
--- error
1:17: missing parameter $who (pass it with --param who=VALUE)
MATCH (a {name: $who}) RETURN a
                ^

=== duplicate column
MATCH (a) RETURN a.name, a.name
--- error
1:26: column name 'a.name' is used twice
MATCH (a) RETURN a.name, a.name
                         ^

=== negative limit
MATCH (a) RETURN a LIMIT -1
--- error
1:26: LIMIT expects a non-negative integer
MATCH (a) RETURN a LIMIT -1
                         ^

=== shortest path needs one relationship
MATCH p = shortestPath((a)-->(b)-->(c)) RETURN p
--- error
1:7: shortestPath needs a pattern with exactly one relationship, like (a)-[*]-(b)
MATCH p = shortestPath((a)-->(b)-->(c)) RETURN p
      ^

=== not a shortest path function
MATCH p = longestPath((a)-[*]-(b)) RETURN p
--- error
1:11: expected shortestPath or allShortestPaths before '(', found 'longestPath'
MATCH p = longestPath((a)-[*]-(b)) RETURN p
          ^

=== relationship variable reused as node
MATCH (a)-[r]->(b), (r) RETURN a
--- error
1:21: variable 'r' is not a node
MATCH (a)-[r]->(b), (r) RETURN a
                    ^

=== run-time type error
MATCH (a {name: "Spain"}) RETURN a.name + {}
--- error
1:34: cannot apply an arithmetic operator to String and Map
MATCH (a {name: "Spain"}) RETURN a.name + {}
                                 ^

=== division by zero
RETURN 1 / 0
--- error
1:8: division by zero
RETURN 1 / 0
       ^

=== error on a later line points there
MATCH (a:Person)
WHERE a.mentions > 2
RETURN a.name,
       a.nothing
--- error
4:10: unknown node property 'nothing' (nodes have name, type, aliases, mentions, degree)
       a.nothing
         ^

=== empty query
// nothing here
--- error
1:16: expected MATCH, OPTIONAL, RETURN, WITH, EXPLAIN, UNWIND, CREATE or ..., found end of input
// nothing here
               ^

=== too deep nesting
RETURN ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
--- error
1:404: query nested too deeply
...((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((...
                                                                                   ^

=== too long a chain of operators
RETURN 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1
--- error
1:8: expression nested too deeply
RETURN 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1...
       ^

=== unsupported clauses are named
MATCH (a) CALL db.labels() RETURN a
--- error
1:11: CALL is not supported
MATCH (a) CALL db.labels() RETURN a
          ^

=== writing clauses need the write path
CREATE (a {name: "x"}) RETURN a
--- error
1:1: CREATE changes the graph: run it with kg query --write, or in the REPL
CREATE (a {name: "x"}) RETURN a
^

=== detach delete is named
MATCH (a) DETACH DELETE a
--- error
1:11: DETACH DELETE changes the graph: run it with kg query --write, or in the REPL
MATCH (a) DETACH DELETE a
          ^

=== merge options are named
MERGE (a {name: "x"}) ON MATCH SET a.type = "Person"
--- error
1:23: ON CREATE and ON MATCH are not supported (follow MERGE with SET)
MERGE (a {name: "x"}) ON MATCH SET a.type = "Person"
                      ^

=== quantifier needs name in list
RETURN any(1 WHERE true)
--- error
1:12: expected 'name IN list' at the start of any
RETURN any(1 WHERE true)
           ^

=== unknown function with where
RETURN anything(x IN [1] WHERE x > 0)
--- error
1:8: 'anything(... WHERE ...)' is not a function: expected all, any, none or single
RETURN anything(x IN [1] WHERE x > 0)
       ^

=== reduce needs an accumulator
RETURN reduce(x IN [1] | x)
--- error
1:8: expected reduce(accumulator = start, name IN list | expression)
RETURN reduce(x IN [1] | x)
       ^

=== case needs end
RETURN CASE WHEN true THEN 1
--- error
1:29: expected WHEN, ELSE, END, AND, OR, XOR, IN or ..., found end of input
RETURN CASE WHEN true THEN 1
                            ^
