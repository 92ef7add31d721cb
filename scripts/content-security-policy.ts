/**
 * The Content-Security-Policy every built page carries (index.html and index_lms.html, and so
 * every LMS package), as a <meta http-equiv> tag added at build time only: the dev server runs
 * inline scripts (React's refresh preamble) that this policy would block.
 * docs/decisions/0011-csp-and-updates.md explains each directive.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Directive → sources. Nothing inline, nothing evaluated, nothing from another origin. */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Module scripts from our own files only: no 'unsafe-inline', no 'unsafe-eval'.
  'script-src': ["'self'"],
  // Stylesheets from our own files only. React's style={{…}} props set styles through the CSSOM
  // (element.style), which style-src does not govern; a style="…" attribute in HTML would be blocked.
  'style-src': ["'self'"],
  // data: for the instructor's QR code, an SVG shown through <img src="data:…"> (an image
  // cannot run script). Vite inlines no asset as data: (build.assetsInlineLimit is 0).
  'img-src': ["'self'", 'data:'],
  // The service worker (sw.js). No blob: workers exist; add blob: here if one ever does.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** The policy as one header or meta value. */
export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** The policy for a page, allowing by their SHA-256 hashes the inline scripts the build wrote into it. */
export function policyFor(inlineScripts: readonly string[]): string {
  if (inlineScripts.length === 0) return contentSecurityPolicy;
  const hashes = inlineScripts.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  return Object.entries(cspDirectives)
    .map(([name, sources]) => `${name} ${(name === 'script-src' ? [...sources, ...hashes] : sources).join(' ')}`)
    .join('; ');
}

/**
 * Puts the policy right after <meta charset>, before any script or stylesheet it must govern. A
 * meta policy cannot carry frame-ancestors (or report-uri): hosts that can send headers should
 * send `Content-Security-Policy: frame-ancestors 'self'` (README, "Deploy"); LMS hosts must allow
 * their own frame. Runs last ('post', after the route hints): an inline script the build wrote
 * (scripts/route-hints.ts) is allowed by its hash, and nothing else inline ever runs.
 */
export function cspMetaTag(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        if (!charset.test(html)) throw new Error(`${filename}: no <meta charset="UTF-8" /> to put the Content-Security-Policy after.`);
        const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
        const policy = policyFor(inline);
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
