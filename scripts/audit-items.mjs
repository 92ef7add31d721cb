// Simulates test-wise trainees who never read the situation, and prints what each surface
// strategy would score per bank under the real scoring module, next to random guessing.
// Usage: npm run audit:items            (exits 1 when a strategy beats the targets below)
//
// Targets (docs/authoring.md, "Checks that keep items honest"): no strategy above 45% on average
// over the modules, or above 60% on any one bank. Random guessing is the baseline a bank should
// sit near: when a strategy beats it by much, the options carry a cue.
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_MEAN = 45;
const MAX_ANY = 60;
const RANDOM_RUNS = 400;

const { module: scoring } = await runnerImport(join(root, 'src/domain/scoring/score-quiz.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
const { module: shuffling } = await runnerImport(join(root, 'src/domain/scoring/shuffle.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});

const folders = readdirSync(join(root, 'content'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'content', d.name, 'scenarios.ts')))
  .map((d) => d.name)
  .sort();
const banks = [];
for (const folder of folders) {
  const { module } = await runnerImport(join(root, 'content', folder, 'scenarios.ts'), { root, configFile: false, logLevel: 'error' });
  banks.push({ folder, bank: module.default ?? module.bank });
}

// Words a test-wise reader takes for "the caring, by-the-book answer".
const PROCESS =
  /\b(ask|asks|asking|check|checking|offer|offering|together|feel|feeling|feelings|listen|choice|choose|your supervisor|supervisor|protocol|document|988|crisis|safe|plan|honest|explain|support)\b/gi;
const processScore = (text) => (text.match(PROCESS) ?? []).length;
const byLength = (a, b) => a.text.length - b.text.length;

/**
 * Each strategy picks an answer from the options alone. `pick(options)` chooses one sentence;
 * multi keeps options by a rule; rank orders them; value items get their own rule.
 */
const strategies = {
  'longest option': {
    pick: (options) => [...options].sort(byLength).at(-1),
    multi: (options) => options.filter((o) => o.text.length >= median(options.map((x) => x.text.length))),
    rank: (options) => [...options].sort(byLength).reverse(),
  },
  'shortest option': {
    pick: (options) => [...options].sort(byLength)[0],
    multi: (options) => options.filter((o) => o.text.length <= median(options.map((x) => x.text.length))),
    rank: (options) => [...options].sort(byLength),
  },
  'most "caring" words': {
    pick: (options) => [...options].sort((a, b) => processScore(a.text) - processScore(b.text) || byLength(a, b)).at(-1),
    multi: (options) => options.filter((o) => processScore(o.text) >= median(options.map((x) => processScore(x.text)))),
    rank: (options) => [...options].sort((a, b) => processScore(b.text) - processScore(a.text)),
  },
  'mentions a supervisor, 988 or documenting': {
    pick: (options) => options.find((o) => /supervisor|988|document/i.test(o.text)) ?? options[0],
    multi: (options) => options.filter((o) => /supervisor|988|document|crisis/i.test(o.text)),
    rank: (options) =>
      [...options].sort((a, b) => Number(/supervisor|988|document/i.test(b.text)) - Number(/supervisor|988|document/i.test(a.text))),
  },
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

/** The answer a strategy gives to one question; value items key the module's own value. */
function answerFor(q, strategy, moduleId) {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', optionId: strategy.pick(q.options).id };
    case 'value': {
      const own = q.options.find((o) => o.value === moduleId) ?? q.options[0];
      return { kind: 'value', optionId: own.id };
    }
    case 'multi': {
      const chosen = strategy.multi(q.options);
      return { kind: 'multi', optionIds: (chosen.length ? chosen : [q.options[0]]).map((o) => o.id) };
    }
    case 'rank':
      return { kind: 'rank', order: strategy.rank(q.options).map((o) => o.id) };
    case 'branch': {
      const path = [];
      let step = q.steps[0];
      while (step) {
        const option = strategy.pick(step.options);
        path.push(option.id);
        step = option.next ? q.steps.find((s) => s.id === option.next) : undefined;
      }
      return { kind: 'branch', path };
    }
  }
}

/** A random guess at one question, from a seeded generator. */
function guessFor(q, random) {
  const pickOne = (options) => options[Math.floor(random() * options.length)];
  switch (q.kind) {
    case 'single':
    case 'value':
      return { kind: q.kind, optionId: pickOne(q.options).id };
    case 'multi': {
      const chosen = q.options.filter(() => random() < 0.5);
      return { kind: 'multi', optionIds: (chosen.length ? chosen : [pickOne(q.options)]).map((o) => o.id) };
    }
    case 'rank':
      return {
        kind: 'rank',
        order: shuffling.shuffle(
          q.options.map((o) => o.id),
          Math.floor(random() * 2 ** 32),
        ),
      };
    case 'branch': {
      const path = [];
      let step = q.steps[0];
      while (step) {
        const option = pickOne(step.options);
        path.push(option.id);
        step = option.next ? q.steps.find((s) => s.id === option.next) : undefined;
      }
      return { kind: 'branch', path };
    }
  }
}

/**
 * Learners see options shuffled, never in authored order (rank items are authored in keyed
 * order), so every strategy works on a shuffled copy and ties fall where the shuffle puts them.
 * Scores are averaged over several shuffles.
 */
const SHUFFLES = 25;
function shuffled(q, seed) {
  const mix = (options) => shuffling.shuffle(options, shuffling.seedFor(seed, q.id));
  if (q.kind === 'branch') return { ...q, steps: q.steps.map((s) => ({ ...s, options: mix(s.options) })) };
  return { ...q, options: mix(q.options) };
}
const meanScore = (questions, answersFor) => {
  let total = 0;
  for (let seed = 1; seed <= SHUFFLES; seed++) {
    const answers = Object.fromEntries(questions.map((q) => [q.id, answersFor(shuffled(q, seed))]));
    total += scoring.scoreQuiz(questions, answers, 80).earned / questions.length;
  }
  return Math.round((total / SHUFFLES) * 100);
};
const rows = [];
for (const { folder, bank } of banks) {
  const moduleId = bank.module;
  const row = { folder, items: bank.questions.length, scores: {} };
  for (const [name, strategy] of Object.entries(strategies)) {
    row.scores[name] = meanScore(bank.questions, (q) => answerFor(q, strategy, moduleId));
  }
  const random = shuffling.createRandom(20261129);
  let total = 0;
  for (let run = 0; run < RANDOM_RUNS; run++) {
    const answers = Object.fromEntries(bank.questions.map((q) => [q.id, guessFor(q, random)]));
    total += scoring.scoreQuiz(bank.questions, answers, 80).earned / bank.questions.length;
  }
  row.scores['random guessing (mean)'] = Math.round((total / RANDOM_RUNS) * 100);
  rows.push(row);
}

const names = [...Object.keys(strategies), 'random guessing (mean)'];
const pad = (s, n) => String(s).padEnd(n);
console.log(`Test-wise strategies that never read the situation, scored by src/domain/scoring (percent of each bank):\n`);
console.log(pad('bank', 30) + names.map((n) => pad(n, 14).slice(0, 14)).join(' '));
for (const r of rows) console.log(pad(`${r.folder} (${r.items})`, 30) + names.map((n) => pad(`${r.scores[n]}%`, 14)).join(' '));
const modules = rows.filter((r) => r.folder !== 'review');
const means = Object.fromEntries(names.map((n) => [n, Math.round(modules.reduce((s, r) => s + r.scores[n], 0) / modules.length)]));
console.log(pad('mean over modules', 30) + names.map((n) => pad(`${means[n]}%`, 14)).join(' '));
console.log(`\nStrategies: ${names.join('; ')}. "Which value?" items are answered with the module's own value.`);

const failures = [];
for (const n of Object.keys(strategies)) {
  if (means[n] > MAX_MEAN) failures.push(`"${n}" scores ${means[n]}% on average (target at most ${MAX_MEAN}%)`);
  for (const r of rows)
    if (r.scores[n] > MAX_ANY) failures.push(`"${n}" scores ${r.scores[n]}% on ${r.folder} (target at most ${MAX_ANY}%)`);
}
if (failures.length > 0) {
  console.log(`\nItem audit failed:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else console.log(`\nItem audit passed: no strategy above ${MAX_MEAN}% on average or ${MAX_ANY}% on any bank.`);
