# Everyday expressions: CASE, list indexing and slicing, comprehensions, quantifiers, reduce,
# map projections. Expected results are worked out by hand from tests/query/fixture.cpp.

=== searched case
MATCH (a:Person) RETURN a.name, CASE WHEN a.mentions >= 5 THEN "often" WHEN a.mentions > 0 THEN "sometimes" ELSE "never" END AS seen ORDER BY a.name
--- result
a.name	seen
Manfred Weber	sometimes
Marco Rubio	never
Mark Rutte	often

=== simple case
MATCH (a)-[r]->(b:Place) RETURN a.name, CASE type(r) WHEN "criticize" THEN "against" WHEN "member of" THEN "inside" END AS stance ORDER BY a.name
--- result
a.name	stance
Marco Rubio	against
NATO	against

=== case without else is null and null never matches a simple case
RETURN CASE WHEN false THEN 1 END AS a, CASE null WHEN null THEN "matched" ELSE "no match" END AS b, CASE WHEN null THEN 1 ELSE 2 END AS c
--- result
a	b	c
	no match	2

=== case in where and order by
MATCH (a)-[r]->(b) WHERE CASE WHEN r.time IS NULL THEN false ELSE true END RETURN a.name, r.time ORDER BY CASE a.name WHEN "Germany" THEN 0 ELSE 1 END
--- result
a.name	r.time
Germany	by 2029
Manfred Weber	by 2030

=== case inside and around aggregates
MATCH (a)-[r]->(b) RETURN sum(CASE WHEN r.time IS NULL THEN 0 ELSE 1 END) AS timed, CASE WHEN count(*) > 10 THEN "many" ELSE "few" END AS facts
--- result
timed	facts
2	many

=== case condition must be boolean
RETURN CASE WHEN 1 THEN "x" END
--- error
1:18: expected a Boolean, got Integer
RETURN CASE WHEN 1 THEN "x" END
                 ^

=== list indexing from either end
RETURN [10, 20, 30][0] AS first, [10, 20, 30][-1] AS last, [10, 20, 30][3] AS outside, [10, 20, 30][null] AS unknown
--- result
first	last	outside	unknown
10	30		

=== list slices
RETURN [0, 1, 2, 3, 4][1..3] AS a, [0, 1, 2, 3, 4][..2] AS b, [0, 1, 2, 3, 4][3..] AS c, [0, 1, 2, 3, 4][-2..] AS d, [0, 1, 2, 3, 4][3..1] AS e, [0, 1, 2][1..null] AS f
--- result
a	b	c	d	e	f
[1, 2]	[0, 1]	[3, 4]	[3, 4]	[]	

=== slice of a property list
MATCH (a {name: "United States"}) RETURN a.aliases[0..1] AS first, a.aliases[-1] AS last
--- result
first	last
["US"]	U.S.

=== list comprehension with filter and map
RETURN [x IN [1, 2, 3, 4, 5] WHERE x % 2 = 1 | x * 10] AS odd, [x IN ["a", "b"] | toUpper(x)] AS upper, [x IN [1, null, 3] WHERE x > 1] AS big, [x IN [1, 2]] AS same
--- result
odd	upper	big	same
[10, 30, 50]	["A", "B"]	[3]	[1, 2]

=== list comprehension over a graph value
MATCH (a) WHERE size(a.aliases) > 0 RETURN a.name, [n IN a.aliases WHERE size(n) <= 3 | toLower(n)] AS short ORDER BY a.name
--- result
a.name	short
European Union	["eu"]
Manfred Weber	[]
Marco Rubio	[]
Mark Rutte	[]
United States	["us"]

=== list comprehension over null is null, variable may shadow
WITH null AS nothing, 5 AS x RETURN [x IN nothing | x] AS a, [x IN [1] | x + 1] AS b, x
--- result
a	b	x
	[2]	5

=== quantifiers
RETURN any(x IN [1, 2, 3] WHERE x > 2) AS anyTrue, all(x IN [1, 2, 3] WHERE x > 0) AS allTrue, none(x IN [1, 2, 3] WHERE x > 5) AS noneTrue, single(x IN [1, 2, 3] WHERE x = 2) AS singleTrue, single(x IN [1, 2, 2] WHERE x = 2) AS singleFalse
--- result
anyTrue	allTrue	noneTrue	singleTrue	singleFalse
true	true	true	true	false

=== quantifiers with null follow three-valued logic
RETURN any(x IN [1, null] WHERE x > 1) AS a, any(x IN [2, null] WHERE x > 1) AS b, all(x IN [2, null] WHERE x > 1) AS c, all(x IN [0, null] WHERE x > 1) AS d, none(x IN [] WHERE x > 1) AS e, any(x IN null WHERE x > 1) AS f
--- result
a	b	c	d	e	f
	true		false	true	

=== quantifier in where
MATCH (a) WHERE any(n IN a.aliases WHERE n STARTS WITH "U") RETURN a.name
--- result
a.name
United States

=== reduce
RETURN reduce(total = 0, x IN [1, 2, 3, 4] | total + x) AS sum, reduce(s = "", w IN ["a", "b", "c"] | s + w) AS joined, reduce(n = 1, x IN [] | n * x) AS empty, reduce(n = 0, x IN null | n + x) AS none
--- result
sum	joined	empty	none
10	abc	1	

=== reduce over a path
MATCH p = (a {name: "Mark Rutte"})-[:lead]->(b)<-[:`member of`]-(c) RETURN c.name, reduce(names = "", n IN nodes(p) | names + n.name + ";") AS walk ORDER BY c.name
--- result
c.name	walk
Germany	Mark Rutte;NATO;Germany;
Spain	Mark Rutte;NATO;Spain;

=== map projection
MATCH (a {name: "Manfred Weber"}) RETURN a {.name, .mentions, kind: a.type, twice: a.mentions * 2} AS m
--- result
m
{name: "Manfred Weber", mentions: 3, kind: "Person", twice: 6}

=== map projection of all properties and of a variable
MATCH (a {name: "Marco Rubio"})-[r]->(b) WITH a, b.name AS target RETURN a {.*, target, degree: null} AS m
--- result
m
{name: "Marco Rubio", type: "Person", aliases: ["Rubio"], mentions: 0, degree: null, target: "Spain"}

=== map projection of a map and of null
WITH {a: 1, b: 2} AS m, null AS n RETURN m {.b, .c} AS p, n {.name} AS q
--- result
p	q
{b: 2, c: null}	
