// Writes docs/lms-response-letters.md, the table of SCORM 1.2 response letters per scenario, from
// the scenario banks (scripts/lms/response-letters.ts). Run after changing a bank:
//   npm run docs:lms-letters            writes the file
//   npm run docs:lms-letters -- --check fails (exit 1) when the file is out of date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { abs, bankFolders, importVirtual, ROOT } from './import-virtual.mjs';

const OUT = join(ROOT, 'docs/lms-response-letters.md');

function source() {
  const banks = bankFolders().map((f) => `import(${abs(`content/${f}/scenarios.ts`)}).then((ns) => pickBankExport(ns))`);
  return [
    `import { pickBankExport } from ${abs('src/domain/content/validate-bank.ts')};`,
    `export { course } from ${abs('content/course.ts')};`,
    `export { responseLettersMarkdown } from ${abs('scripts/lms/response-letters.ts')};`,
    `export const bankList = await Promise.all([${banks.join(', ')}]);`,
  ].join('\n');
}

const module = await importVirtual('lms-letters', source());
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
