// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { bankPools, poolSource } from '../../scripts/bank-pools';
import type { Question, ScenarioBank } from '../../src/domain/content/content-types';

const banks = import.meta.glob<ScenarioBank>('../../content/*/scenarios.ts', { eager: true, import: 'default' });

/** The bank a pool's module source exports. */
const exported = (source: string): ScenarioBank => JSON.parse(source.replace(/^export default /, '').replace(/;\n$/, '')) as ScenarioBank;

test('every bank splits into a practice and a check module that join, practice first, into the bank as written', () => {
  expect(Object.keys(banks)).toHaveLength(11);
  for (const [file, bank] of Object.entries(banks)) {
    const practice = exported(poolSource(file, bank, 'practice'));
    const check = exported(poolSource(file, bank, 'check'));
    expect(practice.questions.every((q) => q.pool === 'practice')).toBe(true);
    expect(check.questions.every((q) => q.pool === 'check')).toBe(true);
    expect({ module: practice.module, questions: [...practice.questions, ...check.questions] }).toEqual(bank);
  }
});

test('a bank that is not plain data is refused with the file named, rather than changed by JSON', () => {
  const question = { id: 'odd', pool: 'practice', title: () => 'a function' } as unknown as Question;
  expect(() => poolSource('content/01-voluntary/scenarios.ts', { module: 'voluntary', questions: [question] }, 'practice')).toThrow(
    'content/01-voluntary/scenarios.ts: a scenario bank must be plain data',
  );
});

test('the plugin answers a bank file asked for with ?pool=check with that pool alone, and leaves other modules alone', async () => {
  const plugin = bankPools();
  const load = plugin.load as unknown as (this: { addWatchFile(file: string): void }, id: string) => Promise<{ code: string } | null>;
  const watched: string[] = [];
  const context = { addWatchFile: (file: string) => watched.push(file) };
  const file = fileURLToPath(new URL('../../content/05-respectful/scenarios.ts', import.meta.url));
  const result = await load.call(context, `${file}?pool=check`);
  const bank = exported(result?.code ?? '');
  expect(bank.module).toBe('respectful');
  expect(bank.questions.map((q) => q.id)).toEqual(
    banks['../../content/05-respectful/scenarios.ts']!.questions.filter((q) => q.pool === 'check').map((q) => q.id),
  );
  expect(watched).toEqual([file]);
  expect(await load.call(context, file)).toBeNull();
  expect(await load.call(context, `${file}?pool=all`)).toBeNull();
});

test('?keys=check answers the check pool in its keyed projection: the same scenarios, a fraction of the bytes', async () => {
  const plugin = bankPools();
  const load = plugin.load as unknown as (this: { addWatchFile(file: string): void }, id: string) => Promise<{ code: string } | null>;
  const context = { addWatchFile: () => undefined };
  const file = fileURLToPath(new URL('../../content/05-respectful/scenarios.ts', import.meta.url));
  const full = (await load.call(context, `${file}?pool=check`))?.code ?? '';
  const keys = (await load.call(context, `${file}?keys=check`))?.code ?? '';
  const bank = exported(keys);
  expect(bank.questions.map((q) => q.id)).toEqual(exported(full).questions.map((q) => q.id));
  expect(bank.questions.every((q) => q.situation === undefined && q.prompt === undefined)).toBe(true);
  expect(keys.length).toBeLessThan(full.length / 5);
  expect(await load.call(context, `${file}?keys=all`)).toBeNull();
});
