# WHERE: comparisons, boolean logic with null, string and list predicates.

=== comparison
MATCH (a) WHERE a.mentions >= 4 RETURN a.name ORDER BY a.name
--- result
a.name
Mark Rutte
NATO

=== and or not
MATCH (a) WHERE (a.type = "Place" AND NOT a.name STARTS WITH "S") OR a.name = "NATO" RETURN a.name ORDER BY a.name
--- result
a.name
Germany
NATO
United States

=== xor
MATCH (a:Person) WHERE a.mentions > 0 XOR a.name CONTAINS "Rubio" RETURN a.name ORDER BY a.name
--- result
a.name
Manfred Weber
Marco Rubio
Mark Rutte

=== in list
MATCH (a) WHERE a.name IN ["Spain", "Germany", "Atlantis"] RETURN a.name ORDER BY a.name
--- result
a.name
Germany
Spain

=== starts ends contains
MATCH (a) WHERE a.name STARTS WITH "Ma" OR a.name ENDS WITH "Union" OR a.name CONTAINS "army" RETURN a.name ORDER BY a.name
--- result
a.name
European Union
European army
Manfred Weber
Marco Rubio
Mark Rutte

=== regex is a full match
MATCH (a) WHERE a.name =~ "M.*o" RETURN a.name ORDER BY a.name
--- result
a.name
Marco Rubio

=== regex with flags
MATCH (a) WHERE a.name =~ "(?i)nato|spain" RETURN a.name ORDER BY a.name
--- result
a.name
NATO
Spain

=== is null and is not null
MATCH (a)-[r]->(b) WHERE r.time IS NOT NULL RETURN type(r), r.time ORDER BY type(r)
--- result
type(r)	r.time
increase	by 2029
propose	by 2030

=== null comparison filters the row out
MATCH (a)-[r]->(b) WHERE r.modality = null RETURN count(*)
--- result
count(*)
0

=== three-valued logic
RETURN null AND false AS a, null AND true AS b, null OR true AS c, null OR false AS d, null XOR true AS e, NOT null AS f
--- result
a	b	c	d	e	f
false		true			

=== null propagates through operators
RETURN null + 1 AS a, null = null AS b, null <> 1 AS c, 1 IN [null, 2] AS d, 2 IN [null, 2] AS e, null IS NULL AS f
--- result
a	b	c	d	e	f
				true	true

=== comparisons across types
RETURN 1 = 1.0 AS a, 1 < 2.5 AS b, "a" < "b" AS c, 1 = "1" AS d, 1 < "2" AS e, [1, 2] = [1, 2] AS f
--- result
a	b	c	d	e	f
true	true	true	false		true

=== relation properties
MATCH (a)-[r:increase]->(b) RETURN r.predicate, r.negated, r.modality, r.time, r.quantity, r.place, r.confidence, r.support, r.doc, r.sentence
--- result
r.predicate	r.negated	r.modality	r.time	r.quantity	r.place	r.confidence	r.support	r.doc	r.sentence
increase	false		by 2029	3.5 percent of GDP		0.96	2	nato-2	Germany will raise spending.

=== attribution
MATCH (a)-[r]->(b) WHERE r.attributed_to = "Marco Rubio" RETURN a.name, type(r), b.name, r.negated, r.modality
--- result
a.name	type(r)	b.name	r.negated	r.modality
United States	leave	NATO	true	plan to

=== entity properties
MATCH (a {name: "United States"}) RETURN a.name, a.type, a.aliases, a.mentions, a.degree
--- result
a.name	a.type	a.aliases	a.mentions	a.degree
United States	Place	["US", "U.S."]	0	1

=== label test in where through labels
MATCH (a) WHERE "Group" IN labels(a) RETURN a.name
--- result
a.name
the Greens

=== type equality in WHERE is the pattern's type
MATCH (a)-[r]->(b) WHERE type(r) = "criticize" RETURN a.name, b.name ORDER BY a.name, b.name
--- result
a.name	b.name
Marco Rubio	Spain
NATO	Spain

=== type equality written the other way round, and with a pattern type
MATCH (a)-[r:criticize|lead]->(b) WHERE "lead" = type(r) RETURN a.name, b.name ORDER BY a.name
--- result
a.name	b.name
Mark Rutte	NATO

=== type equality with a type the graph does not have
MATCH (a)-[r]->(b) WHERE type(r) = "no such predicate" RETURN count(*)
--- result
count(*)
0

