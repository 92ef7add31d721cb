// @vitest-environment node
/**
 * The build step that takes vite-plugin-pwa's manifest link out of the built pages
 * (scripts/manifest-after-paint.ts). The browser test (test/browser/offline.test.mjs) proves the
 * page links it after load and that Chromium reads it.
 */
import { expect, test } from 'vitest';
import { manifestAfterPaint } from '../../scripts/manifest-after-paint';

/** Runs the plugin's HTML transform as Vite's build does. */
function transform(html: string, filename = 'index.html'): string {
  const plugin = manifestAfterPaint();
  const hook = plugin.transformIndexHtml;
  if (!hook || typeof hook !== 'object') throw new Error('manifestAfterPaint has no ordered transformIndexHtml hook');
  // After vite-plugin-pwa's own enforce 'post', order 'post' transform, which writes the link.
  expect([plugin.enforce, hook.order]).toEqual(['post', 'post']);
  return hook.handler.call({} as never, html, { filename, path: `/${filename}` } as never) as string;
}

const PAGE = `<head>
    <link rel="stylesheet" crossorigin href="./assets/app-ZkKxmqNY.css">
  <link rel="manifest" href="./manifest.webmanifest"></head>`;

test('the manifest link the PWA plugin wrote is taken out, and nothing else', () => {
  expect(transform(PAGE)).toBe(`<head>
    <link rel="stylesheet" crossorigin href="./assets/app-ZkKxmqNY.css"></head>`);
});

test('a link with credentials (the plugin’s useCredentials) is taken out too', () => {
  expect(transform('<head><link rel="manifest" href="./manifest.webmanifest" crossorigin="use-credentials"></head>')).toBe('<head></head>');
});

test('a page without the link fails the build with a message naming the page, rather than silently keep the early link (a changed plugin)', () => {
  expect(() => transform('<head><title>Course</title></head>', 'index_lms.html')).toThrow(/index_lms\.html: no <link rel="manifest">/);
});
