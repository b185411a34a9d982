// Runs Q1-Q5 (see bench/query_bench.cpp) in Kùzu, the embedded graph database, on the same
// triples, and prints the median time of each in milliseconds as JSON. Kùzu is not a kg
// dependency: bench/query_compare.sh installs the npm package `kuzu` in a scratch folder.
//   node kuzu_queries.mjs TRIPLES.tsv ENTITY_A ENTITY_B P1 P2 [REPEATS]
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const require = createRequire(process.env.KUZU_MODULE_DIR + "/");
const kuzu = require("kuzu");
const [tsv, a, b, p1, p2, repeatsArg] = process.argv.slice(2);
const repeats = Number(repeatsArg || 20);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kuzu-bench-"));
const nodesCsv = path.join(scratch, "nodes.csv");
const relsCsv = path.join(scratch, "rels.csv");
const quote = (s) => '"' + s.replaceAll('"', '""') + '"';
const names = new Set();
const rels = [];
for (const line of fs.readFileSync(tsv, "utf8").split("\n")) {
  const [s, p, o] = line.split("\t");
  if (!o) continue;
  names.add(s);
  names.add(o);
  rels.push(`${quote(s)},${quote(o)},${quote(p)}`);
}
fs.writeFileSync(nodesCsv, [...names].map(quote).join("\n") + "\n");
fs.writeFileSync(relsCsv, rels.join("\n") + "\n");

const db = new kuzu.Database(path.join(scratch, "db"));
const conn = new kuzu.Connection(db);
await conn.query("CREATE NODE TABLE Entity(name STRING, PRIMARY KEY(name))");
await conn.query("CREATE REL TABLE Rel(FROM Entity TO Entity, predicate STRING)");
let t0 = performance.now();
await conn.query(`COPY Entity FROM '${nodesCsv}' (HEADER=false)`);
await conn.query(`COPY Rel FROM '${relsCsv}' (HEADER=false)`);
const loadMs = performance.now() - t0;

const esc = (s) => s.replaceAll("'", "\\'");
const queries = {
  Q1: `MATCH (x:Entity {name: '${esc(a)}'})-[r:Rel]-(y) RETURN r.predicate, y.name`,
  Q2: `MATCH (x:Entity {name: '${esc(a)}'})-[:Rel]->()-[:Rel]->(c) RETURN count(DISTINCT c)`,
  Q3: `MATCH (x)-[r1:Rel]->(y)-[r2:Rel]->(z) WHERE r1.predicate = '${esc(p1)}' AND r2.predicate = '${esc(p2)}' RETURN count(*)`,
  Q4: `MATCH p = (x:Entity {name: '${esc(a)}'})-[:Rel* SHORTEST 1..10]-(y:Entity {name: '${esc(b)}'}) RETURN length(p)`,
  Q5: `MATCH ()-[r:Rel]->() RETURN r.predicate AS p, count(*) AS n ORDER BY n DESC LIMIT 10`,
};
const result = { load_ms: loadMs };
for (const [name, q] of Object.entries(queries)) {
  const times = [];
  for (let i = 0; i < repeats; i++) {
    t0 = performance.now();
    const r = await conn.query(q);
    await r.getAll();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  result[name] = times[Math.floor(times.length / 2)];
}
console.log(JSON.stringify(result));
fs.rmSync(scratch, { recursive: true, force: true });
