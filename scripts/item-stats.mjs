// Prints surface cues in one scenario bank, for authors to check their items as they write.
// Usage: node scripts/item-stats.mjs content/01-voluntary/scenarios.ts
// For every decision (single, value-free branch step) it shows option lengths in characters with
// the keyed one marked, and whether the key is the longest; for multi and rank the same for the
// correct / first-ranked options. A bank passes the eye test when the key is the longest in no
// more than about 1 of every 3 decisions and no key stands out by length.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/item-stats.mjs content/NN-slug/scenarios.ts');
  process.exit(2);
}
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
const bank = module.default ?? module.bank;
const rows = [];
const decisions = [];
function decision(id, options, isKey) {
  const lens = options.map((o) => o.text.length);
  const keyLens = options.filter(isKey).map((o) => o.text.length);
  const otherLens = options.filter((o) => !isKey(o)).map((o) => o.text.length);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const ratio = mean(keyLens) / mean(otherLens);
  const longest = Math.max(...lens);
  const keyIsLongest = keyLens.includes(longest);
  const spread = Math.min(...lens) / longest;
  decisions.push({ keyIsLongest, ratio, n: options.length });
  rows.push(
    `${id.padEnd(44)} ${options.map((o) => (isKey(o) ? `[${o.text.length}]` : ` ${o.text.length} `)).join(' ')}  key/others ${ratio.toFixed(2)}  min/max ${spread.toFixed(2)}${keyIsLongest ? '  KEY LONGEST' : ''}`,
  );
}
const counts = {};
for (const q of bank.questions) {
  const tag = `${q.pool ?? 'NO POOL'} ${q.kind}`;
  counts[tag] = (counts[tag] ?? 0) + 1;
  if (q.kind === 'single') decision(q.id, q.options, (o) => o.best);
  else if (q.kind === 'multi') decision(q.id, q.options, (o) => o.correct);
  else if (q.kind === 'rank') decision(`${q.id} (first ranked)`, q.options, (o) => o === q.options[0]);
  else if (q.kind === 'branch') for (const s of q.steps) decision(`${q.id}.${s.id}`, s.options, (o) => o.best);
  else if (q.kind === 'value')
    rows.push(`${q.id.padEnd(44)} value item keys ${q.options.find((o) => o.best)?.value} (module ${bank.module})`);
}
console.log(rows.join('\n'));
const chance = decisions.reduce((a, d) => a + 1 / d.n, 0) / decisions.length;
const longest = decisions.filter((d) => d.keyIsLongest).length / decisions.length;
const meanRatio = decisions.reduce((a, d) => a + d.ratio, 0) / decisions.length;
console.log(
  `\n${decisions.length} decisions: key longest in ${(longest * 100).toFixed(0)}% (chance ${(chance * 100).toFixed(0)}%), mean key/others length ${meanRatio.toFixed(2)}`,
);
console.log(
  Object.entries(counts)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', '),
);
