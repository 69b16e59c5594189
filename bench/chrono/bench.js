// Times chrono-node on the texts of hearsay's timex benchmark.
//
//   npm install
//   node bench.js news ../../timex/lang/en/testdata/news.txt
//   node bench.js jsonl DOCS.jsonl      # lines {"doc", "dct", "text"}
//
// Prints wall time and CPU time (user + system) per pass over the texts, to
// compare with the ns/op and cpu-us/op of `go test -bench Tag ./timex`.
const chrono = require('chrono-node');
const fs = require('fs');

const [mode, path] = process.argv.slice(2);
if (!mode || !path) {
  console.error('usage: node bench.js news FILE | jsonl FILE');
  process.exit(2);
}
let docs = [];
if (mode === 'news') {
  let text = fs.readFileSync(path, 'utf8');
  const m = text.match(/^\s*date (\d{4}-\d{2}-\d{2})\s/);
  const dct = m ? new Date(m[1] + 'T00:00:00Z') : new Date();
  docs = [{text, dct}];
} else {
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    docs.push({text: d.text, dct: new Date(d.dct.slice(0, 10) + 'T00:00:00Z')});
  }
}
let bytes = 0;
for (const d of docs) bytes += Buffer.byteLength(d.text);
for (let i = 0; i < 3; i++) for (const d of docs) chrono.parse(d.text, d.dct); // warm up

const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let passes = 0, found = 0;
for (;;) {
  for (const d of docs) found += chrono.parse(d.text, d.dct).length;
  passes++;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (ms > 3000) {
    const cu = process.cpuUsage(c0);
    console.log(JSON.stringify({
      mode, docs: docs.length, bytes, passes,
      wall_us_per_pass: Math.round(1000 * ms / passes),
      cpu_us_per_pass: Math.round((cu.user + cu.system) / passes),
      mb_per_s: +(bytes * passes / 1e6 / (ms / 1000)).toFixed(2),
      found_per_pass: found / passes,
    }));
    break;
  }
}
