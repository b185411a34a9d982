// Runs Q1-Q5 and the scan shapes S1-S5 (see bench/query_bench.cpp) in Kùzu, the embedded graph
// database, on the same triples, and prints the median time of each in milliseconds as JSON:
// wall time, and CPU time (user + sys of the whole process, every Kùzu thread included).
// Kùzu is not a kg dependency: bench/query_compare.sh installs the npm package `kuzu` in a
// scratch folder.
//   node kuzu_queries.mjs TRIPLES.tsv ENTITY_A ENTITY_B P1 P2 [REPEATS] [QUERIES]
// QUERIES is a comma-separated list of names (Q1,S2,...); default: all.
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

const require = createRequire(process.env.KUZU_MODULE_DIR + "/");
const kuzu = require("kuzu");
const [tsv, a, b, p1, p2, repeatsArg, only] = process.argv.slice(2);
const repeats = Number(repeatsArg || 20);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kuzu-bench-"));
const nodesCsv = path.join(scratch, "nodes.csv");
const relsCsv = path.join(scratch, "rels.csv");
const quote = (s) => '"' + s.replaceAll('"', '""') + '"';
// Streamed line by line: a 10M-line file is larger than the longest string V8 allows.
const names = new Set();
const relsOut = fs.openSync(relsCsv, "w");
let batch = [];
const lines = readline.createInterface({ input: fs.createReadStream(tsv), crlfDelay: Infinity });
for await (const line of lines) {
  const [s, p, o] = line.split("\t");
  if (!o) continue;
  names.add(s);
  names.add(o);
  batch.push(`${quote(s)},${quote(o)},${quote(p)}\n`);
  if (batch.length === 100000) {
    fs.writeSync(relsOut, batch.join(""));
    batch = [];
  }
}
fs.writeSync(relsOut, batch.join(""));
fs.closeSync(relsOut);
const nodesOut = fs.openSync(nodesCsv, "w");
batch = [];
for (const n of names) {
  batch.push(quote(n) + "\n");
  if (batch.length === 100000) {
    fs.writeSync(nodesOut, batch.join(""));
    batch = [];
  }
}
fs.writeSync(nodesOut, batch.join(""));
fs.closeSync(nodesOut);
names.clear();

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
  S1: `MATCH (a)-[r:Rel]->(b) WHERE b.name =~ '.*99.*' RETURN count(*)`,
  S2: `MATCH (a)-[r:Rel]->(b) RETURN count(*)`,
  S3: `MATCH (a)-[r:Rel]->(b) WHERE r.predicate = '${esc(p2)}' RETURN count(*)`,
  S4: `MATCH (a)-[r:Rel]->(b) RETURN a.name AS s, count(*) AS n ORDER BY n DESC, s LIMIT 10`,
  S5: `MATCH (a:Entity {name: '${esc(a)}'})-[r:Rel]->(b), (c)-[s:Rel]->(d) WHERE lower(b.name) = lower(d.name) RETURN count(*)`,
};
const wanted = only ? new Set(only.split(",")) : null;
const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const result = { load_ms: loadMs, wall: {}, cpu: {}, rows: {} };
for (const [name, q] of Object.entries(queries)) {
  if (wanted && !wanted.has(name)) continue;
  const walls = [];
  const cpus = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    t0 = performance.now();
    const r = await conn.query(q);
    const rows = await r.getAll();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
    result.rows[name] = JSON.stringify(rows[0] ?? null);
  }
  result.wall[name] = median(walls);
  result.cpu[name] = median(cpus);
}
console.log(JSON.stringify(result));
fs.rmSync(scratch, { recursive: true, force: true });
