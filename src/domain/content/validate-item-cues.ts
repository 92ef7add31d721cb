/**
 * Surface cues a test-wise learner could use to find the key without reading the situation
 * (docs/authoring.md, "Checks that keep items honest"). These look across a whole bank, since
 * one long key is fine and a habit of long keys is not:
 * - the key is the longest option more often than chance (one-sided, about 95% confidence);
 * - keys are much longer than the other options on average;
 * - an item's options differ wildly in length;
 * - correct choose-all options are systematically longer than the wrong ones;
 * - the first-ranked response is systematically the longest;
 * - "which value is most at stake?" keys concentrate on the module's own value.
 */
import type { Question, ResponseOption, ScenarioBank } from './content-types';
import type { Reporter } from './content-problem';

/** Shortest option ÷ longest option below this, in one decision, is a visible length cue. */
export const MIN_SPREAD = 0.6;
/** Mean (key length ÷ mean length of the other options) above this, over a bank, is a cue. */
export const MAX_KEY_RATIO = 1.12;
/** Mean length of correct ÷ incorrect choose-all options above this, over a bank, is a cue. */
export const MAX_MULTI_RATIO = 1.15;
/** One-sided z for "longest more often than chance" (about 95% confidence). */
const Z = 1.645;

/** One choice among options with a known key, for the length statistics. */
interface Decision {
  path: string;
  options: ResponseOption[];
  isKey: (o: ResponseOption) => boolean;
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Every decision whose key is a sentence (value options are value names, so they are left out). */
function decisionsOf(questions: Question[]): Decision[] {
  return questions.flatMap((q, i): Decision[] => {
    const path = `questions[${i}]`;
    if (q.kind === 'single') return [{ path, options: q.options, isKey: (o) => (o as { best?: boolean }).best === true }];
    if (q.kind === 'branch') {
      return q.steps.map((s, j) => ({
        path: `${path}.steps[${j}]`,
        options: s.options,
        isKey: (o) => (o as { best?: boolean }).best === true,
      }));
    }
    return [];
  });
}

/** Key length ÷ mean length of the others, and whether the key is (one of) the longest. */
function keyStats(d: Decision): { ratio: number; isLongest: boolean; chance: number } {
  const lengths = d.options.map((o) => o.text.length);
  const keyLength = mean(d.options.filter(d.isKey).map((o) => o.text.length));
  const others = mean(d.options.filter((o) => !d.isKey(o)).map((o) => o.text.length));
  // Strictly longest: options of equal length give no cue.
  const otherMax = Math.max(...d.options.filter((o) => !d.isKey(o)).map((o) => o.text.length));
  return {
    ratio: others === 0 ? 1 : keyLength / others,
    isLongest: keyLength > otherMax && lengths.length > 1,
    chance: 1 / d.options.length,
  };
}

/** Flags items whose options differ too much in length. */
function checkSpread(r: Reporter, questions: Question[]): void {
  const groups: { path: string; options: ResponseOption[] }[] = [
    ...decisionsOf(questions),
    ...questions.flatMap((q, i) => (q.kind === 'multi' || q.kind === 'rank' ? [{ path: `questions[${i}]`, options: q.options }] : [])),
  ];
  for (const { path, options } of groups) {
    const lengths = options.map((o) => o.text.length);
    const spread = Math.min(...lengths) / Math.max(...lengths);
    if (spread < MIN_SPREAD) {
      r.at(
        `${path}.options`,
        `the options differ too much in length (shortest is ${Math.round(spread * 100)}% of the longest; keep them within about a quarter of each other)`,
      );
    }
  }
}

/** Flags a bank whose keys stand out by length. */
function checkKeyLength(r: Reporter, questions: Question[]): void {
  const stats = decisionsOf(questions).map(keyStats);
  if (stats.length < 4) return;
  const longest = stats.filter((s) => s.isLongest).length;
  const expected = stats.reduce((sum, s) => sum + s.chance, 0);
  const sd = Math.sqrt(stats.reduce((sum, s) => sum + s.chance * (1 - s.chance), 0));
  if (longest > expected + Z * sd) {
    r.at(
      'questions',
      `the keyed response is the longest option in ${longest} of ${stats.length} decisions, where chance gives about ${Math.round(expected)}: a learner could pass by picking the longest answer`,
    );
  }
  const ratio = mean(stats.map((s) => s.ratio));
  if (ratio > MAX_KEY_RATIO) {
    r.at(
      'questions',
      `keyed responses are on average ${Math.round((ratio - 1) * 100)}% longer than the other options (at most ${Math.round((MAX_KEY_RATIO - 1) * 100)}%)`,
    );
  }
}

/** Flags choose-all items whose correct options are systematically longer. */
function checkMulti(r: Reporter, questions: Question[]): void {
  const multi = questions.filter((q) => q.kind === 'multi');
  if (multi.length === 0) return;
  const correct = multi.flatMap((q) => q.options.filter((o) => o.correct).map((o) => o.text.length));
  const wrong = multi.flatMap((q) => q.options.filter((o) => !o.correct).map((o) => o.text.length));
  const ratio = mean(correct) / Math.max(1, mean(wrong));
  if (ratio > MAX_MULTI_RATIO) {
    r.at(
      'questions',
      `in choose-all items the correct responses are on average ${Math.round((ratio - 1) * 100)}% longer than the wrong ones (at most ${Math.round((MAX_MULTI_RATIO - 1) * 100)}%)`,
    );
  }
}

/** Flags rank items whose first-ranked response is usually the longest. */
function checkRank(r: Reporter, questions: Question[]): void {
  const ranks = questions.flatMap((q, i) => (q.kind === 'rank' ? [{ q, path: `questions[${i}]` }] : []));
  const firstLongest = ranks.filter(({ q }) => q.options[0]!.text.length > Math.max(...q.options.slice(1).map((o) => o.text.length)));
  if (ranks.length >= 2 && firstLongest.length > ranks.length / 2) {
    r.at(
      'questions',
      `the first-ranked response is the longest in ${firstLongest.length} of ${ranks.length} rank items: vary which response is longest`,
    );
  }
  if (ranks.length === 1 && firstLongest.length === 1) {
    const { q, path } = ranks[0]!;
    if (keyStats({ path, options: q.options, isKey: (o) => o === q.options[0] }).ratio > MAX_KEY_RATIO) {
      r.at(`${path}.options[0]`, 'the first-ranked response is clearly the longest: a learner could rank by length');
    }
  }
}

/** Flags "which value?" keys that concentrate on one value, and a `value` that is not the key's. */
function checkValueKeys(r: Reporter, bank: ScenarioBank): void {
  const items = bank.questions.flatMap((q, i) => (q.kind === 'value' ? [{ q, path: `questions[${i}]` }] : []));
  for (const { q, path } of items) {
    const keyed = q.options.find((o) => o.best)?.value;
    if (keyed && keyed !== q.value) r.at(`${path}.value`, `a value item's value must be the keyed value ("${keyed}"), found "${q.value}"`);
  }
  const focus = bank.module === 'review' ? undefined : bank.module;
  const counts = new Map<string, number>();
  for (const { q } of items) {
    const keyed = q.options.find((o) => o.best)?.value ?? '';
    counts.set(keyed, (counts.get(keyed) ?? 0) + 1);
  }
  for (const [value, count] of counts) {
    const limit = value === focus || focus === undefined ? items.length / 2 : items.length;
    if (items.length >= 2 && count > limit) {
      r.at(
        'questions',
        `${count} of ${items.length} "which value?" items key "${value}": key a spread of values (at most half may key ${focus === value ? "the module's own value" : 'one value'})`,
      );
    }
  }
}

/** Checks a structurally valid bank for surface cues. */
export function validateItemCues(r: Reporter, bank: ScenarioBank): void {
  checkSpread(r, bank.questions);
  checkKeyLength(r, bank.questions);
  checkMulti(r, bank.questions);
  checkRank(r, bank.questions);
  checkValueKeys(r, bank);
}
