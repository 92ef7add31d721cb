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
  expect(out).toMatch(/^var RenderErrorBoundary = class extends React\d*\.Component \{\n {2}static contextType = RSCRouterContext;$/m);
  // Nothing else changed: the same code once the rewritten lines are taken out of both.
  const strip = (text: string) =>
    text
      .replace(/\/\* @__PURE__ \*\/ /g, '')
      .split('\n')
      .filter(
        (line) =>
          !/displayName = "|contextType = |__reactRouterVersion|^try \{$|^\s*if \(isBrowser\d*\) \{$|^\s*"\d+\.\d+\.\d+";$|^\s*\}$|^\} catch \(e\) \{$/.test(
            line,
          ),
      )
      .join('\n');
  expect(strip(out)).toBe(strip(main!.code));
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
