// Loads the course's TypeScript modules in Node through Vite's module runner, from one virtual
// entry whose source the caller writes. Vite resolves its config and starts a runner once per
// call, so a script imports everything it needs through the one entry (and it must: the runner
// cannot load modules after it returns). configFile: false keeps the app's plugins (MDX, React,
// PWA) out: only .ts and .json modules load.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** The project's root folder. */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** A path under the project root as a quoted absolute path, for an import in an entry's source. */
export const abs = (file) => JSON.stringify(join(ROOT, file));

/** The folders under content/ that hold a scenario bank (content/legacy holds old answer keys, not a bank). */
export function bankFolders() {
  return readdirSync(join(ROOT, 'content'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'content', d.name, 'scenarios.ts')))
    .map((d) => d.name);
}

/** Imports a virtual module with this `source` (`name` shows in errors); resolves to its exports. */
export async function importVirtual(name, source) {
  const entry = `virtual:${name}`;
  const plugin = {
    name,
    resolveId: (id) => (id === entry ? `\0${entry}` : undefined),
    load: (id) => (id === `\0${entry}` ? source : undefined),
  };
  const { module } = await runnerImport(entry, { root: ROOT, configFile: false, logLevel: 'error', plugins: [plugin] });
  return module;
}
