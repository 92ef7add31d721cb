/**
 * The build's rewrite of react-router (scripts/react-router-shaking.ts): on the react-router this
 * project installs, every statement that kept unused code is gone or made pure, and what runs is
 * unchanged; on a build of another shape it fails with the reason instead of shipping more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { shakeableReactRouter } from '../../scripts/react-router-shaking';

const DIST = 'node_modules/react-router/dist/development';
const modules = readdirSync(DIST).filter((f) => f.endsWith('.mjs'));
/** The installed module with react-router's components and contexts (the one that names its version). */
const main = modules
  .map((f) => ({ file: f, code: readFileSync(join(DIST, f), 'utf8') }))
  .find((m) => m.code.includes('__reactRouterVersion'));

test('the installed react-router: labels and the version global go, makers become pure, contextType moves into its class', () => {
  expect(main).toBeDefined();
  const out = shakeableReactRouter(main!.code, main!.file);
  expect(out).not.toMatch(/^[\w$]+\.displayName = /m);
  expect(out).not.toContain('__reactRouterVersion');
  expect(out).toMatch(/^var LocationContext = \/\* @__PURE__ \*\/ React\d*\.createContext\(/m);
  expect(out).toMatch(/^var Link = \/\* @__PURE__ \*\/ React\d*\.forwardRef\(/m);
  expect(out).toMatch(/^var RenderErrorBoundary = class extends React\d*\.Component \{ static contextType = RSCRouterContext;$/m);
  // Nothing else changed, and every line kept its number (so source maps stay true): line by line,
  // the same text, or a rewritten statement's line (left empty, marked pure, or given contextType).
  const before = main!.code.split('\n');
  const after = out.split('\n');
  expect(after).toHaveLength(before.length);
  const rewritten = after.filter((line, i) => line !== before[i]);
  expect(rewritten.length).toBeGreaterThan(20);
  for (const [i, line] of after.entries()) {
    if (line === before[i]) continue;
    const was = before[i] ?? '';
    const isDropped =
      line === '' &&
      /displayName = "|contextType = |__reactRouterVersion|^try \{$|^\s*if \(isBrowser\d*\) \{$|^\s*"\d+\.\d+\.\d+";$|^\s*\}$|^\} catch \(e\) \{$/.test(
        was,
      );
    const isMarked = line.replace('/* @__PURE__ */ ', '') === was;
    const isContextType = line.startsWith(`${was} static contextType = `);
    expect(isDropped || isMarked || isContextType, `line ${i + 1}: ${was} → ${line}`).toBe(true);
  }
});

test('every other installed module passes through unchanged', () => {
  for (const file of modules) {
    const code = readFileSync(join(DIST, file), 'utf8');
    if (code === main!.code) continue;
    expect(shakeableReactRouter(code, file), file).toBe(code);
  }
});

test('a build whose labels or version global look different fails the build, naming the module', () => {
  const changed = 'var Link = React.forwardRef(() => null);\nLink.displayName = `Link`;\n';
  expect(() => shakeableReactRouter(changed, 'chunk-X.mjs')).toThrow(/chunk-X\.mjs: react-router's build has changed shape/);
  const global = 'try { window.__reactRouterVersion = "8.0.0"; } catch {}\n';
  expect(() => shakeableReactRouter(global, 'chunk-Y.mjs')).toThrow(/__reactRouterVersion/);
});
