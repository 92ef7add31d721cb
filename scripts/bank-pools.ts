/**
 * One chunk per pool of every scenario bank. Authors write a module's whole bank in one file
 * (`content/NN-slug/scenarios.ts`, both pools, each item tagged `pool`), and the content check
 * reads it whole; the app imports `scenarios.ts?pool=practice` and `scenarios.ts?pool=check`,
 * which this plugin answers with just that pool's items, so a practice page downloads the
 * practice pool alone. docs/decisions/0019-bank-pool-chunks.md.
 *
 * The bank is evaluated at build time through Vite's module runner (as scripts/check-content.mjs
 * loads it), so each chunk holds exactly the data the content check checked, as plain JSON.
 */
import { statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin } from 'vite';
import type { Pool, Question, ScenarioBank } from '../src/domain/content/content-types';
import { keyedQuestion } from '../src/domain/content/keyed-question';

/** A pool's module id: a bank file with `?pool=` (the scenarios) or `?keys=` (their keyed projection) and `practice` or `check`. */
const POOL_ID = /^(.+\/content\/[^/?]+\/scenarios\.ts)\?(pool|keys)=(practice|check)$/;

/** The pool a scenario is in: an item with no pool counts as practice (as practicePool says). */
const poolOf = (q: Question): Pool => (q.pool === 'check' ? 'check' : 'practice');

/**
 * The source of one pool's module: the bank with only that pool's scenarios, in their order.
 * Throws when the bank is not plain data (a function, `undefined`, a Date…), which JSON would
 * silently change.
 */
export function poolSource(file: string, bank: ScenarioBank, pool: Pool, keysOnly = false): string {
  const questions = bank.questions.filter((q) => poolOf(q) === pool);
  const part = { module: bank.module, questions: keysOnly ? questions.map(keyedQuestion) : questions };
  const json = JSON.stringify(part);
  if (!isDeepStrictEqual(JSON.parse(json), part)) {
    throw new Error(`${file}: a scenario bank must be plain data (text, numbers, true/false, lists and objects) to be split into pools.`);
  }
  return `export default ${json};\n`;
}

/** Loads a bank file's default export through Vite's module runner (no app plugins). */
async function importBank(file: string, root: string): Promise<ScenarioBank> {
  const { module } = await runnerImport<{ default?: ScenarioBank }>(file, { root, configFile: false, logLevel: 'error' });
  const bank = module.default;
  if (!bank || !Array.isArray(bank.questions)) throw new Error(`${file}: its default export must be a scenario bank with questions.`);
  return bank;
}

/** The Vite plugin that answers `…/scenarios.ts?pool=<pool>` with that pool's module. */
export function bankPools(): Plugin {
  let root = process.cwd();
  // One load per file while it is unchanged: both pools (and a rebuild in watch mode) share it.
  const banks = new Map<string, { mtimeMs: number; bank: Promise<ScenarioBank> }>();
  return {
    name: 'bank-pools',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      const match = POOL_ID.exec(id);
      if (!match) return null;
      const [, file = '', kind, pool = 'practice'] = match;
      this.addWatchFile(file);
      const { mtimeMs } = statSync(file);
      let kept = banks.get(file);
      if (kept?.mtimeMs !== mtimeMs) {
        kept = { mtimeMs, bank: importBank(file, root) };
        banks.set(file, kept);
      }
      return { code: poolSource(file, await kept.bank, pool as Pool, kind === 'keys'), moduleType: 'js' };
    },
  };
}
