/**
 * Takes vite-plugin-pwa's `<link rel="manifest">` out of the built pages. Chromium fetches a
 * linked manifest as the page is parsed, beside the scripts and the stylesheet the first paint
 * needs, and on a slow connection or an HTTP/1.1 host (six connections) it takes a place in that
 * queue. The manifest only matters for installing the course, so the web course links it once
 * its first page is painted (src/app/start-course.tsx) and the LMS page, where the course is never
 * installed, does not link it at all (docs/decisions/0025-nothing-queues-beside-the-first-paint.md).
 */
import type { Plugin } from 'vite';
import { WEB_MANIFEST_FILE } from '../src/config/web-manifest';

const link = new RegExp(`\\s*<link rel="manifest" href="[^"]*${WEB_MANIFEST_FILE.replace('.', '\\.')}"[^>]*>`);

/** Removes the manifest link from every built page; fails the build if the plugin stops writing it there. */
export function manifestAfterPaint(): Plugin {
  return {
    name: 'manifest-after-paint',
    apply: 'build',
    // After vite-plugin-pwa's own 'post' transform, which writes the link.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        if (!link.test(html))
          throw new Error(
            `${filename}: no <link rel="manifest"> from vite-plugin-pwa to link after the first paint instead (did the plugin change?).`,
          );
        return html.replace(link, '');
      },
    },
  };
}
