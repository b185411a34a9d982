# Patterns inside expressions: pattern predicates, EXISTS { }, COUNT { }, pattern
# comprehensions; and UNION. Expected results are worked out by hand from
# tests/query/fixture.cpp.

=== pattern predicate in where
MATCH (a:Place) WHERE (a)-[:`member of`]->() RETURN a.name ORDER BY a.name
--- result
a.name
Germany
Spain

=== negated pattern predicate with a bound far end
MATCH (a:Place), (n {name: "NATO"}) WHERE NOT (a)-[:`member of`]->(n) RETURN a.name
--- result
a.name
United States

=== incoming pattern predicate with a label
MATCH (a) WHERE (a)<-[:criticize]-(:Person) RETURN a.name
--- result
a.name
Spain

=== exists function form
MATCH (a:Person) WHERE exists((a)-->(:Organization)) RETURN a.name ORDER BY a.name
--- result
a.name
Manfred Weber
Mark Rutte

=== exists subquery
MATCH (a:Person) WHERE EXISTS { (a)-[r]->(b) WHERE r.modality IS NOT NULL } RETURN a.name
--- result
a.name
Manfred Weber

=== exists subquery with match
MATCH (a:Organization) WHERE EXISTS { MATCH (a)<-[:`member of`]-(m:Person) } RETURN a.name
--- result
a.name
European Union

=== exists as a value
MATCH (a:Place) RETURN a.name, EXISTS { (a)-[:increase]->() } AS grows ORDER BY a.name
--- result
a.name	grows
Germany	true
Spain	false
United States	false

=== count subquery
MATCH (a:Organization) RETURN a.name, COUNT { (a)<-[:`member of`]-() } AS members ORDER BY a.name
--- result
a.name	members
European Union	3
NATO	2

=== count subquery in where
MATCH (a) WHERE COUNT { (a)--() } >= 4 RETURN a.name ORDER BY a.name
--- result
a.name
NATO
Spain

=== pattern comprehension
MATCH (a {name: "Germany"}) RETURN [(a)-[:`member of`]->(o) | o.name] AS groups
--- result
groups
["NATO", "European Union"]

=== pattern comprehension with where
MATCH (a:Place) RETURN a.name, size([(a)-[r]-(b) WHERE type(r) <> "member of" | b.name]) AS others ORDER BY a.name
--- result
a.name	others
Germany	1
Spain	2
United States	1

=== pattern comprehension with a named path
MATCH (a {name: "NATO"}) RETURN [p = (a)-[:criticize]->()<-[:criticize]-(c) | [n IN nodes(p) | n.name]] AS walks
--- result
walks
[["NATO", "Spain", "Marco Rubio"]]

=== pattern variables stay inside the pattern
MATCH (a {name: "Spain"}) WHERE (a)<-[:criticize]-(b) RETURN b
--- error
1:62: unknown variable 'b' (did you mean a?)
MATCH (a {name: "Spain"}) WHERE (a)<-[:criticize]-(b) RETURN b
                                                             ^

=== parenthesized arithmetic is not a pattern
WITH 3 AS a RETURN (a) - 1 AS b, (a) < -1 AS c
--- result
b	c
2	false

=== union removes duplicates
MATCH (a)-[:`member of`]->(b) RETURN b.name AS name UNION MATCH (a)-[:lead]->(b) RETURN b.name AS name
--- result
name
NATO
European Union

=== union all keeps duplicates
MATCH (a {name: "Spain"})-[:`member of`]->(b) RETURN b.name AS name UNION ALL MATCH (a)-[:lead]->(b) RETURN b.name AS name UNION ALL RETURN "none" AS name
--- result
name
NATO
European Union
NATO
none

=== union needs the same columns
RETURN 1 AS a UNION RETURN 2 AS b
--- error
1:15: the queries of a UNION must return the same columns: a before UNION, b after
RETURN 1 AS a UNION RETURN 2 AS b
              ^

=== union and union all do not mix
RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a
--- error
1:35: UNION and UNION ALL cannot be mixed in one query
RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a
                                  ^
