// Real course data and the real suspend-data encoder in Node, through Vite's module runner (as
// scripts/check-content.mjs loads content): the browser tests seed the LMS, and the benchmarks
// the device's saved progress, with exactly what the course itself would write.
import { abs, bankFolders, importVirtual } from '../../../scripts/import-virtual.mjs';

function source() {
  const banks = bankFolders().map((f) => `import(${abs(`content/${f}/scenarios.ts`)}).then((ns) => pickBankExport(ns))`);
  return [
    `import { pickBankExport } from ${abs('src/domain/content/validate-bank.ts')};`,
    `export { course } from ${abs('content/course.ts')};`,
    `export * from ${abs('src/domain/lms/suspend-data.ts')};`,
    `export * from ${abs('test/fixtures/lms-state.ts')};`,
    `export { seasonedProgress } from ${abs('test/fixtures/seasoned-progress.ts')};`,
    // The persist envelope ({ state, version }) at the store's current version, and its key.
    `export { savedText } from ${abs('test/fixtures/progress-fixtures.ts')};`,
    `export { PROGRESS_KEY } from ${abs('src/store/progress-store.ts')};`,
    `export const bankList = await Promise.all([${banks.join(', ')}]);`,
  ].join('\n');
}

/**
 * Loads the course manifest, every bank (by quiz id), the encoder and fixtures, and what the
 * progress store saves (its key, and `savedText` for its { state, version } envelope).
 */
export async function loadSeedTools() {
  const module = await importVirtual('lms-seed', source());
  const banks = Object.fromEntries(module.bankList.map((bank) => [bank.module, bank.questions]));
  return { ...module, banks, moduleIds: module.course.modules.map((m) => m.id) };
}
