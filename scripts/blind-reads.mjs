// Blind reads (docs/authoring.md, "Blind reads"): packets for readers who never see the keys,
// and scoring of their answers against the keys.
//
//   node scripts/blind-reads.mjs packets <packet-dir> <key-dir> [folder ...]
//     writes, per bank, <folder>.options-only.md (options only, no situation or prompt) and
//     <folder>.situation-first.md (situation, prompt, then options), each option labelled A, B, …
//     in a shuffled order; the keys go to <key-dir>/<folder>.json, which readers must not see.
//   node scripts/blind-reads.mjs score <key-dir> <answers.json> [...]
//     each answers file is { "reader": "…", "mode": "options-only" | "situation-first",
//     "answers": { "<item label>": "B" | ["A","C"] } }; prints agreement with the key per bank.
//     Items are labelled "01-item-3" (folder and position), never by id, which can hint at the key.
//
// Agreement is exact: the reader picked the keyed option, or exactly the keyed set of a
// choose-all item. An "item" is a single or value question, a choose-all item, a rank
// item's first-ranked response, or a branch item's first decision. Value items appear only in the
// situation-first packet (their options are value names, so options-only says nothing).
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LETTERS = 'ABCDEFG';
const [command, ...args] = process.argv.slice(2);

async function load(name) {
  const { module } = await runnerImport(join(root, name), { root, configFile: false, logLevel: 'error' });
  return module;
}

const VALUE_TITLES = Object.fromEntries((await load('content/course.ts')).course.modules.map((m) => [m.id, m.title]));
const { shuffle, seedFor } = await load('src/domain/scoring/shuffle.ts');

/** The decision a reader makes for one item: its options (text), and which letters are keyed. */
function decisionOf(q) {
  const order = (options) => shuffle(options, seedFor(20261129, q.id));
  if (q.kind === 'branch') {
    const step = q.steps[0];
    const options = order(step.options);
    return {
      prompt: step.prompt,
      options: options.map((o) => o.text),
      key: options.flatMap((o, i) => (o.best ? [LETTERS[i]] : [])),
      ask: 'Pick one letter.',
    };
  }
  const options = order(q.options);
  const text = (o) => (q.kind === 'value' ? VALUE_TITLES[o.value] : o.text);
  const keyed = (o) => (q.kind === 'multi' ? o.correct : q.kind === 'rank' ? o === q.options[0] : o.best);
  const ask =
    q.kind === 'multi'
      ? 'Pick every letter that applies.'
      : q.kind === 'rank'
        ? 'Pick the letter of the MOST helpful response.'
        : 'Pick one letter.';
  return { prompt: q.prompt, options: options.map(text), key: options.flatMap((o, i) => (keyed(o) ? [LETTERS[i]] : [])), ask };
}

async function packets(packetDir, keyDir, only) {
  mkdirSync(packetDir, { recursive: true });
  mkdirSync(keyDir, { recursive: true });
  const folders = readdirSync(join(root, 'content'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'content', d.name, 'scenarios.ts')))
    .map((d) => d.name)
    .filter((f) => only.length === 0 || only.includes(f));
  for (const folder of folders) {
    const bank = (await load(`content/${folder}/scenarios.ts`)).default;
    const keys = {};
    const optionsOnly = [
      `# Options only: ${folder}\n\nFor each item, guess which option the authors keyed as best, from the options alone.\n`,
    ];
    const situationFirst = [
      `# Situation first: ${folder}\n\nFor each item, read the situation and question, then choose the best response.\n`,
    ];
    // Items are labelled by number, not id: an id like "res-hug-ask" can hint at the key.
    for (const [n, q] of bank.questions.entries()) {
      const d = decisionOf(q);
      const label = `${folder.slice(0, 2)}-item-${n + 1}`;
      keys[label] = { id: q.id, kind: q.kind, key: d.key };
      const list = d.options.map((text, i) => `- **${LETTERS[i]}.** ${text}`).join('\n');
      if (q.kind !== 'value') optionsOnly.push(`## ${label}\n${d.ask}\n\n${list}\n`);
      situationFirst.push(`## ${label}\n${q.situation}\n\n**${d.prompt}** ${d.ask}\n\n${list}\n`);
    }
    writeFileSync(join(packetDir, `${folder}.options-only.md`), optionsOnly.join('\n'));
    writeFileSync(join(packetDir, `${folder}.situation-first.md`), situationFirst.join('\n'));
    writeFileSync(join(keyDir, `${folder}.json`), JSON.stringify(keys, null, 1));
  }
  console.log(`Packets for ${folders.length} banks in ${packetDir}; keys in ${keyDir}.`);
}

/** Agreement of one answer with the key: 1 when the reader picked exactly the keyed option (or set), else 0. */
function agreement(entry, answer) {
  const given = new Set([answer].flat().map((a) => String(a).trim().toUpperCase()));
  return given.size === entry.key.length && entry.key.every((l) => given.has(l)) ? 1 : 0;
}

function score(keyDir, files) {
  const rows = [];
  for (const file of files) {
    const { reader, mode, answers } = JSON.parse(readFileSync(file, 'utf8'));
    const byBank = {};
    for (const keyFile of readdirSync(keyDir)) {
      const keys = JSON.parse(readFileSync(join(keyDir, keyFile), 'utf8'));
      const folder = keyFile.replace(/\.json$/, '');
      const ids = Object.keys(keys).filter((id) => id in answers && (mode !== 'options-only' || keys[id].kind !== 'value'));
      if (ids.length === 0) continue;
      const agreed = ids.reduce((sum, id) => sum + agreement(keys[id], answers[id]), 0);
      const missed = ids.filter((id) => agreement(keys[id], answers[id]) < 1).map((id) => keys[id].id ?? id);
      byBank[folder] = { items: ids.length, percent: Math.round((agreed / ids.length) * 100), missed };
    }
    rows.push({ reader, mode, byBank });
  }
  for (const { reader, mode, byBank } of rows) {
    console.log(`\n${reader} (${mode})`);
    for (const [folder, r] of Object.entries(byBank)) {
      console.log(
        `  ${folder.padEnd(28)} ${String(r.percent).padStart(3)}% of ${r.items}${mode === 'situation-first' && r.missed.length ? `  disagreed: ${r.missed.join(', ')}` : ''}`,
      );
    }
  }
}

if (command === 'packets') await packets(args[0], args[1], args.slice(2));
else if (command === 'score') score(args[0], args.slice(1));
else {
  console.error('Usage: node scripts/blind-reads.mjs packets <packet-dir> <key-dir> [folder ...] | score <key-dir> <answers.json> ...');
  process.exitCode = 2;
}
