/**
 * The web app manifest's file name: vite-plugin-pwa writes it (vite.config.ts), the build takes
 * its link out of the page (scripts/manifest-after-paint.ts), and the web course links it once its
 * first page is painted (src/features/offline/web-manifest.ts).
 */
export const WEB_MANIFEST_FILE = 'manifest.webmanifest';
