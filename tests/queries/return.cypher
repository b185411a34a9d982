# RETURN and WITH: expressions, aggregation, DISTINCT, ORDER BY, SKIP, LIMIT.

=== arithmetic
RETURN 1 + 2 * 3 AS a, (1 + 2) * 3 AS b, 7 / 2 AS c, 7.0 / 2 AS d, 7 % 3 AS e, 2 ^ 10 AS f, -(3) AS g
--- result
a	b	c	d	e	f	g
7	9	3	3.5	1	1024.0	-3

=== string concatenation
RETURN "a" + "b" AS s, "n" + 1 AS t
--- result
s	t
ab	n1

=== list and map literals
RETURN [1, "two", [3]] AS l, {name: "x", n: 2} AS m, [1, 2, 3][1] AS i, [1, 2, 3][-1] AS j
--- result
l	m	i	j
[1, "two", [3]]	{name: "x", n: 2}	2	3

=== functions
RETURN size("Rutte") AS a, toUpper("nato") AS b, toLower("EU") AS c, toString(12) AS d, toInteger("42") AS e, toFloat("1.5") AS f, coalesce(null, "x") AS g, head([1, 2]) AS h, last([1, 2]) AS i, abs(-3) AS j, trim("  x ") AS k
--- result
a	b	c	d	e	f	g	h	i	j	k
5	NATO	eu	12	42	1.5	x	1	2	3	x

=== count star and count expression
MATCH (a)-[r]->(b) RETURN count(*) AS rows, count(r.time) AS timed, count(DISTINCT a) AS sources
--- result
rows	timed	sources
13	2	8

=== grouping by the non aggregated items
MATCH (a)-[r]->(b) RETURN type(r) AS predicate, count(*) AS n ORDER BY n DESC, predicate
--- result
predicate	n
member of	5
criticize	2
disagree with	1
increase	1
lead	1
leave	1
oppose	1
propose	1

=== predicate counts over the whole graph
MATCH ()-[r]->() RETURN type(r), count(*) AS n ORDER BY n DESC, type(r) LIMIT 3
--- result
type(r)	n
member of	5
criticize	2
disagree with	1

=== undirected counts each relationship twice
MATCH ()-[r]-() RETURN r.predicate AS p, count(r) AS n ORDER BY n DESC, p LIMIT 2
--- result
p	n
member of	10
criticize	4

=== collect min max sum avg
MATCH (p:Place)-[:`member of`]->(o) RETURN o.name, collect(p.name) AS members, min(p.name) AS first, max(p.name) AS last, sum(p.mentions) AS s, avg(p.degree) AS d ORDER BY o.name
--- result
o.name	members	first	last	s	d
European Union	["Germany", "Spain"]	Germany	Spain	0	3.5
NATO	["Germany", "Spain"]	Germany	Spain	0	3.5

=== aggregates of nothing
MATCH (a:Date) RETURN count(*) AS n, sum(a.mentions) AS s, avg(a.mentions) AS av, collect(a.name) AS c, min(a.name) AS m
--- result
n	s	av	c	m
0	0		[]	

=== grouping of nothing gives no rows
MATCH (a:Date) RETURN a.type, count(*)
--- result
a.type	count(*)

=== distinct
MATCH (a)-[:`member of`]->(o) RETURN DISTINCT o.name ORDER BY o.name
--- result
o.name
European Union
NATO

=== collect distinct
MATCH (a)-[:`member of`]->(o) RETURN collect(DISTINCT o.name) AS orgs
--- result
orgs
["NATO", "European Union"]

=== order by descending then skip and limit
MATCH (a) RETURN a.name ORDER BY a.name DESC SKIP 2 LIMIT 3
--- result
a.name
United States
Spain
NATO

=== order by a variable not returned
MATCH (a:Person) RETURN a.name AS n ORDER BY a.mentions DESC, n
--- result
n
Mark Rutte
Manfred Weber
Marco Rubio

=== order by mixed types
UNWIND [2, "b", null, 1.5, true, "a", [1], false] AS x RETURN x ORDER BY x
--- result
x
[1]
a
b
false
true
1.5
2


=== order by mixed types descending
UNWIND [2, "b", null, 1.5, true] AS x RETURN x ORDER BY x DESC
--- result
x

2
1.5
true
b

=== limit zero
MATCH (a) RETURN a.name LIMIT 0
--- result
a.name

=== with aggregation then filter
MATCH (a)-[r]->(b) WITH a, count(r) AS out WHERE out > 1 RETURN a.name, out ORDER BY out DESC, a.name
--- result
a.name	out
Germany	3
Manfred Weber	2
Mark Rutte	2
Spain	2

=== with order limit feeds next match
MATCH (a:Person) WITH a ORDER BY a.mentions DESC LIMIT 1 MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name ORDER BY b.name
--- result
a.name	type(r)	b.name
Mark Rutte	disagree with	Manfred Weber
Mark Rutte	lead	NATO

=== nodes and relationships display
MATCH (a {name: "Marco Rubio"})-[r]->(b) RETURN a, r, b
--- result
a	r	b
(Marco Rubio:Person)	(Marco Rubio)-[:criticize]->(Spain)	(Spain:Place)

=== id labels type start and end
MATCH (a {name: "Marco Rubio"})-[r]->(b) RETURN id(a), labels(a), type(r), startNode(r).name, endNode(r).name, keys(r)
--- result
id(a)	labels(a)	type(r)	startNode(r).name	endNode(r).name	keys(r)
5	["Person"]	criticize	Marco Rubio	Spain	["predicate", "negated", "modality", "attributed_to", "time", "quantity", "place", "confidence", "support", "doc", "sentence", "stance", "date"]

=== explain
EXPLAIN MATCH (a {name: "Mark Rutte"})-[r]->(b) RETURN b.name
--- result
plan
Project b.name
  Expand (a)-[r]->(b)
    Filter name
      NodeByName (a) (name index)
        Start

=== count star over a last hop nobody reads
MATCH (a)-[:`member of`]->(o)<-[:`member of`]-(b) RETURN count(*) AS n
--- result
n
8

=== the same count through an aggregation
MATCH (a)-[:`member of`]->(o)<-[:`member of`]-(b) RETURN count(b) AS n
--- result
n
8

