# Variable-length relationships, path variables, shortest paths, OPTIONAL MATCH.

=== variable length
MATCH (a {name: "Marco Rubio"})-[*1..2]->(b) RETURN b.name ORDER BY b.name
--- result
b.name
European Union
NATO
Spain

=== exact length
MATCH (a {name: "Mark Rutte"})-[*2]-(b) RETURN DISTINCT b.name ORDER BY b.name
--- result
b.name
European Union
European army
Germany
Spain
United States

=== zero length includes the start
MATCH (a {name: "Marco Rubio"})-[:criticize*0..1]->(b) RETURN b.name ORDER BY b.name
--- result
b.name
Marco Rubio
Spain

=== relationship list variable
MATCH (a {name: "Manfred Weber"})-[rs*2..2]-(b {name: "the Greens"}) RETURN a.name, b.name, size(rs), rs[0].predicate
--- result
a.name	b.name	size(rs)	rs[0].predicate
Manfred Weber	the Greens	2	propose

=== relationship list by alias lookup
MATCH (a)-[rs:propose|oppose*2]-(b) WHERE "Weber" IN a.aliases RETURN b.name, size(rs)
--- result
b.name	size(rs)
the Greens	2

=== path variable
MATCH p = (a {name: "Marco Rubio"})-[:criticize]->(b)<-[:criticize]-(c) RETURN p, length(p), nodes(p), size(relationships(p))
--- result
p	length(p)	nodes(p)	size(relationships(p))
(Marco Rubio:Person)-[:criticize]->(Spain:Place)<-[:criticize]-(NATO:Organization)	2	[(Marco Rubio:Person), (Spain:Place), (NATO:Organization)]	2

=== shortest path
MATCH p = shortestPath((a {name: "Manfred Weber"})-[*]-(b {name: "United States"})) RETURN length(p)
--- result
length(p)
3

=== shortest path nodes
MATCH p = shortestPath((a {name: "Manfred Weber"})-[*]-(b {name: "United States"})) RETURN length(p), nodes(p)
--- result
length(p)	nodes(p)
3	[(Manfred Weber:Person), (Mark Rutte:Person), (NATO:Organization), (United States:Place)]

=== directed shortest path may not exist
MATCH p = shortestPath((a {name: "Manfred Weber"})-[*]->(b {name: "United States"})) RETURN p
--- result
p

=== shortest path with a bound
MATCH p = shortestPath((a {name: "Manfred Weber"})-[*..2]-(b {name: "United States"})) RETURN p
--- result
p

=== all shortest paths
MATCH p = allShortestPaths((a {name: "Germany"})-[*]-(b {name: "Spain"})) RETURN p ORDER BY p
--- result
p
(Germany:Place)-[:member of]->(NATO:Organization)<-[:member of]-(Spain:Place)
(Germany:Place)-[:member of]->(NATO:Organization)-[:criticize]->(Spain:Place)
(Germany:Place)-[:member of]->(European Union:Organization)<-[:member of]-(Spain:Place)

=== shortest path relationship variable
MATCH shortestPath((a {name: "Mark Rutte"})-[rs*]-(b {name: "Spain"})) RETURN size(rs)
--- result
size(rs)
2

=== optional match keeps the row
MATCH (a:Person) OPTIONAL MATCH (a)-[r:lead]->(o) RETURN a.name, o.name ORDER BY a.name
--- result
a.name	o.name
Manfred Weber	
Marco Rubio	
Mark Rutte	NATO

=== optional match with where
MATCH (a:Place) OPTIONAL MATCH (a)-[r]->(b) WHERE b.name = "NATO" RETURN a.name, type(r) ORDER BY a.name
--- result
a.name	type(r)
Germany	member of
Spain	member of
United States	leave

=== optional match null then expand
OPTIONAL MATCH (a {name: "Atlantis"}) RETURN a, a.name
--- result
a	a.name
	

=== count of optional nulls
MATCH (a:Person) OPTIONAL MATCH (a)-[r:lead]->(o) RETURN count(*) AS rows, count(o) AS leaders
--- result
rows	leaders
3	1

