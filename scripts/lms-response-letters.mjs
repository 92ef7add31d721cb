// Writes docs/lms-response-letters.md, the table of SCORM 1.2 response letters per scenario, from
// the scenario banks (scripts/lms/response-letters.ts). Run after changing a bank:
//   npm run docs:lms-letters            writes the file
//   npm run docs:lms-letters -- --check fails (exit 1) when the file is out of date
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'docs/lms-response-letters.md');
const ENTRY = 'virtual:lms-letters';

function source() {
  const abs = (file) => JSON.stringify(join(root, file));
  const banks = readdirSync(join(root, 'content'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'content', d.name, 'scenarios.ts')))
    .map((d) => `import(${abs(`content/${d.name}/scenarios.ts`)}).then((ns) => pickBankExport(ns))`);
  return [
    `import { pickBankExport } from ${abs('src/domain/content/validate-bank.ts')};`,
    `export { course } from ${abs('content/course.ts')};`,
    `export { responseLettersMarkdown } from ${abs('scripts/lms/response-letters.ts')};`,
    `export const bankList = await Promise.all([${banks.join(', ')}]);`,
  ].join('\n');
}

const plugin = {
  name: 'lms-letters',
  resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
  load: (id) => (id === `\0${ENTRY}` ? source() : undefined),
};
const { module } = await runnerImport(ENTRY, { root, configFile: false, logLevel: 'error', plugins: [plugin] });
const banks = Object.fromEntries(module.bankList.map((bank) => [bank.module, bank.questions]));
const text = module.responseLettersMarkdown(module.course, banks);
if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error('docs/lms-response-letters.md is out of date: run "npm run docs:lms-letters".');
    process.exitCode = 1;
  }
} else {
  writeFileSync(OUT, text);
  console.log(`Wrote docs/lms-response-letters.md (${Object.values(banks).reduce((n, b) => n + b.length, 0)} scenarios).`);
}
