/**
 * Reads the `accentColor` setting: one colour for both themes ("#1b4f8a") or one per theme
 * ({ "light": "#1b4f8a", "dark": "#9cc9ff" }). Each theme's colour is contrast-checked on its
 * own; a theme whose colour is refused keeps the course's colour and the host is told why.
 */
import { formatRatio, judgeAccent, normalizeHex, type Theme } from './contrast';
import { closestName, describe, type ProblemSink } from './field-checks';
import { isRecord } from '../encoding/untrusted-text';
import type { AccentColors } from './settings-types';

const THEMES: readonly Theme[] = ['light', 'dark'];

/** Checks one theme's colour; returns it as `#rrggbb` when accepted. */
function readThemeColor(value: unknown, theme: Theme, field: string, sink: ProblemSink): string | undefined {
  const keep = `so the ${theme} theme keeps the course’s colour`;
  const hex = typeof value === 'string' ? normalizeHex(value.trim()) : null;
  if (hex === null) {
    sink.invalid(field, `must be a colour like "#1b4f8a", found ${describe(value)}, ${keep}`);
    return undefined;
  }
  const judged = judgeAccent(hex, theme);
  if (judged.problem) {
    sink.invalid(field, `${hex} is refused for the ${theme} theme (WCAG AA): ${judged.problem}, ${keep}`);
    return undefined;
  }
  return hex;
}

/** The accepted colours of `value` (empty when none is set or none passes). */
export function readAccent(value: unknown, sink: ProblemSink): AccentColors | undefined {
  if (value === null) return {};
  if (typeof value === 'string') {
    const out: AccentColors = {};
    for (const theme of THEMES) {
      const hex = readThemeColor(value, theme, `accentColor (${theme} theme)`, sink);
      if (hex) out[theme] = hex;
    }
    return out;
  }
  if (!isRecord(value)) {
    sink.invalid('accentColor', `must be a colour like "#1b4f8a" or { "light": …, "dark": … }, found ${describe(value)}`);
    return undefined;
  }
  const out: AccentColors = {};
  for (const [key, v] of Object.entries(value)) {
    const theme = THEMES.find((t) => t === key);
    if (!theme) {
      const near = closestName(key, THEMES);
      sink.unknown(
        `accentColor.${key}`,
        `is not a theme, so it was ignored${near ? ` (did you mean "${near}"?)` : ''}; use light and dark`,
      );
      continue;
    }
    if (v === null) continue;
    const hex = readThemeColor(v, theme, `accentColor.${theme}`, sink);
    if (hex) out[theme] = hex;
  }
  return out;
}

/** One line per theme on how an accepted colour measures, for the diagnostics page. */
export function describeAccent(colors: AccentColors): string[] {
  return THEMES.flatMap((theme) => {
    const hex = colors[theme];
    if (!hex) return [];
    const j = judgeAccent(hex, theme);
    return [`${theme} theme: ${hex}, text on it ${formatRatio(j.textRatio)}, against the backgrounds ${formatRatio(j.edgeRatio)}`];
  });
}
