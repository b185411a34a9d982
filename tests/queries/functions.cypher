# Functions: strings, lists, properties and identities. Expected results are worked out by
# hand from tests/query/fixture.cpp.

=== substring left right
RETURN substring("Brussels", 2, 3) AS a, substring("Brussels", 5) AS b, substring("ab", 5) AS c, left("Brussels", 3) AS d, right("Brussels", 3) AS e, left("ab", 9) AS f
--- result
a	b	c	d	e	f
uss	els		Bru	els	ab

=== strings are cut in characters
RETURN substring("Zürich", 1, 2) AS a, left("Ærø", 2) AS b, reverse("Göteborg") AS c, size(right("Malmö", 2)) AS d
--- result
a	b	c	d
ür	Ær	grobetöG	2

=== replace and split
RETURN replace("a-b-c", "-", "+") AS a, replace("aaa", "aa", "b") AS b, replace("ab", "", "-") AS c, split("a,b,,c", ",") AS d, split("abc", "") AS e, split("", ",") AS f
--- result
a	b	c	d	e	f
a+b+c	ba	-a-b-	["a", "b", "", "c"]	["a", "b", "c"]	[""]

=== trimming and case
RETURN "[" + trim("  x ") + "]" AS a, "[" + ltrim("  x ") + "]" AS b, "[" + rtrim("  x ") + "]" AS c, toUpper("nato") AS d, toLower("EU") AS e
--- result
a	b	c	d	e
[x]	[x ]	[  x]	NATO	eu

=== case of letters beyond ASCII
RETURN toUpper("zürich") AS a, toLower("ÅLESUND") AS b, toUpper("straße") AS c, toLower("ΑΘΗΝΑ") AS d, toUpper("") AS e
--- result
a	b	c	d	e
ZÜRICH	ålesund	STRASSE	αθηνα	

=== conversions
RETURN toString(12) AS a, toString(1.5) AS b, toString(true) AS c, toInteger("42") AS d, toInteger(3.9) AS e, toInteger("x") AS f, toFloat("1.5") AS g, toFloat(2) AS h
--- result
a	b	c	d	e	f	g	h
12	1.5	true	42	3		1.5	2.0

=== null arguments give null
RETURN substring(null, 1) AS a, replace("a", null, "b") AS b, split(null, ",") AS c, left("a", null) AS d, reverse(null) AS e, tail(null) AS f, range(1, null) AS g
--- result
a	b	c	d	e	f	g
						

=== wrong argument types are errors
RETURN substring("abc", "1")
--- error
1:8: substring cannot take (String, String) (it takes string, start, length)
RETURN substring("abc", "1")
       ^

=== range
RETURN range(1, 5) AS a, range(0, 10, 5) AS b, range(3, 1, -1) AS c, range(5, 1) AS d, size(range(1, 1000)) AS e
--- result
a	b	c	d	e
[1, 2, 3, 4, 5]	[0, 5, 10]	[3, 2, 1]	[]	1000

=== range step zero is an error
RETURN range(1, 5, 0)
--- error
1:8: range cannot take (Integer, Integer, Integer) (it takes integers start, end, step)
RETURN range(1, 5, 0)
       ^

=== head last tail reverse of lists
RETURN head([1, 2, 3]) AS a, last([1, 2, 3]) AS b, tail([1, 2, 3]) AS c, tail([]) AS d, head([]) AS e, reverse([1, 2]) AS f
--- result
a	b	c	d	e	f
1	3	[2, 3]	[]		[2, 1]

=== coalesce over properties
MATCH (a)-[r]->(b) WHERE a.name = "Manfred Weber" OR a.name = "Mark Rutte" RETURN a.name, coalesce(r.time, r.modality, type(r)) AS what ORDER BY a.name, what
--- result
a.name	what
Manfred Weber	by 2030
Manfred Weber	member of
Mark Rutte	disagree with
Mark Rutte	lead

=== properties and keys of a node
MATCH (a {name: "European Union"}) RETURN properties(a) AS p, keys(a) AS k
--- result
p	k
{name: "European Union", type: "Organization", aliases: ["EU"], mentions: 0, degree: 3}	["name", "type", "aliases", "mentions", "degree"]

=== properties of a relationship
MATCH (a {name: "Marco Rubio"})-[r]->() RETURN properties(r) AS p
--- result
p
{predicate: "criticize", negated: false, modality: null, attributed_to: null, time: null, quantity: null, place: "Brussels", confidence: 0.6, support: 1, doc: null, sentence: null, stance: "neutral", date: null}

=== identities
MATCH (a {name: "NATO"})<-[r:lead]-(b) RETURN id(a) AS a, elementId(a) AS ea, id(r) AS r, elementId(r) AS er, elementId(b) AS eb
--- result
a	ea	r	er	eb
2	n2	4	r4	n0

=== path functions
MATCH p = (a {name: "Marco Rubio"})-[:criticize]->(b)<-[:criticize]-(c) RETURN length(p) AS n, [x IN nodes(p) | x.name] AS names, [r IN relationships(p) | type(r)] AS types
--- result
n	names	types
2	["Marco Rubio", "Spain", "NATO"]	["criticize", "criticize"]
