# MATCH patterns over the fixture graph (tests/query/fixture.cpp).

=== node by name
MATCH (a {name: "Mark Rutte"}) RETURN a.name, a.type, a.mentions
--- result
a.name	a.type	a.mentions
Mark Rutte	Person	5

=== node by label
MATCH (p:Person) RETURN p.name ORDER BY p.name
--- result
p.name
Manfred Weber
Marco Rubio
Mark Rutte

=== labels are case-insensitive entity types
MATCH (p:organization) RETURN p.name ORDER BY p.name
--- result
p.name
European Union
NATO

=== outgoing relationships
MATCH (a {name: "Mark Rutte"})-[r]->(b) RETURN type(r), b.name ORDER BY b.name
--- result
type(r)	b.name
disagree with	Manfred Weber
lead	NATO

=== incoming relationships
MATCH (a {name: "NATO"})<-[r]-(b) RETURN b.name, type(r) ORDER BY b.name, type(r)
--- result
b.name	type(r)
Germany	member of
Mark Rutte	lead
Spain	member of
United States	leave

=== undirected relationships
MATCH (a {name: "Spain"})-[r]-(b) RETURN b.name, type(r) ORDER BY b.name, type(r)
--- result
b.name	type(r)
European Union	member of
Marco Rubio	criticize
NATO	criticize
NATO	member of

=== relationship type
MATCH (a)-[:`member of`]->(b) RETURN a.name, b.name ORDER BY a.name, b.name
--- result
a.name	b.name
Germany	European Union
Germany	NATO
Manfred Weber	European Union
Spain	European Union
Spain	NATO

=== type alternatives
MATCH (a)-[r:lead|criticize]->(b) RETURN a.name, type(r), b.name ORDER BY a.name, b.name
--- result
a.name	type(r)	b.name
Marco Rubio	criticize	Spain
Mark Rutte	lead	NATO
NATO	criticize	Spain

=== type alternatives with colons
MATCH (a)-[r:lead|:propose]->(b) RETURN a.name, b.name ORDER BY a.name
--- result
a.name	b.name
Manfred Weber	European army
Mark Rutte	NATO

=== unknown type matches nothing
MATCH (a)-[:annex]->(b) RETURN a, b
--- result
a	b

=== two hops
MATCH (a {name: "Germany"})-[:`member of`]->(o)<-[:`member of`]-(other) RETURN o.name, other.name ORDER BY o.name, other.name
--- result
o.name	other.name
European Union	Manfred Weber
European Union	Spain
NATO	Spain

=== relationship uniqueness within a MATCH
MATCH (a {name: "Germany"})-[r1]-(b)-[r2]-(c) WHERE c.name = "Germany" RETURN count(*)
--- result
count(*)
0

=== uniqueness does not hold across MATCH clauses
MATCH (a {name: "Germany"})-[r1:increase]-(b) MATCH (b)-[r2]-(c) RETURN c.name
--- result
c.name
Germany

=== comma separated patterns share variables
MATCH (a:Person)-[:lead]->(o), (m)-[:`member of`]->(o) RETURN a.name, m.name ORDER BY m.name
--- result
a.name	m.name
Mark Rutte	Germany
Mark Rutte	Spain

=== cartesian product
MATCH (a:Group), (b:Organization) RETURN a.name, b.name ORDER BY b.name
--- result
a.name	b.name
the Greens	European Union
the Greens	NATO

=== same variable twice closes a cycle
MATCH (a)-[:`member of`]->(o)<-[:`member of`]-(b)-[:`member of`]->(p)<-[:`member of`]-(a) WHERE a.name < b.name RETURN a.name, b.name, o.name, p.name ORDER BY o.name
--- result
a.name	b.name	o.name	p.name
Germany	Spain	European Union	NATO
Germany	Spain	NATO	European Union

=== inline relationship properties
MATCH (a)-[r {negated: true}]->(b) RETURN a.name, type(r), b.name
--- result
a.name	type(r)	b.name
United States	leave	NATO

=== name property matches the canonical name only
MATCH (a {name: "Rutte"}) RETURN a.name
--- result
a.name

=== alias lookup
MATCH (a) WHERE "Rutte" IN a.aliases RETURN a.name
--- result
a.name
Mark Rutte

=== parameters
%param who='Manfred Weber'
MATCH (a {name: $who})-[r]->(b) RETURN type(r), b.name ORDER BY b.name
--- result
type(r)	b.name
member of	European Union
propose	European army

=== unwind
UNWIND [3, 1, 2] AS x RETURN x ORDER BY x
--- result
x
1
2
3

=== unwind null gives no rows
UNWIND null AS x RETURN x
--- result
x

=== with pipes variables
MATCH (a:Person) WITH a, a.mentions AS m WHERE m > 0 RETURN a.name, m ORDER BY m DESC
--- result
a.name	m
Mark Rutte	5
Manfred Weber	3

=== with renames and scopes
MATCH (a {name: "Spain"})-[r]-(b) WITH b.name AS neighbour RETURN neighbour ORDER BY neighbour
--- result
neighbour
European Union
Marco Rubio
NATO
NATO

=== return star
MATCH (a {name: "Mark Rutte"})-[r:lead]->(b) RETURN *
--- result
a	b	r
(Mark Rutte:Person)	(NATO:Organization)	(Mark Rutte)-[:lead]->(NATO)

=== semicolon at the end
MATCH (a:Group) RETURN a.name;
--- result
a.name
the Greens

=== keywords as names
MATCH (in:Place)-[contains:`member of`]->(limit) WHERE limit.name = "NATO" RETURN in.name ORDER BY in.name
--- result
in.name
Germany
Spain

=== the count of every relationship, each way
MATCH ()-[r]->() RETURN count(*) AS out
--- result
out
13

=== the count of every relationship, both ways
MATCH ()-[r]-() RETURN count(r) AS both
--- result
both
26

=== the count of every relationship, through a scan
MATCH (a)-[r]->() RETURN count(a) AS scanned
--- result
scanned
13

