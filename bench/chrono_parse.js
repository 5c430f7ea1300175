// chrono-node over the same files bench_extract reads, for a side-by-side
// figure: chrono.parse over each file's text, best of three runs, and the
// same last line as bench_extract:
//   chrono-node: N files, X MB, Y s, Z MB/s
// Y is CPU time, as bench_extract counts it (process.cpuUsage: the
// collector's threads included, all on the one core the script allows).
// Run by bench/extract_vs_chrono.sh, which installs chrono-node into a
// temporary folder; chrono-node is never a dependency of the product.
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');

const kArticleExtensions = new Set(['.txt', '.html', '.htm', '.xhtml']);

function collect(target, out) {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
        for (const name of fs.readdirSync(target).sort())
            collect(path.join(target, name), out);
    } else if (kArticleExtensions.has(path.extname(target).toLowerCase())) {
        out.push(target);
    }
}

const files = [];
for (const target of process.argv.slice(2))
    collect(target, files);
if (files.length === 0) {
    console.error('chrono_parse: no article files given');
    process.exit(1);
}
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);

let best = Infinity;
let found = 0;
for (let run = 1; run <= 3; ++run) {
    found = 0;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const text of texts)
        found += chrono.parse(text).length;
    const cpu = process.cpuUsage(cpuStart);
    const seconds = (cpu.user + cpu.system) / 1e6;
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`run ${run}: ${seconds.toFixed(3)} s CPU, ${wall.toFixed(3)} s wall`);
    best = Math.min(best, seconds);
}
const megabytes = bytes / 1e6;
console.log(`found ${found} dates per run`);
console.log(`chrono-node: ${texts.length} files, ${megabytes.toFixed(2)} MB, ${best.toFixed(3)} s, ` +
            `${(megabytes / best).toFixed(1)} MB/s`);
