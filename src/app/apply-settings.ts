/**
 * Checks the host's settings and puts them in place before the app renders: the config every
 * component reads, the course's modules, order, name and pass mark, and the accent colour (a
 * constructed stylesheet through the CSSOM: no inline styles, so a strict CSP allows it). Its own
 * chunk, loaded only for a file the host has edited (load-settings.ts), to keep the first visit small.
 */
import { type LoadedSettings, setLoadedSettings } from '../config/course-settings';
import { DEFAULT_SETTINGS } from '../config/site';
import { applyCourseSettings, everyQuiz } from '../course/course-data';
import { accentRules } from '../domain/settings/accent-css';
import { checkSettingsText } from '../domain/settings/check-settings';
import { formatSettingsProblem, type AccentColors } from '../domain/settings/settings-types';
import { DETAILS, type FetchedFile, SETTINGS_CACHE, SETTINGS_FILE } from './settings-file';

/** The module ids a settings file may name: every module in the build. */
const moduleIds = everyQuiz.filter((q) => q.id !== 'review').map((q) => q.id);

/** Checks a fetched file (no file at all never gets here: load-settings.ts uses the defaults). */
export function checkFetched(fetched: FetchedFile, url: string): LoadedSettings {
  const check = checkSettingsText(fetched.text, { defaults: DEFAULT_SETTINGS, moduleIds });
  return { ...check, source: { kind: 'file', url, savedCopy: fetched.savedCopy } };
}

/** Adopts a stylesheet with the accepted accent colours, and tints the browser's toolbar to match. */
export function applyAccent(colors: AccentColors, doc: Document = document): void {
  const rules = accentRules(colors);
  if (rules.length === 0 || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  rules.forEach((rule, i) => sheet.insertRule(rule, i));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  for (const theme of ['light', 'dark'] as const) {
    const hex = colors[theme];
    if (hex) doc.querySelector(`meta[name="theme-color"][media*="${theme}"]`)?.setAttribute('content', hex);
  }
}

/** Tells the host, in the browser's console, what the settings check found. */
function report(loaded: LoadedSettings): void {
  if (loaded.problems.length > 0) {
    const lines = loaded.problems.map((p) => `- ${formatSettingsProblem(p)}`).join('\n');
    const n = loaded.problems.length;
    console.warn(`${SETTINGS_FILE}: ${n} ${n === 1 ? 'problem' : 'problems'}; the course uses its defaults there. ${DETAILS}\n${lines}`);
  }
}

/** Checks and applies what was fetched; `keepCopy` also keeps the logo for offline use. */
export function applySettings(fetched: FetchedFile, url: string, { keepCopy }: { keepCopy: boolean }): void {
  const loaded = checkFetched(fetched, url);
  setLoadedSettings(loaded);
  applyCourseSettings(loaded.settings);
  applyAccent(loaded.settings.accentColor);
  const { logo } = loaded.settings;
  if (logo && keepCopy && typeof caches !== 'undefined')
    void caches
      .open(SETTINGS_CACHE)
      .then((c) => c.add(new URL(logo, document.baseURI).href))
      .catch(() => undefined);
  report(loaded);
}
