# Scans over every relationship, and the shortcuts the planner takes for them (issue 18):
# conditions on one node tested once per node, counts read from the store or per node, hash
# joins on expressions. Fixture graph: tests/query/fixture.cpp.

=== a regex on the target name, grouped by it
MATCH (a)-[r]->(b) WHERE b.name =~ '.*a.*' RETURN b.name, count(*) AS n ORDER BY b.name
--- result
b.name	n
European Union	3
European army	2
Manfred Weber	1
Spain	2

=== a regex on a node reached by several paths
MATCH (a {name: "Germany"})-[r]->(b)<-[s]-(c) WHERE c.name =~ 'S.*' RETURN b.name, c.name ORDER BY b.name
--- result
b.name	c.name
European Union	Spain
NATO	Spain

=== the count of every relationship with named ends
MATCH (a)-[r]->(b) RETURN count(*) AS n
--- result
n
13

=== a self-loop pattern is not the count of every relationship
MATCH (a)-[r]->(a) RETURN count(*) AS n
--- result
n
0

=== a predicate given as a parameter
%param p='member of'
MATCH (a)-[r]->(b) WHERE type(r) = $p RETURN count(*) AS n
--- result
n
5

=== a predicate given as a parameter, both ways
%param p='member of'
MATCH (a)-[r]-(b) WHERE type(r) = $p RETURN count(*) AS n
--- result
n
10

=== grouped by the source name
MATCH (a)-[r]->(b) RETURN a.name AS s, count(*) AS n ORDER BY n DESC, s LIMIT 3
--- result
s	n
Germany	3
Manfred Weber	2
Mark Rutte	2

=== grouped by the target name, one count per entity
MATCH (a)-[r]->(b) RETURN b.name AS t, count(*) AS n ORDER BY n DESC, t LIMIT 3
--- result
t	n
NATO	4
European Union	3
European army	2

=== grouped by an optional node, the unbound rows are one group
MATCH (a:Person) OPTIONAL MATCH (a)-[r:lead]->(o) RETURN o.name AS o, count(*) AS n ORDER BY o
--- result
o	n
NATO	1
	2

=== grouped by the middle node, the first relationship not used twice
MATCH (a {name: "Germany"})-[r]->(b)-[s]-(c) RETURN b.name AS b, count(*) AS n ORDER BY b
--- result
b	n
European Union	2
NATO	4

=== a join on an expression of two patterns
MATCH (a {name: "Germany"})-[r]->(b), (c)-[s]->(d) WHERE toLower(b.name) = toLower(d.name) RETURN c.name, b.name ORDER BY c.name, b.name
--- result
c.name	b.name
Manfred Weber	European Union
Mark Rutte	NATO
Spain	European Union
Spain	NATO
United States	NATO

=== a join on an expression, counted
MATCH (a {name: "Germany"})-[r]->(b), (c)-[s]->(d) WHERE toLower(d.name) = toLower(b.name) RETURN count(*) AS n
--- result
n
5

=== a join key that is null matches nothing
MATCH (a {name: "Germany"})-[r]->(b), (c)-[s]->(d) WHERE r.place = s.place RETURN count(*) AS n
--- result
n
0
