// Loads scripts/roster-receipts.ts (TypeScript that imports the course's content and domain)
// into Node through Vite's module runner, so the benchmark and the browser tests make receipts
// with the app's own encoder.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** Resolves to { makeReceipts, receiptToFile } from scripts/roster-receipts.ts. */
export async function loadReceiptMaker() {
  const file = fileURLToPath(new URL('./roster-receipts.ts', import.meta.url));
  const { module } = await runnerImport(file, { configFile: false, logLevel: 'silent' });
  return module;
}
