// @vitest-environment node
/**
 * The Content-Security-Policy the build writes into every page (scripts/content-security-policy.ts),
 * and the source rules that keep the app working under it. The browser test
 * (test/browser/csp.test.mjs) proves zero violations in Chromium over a whole journey.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { contentSecurityPolicy, cspDirectives, cspMetaTag } from '../../scripts/content-security-policy';

const PAGES = ['index.html', 'index_lms.html'];

/** Runs the plugin's HTML transform as Vite's build does. */
function transform(html: string, filename = 'index.html'): string {
  const hook = cspMetaTag().transformIndexHtml;
  if (!hook || typeof hook !== 'object') throw new Error('cspMetaTag has no ordered transformIndexHtml hook');
  expect(hook.order).toBe('post'); // after the route hints, whose inline script it must see
  return hook.handler.call({} as never, html, { filename, path: `/${filename}` } as never) as string;
}

test('the policy is strict: self by default, no inline or evaluated code, no plugins, no <base>', () => {
  expect(cspDirectives['default-src']).toEqual(["'self'"]);
  expect(cspDirectives['script-src']).toEqual(["'self'"]);
  expect(cspDirectives['style-src']).toEqual(["'self'"]);
  expect(cspDirectives['object-src']).toEqual(["'none'"]);
  expect(cspDirectives['base-uri']).toEqual(["'none'"]);
  expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*|https?:|blob:/);
  // data: only for images (the QR code), nowhere else.
  for (const [name, sources] of Object.entries(cspDirectives)) if (name !== 'img-src') expect(sources).not.toContain('data:');
});

test('each page gets the policy right after <meta charset>, before anything it governs', () => {
  for (const page of PAGES) {
    const html = transform(readFileSync(page, 'utf8'), page);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
    expect(html).toContain(`<meta charset="UTF-8" />\n    ${meta}`);
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
  }
});

test('an inline script the build wrote is allowed by its SHA-256 hash, and only that script', () => {
  const script = '(function(){document.title="x"})()';
  const html = transform(`<html><head><meta charset="UTF-8" /><script>${script}</script><title>x</title></head></html>`);
  const hash = createHash('sha256').update(script).digest('base64');
  expect(html).toContain(`script-src 'self' 'sha256-${hash}';`);
  expect(html).not.toMatch(/unsafe-/);
  // A page with no inline script keeps the plain policy.
  expect(transform(readFileSync('index_lms.html', 'utf8'), 'index_lms.html')).toContain(`content="${contentSecurityPolicy}"`);
});

test('a page without <meta charset> fails the build instead of shipping without the policy', () => {
  expect(() => transform('<html><head><title>x</title></head></html>', 'other.html')).toThrow(/other\.html: no <meta charset/);
});

test('no source relies on what the policy blocks: inline script or style in HTML, markup injection, eval', () => {
  const inHtml = /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="|\son[a-z]+="/i;
  for (const page of PAGES) expect(readFileSync(page, 'utf8')).not.toMatch(inHtml);
  const inCode = /style="|dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|setAttribute\(\s*'style'|\beval\(|new Function\(/;
  const files = readdirSync('src', { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name));
  const offenders = files.map((f) => join(f.parentPath, f.name)).filter((file) => inCode.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});
