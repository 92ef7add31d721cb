import { WEB_MANIFEST_FILE } from '../../config/web-manifest';

/**
 * Links the web app manifest (what installing the course to a home screen reads). The build takes
 * the link out of index.html so the manifest never queues beside the first paint's files
 * (scripts/manifest-after-paint.ts); start-up calls this once the first page is painted. Browsers read a
 * manifest linked later just the same.
 */
export function linkWebManifest(): void {
  // The dev server writes no manifest (vite-plugin-pwa builds it); a page that already links one keeps it.
  if (!import.meta.env.PROD || document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = new URL(WEB_MANIFEST_FILE, document.baseURI).href;
  document.head.append(link);
}
